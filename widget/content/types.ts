import type { SourceId } from './sources.js';

/** Where a patient-facing fact comes from. Shown to reviewers, not patients. */
export interface Source {
  publisher: string;
  title: string;
  url: string;
}

/** One piece of patient-facing text. Text that states a fact names its source, by id. */
export interface ContentString {
  text: string;
  source?: SourceId;
}
