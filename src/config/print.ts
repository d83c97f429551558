/** `--print-config FILE`: the settings that apply to one file, as JSON. */
import { minimatch } from 'minimatch';
import path from 'node:path';
import type { Rule, SeveritySetting } from '../engine/rule.js';
import { displayPathOf } from '../load/read.js';
import type { GwlintConfig } from './load.js';
import { mustExist, resolveConfig } from './resolve.js';
import { effectiveSetting, severityOf, type SettingSource } from './settings.js';

interface PrintedRule {
  severity: SeveritySetting;
  options?: Readonly<Record<string, unknown>>;
  source: SettingSource;
}

/**
 * `file` is absolute; `commandLine` holds the `--rule` settings, which win over the config file.
 * Paths are shown relative to `cwd`, like findings.
 */
export function formatPrintConfig(
  config: GwlintConfig,
  file: string,
  cwd: string,
  rules: readonly Rule[],
  commandLine: ReadonlyMap<string, SeveritySetting>,
): string {
  const relative = path.relative(config.folder, file).split(path.sep).join('/');
  const printed: Record<string, PrintedRule> = {};
  for (const rule of rules) {
    const fixed = commandLine.get(rule.meta.id);
    if (fixed !== undefined) {
      printed[rule.meta.id] = { severity: fixed, source: '--rule' };
      continue;
    }
    const { setting, options, source } = effectiveSetting(config, rule, file);
    printed[rule.meta.id] = { severity: severityOf(rule, setting), ...(Object.keys(options).length > 0 ? { options } : {}), source };
  }
  const effective = {
    file: displayPathOf(file, cwd),
    configFile: config.file ? displayPathOf(config.file, cwd) : null,
    extends: config.extends,
    dialect: config.dialect,
    include: config.include,
    ignore: config.ignore,
    ignored: config.ignore.some((pattern) => minimatch(relative, pattern, { dot: true })),
    rules: printed,
  };
  return `${JSON.stringify(effective, null, 2)}\n`;
}

/** `--print-config FILE` with `--config` (or the config file found upward from FILE) and `--rule`. */
export function printConfig(
  file: string,
  explicitConfig: string | undefined,
  cwd: string,
  rules: readonly Rule[],
  commandLine: ReadonlyMap<string, SeveritySetting>,
): string {
  const absolute = mustExist(file, cwd);
  return formatPrintConfig(resolveConfig(explicitConfig, absolute, cwd, rules), absolute, cwd, rules, commandLine);
}
