/**
 * The key of a practice page's progress: the page's path plus the practice's ODS code (or name), so two
 * practices on one origin, or one practice's guide on two pages, never share answers. A file of its own: the
 * element needs it at once, the store's code (progress-store.ts) only beside the first render.
 */
export function progressKey(path: string, odsCode: string | null, practiceName: string | null): string {
  return `${path}|${odsCode ? `ods:${odsCode}` : `name:${practiceName ?? ''}`}`;
}
