/** A mistake in how the command was called (exit code 2), as opposed to a failure while running (1). */
export class UsageError extends Error {}
