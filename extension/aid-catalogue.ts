/**
 * Every aid, declared once. The settings schema (type, default, validation), the popup and options
 * controls, the cascade-layer order, the content script's list of aids and the tests' "every aid on"
 * settings are all derived from this file; `test/extension/aid-catalogue-drift.test.ts` fails when a
 * declaration and its uses disagree.
 *
 * Plain data and pure functions only: the background, the Lit pages and the content script all import it.
 */
import type { MessageKey } from './ui/i18n.js';

// ---- Settings: each one's type, default and validation ----

/** Accepts exactly the values a setting may hold; stored data is untrusted, so every read goes through it. */
export type Validator<T> = (value: unknown) => value is T;

export interface SettingDeclaration<T> {
  default: T;
  valid: Validator<T>;
  /** The values a person picks from, in the order they are offered (choice settings only). */
  choices?: readonly T[];
}

const choice = <const T extends readonly (string | number)[]>(choices: T, fallback: T[number]): SettingDeclaration<T[number]> & { choices: T } => ({
  default: fallback,
  valid: (value: unknown): value is T[number] => choices.includes(value as T[number]),
  choices,
});
const onOff = (): SettingDeclaration<boolean> => ({ default: false, valid: (value: unknown): value is boolean => typeof value === 'boolean' });
const hexColour = (fallback: string): SettingDeclaration<string> => ({
  default: fallback,
  valid: (value: unknown): value is string => typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value),
});

export const COLOUR_THEMES = ['none', 'dark', 'light', 'custom'] as const;
export type ColourTheme = (typeof COLOUR_THEMES)[number];

export const READABLE_FONTS = ['none', 'atkinson', 'opendyslexic'] as const;
export type ReadableFont = (typeof READABLE_FONTS)[number];

export const TEXT_SPACINGS = ['none', 'wcag', 'wide'] as const;
export type TextSpacing = (typeof TEXT_SPACINGS)[number];

