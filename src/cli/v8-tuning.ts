/**
 * V8 settings for the command's short run, set once it has parsed enough text for them to matter
 * (small runs, pre-commit's, keep V8's defaults and do not even load `node:v8`, which costs 1–3
 * ms). Both were measured on this project's 2-core reference machine in interleaved runs, against
 * V8's defaults; only Node.js 20's V8 gets them.
 *
 * **Less inlining.** A 10,000-route run is mostly over before V8's optimising compiler has caught
 * up: it compiles some 120 functions on the second core, and with its default inlining budget the
 * parser's largest took 25–45 ms each, while the garbage collector's helper waited for that core.
 * With a cumulative budget of 150 bytes of bytecode instead of 920 (small functions are inlined
 * whatever the budget): 30–50 ms less at 10,000 routes (31 and 41 runs). At 100,000 routes schema
 * validation, whose generated functions call each other, takes some 90 ms longer, and the model
 * and rule stages about as much less: no loss overall.
 *
 * **A capped young generation.** V8 doubles its young generation, from 2 × 2 MiB up to
 * 2 × 16 MiB, whenever much of it survives a collection, as most of a parsed configuration does.
 * Each doubling is fresh memory, and on virtual machines, where CI and most developers' containers
 * run, the first touch of a fresh page is slow (about 10 µs there; `npm run bench` measures it),
 * while a short run gains little from the fewer collections. Capped at 2 × 8 MiB (as
 * `--max-semi-space-size=8` would, which only the command line can set): 1,300 fewer page faults
 * and 30 ms less at 10,000 routes; no change at 100,000. At 2 × 4 MiB only 11 ms less, as more
 * short-lived objects reached the old generation, which then sometimes needed a full collection;
 * at 2 × 2 MiB, 0.1 s more at 100,000 routes, collecting too often. The size limit is fixed when
 * Node.js starts, but the growth factor is read at every growth: it is set to 1 once the young
 * generation has reached the cap, checked before each file is parsed, so a single file large
 * enough to grow it past the cap on its own keeps V8's sizing.
 *
 * Every flag is set back before the process exits, because V8 tags the code cache the launcher
 * may then write with a digest of its flags: a cache tagged with changed flags would be refused,
 * compiled and written again, on every later run. Nothing is changed when the command line or
 * `NODE_OPTIONS` sets any of these flags itself.
 */
import { createRequire } from 'node:module';
import type { SourceFile } from '../load/source.js';

/** Text parsed (with the file about to be) before the settings apply. */
const PARSED_BYTES_BEFORE_TUNING = 128 * 1024;

/** Node.js 20's V8, the one measured; the defaults below are its own. */
const MEASURED_V8 = '11.3.';

const INLINING_FLAG = '--max-inlined-bytecode-size-cumulative';
const INLINING_BUDGET = 150;
const DEFAULT_INLINING_BUDGET = 920;

const GROWTH_FACTOR_FLAG = '--semi-space-growth-factor';
const DEFAULT_GROWTH_FACTOR = 2;
const YOUNG_GENERATION_CAP_BYTES = 16 * 1024 * 1024;

/** The command line's or `NODE_OPTIONS`'s own settings of these (`--max-semi-space-size`, `--no-turbo-inlining`, …). */
const USER_FLAGS = /--[\w-]*(semi-space|inlin)/;

type V8 = typeof import('node:v8');

/** The function to call before each file is parsed; one that does nothing where the settings do not apply. */
export function v8Tuning(): (file: SourceFile) => void {
  const setByUser = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((options) => USER_FLAGS.test(options));
  if (!process.versions.v8.startsWith(MEASURED_V8) || setByUser) return () => {};
  let parsedBytes = 0;
  let v8: V8 | undefined;
  let capped = false;
  return (file) => {
    parsedBytes += file.text.length;
    if (capped || parsedBytes < PARSED_BYTES_BEFORE_TUNING) return;
    if (!v8) {
      v8 = createRequire(import.meta.url)('node:v8') as V8;
      v8.setFlagsFromString(`${INLINING_FLAG}=${INLINING_BUDGET}`);
      // Before the launcher's own `exit` listener, which writes the code cache.
      process.prependOnceListener('exit', () => {
        v8!.setFlagsFromString(`${INLINING_FLAG}=${DEFAULT_INLINING_BUDGET}`);
        v8!.setFlagsFromString(`${GROWTH_FACTOR_FLAG}=${DEFAULT_GROWTH_FACTOR}`);
      });
    }
    const youngGeneration = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    if (youngGeneration === undefined || youngGeneration.space_size < YOUNG_GENERATION_CAP_BYTES) return;
    v8.setFlagsFromString(`${GROWTH_FACTOR_FLAG}=1`);
    capped = true;
  };
}
