/**
 * What the guide shows when it cannot render its steps on this page (the page's Trusted Types policy
 * refused Lit's, see trusted-types-guard.ts): a short message, the practice's contact routes and the
 * NHS App help pages, then whatever the practice put inside the element (a `<slot>`, like noscript
 * content). Built with DOM methods and text only, so it needs no Trusted Types policy at all.
 */
import type { PracticeConfig } from '../config/config.js';
import type { TextLookup } from '../content/text.js';
import { NHS_LINKS, practiceContacts, type ContactLine } from './contacts.js';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function link(item: ContactLine): Node {
  if (!item.url) return document.createTextNode(item.text);
  const external = item.url.startsWith('https:');
  return element('a', item.text, external ? { href: item.url, target: '_blank', rel: 'noopener noreferrer' } : { href: item.url });
}

/** Replaces what `root` holds with the fallback. */
export function showFallback(root: ParentNode, t: TextLookup, config: PracticeConfig, practice: string, lang: string): void {
  const section = element('section', undefined, { class: 'base', part: 'base', lang, 'aria-labelledby': 'step-heading' });
  section.append(element('h2', t('startHeading'), { id: 'step-heading', part: 'heading' }));
  section.append(element('p', t('guideUnavailable'), { part: 'notice' }));
  section.append(element('p', t('leavingHelp', { practice })));
  const contacts = element('ul', undefined, { class: 'list contact-list' });
  for (const item of [...practiceContacts(t, config, practice).lines, { text: t('linkAppHelp'), url: NHS_LINKS.appHelp }]) {
    const entry = element('li');
    entry.append(link(item));
    contacts.append(entry);
  }
  section.append(contacts, element('slot'));
  root.replaceChildren(section);
}
