// Chrome's MV3 service worker cannot import() lazily, so signature checks get openpgp from this static import.
// Firefox's background page can: its build swaps this module for keep-openpgp-lazy.ts (vite.config.ts), and the
// core import()s openpgp on the first signature check.
import * as openpgp from 'openpgp';
import { provideOpenpgp } from '../core/index.ts';

provideOpenpgp(openpgp);
