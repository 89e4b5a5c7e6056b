/**
 * Whether this is a development build: the TypeScript sources as the tests run them, and
 * dist/widget/record-access-guide.dev.js. The production bundle is minified with terser's `global_defs`
 * setting RECORD_ACCESS_GUIDE_DEV to false (rollup.config.mjs), so checks behind DEV_BUILD are removed
 * from it entirely.
 */
declare const RECORD_ACCESS_GUIDE_DEV: boolean | undefined;

export const DEV_BUILD: boolean = typeof RECORD_ACCESS_GUIDE_DEV === 'boolean' ? RECORD_ACCESS_GUIDE_DEV : true;
