/** The presets a config file `extends`: the rule settings it starts from. */
import type { Rule, Severity, SeveritySetting } from '../engine/rule.js';

export const PRESET_NAMES = ['gwlint:recommended', 'gwlint:strict', 'gwlint:all'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** What the settings start from when there is no config file or it has no `extends`. */
export const DEFAULT_PRESET: PresetName = 'gwlint:recommended';

const RAISED: Record<Severity, Severity> = { info: 'warning', warning: 'error', error: 'error' };

/**
 * A preset's setting for one rule; `undefined` leaves the rule at its own severity (including the
 * milder severity some findings have, such as partial shadowing).
 * - `gwlint:recommended`: every rule at its default severity.
 * - `gwlint:strict`: every rule on, set to its default raised by one step (warning → error,
 *   info → warning); being set, every finding of the rule takes that severity.
 * - `gwlint:all`: every rule on at its default severity. Today every rule is on by default, so this
 *   equals recommended; it will differ once gwlint has opt-in rules (off in recommended).
 */
export function presetSetting(preset: PresetName, rule: Rule): SeveritySetting | undefined {
  return preset === 'gwlint:strict' ? RAISED[rule.meta.defaultSeverity] : undefined;
}
