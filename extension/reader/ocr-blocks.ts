/**
 * OCR results (tesseract.js's blocks, paragraphs, lines and words) to the reader's blocks, with each
 * word tesseract was unsure of marked, and a verdict on whether the page was read reliably at all.
 */
import type { Block, Span } from './blocks.js';

export interface OcrWord {
  text: string;
  confidence: number;
}
export interface OcrLine {
  words: OcrWord[];
  /** The line's box in the picture's pixels (y downwards). */
  bbox?: { y0: number; y1: number };
}
export interface OcrParagraph {
  lines: OcrLine[];
}
export interface OcrResult {
  blocks: { paragraphs: OcrParagraph[] }[] | null;
}

/** Below this confidence (0-100) a word is marked as unclear. */
export const UNSURE_BELOW = 70;
/** Below this mean word confidence, or with this share of unclear words, the page is not reliable. */
const RELIABLE_MEAN = 60;
const UNRELIABLE_SHARE = 0.4;

export interface OcrPage {
  blocks: Block[];
  /** Words with at least two letters or digits read with confidence: 0 means nothing was really found. */
  clearWords: number;
  words: number;
  unsureWords: number;
  /** Mean word confidence, 0 to 100 (0 when no words). */
  confidence: number;
  /** False when the page looks like handwriting, a photo or noise: too few words read with confidence. */
  reliable: boolean;
}

/** A word that is only punctuation or stray marks (what tesseract finds in noise). */
const isNoise = (text: string): boolean => !/[\p{L}\p{N}]/u.test(text);

export function ocrPage(result: OcrResult): OcrPage {
  const blocks: Block[] = [];
  let words = 0;
  let clearWords = 0;
  let unsureWords = 0;
  let confidenceSum = 0;
  for (const block of result.blocks ?? []) {
    for (const paragraph of block.paragraphs.flatMap(splitAtGaps)) {
      const spans: Span[] = [];
      for (const line of paragraph.lines) {
        for (const word of line.words) {
          const text = word.text.trim();
          if (text === '') continue;
          words += 1;
          confidenceSum += word.confidence;
          const unsure = word.confidence < UNSURE_BELOW;
          if (unsure) unsureWords += 1;
          else if (/[\p{L}\p{N}]{2,}/u.test(text)) clearWords += 1;
          if (spans.length > 0) spans.push({ text: ' ' });
          spans.push(unsure ? { text, unsure: true } : { text });
        }
      }
      const merged = mergeSpans(spans);
      if (merged.length > 0 && !merged.every((span) => isNoise(span.text))) blocks.push({ kind: 'paragraph', spans: merged });
    }
  }
  const confidence = words === 0 ? 0 : confidenceSum / words;
  const reliable = clearWords > 0 && confidence >= RELIABLE_MEAN && unsureWords / words < UNRELIABLE_SHARE;
  return { blocks, clearWords, words, unsureWords, confidence, reliable };
}

/**
 * tesseract often returns a whole letter as one paragraph; a gap between lines taller than half a line
 * is where a paragraph (or an address block) really ends.
 */
function splitAtGaps(paragraph: OcrParagraph): OcrParagraph[] {
  const out: OcrParagraph[] = [];
  let current: OcrLine[] = [];
  let previous: OcrLine | undefined;
  for (const line of paragraph.lines) {
    if (previous?.bbox && line.bbox) {
      const height = previous.bbox.y1 - previous.bbox.y0;
      if (line.bbox.y0 - previous.bbox.y1 > height * 0.5 && current.length > 0) {
        out.push({ lines: current });
        current = [];
      }
    }
    current.push(line);
    previous = line;
  }
  if (current.length > 0) out.push({ lines: current });
  return out;
}

/** Joins neighbouring sure spans, so a paragraph is a few text nodes, not one per word. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (last && !last.unsure && !span.unsure) last.text += span.text;
    else out.push({ ...span });
  }
  return out;
}
