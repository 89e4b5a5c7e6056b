/**
 * Cuts text into the units read aloud: sentences (Intl.Segmenter), with sentences longer than
 * `maxLength` cut again at a clause or word boundary, because some engines stall or clip long utterances.
 *
 * Everything is by offset and lazy: finding the unit at an offset segments only around it, so the first
 * unit of a long page is ready at once, and "read from here" needs no pass over the text before it.
 */

export interface TextUnit {
  /** Offset of the first character, in the whole text. */
  start: number;
  /** Offset just past the last character (trailing white space excluded). */
  end: number;
  text: string;
}

const CLAUSE_BREAK = /[,;:\u2013\u2014)]\s/g;

/**
 * Abbreviations after which ICU's sentence rules wrongly break ("Seen by Dr. | Patel"): titles before a
 * name, and a few that sit mid-sentence. Case-sensitive and short on purpose, so a real sentence end is
 * never swallowed.
 */
const NO_BREAK_AFTER = /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Sr|Jr|St|e\.g|i\.e|approx|vs)\.\s*$/;

export class TextUnits {
  readonly text: string;
  readonly #segments: Intl.Segments;
  readonly #maxLength: number;

  constructor(text: string, locale = 'en-GB', maxLength = 220) {
    this.text = text;
    this.#segments = new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text);
    this.#maxLength = Math.max(40, maxLength);
  }

  /** The unit containing `offset`, or the first one after it when `offset` is in white space. */
  at(offset: number): TextUnit | undefined {
    let from = Math.max(0, offset);
    while (from < this.text.length) {
      const sentence = this.#sentenceAround(from);
      if (!sentence) return undefined;
      const [sentenceStart, sentenceEnd] = sentence;
      const unit = this.#unitsOf(sentenceStart, sentenceEnd).find((u) => u.end > from);
      if (unit) return unit;
      from = sentenceEnd;
    }
    return undefined;
  }

  /**
   * Whether `unit` can no longer change when more text is appended: some text follows it, so its
   * sentence break has been decided. In a complete text every unit is settled.
   */
  isSettled(unit: TextUnit, complete: boolean): boolean {
    return complete || /\S/.test(this.text.slice(unit.end));
  }

  /** The first unit of the text. */
  first(): TextUnit | undefined {
    return this.at(0);
  }

  after(unit: TextUnit): TextUnit | undefined {
    return this.at(unit.end);
  }

  before(unit: TextUnit): TextUnit | undefined {
    // Step back over white space to the previous unit's last character, then find its start.
    let at = unit.start - 1;
    while (at >= 0 && /\s/.test(this.text[at] ?? '')) at--;
    if (at < 0) return undefined;
    return this.at(at);
  }

  /** [start, end) of the sentence around `offset`, joining segments that ICU split after an abbreviation. */
  #sentenceAround(offset: number): [number, number] | undefined {
    const segment = this.#segments.containing(offset);
    if (!segment) return undefined;
    let start = segment.index;
    let end = segment.index + segment.segment.length;
    let last = segment.segment;
    for (let before = start > 0 ? this.#segments.containing(start - 1) : undefined; before && NO_BREAK_AFTER.test(before.segment);) {
      start = before.index;
      before = start > 0 ? this.#segments.containing(start - 1) : undefined;
    }
    while (end < this.text.length && NO_BREAK_AFTER.test(last)) {
      const after = this.#segments.containing(end);
      if (!after) break;
      end = after.index + after.segment.length;
      last = after.segment;
    }
    return [start, end];
  }

  /** Splits one sentence [start, end) into trimmed units of at most maxLength characters. */
  #unitsOf(start: number, end: number): TextUnit[] {
    const units: TextUnit[] = [];
    let from = start;
    while (from < end) {
      while (from < end && /\s/.test(this.text[from] ?? '')) from++;
      if (from >= end) break;
      let to = end;
      if (end - from > this.#maxLength) to = this.#cutPoint(from, from + this.#maxLength);
      let trimmedEnd = to;
      while (trimmedEnd > from && /\s/.test(this.text[trimmedEnd - 1] ?? '')) trimmedEnd--;
      units.push({ start: from, end: trimmedEnd, text: this.text.slice(from, trimmedEnd) });
      from = to;
    }
    return units;
  }

  /** Where to cut [from, limit): after the last clause break, else the last space, past 40% of the way. */
  #cutPoint(from: number, limit: number): number {
    const window = this.text.slice(from, limit);
    const minimum = Math.floor(window.length * 0.4);
    let best = -1;
    for (const match of window.matchAll(CLAUSE_BREAK)) if (match.index >= minimum) best = match.index + 1;
    if (best < 0) {
      const space = window.lastIndexOf(' ');
      if (space >= minimum) best = space;
    }
    return best < 0 ? limit : from + best;
  }
}
