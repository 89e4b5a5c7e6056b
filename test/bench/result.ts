import type { Summary, Unit } from './stats.js';

/** A budget a median must meet: at most `max`, or at least `min`. */
export interface Budget {
  max?: number;
  min?: number;
}

export interface BenchResult {
  id: string;
  group: string;
  label: string;
  unit: Unit;
  /** Absent when the measure does not apply to this build; `note` then says why. */
  summary?: Summary;
  budget?: Budget;
  note?: string;
}

export type Verdict = 'pass' | 'FAIL' | 'n/a' | '';

export function verdict(result: BenchResult): Verdict {
  if (!result.summary) return 'n/a';
  const { budget } = result;
  if (!budget) return '';
  const { median } = result.summary;
  const ok = (budget.max === undefined || median <= budget.max) && (budget.min === undefined || median >= budget.min);
  return ok ? 'pass' : 'FAIL';
}
