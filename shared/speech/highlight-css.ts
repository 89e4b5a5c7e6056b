/** The reading highlight's look, apart from the reader itself (the guide loads the reader only on demand). */

export const DEFAULT_HIGHLIGHT = 'record-access-reading';

/** Highlight colours: black on yellow (19.6:1) for the sentence, underlined for the word; system colours when forced. */
export function readingHighlightCss(name = DEFAULT_HIGHLIGHT): string {
  return `::highlight(${name}) { background-color: #ffeb3b; color: #000000; }
::highlight(${name}-word) { text-decoration: underline 3px; text-underline-offset: 3px; }
@media (forced-colors: active) {
  ::highlight(${name}) { background-color: Highlight; color: HighlightText; }
}`;
}
