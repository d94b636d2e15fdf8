import '../platform/record-csp-violations.ts';
import { render } from 'preact';
import { localizeDocument } from '../platform/localize-document.ts';
import { OptionsApp } from './app.tsx';

localizeDocument('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
