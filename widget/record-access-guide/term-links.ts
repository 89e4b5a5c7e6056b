/**
 * Links the short forms in the guide's made-up record examples to the plain-English glossary: each
 * term becomes a button (a disclosure) that shows its meaning as text just below the example, so the
 * meaning is there for keyboard and screen-reader users, not only on hover. Everything is rendered as
 * Lit text bindings, never as markup.
 *
 * The disclosure keeps its open state in the DOM (the button's aria-expanded and the note's hidden):
 * it is purely presentational, and Lit never rewrites attributes that are not bound, so re-renders of
 * the step keep what the reader opened. This comes with the later steps' part (later-steps.ts); fetching the
 * glossary itself is glossary-loader.ts, in the main script.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GlossaryMatch } from '../../shared/glossary/matcher.js';
import type { GlossaryEntry } from '../../shared/glossary/types.js';
import type { GlossaryText, GlossaryTexts } from '../content/locales.js';
import type { TextLookup } from '../content/text.js';
import { loadedGlossary, loadGlossary } from './glossary-loader.js';

export interface LinkedText {
  /** The text with each term as a disclosure button. */
  text: TemplateResult;
  /** The meanings, one note per distinct term, hidden until its button is pressed. */
  notes: TemplateResult | typeof nothing;
}

function toggle(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  const note = (button.getRootNode() as Document | ShadowRoot).getElementById(button.getAttribute('aria-controls') ?? '');
  if (!note) return;
  const open = button.getAttribute('aria-expanded') !== 'true';
  note.hidden = !open;
  // Every button for the same term shows the same note, so they all say whether it is open.
  for (const other of (button.getRootNode() as Document | ShadowRoot).querySelectorAll(`button[aria-controls="${note.id}"]`)) {
    other.setAttribute('aria-expanded', String(open));
  }
}

function note(t: TextLookup, entry: GlossaryEntry, words: GlossaryText, written: string, id: string): TemplateResult {
  const others = words.otherMeanings ?? [];
  return html`<p class="term-note" id=${id} hidden>
    <strong lang="en-GB">${written}</strong>${words.expansion ? html` (${words.expansion})` : nothing}: ${words.explanation}
    ${others.length > 0 ? html`${t('termAlsoMeans', { value: others.join('; ') })} ${words.advice ?? ''}` : nothing}
    <span class="term-source">${t('termSource', { value: entry.source.publisher })}</span>
  </p>`;
}

/**
 * `text` with its glossary terms linked; `idPrefix` keeps the notes' ids unique within the step. `translated`
 * holds the explanations in the guide's language; an entry it lacks is explained in English.
 */
export function linkTerms(t: TextLookup, text: string, idPrefix: string, translated: GlossaryTexts = {}): LinkedText {
  const glossary = loadedGlossary();
  if (!glossary) {
    void loadGlossary();
    return { text: html`${text}`, notes: nothing };
  }
  const matches: GlossaryMatch[] = glossary.scan(text);
  if (matches.length === 0) return { text: html`${text}`, notes: nothing };
  const parts: (string | TemplateResult)[] = [];
  const notes = new Map<string, TemplateResult>();
  let at = 0;
  for (const match of matches) {
    const entry = glossary.entryById(match.entryId);
    if (!entry) continue;
    const id = `${idPrefix}-${entry.id}`;
    if (!notes.has(id)) notes.set(id, note(t, entry, translated[entry.id] ?? entry, match.matchedText, id));
    parts.push(text.slice(at, match.start));
    parts.push(
      html`<button type="button" class="term" aria-expanded="false" aria-controls=${id} @click=${toggle}>${match.matchedText}<span class="visually-hidden"> ${t('termButtonHint')}</span></button>`,
    );
    at = match.end;
  }
  parts.push(text.slice(at));
  return { text: html`${parts}`, notes: html`<div class="term-notes">${[...notes.values()]}</div>` };
}
