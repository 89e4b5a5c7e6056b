import type { PortalProfile } from '../../portals/profiles.js';
import type { Aid } from '../aid-runner.js';
import { installPageStyle } from '../page-style.js';

/** A known portal's own CSS fixes, while a colour theme is on (and, like the theme, not under forced colours). */
export function portalFixes(portal: PortalProfile | undefined): Aid {
  return {
    id: 'portal-fixes',
    configKey: (aids) => (portal?.themeFixes && aids.colourTheme !== 'none' ? portal.id : undefined),
    start(_aids, signal) {
      if (portal?.themeFixes) installPageStyle('portal-fixes', `@media not (forced-colors: active) {${portal.themeFixes}\n}`, signal);
    },
  };
}
