/**
 * The real-world corpora in `../shared/corpora` (read in place, never copied). Their files are
 * unrelated test cases of other projects, so each is linted on its own. Tests skip when absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../src/engine/finding.js';
import { lintSources } from '../../src/lint.js';
import { repoRoot } from './cli.js';

/** The folder of one corpus (`kong-deck`, …), and whether it is there. */
export function corpusFolder(name: string): { readonly folder: string; readonly exists: boolean } {
  const folder = path.resolve(repoRoot, '..', 'shared', 'corpora', name);
  return { folder, exists: existsSync(folder) };
}

/** Files under `folder` whose names match `pattern`, relative to it with `/`, sorted. */
export function listCorpusFiles(folder: string, pattern: RegExp): string[] {
  const walk = (current: string): string[] =>
    readdirSync(current, { withFileTypes: true }).flatMap((entry) => {
      const child = path.join(current, entry.name);
      if (entry.isDirectory()) return walk(child);
      return entry.isFile() && pattern.test(entry.name) ? [child] : [];
    });
  return existsSync(folder) ? walk(folder).map((file) => path.relative(folder, file).split(path.sep).join('/')).sort() : [];
}

export interface LintedFile {
  readonly findings: Finding[];
  readonly routeCount: number;
}

/** Lints one corpus file alone, as if named on the command line when `explicit`; results are cached. */
export function corpusLinter(folder: string, explicit: boolean): (relative: string) => LintedFile {
  const results = new Map<string, LintedFile>();
  return (relative) => {
    let result = results.get(relative);
    if (!result) {
      const file = { path: path.join(folder, relative), displayPath: relative, text: readFileSync(path.join(folder, relative), 'utf8') };
      const { findings, routeCount, failures } = lintSources([{ file, explicit }]);
      if (failures.length > 0) throw failures[0]!.error;
      results.set(relative, (result = { findings, routeCount }));
    }
    return result;
  };
}
