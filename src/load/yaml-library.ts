/**
 * The `yaml` package, loaded on first use. gwlint's own scanner (./fast/) reads nearly every file,
 * so most runs never need the package, and not loading it keeps start-up short: it is about two
 * fifths of the bundled program. The bundles load it from their own file, dist/gwlint-yaml.cjs
 * (scripts/build.mjs sets `GWLINT_YAML_MODULE`); tests and the type checker use the package itself.
 */
import { createRequire } from 'node:module';

/** Where the bundles find the package, relative to themselves; undefined outside the bundles. */
declare const GWLINT_YAML_MODULE: string | undefined;

type YamlLibrary = typeof import('yaml');

let library: YamlLibrary | undefined;

export function yamlLibrary(): YamlLibrary {
  library ??= createRequire(import.meta.url)(typeof GWLINT_YAML_MODULE === 'string' ? GWLINT_YAML_MODULE : 'yaml') as YamlLibrary;
  return library;
}
