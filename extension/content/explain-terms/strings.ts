/**
 * The words the explain-terms UI shows, as one object so the content script passes the extension's
 * locale strings and unit tests pass their own (the i18n API exists only inside the extension).
 */
import type { GlossaryCategory } from '../../../shared/glossary/index.js';
import { t } from '../../ui/i18n.js';

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

const CATEGORY_KEYS = {
  tests: 'explainTermsCategoryTests',
  medicines: 'explainTermsCategoryMedicines',
  conditions: 'explainTermsCategoryConditions',
  shorthand: 'explainTermsCategoryShorthand',
} as const;

/** The extension's own strings, in the browser's language. */
export function localeStrings(): TermStrings {
  return {
    panelButton: (count) => t('explainTermsPanelButton', String(count)),
    panelHeading: t('explainTermsPanelHeading'),
    panelIntro: t('explainTermsPanelIntro'),
    shortcutHint: t('explainTermsShortcutHint'),
    foundCount: (count) => t('explainTermsFoundCount', String(count)),
    noneFound: t('explainTermsNoneFound'),
    showOnPage: (count) => (count === 1 ? t('explainTermsOccurrence') : t('explainTermsOccurrences', String(count))),
    close: t('explainTermsClose'),
    standsFor: (expansion) => t('explainTermsStandsFor', expansion),
    otherMeanings: t('explainTermsOtherMeanings'),
    category: (category) => t('explainTermsCategory', t(CATEGORY_KEYS[category])),
    source: (publisher) => t('explainTermsSource', publisher),
    popoverLabel: (term) => t('explainTermsPopoverLabel', term),
  };
}
