/**
 * The setting of each rule for one file. Precedence, highest first: the command line's `--rule`,
 * then the config file's `overrides` (later ones win), its `rules`, and the preset it `extends`.
 */
import path from 'node:path';
import { minimatch } from 'minimatch';
import type { Rule, RuleSettings, Severity, SeveritySetting } from '../engine/rule.js';
import type { GwlintConfig } from './load.js';
import { presetSetting } from './presets.js';

/** Where a rule's effective setting comes from, as `--print-config` shows it. */
export type SettingSource = 'default' | 'extends' | 'rules' | `overrides[${number}]` | '--rule';

export interface EffectiveSetting {
  /** `undefined` keeps the rule's own severity. */
  readonly setting: SeveritySetting | undefined;
  readonly options: Readonly<Record<string, unknown>>;
  readonly source: SettingSource;
}

/** Whether a config `files` glob list matches a file (absolute path), globs relative to the config folder. */
export function matchesFiles(config: GwlintConfig, globs: readonly string[], file: string): boolean {
  const relative = path.relative(config.folder, file).split(path.sep).join('/');
  return globs.some((glob) => minimatch(relative, glob, { dot: true }));
}

/** One rule's setting for one file from the config file alone (the command line comes on top). */
export function effectiveSetting(config: GwlintConfig, rule: Rule, file: string): EffectiveSetting {
  const id = rule.meta.id;
  const preset = presetSetting(config.extends, rule);
  let effective: EffectiveSetting = { setting: preset, options: {}, source: preset === undefined ? 'default' : 'extends' };
  const base = config.rules.get(id);
  if (base) effective = { setting: base.severity, options: base.options, source: 'rules' };
  config.overrides.forEach((override, index) => {
    const entry = override.rules.get(id);
    if (entry && matchesFiles(config, override.files, file)) {
      effective = { setting: entry.severity, options: entry.options, source: `overrides[${index}]` };
    }
  });
  return effective;
}

/** The config file's settings as the engine asks for them (per rule and file). */
export function configRuleSettings(config: GwlintConfig, rules: readonly Rule[]): RuleSettings {
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const cache = new Map<string, SeveritySetting | undefined>();
  return {
    severity(ruleId, file) {
      const rule = byId.get(ruleId);
      if (!rule) return undefined;
      const key = `${ruleId}\0${file}`;
      if (!cache.has(key)) cache.set(key, effectiveSetting(config, rule, file).setting);
      return cache.get(key);
    },
    runs(ruleId) {
      const rule = byId.get(ruleId);
      if (!rule) return true;
      const base = config.rules.get(ruleId)?.severity ?? presetSetting(config.extends, rule);
      if (base !== 'off') return true;
      return config.overrides.some((override) => {
        const setting = override.rules.get(ruleId)?.severity;
        return setting !== undefined && setting !== 'off';
      });
    },
  };
}

/** The severity findings of a rule get under a setting (a rule's milder findings aside). */
export function severityOf(rule: Rule, setting: SeveritySetting | undefined): Severity | 'off' {
  return setting ?? rule.meta.defaultSeverity;
}
