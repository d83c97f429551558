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

export interface DiscoverOptions {
  readonly cwd: string;
  readonly ignorePatterns: readonly string[];
}

/**
 * Lists the configuration files under the given paths, sorted by path so that declaration order
 * (and with it route precedence) is the same on every machine.
 */
export function discoverFiles(paths: readonly string[], options: DiscoverOptions): DiscoveredFile[] {
  const found = new Map<string, DiscoveredFile>();
  const visitedFolders = new Set<string>();
  const ignored = (absolute: string): boolean => {
    const relative = path.relative(options.cwd, absolute).split(path.sep).join('/');
    return options.ignorePatterns.some(
      (pattern) => minimatch(relative, pattern, { dot: true }) || minimatch(absolute.split(path.sep).join('/'), pattern, { dot: true }),
    );
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
      } else if (isFile && CONFIG_EXTENSION.test(entry.name) && !found.has(child)) {
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
