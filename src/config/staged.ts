import path from 'node:path';
import type { Finding } from '../engine/finding.js';
import { findConfigFile, isFile } from './find.js';

/**
 * pre-commit passes only the staged files. Linting just those would hide cross-file problems (a
 * staged catch-all shadowing a route in another file), so when every given path is a file inside
 * the config file's folder, gwlint lints that whole folder and reports on the given files only.
 */
export interface StagedRun {
  /** What to lint instead: the configuration root. */
  readonly root: string;
  /** The given files, absolute. */
  readonly files: ReadonlySet<string>;
}

/** Given only files: the config file found upward from any of them (pre-commit passes them in no useful order). */
export function configForFiles(paths: readonly string[], cwd: string): string | undefined {
  const files = paths.map((given) => path.resolve(cwd, given));
  if (files.length === 0 || !files.every(isFile)) return undefined;
  for (const file of files) {
    const found = findConfigFile(path.dirname(file));
    if (found) return found;
  }
  return undefined;
}

/**
 * Files outside the configuration root are not this configuration's (a CI workflow staged in the
 * same commit): they are left out silently, as pre-commit users expect.
 */
export function stagedRun(paths: readonly string[], configFolder: string | undefined, cwd: string): StagedRun | undefined {
  if (!configFolder || paths.length === 0) return undefined;
  const files = paths.map((given) => path.resolve(cwd, given));
  if (!files.every(isFile)) return undefined;
  const insideRoot = (file: string) => !path.relative(configFolder, file).startsWith('..');
  return { root: configFolder, files: new Set(files.filter(insideRoot)) };
}

/** Findings on a given file, or pointing at one (the other route of a shadowing lives elsewhere). */
export function onStagedFiles(findings: readonly Finding[], run: StagedRun, cwd: string): Finding[] {
  const given = (file: string) => run.files.has(path.resolve(cwd, file));
  return findings.filter((finding) => given(finding.file) || finding.related.some((place) => given(place.file)));
}
