import { SETTINGS_VERSION, type SettingsProblem } from './schema.js';
import { t } from '../ui/i18n.js';

/** A settings problem in the person's language (messages.json): for the import error summary and console messages. */
export function settingsProblemText(problem: SettingsProblem): string {
  switch (problem.code) {
    case 'not-settings':
      return t('settingsProblemNotSettings');
    case 'no-valid-version':
      return t('settingsProblemNoValidVersion', [problem.found, String(SETTINGS_VERSION)]);
    case 'newer-version':
      return t('settingsProblemNewerVersion', [String(problem.found), String(SETTINGS_VERSION)]);
    case 'migration-failed':
      return t('settingsProblemMigrationFailed', [String(problem.from), problem.reason]);
    case 'global-not-object':
      return t('settingsProblemGlobalNotObject');
    case 'invalid-value':
      return problem.site === undefined
        ? t('settingsProblemInvalidGlobalValue', [problem.setting, problem.value])
        : t('settingsProblemInvalidSiteValue', [problem.site, problem.setting, problem.value]);
    case 'sites-not-object':
      return t('settingsProblemSitesNotObject');
    case 'not-a-site':
      return t('settingsProblemNotASite', problem.site);
    case 'site-not-object':
      return t('settingsProblemSiteNotObject', problem.site);
    case 'site-enabled-invalid':
      return t('settingsProblemSiteEnabledInvalid', problem.site);
    case 'site-aids-not-object':
      return t('settingsProblemSiteAidsNotObject', problem.site);
  }
}
