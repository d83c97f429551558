/**
 * The bundles validate with ajv's standalone code (src/validate/standalone.ts, put in place of
 * src/validate/validators.ts by scripts/build.mjs); the tests and the type checker see the
 * validators ajv compiles at run time. Both must report exactly the same errors, since
 * src/validate/validate.ts and src/config/load.ts build their messages from every field of them
 * (keyword, paths, params, `parentSchema`, `schema`, `data`).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/parse.js';
import { VALIDATOR_SCHEMA_IDS, type ValidatorName } from '../../src/validate/schemas.js';
import { ruleOptionsSchemas, standaloneValidatorsModule } from '../../src/validate/standalone.js';
import { toValue } from '../../src/validate/to-value.js';
import * as runtime from '../../src/validate/validators.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const NAMES = Object.keys(VALIDATOR_SCHEMA_IDS) as ValidatorName[];
const SECTIONS = NAMES.filter((name) => name !== 'config');

let scratch: string;
let standalone: typeof runtime & Record<string, unknown>;

/** The generated module, bundled the way scripts/build.mjs bundles it (its `require()`s included). */
beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'gwlint-standalone-'));
  const { outputFiles } = await build({
    stdin: { contents: standaloneValidatorsModule(), resolveDir: path.join(root, 'src', 'validate'), loader: 'js', sourcefile: 'validators.js' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const file = path.join(scratch, 'validators.mjs');
  writeFileSync(file, outputFiles[0]!.contents);
  standalone = await import(/* @vite-ignore */ pathToFileURL(file).href);
}, 60_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

// --- inputs ---------------------------------------------------------------------------------------

function filesUnder(folder: string, pattern: RegExp): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Every document of a YAML or JSON text, as the plain data ajv sees (see `toValue`). */
function documentsOf(text: string, name: string): unknown[] {
  const parsed = parseSource({ path: path.join(root, name), displayPath: name, text });
  return parsed.documents.map((document) => toValue(document.root));
}

/** The native documents and config files the project ships or documents: fixtures, examples, docs. */
function seedDocuments(): unknown[] {
  const documents: unknown[] = [];
  for (const file of [...filesUnder(path.join(root, 'test', 'fixtures'), /\.(ya?ml|json)$/), ...filesUnder(path.join(root, 'examples'), /\.(ya?ml|json)$/)]) {
    documents.push(...documentsOf(readFileSync(file, 'utf8'), path.relative(root, file)));
  }
  for (const file of [path.join(root, 'README.md'), ...filesUnder(path.join(root, 'docs'), /\.md$/)]) {
    const text = readFileSync(file, 'utf8');
    for (const [, language, block] of text.matchAll(/^```(yaml|yml|json)\n([\s\S]*?)^```/gm)) {
      documents.push(...documentsOf(block!, `${path.relative(root, file)}.${language}`));
    }
  }
  return documents;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Values that break most schemas in a different way each: type, format, range, length, shape. */
const REPLACEMENTS: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  2.5,
  1e12,
  '',
  'x',
  '30 seconds',
  '1500ms',
  'https://a.example/x',
  'not a uri',
  'GET',
  [],
  ['x', 'x'],
  {},
  { bogus: 1 },
];

/** A copy of `value` (mappings without a prototype, as `toValue` makes them) with `change` applied at `at`. */
function edit(value: unknown, at: readonly string[], change: (old: unknown) => unknown): unknown {
  if (at.length === 0) return change(value);
  const [step, ...rest] = at as [string, ...string[]];
  if (Array.isArray(value)) return value.map((item, index) => (String(index) === step ? edit(item, rest, change) : item));
  const copy: Record<string, unknown> = Object.create(null);
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) copy[key] = key === step ? edit(item, rest, change) : item;
  return copy;
}

const REMOVE = Symbol('remove');

function withoutRemoved(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== REMOVE);
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = Object.create(null);
  for (const [key, item] of Object.entries(value)) if (item !== REMOVE) copy[key] = item;
  return copy;
}

/** Every path to a value inside `value`, the root included. */
function pathsIn(value: unknown, at: string[] = []): string[][] {
  const children = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : isRecord(value) ? Object.entries(value) : [];
  return [at, ...children.flatMap(([key, child]) => pathsIn(child, [...at, key]))];
}

/**
 * Documents derived from `value`: each value inside it replaced by every one of `REPLACEMENTS`;
 * each field removed, renamed (to a near miss and to an invalid name) or joined by an unknown one;
 * each mapping merged with every other mapping at the same depth (a jwt policy given an apiKey
 * policy's fields); each list emptied or given a duplicate.
 */
