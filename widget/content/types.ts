import type { SourceId } from './sources.js';

/** Where a patient-facing fact comes from. Shown to reviewers, not patients. */
export interface Source {
  publisher: string;
  title: string;
  url: string;
}

/** One piece of patient-facing text. Text that states a fact names its source, by id. */
export interface ContentString {
  /** The text; for an entry looked up with a count, the "other" plural form. */
  text: string;
  /** Other plural forms by Intl.PluralRules category, for an entry looked up with a count. */
  plural?: Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;
  source?: SourceId;
}
