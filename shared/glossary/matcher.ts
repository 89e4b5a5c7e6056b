/**
 * Finds glossary terms in plain text, in one left-to-right pass.
 *
 * Design (chosen by measurement, see test/shared/glossary/matcher-speed.test.ts): every spelling of every
 * entry is compiled once into a character trie keyed on ASCII-case-folded UTF-16 code units. The scan
 * visits each position once; a position can only start a term if it starts a word, so inside a word the
 * cost is one character-class check. At a word start the trie is walked as far as the text allows,
 * and the longest spelling that passes its case rule and its end-of-word check wins. The scan then
 * jumps past the match, so matches never overlap. Counts such as "2/52" are found by a small hand
 * parser at the same positions, competing with the trie for the longest match.
 *
 * A single RegExp alternation was the other candidate; mixing exact-case and any-case spellings in one
 * RegExp needs either inline modifiers (not in every supported browser) or expanding each letter into
 * a class, and its backtracking cost grows with the number of spellings. The trie's cost does not.
 *
 * Long pages: `scanRange` scans only the positions in [from, to) and says where to resume, so a caller
 * can scan a big text in slices and yield to the browser between them. A match that starts before `to`
 * is finished even if it runs past `to`, and the next slice resumes after it, so slicing gives exactly
 * the matches of one whole pass.
 */
import type { CountEntry, GlossaryEntry, TermEntry } from './types.js';

/** One found term: `text.slice(start, end) === matchedText`. */
export interface GlossaryMatch {
  start: number;
  end: number;
  entryId: string;
  matchedText: string;
}

export interface ScanRange {
  /** First position that may start a match. */
  from: number;
  /** Positions from here on are left for the next call. */
  to: number;
}

export interface ScanResult {
  matches: GlossaryMatch[];
  /** Where the next slice must start: `to`, or the end of a match that ran past it. */
  resumeAt: number;
}

/** One way of writing an entry that the matcher will find. */
export interface CompiledSpelling {
  entryId: string;
  text: string;
  exact: boolean;
  /** An everyday word in capitals ("AIDS", "FIT"): skipped inside a run of capitalised words. */
  everydayWordInCapitals: boolean;
  /** Also an everyday word on web pages ("tab", "caps"): matched only next to a number, a dose or a medicine term. */
  needsMedicalContext: boolean;
}

export interface CompiledGlossary {
  /** Every match in the whole text, in order. */
  scan(text: string): GlossaryMatch[];
  /** Matches starting in [from, to), and where to resume. */
  scanRange(text: string, range: ScanRange): ScanResult;
  /** The whole text in slices of about `sliceLength` positions, for callers that yield between slices. */
  scanInSlices(text: string, sliceLength: number): Generator<ScanResult, void, undefined>;
  entryById(id: string): GlossaryEntry | undefined;
  /** Every spelling compiled from the term entries, with the generated dotted and plural forms. */
  readonly spellings: readonly CompiledSpelling[];
}

interface TrieNode {
  /** Children keyed by folded code unit: ASCII in a (sparse) array, anything else in a map. */
  readonly ascii: (TrieNode | undefined)[];
  readonly other: Map<number, TrieNode>;
  /** Spellings that end here. They share a last character, so they share `endsInWordChar`. */
  readonly ends: CompiledSpelling[];
  /** When true, a match ending here needs a non-word character (or the end of the text) after it. */
  endsInWordChar: boolean;
}

const newNode = (): TrieNode => ({ ascii: [], other: new Map(), ends: [], endsInWordChar: false });

function childOf(node: TrieNode, key: number): TrieNode | undefined {
  return key < 128 ? node.ascii[key] : node.other.get(key);
}

const UPPER_A = 65;
const UPPER_Z = 90;
const CASE_OFFSET = 32;

/** Folds ASCII capitals only: every spelling in the glossary is ASCII where case matters. */
function foldUnit(unit: number): number {
  return unit >= UPPER_A && unit <= UPPER_Z ? unit + CASE_OFFSET : unit;
}

// Word characters are letters, digits and combining marks in any script, so "ms" in "items" or
// "Hb" right after "é" is not a word start.
const NON_ASCII_WORD = /^[\p{L}\p{N}\p{M}]$/u;
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const ch = String.fromCharCode(code);
  ASCII_WORD[code] = /[A-Za-z0-9]/.test(ch) ? 1 : 0;
}

function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 128) return ASCII_WORD[codePoint] === 1;
  return NON_ASCII_WORD.test(String.fromCodePoint(codePoint));
}

