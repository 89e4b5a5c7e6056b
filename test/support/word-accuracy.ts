/** OCR word accuracy against a letter's known text: for the benchmark and the reader's OCR tests. */

/** Words for comparing OCR with the known text: lower case, letters and digits only. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word !== '');
}

/** Word accuracy in percent: 100 × (1 − word edit distance / words in the reference). */
export function wordAccuracy(reference: readonly string[], read: readonly string[]): number {
  let previous = Array.from({ length: read.length + 1 }, (_, j) => j);
  for (let i = 1; i <= reference.length; i++) {
    const row = [i];
    for (let j = 1; j <= read.length; j++) {
      const same = reference[i - 1] === read[j - 1] ? 0 : 1;
      row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + same);
    }
    previous = row;
  }
  return Math.max(0, 100 * (1 - (previous[read.length] ?? 0) / reference.length));
}

/**
 * Words recognised in percent, in any order: the share of the reference's words (counted with repeats)
 * found in what was read. A letter's two header columns read across (as OCR does) cost nothing here,
 * while they do in the in-order measure above.
 */
export function wordsRecognised(reference: readonly string[], read: readonly string[]): number {
  const left = new Map<string, number>();
  for (const word of read) left.set(word, (left.get(word) ?? 0) + 1);
  let found = 0;
  for (const word of reference) {
    const count = left.get(word) ?? 0;
    if (count > 0) {
      found += 1;
      left.set(word, count - 1);
    }
  }
  return (100 * found) / reference.length;
}
