// Exit codes, one meaning each, so a script can tell a clean run from a partial one:
// 0 every input was read, 1 the run failed, 2 usage error (bad option, missing argument,
// unreadable registry), 3 the run finished but some inputs were rejected (each one is listed on
// stderr with its file, line and reason; everything else was stored and processed).
export const EXIT = { ok: 0, failed: 1, usage: 2, partial: 3 } as const;

/** Marks the run as partial when inputs were rejected (a failure already set stays). */
export function noteRejected(count: number): void {
  if (count > 0 && !process.exitCode) process.exitCode = EXIT.partial;
}
