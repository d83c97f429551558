/**
 * `only-changed`: which lines a pull request changes, from `git diff --unified=0`, and which
 * findings touch them.
 */
import { spawnSync } from 'node:child_process';
import type { Finding } from '../engine/finding.js';

/** Inclusive 1-based line range of the new version of a file. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

/** Changed line ranges per file, keyed by the path the diff names (`/`-separated). */
export type ChangedLines = ReadonlyMap<string, readonly LineRange[]>;

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** A path as git prints it: `"b/a\tb.yaml"` is C-quoted when it has unusual characters. */
function unquote(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"')) return text;
  const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v' };
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      const next = body[i + 1] ?? '';
      bytes.push(...Buffer.from(escapes[next] ?? next, 'utf8'));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * The added or modified line ranges of each file in a unified diff (any context size; zero
 * context is exact). A hunk that only deletes lines (`+c,0`) changes no line of the new file.
 * Deleted files (`+++ /dev/null`) have no ranges.
 */
export function parseDiff(diff: string): Map<string, LineRange[]> {
  const changed = new Map<string, LineRange[]>();
  let current: LineRange[] | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = unquote(line.slice(4).replace(/\t.*$/, '').trimEnd());
      if (name === '/dev/null') {
        current = undefined;
        continue;
      }
      const file = name.startsWith('b/') ? name.slice(2) : name;
      current = changed.get(file) ?? [];
      changed.set(file, current);
      continue;
    }
    const hunk = HUNK.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) current.push({ start, end: start + count - 1 });
    }
  }
  return changed;
}

/** A finding counts when its line range overlaps a changed range of its own file. */
export function touchesChangedLines(finding: Finding, changed: ChangedLines): boolean {
  const ranges = changed.get(finding.file);
  if (!ranges) return false;
  const end = Math.max(finding.endLine, finding.line);
  return ranges.some((range) => range.start <= end && finding.line <= range.end);
}

export function onChangedLines(findings: readonly Finding[], changed: ChangedLines): Finding[] {
  return findings.filter((finding) => touchesChangedLines(finding, changed));
}

/** The pull request's base commit from the event payload, or why there is none. */
export function baseSha(payload: unknown): string | undefined {
  const sha = (payload as { pull_request?: { base?: { sha?: unknown } } } | null)?.pull_request?.base?.sha;
  return typeof sha === 'string' && /^[0-9a-f]{7,64}$/i.test(sha) ? sha : undefined;
}

export type DiffResult = { readonly ok: true; readonly changed: Map<string, LineRange[]> } | { readonly ok: false; readonly reason: string };

/**
 * Lines changed between `base` and HEAD, with paths relative to `cwd` (as findings name them).
 * Tries the merge base first (`base...HEAD`, what the pull request shows), then a plain two-commit
 * diff when the history is too shallow for a merge base.
 */
export function changedLinesSince(base: string, cwd: string): DiffResult {
  const common = ['-c', 'core.quotePath=false', 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--relative'];
  let reason = '';
  for (const range of [[`${base}...HEAD`], [base, 'HEAD']]) {
    const run = spawnSync('git', [...common, ...range, '--'], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (run.status === 0) return { ok: true, changed: parseDiff(run.stdout) };
    reason = run.error ? run.error.message : (run.stderr.trim().split('\n')[0] ?? `git exited with ${run.status}`);
  }
  return { ok: false, reason };
}
