/**
 * Build-time entry: the static first-paint stylesheets (high contrast, explain terms' highlights), by file name. rollup.config.mjs compiles this
 * and writes each into both extension builds, so the files always match the live theme's rules.
 */
import { FIRST_PAINT_TERMS_FILE, FIRST_PAINT_THEMES, firstPaintCss, firstPaintFile, firstPaintTermsCss } from './first-paint.js';

export const FIRST_PAINT_FILES: Record<string, string> = {
  ...Object.fromEntries(FIRST_PAINT_THEMES.map((theme) => [firstPaintFile(theme), firstPaintCss(theme)])),
  [FIRST_PAINT_TERMS_FILE]: firstPaintTermsCss(),
};
