import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { ConfigError } from '../../src/config/errors.js';
import { defaultConfig, loadConfig } from '../../src/config/load.js';
import { configRuleSettings, effectiveSetting } from '../../src/config/settings.js';
import { defineRule, type Rule } from '../../src/engine/rule.js';
import { tempProjects } from './helpers.js';

const project = tempProjects();

/** Loads `text` as the config file `name`; the error message, or the config. */
function load(text: string, name = 'gwlint.config.yaml', withRules: readonly Rule[] = rules) {
  const root = project({ [name]: text });
  return loadConfig(name, root, withRules);
}

function errorOf(text: string, name = 'gwlint.config.yaml', withRules: readonly Rule[] = rules): string {
  try {
    load(text, name, withRules);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

const shadowed = rules.find((rule) => rule.meta.id === 'shadowed-route')!;
const trailing = rules.find((rule) => rule.meta.id === 'trailing-slash-mismatch')!;

describe('loadConfig', () => {
  it('reads every key and fills in the defaults', () => {
    const config = load(
      'extends: gwlint:strict\ndialect: native\ninclude: ["gw/**"]\nignore: ["**/generated/**"]\n' +
        'rules:\n  shadowed-route: off\n  duplicate-route: [warning]\n' +
        'overrides:\n  - files: ["legacy/**"]\n    rules: { shadowed-route: warning }\n',
    );
    expect(config.extends).toBe('gwlint:strict');
    expect(config.dialect).toBe('native');
    expect(config.include).toEqual(['gw/**']);
    expect(config.ignore).toEqual(['**/generated/**']);
    expect([...config.rules]).toEqual([
      ['shadowed-route', { severity: 'off', options: {} }],
      ['duplicate-route', { severity: 'warning', options: {} }],
    ]);
    expect(config.overrides[0]!.files).toEqual(['legacy/**']);
    expect(config.folder).toBe(path.dirname(config.file!));
    const empty = load('');
    expect(empty.extends).toBe('gwlint:recommended');
    expect(empty.dialect).toBe('auto');
    expect(empty.rules.size).toBe(0);
  });

  it('reads .gwlintrc.json', () => {
    expect(load('{ "rules": { "shadowed-route": "info" } }', '.gwlintrc.json').rules.get('shadowed-route')?.severity).toBe('info');
  });

  it.each([
    ['rules: { shadowd-route: off }', "gwlint.config.yaml: unknown rule 'shadowd-route'; did you mean 'shadowed-route'? (see 'gwlint rules')"],
    ['rules: { no-such-thing-at-all: off }', "gwlint.config.yaml: unknown rule 'no-such-thing-at-all' (see 'gwlint rules')"],
    [
      'overrides: [{ files: [a], rules: { shadowed-rout: off } }]',
      "gwlint.config.yaml: overrides[0]: unknown rule 'shadowed-rout'; did you mean 'shadowed-route'? (see 'gwlint rules')",
    ],
    ['rules: { shadowed-route: [error, { maxSkew: 2m }] }', "gwlint.config.yaml: rule 'shadowed-route' has no option 'maxSkew'; it takes no options"],
    ['extend: gwlint:all', "gwlint.config.yaml: unknown key 'extend'; did you mean 'extends'?"],
    [
      'extends: gwlint:recomended',
      'gwlint.config.yaml: extends must be one of gwlint:recommended, gwlint:strict, gwlint:all, got "gwlint:recomended"; did you mean \'gwlint:recommended\'?',
    ],
    ['dialect: envoy', "gwlint.config.yaml: dialect 'envoy' is not supported yet; use one of auto, native, kong, gateway-api, aws"],
    ['dialect: nginx', 'gwlint.config.yaml: dialect must be one of auto, native, kong, gateway-api, aws, envoy, got "nginx"'],
    ['rules: { shadowed-route: warn }', 'gwlint.config.yaml: rules.shadowed-route must be off, info, warning or error, or [severity, { options }], got "warn"'],
    ['rules: { shadowed-route: eror }', 'gwlint.config.yaml: rules.shadowed-route must be off, info, warning or error, or [severity, { options }], got "eror"; did you mean \'error\'?'],
    ['rules: { shadowed-route: [error, {}, 3] }', 'gwlint.config.yaml: rules.shadowed-route must be off, info, warning or error, or [severity, { options }], got a list'],
    ['overrides: [{ files: [], rules: {} }]', 'gwlint.config.yaml: overrides[0].files must not be empty'],
    ['overrides: [{ rules: {} }]', "gwlint.config.yaml: overrides[0] is missing 'files'"],
    ['overrides: [{ file: [a], rules: {} }]', "gwlint.config.yaml: unknown key 'file' in overrides[0]; did you mean 'files'?"],
    ['include: "gw/**"', 'gwlint.config.yaml: include must be a list, got "gw/**"'],
    ['rules: [shadowed-route]', 'gwlint.config.yaml: rules must be a mapping, got a list'],
    ['- extends', 'gwlint.config.yaml: the config file must be a mapping, got a list'],
    ['rules: {\n', 'gwlint.config.yaml:2:1: the config file does not parse: Flow map in block collection must be sufficiently indented and end with a }'],
    ['rules: {}\nrules: {}\n', "gwlint.config.yaml:2:1: the config file does not parse: Duplicate key 'rules': it is also defined at line 1"],
  ])('rejects %j with a clear message', (text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  it('validates options against the rule\'s own schema', () => {
    const withOptions = defineRule({
      id: 'jwt-clock-skew',
      family: 'auth',
      defaultSeverity: 'warning',
      summary: 'test rule',
      optionsSchema: { type: 'object', additionalProperties: false, properties: { maxSkew: { type: 'string' } } },
      check: () => {},
    });
    expect(load('rules: { jwt-clock-skew: [error, { maxSkew: 2m }] }', undefined, [withOptions]).rules.get('jwt-clock-skew')).toEqual({
      severity: 'error',
      options: { maxSkew: '2m' },
    });
    expect(errorOf('rules: { jwt-clock-skew: [error, { maxSkw: 2m }] }', undefined, [withOptions])).toBe(
      "gwlint.config.yaml: rule 'jwt-clock-skew' has no option 'maxSkw'; did you mean 'maxSkew'?",
    );
    expect(errorOf('rules: { jwt-clock-skew: [error, { maxSkew: 2 }] }', undefined, [withOptions])).toBe(
      "gwlint.config.yaml: option 'maxSkew' of rule 'jwt-clock-skew' must be string, got 2",
    );
  });

  it('says when the file cannot be read', () => {
    const root = project({});
    expect(() => loadConfig('missing.yaml', root, rules)).toThrow(new ConfigError('cannot read config file missing.yaml (ENOENT)'));
  });
});

describe('presets and precedence', () => {
  const file = (config: { folder: string }, name: string) => path.join(config.folder, name);

  it('recommended and all keep every rule at its own severity; strict raises warnings to errors', () => {
    const recommended = defaultConfig('/project');
    expect(effectiveSetting(recommended, trailing, '/project/a.yaml')).toEqual({ setting: undefined, options: {}, source: 'default' });
    const all = { ...recommended, extends: 'gwlint:all' as const };
    expect(effectiveSetting(all, trailing, '/project/a.yaml').setting).toBeUndefined();
    const strict = { ...recommended, extends: 'gwlint:strict' as const };
    expect(effectiveSetting(strict, trailing, '/project/a.yaml')).toEqual({ setting: 'error', options: {}, source: 'extends' });
    expect(effectiveSetting(strict, shadowed, '/project/a.yaml').setting).toBe('error');
  });

  it('rules win over extends, and overrides (later ones first) over rules, by glob relative to the config folder', () => {
    const config = load(
      'extends: gwlint:strict\nrules: { trailing-slash-mismatch: info }\n' +
        'overrides:\n' +
        '  - files: ["legacy/**"]\n    rules: { trailing-slash-mismatch: warning }\n' +
        '  - files: ["legacy/old/*.yaml"]\n    rules: { trailing-slash-mismatch: off }\n',
    );
    expect(effectiveSetting(config, trailing, file(config, 'a.yaml'))).toMatchObject({ setting: 'info', source: 'rules' });
    expect(effectiveSetting(config, trailing, file(config, 'legacy/a.yaml'))).toMatchObject({ setting: 'warning', source: 'overrides[0]' });
    expect(effectiveSetting(config, trailing, file(config, 'legacy/old/a.yaml'))).toMatchObject({ setting: 'off', source: 'overrides[1]' });
    expect(effectiveSetting(config, shadowed, file(config, 'legacy/a.yaml'))).toMatchObject({ setting: 'error', source: 'extends' });
  });

  it('runs a rule that is off at the top but on in an override', () => {
    const config = load('rules: { shadowed-route: off, duplicate-route: off }\noverrides: [{ files: ["x/**"], rules: { shadowed-route: info } }]\n');
    const settings = configRuleSettings(config, rules);
    expect(settings.runs('shadowed-route')).toBe(true);
    expect(settings.runs('duplicate-route')).toBe(false);
    expect(settings.severity('shadowed-route', file(config, 'x/a.yaml'))).toBe('info');
    expect(settings.severity('shadowed-route', file(config, 'y/a.yaml'))).toBe('off');
  });
});

describe('documented examples', () => {
  const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  const yamlBlocks = (text: string) => [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);

  it.each([
    ['README.md', yamlBlocks(read('README.md')).filter((block) => block.includes('extends:'))],
    ['docs/configuration.md', yamlBlocks(read('docs/configuration.md'))],
  ])('%s: every config example is valid', (_, blocks) => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(() => load(block)).not.toThrow();
  });
});
