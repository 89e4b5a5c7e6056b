/**
 * Configuration fuzzing: generated malformed configurations through all three channels (attributes,
 * the JSON block, the `config` property), from a seeded PRNG so any failure can be replayed from the
 * seed and case number it prints. For each: no uncaught exception, no element or attribute in the
 * shadow root that the guide's own templates never make, only safe link schemes, the first step shows
 * and Start moves to step 2, and "stop for now" shows every contact link the configuration produced.
 */
import { expect } from '@open-wc/testing';
import '../../../widget/index.js';
import { CONFIG_ATTRIBUTES, CONTACT_KEYS, resolveConfig, TOP_LEVEL_KEYS, type PracticeConfig } from '../../../widget/config/config.js';
import { CONTENT_IDS } from '../../../widget/content/en-GB.js';
import type { RecordAccessGuide } from '../../../widget/record-access-guide/record-access-guide.js';
import { deleteGuideDatabase, expectNoAxeViolations, seededRandom } from '../support/index.js';

/** Change it to explore; a failure prints the seed and case to put back here. */
const SEED = 0x2026_1121;
const CASES = 1_000;
const BATCH = 100;

const MEGABYTE = 'A'.repeat(1024 * 1024);
const MEGABYTE_MARKUP = '<img src=x onerror=alert(1)>'.repeat(Math.ceil((1024 * 1024) / 28));

const HOSTILE_STRINGS: readonly string[] = [
  '<script>document.documentElement.dataset.fuzzInjected = "1"</script>',
  '<img src=x onerror="document.documentElement.dataset.fuzzInjected=1">',
  '"><svg onload="document.documentElement.dataset.fuzzInjected=1">',
  '<iframe srcdoc="<script>parent.document.documentElement.dataset.fuzzInjected=1</script>">',
  'javascript:document.documentElement.dataset.fuzzInjected=1',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/path',
  'https://ok.example/"><img src=x onerror=alert(1)>',
  'https://ok.example/path?q=<script>',
  'http://',
  'mailto:x@example.com?body=<script>',
  'tel:+441632960000',
  '{practice}',
  '{practice}{value}{hours}{ods}{step}{count}{__proto__}{constructor}',
  '{practice}'.repeat(100),
  "$& $1 $` $'",
  '${document.cookie}',
  '__proto__',
  'constructor',
  '',
  '   ',
  '\u0000\u0001\u001f',
  '\u202eevil\u202c',
  '🙂'.repeat(50),
  'Oakmere Green Surgery',
  'reception@example.nhs.uk',
  'a@b.c',
  '<a href="javascript:alert(1)">x</a>@example.com',
  '01632 960000',
  '+44 (0)1632 960000',
  'A12345',
  'record appointments',
  'patient-access, <b>airmid</b>',
  'https://www.example.com/',
  MEGABYTE,
  MEGABYTE_MARKUP,
];

// The configuration's own lists, so a setting added later is fuzzed too. Not the uptake endpoint: a valid
// https value would send real beacons from the test (uptake-element.test.ts checks a non-https one is refused).
const sendsBeacons = (name: string): boolean => name === 'uptake-endpoint' || name === 'uptakeEndpoint';
const KNOWN_KEYS = TOP_LEVEL_KEYS.filter((key) => !sendsBeacons(key));
const ODD_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'unknownSetting',
  '',
  ' practiceName',
  'PRACTICENAME',
  'contact.email',
];
const CONTENT_ID_LIST = [...CONTENT_IDS];
/** Every attribute the configuration reads, plus the element's own `listen-rate`. */
const ATTRIBUTES = [...CONFIG_ATTRIBUTES.filter((name) => !sendsBeacons(name)), 'listen-rate'];

