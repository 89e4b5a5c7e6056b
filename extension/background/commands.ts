import type { ReadAloudCommand } from '../messages.js';
import { siteAllowed } from '../site-pattern.js';

/** The command names in the manifest's "commands" section. */
export const COMMANDS = { toggleSite: 'toggle-site-aids', toggleHighContrast: 'toggle-high-contrast' } as const;

/** Read-aloud shortcuts, and what each asks of the tab. */
export const READ_ALOUD_SHORTCUTS: Readonly<Record<string, ReadAloudCommand>> = {
  'read-aloud-start': 'read-main',
  'read-aloud-pause': 'pause-resume',
  'read-aloud-stop': 'stop',
};

export interface CommandActions {
  toggleSite(origin: string): Promise<unknown>;
  toggleHighContrast(origin: string | undefined): Promise<unknown>;
  readAloud(command: ReadAloudCommand): Promise<unknown>;
}

/** The origin of a web page the user has allowed, or undefined for other pages. */
async function allowedOrigin(url: string | undefined): Promise<string | undefined> {
  if (!url || !/^https?:/.test(url)) return undefined;
  const origin = new URL(url).origin;
  return (await siteAllowed(origin)) ? origin : undefined;
}

/**
 * Runs a keyboard command for the active tab. The command grants activeTab, so the tab's URL is
 * readable here; the aids only change on sites the user has allowed.
 */
export async function handleCommand(command: string, tabUrl: string | undefined, actions: CommandActions): Promise<void> {
  const origin = await allowedOrigin(tabUrl);
  if (command === COMMANDS.toggleSite) {
    if (origin) await actions.toggleSite(origin);
    else console.info('Record Access Aids: aids are not allowed on this page; allow the site from the toolbar button first.');
  } else if (command === COMMANDS.toggleHighContrast) {
    await actions.toggleHighContrast(origin);
  } else if (command in READ_ALOUD_SHORTCUTS) {
    const readAloud = READ_ALOUD_SHORTCUTS[command];
    if (origin && readAloud) await actions.readAloud(readAloud);
    else console.info('Record Access Aids: read aloud works only on sites where aids are allowed.');
  }
}
