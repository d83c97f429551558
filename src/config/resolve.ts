/** Which config file applies to a run, loaded: `--config FILE`, else the nearest one found upward. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { PathNotFoundError, type DiscoverScope } from '../discover/files.js';
import type { Rule } from '../engine/rule.js';
import type { LintOptions } from '../lint.js';
import { findConfigFile } from './find.js';
import { defaultConfig, loadConfig, type GwlintConfig } from './load.js';
import { configRuleSettings } from './settings.js';

/**
 * The config for linting `start` (the first linted path): the file given with `--config`
 * (relative to `cwd`), else the one found upward from `start`, else the defaults.
 */
export function resolveConfig(explicit: string | undefined, start: string, cwd: string, rules: readonly Rule[]): GwlintConfig {
  if (explicit !== undefined) return loadConfig(explicit, cwd, rules);
  const found = findConfigFile(path.resolve(cwd, start));
  return found ? loadConfig(found, cwd, rules) : defaultConfig(cwd);
}

/** What the config file adds to a lint run of `paths`: per-file rule settings and which files to lint. */
export function configLintOptions(
  explicit: string | undefined,
  paths: readonly string[],
  cwd: string,
  rules: readonly Rule[],
): Pick<LintOptions, 'settings' | 'scope' | 'dialect' | 'ruleOptions'> & { configFolder: string | undefined } {
  const config = resolveConfig(explicit, paths[0] ?? '.', cwd, rules);
  const ruleOptions = new Map([...config.rules].map(([id, entry]) => [id, entry.options]));
  return {
    settings: configRuleSettings(config, rules),
    scope: scopeOf(config),
    dialect: config.dialect,
    ruleOptions,
    configFolder: config.file ? config.folder : undefined,
  };
}

/** The config's say in which files are linted, for discovery. */
export function scopeOf(config: GwlintConfig): DiscoverScope | undefined {
  if (!config.file) return undefined;
  return { folder: config.folder, configFile: config.file, include: config.include, ignore: config.ignore };
}

/** Throws the usual "No such file or folder" for a path that does not exist. */
export function mustExist(given: string, cwd: string): string {
  const absolute = path.resolve(cwd, given);
  try {
    statSync(absolute);
  } catch {
    throw new PathNotFoundError(`No such file or folder: ${given}`);
  }
  return absolute;
}
