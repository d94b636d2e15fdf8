import '../platform/record-csp-violations.ts';
import { trace } from '../platform/trace.ts';
import { render } from 'preact';
import { localizeDocument } from '../platform/localize-document.ts';
import { App } from './app.tsx';
import { startEarly } from './open-popup.ts';

trace('scopecheck:main');
// The tab lookup, the storage read and the check start now, not after the first render (useCheck takes them over).
startEarly(location.search);
localizeDocument('extName');
const root = document.getElementById('app');
if (root) render(<App search={location.search} />, root);
