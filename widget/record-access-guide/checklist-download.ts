/**
 * The checklist as a plain-text file the patient saves: made on the device from the same checklist
 * document as the page (never by reading the page), with no answers beyond what the checklist shows.
 * Plain text opens on any device and reads well in any screen reader. No network: a Blob and <a download>,
 * which work under a strict Content Security Policy (no inline script; blob: URLs are not fetched).
 */
import type { ChecklistDocument, ContactLine } from './checklist-document.js';

/** Windows line ends, so even old Notepad shows one line per line. */
const EOL = '\r\n';

/** A line's words, then its web address after a colon (a phone number or email is already in the words). */
function withAddress(line: ContactLine): string {
  return line.url && /^https?:/.test(line.url) ? `${line.text}: ${line.url}` : line.text;
}

/** The file's text: heading, practice, date, numbered steps, then how to contact the practice. */
export function checklistAsText(document: ChecklistDocument, madeOn: string): string {
  const lines: string[] = [document.heading, document.practice, madeOn, '', document.intro, ''];
  document.entries.forEach((entry, index) => {
    lines.push(`${index + 1}. ${entry.text}`);
    for (const item of entry.subItems) lines.push(`   - ${item}`);
    for (const link of entry.links) lines.push(`   - ${withAddress(link)}`);
  });
  lines.push('', document.contactHeading);
  for (const contact of document.contacts) lines.push(`- ${withAddress(contact)}`);
  for (const detail of document.details) lines.push(`- ${detail}`);
  return lines.join(EOL) + EOL;
}

/** A file name safe on every system: the locale's words for "next steps", then the date (YYYY-MM-DD). */
export function checklistFileName(baseName: string, date: Date): string {
  const safe =
    baseName
      .normalize('NFKD')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'next-steps';
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${safe}-${day}.txt`;
}

/** Saves `text` as a UTF-8 file through a temporary link in `container` (inside the shadow root). */
export function saveTextFile(container: Node, fileName: string, text: string): void {
  // The byte order mark tells older Windows editors the file is UTF-8 (Welsh ŵ and ŷ, curly quotes).
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/plain;charset=utf-8' }));
  const link = (container.ownerDocument ?? document).createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  container.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
