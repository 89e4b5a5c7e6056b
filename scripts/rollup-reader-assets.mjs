// The document reader's files besides its script: its page and stylesheet, PDF.js's worker, and
// tesseract.js's worker, WebAssembly core and English language data, each with its licence. All are
// copied from node_modules into the extension, so nothing is ever fetched from a CDN.
import { cpSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const modules = resolve(root, 'node_modules');

/**
 * Only the SIMD, LSTM-only core is shipped: every browser the manifest allows (Chrome 120+, Firefox 140+)
 * has WebAssembly SIMD, and the reader asks tesseract for its LSTM engine only. The language data is the
 * "best_int" English model that build reads (gzipped, 2.9 MB).
 */
export const READER_FILES = [
  { from: 'pdfjs-dist/build/pdf.worker.min.mjs', to: 'reader/pdf.worker.min.mjs' },
  { from: 'pdfjs-dist/LICENSE', to: 'reader/pdfjs-LICENSE.txt' },
  { from: 'tesseract.js/dist/worker.min.js', to: 'reader/ocr/worker.min.js' },
  { from: 'tesseract.js/LICENSE.md', to: 'reader/ocr/tesseract.js-LICENSE.txt' },
  { from: 'tesseract.js-core/tesseract-core-simd-lstm.wasm.js', to: 'reader/ocr/tesseract-core-simd-lstm.wasm.js' },
  { from: 'tesseract.js-core/LICENSE', to: 'reader/ocr/tesseract.js-core-LICENSE.txt' },
  { from: '@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz', to: 'reader/ocr/lang/eng.traineddata.gz' },
];

/** @param {string} out one browser's build folder */
export function copyReaderAssets(out) {
  mkdirSync(resolve(out, 'reader/ocr/lang'), { recursive: true });
  for (const page of ['reader.html', 'reader.css']) cpSync(resolve(root, 'extension/reader', page), resolve(out, 'reader', page));
  for (const { from, to } of READER_FILES) cpSync(resolve(modules, from), resolve(out, to));
}
