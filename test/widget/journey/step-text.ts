/**
 * Renders one step's body (widget/record-access-guide/step-views.ts) into a detached-from-the-element
 * container, in English, for tests that read what a patient reads on each screen of each path.
 */
import { render } from 'lit';
import { defaultConfig, type PracticeConfig } from '../../../widget/config/config.js';
import { enGB } from '../../../widget/content/en-GB.js';
import { createTextLookup } from '../../../widget/content/text.js';
import type { JourneyState } from '../../../widget/journey/types.js';
import { stepBody, type ViewContext } from '../../../widget/record-access-guide/step-views.js';
import { DEMO_CONTEXT } from '../../a11y/support/journey-paths.js';

export function viewContext(state: JourneyState, config: PracticeConfig = defaultConfig()): ViewContext {
  return {
    t: createTextLookup(enGB, {}),
    config,
    state,
    offered: DEMO_CONTEXT,
    error: null,
    draft: null,
    practice: enGB.defaultPracticeName.text,
    onChange: () => undefined,
    glossary: {},
    madeOn: () => '',
    onPrint: () => undefined,
    onDownload: () => undefined,
  };
}

/** Renders `state`'s step into a fresh container in the document (so innerText sees what is shown). */
export function renderStep(state: JourneyState, config?: PracticeConfig): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(stepBody(viewContext(state, config)), container);
  return container;
}

/** Words a person sees without opening anything: closed <details> hide their content from innerText. */
export function visibleWords(container: HTMLElement): number {
  return container.innerText.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
