/**
 * The reader's picture worker: decodes a picture, makes it smaller and turns it, off the page's main
 * thread (a 30 MB phone photo takes seconds to decode and scale). Receives a PictureJob, answers with a
 * PictureDone. Nothing here leaves the device: the worker only ever talks to the reader page.
 */
import { isPictureJob, preparedSize, type PictureDone } from './picture-job.js';

/** The worker's global scope (the DOM typings describe a window's). */
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: unknown): void;
};

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  const job = event.data;
  if (!isPictureJob(job)) return;
  void prepare(job.picture, job.maxSide, job.turn, job.crop)
    .then((done) => scope.postMessage({ id: job.id, ...done }))
    .catch(() => scope.postMessage({ id: job.id, failed: true }));
});

async function prepare(picture: Blob, maxSide: number, turn: 0 | 90 | 180 | 270, crop: number): Promise<Omit<PictureDone, 'id'>> {
  // Phone photos' EXIF orientation is applied here ('from-image'), so the words come out as a person sees them.
  const bitmap = await createImageBitmap(picture, { imageOrientation: 'from-image' });
  try {
    const size = preparedSize(bitmap.width, bitmap.height, maxSide, crop);
    if (!size.scaled && !size.cropped && turn === 0) return { width: bitmap.width, height: bitmap.height, scaled: false };
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
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return { width: canvas.width, height: canvas.height, scaled: size.scaled, picture: blob };
  } finally {
    bitmap.close();
  }
}
