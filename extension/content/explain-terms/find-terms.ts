/**
 * Finds glossary terms in a part of the page, as Ranges, without long tasks: the visible text is
 * collected in time slices (TextMap.buildInSlices), then scanned in time slices (scanRange resumes
 * exactly where the last slice stopped, so slicing finds the same matches as one pass).
 */
import type { CompiledGlossary, GlossaryEntry } from '../../../shared/glossary/index.js';
import { TextMap } from '../../../shared/text/index.js';

/** One occurrence of a glossary term on the page. */
export interface FoundTerm {
  entry: GlossaryEntry;
  /** The text as written on the page ("b.d.", "HbA1c"). */
  matchedText: string;
  range: Range;
}

export interface FindTermsOptions {
  signal?: AbortSignal;
  /** Leaves an element and its content out (the extension's own UI). */
  skip?: (element: Element) => boolean;
  /** Longest stretch of work before yielding to the page, in milliseconds. */
  sliceMs?: number;
  /** Told how many characters of text were scanned: lets tests prove that unchanged parts are not scanned again. */
  onScanned?: (characters: number) => void;
}

/** Characters scanned between clock checks: well under a millisecond of matcher work. */
const SCAN_STEP = 16_384;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function findTermsIn(root: Node, glossary: CompiledGlossary, options: FindTermsOptions = {}): Promise<FoundTerm[]> {
  const sliceMs = options.sliceMs ?? 8;
  const buildOptions: Parameters<typeof TextMap.buildInSlices>[1] = { sliceMs };
  if (options.signal) buildOptions.signal = options.signal;
  if (options.skip) buildOptions.skip = options.skip;
  const map = await TextMap.buildInSlices(root, buildOptions);
  const text = map.text;
  options.onScanned?.(text.length);
  const found: FoundTerm[] = [];
  let from = 0;
  while (from < text.length) {
    options.signal?.throwIfAborted();
    const until = performance.now() + sliceMs;
    while (from < text.length && performance.now() < until) {
      const { matches, resumeAt } = glossary.scanRange(text, { from, to: from + SCAN_STEP });
      for (const match of matches) {
        const entry = glossary.entryById(match.entryId);
        const range = map.rangeFor(match.start, match.end);
        if (entry && range) found.push({ entry, matchedText: match.matchedText, range });
      }
      from = resumeAt;
    }
    if (from < text.length) await nextTask();
  }
  return found;
}
