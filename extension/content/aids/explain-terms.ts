import type { Aid } from '../aid-runner.js';
import { startExplainTerms } from '../explain-terms/page-terms.js';
import type { TermStrings } from '../explain-terms/strings.js';

/**
 * Plain-English meanings of the medical terms on the page. `mainContent` is the portal profile's
 * selector; `strings` gives the UI's words (the locale files in the extension, fixed ones in tests).
 */
export function explainTerms(mainContent: () => string, strings: () => TermStrings): Aid {
  return {
    id: 'explain-terms',
    configKey: (aids) => (aids.explainTerms ? 'on' : undefined),
    start(_aids, signal) {
      startExplainTerms({ mainContent: [mainContent()], strings: strings() }, signal);
    },
  };
}
