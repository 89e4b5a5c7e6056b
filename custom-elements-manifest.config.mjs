// The custom elements manifest (dist/widget/custom-elements.json) documents the guide's public API for
// editors and webmasters: attributes, properties, events, parts and CSS custom properties, read from JSDoc.
export default {
  globs: ['widget/record-access-guide/*.ts'],
  outdir: 'dist/widget',
  litelement: true,
};
