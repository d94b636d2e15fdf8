import type { CheckResult } from '../core/index.ts';

export interface BadgeState {
  text: string;
  color: string;
  /** i18n key of the tooltip. */
  titleKey: 'badgeInScope' | 'badgeOutOfScope' | 'badgeUnknown' | 'badgeNoPolicy';
}

/** The toolbar badge for a checked tab: short, colour-coded, and never the only signal (the title says it). */
export function badgeFor(result: CheckResult): BadgeState {
  switch (result.scope?.verdict) {
    case 'in_scope':
      return { text: '✓', color: '#1a7f37', titleKey: 'badgeInScope' };
    case 'out_of_scope':
      return { text: '✗', color: '#cf222e', titleKey: 'badgeOutOfScope' };
    default:
      if (!result.policy && !result.txt?.parsed) return { text: '–', color: '#6e7781', titleKey: 'badgeNoPolicy' };
      return { text: '?', color: '#9a6700', titleKey: 'badgeUnknown' };
  }
}