/** Whether the code point that ends just before `index` is a word character (false at the start). */
function wordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const last = text.charCodeAt(index - 1);
  if (last < 128) return ASCII_WORD[last] === 1;
  const isLowSurrogate = last >= 0xdc00 && last <= 0xdfff;
  const start = isLowSurrogate && index >= 2 ? index - 2 : index - 1;
  return isWordCodePoint(text.codePointAt(start) ?? last);
}

/**
 * Whether the character at `index` is a word character (false at the end). The second half of a
 * surrogate pair answers for its whole code point, so a scan moving one unit at a time stays right.
 */
function wordCharAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const unit = text.charCodeAt(index);
  if (unit < 128) return ASCII_WORD[unit] === 1;
  const isLowSurrogate = unit >= 0xdc00 && unit <= 0xdfff;
  const start = isLowSurrogate && index >= 1 ? index - 1 : index;
  return isWordCodePoint(text.codePointAt(start) ?? unit);
}

const LETTERS_ONLY = /^[A-Za-z]{2,}$/;
const ENDS_IN_LETTER_OR_DIGIT = /[A-Za-z0-9]$/;

/** The spellings of a term entry: as written, plus the dotted and plural forms it asks for. */
export function spellingsOf(entry: TermEntry): string[] {
  const written = [entry.term, ...(entry.variants ?? [])];
  const forms = new Set<string>(written);
  if (entry.dotted) {
    for (const spelling of written) {
      if (!LETTERS_ONLY.test(spelling)) continue;
      const dotted = [...spelling].join('.');
      forms.add(`${dotted}.`);
      forms.add(dotted);
    }
  }
  if (entry.plural) {
    for (const spelling of written) {
      if (ENDS_IN_LETTER_OR_DIGIT.test(spelling) && !/s$/i.test(spelling)) forms.add(`${spelling}s`);
    }
  }
  return [...forms];
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const SLASH = 47;
const DOT = 46;
const HYPHEN = 45;
const EN_DASH = 0x2013;
const MAX_COUNT_DIGITS = 2;

const isDigit = (unit: number): boolean => unit >= DIGIT_0 && unit <= DIGIT_9;

/** Reads up to `max` digits from `index`; returns the index after them (== index if none). */
function skipDigits(text: string, index: number, max: number): number {
  let at = index;
  while (at < text.length && at - index < max && isDigit(text.charCodeAt(at))) at++;
  return at;
}

/**
 * Finds a count such as "2/52", "1-2/52" or "30/40" starting at `start`. Dates ("3/12/2023", "12/3/12"),
 * decimals and "24/7" are not counts.
 */
function matchCount(text: string, start: number, byDenominator: ReadonlyMap<string, CountEntry>): { end: number; entry: CountEntry } | undefined {
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (before === SLASH || before === DOT) return undefined;
  let at = skipDigits(text, start, MAX_COUNT_DIGITS);
  if (at === start || isDigit(text.charCodeAt(at))) return undefined;
  const numerator = text.slice(start, at);
  const dash = text.charCodeAt(at);
  if (dash === HYPHEN || dash === EN_DASH) {
    const rangeEnd = skipDigits(text, at + 1, MAX_COUNT_DIGITS);
    if (rangeEnd === at + 1 || isDigit(text.charCodeAt(rangeEnd))) return undefined;
    at = rangeEnd;
  }
  if (text.charCodeAt(at) !== SLASH) return undefined;
  const denominatorStart = at + 1;
  let end = denominatorStart;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  const entry = byDenominator.get(text.slice(denominatorStart, end));
  if (!entry) return undefined;
  if (wordCharAt(text, end)) return undefined;
  const after = text.charCodeAt(end);
  if ((after === SLASH || after === DOT) && isDigit(text.charCodeAt(end + 1))) return undefined;
  // "24/7" is everyday English for "all the time", not 24 days.
  if (entry.denominator === '7' && numerator === '24' && at === start + numerator.length) return undefined;
  return { end, entry };
}

function insert(trie: TrieNode, spelling: CompiledSpelling): void {
  let node = trie;
  for (let i = 0; i < spelling.text.length; i++) {
    const key = foldUnit(spelling.text.charCodeAt(i));
    let child = childOf(node, key);
    if (!child) {
      child = newNode();
      if (key < 128) node.ascii[key] = child;
      else node.other.set(key, child);
    }
    node = child;
  }
  node.ends.push(spelling);
  node.endsInWordChar = wordCharBefore(spelling.text, spelling.text.length);
}

const CAPITAL_WORD = /^[A-Z]{2,}$/;
const MAX_GAP_TO_NEIGHBOUR = 3;
const NEWLINE = 10;
const isAsciiLetter = (unit: number): boolean => (unit | CASE_OFFSET) >= 97 && (unit | CASE_OFFSET) <= 122;

/**
 * Whether the word just before `start` or just after `end`, on the same line, is written in capitals
 * and is not a glossary term: then an everyday word in capitals ("HEARING AIDS", "FIT NOTE") is part
 * of a heading or a shouted line, not an abbreviation.
 */
function nextToShoutedWord(text: string, start: number, end: number, known: ReadonlySet<string>): boolean {
  const shouted = (word: string): boolean => CAPITAL_WORD.test(word) && !known.has(word);
  let before = start;
  while (before > 0 && start - before < MAX_GAP_TO_NEIGHBOUR && !isAsciiLetter(text.charCodeAt(before - 1)) && text.charCodeAt(before - 1) !== NEWLINE)
    before--;
  let wordStart = before;
  while (wordStart > 0 && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart < before && shouted(text.slice(wordStart, before))) return true;
  let after = end;
  while (after < text.length && after - end < MAX_GAP_TO_NEIGHBOUR && !isAsciiLetter(text.charCodeAt(after)) && text.charCodeAt(after) !== NEWLINE) after++;
  let wordEnd = after;
  while (wordEnd < text.length && isAsciiLetter(text.charCodeAt(wordEnd))) wordEnd++;
  return wordEnd > after && shouted(text.slice(after, wordEnd));
}

/**
 * Spellings that are also everyday words on web pages ("open in a new tab", "Caps Lock", "Sats and
 * Suns"): they are explained only in a medical context, next to a number, a dose or another medicine
 * term. Matched case-insensitively against each spelling.
 */
const NEEDS_MEDICAL_CONTEXT = new Set(['tab', 'tabs', 'cap', 'caps', 'stat', 'sats']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half']);
const CONTEXT_WORDS_EACH_SIDE = 2;
const isContextWordUnit = (unit: number): boolean => isAsciiLetter(unit) || isDigit(unit) || unit === DOT || unit === 37 /* % */ || unit === SLASH;

/** Up to `count` words on the same line before `start` (going left) or after `end` (going right). */
function neighbourWords(text: string, from: number, direction: -1 | 1, count: number): string[] {
  const words: string[] = [];
  let at = from;
  while (words.length < count) {
    // Skip spaces and light punctuation, not a line break.
    let gap = 0;
    while (gap < 3 && (direction < 0 ? at > 0 : at < text.length)) {
      const unit = text.charCodeAt(direction < 0 ? at - 1 : at);
      if (unit === NEWLINE || isContextWordUnit(unit)) break;
      at += direction;
      gap++;
    }
    const edge = at;
    while ((direction < 0 ? at > 0 : at < text.length) && isContextWordUnit(text.charCodeAt(direction < 0 ? at - 1 : at))) at += direction;
    if (at === edge) break;
    words.push(direction < 0 ? text.slice(at, edge) : text.slice(edge, at));
  }
  return words;
}

/** Compiles the entries once; the result can scan any number of texts. */
export function compileGlossary(entries: readonly GlossaryEntry[]): CompiledGlossary {
  const root = newNode();
  // Units ("mg", "mmHg") get a second trie: they may also start straight after a digit ("500mg").
  const unitRoot = newNode();
  const spellings: CompiledSpelling[] = [];
  const byId = new Map<string, GlossaryEntry>();
  const countsByDenominator = new Map<string, CountEntry>();

  for (const entry of entries) {
    byId.set(entry.id, entry);
    if (entry.kind === 'count') {
      countsByDenominator.set(entry.denominator, entry);
      continue;
    }
    for (const text of spellingsOf(entry)) {
      const spelling: CompiledSpelling = {
        entryId: entry.id,
        text,
        exact: entry.caseRule === 'exact',
        everydayWordInCapitals: entry.alsoEverydayWord === true && CAPITAL_WORD.test(text),
        // In capitals it is an abbreviation ("CAP"), with its own rule for shouted lines.
        needsMedicalContext: NEEDS_MEDICAL_CONTEXT.has(text.toLowerCase()) && text !== text.toUpperCase(),
      };
      spellings.push(spelling);
      insert(root, spelling);
      if (entry.unit) insert(unitRoot, spelling);
    }
  }

  // Capitalised forms of every spelling: a neighbour that is itself a term ("HIV/AIDS") is not shouting.
  const knownCapitalSpellings = new Set(spellings.map((spelling) => (spelling.exact ? spelling.text : spelling.text.toUpperCase())));
  // Words that make a medical context: the spellings of medicine terms and units ("mg", "b.d.", "od").
  // Exact-case spellings keep their case ("ON" at night is not "on"); the others are kept in lower case.
  const contextExact = new Set<string>();
  const contextFolded = new Set<string>();
  for (const spelling of spellings) {
    const entry = byId.get(spelling.entryId);
    // Dotted spellings keep their dots: "o.n." is a dose time, "on" is everyday English.
    const word = spelling.text;
    if (spelling.needsMedicalContext || entry?.kind === 'count' || !(entry?.category === 'medicines' || entry?.unit)) continue;
    if (spelling.exact) contextExact.add(word);
    else contextFolded.add(word.toLowerCase());
  }
  const inMedicalContext = (text: string, start: number, end: number): boolean =>
    [...neighbourWords(text, start, -1, CONTEXT_WORDS_EACH_SIDE), ...neighbourWords(text, end, 1, CONTEXT_WORDS_EACH_SIDE)].some((raw) => {
      if (/[0-9]/.test(raw)) return true;
      // The word as written ("b.d."), and without the sentence's own full stop or comma ("mg.").
      return [raw, raw.replace(/[.,;:/%]+$/, '')].some(
        (word) => NUMBER_WORDS.has(word.toLowerCase()) || contextExact.has(word) || contextFolded.has(word.toLowerCase()),
      );
    });

  /** The longest match starting at `start` among the spellings in `trie` (and counts, if asked), if any. */
  function matchAt(text: string, start: number, trie: TrieNode, withCounts: boolean): GlossaryMatch | undefined {
    let bestEnd = -1;
    let bestId = '';
    let node: TrieNode | undefined = trie;
    for (let at = start; node && at < text.length;) {
      node = childOf(node, foldUnit(text.charCodeAt(at)));
      at++;
      if (!node || node.ends.length === 0) continue;
      if (node.endsInWordChar && wordCharAt(text, at)) continue;
      for (const spelling of node.ends) {
        if (spelling.exact && !text.startsWith(spelling.text, start)) continue;
        if (spelling.everydayWordInCapitals && nextToShoutedWord(text, start, at, knownCapitalSpellings)) continue;
        if (spelling.needsMedicalContext && !inMedicalContext(text, start, at)) continue;
        bestEnd = at;
        bestId = spelling.entryId;
        break;
      }
    }
    if (withCounts && isDigit(text.charCodeAt(start))) {
      const count = matchCount(text, start, countsByDenominator);
      if (count && count.end > bestEnd) {
        bestEnd = count.end;
        bestId = count.entry.id;
      }
    }
    return bestEnd < 0 ? undefined : { start, end: bestEnd, entryId: bestId, matchedText: text.slice(start, bestEnd) };
  }

  function scanRange(text: string, range: ScanRange): ScanResult {
    const matches: GlossaryMatch[] = [];
    const to = Math.min(Math.max(range.to, 0), text.length);
    let at = Math.max(range.from, 0);
    let resumeAt = Math.max(to, at);
    let previousIsWord = wordCharBefore(text, at);
    while (at < to) {
      const code = text.charCodeAt(at);
      const isWord = code < 128 ? ASCII_WORD[code] === 1 : wordCharAt(text, at);
      let match: GlossaryMatch | undefined;
      // A word character right after another cannot start a term, except a unit after a digit; this
      // skips most of the text cheaply.
      if (isWord && previousIsWord) {
        if (isDigit(text.charCodeAt(at - 1)) && childOf(unitRoot, foldUnit(code))) match = matchAt(text, at, unitRoot, false);
      } else if (childOf(root, foldUnit(code)) || isDigit(code)) {
        match = matchAt(text, at, root, true);
      }
      if (match) {
        matches.push(match);
        at = match.end;
        resumeAt = Math.max(resumeAt, at);
        previousIsWord = wordCharBefore(text, at);
      } else {
        previousIsWord = isWord;
        at++;
      }
    }
    return { matches, resumeAt };
  }

  function* scanInSlices(text: string, sliceLength: number): Generator<ScanResult, void, undefined> {
    const step = Math.max(1, Math.floor(sliceLength));
    for (let from = 0; from < text.length;) {
      const result = scanRange(text, { from, to: from + step });
      yield result;
      from = result.resumeAt;
    }
  }

  return {
    scan: (text) => scanRange(text, { from: 0, to: text.length }).matches,
    scanRange,
    scanInSlices,
    entryById: (id) => byId.get(id),
    spellings,
  };
}
