/**
 * Mistakes a webmaster can make that the settings' own checks cannot see: an attribute the guide does not
 * have (a misspelt `practice_name`), and a `{marker}` in a `strings` replacement that the text never fills
 * in (it would be shown to patients as typed). Each gives one console message naming the fix. Fetched beside
 * the first render (after-first-render.ts): advice for the webmaster never delays the patient's first step.
 */

/** Attributes any HTML element may carry: never reported. */
const GLOBAL_ATTRIBUTES = new Set([
  'id',
  'class',
  'style',
  'lang',
  'dir',
  'hidden',
  'title',
  'tabindex',
  'slot',
  'part',
  'exportparts',
  'role',
  'is',
  'nonce',
  'translate',
  'inert',
  'autofocus',
  'accesskey',
  'contenteditable',
  'draggable',
  'spellcheck',
  'enterkeyhint',
  'inputmode',
  'popover',
  'itemscope',
  'itemprop',
  'itemtype',
  'itemid',
  'itemref',
  'autocapitalize',
  'autocorrect',
  'writingsuggestions',
]);

const squashed = (name: string): string => name.toLowerCase().replace(/[-_\s]/g, '');

/** Levenshtein distance, for short names only. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known attribute `name` was most likely meant to be, if one is close (`odscode`, `practice_name`, `practise-name`). */
export function closestAttribute(name: string, known: readonly string[]): string | null {
  const target = squashed(name);
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = distance(target, squashed(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** One message per attribute on the element that the guide does not have (global, data-*, aria-* and on* ones aside). */
export function unknownAttributeMessages(names: readonly string[], known: readonly string[]): string[] {
  return names
    .map((name) => name.toLowerCase())
    .filter((name) => !known.includes(name) && !GLOBAL_ATTRIBUTES.has(name) && !/^(data-|aria-|on)/.test(name))
    .map((name) => {
      const meant = closestAttribute(name, known);
      return `record-access-guide: attribute "${name}" is not a setting of the guide, so it is ignored.${meant ? ` Did you mean "${meant}"?` : ''} Its settings are: ${known.join(', ')}.`;
    });
}

const markersIn = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');

/**
 * One message per `strings` replacement with a `{marker}` its text never fills in. `defaultTexts` gives the
 * guide's own English for an id (every plural form): the markers those have are the ones filled in.
 */
export function unknownMarkerMessages(strings: Readonly<Record<string, string>>, defaultTexts: (id: string) => readonly string[]): string[] {
  const messages: string[] = [];
  for (const [id, text] of Object.entries(strings)) {
    const allowed = [...new Set(defaultTexts(id).flatMap(markersIn))];
    const unknown = [...new Set(markersIn(text).filter((marker) => !allowed.includes(marker)))];
    if (unknown.length === 0) continue;
    const list = unknown.map((marker) => `{${marker}}`).join(', ');
    messages.push(
      `record-access-guide: strings.${id}: ${list} is not filled in for this text and would be shown to patients as typed. ${
        allowed.length > 0 ? `It may use: ${allowed.map((marker) => `{${marker}}`).join(', ')}.` : 'This text has no markers: write it without braces.'
      }`,
    );
  }
  return messages;
}
