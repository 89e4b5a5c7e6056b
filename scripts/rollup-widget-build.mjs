// Rollup plugins for the widget's build: how its on-demand chunks find the entry whatever the entry is
// called or wherever it is, and CSS minified at build time.
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { transform } from 'esbuild';
import MagicString from 'magic-string';

/** Stands in for the build's id until the whole output is known; replaced by an id of the same length (source maps stay exact). */
const BUILD_ID_PLACEHOLDER = '__RAG_BUILD_ID__';
/** Where the entry leaves what its chunks share with it: a registry on the page, one slot per build. */
const REGISTRY = "globalThis[Symbol.for('record-access-guide.builds')]";

/**
 * Chunks that find the entry by registry, not by file name, and an entry that runs as a classic script too.
 *
 * Rollup's chunks import what they share with the entry from the entry's file by name
 * (`import … from '../record-access-guide.js'`): renamed, that file is missing; moved, a second copy of the
 * whole guide is downloaded. Here the entry instead puts those exports in a registry slot named by a hash of
 * this build, and each chunk reads them from there: chunks work under any entry name and place, and two builds
 * on one page never mix. The entry is also wrapped in a function with no `import`/`export` left, so a page
 * that forgot `type="module"` still runs it (and is told, by widget/record-access-guide/page-checks.ts).
 * The build fails if the entry would import a chunk statically (the first step must need one file only).
 * @returns {import('rollup').Plugin}
 */
export function entryByRegistry() {
  return {
    name: 'entry-by-registry',
    renderChunk(code, chunk, _options, meta) {
      const out = new MagicString(code);
      if (chunk.isEntry) {
        if (code.includes('import.meta')) this.error('the widget entry uses import.meta, which a classic script cannot parse');
        if (chunk.imports.length > 0) this.error(`the widget entry imports ${chunk.imports.join(', ')} statically: the first step must need one file only`);
        const exported = /\nexport \{([^}]*)\};?\s*$/.exec(code);
        if (exported) {
          const pairs = (exported[1] ?? '')
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean)
            .map((item) => {
              const [local, name = local] = item.split(/\s+as\s+/);
              return `${JSON.stringify(name)}: ${local}`;
            });
          // Kept once per build: a second copy of the same build on the page leaves the first one's slot alone.
          out.overwrite(
            exported.index,
            code.length,
            `\ntry { const builds = (${REGISTRY} ??= {}); builds['${BUILD_ID_PLACEHOLDER}'] ??= { ${pairs.join(', ')} }; } catch {}\n`,
          );
        }
        out.prepend("(function () {\n'use strict';\n");
        out.append('\n})();\n');
      } else {
        const entryFiles = new Set(
          Object.values(meta.chunks)
            .filter((other) => other.isEntry)
            .map((other) => other.fileName),
        );
        const importsEntry = (/** @type {string} */ spec) => entryFiles.has(posix.normalize(posix.join(posix.dirname(chunk.fileName), spec)));
        const fromEntry = `${REGISTRY}?.['${BUILD_ID_PLACEHOLDER}'] ?? (() => { throw new Error('record-access-guide: a part of the guide was loaded without its main script'); })()`;
        let reexports = 0;
        // `import { a as b }` becomes `const { a: b } = <the entry's slot>`; `export { a as b } from` the entry, a const and an export.
        for (const match of code.matchAll(/^(import|export) \{([^}]*)\} from '(\.\.?\/[^']*)';$/gm)) {
          if (!importsEntry(match[3] ?? '')) continue;
          const items = (match[2] ?? '')
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean)
            .map((item) => {
              const [name, local = name] = item.split(/\s+as\s+/);
              return { name, local };
            });
          const replacement =
            match[1] === 'import'
              ? `const { ${items.map(({ name, local }) => `${name}: ${local}`).join(', ')} } = ${fromEntry};`
              : `const { ${items.map(({ name }, i) => `${name}: reexported${reexports}_${i}`).join(', ')} } = ${fromEntry};\nexport { ${items.map(({ local }, i) => `reexported${reexports}_${i} as ${local}`).join(', ')} };`;
          reexports += 1;
          out.overwrite(match.index, match.index + match[0].length, replacement);
        }
        // A bare `import` of the entry only orders evaluation: the entry has always run before any chunk loads.
        for (const match of code.matchAll(/^import '(\.\.?\/[^']*)';$/gm)) {
          if (importsEntry(match[1] ?? '')) out.remove(match.index, match.index + match[0].length);
        }
        for (const match of out.toString().matchAll(/\bfrom '([^']*)'|\bimport '([^']*)'/g)) {
          if (importsEntry(match[1] ?? match[2] ?? '')) this.error(`chunk ${chunk.fileName} still imports the entry by name (${match[0]})`);
        }
      }
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      if (!entry || entry.type !== 'chunk') return;
      // A letter first: terser may turn the registry key into a property name (`builds.r1a2b…`).
      const id = `r${createHash('sha256')
        .update(entry.code)
        .digest('hex')
        .slice(0, BUILD_ID_PLACEHOLDER.length - 1)}`;
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = file.code.replaceAll(BUILD_ID_PLACEHOLDER, id);
      }
    },
  };
}

/**
 * Minifies the CSS inside Lit's css`` templates of the widget's `*.styles.ts` files at build time (comments and
 * whitespace out, shorter colours), with esbuild's CSS minifier. Templates with `${…}` are left as written.
 * @returns {import('rollup').Plugin}
 */
export function minifyLitCss() {
  const stylesFile = /[\\/]widget[\\/].*\.styles\.ts$/;
  return {
    name: 'minify-lit-css',
    async transform(code, id) {
      if (!stylesFile.test(id)) return null;
      const out = new MagicString(code);
      for (const match of code.matchAll(/\bcss ?`([^`]*)`/g)) {
        const source = match[1] ?? '';
        if (source.trim() === '' || source.includes('${') || source.includes('\\')) continue;
        // charset utf8: esbuild would otherwise escape non-ASCII characters as \\2022, which is no valid escape in a template.
        const minified = (await transform(source, { loader: 'css', minify: true, charset: 'utf8' })).code.trim();
        if (minified.includes('\\') || minified.includes('`') || minified.includes('${'))
          this.error(`${id}: minified CSS would not survive as a template literal`);
        const start = match.index + match[0].indexOf('`') + 1;
        out.overwrite(start, start + source.length, minified);
      }
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

/**
 * Collapses the indentation in Lit's html`` templates of the widget: each run of white space that holds a line
 * break becomes one space, which HTML renders the same way (the widget's templates have no <pre> or <textarea>).
 * Only the template's own text is touched, found through the syntax tree, never the expressions inside it.
 * @returns {import('rollup').Plugin}
 */
export function collapseLitHtmlWhitespace() {
  const widgetFile = /[\\/](widget|shared)[\\/].*\.ts$/;
  return {
    name: 'collapse-lit-html-whitespace',
    transform(code, id) {
      if (!widgetFile.test(id) || (!code.includes('html`') && !code.includes('html `'))) return null;
      const out = new MagicString(code);
      /** @param {any} node */
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const collapsed = raw.replace(/\s*\n\s*/g, ' ');
            if (collapsed !== raw && collapsed.length > 0) out.overwrite(quasi.start, quasi.end, collapsed);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object' && typeof value.type === 'string') visit(value);
        }
      };
      visit(this.parse(code));
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
