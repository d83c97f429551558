/**
 * Reads a config file and checks it: its shape against `schemas/gwlint-config.schema.json`, then
 * what the schema cannot know (rule ids, each rule's options, dialects not supported yet). Every
 * problem is a `ConfigError` with one message a person understands.
 */
import { DIALECT_CHOICES, type DialectChoice } from '../dialect/dialect.js';
import path from 'node:path';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { NO_OPTIONS_SCHEMA, type Rule, type SeveritySetting } from '../engine/rule.js';
import { parseSource } from '../load/parse.js';
import { displayPathOf, readSource } from '../load/read.js';
import { positionAt } from '../load/source.js';
import { suggestNames } from '../model/suggest.js';
import { optionsValidator, validator } from '../validate/validators.js';
import { toValue } from '../validate/to-value.js';
import { ConfigError } from './errors.js';
import { DEFAULT_PRESET, type PresetName } from './presets.js';

export const SUPPORTED_DIALECTS = DIALECT_CHOICES;
export type Dialect = DialectChoice;

export interface RuleEntry {
  readonly severity: SeveritySetting;
  readonly options: Readonly<Record<string, unknown>>;
}

export interface Override {
  readonly files: readonly string[];
  readonly rules: ReadonlyMap<string, RuleEntry>;
}

/** A config file's settings, checked, with every default filled in. */
export interface GwlintConfig {
  /** The config file (absolute); undefined when there is none. */
  readonly file: string | undefined;
  /** The folder globs are relative to: the config file's, or the working directory without one. */
  readonly folder: string;
  readonly extends: PresetName;
  readonly dialect: Dialect;
  readonly include: readonly string[];
  readonly ignore: readonly string[];
  readonly rules: ReadonlyMap<string, RuleEntry>;
  readonly overrides: readonly Override[];
}

/** The settings without a config file. */
export function defaultConfig(cwd: string): GwlintConfig {
  return { file: undefined, folder: cwd, extends: DEFAULT_PRESET, dialect: 'auto', include: [], ignore: [], rules: new Map(), overrides: [] };
}

interface RawConfig {
  extends?: PresetName;
  dialect?: string;
  include?: string[];
  ignore?: string[];
  rules?: Record<string, RawSetting>;
  overrides?: { files: string[]; rules: Record<string, RawSetting> }[];
}

type RawSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?];

export function loadConfig(file: string, cwd: string, rules: readonly Rule[]): GwlintConfig {
  const absolute = path.resolve(cwd, file);
  const shown = displayPathOf(absolute, cwd) || file;
  const fail = (message: string): never => {
    throw new ConfigError(`${shown}: ${message}`);
  };
  const read = readSource(absolute, cwd);
  if (!read.ok) {
    const reason = /\(([A-Z]+)\)/.exec(read.problem.message)?.[1];
    throw new ConfigError(`cannot read config file ${shown}${reason ? ` (${reason})` : `: ${read.problem.message}`}`);
  }
  const parsed = parseSource(read.file);
  const problem = parsed.problems[0];
  if (problem) {
    const { line, column } = positionAt(read.file, problem.span.start);
    throw new ConfigError(`${shown}:${line}:${column}: the config file does not parse: ${problem.message.split(/; |\. /)[0]}`);
  }
  if (parsed.documents.length > 1) fail(`a config file holds one document, found ${parsed.documents.length}`);
  const raw = parsed.documents[0] ? toValue(parsed.documents[0].root) : {};
  const validate = configValidator();
  if (!validate(raw)) fail(explain(validate.errors ?? []));
  const config = raw as RawConfig;

  if (config.dialect !== undefined && !(SUPPORTED_DIALECTS as readonly string[]).includes(config.dialect)) {
    fail(`dialect '${config.dialect}' is not supported${config.dialect === 'envoy' ? ' yet' : ''}; use one of ${SUPPORTED_DIALECTS.join(', ')}`);
  }
  const ruleEntries = (settings: Record<string, RawSetting> | undefined, where: string): Map<string, RuleEntry> => {
    const entries = new Map<string, RuleEntry>();
    for (const [id, setting] of Object.entries(settings ?? {})) {
      const rule = rules.find((candidate) => candidate.meta.id === id);
      if (!rule) {
        const [suggestion] = suggestNames(id, rules.map((candidate) => candidate.meta.id));
        fail(`${where}unknown rule '${id}'${suggestion ? `; did you mean '${suggestion}'?` : ''} (see 'gwlint rules')`);
      }
      const [severity, options = {}] = typeof setting === 'string' ? [setting] : setting;
      const problem = checkOptions(rule!, options);
      if (problem) fail(`${where}${problem}`);
      entries.set(id, { severity, options });
    }
    return entries;
  };
  return {
    file: absolute,
    folder: path.dirname(absolute),
    extends: config.extends ?? DEFAULT_PRESET,
    dialect: (config.dialect as Dialect | undefined) ?? 'auto',
    include: config.include ?? [],
    ignore: config.ignore ?? [],
    rules: ruleEntries(config.rules, ''),
    overrides: (config.overrides ?? []).map((override, index) => ({
      files: override.files,
      rules: ruleEntries(override.rules, `overrides[${index}]: `),
    })),
  };
}

