import type { PolicyResult } from '../schemas/policy-result.ts';
import type { TxtResult } from '../schemas/txt-result.ts';
import type { DraftLanguage } from './draft-strings.ts';

/** The researcher's side of a report (the extension's options, or CLI flags). */
export interface ResearcherProfile {
  name?: string;
  handle?: string;
  email?: string;
  /** Their own OpenPGP key for an encrypted reply: a fingerprint, a URL, or an armored public key. */
  pgpKey?: string;
}

export interface DraftInput {
  pageUrl: string;
  txt: TxtResult | null;
  policy: PolicyResult | null;
  profile: ResearcherProfile;
  title?: string;
  summary?: string;
  language: DraftLanguage;
  now: Date;
  /** What the user typed per section id (`impact`, `reproduction_steps`, …). */
  fields?: Record<string, string>;
  /** Longest mailto: link to produce (default 1,800 characters). */
  maxMailtoLength?: number;
}
