// `npm run lint:firefox`: Mozilla's add-on linter on the Firefox build. Fails on any error, and on any
// warning except one known, reviewed pattern in third-party code (listed below with the reason).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import webExt from 'web-ext';

const sourceDir = resolve(import.meta.dirname, '../dist/extension/firefox');

/**
 * Reviewed third-party warnings. Lit creates each template once by assigning its own static template
 * strings to a fresh <template> element's innerHTML; values are bound later as text or properties.
 * @type {{ code: string, reason: string, matches: (source: string) => boolean }[]}
 */
const ALLOWED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    reason: "Lit's template creation (static template strings, not page or user data)",
    matches: (source) => source.includes('createElement("template");return s.innerHTML=t'),
  },
  // The document reader's libraries (reader/). The extension pages' CSP has no 'unsafe-eval', so none of
  // these can run generated code: each is a feature test or a fallback that the CSP refuses.
  {
    code: 'DANGEROUS_EVAL',
    reason: "PDF.js's isEvalSupported feature test (the reader also passes isEvalSupported: false)",
    matches: (source) => /new Function\(""\)/.test(source),
  },
  {
    code: 'DANGEROUS_EVAL',
    reason: "PDF.js's PostScript function compiler, used only when isEvalSupported (false in the reader)",
    matches: (source) => source.includes('new Function("src","srcOffset","dest","destOffset"') || source.includes('PostScriptCompiler'),
  },
  {
    code: 'DANGEROUS_EVAL',
    reason: 'regenerator-runtime (inside tesseract.js) setting a global where globalThis is missing; never in these browsers',
    matches: (source) => source.includes('Function("r","regeneratorRuntime = r")') || source.includes('regeneratorRuntime'),
  },
  {
    code: 'DANGEROUS_EVAL',
    reason: "webpack's global-object lookup inside tesseract.js's worker, reached only where globalThis is missing",
    matches: (source) => source.includes('new Function("return this")()'),
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    reason: "PDF.js importing its own worker file (workerSrc, set to the extension's reader/pdf.worker.min.mjs) when a Worker cannot start",
    matches: (source) => /import\(\s*(\/\*webpackIgnore: true\*\/\s*)?(this\.workerSrc|[a-zA-Z_$]+\.workerSrc)?/.test(source) && source.includes('import('),
  },
];

/** @param {{ file?: string, line?: number, column?: number }} message */
function sourceNear({ file, line, column }) {
  if (!file || !line) return '';
  const text = readFileSync(resolve(sourceDir, file), 'utf8').split('\n')[line - 1] ?? '';
  const at = column ?? 0;
  return text.slice(Math.max(0, at - 80), at + 40);
}

const result = await webExt.cmd.lint(
  { sourceDir, selfHosted: false, output: 'none', boring: true, warningsAsErrors: false, pretty: false, metadata: false },
  { shouldExitProgram: false },
);
/** @type {{ code: string, message: string, file?: string, line?: number, column?: number }[]} */
const errors = result.errors;
/** @type {typeof errors} */
const warnings = result.warnings;
const unexpected = warnings.filter((w) => !ALLOWED.some((a) => a.code === w.code && a.matches(sourceNear(w))));
const allowedCount = warnings.length - unexpected.length;

for (const m of [...errors, ...unexpected]) {
  console.error(`${errors.includes(m) ? 'ERROR' : 'WARNING'} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`);
}
console.log(
  `web-ext lint: ${errors.length} errors, ${unexpected.length} unexpected warnings, ${allowedCount} reviewed third-party warnings, ${result.notices.length} notices.`,
);
process.exit(errors.length + unexpected.length > 0 ? 1 : 0);
