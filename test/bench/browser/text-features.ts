/**
 * Runs in the benchmark page (bundled by esbuild): read-aloud preparation and glossary scanning on the
 * page's main content, with a synthesiser that only records when the first utterance is queued.
 */
import { GLOSSARY, compileGlossary } from '../../../shared/glossary/index.js';
import { ReadAloud } from '../../../shared/speech/read-aloud.js';
import type { Synthesizer } from '../../../shared/speech/synthesizer.js';

interface LongBlock {
  start: number;
  duration: number;
}

const blocks: LongBlock[] = [];
for (const type of ['longtask', 'long-animation-frame'] as const) {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const frame = e as PerformanceEntry & { renderStart?: number };
      const duration = type === 'longtask' ? e.duration : frame.renderStart ? e.startTime + e.duration - frame.renderStart : 0;
      blocks.push({ start: e.startTime, duration });
    }
  }).observe({ type, buffered: true });
}

const longestSince = (since: number): number => Math.max(0, ...blocks.filter((b) => b.start >= since).map((b) => b.duration));
const main = (): Element => document.querySelector('main') ?? document.body;

async function readAloudToFirstUtterance(): Promise<{ firstUtteranceMs: number; preparedMs: number; longestTaskMs: number; textLength: number }> {
  let queuedAt = 0;
  const synthesizer: Synthesizer = {
    voices: () => [{ name: 'Benchmark voice', lang: 'en-GB', localService: true, default: true }],
    onVoicesChanged: () => () => undefined,
    speak: () => {
      queuedAt ||= performance.now();
    },
    cancel: () => undefined,
  };
  const controller = new AbortController();
  const startedAt = performance.now();
  const reader = new ReadAloud({ root: main(), synthesizer, signal: controller.signal });
  await reader.start();
  const preparedMs = performance.now() - startedAt;
  // Let the last frame's long-animation-frame entry arrive before reading them.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  const result = { firstUtteranceMs: queuedAt - startedAt, preparedMs, longestTaskMs: longestSince(startedAt), textLength: reader.map?.text.length ?? 0 };
  controller.abort();
  return result;
}

async function glossaryScan(): Promise<{ compileMs: number; slicedMs: number; onePassMs: number; longestTaskMs: number; matches: number }> {
  const text = main().textContent ?? '';
  const compileStart = performance.now();
  const glossary = compileGlossary(GLOSSARY);
  const compileMs = performance.now() - compileStart;
  // Sliced, yielding between slices, as an aid on a live page would.
  const slicedStart = performance.now();
  let matches = 0;
  for (const slice of glossary.scanInSlices(text, 64 * 1024)) {
    matches += slice.matches.length;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const slicedMs = performance.now() - slicedStart;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  const longestTaskMs = longestSince(slicedStart);
  const onePassStart = performance.now();
  glossary.scan(text);
  const onePassMs = performance.now() - onePassStart;
  return { compileMs, slicedMs, onePassMs, longestTaskMs, matches };
}

Object.assign(window, { recordAccessBench: { readAloudToFirstUtterance, glossaryScan } });
