/**
 * What the background keeps registered, and how to get there from what is registered now, without a
 * moment in which a page could load with no content script.
 *
 * Pure (no browser API), so the order of calls can be tested exactly; content-scripts.ts runs the steps.
 */

/** One registered content script, in the fields we set (a subset of scripting.RegisteredContentScript). */
export interface Registration {
  id: string;
  js?: string[];
  css?: string[];
  matches: string[];
  excludeMatches?: string[];
  runAt: 'document_start';
  persistAcrossSessions: true;
}

/** A script as the browser reports it: our fields, some possibly left out. */
export interface RegisteredScript {
  id: string;
  js?: string[] | undefined;
  css?: string[] | undefined;
  matches?: string[] | undefined;
  excludeMatches?: string[] | undefined;
  runAt?: string | undefined;
}

export type RegistrationStep =
  { kind: 'register'; scripts: Registration[] } | { kind: 'update'; scripts: Registration[] } | { kind: 'unregister'; ids: string[] };

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  [...(a ?? [])].sort().join('\n') === [...(b ?? [])].sort().join('\n');

/** Whether a registered script already does what `wanted` asks (browsers may fill in fields we left out). */
function unchanged(existing: RegisteredScript, wanted: Registration): boolean {
  return (
    sameList(existing.js, wanted.js) &&
    sameList(existing.css, wanted.css) &&
    sameList(existing.matches, wanted.matches) &&
    sameList(existing.excludeMatches, wanted.excludeMatches) &&
    (existing.runAt ?? 'document_idle') === wanted.runAt
  );
}

/**
 * The calls that turn `existing` (our scripts that are registered now) into `wanted`: nothing when they
 * already match, so repeating a sync is harmless. New and changed scripts come first and removals last,
 * so a script that stays wanted is never absent, even for a moment. A changed script is replaced in
 * place (update) rather than unregistered and registered again.
 */
export function registrationSteps(existing: readonly RegisteredScript[], wanted: readonly Registration[]): RegistrationStep[] {
  const byId = new Map(existing.map((script) => [script.id, script]));
  const register = wanted.filter((script) => !byId.has(script.id));
  const update = wanted.filter((script) => {
    const current = byId.get(script.id);
    return current !== undefined && !unchanged(current, script);
  });
  const wantedIds = new Set(wanted.map((script) => script.id));
  const unregister = [...byId.keys()].filter((id) => !wantedIds.has(id));
  const steps: RegistrationStep[] = [];
  if (register.length > 0) steps.push({ kind: 'register', scripts: register });
  if (update.length > 0) steps.push({ kind: 'update', scripts: update });
  if (unregister.length > 0) steps.push({ kind: 'unregister', ids: unregister });
  return steps;
}
