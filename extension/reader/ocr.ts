/**
 * OCR with tesseract.js in a Web Worker, every file from the extension itself: the worker script, the
 * WebAssembly core (the SIMD, LSTM-only build) and the English language data. Nothing is fetched from
 * a CDN and nothing is cached in IndexedDB. Cancel ends the worker; the next page starts a new one.
 */
// The package's browser build (its main entry is written for Node and a bundler with JSON support).
import Tesseract from 'tesseract.js/dist/tesseract.esm.min.js';
import type { Worker as TesseractWorker } from 'tesseract.js';
import { browser } from '../browser-api.js';
import { ocrPage, type OcrPage, type OcrResult } from './ocr-blocks.js';

export class OcrCancelledError extends Error {
  constructor() {
    super('Record Access Aids reader: reading the picture was cancelled.');
  }
}

/** Where the OCR files are, inside the extension. */
export function ocrPaths(getURL: (path: string) => string): { workerPath: string; corePath: string; langPath: string } {
  return {
    workerPath: getURL('reader/ocr/worker.min.js'),
    corePath: getURL('reader/ocr/tesseract-core-simd-lstm.wasm.js'),
    langPath: getURL('reader/ocr/lang'),
  };
}

export class OcrEngine {
  #worker: Promise<TesseractWorker> | undefined;
  #progress: ((fraction: number) => void) | undefined;

  #start(): Promise<TesseractWorker> {
    this.#worker ??= Tesseract.createWorker('eng', Tesseract.OEM.LSTM_ONLY, {
      ...ocrPaths((path) => browser.runtime.getURL(path)),
      // A blob: worker could not load the extension's files; the worker is started from its own file.
      workerBlobURL: false,
      gzip: true,
      cacheMethod: 'none',
      logger: (message) => {
        if (message.status === 'recognizing text') this.#progress?.(message.progress);
      },
    });
    return this.#worker;
  }

  /** Reads one picture; `onProgress` gets 0 to 1. Rejects with OcrCancelledError when `signal` aborts. */
  async read(image: Blob, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<OcrPage> {
    if (signal.aborted) throw new OcrCancelledError();
    const worker = this.#start();
    const cancelled = new Promise<never>((_, reject) => {
      signal.addEventListener(
        'abort',
        () => {
          // Ending the worker is the only way to stop tesseract mid-page.
          this.terminate();
          reject(new OcrCancelledError());
        },
        { once: true },
      );
    });
    this.#progress = onProgress;
    try {
      const ready = await Promise.race([worker, cancelled]);
      const { data } = await Promise.race([ready.recognize(image, {}, { blocks: true, text: false }), cancelled]);
      return ocrPage(data as unknown as OcrResult);
    } finally {
      this.#progress = undefined;
    }
  }

  terminate(): void {
    const worker = this.#worker;
    this.#worker = undefined;
    void worker?.then((w) => w.terminate()).catch(() => undefined);
  }
}
