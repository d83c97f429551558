// Bundles the CLI, the GitHub Action (and the benchmark) into files in dist/. dist/gwlint.cjs (the
// `gwlint` command, a small launcher), dist/gwlint-core.cjs (the program it starts, see
// src/cli/launcher.ts), dist/gwlint-yaml.cjs (the `yaml` package, which both load only when they
// need it) and dist/action.js are committed: installs from git
// (pre-commit, `npm ci` in a clone) need no build step, the Action (action.yml) runs from the
// repository without `npm install`, and CI fails when any is stale. They have no source map, so
// the same sources always give the same bytes.
//
// The bundles carry the JSON-Schema validators precompiled: src/validate/validators.ts (which
// compiles them with ajv at run time, for the tests) is replaced by ajv's standalone code that
// src/validate/standalone.ts generates here, so the CLI does not compile schemas on every start.
// The generated code lives only in memory and in the bundles; nothing is written to src/.
import { build } from 'esbuild';
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

// The `yaml` package in a file of its own, which the CLI and the Action load only when gwlint's own
// scanner declines a file (src/load/yaml-library.ts): most runs never read it.
const YAML_MODULE = './gwlint-yaml.cjs';
await build({
  ...common,
  entryPoints: [createRequire(path.join(root, 'package.json')).resolve('yaml')],
  outfile: 'dist/gwlint-yaml.cjs',
  format: 'cjs',
  banner: {},
  minifyWhitespace: true,
  minifySyntax: true,
});
const withYamlModule = { GWLINT_YAML_MODULE: JSON.stringify(YAML_MODULE) };

// The program as CommonJS, which the launcher compiles with V8's code cache. White space and
// syntax are minified (less to read and parse on every start); names are kept for stack traces.
await build({
  ...common,
  plugins,
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/gwlint-core.cjs',
  format: 'cjs',
  minifyWhitespace: true,
  minifySyntax: true,
  banner: {},
  // `createRequire(import.meta.url)` is the only use; `createRequire` takes a file path as well.
  define: { 'import.meta.url': '__filename', ...withYamlModule },
});
const core = readFileSync(path.join(root, 'dist/gwlint-core.cjs'));
// The launcher reads the program as Latin-1 (see src/cli/launcher.ts).
if (!isAscii(core)) throw new Error('dist/gwlint-core.cjs is not ASCII; the launcher reads it as Latin-1');
// The launcher wraps the program in a function, where a `#!` line would be a syntax error.
if (core.subarray(0, 2).toString() === '#!') throw new Error('dist/gwlint-core.cjs starts with #!; only src/cli/launcher.ts may have one');
const coreDigest = createHash('sha256').update(core).digest('hex').slice(0, 16);
await build({
  ...common,
  entryPoints: ['src/cli/launcher.ts'],
  outfile: 'dist/gwlint.cjs',
  format: 'cjs',
  banner: {},
  define: { GWLINT_CORE_DIGEST: JSON.stringify(coreDigest) },
});
chmodSync(path.join(root, 'dist/gwlint.cjs'), 0o755);
await build({ ...common, plugins, define: withYamlModule, entryPoints: ['src/action/main.ts'], outfile: 'dist/action.js' });
// The benchmark runs the built command (dist/gwlint.cjs) in child processes; it bundles none of it.
await build({ ...common, entryPoints: ['bench/main.ts'], outfile: 'dist/bench.js' });
