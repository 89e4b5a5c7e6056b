/**
 * The reader page's side of the picture worker (picture-worker.ts): one worker, started when the first
 * picture needs it, from the extension's own file.
 */
import { browser } from '../browser-api.js';
import { isPictureDone, type PictureDone, type Turn } from './picture-job.js';

export class PictureError extends Error {
  constructor() {
    super('Record Access Aids reader: the picture could not be decoded.');
  }
}

export class Pictures {
  #worker: Worker | undefined;
  #next = 1;
  readonly #waiting = new Map<number, (done: PictureDone) => void>();

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(browser.runtime.getURL('reader/picture-worker.js'));
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (!isPictureDone(event.data)) return;
      const resolve = this.#waiting.get(event.data.id);
      this.#waiting.delete(event.data.id);
      resolve?.(event.data);
    });
    worker.addEventListener('error', () => {
      // A worker that failed to start fails every job waiting on it.
      for (const [id, resolve] of this.#waiting) resolve({ id, width: 0, height: 0, scaled: false, failed: true });
      this.#waiting.clear();
      this.#worker = undefined;
    });
    this.#worker = worker;
    return worker;
  }

  /**
   * The picture made ready for OCR: no larger than `maxSide`, turned `turn` degrees clockwise, or only its
   * middle `crop` pixels square; with `preview`, also a copy that long for the page to show. Rejects with PictureError when it cannot be decoded.
   */
  async prepare(
    picture: Blob,
    { maxSide, turn = 0, crop = 0, preview = 0 }: { maxSide: number; turn?: Turn; crop?: number; preview?: number },
  ): Promise<{ picture: Blob; scaled: boolean; preview?: ImageBitmap }> {
    const worker = this.#start();
    const id = this.#next++;
    const done = await new Promise<PictureDone>((resolve) => {
      this.#waiting.set(id, resolve);
      worker.postMessage({ id, picture, maxSide, turn, crop, preview });
    });
    if (done.failed) throw new PictureError();
    return { picture: done.picture ?? picture, scaled: done.scaled, ...(done.preview ? { preview: done.preview } : {}) };
  }

  terminate(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    for (const [id, resolve] of this.#waiting) resolve({ id, width: 0, height: 0, scaled: false, failed: true });
    this.#waiting.clear();
  }
}
