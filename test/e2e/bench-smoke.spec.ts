import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

interface ReportedResult {
  id: string;
  verdict: string;
  summary?: { median: number; samples: number[] };
}

// The benchmark is not a timed test: this only proves its harness still measures everything it reports.
test('the benchmark harness measures every line and writes them as JSON', async () => {
  // The page-load lines and the pixel check over the fixtures add about a minute to the quick run.
  test.setTimeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'rak-bench-'));
  try {
    const json = join(dir, 'results.json');
    const run = spawnSync(process.execPath, ['scripts/run-bench.mjs', '--quick', '--json', json], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.stdout).toContain('measures,');
    const report = JSON.parse(readFileSync(json, 'utf8')) as { results: ReportedResult[]; machine: { chromium: string } };
    expect(report.machine.chromium).toMatch(/^\d+\./);
    const byId = new Map(report.results.map((r) => [r.id, r]));
    for (const id of [
      'widget.size.gzip',
      'widget.size.on-demand.cy',
      'widget.size.on-demand.listen-reader',
      'widget.first-render',
      'widget.load.long-tasks',
      'widget.step-change',
      'widget.layout-shift.375',
      'widget.layout-shift.unreserved.1280',
      'extension.high-contrast.1000',
      'extension.high-contrast.1000.longest-task',
      'extension.text-size-200.1000',
      'extension.text-spacing.1000',
      'darkreader.dynamic.nhsuk.1000',
      'extension.vs-darkreader.nhsuk.1000',
      'extension.high-contrast.plain.1000',
      'darkreader.dynamic.plain.1000',
      'extension.idle-heap',
      'read-aloud.first-utterance',
      'read-aloud.longest-task',
      'glossary.scan-sliced',
      'glossary.longest-task',
      'extension.explain-terms.ready',
      'extension.explain-terms.longest-task',
      'load.explain-terms.style',
      'load.explain-terms.main-thread',
      'reader.package.with',
      'reader.pdf10.first-text',
      'reader.pdf10.first-sentence',
      'reader.pdf10.longest-task',
      'reader.ocr.results-letter-scan-150dpi.jpg.accuracy',
      'load.plain.1000',
      'load.extension-nothing-on.1000',
      'load.extension-nothing-on-same-browser.1000',
      'load.high-contrast.1000',
      'load.high-contrast.1000.style',
      'load.darkreader.1000',
      'extension.high-contrast.toggle-over-restyle.1000',
      'extension.high-contrast.restyle-with-theme-over-floor.1000',
      'extension.pixel-check.dark.text-vanished',
    ]) {
      const result = byId.get(id);
      expect(result, id).toBeDefined();
      expect(Number.isFinite(result?.summary?.median), `${id} has a measured median`).toBe(true);
    }
    // Applying a theme to a 1,000-row page is real work for both contenders: zero would mean nothing was measured.
    expect(byId.get('extension.high-contrast.1000')?.summary?.median).toBeGreaterThan(0);
    expect(byId.get('darkreader.dynamic.nhsuk.1000')?.summary?.median).toBeGreaterThan(0);
    expect(byId.get('widget.size.gzip')?.verdict).toMatch(/^(pass|FAIL)$/);
    // Without the reserved size the page visibly jumps: zero would mean no shift was observed at all.
    expect(byId.get('widget.layout-shift.unreserved.1280')?.summary?.median).toBeGreaterThan(0);
    // Reading starts from the first slice of a 1 MB page, and scanning finds the notes' many abbreviations.
    expect(byId.get('read-aloud.first-utterance')?.summary?.median).toBeGreaterThan(0);
    expect(byId.get('glossary.scan-sliced')?.summary?.median).toBeGreaterThan(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
