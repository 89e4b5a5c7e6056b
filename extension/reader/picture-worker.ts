/**
 * The reader's picture worker: decodes a picture, makes it smaller and turns it, off the page's main
 * thread (a 30 MB phone photo takes seconds to decode and scale). Receives a PictureJob, answers with a
 * PictureDone. Nothing here leaves the device: the worker only ever talks to the reader page.
 */
import { isPictureJob, preparedSize, type PictureDone, type PictureJob } from './picture-job.js';

/** The worker's global scope (the DOM typings describe a window's). */
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  const job = event.data;
  if (!isPictureJob(job)) return;
  void prepare(job)
    .then((done) => scope.postMessage({ id: job.id, ...done }, done.preview ? [done.preview] : []))
    .catch(() => scope.postMessage({ id: job.id, failed: true }, []));
});

async function prepare({ picture, maxSide, turn, crop, preview: previewSide }: PictureJob): Promise<Omit<PictureDone, 'id'>> {
  // Phone photos' EXIF orientation is applied here ('from-image'), so the words come out as a person sees them.
  const bitmap = await createImageBitmap(picture, { imageOrientation: 'from-image' });
  try {
    const preview = previewSide > 0 ? previewOf(bitmap, previewSide) : undefined;
    const size = preparedSize(bitmap.width, bitmap.height, maxSide, crop);
    if (!size.scaled && !size.cropped && turn === 0) return { width: bitmap.width, height: bitmap.height, scaled: false, ...(preview ? { preview } : {}) };
    const sideways = turn === 90 || turn === 270;
    const canvas = new OffscreenCanvas(sideways ? size.height : size.width, sideways ? size.width : size.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D context in the picture worker.');
    context.imageSmoothingQuality = 'high';
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.translate(canvas.width / 2, canvas.height / 2);
    context.rotate((turn * Math.PI) / 180);
    const { source } = size;
    context.drawImage(bitmap, source.x, source.y, source.width, source.height, -size.width / 2, -size.height / 2, size.width, size.height);
    // A photo stays a JPEG: as PNG a noisy 4,200-pixel photo is tens of megabytes, and tesseract.js copies
    // the file it is given into its own worker on the page's main thread.
    const type = picture.type === 'image/jpeg' ? 'image/jpeg' : 'image/png';
    const blob = await canvas.convertToBlob({ type, quality: 0.92 });
    return { width: canvas.width, height: canvas.height, scaled: size.scaled, picture: blob, ...(preview ? { preview } : {}) };
  } finally {
    bitmap.close();
  }
}

/** A copy no longer than `side` on its longest side, for the page to show without decoding the original itself. */
function previewOf(bitmap: ImageBitmap, side: number): ImageBitmap {
  const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(bitmap.width * scale)), Math.max(1, Math.round(bitmap.height * scale)));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D context in the picture worker.');
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return canvas.transferToImageBitmap();
}
