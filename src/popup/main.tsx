import '../platform/record-csp-violations.ts';
import { trace } from '../platform/trace.ts';
import { startLookup } from './start-lookup.ts';

// The tab lookup and the storage read go out first; the view's modules load while the browser answers them.
trace('scopecheck:main');
const lookup = startLookup(location.search);
void import('./mount-popup.tsx').then(({ mountPopup }) => mountPopup(lookup));
