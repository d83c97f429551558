/** The program behind the `gwlint` command, started by ./launcher.ts (bundled as dist/gwlint-core.cjs). */
import { main } from './main.js';

/**
 * Whether this run linted: the launcher keeps V8's code cache from such a run only, since it has
 * compiled what linting needs (a `--version` run compiles next to nothing).
 */
export let linted = false;

process.exitCode = main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTty: process.stdout.isTTY === true,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  onLint: () => {
    linted = true;
  },
});
