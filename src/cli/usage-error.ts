/** A mistake in how gwlint was called: one line on stderr and exit code 2. */
export class UsageError extends Error {}
