/** What a file is, by its first bytes (never by its name or the type a server claims). */
export type DocumentKind = 'pdf' | 'png' | 'jpeg' | 'unknown';

export function documentKind(head: Uint8Array): DocumentKind {
  const starts = (...bytes: number[]): boolean => bytes.every((byte, i) => head[i] === byte);
  // "%PDF-" may follow a little junk; PDF readers accept it within the first 1024 bytes.
  const pdfAt = findAscii(head.subarray(0, 1024), '%PDF-');
  if (pdfAt >= 0) return 'pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  return 'unknown';
}

function findAscii(bytes: Uint8Array, text: string): number {
  outer: for (let i = 0; i + text.length <= bytes.length; i += 1) {
    for (let j = 0; j < text.length; j += 1) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/** The largest file the reader opens: a 30 MB phone photo fits; anything larger is refused with a message. */
export const MAX_DOCUMENT_BYTES = 60 * 1024 * 1024;
