/**
 * Issue 5, robustness properties: whatever the input — arbitrary JSON values written as JSON and
 * as YAML, configuration-shaped documents of every dialect, route-shaped configurations with
 * random paths, regexes, hosts and methods, mutations of the example configurations, YAML token
 * soup, arbitrary strings and bytes — gwlint does not throw or crash a
 * file's processing, reports findings of the documented shape at positions inside the files,
 * writes JSON and SARIF 2.1.0 that validate, and still reports the planted finding of the valid
 * file next to the random ones. Most runs are in-process (`lint`, which reads the files from disk
 * and calls `lintSources`, then the formatters); a few go through the built CLI for exit codes,
 * stdout and stderr.
 *
 * Seeds are fixed (GWLINT_FC_SEED overrides them, GWLINT_FC_RUNS multiplies the run counts); a
 * failure prints the seed and the counterexample. A CLI run is killed after 20 s, so a hang there
 * fails the test; in-process runs are synchronous, which vitest's timeout cannot interrupt, so
 * they report a hang only once the run returns.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import YAML from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import type { DialectChoice } from '../../src/dialect/dialect.js';
import { lint } from '../../src/lint.js';
import { formatReport } from '../../src/report/format.js';
import { formatJson } from '../../src/report/json.js';
import { formatSarif } from '../../src/report/sarif.js';
import {
  applyMutations,
  documentArbitrary,
  Entries,
  EXAMPLE_SETS,
  mutationArbitrary,
  PROTOTYPE_KEYS,
  routeConfigArbitrary,
  tokenSoupArbitrary,
  treeArbitrary,
  toJsonText,
  toYamlText,
  yamlStyleArbitrary,
  type ExampleSet,
} from './arbitraries.js';
import {
  assertProperty,
  checkFindingsShape,
  checkJsonReport,
  checkNoCrash,
  checkPositionsInFiles,
  checkSarif,
  hasPlanted,
  makeTempDir,
  PLANTED_LINE,
  PLANTED_NAME,
  PLANTED_TEXT,
  removeTempDir,
  runCli,
  STACK_TRACE,
} from './support.js';

const scratch = makeTempDir('gwlint-properties-');
afterAll(() => removeTempDir(scratch));

let runNumber = 0;

/** A fresh folder with the planted file and the given files (text or bytes). */
function writeRun(files: readonly { name: string; content: string | Uint8Array }[]): string {
  const folder = path.join(scratch, `run-${++runNumber}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, PLANTED_NAME), PLANTED_TEXT);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(folder, file.name)), { recursive: true });
    writeFileSync(path.join(folder, file.name), file.content);
  }
  return folder;
}

/** The text gwlint reads from bytes: UTF-8 without a byte order mark, or nothing when not UTF-8. */
function textOf(content: string | Uint8Array): string {
  let text: string;
  try {
    text = typeof content === 'string' ? content : new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return '';
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;

interface RunOptions {
  readonly dialect?: DialectChoice;
  /** Name the files on the command line (unknown documents are then reported) instead of the folder. */
  readonly explicit?: boolean;
}

/**
 * Lints the files (next to the planted one) in-process and checks everything a run must satisfy.
 * Removes the folder afterwards.
 */
function lintAndCheck(files: readonly { name: string; content: string | Uint8Array }[], options: RunOptions = {}): void {
  const folder = writeRun(files);
  try {
    const paths = options.explicit ? [PLANTED_NAME, ...files.map((file) => file.name)] : ['.'];
    const result = lint({ paths, cwd: folder, dialect: options.dialect ?? 'auto' });
    checkNoCrash(result);
    checkFindingsShape(result.findings);
    checkPositionsInFiles(result.findings, new Map([[PLANTED_NAME, PLANTED_TEXT], ...files.map((file) => [file.name, textOf(file.content)] as const)]));
    checkJsonReport(formatJson(result.findings, result.fileCount), result.fileCount);
    checkSarif(formatSarif(result.findings, rules, result.inlineSuppressed));
    for (const format of FORMATS) formatReport(format, result.findings, { files: result.filePaths, rules, color: true, suppressed: result.inlineSuppressed });
    if (options.dialect === undefined || options.dialect === 'auto' || options.dialect === 'native') {
      if (!hasPlanted(result.findings)) throw new Error(`the planted finding in ${PLANTED_NAME} was lost; findings: ${JSON.stringify(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`))}`);
    }
  } finally {
    removeTempDir(folder);
  }
}

const dialectArbitrary = fc.constantFrom<DialectChoice>('auto', 'auto', 'auto', 'native', 'kong', 'gateway-api', 'aws');
const optionsArbitrary: fc.Arbitrary<RunOptions> = fc.record({ dialect: dialectArbitrary, explicit: fc.boolean() });

/** The example sets, mutated 1 to 4 times. */
const mutatedExamples: fc.Arbitrary<{ set: ExampleSet; files: { name: string; text: string }[] }> = fc
  .tuple(fc.constantFrom(...EXAMPLE_SETS), fc.array(mutationArbitrary(), { minLength: 1, maxLength: 4 }))
  .map(([set, mutations]) => ({ set, files: applyMutations(set, mutations) }));

