/** One glossary entry as plain DOM (content scripts cannot use Lit): shared by the popover and the panel. */
import { headingOf, type GlossaryEntry } from '../../../shared/glossary/index.js';
import type { TermStrings } from './strings.js';

export function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Expansion, explanation, other meanings with advice, category and source; the heading is left to the caller. */
export function entryDetails(doc: Document, entry: GlossaryEntry, strings: TermStrings): HTMLElement {
  const details = element(doc, 'div', 'details');
  if (entry.expansion) details.append(element(doc, 'p', 'expansion', strings.standsFor(entry.expansion)));
  details.append(element(doc, 'p', 'explanation', entry.explanation));
  if (entry.otherMeanings && entry.otherMeanings.length > 0) {
    details.append(element(doc, 'p', 'other-heading', strings.otherMeanings));
    const list = element(doc, 'ul', 'other-meanings');
    for (const meaning of entry.otherMeanings) list.append(element(doc, 'li', '', meaning));
    details.append(list);
    if (entry.advice) details.append(element(doc, 'p', 'advice', entry.advice));
  }
  details.append(element(doc, 'p', 'meta', `${strings.category(entry.category)}. ${strings.source(entry.source.publisher)}`));
  return details;
}

export { headingOf };
