/**
 * The document reader (extension/reader): a 10-page text PDF from the file being chosen to its first
 * page's text, to all its text, and from pressing Read aloud to the first sentence spoken (real
 * espeak-ng voices), with the longest main-thread task on the reader page while it opens; OCR of the
 * results letter scanned at 300 dpi, 150 dpi and 300 dpi turned 3 degrees: time per page and word
 * accuracy against the letter's known text (and the 150-dpi scan lying on its side); a 30 MB phone photo
 * made at run time: the longest task on the page while it is scaled and read; and the extension package's
 * size with and without the reader.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright';
import { launchWithExtension, prepareBuildWithDemoAccess, type LoadedExtension } from '../support/extension-launch.js';
import type { BenchResult } from './result.js';
import { summarise } from './stats.js';
import { LARGE_PHOTO_ARGS } from '../support/large-photo.js';
import { wordAccuracy, words, wordsRecognised } from '../support/word-accuracy.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/reader/', import.meta.url));
const BUILD = fileURLToPath(new URL('../../dist/extension/chrome', import.meta.url));

async function openReader(extension: LoadedExtension): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(extension.url('reader/reader.html'));
  await page.waitForFunction(() => document.body.dataset.readerState === 'empty');
  // Playwright's own script is put into the page the first time a locator is used: done now, so that
  // compiling it is not counted as one of the reader's tasks.
  await page.locator('#file').isEnabled();
  await page.evaluate(() => {
    const w = window as unknown as { longest: number; chosenAt: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: 'longtask' });
    document.getElementById('file')?.addEventListener('change', () => (w.chosenAt = performance.now()), { capture: true });
  });
  return page;
}

// Polled on a timer, not in animation frames, so the check does not add to the frames being measured.
const settle = (page: Page, timeout: number): Promise<unknown> =>
  page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.readerState ?? ''), undefined, { timeout, polling: 100 });

interface PdfSample {
  firstText: number;
  allText: number;
  firstSentence: number;
  longest: number;
}

async function measurePdf(extension: LoadedExtension): Promise<PdfSample> {
  const page = await openReader(extension);
  await page.waitForFunction(() => speechSynthesis.getVoices().length > 0, undefined, { timeout: 60_000 });
  await page.locator('#file').setInputFiles(join(FIXTURES, 'ten-pages.pdf'));
  await settle(page, 60_000);
  const opened = await page.evaluate(() => {
    const w = window as unknown as { chosenAt: number; longest: number };
    const mark = (name: string): number => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN;
    return { firstText: mark('reader-first-text') - w.chosenAt, allText: mark('reader-all-text') - w.chosenAt, longest: w.longest };
  });
  // The first utterance's start event, timed from the press of Read aloud (a real click).
  await page.evaluate(() => {
    const w = window as unknown as { spokenAt?: number; pressedAt?: number };
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (utterance) => {
      utterance.addEventListener('start', () => (w.spokenAt ??= performance.now()));
      speak(utterance);
    };
    document.getElementById('read-document')?.addEventListener('click', () => (w.pressedAt = performance.now()), { capture: true });
  });
  await page.getByRole('button', { name: 'Read aloud' }).click();
  await page.waitForFunction(() => (window as unknown as { spokenAt?: number }).spokenAt !== undefined, undefined, { timeout: 60_000 });
  const firstSentence = await page.evaluate(() => {
    const w = window as unknown as { spokenAt: number; pressedAt: number };
    return w.spokenAt - w.pressedAt;
  });
  await page.close();
  return { ...opened, firstSentence };
}

async function measureOcr(extension: LoadedExtension, file: string): Promise<{ ms: number; accuracy: number; recognised: number }> {
  const page = await openReader(extension);
  await page.locator('#file').setInputFiles(join(FIXTURES, file));
  await settle(page, 300_000);
  const ms = await page.evaluate(() => performance.now() - (window as unknown as { chosenAt: number }).chosenAt);
  const state = await page.evaluate(() => `${document.body.dataset.readerState}: ${document.getElementById('problem')?.textContent ?? ''}`);
  if (!state.startsWith('ready')) throw new Error(`The reader did not read ${file}: ${state}`);
  // The text read, without the page heading and the reader's own notices.
  const read = await page.evaluate(() =>
    [...document.querySelectorAll('#document-text .doc-page > p')].map((p) => p.textContent?.replace(/\(unclear word\)/g, '') ?? '').join('\n'),
  );
  await page.close();
  const reference = readFileSync(join(FIXTURES, 'results-letter.txt'), 'utf8');
  return { ms, accuracy: wordAccuracy(words(reference), words(read)), recognised: wordsRecognised(words(reference), words(read)) };
}

/** A 30 MB phone photo of the letter: the longest task on the reader page from choosing it to its text read. */
async function measureLargePhoto(extension: LoadedExtension, photo: string): Promise<number> {
  const page = await openReader(extension);
  await page.locator('#file').setInputFiles(photo);
  await settle(page, 300_000);
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  await page.close();
  return longest;
}

