/** The program behind the `gwlint` command, started by ./launcher.ts (bundled as dist/gwlint-core.cjs). */
import { main } from './main.js';
import { openOutput } from './stdio.js';
import { v8Tuning } from './v8-tuning.js';

/**
 * Whether this run linted: the launcher keeps V8's code cache from such a run only, since it has
 * compiled what linting needs (a `--version` run compiles next to nothing).
 */
export let linted = false;

const stdout = openOutput(1, () => process.stdout);
const stderr = openOutput(2, () => process.stderr);

/** The streams the run wrote through, whose writes the launcher lets finish before it exits. */
export const streams = [stdout.stream, stderr.stream].filter((stream) => stream !== undefined);

const code = main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTty: stdout.isTty,
  stdout: stdout.write,
  stderr: stderr.write,
  onLint: () => {
    linted = true;
  },
  beforeEachFile: v8Tuning(),
});
process.exitCode = stdout.failed || stderr.failed ? 2 : code;
