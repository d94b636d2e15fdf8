import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/policy/detect-language.ts';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const read = (text: string) => extractPolicy({ body: text, url: 'policy.md' }, { now: NOW });
const forbidden = (text: string) => read(text).forbidden_activities.map((f) => f.id);

describe('the public-disclosure rule, however it is phrased', () => {
  it.each([
    'Keep confidential anything you learn about a flaw for 60 days after you told us.',
    'Please keep all details of the finding confidential.',
    'No details should be made public before the patch ships.',
    'You may not publicly disclose the issue without our written consent.',
    "Don't share any details of the bug until we have resolved it.",
    'We ask that you refrain from sharing your findings with others while we prepare a fix.',
    'Maak de kwetsbaarheid niet bekend aan anderen totdat deze is verholpen.',
    'Merci de ne pas révéler la faille sur les réseaux sociaux.',
  ])('%s', (sentence) => {
    expect(forbidden(sentence)).toContain('public_disclosure_before_fix');
  });

  it('is not read into our own promise to keep the reporter\'s data confidential', () => {
    expect(forbidden('We promise to keep your personal information confidential.')).not.toContain('public_disclosure_before_fix');
  });
});

describe('activities', () => {
  it('reads items that start with an action as activities in an exclusions list, even when they name a flaw', () => {
    const r = read('## Exclusions\n\n- Knowingly uploading any malicious software.\n- Pursuing vulnerabilities that send bulk unsolicited messages.\n- Vulnerabilities in outdated browsers.\n');
    expect(r.forbidden_activities.map((f) => f.id)).toEqual(['malware', 'spam']);
    expect(r.ineligible?.map((i) => i.text)).toEqual(['Vulnerabilities in outdated browsers']);
  });

  it('reads a backdoor as persistence, French plural "physiques" as physical, snooping as data access', () => {
    expect(forbidden('- Installeer geen backdoor op het systeem.')).toContain('pivoting_persistence');
    expect(forbidden('Ne pas effectuer de tests physiques.')).toContain('physical');
    expect(forbidden("Respect our customers and don't snoop around in their accounts.")).toContain('data_access_exfiltration');
  });

  it('ignores idioms and the French relative "dont"', () => {
    expect(forbidden("Don't be shy, send us whatever you found!")).toEqual([]);
    expect(forbidden('- Impact du problème, dont les scénarios d’exploitation.')).toEqual([]);
  });

  it('reads "would not meet the severity threshold" as not eligible, not as a prohibition', () => {
    const r = read('Reports about missing security headers would not meet our severity threshold.');
    expect(r.forbidden_activities).toEqual([]);
    expect(r.ineligible).toHaveLength(1);
  });

  it('reads "do not report through GitHub" as a channel rule, not as another forbidden activity', () => {
    const r = read('Please do not report security problems through GitHub.');
    expect(r.forbidden_activities).toEqual([]);
    expect(r.channel_rules?.map((c) => c.text)).toEqual(['do not report security problems through GitHub']);
  });
});

describe('bounty', () => {
  it.each([
    ['There is no bug bounty for this project.', false],
    ['This is not a paid programme and it is not your usual bug bounty program with cash rewards.', false],
    ['Monetary compensation is currently not offered.', false],
    ['The project never offers rewards for reports.', false],
    ['Reports go to bug-bounty@kettle.example.com.', null],
    ['Issues in staging are ineligible for bounty.', null],
    ['Critical findings in production are eligible for a bounty.', true],
    ['We pay bounties from $100 to $5,000 for valid reports.', true],
  ] as const)('%s → %s', (sentence, expected) => {
    expect(read(sentence).bounty).toBe(expected);
  });
});

describe('report fields and timelines outside English triggers', () => {
  it('reads a list introduced by "State if possible:" under a Report heading', () => {
    const r = read('# Report\n\nState if possible:\n\n- the affected URL\n- steps to reproduce it\n- the impact\n');
    expect(r.report_fields.map((f) => f.id)).toEqual(['location_url', 'impact', 'reproduction_steps']);
  });

  it('reads French report lists ("Dans votre rapport :", "les détails suivants :")', () => {
    const a = read('**Dans votre rapport :**\n\n- Décrivez la faille et l’endroit où elle se trouve.\n- Les répercussions possibles.\n- Des captures d’écran ou une démonstration de faisabilité.\n');
    expect(a.report_fields.map((f) => f.id)).toEqual(['description', 'location_url', 'impact', 'proof_of_concept']);
    const b = read('Signalez-la en nous fournissant les détails suivants :\n\n- le type de problème\n- le chemin du fichier concerné\n');
    expect(b.report_fields.map((f) => f.id)).toEqual(['description', 'location_url']);
  });

  it('reads a French acknowledgement with the number first, and ignores day counts of the project\'s release process', () => {
    expect(read('- Dans les 2 jours ouvrables, nous confirmerons la réception de votre signalement.').response_sla_days).toBe(2);
    const r = read('- No more than five days before the release, notify the packagers list; they accept no embargo longer than 5 days.\n- Keep the details confidential for 45 days after you reported them.');
    expect(r.disclosure_days).toBe(45);
  });

  it('reads French safe harbor wording', () => {
    expect(read("Nous n'engagerons pas d'action en justice contre vous si vous respectez cette politique.").safe_harbor).toBe(true);
    expect(read('Nous considérerons que votre recherche est autorisée.').safe_harbor).toBe(true);
  });
});

describe('language of a bilingual policy', () => {
  it('is the language of the first section written clearly in one language, not of the longer half', () => {
    const fr = '# Signaler une faille\n\nMerci de ne pas publier les failles sur le forum. Nous vous répondrons dans les deux jours. Les rapports sont traités par notre équipe avec soin et nous vous tiendrons informé de la suite donnée à votre rapport.';
    const en = '# Reporting\n\nPlease do not publish the issues on the forum. We will answer within two days and we will keep you informed. Reports are handled by our team with care, and we will tell you about the fix. Please include the URL and the steps that you took, and any logs that you have. Thank you for your help with this and for the time you spent.';
    expect(read(`English version below.\n\n${fr}\n\n${en}`).language).toBe('fr');
    expect(detectLanguage('The policy is written in English and it is for you.')).toBe('en');
  });
});
