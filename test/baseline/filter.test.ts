import { describe, expect, it } from 'vitest';
import { applyBaseline } from '../../src/baseline/filter.js';
import { createBaseline, serializeBaseline, type Baseline } from '../../src/baseline/format.js';
import { baselineSummary, baselineWritten } from '../../src/baseline/message.js';
import { parseBaseline } from '../../src/baseline/read.js';
import type { Finding } from '../../src/engine/finding.js';
import { findingFingerprint, fingerprints } from '../../src/report/fingerprint.js';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'shadowed-route',
    severity: 'error',
    message: "Route 'get-order' is unreachable: 'legacy' (routes.yaml:4) matches every request it would match",
    file: 'routes.yaml',
    line: 10,
    column: 5,
    endLine: 14,
    endColumn: 17,
    related: [],
    docs: 'https://example.com/docs/rules/shadowed-route.md',
    ...overrides,
  };
}

const shadowed = finding();
const timeout = finding({ ruleId: 'timeout-upstream-gap', message: "Route 'get-order' times out before its upstream (upstreams.yaml:21), see line 30", line: 12 });
const cors = finding({ ruleId: 'cors-wildcard-credentials', file: 'policies.yaml', message: "CORS policy 'w' allows any origin", line: 3 });

describe('createBaseline', () => {
  it('has one sorted, readable entry per fingerprint, with counts and without line numbers', () => {
    const twin = finding({ line: 20, endLine: 24 });
    const baseline = createBaseline([shadowed, timeout, twin, cors]);
    expect(baseline.version).toBe(1);
    expect(baseline.tool).toBe('gwlint');
    expect(baseline.entries.map(({ ruleId, file, count }) => [file, ruleId, count])).toEqual([
      ['policies.yaml', 'cors-wildcard-credentials', 1],
      ['routes.yaml', 'shadowed-route', 2],
      ['routes.yaml', 'timeout-upstream-gap', 1],
    ]);
    expect(baseline.entries[1]!.message).toBe("Route 'get-order' is unreachable: 'legacy' (routes.yaml:) matches every request it would match");
    expect(baseline.entries[2]!.message).toBe("Route 'get-order' times out before its upstream (upstreams.yaml:), see line");
    expect(baseline.entries[1]!.fingerprint).toBe(findingFingerprint(shadowed));
  });

  it('does not depend on the order of the findings, and its file reads back as it was', () => {
    const text = serializeBaseline(createBaseline([shadowed, timeout, cors]));
    expect(serializeBaseline(createBaseline([cors, timeout, shadowed]))).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text).entries[0])).toEqual(['fingerprint', 'ruleId', 'file', 'message', 'count']);
    expect(serializeBaseline(parseBaseline(text, 'b.json'))).toBe(text);
  });
});

describe('applyBaseline', () => {
  const baseline = createBaseline([shadowed, timeout, cors]);

  it('suppresses every recorded finding', () => {
    expect(applyBaseline([shadowed, timeout, cors], baseline)).toEqual({ findings: [], suppressed: 3, stale: [] });
  });

  it('still matches when lines shift above a finding (its own position and the lines its message names)', () => {
    const moved = [
      finding({ line: 25, endLine: 29, message: "Route 'get-order' is unreachable: 'legacy' (routes.yaml:19) matches every request it would match" }),
      { ...timeout, line: 27, endLine: 27, message: "Route 'get-order' times out before its upstream (upstreams.yaml:22), see line 45" },
      { ...cors, line: 8, column: 9 },
    ];
    expect(applyBaseline(moved, baseline)).toEqual({ findings: [], suppressed: 3, stale: [] });
  });

  it('reports findings it does not record, in their order', () => {
    const other = finding({ message: "Route 'create-order' is unreachable: 'legacy' (routes.yaml:4) matches every request it would match" });
    const renamedFile = { ...cors, file: 'cors.yaml' };
    const result = applyBaseline([shadowed, other, timeout, renamedFile], baseline);
    expect(result.findings).toEqual([other, renamedFile]);
    expect(result.suppressed).toBe(2);
    // The CORS finding moved to another file: its entry no longer matches anything.
    expect(result.stale).toEqual([{ entry: baseline.entries[0], missing: 1 }]);
  });

  it('an entry with count N absorbs up to N identical findings; more are new, fewer leave it stale', () => {
    const twice = createBaseline([shadowed, finding({ line: 30 })]);
    const three = [shadowed, finding({ line: 30 }), finding({ line: 40 })];
    expect(applyBaseline(three, twice)).toEqual({ findings: [three[2]], suppressed: 2, stale: [] });
    expect(applyBaseline([shadowed], twice)).toEqual({ findings: [], suppressed: 1, stale: [{ entry: twice.entries[0], missing: 1 }] });
  });

  it('marks every entry stale when the findings are gone', () => {
    const result = applyBaseline([], baseline);
    expect(result.suppressed).toBe(0);
    expect(result.stale.map((stale) => stale.entry.ruleId)).toEqual(['cors-wildcard-credentials', 'shadowed-route', 'timeout-upstream-gap']);
  });

  it('an empty baseline suppresses nothing', () => {
    const empty: Baseline = { version: 1, tool: 'gwlint', entries: [] };
    expect(applyBaseline([shadowed], empty)).toEqual({ findings: [shadowed], suppressed: 0, stale: [] });
  });
});

describe('fingerprints (shared with SARIF)', () => {
  it('SARIF fingerprints stay unique per finding; the baseline one is shared by identical findings', () => {
    const twin = finding({ line: 30 });
    const [first, second] = fingerprints([shadowed, twin]);
    expect(first).not.toBe(second);
    expect(findingFingerprint(shadowed)).toBe(findingFingerprint(twin));
    expect(findingFingerprint(shadowed)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('messages', () => {
  it('say how many findings were suppressed and entries are stale, with plurals', () => {
    const baseline = createBaseline([shadowed, timeout, cors]);
    expect(baselineSummary(applyBaseline([shadowed, timeout, cors], baseline), 'b.json')).toBe(
      'gwlint: 3 findings suppressed by the baseline b.json; 0 baseline entries are stale (fixed or changed)\n',
    );
    const twoStale = baselineSummary(applyBaseline([shadowed], baseline), 'b.json').split('\n');
    expect(twoStale[0]).toBe('gwlint: 1 finding suppressed by the baseline b.json; 2 baseline entries are stale (fixed or changed)');
    expect(twoStale.slice(1, 3).map((line) => line.replace(/:.*$/, ''))).toEqual([`  stale`, `  stale`]);
    expect(twoStale.slice(1, 3).join('\n')).toContain(timeout.ruleId);
    expect(twoStale.slice(1, 3).join('\n')).toContain(cors.ruleId);
    expect(baselineSummary(applyBaseline([shadowed, timeout], baseline), 'b.json')).toContain('; 1 baseline entry is stale');
    expect(baselineWritten(7, 'b.json')).toBe('gwlint: wrote 7 findings to b.json\n');
  });
});
