/**
 * PDFs through PDF.js (pdfjs-dist), with its worker shipped in the extension. Text comes from PDF.js's
 * text content API (and the structure tree, when the PDF is tagged), never from a rendered picture,
 * except for pages that have no text at all, which the reader hands to OCR.
 */
import { getDocument, GlobalWorkerOptions, PasswordResponses, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';
import { browser } from '../browser-api.js';
import { blocksFromPositions, blocksFromStructure, type Block, type PageText, type PositionedText, type StructNode } from './blocks.js';

GlobalWorkerOptions.workerSrc = browser.runtime.getURL('reader/pdf.worker.min.mjs');

export class PasswordCancelledError extends Error {
  constructor() {
    super('Record Access Aids reader: the PDF needs a password and none was given.');
  }
}

/**
 * Opens a PDF from its bytes. `askPassword` is called when the PDF is encrypted (again, with `wrong`,
 * after a wrong one); it resolves undefined when the person gives up.
 */
export async function openPdf(bytes: Uint8Array, askPassword: (wrong: boolean) => Promise<string | undefined>): Promise<PDFDocumentProxy> {
  const task = getDocument({
    // PDF.js takes ownership of the buffer it is given; the reader keeps its own copy for a retry.
    data: bytes.slice(),
    // The extension's pages forbid eval; PDF.js then uses its slower, safe font path.
    isEvalSupported: false,
    // Nothing is fetched: no CMaps, standard fonts or wasm decoders from anywhere.
    useSystemFonts: true,
    enableXfa: false,
    stopAtErrors: false,
  });
  let cancelled = false;
  task.onPassword = (update: (password: string) => void, reason: number) => {
    askPassword(reason === PasswordResponses.INCORRECT_PASSWORD)
      .then((password) => {
        if (password === undefined) {
          cancelled = true;
          void task.destroy();
        } else update(password);
      })
      .catch(() => void task.destroy());
  };
  try {
    return await task.promise;
  } catch (error) {
    if (cancelled) throw new PasswordCancelledError();
    throw error;
  }
}

const isTextItem = (item: TextItem | TextMarkedContent): item is TextItem => 'str' in item;

/**
 * One page's text in reading order: by its structure tree when the PDF is tagged and the tree covers
 * the page's text, else by the positions of the text.
 */
export async function pageText(page: PDFPageProxy): Promise<PageText> {
  const content = await page.getTextContent({ includeMarkedContent: true });
  const positioned: PositionedText[] = [];
  const textById = new Map<string, string>();
  const open: (string | undefined)[] = [];
  for (const item of content.items) {
    if (!isTextItem(item)) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')
        open.push(item.type === 'beginMarkedContentProps' ? item.id : undefined);
      else if (item.type === 'endMarkedContent') open.pop();
      continue;
    }
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
    positioned.push({ text: item.str, x, y, size: Math.hypot(c, d), width: item.width, endsLine: item.hasEOL });
    const id = [...open].reverse().find((entry) => entry !== undefined);
    if (id !== undefined) textById.set(id, `${textById.get(id) ?? ''}${item.str}${item.hasEOL ? ' ' : ''}`);
  }
  const number = page.pageNumber;
  if (textById.size > 0) {
    const tree = (await page.getStructTree().catch(() => null)) as StructNode | null;
    if (tree) {
      const blocks: Block[] = blocksFromStructure(tree, textById);
      if (blocks.length > 0) return { number, source: 'tagged', blocks };
    }
  }
  return { number, source: 'untagged', blocks: blocksFromPositions(positioned) };
}

/** Draws a page into a canvas, `cssWidth` CSS pixels wide, sharp on this screen. */
export async function renderPage(page: PDFPageProxy, canvas: HTMLCanvasElement, cssWidth: number, signal: AbortSignal): Promise<void> {
  const base = page.getViewport({ scale: 1 });
  const scale = cssWidth / base.width;
  const ratio = Math.min(window.devicePixelRatio || 1, 3);
  const viewport = page.getViewport({ scale: scale * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
  canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
  const task = page.render({ canvas, viewport });
  // PDF.js draws in slices of about 15 ms, each in an animation frame. Each next slice waits for idle
  // time, so drawing the original never shares a frame with the text being laid out (the longest tasks
  // while a document opens were a slice plus that layout).
  task.onContinue = (next: () => void) => {
    whenIdle(next);
  };
  signal.addEventListener('abort', () => task.cancel(), { once: true });
  await task.promise;
}

/** Runs `work` when the page is idle (soon after, at the latest). */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 500 });
  else setTimeout(work, 0);
}

/** A page drawn as a picture at about 300 dots per inch, for OCR of a page that has no text. */
export async function pagePicture(page: PDFPageProxy): Promise<Blob> {
  const viewport = page.getViewport({ scale: 300 / 72 });
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  await page.render({ canvas, viewport }).promise;
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('Could not draw the page.'))), 'image/png'));
}
