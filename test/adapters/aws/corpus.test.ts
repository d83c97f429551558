/**
 * The AWS SAM translator corpus (real test cases from aws/serverless-application-model, read in
 * place from ../shared/corpora and never copied): SAM templates (`input/`) and the CloudFormation
 * SAM makes of them (`output/`, or `{"errorMessage": ...}` for the error_* cases). Each file is
 * linted ON ITS OWN, since the files are unrelated test cases. Skipped when the corpus is absent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { awsAdapter } from '../../../src/adapters/aws/index.js';
import { parseSource } from '../../../src/load/parse.js';
import { detectDocument } from '../../../src/model/detect.js';
import { corpusFolder, corpusLinter, listCorpusFiles } from '../../helpers/corpus.js';

const { folder: corpus, exists } = corpusFolder('aws-sam-translator');
const files = listCorpusFiles(corpus, /\.(ya?ml|json)$/);
const caseName = (relative: string): string => path.basename(relative).replace(/\.(ya?ml|json)$/, '');
const isOutput = (relative: string): boolean => relative.includes('/output/');
/** SAM's expected `{"errorMessage": ...}`: no CloudFormation, deliberately not read as AWS configuration. */
const isErrorOutput = (relative: string): boolean => isOutput(relative) && caseName(relative).startsWith('error_');

/** The known-bad SAM templates in gwlint's scope, and the rule that must flag each (SOURCE.txt). */
const KNOWN_BAD: Record<string, string> = {
  error_cors_credentials_true_with_wildcard_origin: 'cors-wildcard-credentials',
  error_cors_credentials_true_without_explicit_origin: 'cors-wildcard-credentials',
  error_api_duplicate_methods_same_path: 'duplicate-route',
  error_http_api_event_multiple_same_path: 'duplicate-route',
  error_api_with_cors_and_empty_allow_origin: 'schema',
  error_api_invalid_path: 'schema',
  error_invalid_cors_dict: 'schema',
  error_http_api_with_cors_def_uri: 'schema',
  error_api_with_usage_plan_invalid_parameter: 'schema',
  // SAM reports OverrideApiAuth first; the template also repeats GET /lambda-request, which SAM's
  // has_integration check rejects as well ('API method "get" defined multiple times').
  error_api_override_api_auth_without_authorizer: 'duplicate-route',
};

const linted = corpusLinter(corpus, false);

describe.skipIf(!exists)('AWS SAM translator corpus', () => {
  it('has the sample SOURCE.txt describes', () => {
    expect(files.filter((file) => !isOutput(file))).toHaveLength(20);
    expect(files.filter(isOutput)).toHaveLength(20);
  });

  it.each(files)('%s: is detected and read as AWS configuration (error outputs deliberately not)', (relative) => {
    const text = readFileSync(path.join(corpus, relative), 'utf8');
    const parsed = parseSource({ path: relative, displayPath: relative, text });
    expect(parsed.problems).toEqual([]);
    for (const document of parsed.documents) {
      const kind = detectDocument(document.root);
      if (isErrorOutput(relative)) {
        expect(kind).toBe('unknown');
        expect(awsAdapter.read(document)).toBeUndefined();
      } else {
        expect(kind).toBe('cloudformation');
        expect(awsAdapter.kinds).toContain(kind);
        expect(awsAdapter.read(document)).toBeDefined();
      }
    }
  });

  it.each(files)('%s: lints alone without a crash, every finding positioned', (relative) => {
    const { findings } = linted(relative);
    for (const finding of findings) {
      expect(finding.message).not.toContain('could not process this file');
      expect(finding.line).toBeGreaterThanOrEqual(1);
      expect(finding.column).toBeGreaterThanOrEqual(1);
      expect(finding.endLine).toBeGreaterThanOrEqual(finding.line);
      expect(finding.file).toBe(relative);
    }
  });

  it.each(files.filter((file) => !caseName(file).startsWith('error_')))('%s: a good case has no findings at all', (relative) => {
    // Not even warnings: an ANY method next to the OPTIONS method SAM's Cors adds is API Gateway's design, not shadowing.
    const { findings } = linted(relative);
    expect(findings.map((finding) => `${finding.ruleId} ${finding.line}: ${finding.message}`)).toEqual([]);
  });

  it.each(Object.entries(KNOWN_BAD))('%s: flagged by %s', (name, ruleId) => {
    const relative = files.find((file) => !isOutput(file) && caseName(file) === name);
    expect(relative, name).toBeDefined();
    const findings = linted(relative!).findings;
    expect(findings.map((finding) => finding.ruleId)).toContain(ruleId);
    expect(findings.every((finding) => finding.severity !== 'error' || Object.values(KNOWN_BAD).includes(finding.ruleId))).toBe(true);
  });

  afterAll(() => {
    // The numbers for the issue note: files read, routes modelled, findings by rule.
    const byRule: Record<string, number> = {};
    let routes = 0;
    for (const relative of files) {
      const { findings, routeCount } = linted(relative);
      routes += routeCount;
      for (const finding of findings) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
    }
    const read = files.filter((file) => !isErrorOutput(file)).length;
    console.log(`aws-sam-translator corpus: ${files.length} files, ${read} read as AWS configuration, ${routes} routes, findings by rule ${JSON.stringify(byRule)}`);
  });
});
