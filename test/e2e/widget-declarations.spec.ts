/**
 * Drift between the declared settings (widget/config/settings.ts) and the docs made or written from them:
 * the custom elements manifest the build writes, the names the element's JSDoc gives lit-analyzer, the
 * README's settings table, and the bundle (which must not carry the docs). Needs `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { settingEntries } from '../../widget/config/settings.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const withAttributes = settingEntries().flatMap(([name, s]) => ('attribute' in s && s.attribute ? [{ name, attribute: s.attribute, docs: s.docs }] : []));

test('the manifest lists every declared attribute and property, in order, with its declared docs', () => {
  type Item = { name: string; description?: string; fieldName?: string; kind?: string; attribute?: string };
  const manifest = JSON.parse(read('dist/widget/custom-elements.json')) as {
    modules: { declarations?: { tagName?: string; attributes?: Item[]; members?: Item[] }[] }[];
  };
  const guide = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'record-access-guide');
  expect(guide?.attributes?.map((a) => [a.name, a.fieldName, a.description])).toEqual(withAttributes.map((s) => [s.attribute, s.name, s.docs]));
  const fields = (guide?.members ?? []).filter((m) => m.kind === 'field' && m.attribute !== undefined);
  expect(fields.map((f) => [f.name, f.attribute])).toEqual(withAttributes.map((s) => [s.name, s.attribute]));
});

test("the element's JSDoc names for lit-analyzer are the declared attributes and properties", () => {
  const source = read('widget/record-access-guide/record-access-guide.ts');
  const attrs = [...source.matchAll(/^ \* @attr (\S+)/gm)].map((m) => m[1]);
  const props = [...source.matchAll(/^ \* @prop \{[^}]+\} (\S+)/gm)].map((m) => m[1]);
  expect(attrs).toEqual(withAttributes.map((s) => s.attribute));
  expect(props).toEqual(withAttributes.map((s) => s.name));
});

test("the README's settings table has a row for every declared attribute, and no other", () => {
  const lines = read('README.md').split('\n');
  const header = lines.findIndex((line) => line.startsWith('| attribute | what it is |'));
  expect(header, 'the settings table').toBeGreaterThan(-1);
  const end = lines.findIndex((line, i) => i > header && !line.startsWith('|'));
  const rows = lines.slice(header + 2, end);
  const named = rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]));
  expect([...named].sort()).toEqual(withAttributes.map((s) => s.attribute).sort());
});

test('the bundle carries none of the docs (the build blanks them)', () => {
  const bundle = read('dist/widget/record-access-guide.js');
  for (const setting of withAttributes) expect(bundle.includes(setting.docs.slice(0, 40)), setting.name).toBe(false);
});
