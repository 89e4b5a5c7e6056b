/** The explain-terms strings from the extension's locale files (only inside the extension, where the i18n API exists). */
import type { GlossaryCategory } from '../../../shared/glossary/index.js';
import { t } from '../../ui/i18n.js';
import type { TermStrings } from './strings.js';

const CATEGORY_KEYS: Record<GlossaryCategory, Parameters<typeof t>[0]> = {
  tests: 'explainTermsCategoryTests',
  medicines: 'explainTermsCategoryMedicines',
  conditions: 'explainTermsCategoryConditions',
  shorthand: 'explainTermsCategoryShorthand',
};

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