/** Text size choices, in percent of the page's own size. 200% is the WCAG 1.4.4 level. */
export const TEXT_SIZES = [100, 110, 125, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** Read-aloud speeds offered, as multiples of the voice's normal speed. */
export const READING_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;
export type ReadingRate = (typeof READING_RATES)[number];

/** Every setting an aid reads. Each aid in content/aids reads only its own keys. */
export const SETTINGS = {
  colourTheme: choice(COLOUR_THEMES, 'none'),
  /** Custom theme colours as #rrggbb. */
  customText: hexColour('#ffffff'),
  customBackground: hexColour('#1d2328'),
  textSize: choice(TEXT_SIZES, 100),
  textSpacing: choice(TEXT_SPACINGS, 'none'),
  readableFont: choice(READABLE_FONTS, 'none'),
  readingRuler: onOff(),
  strongFocus: onOff(),
  underlineLinks: onOff(),
  stopAnimations: onOff(),
  largeCursor: onOff(),
  /** Plain-English meanings of medical terms and abbreviations found on the page (highlight, popover, panel). */
  explainTerms: onOff(),
  /** Read-aloud speed, 0.5 to 2 in steps of 0.25 (1 is the voice's normal speed). */
  readingRate: choice(READING_RATES, 1),
  /** The name of the local voice the person chose; '' lets the extension choose (a local en-GB voice first). */
  readingVoice: {
    default: '',
    // A voice name as the browser reports it: plain text of a sane length, never markup or a huge blob.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
    valid: (value: unknown): value is string => typeof value === 'string' && value.length <= 200 && !/[\u0000-\u001f<>]/.test(value),
  },
} as const satisfies Record<string, SettingDeclaration<string> | SettingDeclaration<number> | SettingDeclaration<boolean>>;

export type SettingKey = keyof typeof SETTINGS;
type ValueOf<D> = D extends SettingDeclaration<infer T> ? T : never;

/** Every aid's setting, typed from its declaration. */
export type Aids = { -readonly [K in SettingKey]: ValueOf<(typeof SETTINGS)[K]> };

type KeysWhere<V> = { [K in SettingKey]: Aids[K] extends V ? (V extends Aids[K] ? K : never) : never }[SettingKey];
type SwitchSetting = KeysWhere<boolean>;
type SelectSetting = 'textSize' | 'textSpacing' | 'readableFont';

// ---- Controls in the popup and options page (extension/ui/aids-form.ts renders them) ----

/** A UI string: its message id, with substitutions when it has placeholders. */
export type Message = MessageKey | readonly [MessageKey, ...string[]];

export interface SwitchControl {
  kind: 'switch';
  setting: SwitchSetting;
  label: MessageKey;
  hint?: MessageKey;
  /** Shown in the popup too (the aids most people need); every control is on the options page. */
  inPopup: boolean;
}

export interface SelectControl {
  kind: 'select';
  setting: SelectSetting;
  label: MessageKey;
  /** The words for each choice, in the order of the setting's choices. */
  optionLabel(value: string | number): Message;
}

/** The colour themes: radio buttons, plus the custom colour pickers and contrast readout on the options page. */
export interface ColourThemeControl {
  kind: 'colour-theme';
  setting: 'colourTheme';
  legend: MessageKey;
  optionLabels: Record<ColourTheme, MessageKey>;
}

export type AidControl = SwitchControl | SelectControl | ColourThemeControl;

const select = <K extends SelectSetting>(setting: K, label: MessageKey, optionLabel: (value: Aids[K]) => Message): SelectControl => ({
  kind: 'select',
  setting,
  label,
  optionLabel: optionLabel as (value: string | number) => Message,
});

// ---- The aids ----

const SPACING_LABELS: Record<TextSpacing, MessageKey> = { none: 'spacingNone', wcag: 'spacingWcag', wide: 'spacingWide' };
const FONT_LABELS: Record<ReadableFont, MessageKey> = { none: 'fontNone', atkinson: 'fontAtkinson', opendyslexic: 'fontOpenDyslexic' };

export interface AidDeclaration {
  /** Kebab-case name: its cascade layer, its `data-record-access-aid` mark and its file in content/aids/. */
  id: string;
  /**
   * What starts it: `settings` (the content script's AidRunner, from the person's settings), `portal` (the
   * runner too, from the known-portal profile), or `person` (a command, not the runner: read-aloud).
   */
  startedBy: 'settings' | 'portal' | 'person';
  /** The settings it reads and owns; every setting belongs to exactly one aid. */
  settings: readonly SettingKey[];
  /** Its cascade layers (page-style.ts); none for UI kept in its own shadow root (the reading ruler). */
  layers: readonly string[];
  /** Its control in the popup and options page; none when it has no control or a page of its own renders it. */
  control?: AidControl;
  /** Settings that turn it on, for tests that run every aid at once; none when settings alone cannot. */
  on?: Partial<Aids>;
}

/** In the order the controls are shown and the content script starts the aids. */
export const AID_CATALOGUE = [
  {
    id: 'colour-theme',
    startedBy: 'settings',
    settings: ['colourTheme', 'customText', 'customBackground'],
    layers: ['colour-theme-focus', 'colour-theme'],
    control: {
      kind: 'colour-theme',
      setting: 'colourTheme',
      legend: 'colourThemeLegend',
      optionLabels: { none: 'themeNone', dark: 'themeDark', light: 'themeLight', custom: 'themeCustom' },
    },
    on: { colourTheme: 'dark' },
  },
  // CSS fixes for a known portal's own styles under a colour theme: no control, on when the portal has some.
  { id: 'portal-fixes', startedBy: 'portal', settings: [], layers: ['portal-fixes'] },
  {
    id: 'text-size',
    startedBy: 'settings',
    settings: ['textSize'],
    layers: ['text-size'],
    control: select('textSize', 'textSizeLabel', (size) => (size === 100 ? 'textSizeNormal' : ['textSizeOption', String(size)])),
    on: { textSize: 200 },
  },
  {
    id: 'text-spacing',
    startedBy: 'settings',
    settings: ['textSpacing'],
    layers: ['text-spacing'],
    control: select('textSpacing', 'textSpacingLabel', (spacing) => SPACING_LABELS[spacing]),
    on: { textSpacing: 'wide' },
  },
  {
    id: 'readable-font',
    startedBy: 'settings',
    settings: ['readableFont'],
    layers: ['readable-font'],
    control: select('readableFont', 'readableFontLabel', (font) => FONT_LABELS[font]),
    on: { readableFont: 'opendyslexic' },
  },
  {
    id: 'reading-ruler',
    startedBy: 'settings',
    settings: ['readingRuler'],
    layers: [],
    control: { kind: 'switch', setting: 'readingRuler', label: 'readingRulerLabel', hint: 'readingRulerHint', inPopup: true },
    on: { readingRuler: true },
  },
  {
    id: 'strong-focus',
    startedBy: 'settings',
    settings: ['strongFocus'],
    layers: ['strong-focus'],
    control: { kind: 'switch', setting: 'strongFocus', label: 'strongFocusLabel', hint: 'strongFocusHint', inPopup: false },
    on: { strongFocus: true },
  },
  {
    id: 'underline-links',
    startedBy: 'settings',
    settings: ['underlineLinks'],
    layers: ['underline-links'],
    control: { kind: 'switch', setting: 'underlineLinks', label: 'underlineLinksLabel', inPopup: false },
    on: { underlineLinks: true },
  },
  {
    id: 'stop-animations',
    startedBy: 'settings',
    settings: ['stopAnimations'],
    layers: ['stop-animations'],
    control: { kind: 'switch', setting: 'stopAnimations', label: 'stopAnimationsLabel', hint: 'stopAnimationsHint', inPopup: false },
    on: { stopAnimations: true },
  },
  {
    id: 'large-cursor',
    startedBy: 'settings',
    settings: ['largeCursor'],
    layers: ['large-cursor'],
    control: { kind: 'switch', setting: 'largeCursor', label: 'largeCursorLabel', inPopup: false },
    on: { largeCursor: true },
  },
  {
    id: 'explain-terms',
    startedBy: 'settings',
    settings: ['explainTerms'],
    layers: ['explain-terms'],
    control: { kind: 'switch', setting: 'explainTerms', label: 'explainTermsLabel', hint: 'explainTermsHint', inPopup: true },
    on: { explainTerms: true },
  },
  // Started by a person (popup button, shortcut, context menu); its speed and voice are on the options page.
  { id: 'read-aloud', startedBy: 'person', settings: ['readingRate', 'readingVoice'], layers: ['read-aloud'] },
] as const satisfies readonly AidDeclaration[];

type Declared = (typeof AID_CATALOGUE)[number];
export type AidId = Declared['id'];
/** The aids the content script's AidRunner starts (each needs a runner in content/aids/index.ts). */
export type RunnerAidId = Exclude<Declared, { startedBy: 'person' }>['id'];
export type AidLayer = Declared['layers'][number];

/**
 * Every layer, strongest first. For `!important` rules an earlier layer wins, so a strong focus outline
 * beats the colour theme's outline whichever aid started first. Precedence is a relation between aids,
 * so it is this one list; the type below and the drift test make it hold each declared layer exactly once.
 */
export const LAYER_PRECEDENCE = [
  'strong-focus',
  'underline-links',
  'large-cursor',
  'stop-animations',
  'portal-fixes',
  'colour-theme-focus',
  'colour-theme',
  'readable-font',
  'text-spacing',
  'text-size',
  'explain-terms',
  'read-aloud',
] as const satisfies readonly AidLayer[];

// A declared layer missing from LAYER_PRECEDENCE is a type error here.
type UnorderedLayer = Exclude<AidLayer, (typeof LAYER_PRECEDENCE)[number]>;
const everyLayerOrdered: [UnorderedLayer] extends [never] ? true : UnorderedLayer = true;
void everyLayerOrdered;

/** The aids with a runner, in the order they start. */
export const RUNNER_AIDS = AID_CATALOGUE.filter((aid): aid is Extract<Declared, { id: RunnerAidId }> => aid.startedBy !== 'person');

/** Every control the popup and options page show, in catalogue order. */
export const AID_CONTROLS: readonly AidControl[] = AID_CATALOGUE.flatMap((aid: AidDeclaration) => (aid.control ? [aid.control] : []));

/** Settings that turn every aid on at once (the strongest choice of each), for the tests that run them all. */
export const EVERY_AID_ON: Readonly<Partial<Aids>> = Object.freeze(
  Object.assign({}, ...AID_CATALOGUE.map((aid: AidDeclaration) => aid.on ?? {})) as Partial<Aids>,
);