/** Bytes of the files a browser would install (source maps are left out of a store package). */
function packageBytes(dir: string, include: (path: string) => boolean): number {
  let total = 0;
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.endsWith('.map') && include(relative(dir, path))) total += statSync(path).size;
    }
  };
  walk(dir);
  return total;
}

/** `quick` (the harness smoke check) reads only the small 150-dpi scan. */
export async function benchReader(runs: number, ocrRuns: number, quick = false): Promise<BenchResult[]> {
  const group = 'reader';
  const results: BenchResult[] = [
    {
      id: 'reader.package.without',
      group,
      label: 'extension package (Chrome, no source maps) without the reader',
      unit: 'bytes',
      summary: summarise([packageBytes(BUILD, (path) => !path.startsWith('reader/'))]),
    },
    {
      id: 'reader.package.with',
      group,
      label: 'extension package (Chrome, no source maps) with the reader',
      unit: 'bytes',
      summary: summarise([packageBytes(BUILD, () => true)]),
    },
    {
      id: 'reader.package.content-script',
      group,
      label: 'content script (no PDF.js, OCR core or language data in it)',
      unit: 'bytes',
      summary: summarise([packageBytes(BUILD, (path) => path === 'content.js')]),
    },
  ];
  const dir = prepareBuildWithDemoAccess();
  const profile = mkdtempSync(join(tmpdir(), 'rak-bench-reader-'));
  const extension = await launchWithExtension(profile, dir, { realVoices: true });
  try {
    const pdf: PdfSample[] = [];
    for (let run = 0; run < runs; run++) pdf.push(await measurePdf(extension));
    results.push(
      {
        id: 'reader.pdf10.first-text',
        group,
        label: '10-page PDF: file chosen to first page’s text shown',
        unit: 'ms',
        summary: summarise(pdf.map((s) => s.firstText)),
      },
      { id: 'reader.pdf10.all-text', group, label: '10-page PDF: file chosen to all text ready', unit: 'ms', summary: summarise(pdf.map((s) => s.allText)) },
      {
        id: 'reader.pdf10.first-sentence',
        group,
        label: '10-page PDF: Read aloud pressed to first sentence spoken',
        unit: 'ms',
        summary: summarise(pdf.map((s) => s.firstSentence)),
      },
      {
        id: 'reader.pdf10.open-to-speech',
        group,
        label: '10-page PDF: opening to first sentence (text shown + speech started)',
        unit: 'ms',
        summary: summarise(pdf.map((s) => s.firstText + s.firstSentence)),
        budget: { max: 1000 },
      },
      {
        id: 'reader.pdf10.longest-task',
        group,
        label: '10-page PDF: longest task on the reader page while opening',
        unit: 'ms',
        summary: summarise(pdf.map((s) => s.longest)),
        budget: { max: 50 },
      },
    );
    if (!quick) {
      const photo = join(profile, 'phone-photo.jpg');
      execFileSync('convert', [...LARGE_PHOTO_ARGS(join(FIXTURES, 'results-letter-scan-300dpi.jpg')), photo]);
      const samples: number[] = [];
      for (let run = 0; run < ocrRuns; run++) samples.push(await measureLargePhoto(extension, photo));
      results.push({
        id: 'reader.photo30mb.longest-task',
        group,
        label: `${Math.round(statSync(photo).size / 1048576)} MB phone photo: longest task on the reader page, chosen to read`,
        unit: 'ms',
        summary: summarise(samples),
        budget: { max: 50 },
      });
    }
    for (const [file, what] of [
      ['results-letter-scan-300dpi.jpg', '300 dpi'],
      ['results-letter-scan-150dpi.jpg', '150 dpi'],
      ['results-letter-scan-300dpi-rotated.jpg', '300 dpi turned 3°'],
      ['results-letter-scan-150dpi-sideways.jpg', '150 dpi on its side (turned 90°)'],
    ] as const) {
      if (quick && what !== '150 dpi') continue;
      const samples: { ms: number; accuracy: number; recognised: number }[] = [];
      for (let run = 0; run < ocrRuns; run++) samples.push(await measureOcr(extension, file));
      const clean = file === 'results-letter-scan-300dpi.jpg';
      results.push(
        {
          id: `reader.ocr.${file}.time`,
          group,
          label: `OCR, A4 letter scanned at ${what}: time for the page`,
          unit: 'ms',
          summary: summarise(samples.map((s) => s.ms)),
        },
        {
          id: `reader.ocr.${file}.accuracy`,
          group,
          label: `OCR, A4 letter scanned at ${what}: word accuracy in reading order (%)`,
          unit: 'count',
          summary: summarise(samples.map((s) => s.accuracy)),
        },
        {
          id: `reader.ocr.${file}.recognised`,
          group,
          label: `OCR, A4 letter scanned at ${what}: words recognised, any order (%)`,
          unit: 'count',
          summary: summarise(samples.map((s) => s.recognised)),
          ...(clean ? { budget: { min: 95 } } : {}),
        },
      );
    }
  } finally {
    await extension.context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