class Generator {
  constructor(readonly random: () => number) {}
  int(max: number): number {
    return Math.floor(this.random() * max);
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  string(): string {
    if (this.chance(0.05)) return this.pick([MEGABYTE, MEGABYTE_MARKUP]);
    const base = this.pick(HOSTILE_STRINGS.filter((s) => s.length < 10_000));
    return this.chance(0.2) ? `${base}${this.pick(HOSTILE_STRINGS.filter((s) => s.length < 10_000))}` : base;
  }

  key(): string {
    const roll = this.random();
    if (roll < 0.5) return this.pick(KNOWN_KEYS);
    if (roll < 0.7) return this.pick(CONTACT_KEYS);
    if (roll < 0.85) return this.pick(ODD_KEYS);
    return this.string().slice(0, 40);
  }

  /** Any value a JSON block can hold. */
  json(depth: number): unknown {
    const roll = this.random();
    if (depth > 3 || roll < 0.45) return this.pick<unknown>([this.string(), this.string(), 0, -1, Number.POSITIVE_INFINITY, 3.5, true, false, null]);
    if (roll < 0.6) return Array.from({ length: this.int(4) }, () => this.json(depth + 1));
    const object: Record<string, unknown> = {};
    for (let i = this.int(6); i > 0; i -= 1) {
      const key = this.key();
      // JSON.parse makes "__proto__" an own key; a plain assignment would set the prototype instead.
      Object.defineProperty(object, key, { value: this.json(depth + 1), enumerable: true, configurable: true, writable: true });
    }
    if (this.chance(0.3)) object['strings'] = this.stringsObject();
    if (this.chance(0.3)) object['contact'] = Object.fromEntries(CONTACT_KEYS.map((k) => [k, this.chance(0.7) ? this.string() : this.json(depth + 1)]));
    return object;
  }

  stringsObject(): Record<string, unknown> {
    const strings: Record<string, unknown> = {};
    for (let i = 1 + this.int(5); i > 0; i -= 1) {
      const id = this.chance(0.8) ? this.pick(CONTENT_ID_LIST) : this.pick(ODD_KEYS);
      Object.defineProperty(strings, id, { value: this.chance(0.8) ? this.string() : this.json(3), enumerable: true, configurable: true, writable: true });
    }
    return strings;
  }

  /** A value only JavaScript can give (the `config` property's extra hazards), with a label. */
  hostileObject(): [string, unknown] {
    const which = this.int(12);
    return [`hostile object #${which}`, this.#hostileValue(which)];
  }

  #hostileValue(which: number): unknown {
    switch (which) {
      case 0: {
        const cyclic: Record<string, unknown> = { practiceName: this.string() };
        cyclic['contact'] = cyclic;
        cyclic['strings'] = { startHeading: cyclic };
        return cyclic;
      }
      case 1:
        return new Proxy(
          {},
          {
            get: () => {
              throw new Error('proxy get');
            },
            ownKeys: () => {
              throw new Error('proxy ownKeys');
            },
            getOwnPropertyDescriptor: () => {
              throw new Error('proxy descriptor');
            },
          },
        );
      case 2:
        return new Proxy({ practiceName: 'Proxy Surgery' }, {});
      case 3: {
        // A getter that throws on every setting.
        const throwing: PropertyDescriptorMap = {};
        for (const key of [...KNOWN_KEYS, ...CONTACT_KEYS]) {
          throwing[key] = {
            enumerable: true,
            get: () => {
              throw new Error(`getter ${key}`);
            },
          };
        }
        return Object.defineProperties({}, throwing);
      }
      case 4:
        return { practiceName: Symbol('name'), [Symbol('key')]: 'symbol key', contact: { email: 10n } };
      case 5:
        return { practiceName: 12345678901234567890n };
      case 6: {
        let deep: Record<string, unknown> = { practiceName: 'Deep' };
        // 5,000 levels, each pointing twice at the next: serialising it whole would never finish.
        for (let i = 0; i < 5_000; i += 1) deep = { contact: deep, strings: deep };
        return deep;
      }
      case 7:
        return {
          practiceName: {
            toString: () => '<img src=x onerror=alert(1)>',
            toJSON: () => {
              throw new Error('toJSON');
            },
          },
        };
      case 8:
        return Object.assign(Object.create(null) as object, { practiceName: this.string(), quickExitUrl: this.string() });
      case 9:
        return [this.json(0), this.json(0)];
      case 10:
        return Object.freeze({ services: new Set(['record']), portals: new Map([['x', 'y']]), contact: new Date(), strings: /x/ });
      default:
        return () => 'a function';
    }
  }

  /** Deeply nested or broken JSON text. */
  jsonText(): string {
    switch (this.int(8)) {
      case 0:
        return '['.repeat(20_000) + ']'.repeat(20_000);
      case 1:
        return '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000);
      case 2:
        return JSON.stringify(this.json(0)).slice(0, -1 - this.int(5));
      case 3:
        return '{"practiceName": "x",}';
      case 4:
        return '{"__proto__": {"practiceName": "<img src=x onerror=alert(1)>"}, "constructor": {"prototype": {"x": 1}}}';
      case 5:
        return this.string();
      default:
        return JSON.stringify(this.json(0)) ?? 'null';
    }
  }
}

interface Case {
  attributes: [string, string][];
  jsonText: string | null;
  /** The value, and a short label for the failure message (some hostile values cannot be serialised safely). */
  property: { kind: 'none' } | { kind: 'value'; value: unknown; label: string };
}

function generateCase(gen: Generator): Case {
  const attributes: [string, string][] = [];
  for (const name of ATTRIBUTES) if (gen.chance(0.3)) attributes.push([name, gen.string()]);
  const jsonText = gen.chance(0.6) ? gen.jsonText() : null;
  const roll = gen.random();
  let property: Case['property'] = { kind: 'none' };
  if (roll >= 0.65) {
    const [label, value] = gen.hostileObject();
    property = { kind: 'value', value, label };
  } else if (roll >= 0.3) {
    const value = gen.json(0);
    property = { kind: 'value', value, label: JSON.stringify(value) ?? 'undefined' };
  }
  return { attributes, jsonText, property };
}

function summary(c: Case): string {
  const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…(${text.length})` : text);
  const property = c.property.kind === 'value' ? short(c.property.label) : 'none';
  return `attributes ${JSON.stringify(c.attributes.map(([n, v]) => [n, short(v)]))}; JSON ${c.jsonText === null ? 'none' : short(c.jsonText)}; property ${property}`;
}

/** Every element the guide's templates make; anything else in the shadow root got in from outside. */
const OWN_TAGS = new Set([
  'section',
  'div',
  'span',
  'button',
  'p',
  'h2',
  'h3',
  'form',
  'ul',
  'ol',
  'li',
  'a',
  'dl',
  'dt',
  'dd',
  'fieldset',
  'legend',
  'input',
  'label',
  'strong',
]);
const SAFE_HREF = /^(https?:\/\/|mailto:|tel:|sms:|#)/i;

function shadowProblems(root: ShadowRoot): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    if (!OWN_TAGS.has(tag)) problems.push(`<${tag}>`);
    for (const name of el.getAttributeNames()) {
      if (name.startsWith('on') || name === 'src' || name === 'srcdoc' || name === 'style') problems.push(`<${tag} ${name}>`);
    }
    const href = el.getAttribute('href');
    if (href !== null && !SAFE_HREF.test(href)) problems.push(`<${tag} href="${href.slice(0, 60)}">`);
  }
  return problems;
}

/** The resolved configuration keeps every URL http(s) and every other value in its own shape. */
function configProblems(config: PracticeConfig): string[] {
  const problems: string[] = [];
  const http = (value: string | undefined | null, name: string) => {
    if (value != null && !/^https?:\/\//i.test(value)) problems.push(`${name} ${value.slice(0, 60)}`);
  };
  http(config.quickExitUrl, 'quickExitUrl');
  http(config.contact.onlineForm, 'onlineForm');
  http(config.contact.bslVideoRelay, 'bslVideoRelay');
  if (config.contact.email !== undefined && /[\s<>]|^[a-z]+:/i.test(config.contact.email)) problems.push(`email ${config.contact.email.slice(0, 60)}`);
  for (const phone of [config.contact.phone, config.contact.sms]) if (phone !== undefined && !/^\+?[0-9 ()-]+$/.test(phone)) problems.push(`phone ${phone}`);
  if ((config.practiceName?.length ?? 0) > 120) problems.push('practiceName too long');
  for (const [id, text] of Object.entries(config.strings)) {
    if (!CONTENT_IDS.has(id) || typeof text !== 'string' || text.length > 1000) problems.push(`strings.${id.slice(0, 40)}`);
  }
  return problems;
}

const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(event.reason)}`);

function nextStep(el: RecordAccessGuide): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no rag-step-change within 2 s')), 2000);
    el.addEventListener(
      'rag-step-change',
      (event) => {
        clearTimeout(timer);
        resolve(String((event as Event & { step: unknown }).step));
      },
      { once: true },
    );
  });
}

