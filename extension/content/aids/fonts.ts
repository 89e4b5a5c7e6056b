import type { ReadableFont } from '../../settings/schema.js';

/** Font files bundled in the extension (from @fontsource, SIL OFL 1.1): nothing is fetched from the web. */
export const FONTS: Record<Exclude<ReadableFont, 'none'>, { family: string; files: { weight: number; file: string }[] }> = {
  atkinson: {
    family: 'Record Access Aids Atkinson Hyperlegible',
    files: [
      { weight: 400, file: 'fonts/atkinson-hyperlegible-latin-400-normal.woff2' },
      { weight: 700, file: 'fonts/atkinson-hyperlegible-latin-700-normal.woff2' },
    ],
  },
  opendyslexic: {
    family: 'Record Access Aids OpenDyslexic',
    files: [
      { weight: 400, file: 'fonts/opendyslexic-latin-400-normal.woff2' },
      { weight: 700, file: 'fonts/opendyslexic-latin-700-normal.woff2' },
    ],
  },
};
