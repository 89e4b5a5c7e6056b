/**
 * True for a plain object such as JSON.parse gives: not null, not a list. Data that crosses a trust
 * boundary (stored settings, imported files, messages, saved progress) is checked with this before its
 * fields are read.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
