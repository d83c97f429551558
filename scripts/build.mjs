// Bundles the CLI, the GitHub Action (and the benchmark) into single ES-module files in dist/, so
// start-up reads one file. dist/gwlint.js and dist/action.js are committed: installs from git
// (pre-commit, `npm ci` in a clone) need no build step, the Action (action.yml) runs from the
// repository without `npm install`, and CI fails when either is stale. They have no source map, so
// the same sources always give the same bytes.
//
// The bundles carry the JSON-Schema validators precompiled: src/validate/validators.ts (which
// compiles them with ajv at run time, for the tests) is replaced by ajv's standalone code that
// src/validate/standalone.ts generates here, so the CLI does not compile schemas on every start.
// The generated code lives only in memory and in the bundles; nothing is written to src/.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const validatorsFile = path.join(root, 'src', 'validate', 'validators.ts');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  // Bundled CommonJS dependencies (ajv) call require(); give the ES module one.
  banner: { js: "import { createRequire as __gwlintCreateRequire } from 'node:module'; const require = __gwlintCreateRequire(import.meta.url);" },
};

/**
 * Runs src/validate/standalone.ts and returns the module it generates. It is TypeScript, so it is
 * bundled first, then imported from memory; its `require` resolves from the repository root.
 */
async function standaloneValidatorsModule() {
  const requireFrom = JSON.stringify(pathToFileURL(path.join(root, 'package.json')).href);
  const { outputFiles } = await build({
    ...common,
    banner: { js: `import { createRequire as __gwlintCreateRequire } from 'node:module'; const require = __gwlintCreateRequire(${requireFrom});` },
    entryPoints: ['src/validate/standalone.ts'],
    write: false,
    outfile: 'standalone.js',
  });
  const url = `data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`;
  const generator = await import(url);
  return generator.standaloneValidatorsModule();
}

/** Puts the generated module in place of src/validate/validators.ts, and fails the build when that file is not in it. */
function precompiledValidators(contents) {
  return {
    name: 'precompiled-validators',
    setup(builder) {
      let replaced = false;
      builder.onStart(() => {
        replaced = false;
      });
      builder.onLoad({ filter: /[\\/]src[\\/]validate[\\/]validators\.ts$/ }, (args) => {
        if (path.resolve(args.path) !== validatorsFile) return undefined;
        replaced = true;
        return { contents, loader: 'js', resolveDir: path.dirname(validatorsFile) };
      });
      builder.onEnd((result) => {
        if (result.errors.length > 0 || replaced) return undefined;
        return { errors: [{ text: `precompiled-validators: ${path.relative(root, validatorsFile)} is not part of this bundle; update scripts/build.mjs` }] };
      });
    },
  };
}

const plugins = [precompiledValidators(await standaloneValidatorsModule())];

await build({ ...common, plugins, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/gwlint.js' });
chmodSync(path.join(root, 'dist/gwlint.js'), 0o755);
await build({ ...common, plugins, entryPoints: ['src/action/main.ts'], outfile: 'dist/action.js' });
await build({ ...common, plugins, entryPoints: ['bench/main.ts'], outfile: 'dist/bench.js' });
