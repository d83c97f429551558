import type { Finding, RelatedFinding } from '../engine/finding.js';
import type { Rule, Severity } from '../engine/rule.js';
import { REPOSITORY_URL, VERSION } from '../meta.js';
import { fingerprints } from './fingerprint.js';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Paths in findings are relative to the working directory; code scanning resolves them from the checkout. */
const SOURCE_ROOT = '%SRCROOT%';

function region(place: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>) {
  return { startLine: place.line, startColumn: place.column, endLine: place.endLine, endColumn: place.endColumn };
}

function physicalLocation(place: Finding | RelatedFinding) {
  return { artifactLocation: { uri: encodeURI(place.file), uriBaseId: SOURCE_ROOT }, region: region(place) };
}

/** SARIF 2.1.0 as GitHub code scanning reads it (`cli.md`, SARIF). */
/**
 * `suppressed`: findings an inline `# gwlint-disable…` comment silenced. Code scanning shows them as
 * suppressed, with the comment's `-- reason` as the justification, instead of not at all.
 */
export function formatSarif(reported: readonly Finding[], rules: readonly Rule[], suppressed: readonly Finding[] = []): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]));
  const findings = [...reported, ...suppressed];
  const prints = fingerprints(findings);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gwlint',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: REPOSITORY_URL,
            rules: rules.map(({ meta }) => ({
              id: meta.id,
              shortDescription: { text: meta.summary },
              helpUri: meta.docsUrl,
              help: { text: `${meta.summary} See ${meta.docsUrl}` },
              defaultConfiguration: { level: LEVELS[meta.defaultSeverity] },
              properties: { tags: [meta.family] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map((finding, index) => ({
          ruleId: finding.ruleId,
          ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
          level: LEVELS[finding.severity],
          message: { text: finding.message },
          locations: [{ physicalLocation: physicalLocation(finding) }],
          ...(finding.related.length > 0
            ? { relatedLocations: finding.related.map((place, id) => ({ id, physicalLocation: physicalLocation(place), message: { text: place.message } })) }
            : {}),
          partialFingerprints: { 'gwlint/v1': prints[index] },
          ...(finding.suppression
            ? { suppressions: [{ kind: 'inSource', ...(finding.suppression.justification ? { justification: finding.suppression.justification } : {}) }] }
            : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
