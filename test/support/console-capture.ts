/**
 * Records what code under test writes to the console, instead of printing it, until `restore()`.
 * Each call is kept as its arguments (`calls`) and as one line of text (`lines`), so a test can check
 * the exact message and the exact error object it was given.
 */
export interface ConsoleCapture {
  readonly calls: unknown[][];
  readonly lines: string[];
  restore(): void;
}

type Level = 'warn' | 'error' | 'log' | 'info';

export function captureConsole(level: Level, keep: (args: unknown[]) => boolean = () => true): ConsoleCapture {
  const original = console[level];
  const calls: unknown[][] = [];
  const lines: string[] = [];
  console[level] = (...args: unknown[]) => {
    if (!keep(args)) return;
    calls.push(args);
    lines.push(args.map(String).join(' '));
  };
  return { calls, lines, restore: () => void (console[level] = original) };
}

/** Runs `body` with `level` captured, restoring the console however `body` ends. */
export async function withConsole<T>(level: Level, body: (capture: ConsoleCapture) => T | Promise<T>): Promise<T> {
  const capture = captureConsole(level);
  try {
    return await body(capture);
  } finally {
    capture.restore();
  }
}
