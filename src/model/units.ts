/** Durations: a number is milliseconds; a string is a number with `ms`, `s`, `m` or `h`. */
const DURATION = /^\d+(?:\.\d+)?(?:ms|s|m|h)$/;

export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return finiteMilli(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  // Tested, then read without a match array: nearly every route has a timeout.
  if (!DURATION.test(text)) return undefined;
  const factor = text.endsWith('ms') ? 1 : text.endsWith('s') ? 1000 : text.endsWith('m') ? 60_000 : 3_600_000;
  return finiteMilli(Number.parseFloat(text) * factor);
}

/**
 * Rounded to a thousandth, so that `2.01s` and `2010ms` (or `1.1h` and `66m`) compare equal
 * despite floating point; infinite or negative values are not durations.
 */
function finiteMilli(value: number): number | undefined {
  return Number.isFinite(value) && value >= 0 ? Math.round(value * 1000) / 1000 : undefined;
}

/** Sizes: a number is bytes; a string with `B`, `KB`, `MB`, `GB` (powers of 1024, any case). */
const SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)$/i;
const SIZE_FACTOR: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

export function parseSize(value: unknown): number | undefined {
  if (typeof value === 'number') return finiteMilli(value);
  if (typeof value !== 'string') return undefined;
  const match = SIZE.exec(value.trim());
  return match ? finiteMilli(Number(match[1]) * SIZE_FACTOR[match[2]!.toLowerCase()]!) : undefined;
}

/** `45000` → `45s`, `1500` → `1.5s`, `250` → `250ms`, `300000` → `5m`: how durations appear in messages. */
export function formatDuration(ms: number): string {
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms >= 120_000 && ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms >= 1000) return `${Number((ms / 1000).toFixed(3))}s`;
  return `${ms}ms`;
}
