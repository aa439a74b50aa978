/** One answer to pick from a list: the stored value, what the person reads, and a short explanation. */
export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/** Where a command writes and where it runs; passed in so that commands are testable. */
export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Asks a question in a terminal; absent when input is not a terminal (scripts, CI). */
  ask?: (question: string) => Promise<string>;
  /** Offers a list to pick from in a terminal (arrow keys and Enter); returns the chosen value. */
  choose?: (question: string, choices: Choice[]) => Promise<string>;
  /** Now, in epoch milliseconds (the CLI passes the clock; tests pass a fixed time). */
  now?: () => number;
}

/** The command was used wrongly: exit code 2 with this message, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit codes: 0 fine, 1 the data has problems, 2 misuse or crash. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
