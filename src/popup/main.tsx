import '../platform/record-csp-violations.ts';
import { render } from 'preact';
import { localizeDocument } from '../platform/localize-document.ts';
import { App } from './app.tsx';

localizeDocument('extName');
const root = document.getElementById('app');
if (root) render(<App search={location.search} />, root);
