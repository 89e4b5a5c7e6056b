/**
 * Every component test file opens with an accessibility check: a file that mounts the guide must have, as
 * its first test, one named for axe that runs it (expectNoAxeViolations). A new component test file without
 * one fails here, by name. Runs in Node; it reads the test files as text.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const MOUNTS_THE_GUIDE = /<record-access-guide[\s>]|createElement\('record-access-guide'\)/;

/** What is wrong with a test file's opening, or null: only files that mount the guide are held to it. */
function axeFirstProblem(source: string): string | null {
  if (!MOUNTS_THE_GUIDE.test(source)) return null;
  const first = /\bit\(\s*(['`"])(.*?)\1/s.exec(source);
  if (!first) return 'mounts the guide but has no test';
  if (!/axe/i.test(first[2] ?? '')) return `its first test is "${first[2]}", not an axe check`;
  const body = source.slice(first.index, source.indexOf('\n  });', first.index));
  if (!body.includes('expectNoAxeViolations(')) return 'its first test is named for axe but does not run it';
  return null;
}

test('every test file that mounts the guide opens with a test that runs axe on it', () => {
  const files = testFiles(join(repoRoot, 'test')).filter((file) => !file.includes(join('test', 'e2e')));
  const held = files.filter((file) => MOUNTS_THE_GUIDE.test(readFileSync(file, 'utf8')));
  expect(held.length, 'component test files found').toBeGreaterThanOrEqual(9);
  const problems = files.flatMap((file) => {
    const problem = axeFirstProblem(readFileSync(file, 'utf8'));
    return problem ? [`${relative(repoRoot, file)}: ${problem}`] : [];
  });
  expect(problems).toEqual([]);
});

test('control: a component test file without the opening axe test, or with one that does not run axe, is caught', () => {
  const mount = 'const el = await fixture(html`<record-access-guide practice-name="A"></record-access-guide>`);';
  expect(axeFirstProblem(`describe('x', () => {\n  it('shows the start', async () => {\n    ${mount}\n  });\n});`)).toBe(
    'its first test is "shows the start", not an axe check',
  );
  expect(axeFirstProblem(`describe('x', () => {\n  it('has no axe violations', async () => {\n    ${mount}\n  });\n});`)).toBe(
    'its first test is named for axe but does not run it',
  );
  expect(
    axeFirstProblem(`describe('x', () => {\n  it('has no axe violations', async () => {\n    ${mount}\n    await expectNoAxeViolations(el);\n  });\n});`),
  ).toBe(null);
  expect(axeFirstProblem(`it('adds numbers', () => {});`)).toBe(null);
});