/** `check` runs on the leaving step, the page that shows every configured link. */
async function runCase(c: Case, host: HTMLElement, check?: (el: RecordAccessGuide) => Promise<void>): Promise<string[]> {
  // Each case starts fresh: the last case's saved step would otherwise be offered back ("continue where you left off").
  await deleteGuideDatabase();
  const el = document.createElement('record-access-guide');
  for (const [name, value] of c.attributes) el.setAttribute(name, value);
  if (c.jsonText !== null) {
    const block = document.createElement('script');
    block.type = 'application/json';
    block.textContent = c.jsonText;
    el.append(block);
  }
  if (c.property.kind === 'value') el.config = c.property.value;
  host.append(el);
  try {
    await el.updateComplete;
    const root = el.shadowRoot as ShadowRoot;
    const problems: string[] = [];
    const heading = root.querySelector('#step-heading')?.textContent?.trim() ?? '';
    if (heading === '') problems.push('the first step has no heading');
    const moved = nextStep(el);
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    const step = await moved;
    await el.updateComplete;
    if (step !== 'who') problems.push(`Start went to ${step}`);
    // "Stop for now" shows the leaving step, which lists every contact route: all the configured links.
    const leaving = nextStep(el);
    root.querySelector<HTMLButtonElement>('.stop .link-button')?.click();
    if ((await leaving) !== 'leaving') problems.push('"stop for now" did not reach the leaving step');
    await el.updateComplete;
    problems.push(...shadowProblems(root));
    if (document.documentElement.dataset.fuzzInjected) problems.push('injected code ran');
    await check?.(el);
    return problems;
  } finally {
    el.remove();
  }
}

