/** The program behind the `gwlint` command, started by ./launcher.ts (bundled as dist/gwlint-core.cjs). */
import { main } from './main.js';
import { youngGenerationWatcher } from './young-generation.js';

/**
 * Whether this run linted: the launcher keeps V8's code cache from such a run only, since it has
 * compiled what linting needs (a `--version` run compiles next to nothing).
 */
export let linted = false;

// A reader that stops early (`gwlint … | head`) closes the pipe: stop there, with the run's exit
// code and no stack trace. Any other failure to write the report is an internal error (exit 2).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(error.code === 'EPIPE' ? process.exitCode : 2);
  });
}

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
  afterEachFile: youngGenerationWatcher(),
});
