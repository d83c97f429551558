import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { minimatch } from 'minimatch';

export interface DiscoveredFile {
  readonly path: string;
  /** Named on the command line rather than found by walking a folder. */
  readonly explicit: boolean;
}

/**
 * A path named on the command line that gwlint cannot get at: it does not exist, or a folder on
 * its way may not be searched. A usage error (exit 2), like any other bad argument.
 */
export class PathNotFoundError extends Error {}

/** A folder found (or named) whose entries could not be listed, so none of its files were linted. */
export interface UnreadableFolder {
  /** Absolute path. */
  readonly path: string;
  /** Relative to the working directory, `/`-separated, with a final `/` that shows it is a folder (`config/locked/`). */
  readonly displayPath: string;
  /** The system's error code (`EACCES`, …). */
  readonly code: string;
  /** Named on the command line, rather than met while walking a folder that was. */
  readonly explicit: boolean;
}

export interface Discovery {
  /** Sorted by path. */
  readonly files: DiscoveredFile[];
  readonly unreadableFolders: UnreadableFolder[];
}

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

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}

/** A sub-folder and a file of each kind, by names no real entry can have (no file name holds a NUL). */
const UNNAMEABLE_ENTRIES = ['\0', '\0.yaml', '\0.yml', '\0.json'];

/** The `statSync` codes that mean "not allowed to look", not "not there". */
const PERMISSION_CODES = new Set(['EACCES', 'EPERM']);

/**
 * Lists the configuration files under the given paths, sorted by path so that declaration order
 * (and with it route precedence) is the same on every machine, and the folders it could not list
 * (never in silence: their files would be missing from the run).
 */
export function discoverFiles(paths: readonly string[], options: DiscoverOptions): Discovery {
  const found = new Map<string, DiscoveredFile>();
  const visitedFolders = new Set<string>();
  const unreadableFolders: UnreadableFolder[] = [];
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
  /**
   * A folder that cannot be listed matters only when a file in it could be linted: not when the
   * ignore patterns take in whatever it holds (tried on names no entry has), nor when no `include`
   * pattern reaches into it.
   */
  const mayHoldWanted = (folder: string): boolean => {
    if (UNNAMEABLE_ENTRIES.every((name) => ignored(path.join(folder, name)))) return false;
    return !scope || scope.include.length === 0 || scope.include.some((pattern) => minimatch(inScope(folder), pattern, { dot: true, partial: true }));
  };
  const unreadable = (folder: string, error: unknown, explicit: boolean): void => {
    if (!mayHoldWanted(folder)) return;
    const displayPath = `${toSlashes(path.relative(options.cwd, folder)) || '.'}/`;
    unreadableFolders.push({ path: folder, displayPath, code: errorCode(error), explicit });
  };

  const walk = (folder: string, explicit: boolean): void => {
    let real: string;
    try {
      real = realpathSync(folder);
    } catch (error) {
      unreadable(folder, error, explicit); // a folder on the way may not be searched
      return;
    }
    if (visitedFolders.has(real)) return; // symlink loop or a folder reached twice
    visitedFolders.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      unreadable(folder, error, explicit);
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
        walk(child, false);
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
    } catch (error) {
      // It may well exist, but a folder on its way may not be searched: say so, not "no such file".
      const code = errorCode(error);
      if (PERMISSION_CODES.has(code)) throw new PathNotFoundError(`Cannot read ${given}: permission denied (${code})`);
      throw new PathNotFoundError(`No such file or folder: ${given}`);
    }
    if (stats.isDirectory()) walk(absolute, true);
    else if (!ignored(absolute)) found.set(absolute, { path: absolute, explicit: true });
  }
  const byPath = <T extends { path: string }>(a: T, b: T): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files: [...found.values()].sort(byPath), unreadableFolders: unreadableFolders.sort(byPath) };
}
