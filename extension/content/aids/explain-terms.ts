import type { Aid } from '../aid-runner.js';
import { startExplainTerms } from '../explain-terms/page-terms.js';
import { localeStrings } from '../explain-terms/strings.js';

/** Plain-English meanings of the medical terms on the page; `mainContent` is the portal profile's selector. */
export function explainTerms(mainContent: () => string): Aid {
  return {
    id: 'explain-terms',
    configKey: (aids) => (aids.explainTerms ? 'on' : undefined),
    start(_aids, signal) {
      startExplainTerms({ mainContent: [mainContent()], strings: localeStrings() }, signal);
    },
  };
}
