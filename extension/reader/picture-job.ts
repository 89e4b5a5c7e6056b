/**
 * The messages between the reader page and its picture worker, checked on arrival (they cross a thread),
 * and the size arithmetic both sides share. Pure: no DOM.
 */

export type Turn = 0 | 90 | 180 | 270;

export interface PictureJob {
  id: number;
  picture: Blob;
  /** The longest side wanted, in pixels: a larger picture is made smaller. */
  maxSide: number;
  /** Clockwise, in degrees. */
  turn: Turn;
  /** 0 for the whole picture; else the side of a square taken from its middle (for a quick orientation check). */
  crop: number;
  /** 0 for none; else also a copy for showing on the page, this long on its longest side, as an ImageBitmap. */
  preview: number;
}

export interface PictureDone {
  id: number;
  width: number;
  height: number;
  /** True when the picture was made smaller. */
  scaled: boolean;
  /** The prepared picture (a JPEG stays a JPEG, else PNG); absent when the original can be used as it is. */
  picture?: Blob;
  preview?: ImageBitmap;
  failed?: boolean;
}

const TURNS: readonly number[] = [0, 90, 180, 270];

export function isPictureJob(value: unknown): value is PictureJob {
  if (typeof value !== 'object' || value === null) return false;
  const job = value as Record<string, unknown>;
  return (
    typeof job.id === 'number' &&
    job.picture instanceof Blob &&
    typeof job.maxSide === 'number' &&
    job.maxSide > 0 &&
    typeof job.turn === 'number' &&
    TURNS.includes(job.turn) &&
    typeof job.crop === 'number' &&
    job.crop >= 0 &&
    typeof job.preview === 'number' &&
    job.preview >= 0
  );
}

export function isPictureDone(value: unknown): value is PictureDone {
  if (typeof value !== 'object' || value === null) return false;
  const done = value as Record<string, unknown>;
  if (typeof done.id !== 'number') return false;
  if (done.failed === true) return true;
  return (
    typeof done.width === 'number' &&
    typeof done.height === 'number' &&
    typeof done.scaled === 'boolean' &&
    (done.picture === undefined || done.picture instanceof Blob) &&
    (done.preview === undefined || done.preview instanceof ImageBitmap)
  );
}

/** What to draw: the source rectangle (all of it, or a middle square) and the size to draw it at. */
export function preparedSize(
  width: number,
  height: number,
  maxSide: number,
  crop: number,
): { source: { x: number; y: number; width: number; height: number }; width: number; height: number; scaled: boolean; cropped: boolean } {
  const side = crop > 0 ? Math.min(crop, width, height) : 0;
  const source =
    side > 0 ? { x: Math.round((width - side) / 2), y: Math.round((height - side) / 2), width: side, height: side } : { x: 0, y: 0, width, height };
  const scale = Math.min(1, maxSide / Math.max(source.width, source.height));
  return {
    source,
    width: Math.max(1, Math.round(source.width * scale)),
    height: Math.max(1, Math.round(source.height * scale)),
    scaled: scale < 1,
    cropped: side > 0,
  };
}
