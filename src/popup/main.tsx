import '../platform/record-csp-violations.ts';
import { trace } from '../platform/trace.ts';
import { render } from 'preact';
import { localizeDocument } from '../platform/localize-document.ts';
import { App } from './app.tsx';

trace('scopecheck:main');
localizeDocument('extName');
const root = document.getElementById('app');
if (root) render(<App search={location.search} />, root);