describe('robustness properties, in-process', () => {
  it('arbitrary JSON values, written as JSON and as YAML (yaml.stringify)', { timeout: 60_000 }, async () => {
    await assertProperty(
      'json values',
      fc.property(fc.jsonValue({ maxDepth: 4 }), optionsArbitrary, (value, options) => {
        lintAndCheck(
          [
            { name: 'value.json', content: `${JSON.stringify(value, null, 2)}\n` },
            { name: 'value.yaml', content: YAML.stringify(value, { lineWidth: 0 }) },
          ],
          options,
        );
      }),
      0x5eed_0001,
      300,
    );
  });

  it('configuration-shaped documents of every dialect, with duplicate and odd keys, in JSON and in YAML of every style', { timeout: 60_000 }, async () => {
    await assertProperty(
      'configuration-shaped documents',
      fc.property(
        fc.array(documentArbitrary(), { minLength: 1, maxLength: 3 }),
        yamlStyleArbitrary,
        fc.nat({ max: 4 }),
        optionsArbitrary,
        (documents, style, indent, options) => {
          lintAndCheck(
            [
              { name: 'doc.json', content: toJsonText(documents[0]!, indent) },
              { name: 'doc.yaml', content: documents.map((document) => `---\n${toYamlText(document, style)}`).join('') },
            ],
            options,
          );
        },
      ),
      0x5eed_0002,
      500,
    );
  });

  it('route-shaped configurations of every dialect: random paths, regexes, hosts, methods and timeouts reach the routing rules', { timeout: 60_000 }, async () => {
    await assertProperty(
      'route-shaped configurations',
      fc.property(fc.array(routeConfigArbitrary, { minLength: 1, maxLength: 3 }), yamlStyleArbitrary, fc.boolean(), (configs, style, json) => {
        lintAndCheck(
          configs.map(({ dialect, tree }, index) => ({
            name: `${dialect}-${index}.${json ? 'json' : 'yaml'}`,
            content: json ? toJsonText(tree) : toYamlText(tree, style),
          })),
        );
      }),
      0x5eed_0009,
      400,
    );
  });

  it('mutated example configurations: nodes deleted, duplicated, replaced, retyped; text inserted, deleted, truncated, reindented', { timeout: 60_000 }, async () => {
    // Every mutation applies: the mutated set differs from the example (checked once, here).
    const sample = fc.sample(mutatedExamples, { numRuns: 50, seed: 1 });
    expect(sample.filter(({ set, files }) => files.some((file, i) => file.text !== set.files[i]!.text)).length).toBeGreaterThan(40);
    await assertProperty(
      'mutated examples',
      fc.property(mutatedExamples, optionsArbitrary, ({ files }, options) => {
        lintAndCheck(
          files.map((file) => ({ name: file.name, content: file.text })),
          options,
        );
      }),
      0x5eed_0003,
      500,
    );
  });

  it('YAML token soup and arbitrary strings, as .yaml and as .json', { timeout: 60_000 }, async () => {
    const text = fc.oneof({ weight: 3, arbitrary: tokenSoupArbitrary }, { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'binary' }) });
    await assertProperty(
      'token soup',
      fc.property(text, text, optionsArbitrary, (yamlText, jsonText, options) => {
        lintAndCheck(
          [
            { name: 'soup.yaml', content: yamlText },
            { name: 'soup.json', content: jsonText },
          ],
          options,
        );
      }),
      0x5eed_0004,
      500,
    );
  });

  it('arbitrary bytes, and example files with random bytes spliced in', { timeout: 60_000 }, async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.tuple(fc.constantFrom(...EXAMPLE_SETS.flatMap((set) => set.files)), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([file, at, noise]) => {
        const original = Buffer.from(file.text, 'utf8');
        const offset = at % (original.length + 1);
        return Buffer.concat([original.subarray(0, offset), noise, original.subarray(offset)]);
      }),
    );
    await assertProperty(
      'bytes',
      fc.property(bytes, optionsArbitrary, (content, options) => {
        lintAndCheck([{ name: 'bytes.yaml', content }], options);
      }),
      0x5eed_0005,
      200,
    );
  });
});

describe('known bugs the properties find', () => {
  // BUG (src/model/native.ts, buildNativeModel; see hostile.test.ts "prototype keys"): a native
  // document with a top-level `__proto__`, `hasOwnProperty`, `valueOf`, `isPrototypeOf` or
  // `toString` key whose value is a non-empty mapping crashes the native model, and every native
  // file, the planted one included, loses its findings. The other properties leave these keys out
  // (arbitraries.ts KNOWN_BUG_KEYS); this one keeps them and finds the crash within a few runs.
  // When this test starts passing, remove `.fails` and empty KNOWN_BUG_KEYS.
  it('configuration-shaped documents with Object.prototype member names as keys', { timeout: 60_000 }, async () => {
    await assertProperty(
      'prototype keys',
      fc.property(
        documentArbitrary({ withKnownBugKeys: true }),
        fc.constantFrom(...PROTOTYPE_KEYS),
        treeArbitrary({ withKnownBugKeys: true }),
        yamlStyleArbitrary,
        (document, key, value, style) => {
          // One such key at the top level of every document (most documents are not native).
          const withKey = document instanceof Entries ? new Entries([...document.entries, [key, value]]) : document;
          lintAndCheck([{ name: 'doc.yaml', content: toYamlText(withKey, style) }]);
        },
      ),
      0x5eed_0008,
      300,
    );
  });
});

