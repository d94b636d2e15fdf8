/** Ids of the sections a report can have: the policy taxonomy's report fields plus `suggested_fix`. */
export type SectionId =
  | 'description' | 'location_url' | 'impact' | 'reproduction_steps' | 'proof_of_concept'
  | 'reporter_name' | 'contact_info' | 'environment' | 'other' | 'suggested_fix';

export type DraftLanguage = 'en' | 'de';
export const DRAFT_LANGUAGES: readonly DraftLanguage[] = ['en', 'de'];

/** Every sentence a draft is made of, for one language. */
export interface DraftStrings {
  defaultTitle: string;
  greeting: string;
  intro: (host: string) => string;
  /** Heading of `description` in the standard set, when the policy asks for nothing specific. */
  summaryHeading: string;
  headings: Record<SectionId, string>;
  placeholders: Record<SectionId, string>;
  otherAsked: (what: string) => string;
  disclosureHeading: string;
  disclosureDays: (days: number) => string;
  disclosureNoDays: string;
  detailsHeading: string;
  pageUrl: string;
  dateUtc: string;
  contactFoundIn: string;
  policyAt: string;
  closing: string;
  namePlaceholder: string;
  myKey: string;
  /** The mailto body when the report is too long for a link. */
  shortBody: string;
}
