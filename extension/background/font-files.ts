/**
 * Reads a readable font's files from the extension package for a content script. The bytes travel in a
 * message and become a FontFace in the page, so no extension URL is ever put in the page: a URL there could
 * be read by the page and then fetched by any site to detect the extension (in Firefox, whose extension
 * address is fixed per installation, even to follow the person from site to site).
 */
import { browser } from '../browser-api.js';
import { FONTS } from '../content/aids/fonts.js';
import type { BundledFont, FontFileData } from '../messages.js';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a whole 120 KB font as arguments would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const cache = new Map<BundledFont, Promise<FontFileData[]>>();

export function readFontFiles(font: BundledFont): Promise<FontFileData[]> {
  let files = cache.get(font);
  if (!files) {
    files = Promise.all(
      FONTS[font].files.map(async ({ weight, file }) => {
        const response = await fetch(browser.runtime.getURL(file));
        return { weight, base64: toBase64(new Uint8Array(await response.arrayBuffer())) };
      }),
    );
    // A failed read is not kept: the next page asks again.
    files.catch(() => cache.delete(font));
    cache.set(font, files);
  }
  return files;
}
