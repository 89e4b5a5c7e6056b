/**
 * The person's reading aids on the reader page. Content scripts never run on extension pages, so the
 * reader starts the same aids itself (extension/content/aids, with the same AidRunner), from the same
 * settings, and follows changes live. Read-aloud is the content script's PageReader over the document text.
 */
import { AidRunner } from '../content/aid-runner.js';
import { aidsFor } from '../content/aids/index.js';
import { PageReader } from '../content/read-aloud/page-reader.js';
import { effectiveAids, type Aids, type Settings } from '../settings/schema.js';
import { loadSettings, onSettingsChanged } from '../settings/storage.js';
import { t } from '../ui/i18n.js';

/** The document text's container: what "read aloud", the ruler and explain-terms treat as main content. */
export const DOCUMENT_TEXT = '#document-text';

/**
 * The aids for the reader: those of the site the document came from when it has its own (even if aids
 * are switched off on that site's pages, the person opened the reader on purpose), else the global ones.
 */
export function readerAids(settings: Settings, sourceOrigin: string | undefined): Aids {
  return (sourceOrigin ? effectiveAids(settings, sourceOrigin) : undefined) ?? { ...settings.global };
}

export async function startReaderAids(sourceOrigin: string | undefined, signal: AbortSignal): Promise<PageReader> {
  const runner = new AidRunner(aidsFor(undefined).map((aid) => aid));
  let current: Aids | undefined;
  const reader = new PageReader({ mainContentSelectors: [DOCUMENT_TEXT], aids: () => current, strings: t });
  const apply = (settings: Settings): void => {
    current = readerAids(settings, sourceOrigin);
    runner.apply(current);
  };
  onSettingsChanged(apply, signal);
  apply(await loadSettings());
  signal.addEventListener('abort', () => {
    reader.end();
    runner.stopAll();
  });
  return reader;
}
