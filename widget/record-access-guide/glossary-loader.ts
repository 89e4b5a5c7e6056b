/**
 * Fetching the guide's glossary (glossary-part.ts) beside the first render, so the record step's short forms
 * can be linked to their meanings (term-links.ts) when the patient gets there.
 */
import type { CompiledGlossary } from '../../shared/glossary/matcher.js';

/**
 * The glossary (its terms and matcher) is a separate file that only the step with record examples needs.
 * Until it has loaded, text is shown unlinked; `loadGlossary` fetches it, and its promise resolves once
 * the terms can be linked (re-render then).
 */
let compiled: CompiledGlossary | undefined;
let loading: Promise<boolean> | undefined;

export function loadGlossary(): Promise<boolean> {
  if (loading) return loading;
  loading = import('./glossary-part.js').then(
    (part) => {
      try {
        // Compiled here, not at module load: a failure (a host page's broken built-in) is then reported, not thrown at the page.
        compiled = part.compileWidgetGlossary();
        return true;
      } catch (error) {
        console.warn(
          'record-access-guide: the glossary could not be set up on this page; short forms in the examples are shown without their meanings.',
          error,
        );
        return false;
      }
    },
    (error: unknown) => {
      console.warn('record-access-guide: the glossary could not be fetched; short forms in the examples are shown without their meanings.', error);
      // Fetched again the next time a step needs it (a dropped connection may come back).
      loading = undefined;
      return false;
    },
  );
  return loading;
}

/** The glossary, once it can link terms. */
export function loadedGlossary(): CompiledGlossary | undefined {
  return compiled;
}

/** Calls `onLoaded` once the glossary can link terms, if it cannot yet (the host re-renders then). */
export function whenGlossaryLoads(onLoaded: () => void): void {
  if (compiled) return;
  void loadGlossary().then((loaded) => loaded && onLoaded());
}
