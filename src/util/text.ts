/** `1 error`, `2 errors`; `many` for irregular plurals (`baseline entries are`). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The first line of an error's message: what one-line error reports show. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}
