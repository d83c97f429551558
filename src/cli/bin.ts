/** The program behind the `gwlint` command, started by ./launcher.ts (bundled as dist/gwlint-core.cjs). */
import { main } from './main.js';

process.exitCode = main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTty: process.stdout.isTTY === true,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
