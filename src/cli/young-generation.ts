/**
 * V8 doubles its young generation, from 2 × 2 MiB up to 2 × 16 MiB, whenever much of it survives a
 * collection, as most of a parsed configuration does. Each doubling is fresh memory for the
 * allocations that follow, and on virtual machines, where CI and most developers' containers
 * run, the first touch of a fresh page is slow (about 10 µs on this project's reference machine;
 * `npm run bench` measures it), while a short run gains little from the fewer collections.
 * Measured there in interleaved runs (41 at 10,000 routes, 5 at 100,000), against V8's sizing:
 * - capped at 2 × 8 MiB (as `--max-semi-space-size=8` would, which only the command line can
 *   set): 1,300 fewer page faults and 30 ms less at 10,000 routes; no change at 100,000;
 * - capped at 2 × 4 MiB: 2,700 fewer page faults but only 11 ms less at 10,000 routes, as more
 *   short-lived objects survive into the old generation, which then sometimes needs a full
 *   collection before the run ends;
 * - kept at 2 × 2 MiB: 0.1 s slower at 100,000 routes, collecting too often.
 *
 * The size limit is fixed when Node.js starts, but the growth factor is read at every growth: the
 * watcher, called after each parsed file, sets it to 1 once the young generation has reached the
 * cap. So a single file large enough to grow it past the cap on its own keeps V8's sizing. The
 * factor is set back before the process exits, because V8 tags the code cache the launcher may
 * then write with a digest of its flags: a cache tagged with a changed flag would be refused,
 * compiled and written again, on every later run.
 *
 * Only on the V8 version this was measured on (Node.js 20's), and not when the command line or
 * `NODE_OPTIONS` sizes the young generation itself.
 */
import { createRequire } from 'node:module';
import type { SourceFile } from '../load/source.js';

const CAP_BYTES = 16 * 1024 * 1024;

/**
 * Loading `node:v8` costs 1–3 ms, about 1% of a small run, and the young generation does
 * not grow before some hundreds of KB of text have been parsed: it is loaded only past this.
 */
const PARSED_BYTES_BEFORE_WATCHING = 128 * 1024;

const MEASURED_V8_MAJOR = 11;
const GROWTH_FACTOR_FLAG = '--semi-space-growth-factor';
const DEFAULT_GROWTH_FACTOR = 2;

/** The watcher to call after each parsed file; one that does nothing where the cap does not apply. */
export function youngGenerationWatcher(): (file: SourceFile) => void {
  const v8Major = Number(process.versions.v8.split('.')[0]);
  const sizedByUser = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((option) => option.includes('semi-space'));
  if (v8Major !== MEASURED_V8_MAJOR || sizedByUser) return () => {};
  let parsedBytes = 0;
  let capped = false;
  let v8: typeof import('node:v8') | undefined;
  return (file) => {
    parsedBytes += file.text.length;
    if (capped || parsedBytes < PARSED_BYTES_BEFORE_WATCHING) return;
    v8 ??= createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
    const youngGeneration = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    if (youngGeneration === undefined || youngGeneration.space_size < CAP_BYTES) return;
    v8.setFlagsFromString(`${GROWTH_FACTOR_FLAG}=1`);
    capped = true;
    // Before the launcher's own `exit` listener, which writes the code cache.
    process.prependOnceListener('exit', () => v8!.setFlagsFromString(`${GROWTH_FACTOR_FLAG}=${DEFAULT_GROWTH_FACTOR}`));
  };
}
