import { parseScopeTarget } from '../scope/parse-scope-target.ts';
import { COORDINATOR_NOTE, CoordinatorListSchema, type CoordinatorSuggestion } from './coordinator.ts';
import list from './coordinators.json';

const COORDINATORS = CoordinatorListSchema.parse(list);

/**
 * The coordinators for a host whose site publishes nothing (no security.txt, no policy, no platform
 * programme, no disclose.io entry): the national CSIRT of its country-code TLD when the list has one, and
 * CERT/CC's coordination service as the fallback. Each is labelled as a coordinator, never a permission.
 */
export function findCoordinators(host: string): CoordinatorSuggestion[] {
  const target = parseScopeTarget(host);
  const out: CoordinatorSuggestion[] = [];
  if (target?.kind === 'dns') {
    const tld = target.host.slice(target.host.lastIndexOf('.') + 1);
    const national = COORDINATORS.national.find((c) => c.cc_tld === tld);
    if (national) out.push({ ...national, role: 'national_csirt', note: COORDINATOR_NOTE });
  }
  out.push({ ...COORDINATORS.fallback, role: 'fallback', note: COORDINATOR_NOTE });
  return out;
}
