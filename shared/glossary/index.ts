/**
 * The plain-English medical glossary: every entry, and the matcher that finds them in text.
 * Glossary data (the terms-*.ts, sources.ts and advice.ts files) is licensed CC BY 4.0, see LICENSE;
 * the code is MIT like the rest of the repository.
 */
import { CONDITION_TERMS } from './terms-conditions.js';
import { MEDICINE_TERMS } from './terms-medicines.js';
import { COUNT_TERMS, SHORTHAND_TERMS } from './terms-shorthand.js';
import { TEST_TERMS } from './terms-tests.js';
import type { GlossaryEntry } from './types.js';

export const GLOSSARY: readonly GlossaryEntry[] = [...TEST_TERMS, ...MEDICINE_TERMS, ...CONDITION_TERMS, ...SHORTHAND_TERMS, ...COUNT_TERMS];

export { CHECK_WITH_PRACTICE } from './advice.js';
export { compileGlossary, type CompiledGlossary, type GlossaryMatch, type ScanRange, type ScanResult } from './matcher.js';
export { SOURCES } from './sources.js';
export {
  GLOSSARY_CATEGORIES,
  headingOf,
  type CaseRule,
  type CountEntry,
  type GlossaryCategory,
  type GlossaryEntry,
  type GlossarySource,
  type TermEntry,
} from './types.js';
