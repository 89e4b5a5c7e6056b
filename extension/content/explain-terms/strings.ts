/**
 * The words the explain-terms UI shows, as one object so the content script passes the extension's
 * locale strings and unit tests pass their own (the i18n API exists only inside the extension).
 */
import type { GlossaryCategory } from '../../../shared/glossary/index.js';

export interface TermStrings {
  panelButton(count: number): string;
  panelHeading: string;
  panelIntro: string;
  shortcutHint: string;
  foundCount(count: number): string;
  noneFound: string;
  showOnPage(count: number): string;
  close: string;
  standsFor(expansion: string): string;
  otherMeanings: string;
  category(category: GlossaryCategory): string;
  source(publisher: string): string;
  popoverLabel(term: string): string;
}