describe('the checks reject what they should (so the properties can fail)', () => {
  const good = () => lint({ paths: ['.'], cwd: writeRun([]) });

  it('a finding with a column of 0, an unknown rule, unsorted findings or a wrong summary', () => {
    const [finding] = good().findings;
    expect(() => checkFindingsShape([{ ...finding!, column: 0 }])).toThrow(/column/);
    expect(() => checkFindingsShape([{ ...finding!, ruleId: 'no-such-rule' }])).toThrow(/unknown rule/);
    expect(() => checkFindingsShape([{ ...finding!, line: 9, endLine: 9 }, finding!])).toThrow(/sorted/);
    expect(() => checkFindingsShape([{ ...finding!, endLine: finding!.line - 1 }])).toThrow(/ends before/);
    expect(() => checkJsonReport(JSON.stringify({ version: 1, findings: [finding], summary: { files: 1, errors: 0, warnings: 0, infos: 0 } }))).toThrow();
  });

  it('a position past the end of its file, an invalid SARIF log, a lost planted finding, a crash', () => {
    const result = good();
    expect(() => checkPositionsInFiles(result.findings, new Map([[PLANTED_NAME, 'routes: []\n']]))).toThrow(/past the end/);
    expect(() => checkSarif(JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }))).toThrow(/does not validate/);
    expect(hasPlanted(result.findings.map((finding) => ({ ...finding, line: finding.line + 1 })))).toBe(false);
    expect(() => checkNoCrash({ ...result, findings: [{ ...result.findings[0]!, message: 'gwlint could not process this file (x); it was not linted. Please report this.' }] })).toThrow(/threw/);
  });
});

describe('robustness properties, through the built CLI', () => {
  const inputs = fc.oneof(
    mutatedExamples.map(({ files }) => files),
    fc.tuple(documentArbitrary(), yamlStyleArbitrary).map(([document, style]) => [{ name: 'doc.yaml', text: toYamlText(document, style) }]),
    tokenSoupArbitrary.map((text) => [{ name: 'soup.yaml', text }]),
    fc.tuple(routeConfigArbitrary, yamlStyleArbitrary).map(([{ dialect, tree }, style]) => [{ name: `${dialect}.yaml`, text: toYamlText(tree, style) }]),
  );

  /** Runs the CLI on a folder of the files and the planted one; checks what every run must satisfy. */
  async function cliRun(files: readonly { name: string; text: string }[], format: 'json' | 'sarif'): Promise<string> {
    const folder = writeRun(files.map((file) => ({ name: file.name, content: file.text })));
    try {
      const run = await runCli(['--format', format, '.'], folder);
      if (run.timedOut) throw new Error('gwlint did not finish within 20 s');
      // The planted error is always there: exit 1, never 0 (lost) nor 2 (crash).
      if (run.status !== 1) throw new Error(`exit code ${run.status}, expected 1; stderr: ${run.stderr}`);
      if (STACK_TRACE.test(run.stderr)) throw new Error(`stack trace on stderr: ${run.stderr}`);
      expect(run.stderr).toBe('');
      return run.stdout;
    } finally {
      removeTempDir(folder);
    }
  }

  it('--format json: exit 1, stdout is only the documented JSON, the planted finding is kept, stderr is quiet', { timeout: 60_000 }, async () => {
    await assertProperty(
      'cli json',
      fc.asyncProperty(inputs, async (files) => {
        const report = checkJsonReport(await cliRun(files, 'json'));
        checkPositionsInFiles(report.findings, new Map([[PLANTED_NAME, PLANTED_TEXT], ...files.map((file) => [file.name, textOf(file.text)] as const)]));
        expect(hasPlanted(report.findings)).toBe(true);
      }),
      0x5eed_0006,
      20,
    );
  });

  it('--format sarif: exit 1, stdout validates against SARIF 2.1.0 and has the planted result', { timeout: 60_000 }, async () => {
    await assertProperty(
      'cli sarif',
      fc.asyncProperty(inputs, async (files) => {
        const log = checkSarif(await cliRun(files, 'sarif'));
        const planted = log.runs[0]!.results.filter(
          (result) => result.ruleId === 'unknown-reference' && result.locations[0]!.physicalLocation.artifactLocation.uri === PLANTED_NAME,
        );
        expect(planted.map((result) => result.locations[0]!.physicalLocation.region.startLine)).toEqual([PLANTED_LINE]);
      }),
      0x5eed_0007,
      10,
    );
  });
});
