/** Entry of `dist/bench.js`: the benchmark (`npm run bench`), or its measuring child (`--child <dir>`). */
import { runChild } from './child.js';
import { BenchUsageError, parseBenchArgs, runBench } from './run.js';

const argv = process.argv.slice(2);
if (argv[0] === '--child' && argv[1]) {
  runChild(argv[1]);
} else {
  try {
    process.exitCode = runBench(parseBenchArgs(argv));
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error;
    process.stderr.write(`bench: ${error.message}\n`);
    process.exitCode = 2;
  }
}