function* mutations(value: unknown): Generator<unknown> {
  const paths = pathsIn(value);
  const mappings = paths.filter((at) => isRecord(valueAt(value, at)));
  for (const at of paths) {
    for (const replacement of REPLACEMENTS) yield edit(value, at, () => replacement);
    if (at.length > 0) {
      const parentPath = at.slice(0, -1);
      const field = at[at.length - 1]!;
      yield edit(value, parentPath, (parent) => withoutRemoved(edit(parent, [field], () => REMOVE)));
      for (const name of [`${field}s`, 'not a name!', '']) {
        yield edit(value, parentPath, (parent) => {
          if (!isRecord(parent)) return parent;
          const copy: Record<string, unknown> = Object.create(null);
          for (const [key, item] of Object.entries(parent)) copy[key === field ? name : key] = item;
          return copy;
        });
      }
    }
    yield edit(value, at, (old) => {
      if (isRecord(old)) return Object.assign(Object.create(null), old, { unknownField: 'x' });
      if (Array.isArray(old)) return old.length > 0 ? [...old, old[0]] : [null];
      return old;
    });
    if (isRecord(valueAt(value, at))) {
      for (const other of mappings) {
        if (other.length !== at.length || other.join('/') === at.join('/')) continue;
        yield edit(value, at, (old) => Object.assign(Object.create(null), valueAt(value, other), old));
      }
    }
  }
}

function valueAt(value: unknown, at: readonly string[]): unknown {
  return at.reduce<unknown>((node, step) => (node as Record<string, unknown> | undefined)?.[step], value);
}

interface Case {
  readonly name: ValidatorName;
  readonly data: unknown;
}

/** Each seed's sections (and whole config files) to their own validator, plain and mutated, then to every other validator. */
function cases(): Case[] {
  const list: Case[] = [];
  const values: unknown[] = [];
  for (const document of seedDocuments()) {
    values.push(document);
    if (isRecord(document)) {
      for (const name of SECTIONS) if (name in document) values.push(document[name]);
    }
  }
  for (const document of seedDocuments()) {
    if (!isRecord(document)) continue;
    const sections = SECTIONS.filter((name) => name in document);
    for (const name of sections) {
      list.push({ name, data: document[name] });
      for (const data of mutations(document[name])) list.push({ name, data });
    }
    if (sections.length === 0 && ['extends', 'rules', 'include', 'ignore', 'overrides', 'dialect'].some((key) => key in document)) {
      list.push({ name: 'config', data: document });
      for (const data of mutations(document)) list.push({ name: 'config', data });
    }
  }
  for (const data of values) for (const name of NAMES) list.push({ name, data });
  return list;
}

function run(validate: runtime.Validator, data: unknown) {
  const valid = validate(data);
  return { valid, errors: validate.errors };
}

// --- tests -----------------------------------------------------------------------------------------