function configValidator() {
  return validator('config');
}

/** Checks a rule's options against its own schema; the problem, or undefined when they are fine. */
function checkOptions(rule: Rule, options: Readonly<Record<string, unknown>>): string | undefined {
  const validate = optionsValidator(rule.meta.optionsSchema ?? NO_OPTIONS_SCHEMA);
  if (validate(options)) return undefined;
  const error = validate.errors![0]!;
  const id = rule.meta.id;
  if (error.keyword === 'additionalProperties') {
    const option = String(error.params['additionalProperty']);
    const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    const [suggestion] = suggestNames(option, known);
    const hint = suggestion ? `; did you mean '${suggestion}'?` : known.length === 0 && error.instancePath === '' ? '; it takes no options' : '';
    return `rule '${id}' has no option '${labelOf(parsePointer(error.instancePath).concat(option))}'${hint}`;
  }
  const at = parsePointer(error.instancePath);
  return at.length === 0 ? `the options of rule '${id}' ${error.message ?? 'are not valid'}` : `option '${labelOf(at)}' of rule '${id}' ${error.message ?? 'is not valid'}, got ${describeValue(error.data)}`;
}

const TYPE_NOUNS: Record<string, string> = { string: 'a string', number: 'a number', integer: 'an integer', boolean: 'true or false', array: 'a list', object: 'a mapping', null: 'empty' };

/** One message for the first problem ajv found; a failed alternative with an `errorMessage` speaks for its branches. */
function explain(errors: readonly ErrorObject[]): string {
  const summarised = errors.filter((error) => error.keyword === 'anyOf' && hasErrorMessage(error));
  const kept = errors.filter(
    (error) => summarised.includes(error) || !summarised.some((alternative) => isAtOrUnder(error.instancePath, alternative.instancePath)),
  );
  // A misspelt key explains a missing one: `file:` where `files:` is required.
  const error = kept.find((candidate) => candidate.keyword === 'additionalProperties') ?? kept[0]!;
  const at = parsePointer(error.instancePath);
  const subject = at.length === 0 ? 'the config file' : labelOf(at);
  const got = `got ${describeValue(error.data)}`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'anyOf': {
      const custom = (error.parentSchema as { errorMessage: string }).errorMessage;
      const [suggestion] = typeof error.data === 'string' ? suggestNames(error.data, ['off', 'info', 'warning', 'error']) : [];
      return `${subject} ${custom}, ${got}${suggestion ? `; did you mean '${suggestion}'?` : ''}`;
    }
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const [suggestion] = suggestNames(key, known);
      const hint = suggestion ? `did you mean '${suggestion}'?` : `expected ${known.join(', ')}`;
      return `unknown key '${key}'${at.length === 0 ? '' : ` in ${subject}`}; ${hint}`;
    }
    case 'required':
      return `${subject} is missing '${String(params['missingProperty'])}'`;
    case 'type': {
      const types = ([] as unknown[]).concat(params['type']).map((type) => TYPE_NOUNS[String(type)] ?? String(type));
      return `${subject} must be ${types.join(' or ')}, ${got}`;
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map(String);
      const [suggestion] = typeof error.data === 'string' ? suggestNames(error.data, allowed) : [];
      return `${subject} must be one of ${allowed.join(', ')}, ${got}${suggestion ? `; did you mean '${suggestion}'?` : ''}`;
    }
    case 'minItems':
    case 'minLength':
      return `${subject} must not be empty`;
  }
  return `${subject} ${error.message ?? 'is not valid'}, ${got}`;
}

function hasErrorMessage(error: ErrorObject): boolean {
  return typeof (error.parentSchema as { errorMessage?: unknown } | undefined)?.errorMessage === 'string';
}

function isAtOrUnder(pointer: string, parent: string): boolean {
  return pointer === parent || pointer.startsWith(`${parent}/`);
}

function parsePointer(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `overrides[0].rules.shadowed-route`: how a place in the config file is named in messages. */
function labelOf(steps: readonly string[]): string {
  return steps.reduce((label, step) => (/^\d+$/.test(step) ? `${label}[${step}]` : label === '' ? step : `${label}.${step}`), '');
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  return String(value);
}
