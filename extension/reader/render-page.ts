/**
 * The reader's blocks as real HTML (headings, paragraphs, lists, tables), so every aid, read-aloud and
 * explain-terms apply to them as to any web page. Built with DOM calls and textContent only.
 */
import type { Block, PageText, Span } from './blocks.js';
import { rs } from './strings.js';

/** The document's own heading levels sit under the page's h2 (h1 is the document's name). */
const shifted = (level: number): string => `h${Math.min(level + 2, 6)}`;

function appendSpans(parent: HTMLElement, spans: readonly Span[]): void {
  for (const span of spans) {
    if (!span.unsure) {
      parent.append(span.text);
      continue;
    }
    // Marked for sight (the underline) and for speech and screen readers (the words after it).
    const mark = document.createElement('mark');
    mark.className = 'unsure';
    mark.textContent = span.text;
    const said = document.createElement('span');
    said.className = 'visually-hidden';
    said.textContent = ` (${rs('unsureLabel')})`;
    mark.append(said);
    parent.append(mark);
  }
}

export function renderBlock(block: Block): HTMLElement {
  switch (block.kind) {
    case 'heading': {
      const heading = document.createElement(shifted(block.level));
      appendSpans(heading, block.spans);
      return heading;
    }
    case 'paragraph': {
      const p = document.createElement('p');
      appendSpans(p, block.spans);
      return p;
    }
    case 'list': {
      const list = document.createElement('ul');
      for (const item of block.items) {
        const li = document.createElement('li');
        appendSpans(li, item);
        list.append(li);
      }
      return list;
    }
    case 'table': {
      const wrapper = document.createElement('div');
      wrapper.className = 'table-wrapper';
      // A wide table scrolls sideways inside its box on a narrow screen: keyboard users can focus it to scroll.
      wrapper.tabIndex = 0;
      wrapper.setAttribute('role', 'region');
      wrapper.setAttribute('aria-label', rs('tableLabel'));
      const table = document.createElement('table');
      const head = document.createElement('thead');
      const body = document.createElement('tbody');
      block.rows.forEach((row, index) => {
        const header = index < block.headerRows;
        const tr = document.createElement('tr');
        for (const cell of row) {
          const element = document.createElement(header ? 'th' : 'td');
          if (header) element.scope = 'col';
          element.textContent = cell;
          tr.append(element);
        }
        (header ? head : body).append(tr);
      });
      if (head.childElementCount > 0) table.append(head);
      table.append(body);
      wrapper.append(table);
      return wrapper;
    }
  }
}

/** A page's section: its heading (focusable, for page navigation), any notice, then its text. */
export function renderPage(page: PageText, total: number, notices: readonly HTMLElement[] = []): HTMLElement {
  const section = document.createElement('section');
  section.className = 'doc-page';
  section.dataset.page = String(page.number);
  section.dataset.source = page.source;
  const heading = document.createElement('h2');
  heading.id = `page-${page.number}`;
  heading.tabIndex = -1;
  heading.className = 'page-heading';
  heading.textContent = total > 1 ? rs('pageOf', { n: page.number, total }) : rs('pageHeading', { n: page.number });
  section.setAttribute('aria-labelledby', heading.id);
  section.append(heading, ...notices);
  for (const block of page.blocks) section.append(renderBlock(block));
  return section;
}

/** A notice inside a page: for text read from a picture, a page that could not be read, and so on. */
export function notice(kind: 'picture' | 'warning' | 'info', ...parts: (string | Node)[]): HTMLElement {
  const box = document.createElement('div');
  box.className = `page-notice page-notice-${kind}`;
  const p = document.createElement('p');
  p.append(...parts);
  box.append(p);
  return box;
}
