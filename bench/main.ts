/** Entry of `dist/bench.js` (`npm run bench`). */
import { BenchUsageError, parseBenchArgs, runBench } from './run.js';

try {
  process.exitCode = runBench(parseBenchArgs(process.argv.slice(2)));
} catch (error) {
  if (!(error instanceof BenchUsageError)) throw error;
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = 2;
}
