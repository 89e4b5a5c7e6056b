/**
 * The shape of the plain-English medical glossary. The data (the files beside this one that hold
 * entries) is licensed CC BY 4.0; this code is MIT like the rest of the repository.
 */

export const GLOSSARY_CATEGORIES = ['tests', 'medicines', 'conditions', 'shorthand'] as const;
export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];

/**
 * How letter case is compared when finding a term in text.
 * - `exact`: only the spellings listed match, letter for letter. For short abbreviations that are also
 *   ordinary words or other abbreviations in another case ("MS" but not "ms"; "mg" but not "Mg").
 * - `insensitive`: any mix of upper and lower case matches ("BD", "bd", "Bd"). Only ASCII letters are
 *   folded, which is all the glossary's spellings use.
 */
export type CaseRule = 'exact' | 'insensitive';

/** A public page that supports the meaning we give. */
export interface GlossarySource {
  publisher: string;
  title: string;
  url: string;
}

interface EntryBase {
  /** Stable, unique, lower-case kebab-case id. Other code and saved settings may refer to it. */
  id: string;
  category: GlossaryCategory;
  /** What the letters stand for, when the term is an abbreviation ("full blood count"). */
  expansion?: string;
  /** Our own plain-English explanation: short, simple words, no advice that replaces a clinician. */
  explanation: string;
  /**
   * Other things the same letters can mean in a record. Present only when the term is ambiguous;
   * then `advice` must be present too.
   */
  otherMeanings?: readonly string[];
  /** Shown with ambiguous terms: tells the reader to check with their practice. */
  advice?: string;
  source: GlossarySource;
}

/** A word or abbreviation matched by its spellings. */
export interface TermEntry extends EntryBase {
  kind?: 'term';
  /** The spelling shown as the entry's heading, as usually written in UK records. */
  term: string;
  /** Other spellings of the same meaning ("U and E", "Hb A1c"). The term itself is not repeated here. */
  variants?: readonly string[];
  caseRule: CaseRule;
  /**
   * Also match the term written with full stops between its letters ("b.d.", "t.d.s.", and "b.d"
   * without the last stop). Only for terms made of letters alone.
   */
  dotted?: boolean;
  /** Also match each spelling with a plain "s" added ("ECGs", "UTIs"). */
  plural?: boolean;
  /**
   * The spelling in capitals is also an everyday word ("AIDS", "FIT", "CAP"). Such a spelling is not
   * matched next to another capitalised word that is not a term ("HEARING AIDS", "FIT NOTE"), where
   * the capitals are a heading or a shouted line. Only for exact-case entries.
   */
  alsoEverydayWord?: boolean;
  /** A unit that is often written straight after a number ("500mg", "130/80mmHg"): may start right after a digit. */
  unit?: boolean;
}

/**
 * Clinical shorthand for a length of time written as a number over a fixed denominator:
 * "2/52" is 2 weeks, "3/12" is 3 months, "5/7" is 5 days, "30/40" is 30 weeks of pregnancy.
 * The matcher finds these by pattern, not by listing every number.
 */
export interface CountEntry extends EntryBase {
  kind: 'count';
  /** The number after the slash: "7", "52", "12" or "40". */
  denominator: string;
  /** An example written the usual way ("2/52"), used as the entry's heading. */
  example: string;
}

export type GlossaryEntry = TermEntry | CountEntry;

/** The heading to show for an entry. */
export function headingOf(entry: GlossaryEntry): string {
  return entry.kind === 'count' ? entry.example : entry.term;
}
