/**
 * Pure changes to settings, used by the background (the single writer) for messages and keyboard
 * commands. Each returns new settings and leaves its input untouched.
 */
import type { AidsScope } from '../messages.js';
import type { Aids, Settings, SiteSettings } from './schema.js';

function withSite(settings: Settings, origin: string, site: SiteSettings): Settings {
  return { global: settings.global, sites: { ...settings.sites, [origin]: site } };
}

export function updateAids(settings: Settings, scope: AidsScope, patch: Partial<Aids>): Settings {
  if (scope.kind === 'global') return { global: { ...settings.global, ...patch }, sites: settings.sites };
  const site = settings.sites[scope.origin] ?? { enabled: true };
  return withSite(settings, scope.origin, { ...site, aids: { ...site.aids, ...patch } });
}

/** `ownAids: true` gives the site its own aids, starting from the global ones; false returns it to the global aids. */
export function updateSite(settings: Settings, origin: string, change: { enabled?: boolean; ownAids?: boolean }): Settings {
  const current = settings.sites[origin] ?? { enabled: true };
  const site: SiteSettings = { enabled: change.enabled ?? current.enabled };
  if (change.ownAids === true) site.aids = current.aids ?? {};
  else if (change.ownAids === undefined && current.aids) site.aids = current.aids;
  return withSite(settings, origin, site);
}

/** The "toggle aids on this site" command. */
export function toggleSiteEnabled(settings: Settings, origin: string): Settings {
  const enabled = settings.sites[origin]?.enabled ?? true;
  return updateSite(settings, origin, { enabled: !enabled });
}

/**
 * The "toggle high contrast" command: any colour theme off, or high contrast dark on. It changes the
 * site's own aids when the site has its own colour theme, so the key does what the user sees.
 */
export function toggleHighContrast(settings: Settings, origin: string | undefined): Settings {
  const siteAids = origin ? settings.sites[origin]?.aids : undefined;
  const scope: AidsScope = origin && siteAids?.colourTheme !== undefined ? { kind: 'site', origin } : { kind: 'global' };
  const current = scope.kind === 'site' ? siteAids?.colourTheme : settings.global.colourTheme;
  return updateAids(settings, scope, { colourTheme: current === 'none' ? 'dark' : 'none' });
}
