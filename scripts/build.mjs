// Bundles the CLI, the GitHub Action (and the benchmark) into single ES-module files in dist/, so
// start-up reads one file. dist/gwlint.js and dist/action.js are committed: installs from git
// (pre-commit, `npm ci` in a clone) need no build step, the Action (action.yml) runs from the
// repository without `npm install`, and CI fails when either is stale. They have no source map, so
// the same sources always give the same bytes.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  // Bundled CommonJS dependencies (ajv) call require(); give the ES module one.
  banner: { js: "import { createRequire as __gwlintCreateRequire } from 'node:module'; const require = __gwlintCreateRequire(import.meta.url);" },
};

await build({ ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/gwlint.js' });
chmodSync('dist/gwlint.js', 0o755);
await build({ ...common, entryPoints: ['src/action/main.ts'], outfile: 'dist/action.js' });
await build({ ...common, entryPoints: ['bench/main.ts'], outfile: 'dist/bench.js' });
