/** Finds the config file that applies to a linted path by looking in its folder and each one above. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** The names a config file may have, in the order they are looked for within one folder. */
export const CONFIG_FILE_NAMES = ['gwlint.config.yaml', '.gwlintrc.yaml', '.gwlintrc.json'] as const;

/**
 * The config file nearest to `start` (a file or a folder): the first of `CONFIG_FILE_NAMES` in its
 * folder, then in each folder above. The search stops after a folder holding `.git` (the top of the
 * repository) and at the filesystem root.
 */
export function findConfigFile(start: string): string | undefined {
  let folder = path.resolve(start);
  if (!isDirectory(folder)) folder = path.dirname(folder);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(folder, name);
      if (isFile(candidate)) return candidate;
    }
    const parent = path.dirname(folder);
    if (parent === folder || existsSync(path.join(folder, '.git'))) return undefined;
    folder = parent;
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

export function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
