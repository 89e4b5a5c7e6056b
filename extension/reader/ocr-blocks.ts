/**
 * OCR results (tesseract.js's blocks, paragraphs, lines and words) to the reader's blocks, with each
 * word tesseract was unsure of marked, and a verdict on whether the page was read reliably at all.
 */
import type { Block, Span } from './blocks.js';

export interface OcrWord {
  text: string;
  confidence: number;
}
export interface OcrParagraph {
  lines: { words: OcrWord[] }[];
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
  let unsureWords = 0;
  let confidenceSum = 0;
  for (const block of result.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      const spans: Span[] = [];
      for (const line of paragraph.lines) {
        for (const word of line.words) {
          const text = word.text.trim();
          if (text === '') continue;
          words += 1;
          confidenceSum += word.confidence;
          const unsure = word.confidence < UNSURE_BELOW;
          if (unsure) unsureWords += 1;
          if (spans.length > 0) spans.push({ text: ' ' });
          spans.push(unsure ? { text, unsure: true } : { text });
        }
      }
      const merged = mergeSpans(spans);
      if (merged.length > 0 && !merged.every((span) => isNoise(span.text))) blocks.push({ kind: 'paragraph', spans: merged });
    }
  }
  const confidence = words === 0 ? 0 : confidenceSum / words;
  const reliable = words > 0 && confidence >= RELIABLE_MEAN && unsureWords / words < UNRELIABLE_SHARE;
  return { blocks, words, unsureWords, confidence, reliable };
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
