import type { TermStrings } from '../../../../extension/content/explain-terms/strings.js';

/** The English wording of the extension's messages, for tests that run outside the extension. */
export const TEST_STRINGS: TermStrings = {
  panelButton: (count) => `Explained terms (${count})`,
  panelHeading: 'Explained terms on this page',
  panelIntro: 'Choose a term to go to it on the page.',
  shortcutHint: 'Keyboard: select a term and press Alt+Shift+E.',
  foundCount: (count) => `${count} medical terms explained on this page.`,
  noneFound: 'No medical terms found on this page.',
  showOnPage: (count) => (count === 1 ? 'Found once. Show on page' : `Found ${count} times. Show on page`),
  close: 'Close',
  standsFor: (expansion) => `Stands for: ${expansion}`,
  otherMeanings: 'It can also mean:',
  category: (category) => `Type: ${category}`,
  source: (publisher) => `Source: ${publisher}`,
  popoverLabel: (term) => `Meaning of ${term}`,
};