describe('standalone validators', () => {
  it('export what src/validate/validators.ts exports', () => {
    for (const [name, value] of Object.entries(runtime)) expect(typeof standalone[name], name).toBe(typeof value);
    for (const name of NAMES) expect(typeof standalone.validator(name), name).toBe('function');
    expect(() => standalone.validator('nothing' as ValidatorName)).toThrow('no precompiled nothing validator');
  });

  it('give exactly the errors of the validators ajv compiles at run time', () => {
    const all = cases();
    const mismatches: string[] = [];
    const counts = { valid: 0, invalid: 0, errors: 0 };
    const perName = new Map<ValidatorName, { valid: number; invalid: number }>();
    for (const { name, data } of all) {
      const expected = run(runtime.validator(name), data);
      const actual = run(standalone.validator(name), data);
      if (!isDeepStrictEqual(actual, expected) && mismatches.length < 5) {
        const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 400);
        mismatches.push(`${name} ${shown(data)}:\n  runtime    ${shown(expected.errors)}\n  standalone ${shown(actual.errors)}`);
      }
      counts[expected.valid ? 'valid' : 'invalid']++;
      counts.errors += expected.errors?.length ?? 0;
      const tally = perName.get(name) ?? { valid: 0, invalid: 0 };
      tally[expected.valid ? 'valid' : 'invalid']++;
      perName.set(name, tally);
    }
    expect(mismatches).toEqual([]);
    // The inputs must cover every validator, valid and invalid, with errors of many kinds.
    for (const name of NAMES) {
      expect(perName.get(name)?.valid, `${name}: valid inputs`).toBeGreaterThan(0);
      expect(perName.get(name)?.invalid, `${name}: invalid inputs`).toBeGreaterThan(20);
    }
    expect(counts.valid).toBeGreaterThan(100);
    expect(counts.invalid).toBeGreaterThan(2000);
  });

  it('reach every kind of error the schemas can produce', () => {
    // The keywords of the schema files that report errors of their own (not annotations, not `allOf`).
    const REPORTING = ['additionalProperties', 'anyOf', 'oneOf', 'const', 'enum', 'exclusiveMaximum', 'exclusiveMinimum', 'format', 'if', 'items',
      'maxItems', 'maxLength', 'maximum', 'minItems', 'minLength', 'minProperties', 'minimum', 'pattern', 'propertyNames', 'required', 'type', 'uniqueItems'];
    const used = new Set<string>();
    // The validators' schemas and the definitions they share.
    for (const id of [...Object.values(VALIDATOR_SCHEMA_IDS), 'definitions.schema.json']) {
      const file = id.slice(id.lastIndexOf('/') + 1);
      const schema: unknown = JSON.parse(readFileSync(path.join(root, 'schemas', file), 'utf8'));
      for (const at of pathsIn(schema)) {
        const keyword = at[at.length - 1]!;
        const container = at[at.length - 2];
        // `if` reports nothing itself, and nothing under it; `items: {…}` reports through its subschema.
        if (at.includes('if') || container === 'properties' || container === '$defs' || container === 'dependentSchemas') continue;
        if (valueAt(schema, at) === false) used.add('false schema');
        else if (REPORTING.includes(keyword) && !(keyword === 'items' && valueAt(schema, at) !== false)) used.add(keyword);
      }
    }
    // `then` reports `if` with the errors of its subschema.
    if (used.has('false schema')) used.add('if');
    const produced = new Set<string>();
    for (const { name, data } of cases()) {
      const validate = runtime.validator(name);
      if (!validate(data)) for (const error of validate.errors ?? []) produced.add(error.keyword);
    }
    expect([...used].filter((keyword) => !produced.has(keyword))).toEqual([]);
    expect(used.size).toBeGreaterThan(12);
  });

  it("give exactly the errors of ajv's for the options of every rule", () => {
    const schemas = ruleOptionsSchemas();
    expect(schemas.length).toBeGreaterThan(0);
    let invalid = 0;
    for (const schema of schemas) {
      const fields = Object.keys((schema['properties'] as object | undefined) ?? {});
      const inputs: unknown[] = [{}, { unknownOption: 1 }, ...REPLACEMENTS];
      for (const field of fields) for (const value of REPLACEMENTS) inputs.push({ [field]: value }, { [field]: value, [`${field}s`]: value });
      for (const data of inputs) {
        const expected = run(runtime.optionsValidator(schema), data);
        expect(run(standalone.optionsValidator(schema), data), JSON.stringify(data)).toStrictEqual(expected);
        if (!expected.valid) invalid++;
      }
    }
    expect(invalid).toBeGreaterThan(10);
    // A copy of a rule's schema finds the same validator; the bundle has no other options schemas.
    const [first] = schemas;
    expect(standalone.optionsValidator(JSON.parse(JSON.stringify(first)))).toBe(standalone.optionsValidator(first!));
    expect(() => standalone.optionsValidator({ type: 'string' })).toThrow('no precompiled validator for the options schema {"type":"string"}');
  });

  it('keep returning their own errors when called again (no state shared between validators)', () => {
    const routes = standalone.validator('routes');
    const upstreams = standalone.validator('upstreams');
    expect(routes([{ name: 'a' }])).toBe(false);
    const errors = routes.errors;
    expect(upstreams({ a: { url: 'https://a.example' } })).toBe(true);
    expect(upstreams.errors).toBeNull();
    expect(routes.errors).toBe(errors);
    expect(routes([])).toBe(true);
    expect(routes.errors).toBeNull();
  });
});

describe('the bundled CLI (dist/gwlint.cjs and the program it starts, dist/gwlint-core.cjs)', () => {
  const files = ['gwlint.cjs', 'gwlint-core.cjs', 'gwlint-yaml.cjs'];

  it('carries the standalone validators', () => {
    expect(readFileSync(path.join(root, 'dist', 'gwlint-core.cjs'), 'utf8')).toContain('no precompiled ${name} validator');
  });

  it('runs from a folder without node_modules and reports schema and YAML problems', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'gwlint-alone-'));
    try {
      for (const file of files) copyFileSync(path.join(root, 'dist', file), path.join(folder, file));
      writeFileSync(
        path.join(folder, 'gateway.yaml'),
        'upstreams:\n  orders:\n    url: not a uri\n    timeout: 30 seconds\nroutes:\n  - name: a\n    paths: [/a]\n    upstream: orders\n    bogus: 1\n',
      );
      // A syntax error: gwlint's own scanner leaves the file to the `yaml` package, in a file of its own.
      writeFileSync(path.join(folder, 'broken.yaml'), 'routes:\n  - name: b\n   paths: [/b]\n');
      const result = spawnSync(process.execPath, ['gwlint.cjs', '--format', 'json', 'gateway.yaml', 'broken.yaml'], { cwd: folder, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(1);
      const text = JSON.stringify(JSON.parse(result.stdout));
      expect(text).toContain('`url` must be an http:// or https:// URL');
      expect(text).toContain('`timeout` must be a duration');
      expect(text).toContain('unknown field `bogus` in route');
      const broken = (JSON.parse(result.stdout) as { findings: { file: string; ruleId: string; line: number; message: string }[] }).findings.filter((finding) => finding.file === 'broken.yaml');
      expect(broken.map(({ ruleId, line }) => [ruleId, line])).toEqual([['parse-error', 3]]);
      expect(broken[0]!.message).not.toMatch(/could not process/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
