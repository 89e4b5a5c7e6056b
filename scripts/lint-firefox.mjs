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
console.log(`web-ext lint: ${errors.length} errors, ${unexpected.length} unexpected warnings, ${allowedCount} reviewed third-party warnings, ${result.notices.length} notices.`);
process.exit(errors.length + unexpected.length > 0 ? 1 : 0);
