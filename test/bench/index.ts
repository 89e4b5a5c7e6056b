/**
 * `npm run bench`: measures both products in headless Chromium, prints a table with a pass or fail
 * per budgeted line, and writes the same figures as JSON. Exits 1 when a budget fails.
 *
 * Options: --runs N (default 5), --quick (1 run, smallest page only, no warm-up load, the pixel check on one
 * fixture: a smoke check, not figures to report), --sizes 1000,10000 (page sizes in rows; default 1000,10000,50000), --json PATH (default
 * dist/bench/results.json), --only widget,text,extension,reader (some parts only; default all), --help.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
import { benchExtension } from './extension.js';
import { benchLayoutShift } from './layout-shift.js';
import { benchReader } from './reader.js';
import { benchTextFeatures } from './text-features.js';
import { verdict, type BenchResult } from './result.js';
import { formatValue } from './stats.js';
import { benchWidget } from './widget.js';

const USAGE = `Usage: npm run bench -- [options]   (or: node scripts/run-bench.mjs [options] after npm run build)
  --runs N        runs per measure (default 5)
  --quick         one run on the smallest page, no warm-up load, the pixel check on one fixture: a smoke check
  --sizes A,B     portal page sizes in table rows (default 1000,10000,50000)
  --only P,Q      some parts only: widget, text, extension, reader (default all)
  --json PATH     where the figures go as JSON (default dist/bench/results.json)
  --help          this text`;

/** Bad options get one clear line and the usage, not a stack trace. */
function refuse(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function readOptions() {
  try {
    return parseArgs({
      options: {
        runs: { type: 'string' },
        quick: { type: 'boolean' },
        sizes: { type: 'string' },
        json: { type: 'string' },
        only: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    }).values;
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error));
  }
}

const values = readOptions();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const quick = values.quick ?? false;
const runs = quick ? 1 : Number(values.runs ?? 5);
if (!Number.isInteger(runs) || runs < 1) refuse(`--runs must be a whole number of at least 1; got "${values.runs}"`);
const sizes = quick ? [1000] : (values.sizes ?? '1000,10000,50000').split(',').map(Number);
if (!sizes.every((n) => Number.isInteger(n) && n > 0)) refuse(`--sizes must be whole numbers of rows, comma-separated; got "${values.sizes}"`);
const PARTS = ['widget', 'text', 'extension', 'reader'];
const only = values.only?.split(',');
const unknownParts = only?.filter((part) => !PARTS.includes(part)) ?? [];
if (unknownParts.length > 0) refuse(`--only takes ${PARTS.join(', ')}; got "${unknownParts.join(', ')}"`);
const jsonPath = resolve(values.json ?? 'dist/bench/results.json');

function table(results: BenchResult[]): string {
  const rows = results.map((r) => {
    const budget = r.budget
      ? [
          r.budget.max !== undefined ? `<= ${formatValue(r.budget.max, r.unit)}` : '',
          r.budget.min !== undefined ? `>= ${formatValue(r.budget.min, r.unit)}` : '',
        ].join('')
      : '';
    const s = r.summary;
    return [
      r.label,
      s ? formatValue(s.median, r.unit) : '-',
      s && s.samples.length > 1 ? `${formatValue(s.min, r.unit)} .. ${formatValue(s.max, r.unit)}` : '',
      s ? String(s.samples.length) : '0',
      budget,
      verdict(r) + (r.note && !s ? ` (${r.note})` : ''),
    ];
  });
  const header = ['measure', 'median', 'spread (min .. max)', 'runs', 'budget', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const chromiumVersion = browser.version();
const started = Date.now();
let results: BenchResult[];
try {
  const wanted = (part: string): boolean => !only || only.includes(part);
  results = [
    ...(wanted('widget') ? await benchWidget(browser, runs) : []),
    // Each load waits for the guide's files (1 s) and a quiet second: three runs are enough for a score that barely varies.
    ...(wanted('widget') ? await benchLayoutShift(browser, Math.min(runs, 3)) : []),
    ...(wanted('text') ? await benchTextFeatures(browser, runs) : []),
    ...(!wanted('extension')
      ? []
      : await benchExtension({
          runs,
          sizes,
          darkReaderRuns: quick ? 1 : Math.min(runs, 3),
          // The e2e tier runs the pixel check on every fixture and aid; the smoke check needs one page to prove the line is measured.
          ...(quick ? { pixelCheckPages: ['/nhs-app/home'], noWarmUp: true } : {}),
        })),
    // OCR of a 300-dpi page takes seconds: fewer runs keep the benchmark short.
    ...(wanted('reader') ? await benchReader(runs, quick ? 1 : Math.min(runs, 2), quick) : []),
  ];
} finally {
  await browser.close();
}

console.log(table(results));
const failures = results.filter((r) => verdict(r) === 'FAIL');
const report = {
  date: new Date().toISOString(),
  quick,
  runs,
  seconds: Math.round((Date.now() - started) / 1000),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, chromium: chromiumVersion },
  results: results.map((r) => ({ ...r, verdict: verdict(r) })),
};
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\n${results.length} measures, ${failures.length} over budget, in ${report.seconds} s. JSON: ${jsonPath}`);
if (quick) console.log('Quick mode: one run on the smallest page only. Report figures from a full run.');
process.exitCode = failures.length > 0 ? 1 : 0;
