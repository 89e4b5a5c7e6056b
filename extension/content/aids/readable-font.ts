import { browser } from '../../browser-api.js';
import { parseFontFiles, type FontFileData } from '../../messages.js';
import type { ReadableFont } from '../../settings/schema.js';
import { FONTS } from './fonts.js';
import type { Aid } from '../aid-runner.js';
import { installPageStyle } from '../page-style.js';

/** Icon fonts and code keep their own faces: swapping them would turn icons into letters. */
const KEEP_OWN_FONT = 'i, [class*="icon"], [class*="Icon"], [aria-hidden="true"], code, pre, kbd, samp, .material-icons, .material-symbols-outlined';

/** The rule that puts the readable font on the page's text. The faces themselves are added by `addFaces`. */
export function readableFontCss(font: Exclude<ReadableFont, 'none'>): string {
  return `:root body, :root body *:not(${KEEP_OWN_FONT}) { font-family: "${FONTS[font].family}", system-ui, sans-serif !important; }`;
}

function bytesOf(base64: string): ArrayBuffer {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/**
 * Adds the font's faces to the document from bytes read inside the extension, never from an extension URL
 * (which the page could read, and any site then fetch, to detect the extension). FontFace from bytes also
 * needs nothing from the page's font-src policy. Returns a function that removes them.
 */
function addFaces(family: string, files: readonly FontFileData[]): () => void {
  const faces = files.map(({ weight, base64 }) => new FontFace(family, bytesOf(base64), { weight: String(weight), style: 'normal', display: 'swap' }));
  for (const face of faces) document.fonts.add(face);
  return () => {
    for (const face of faces) document.fonts.delete(face);
  };
}

export const readableFont: Aid = {
  id: 'readable-font',
  configKey: (aids) => (aids.readableFont === 'none' ? undefined : aids.readableFont),
  start(aids, signal) {
    if (aids.readableFont === 'none') return;
    const font = aids.readableFont;
    // The rule goes in at once (the page's fallback font shows until the faces arrive, as with font-display: swap).
    installPageStyle('readable-font', readableFontCss(font), signal);
    void browser.runtime.sendMessage({ type: 'fonts/get', font }).then(
      (raw: unknown) => {
        const files = parseFontFiles(raw);
        if (signal.aborted || files.length === 0) return;
        try {
          const remove = addFaces(FONTS[font].family, files);
          signal.addEventListener('abort', remove, { once: true });
        } catch {
          // A page that broke FontFace keeps its own fonts; the rest of the aids carry on.
        }
      },
      () => undefined,
    );
  },
};
