/**
 * The built manifests' keyboard shortcuts: each browser's defaults must not clash with the browser's own
 * shortcuts. Firefox's are also checked live against its window's key bindings and menu access keys
 * (test/firefox/extension.spec.ts); this test holds the lists for both and runs without a browser.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

interface Manifest {
  commands: Record<string, { suggested_key?: { default?: string } }>;
}
const manifest = (browser: 'chrome' | 'firefox'): Manifest =>
  JSON.parse(readFileSync(new URL(`../../dist/extension/${browser}/manifest.json`, import.meta.url), 'utf8')) as Manifest;

/**
 * Alt+Shift+letter shortcuts the browsers keep for themselves. Firefox on Linux and Windows opens a menu
 * for Alt (with or without Shift) and the menu's access key: File, Edit, View, hiStory, Bookmarks, Tools,
 * Help. Chrome: Alt+Shift+A (focus an inactive dialog), Alt+Shift+I (feedback), Alt+Shift+T (toolbar).
 * Sources: Firefox's menubar (checked live in the Firefox tier); support.google.com/chrome/answer/157179.
 */
const RESERVED: Record<'chrome' | 'firefox', string[]> = {
  firefox: ['F', 'E', 'V', 'S', 'B', 'T', 'H'].map((letter) => `Alt+Shift+${letter}`),
  chrome: ['Alt+Shift+A', 'Alt+Shift+I', 'Alt+Shift+T'],
};

const suggested = (m: Manifest): string[] =>
  Object.values(m.commands).flatMap((command) => (command.suggested_key?.default ? [command.suggested_key.default] : []));

for (const browser of ['chrome', 'firefox'] as const) {
  test(`${browser}: the default shortcuts are distinct and none is one the browser keeps for itself`, () => {
    const keys = suggested(manifest(browser));
    expect(keys.length).toBeGreaterThan(0);
    // Chrome accepts at most four suggested keys; the rest can be set by the person.
    expect(keys.length).toBeLessThanOrEqual(4);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((key) => RESERVED[browser].includes(key))).toEqual([]);
  });
}

test('the reserved lists catch a clash (control: the old Alt+Shift+H in Firefox)', () => {
  expect(RESERVED.firefox).toContain('Alt+Shift+H');
  expect(suggested(manifest('chrome'))).toContain('Alt+Shift+H');
  expect(suggested(manifest('firefox'))).not.toContain('Alt+Shift+H');
});
