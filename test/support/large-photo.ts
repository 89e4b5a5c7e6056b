/**
 * ImageMagick arguments that make a phone-sized photo of a letter (about 32 MB, 4000 × 5660 px, colour,
 * noisy) from a scan, at test time: for the reader's large-photo test and benchmark (too big to commit).
 * One thread: the machine running the tests is shared.
 */
export const LARGE_PHOTO_ARGS = (scan: string): string[] => [
  '-limit',
  'thread',
  '1',
  scan,
  '-resize',
  '4000x5660!',
  '-colorspace',
  'sRGB',
  '-type',
  'TrueColor',
  '-fill',
  '#f3ead8',
  '-tint',
  '30',
  '-attenuate',
  '1.5',
  '+noise',
  'Gaussian',
  '-sampling-factor',
  '1x1',
  '-quality',
  '96',
];
