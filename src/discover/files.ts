import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { minimatch } from 'minimatch';

export interface DiscoveredFile {
  readonly path: string;
  /** Named on the command line rather than found by walking a folder. */
  readonly explicit: boolean;
}

export class PathNotFoundError extends Error {}

const CONFIG_EXTENSION = /\.(ya?ml|json)$/i;
/** Folders never walked into unless named explicitly: dependencies, VCS data and hidden folders. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** The config file's say in which files are linted; its patterns are relative to its folder. */
export interface DiscoverScope {
  /** The config file's folder (absolute). */
  readonly folder: string;
  /** The config file itself (absolute), never linted as gateway configuration when walked. */
  readonly configFile?: string;
  /** When not empty, files found by walking a folder are linted only when one of these matches. */
  readonly include: readonly string[];
  /** Files (and folders) skipped even when named on the command line. */
  readonly ignore: readonly string[];
}

export interface DiscoverOptions {
  readonly cwd: string;
  readonly ignorePatterns: readonly string[];
  readonly scope?: DiscoverScope | undefined;
}

function toSlashes(file: string): string {
  return file.split(path.sep).join('/');
}

/**
 * Lists the configuration files under the given paths, sorted by path so that declaration order
 * (and with it route precedence) is the same on every machine.
 */
export function discoverFiles(paths: readonly string[], options: DiscoverOptions): DiscoveredFile[] {
  const found = new Map<string, DiscoveredFile>();
  const visitedFolders = new Set<string>();
  const { scope } = options;
  const inScope = (absolute: string): string => toSlashes(path.relative(scope!.folder, absolute));
  const ignored = (absolute: string): boolean => {
    const relative = toSlashes(path.relative(options.cwd, absolute));
    if (scope && scope.ignore.some((pattern) => minimatch(inScope(absolute), pattern, { dot: true }))) return true;
    return options.ignorePatterns.some(
      (pattern) => minimatch(relative, pattern, { dot: true }) || minimatch(toSlashes(absolute), pattern, { dot: true }),
    );
  };
  /** Files found by walking: the config file is not gateway configuration, and `include` narrows the rest. */
  const wanted = (absolute: string): boolean => {
    if (!scope) return true;
    if (scope.configFile === absolute) return false;
    return scope.include.length === 0 || scope.include.some((pattern) => minimatch(inScope(absolute), pattern, { dot: true }));
  };

  const walk = (folder: string): void => {
    let real: string;
    try {
      real = realpathSync(folder);
    } catch {
      return;
    }
    if (visitedFolders.has(real)) return; // symlink loop or a folder reached twice
    visitedFolders.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = path.join(folder, entry.name);
      if (ignored(child)) continue;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(child);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (isDirectory) {
        if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
        walk(child);
      } else if (isFile && CONFIG_EXTENSION.test(entry.name) && !found.has(child) && wanted(child)) {
        found.set(child, { path: child, explicit: false });
      }
    }
  };

  for (const given of paths) {
    const absolute = path.resolve(options.cwd, given);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new PathNotFoundError(`No such file or folder: ${given}`);
    }
    if (stats.isDirectory()) walk(absolute);
    else if (!ignored(absolute)) found.set(absolute, { path: absolute, explicit: true });
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
