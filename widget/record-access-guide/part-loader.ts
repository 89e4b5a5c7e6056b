/**
 * Loading a part of the guide that comes as its own file (a language, Listen's speech code), and telling
 * why it did not load: the page's Content-Security-Policy blocked it, or something else (offline, a
 * missing file). The patient is told what is true: a blocked part cannot be loaded on this page at all,
 * so "check your internet connection" would send them looking for a fault they do not have. The webmaster
 * gets one console message naming the policy.
 */

/** Why a part did not load. */
export type PartFailure = 'blocked' | 'failed';

export type PartResult<T> = { ok: true; value: T } | { ok: false; failure: PartFailure; message: string };

/**
 * How long to wait, after a load fails, for the browser's report that the policy blocked it: the
 * `securitypolicyviolation` event is queued as a task of its own and may arrive just after the failure.
 * Only a failed load waits.
 */
const REPORT_WAIT_MS = 100;

const PREFIX = 'record-access-guide:';

/** A script load the policy refused (script-src or script-src-elem). */
function blocksScript(event: SecurityPolicyViolationEvent): boolean {
  return event.effectiveDirective.startsWith('script-src') && event.disposition === 'enforce';
}

/**
 * Runs `load` (a dynamic import), watching for the policy blocking it. `what` names the part in the
 * webmaster's message ("the Welsh language file").
 */
export async function loadPart<T>(what: string, load: () => Promise<T>): Promise<PartResult<T>> {
  const blocked: SecurityPolicyViolationEvent[] = [];
  const listener = (event: SecurityPolicyViolationEvent): void => {
    if (blocksScript(event)) blocked.push(event);
  };
  let watching = false;
  try {
    document.addEventListener('securitypolicyviolation', listener);
    watching = true;
  } catch {
    // A page that broke addEventListener: the failure is then reported as a plain one.
  }
  try {
    return { ok: true, value: await load() };
  } catch (error) {
    if (watching && blocked.length === 0) await new Promise((resolve) => setTimeout(resolve, REPORT_WAIT_MS));
    const reason = error instanceof Error ? error.message : String(error);
    const report = blocked[0];
    if (report) {
      const address = report.blockedURI || 'its address';
      return {
        ok: false,
        failure: 'blocked',
        message: `${PREFIX} ${what} could not be loaded: this page's Content-Security-Policy blocked it (${report.effectiveDirective} refused ${address}). Allow the folder the guide's script is served from in script-src (for example 'self', or the script's own address ending in /), so its parts load too.`,
      };
    }
    return { ok: false, failure: 'failed', message: `${PREFIX} ${what} could not be loaded (${reason}).` };
  } finally {
    if (watching) document.removeEventListener('securitypolicyviolation', listener);
  }
}
