/**
 * The Kong decK corpus (real test files from Kong/deck, read in place from ../shared/corpora and
 * never copied): each file is linted ON ITS OWN, since the files are unrelated test cases.
 * Skipped when the corpus is absent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kongAdapter } from '../../../src/adapters/kong/index.js';
import { parseSource } from '../../../src/load/parse.js';
import { detectDocument } from '../../../src/model/detect.js';
import { corpusFolder, corpusLinter, listCorpusFiles } from '../../helpers/corpus.js';

const { folder: corpus, exists } = corpusFolder('kong-deck');
const files = listCorpusFiles(corpus, /\.ya?ml$/);

/** Not decK configuration: the linter's ruleset and expected output of `deck file lint`. */
const NOT_DECK = new Set(['tests/integration/testdata/lint/001-simple-lint/ruleset.yaml', 'tests/integration/testdata/lint/001-simple-lint/expected.yaml']);

const linted = corpusLinter(corpus, true);

const T = 'tests/integration/testdata';

describe.skipIf(!exists)('Kong decK corpus', () => {
  it.each(files)('%s: reads without a crash and is detected as Kong unless it is no decK file', (relative) => {
    const text = readFileSync(path.join(corpus, relative), 'utf8');
    const parsed = parseSource({ path: relative, displayPath: relative, text });
    for (const document of parsed.documents) {
      const kind = detectDocument(document.root);
      expect(kind, relative).toBe(NOT_DECK.has(relative) ? 'unknown' : 'kong');
      if (kind === 'kong') expect(() => kongAdapter.build([kongAdapter.read(document)!])).not.toThrow();
    }
    const { findings } = linted(relative);
    expect(findings.filter((finding) => finding.message.includes('could not process'))).toEqual([]);
    for (const finding of findings) {
      expect(finding.line, `${relative}: ${finding.ruleId}`).toBeGreaterThanOrEqual(1);
      expect(finding.column).toBeGreaterThanOrEqual(1);
      if (finding.endLine === finding.line) expect(finding.endColumn).toBeGreaterThanOrEqual(finding.column);
    }
  });

  it('flags the known-bad files in scope', () => {
    const regex = linted(`${T}/render/005-diagnostics/route-regex.yaml`).findings.filter((f) => f.ruleId === 'invalid-path');
    expect(regex.map((f) => [f.line, f.severity])).toEqual([[8, 'warning']]);
    expect(regex[0]!.message).toContain("'~/users/\\d+'");

    const twice = linted(`${T}/render/003-traditional-routes/input.yaml`).findings.filter((f) => f.ruleId === 'duplicate-key');
    expect(twice).toHaveLength(1);

    // A 1.1 file: `/status/\d+` is a real regex in Kong 2.x, so nothing to say.
    const legacy = linted(`${T}/file-convert/002-kong-gateway-28x-to-34x-migration/28x-routes.yaml`).findings;
    expect(legacy.filter((f) => f.ruleId === 'invalid-path')).toEqual([]);

    // Two generated routes with the same path, no other match field: Kong picks one by route id.
    const mcp = linted(`${T}/file_ai2kong/04-mcp/output.yaml`).findings.filter((f) => f.ruleId === 'duplicate-route');
    expect(mcp.map((f) => f.line)).toEqual([40]);
  });

  it('reports no error on the other files', () => {
    const knownBad = new Set([`${T}/render/003-traditional-routes/input.yaml`, `${T}/file_ai2kong/04-mcp/output.yaml`]);
    const errors = files
      .filter((relative) => !knownBad.has(relative) && !NOT_DECK.has(relative))
      .flatMap((relative) => linted(relative).findings.filter((f) => f.severity === 'error').map((f) => `${relative}:${f.line} ${f.ruleId}: ${f.message}`));
    expect(errors).toEqual([]);
  });

  it('summary (files read, routes modelled, findings by rule)', () => {
    let routes = 0;
    const byRule = new Map<string, number>();
    for (const relative of files) {
      const { findings, routeCount } = linted(relative);
      routes += routeCount;
      for (const finding of findings) byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
    }
    const summary = { files: files.length, routes, findings: Object.fromEntries([...byRule].sort()) };
    console.log(`kong-deck corpus: ${JSON.stringify(summary)}`);
    expect(routes).toBeGreaterThan(30);
  });
});
