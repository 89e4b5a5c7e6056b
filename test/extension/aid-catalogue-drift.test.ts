/**
 * The aid catalogue (extension/aid-catalogue.ts) against its uses, in the spirit of Refined GitHub's
 * feature-list check: each test fails when a declaration and a file that should follow it disagree.
 * What the compiler already forces (a runner per aid, a declared layer missing from the order, a message
 * id missing from en_GB) is not repeated here; this covers what it cannot see: other locale files, layer
 * names in the aids' code, the settings each aid owns, and the hand-written e2e and a11y lists.
 */
import { expect } from '@open-wc/testing';
import {
  AID_CATALOGUE,
  AID_CONTROLS,
  EVERY_AID_ON,
  LAYER_PRECEDENCE,
  SETTINGS,
  type AidDeclaration,
  type Message,
  type SettingKey,
} from '../../extension/aid-catalogue.js';
import { DEFAULT_AIDS } from '../../extension/settings/schema.js';

const CATALOGUE: readonly AidDeclaration[] = AID_CATALOGUE;

/** Every locale the extension ships: the default locale from the manifest, plus any listed here when added. */
const OTHER_LOCALES: readonly string[] = [];

async function text(path: string): Promise<string> {
  const response = await fetch(path);
  expect(response.ok, `${path} is served`).to.equal(true);
  return response.text();
}

/** The text of `const <name> = [ ... ];` in `source`: the list a test file keeps by hand. */
function listBlock(source: string, name: string): string {
  const start = source.indexOf(`const ${name}`);
  expect(start, `${name} is in the file`).to.be.greaterThan(-1);
  const end = source.indexOf('\n];', start);
  return source.slice(start, end === -1 ? undefined : end);
}

function messageIds(): Set<string> {
  const ids = new Set<string>();
  const add = (message: Message): void => void ids.add(typeof message === 'string' ? message : message[0]);
  for (const control of AID_CONTROLS) {
    if (control.kind === 'switch') {
      add(control.label);
      if (control.hint) add(control.hint);
    } else if (control.kind === 'select') {
      add(control.label);
      for (const choice of SETTINGS[control.setting].choices) add(control.optionLabel(choice));
    } else {
      add(control.legend);
      Object.values(control.optionLabels).forEach(add);
    }
  }
  return ids;
}

/** Aids left out of the pixel check on purpose, with the reason. */
const NOT_IN_PIXEL_CHECK: Readonly<Record<string, string>> = {
  'reading-ruler': 'it shades the page outside a band on purpose, so text there is meant to fade',
};

/** The aids the person turns on with settings (portal fixes follow the portal; read-aloud is started by a person). */
const settingAids = (): AidDeclaration[] => CATALOGUE.filter((aid) => aid.startedBy === 'settings');

describe('aid catalogue: declarations and their uses agree', () => {
  it('gives every setting to exactly one aid, and ids are unique', () => {
    const owners = new Map<SettingKey, string[]>();
    for (const aid of CATALOGUE) for (const key of aid.settings) owners.set(key, [...(owners.get(key) ?? []), aid.id]);
    for (const key of Object.keys(SETTINGS) as SettingKey[]) expect(owners.get(key), `owner of setting "${key}"`).to.have.length(1);
    expect(new Set(CATALOGUE.map((aid) => aid.id)).size, 'duplicate aid id').to.equal(CATALOGUE.length);
  });

  it('each control sets a setting its own aid owns', () => {
    for (const aid of CATALOGUE) if (aid.control) expect(aid.settings, `${aid.id}'s control`).to.include(aid.control.setting);
  });

  it('every default is valid, and each aid turned on by settings declares valid settings that differ from the defaults', () => {
    for (const key of Object.keys(SETTINGS) as SettingKey[]) expect(SETTINGS[key].valid(SETTINGS[key].default), `default of ${key}`).to.equal(true);
    for (const aid of settingAids()) {
      expect(aid.on, `${aid.id} declares how to turn it on`).to.not.equal(undefined);
      for (const [key, value] of Object.entries(aid.on ?? {})) {
        expect(aid.settings, `${aid.id} turns on with its own settings`).to.include(key);
        expect(SETTINGS[key as SettingKey].valid(value), `${aid.id}: ${key}`).to.equal(true);
        expect(value, `${aid.id}: ${key} differs from the default`).to.not.equal(DEFAULT_AIDS[key as SettingKey]);
      }
    }
    expect(Object.keys(EVERY_AID_ON).length).to.equal(settingAids().length);
  });

  it('orders every declared layer exactly once, with no layer that no aid declares', () => {
    const declared = CATALOGUE.flatMap((aid) => aid.layers);
    expect(new Set(declared).size, 'a layer declared by two aids').to.equal(declared.length);
    expect([...LAYER_PRECEDENCE].sort()).to.deep.equal([...declared].sort());
  });

  it('each aid’s code lives in the file its id names, with that id and every layer it declares', async () => {
    for (const aid of CATALOGUE) {
      const path = aid.startedBy === 'person' ? `/extension/content/${aid.id}/page-reader.ts` : `/extension/content/aids/${aid.id}.ts`;
      const source = await text(path);
      if (aid.startedBy !== 'person') expect(source, `${path} names its id`).to.match(new RegExp(`id: ['"]${aid.id}['"]`));
      for (const layer of aid.layers) expect(source, `${path} uses its layer "${layer}"`).to.match(new RegExp(`['"]${layer}['"]`));
    }
  });

  it('every message id the catalogue names is in every locale', async () => {
    const manifest = JSON.parse(await text('/extension/manifest/base.json')) as { default_locale: string };
    for (const locale of [manifest.default_locale, ...OTHER_LOCALES]) {
      const messages = JSON.parse(await text(`/extension/_locales/${locale}/messages.json`)) as Record<string, { message?: unknown }>;
      for (const id of messageIds()) expect(typeof messages[id]?.message, `${locale} has "${id}"`).to.equal('string');
    }
  });

  it('every aid turned on by settings is in the pixel check and the accessibility check of the portal pages', async () => {
    const pixels = listBlock(await text('/test/e2e/aids-what-the-person-sees.spec.ts'), 'AID_STATES');
    const a11y = listBlock(await text('/test/a11y/extension-portal.spec.ts'), 'VARIANTS');
    const a11yFile = await text('/test/a11y/extension-portal.spec.ts');
    for (const aid of settingAids()) {
      const key = Object.keys(aid.on ?? {})[0] ?? '';
      if (!(aid.id in NOT_IN_PIXEL_CHECK))
        expect(pixels, `${aid.id} (${key}) in AID_STATES of aids-what-the-person-sees.spec.ts`).to.match(new RegExp(`\\b${key}\\b`));
      // The in-page UI (explain-terms) has its own tests in the a11y file rather than a row in VARIANTS.
      expect(aid.id === 'explain-terms' ? a11yFile : a11y, `${aid.id} (${key}) in the a11y portal checks`).to.match(new RegExp(`\\b${key}\\b`));
    }
  });
});