describe('configuration fuzzing: malformed configurations never break the guide', () => {
  const host = document.createElement('main');
  const warnings: unknown[][] = [];
  const realWarn = console.warn;
  const generator = new Generator(seededRandom(SEED));
  const cases: Case[] = Array.from({ length: CASES }, () => generateCase(generator));

  before(() => {
    document.body.append(host);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // Thousands of expected warnings: count and check them instead of flooding the test log.
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });
  after(() => {
    console.warn = realWarn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    host.remove();
  });

  it('has no axe violations on the leaving step of fuzzed configurations (every link they configure shown)', async function () {
    this.timeout(30_000);
    for (const c of cases.slice(0, 5)) await runCase(c, host, (el) => expectNoAxeViolations(el));
  });

  for (let start = 0; start < CASES; start += BATCH) {
    it(`cases ${start} to ${start + BATCH - 1} (seed ${SEED})`, async function () {
      this.timeout(30_000);
      for (let index = start; index < start + BATCH; index += 1) {
        const c = cases[index] as Case;
        uncaught.length = 0;
        warnings.length = 0;
        let problems: string[];
        try {
          problems = await runCase(c, host);
        } catch (error) {
          problems = [`threw: ${error instanceof Error ? error.message : String(error)}`];
        }
        // Let any stray async error surface before judging the case.
        await new Promise((resolve) => setTimeout(resolve));
        problems.push(...uncaught);
        for (const args of warnings) {
          const [text] = args;
          if (args.length !== 1 || typeof text !== 'string' || !text.startsWith('record-access-guide: '))
            problems.push(`odd console message ${String(text).slice(0, 80)}`);
          else if (text.length > 1500) problems.push(`a console message of ${text.length} characters`);
        }
        try {
          const attributes = Object.fromEntries(c.attributes.filter(([n]) => n !== 'listen-rate'));
          const property = c.property.kind === 'value' ? c.property.value : undefined;
          problems.push(...configProblems(resolveConfig({ attributes, jsonText: c.jsonText, property }, CONTENT_IDS, 'your GP practice').config));
        } catch {
          // resolveConfig may throw on a hostile object (a throwing getter or Proxy); the element catches that and uses the defaults.
        }
        if (problems.length > 0) {
          expect.fail(`seed ${SEED}, case ${index}: ${problems.slice(0, 5).join('; ')}\n  ${summary(c)}`);
        }
      }
    });
  }
});
