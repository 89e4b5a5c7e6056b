/**
 * The guide's languages. English is the fallback for everything: the first step's in the main bundle, the
 * rest fetched beside the first render (loadEnglish). Every other locale is one file in this folder, loaded
 * with a dynamic import only when it is wanted (so it is built as its own chunk and costs English readers
 * nothing), plus one line in LOCALES below.
 */
import { DEV_BUILD } from './dev-build.js';
import type { PartialLocaleContent } from './text.js';
import type { ContentString } from './types.js';
import { loadLaterSteps, type LaterSteps } from '../record-access-guide/steps.js';

/**
 * The whole English text, with its ids: it comes in the later-steps part, fetched once beside the first
 * render (steps.ts); a failed fetch is tried again on the next call.
 */
export function loadEnglish(): Promise<Pick<LaterSteps, 'enGB' | 'CONTENT_IDS'>> {
  return loadLaterSteps();
}

/** A glossary entry's words in another language (see widget/content/glossary-terms.ts for the English). */
export interface GlossaryText {
  expansion?: string;
  explanation: string;
  otherMeanings?: readonly string[];
  advice?: string;
}

/** Glossary entries by id. */
export type GlossaryTexts = Readonly<Record<string, GlossaryText>>;

/** What a locale file exports as its default. */
export interface LocaleFile {
  content: PartialLocaleContent;
  /** Translated glossary explanations; an entry left out shows in English. */
  glossary?: GlossaryTexts;
}

interface LocaleInfo {
  /** The language's name in itself, for the language switch. */
  name: string;
  /** Loads the locale file; English has none, it is always loaded. */
  load?: () => Promise<unknown>;
}

export const LOCALES = {
  'en-GB': { name: 'English' },
  cy: { name: 'Cymraeg', load: () => import('./cy.js') },
} as const satisfies Record<string, LocaleInfo>;

export type LocaleCode = keyof typeof LOCALES;
export const DEFAULT_LOCALE: LocaleCode = 'en-GB';
export const LOCALE_CODES = Object.keys(LOCALES) as LocaleCode[];

/** The locale for a BCP 47 tag, matched on its primary language (cy, cy-GB -> cy; en, en-US -> en-GB). */
export function matchLocale(tag: string | null | undefined): LocaleCode | null {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  if (!primary) return null;
  return LOCALE_CODES.find((code) => code.split('-')[0]?.toLowerCase() === primary) ?? null;
}

export interface ResolvedLocale {
  code: LocaleCode;
  /** The `locale` attribute's value when it names no locale we have (for the webmaster's warning). */
  unsupported: string | null;
}

/** The `locale` attribute if we have it, else the nearest `lang` (the element's own, an ancestor's, the page's), else English. */
export function resolveLocale(attribute: string | null, element: Element): ResolvedLocale {
  const asked = attribute?.trim() ? attribute.trim() : null;
  const fromAttribute = matchLocale(asked);
  if (fromAttribute) return { code: fromAttribute, unsupported: null };
  const inherited = element.closest('[lang]')?.getAttribute('lang') ?? element.ownerDocument.documentElement.getAttribute('lang');
  return { code: matchLocale(inherited) ?? DEFAULT_LOCALE, unsupported: asked };
}

function isContentString(value: unknown): value is ContentString {
  return typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string';
}

function isGlossaryText(value: unknown): value is GlossaryText {
  if (typeof value !== 'object' || value === null) return false;
  const { explanation, expansion, advice, otherMeanings } = value as Record<string, unknown>;
  return (
    typeof explanation === 'string' &&
    (expansion === undefined || typeof expansion === 'string') &&
    (advice === undefined || typeof advice === 'string') &&
    (otherMeanings === undefined || (Array.isArray(otherMeanings) && otherMeanings.every((m) => typeof m === 'string')))
  );
}

/**
 * Checks what a loaded chunk holds (a stale cached file, say, could be anything): only well-formed entries
 * with an id of the English text (`english`) are kept, the rest fall back to English. Throws when there is
 * no content at all.
 */
export function parseLocaleFile(code: string, module: unknown, english: PartialLocaleContent): LocaleFile {
  const file = typeof module === 'object' && module !== null ? (module as { default?: unknown }).default : undefined;
  const content = typeof file === 'object' && file !== null ? (file as { content?: unknown }).content : undefined;
  if (typeof content !== 'object' || content === null) throw new Error(`the ${code} locale file has no content`);
  const glossary = (file as { glossary?: unknown }).glossary;
  return {
    content: Object.fromEntries(Object.entries(content).filter(([key, entry]) => Object.hasOwn(english, key) && isContentString(entry))),
    glossary:
      typeof glossary === 'object' && glossary !== null ? Object.fromEntries(Object.entries(glossary).filter(([, entry]) => isGlossaryText(entry))) : {},
  };
}

const reportedMissing = new Set<string>();

/** Development builds: one console warning for each entry of the English (`english`) a locale lacks, however often it is loaded. */
export function reportMissingContent(code: string, content: PartialLocaleContent, english: PartialLocaleContent): void {
  for (const key of Object.keys(english).filter((id) => !Object.hasOwn(content, id))) {
    const id = `${code}:${key}`;
    if (reportedMissing.has(id)) continue;
    reportedMissing.add(id);
    console.warn(`record-access-guide (development build): the "${code}" locale has no text for "${key}", so it is shown in English.`);
  }
}

/**
 * Loads a locale's file, with the whole English it falls back to; rejects if a chunk cannot be fetched
 * (offline, blocked) or holds no content. The locale's own file first: a page's policy that blocks it is then
 * what the failure is put down to (part-loader.ts).
 */
export async function loadLocale(code: LocaleCode): Promise<LocaleFile> {
  const info: LocaleInfo = LOCALES[code];
  if (!info.load) return { content: (await loadEnglish()).enGB };
  const module = await info.load();
  const { enGB } = await loadEnglish();
  const file = parseLocaleFile(code, module, enGB);
  if (DEV_BUILD) reportMissingContent(code, file.content, enGB);
  return file;
}
