/** Read-aloud and glossary on a 1 MB consultation-notes page: first utterance, scan time, longest task. */
import { build } from 'esbuild';
import type { Browser } from 'playwright';
import { recordNotesPage } from './portal-page.js';
import type { BenchResult } from './result.js';
import { summarise } from './stats.js';

const ORIGIN = 'http://127.0.0.1:9';

async function browserCode(): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [new URL('./browser/text-features.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
  });
  return outputFiles[0]?.text ?? '';
}

interface Bench {
  readAloudToFirstUtterance(): Promise<{ firstUtteranceMs: number; preparedMs: number; longestTaskMs: number; textLength: number }>;
  glossaryScan(): Promise<{ compileMs: number; slicedMs: number; onePassMs: number; longestTaskMs: number; matches: number }>;
}

export async function benchTextFeatures(browser: Browser, runs: number): Promise<BenchResult[]> {
  const code = await browserCode();
  const html = recordNotesPage(1_000_000);
  const samples = {
    first: [] as number[],
    prepared: [] as number[],
    readLongest: [] as number[],
    compile: [] as number[],
    sliced: [] as number[],
    onePass: [] as number[],
    scanLongest: [] as number[],
  };
  let textLength = 0;
  let matches = 0;
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
    await page.goto(`${ORIGIN}/notes`);
    await page.addScriptTag({ content: code });
    await page.waitForTimeout(300);
    const read = await page.evaluate(() => (window as unknown as { recordAccessBench: Bench }).recordAccessBench.readAloudToFirstUtterance());
    const scan = await page.evaluate(() => (window as unknown as { recordAccessBench: Bench }).recordAccessBench.glossaryScan());
    await page.close();
    samples.first.push(read.firstUtteranceMs);
    samples.prepared.push(read.preparedMs);
    samples.readLongest.push(read.longestTaskMs);
    samples.compile.push(scan.compileMs);
    samples.sliced.push(scan.slicedMs);
    samples.onePass.push(scan.onePassMs);
    samples.scanLongest.push(scan.longestTaskMs);
    textLength = read.textLength;
    matches = scan.matches;
  }
  const size = `${(textLength / 1e6).toFixed(2)} MB of text`;
  return [
    {
      id: 'read-aloud.first-utterance',
      group: 'read-aloud',
      label: `start -> first utterance queued, ${size}`,
      unit: 'ms',
      summary: summarise(samples.first),
      budget: { max: 50 },
    },
    { id: 'read-aloud.prepared', group: 'read-aloud', label: `whole text prepared (in slices), ${size}`, unit: 'ms', summary: summarise(samples.prepared) },
    {
      id: 'read-aloud.longest-task',
      group: 'read-aloud',
      label: `longest task while preparing, ${size}`,
      unit: 'ms',
      summary: summarise(samples.readLongest),
      budget: { max: 50 },
    },
    { id: 'glossary.compile', group: 'glossary', label: 'compile the glossary', unit: 'ms', summary: summarise(samples.compile) },
    { id: 'glossary.scan-sliced', group: 'glossary', label: `scan in 64k slices, ${size}, ${matches} terms`, unit: 'ms', summary: summarise(samples.sliced) },
    {
      id: 'glossary.longest-task',
      group: 'glossary',
      label: `longest task while scanning in slices, ${size}`,
      unit: 'ms',
      summary: summarise(samples.scanLongest),
      budget: { max: 50 },
    },
    { id: 'glossary.scan-one-pass', group: 'glossary', label: `scan in one pass (one task), ${size}`, unit: 'ms', summary: summarise(samples.onePass) },
  ];
}
