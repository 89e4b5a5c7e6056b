/**
 * Erasing every saved answer on this site for quick exit, so that nothing is left behind however the
 * database is doing: slow, closed by another tab's newer version, or held open by another tab.
 *
 * 1. A marker is written to localStorage first, synchronously, so it survives the navigation away. It holds
 *    no answers (just "1"); any later load of the guide on this site deletes everything before it offers
 *    anything back, and then removes the marker.
 * 2. Other tabs are told (BroadcastChannel, and the marker's own `storage` event), so an open tab forgets
 *    the answers on its screen and cannot save them again on its next step.
 * 3. The whole database is deleted. Deleting (rather than opening and clearing a store) works whatever
 *    version another tab has raised it to, and closes every tab's connection first, so no write can land
 *    after it.
 */
import { DB_NAME } from './schema.js';

const MARKER_KEY = 'record-access-guide:erase-pending';
const CHANNEL_NAME = 'record-access-guide';
const ERASE_MESSAGE = 'erase-saved-answers';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Blocked storage throws on access.
    return null;
  }
}

/** True when a quick exit asked for everything to be erased and that has not yet been done. */
export function erasePending(): boolean {
  try {
    const marker = storage()?.getItem(MARKER_KEY);
    return marker !== null && marker !== undefined;
  } catch {
    return false;
  }
}

function setMarker(): void {
  try {
    storage()?.setItem(MARKER_KEY, '1');
  } catch {
    // Storage refused or full: the delete below, and the message to other tabs, still run.
  }
}

function removeMarker(): void {
  try {
    storage()?.removeItem(MARKER_KEY);
  } catch {
    // Nothing to do: the next load deletes again, which is harmless.
  }
}

function tellOtherTabs(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  try {
    const channel = new BroadcastChannel(CHANNEL_NAME);
    channel.postMessage(ERASE_MESSAGE);
    channel.close();
  } catch {
    // The marker's storage event still reaches them.
  }
}

/** Deletes the guide's whole database. Resolves true once it is gone, false if it could not be (yet). */
export function deleteSavedAnswers(waitMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    // A delete queued behind another blocked one gets no "blocked" event of its own: stop waiting anyway.
    setTimeout(() => resolve(false), waitMs);
    try {
      if (typeof indexedDB === 'undefined' || indexedDB === null) return resolve(false);
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = () => resolve(true);
      // Another connection (an old tab that ignores versionchange) holds it open: the delete stays queued
      // and happens when that tab lets go; meanwhile the caller must not wait.
      request.onblocked = () => resolve(false);
      request.onerror = (event) => {
        // Handled here: an unhandled IndexedDB error must not reach the host page's error handlers.
        event.preventDefault();
        resolve(false);
      };
    } catch {
      resolve(false);
    }
  });
}

/** Quick exit: marks, tells other tabs, deletes. Resolves true once everything is gone (and the marker with it). */
export async function eraseEverywhere(): Promise<boolean> {
  setMarker();
  tellOtherTabs();
  const deleted = await deleteSavedAnswers();
  if (deleted) removeMarker();
  return deleted;
}

/** On load: if a quick exit could not finish, finish it now. Resolves true when nothing is pending any more. */
export async function finishPendingErase(): Promise<boolean> {
  if (!erasePending()) return true;
  const deleted = await deleteSavedAnswers();
  if (deleted) removeMarker();
  return deleted;
}

/** Calls `onErase` when another tab erases the saved answers. Returns the function that stops listening. */
export function listenForEraseElsewhere(onErase: () => void): () => void {
  const stops: (() => void)[] = [];
  if (typeof BroadcastChannel !== 'undefined') {
    try {
      const channel = new BroadcastChannel(CHANNEL_NAME);
      channel.onmessage = (event: MessageEvent<unknown>) => {
        if (event.data === ERASE_MESSAGE) onErase();
      };
      stops.push(() => channel.close());
    } catch {
      // The storage event below still works.
    }
  }
  const onStorage = (event: StorageEvent): void => {
    if (event.key === MARKER_KEY && event.newValue !== null) onErase();
  };
  try {
    window.addEventListener('storage', onStorage);
    stops.push(() => window.removeEventListener('storage', onStorage));
  } catch {
    // A host page that broke addEventListener: the BroadcastChannel above still tells this tab.
  }
  return () => {
    for (const stop of stops) {
      try {
        stop();
      } catch {
        // As above: a patched removeEventListener must not break the guide.
      }
    }
  };
}
