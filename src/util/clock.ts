/**
 * Milliseconds since the process started, on the monotonic clock `performance.now()` also reads.
 * The `performance` global loads Node.js's perf_hooks modules on first use, about 1.6 ms of every
 * start on this project's reference machine; `process.uptime()` needs none. Its origin is the
 * process's start, a few milliseconds before `performance.timeOrigin`.
 */
export function now(): number {
  return process.uptime() * 1000;
}
