import '../platform/record-csp-violations.ts';
import { render } from 'preact';
import { App } from './app.tsx';

const root = document.getElementById('app');
if (root) render(<App search={location.search} />, root);
