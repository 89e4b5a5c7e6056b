/**
 * The document reader page (reader.html). Opened by the popup or the context menu with `?src=<address>`
 * of a document on a site the person has allowed, or empty, to open a file.
 */
import { ReaderApp } from './reader-app.js';
import { startReaderAids } from './reader-aids.js';
import { documentAddress } from './reader-address.js';
import { rs } from './strings.js';

async function start(): Promise<void> {
  const app = new ReaderApp();
  const src = new URLSearchParams(location.search).get('src');
  const source = src ? documentAddress(src) : undefined;
  const lifetime = new AbortController();
  const reader = await startReaderAids(source?.origin, lifetime.signal);
  const readButton = (id: string, command: 'read-main' | 'read-from-here' | 'read-selection'): void => {
    // Keep the selection: pressing a button must not clear what the person selected to be read.
    const button = document.getElementById(id);
    button?.addEventListener('mousedown', (event) => event.preventDefault());
    button?.addEventListener('click', (event) => {
      const outcome = reader.run(command, (event as MouseEvent).detail === 0);
      if (!outcome.ok && outcome.refusal === 'no-selection') document.getElementById('status')?.replaceChildren(rs('selectFirst'));
    });
  };
  readButton('read-document', 'read-main');
  readButton('read-from-here', 'read-from-here');
  readButton('read-selection', 'read-selection');
  if (src !== null) await app.openAddress(src, new URLSearchParams(location.search).get('from') ?? undefined);
  else document.body.dataset.readerState = 'empty';
}

start().catch((error: unknown) => console.error('Record Access Aids reader: could not start.', error));
