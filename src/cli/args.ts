import { parseArgs } from 'node:util';
import type { Severity, SeveritySetting } from '../engine/rule.js';
import { DIALECT_CHOICES, type DialectChoice } from '../dialect/dialect.js';
import { suggestNames } from '../model/suggest.js';
import { UsageError } from './usage-error.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type Format = (typeof FORMATS)[number];
const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];
const FAIL_LEVELS: readonly Severity[] = ['error', 'warning', 'info'];

export interface CliOptions {
  readonly command: 'lint' | 'rules' | 'init' | 'help' | 'version';
  readonly paths: string[];
  /** Undefined: not given; the CLI picks `github` inside GitHub Actions and `stylish` elsewhere. */
  readonly format: Format | undefined;
  readonly output: string | undefined;
  readonly severities: Map<string, SeveritySetting>;
  readonly failOn: Severity;
  readonly maxWarnings: number | undefined;
  readonly ignorePatterns: string[];
  /** `--config FILE`: the config file to use instead of the one found upward from the first path. */
  readonly config: string | undefined;
  /** `--print-config FILE`: print the settings that apply to FILE instead of linting. */
  readonly printConfig: string | undefined;
  /** `--baseline FILE`: report only the findings this baseline does not record. */
  readonly baseline: string | undefined;
  /** `--write-baseline FILE`: record every current finding in FILE and exit 0. */
  readonly writeBaseline: string | undefined;
  readonly quiet: boolean;
  readonly color: boolean | undefined;
  /** `--dialect NAME`: read every document as this dialect (wins over the config file's `dialect:`). */
  readonly dialect: DialectChoice | undefined;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, got '${value}'`);
}

function parseRuleSettings(values: readonly string[], ruleIds: readonly string[]): Map<string, SeveritySetting> {
  const settings = new Map<string, SeveritySetting>();
  for (const value of values) {
    const match = /^([^=]+)=(.*)$/.exec(value);
    if (!match) throw new UsageError(`--rule takes ID=severity (e.g. --rule shadowed-route=warning), got '${value}'`);
    const [, id, severity] = match as unknown as [string, string, string];
    if (!ruleIds.includes(id)) {
      const suggestion = suggestNames(id, ruleIds)[0];
      throw new UsageError(`unknown rule '${id}' in --rule${suggestion ? `; did you mean '${suggestion}'?` : ''} (see 'gwlint rules')`);
    }
    settings.set(id, oneOf('rule', severity, SEVERITY_SETTINGS));
  }
  return settings;
}

export function parseCli(argv: readonly string[], ruleIds: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        rule: { type: 'string', multiple: true },
        'fail-on': { type: 'string' },
        'max-warnings': { type: 'string' },
        'ignore-pattern': { type: 'string', multiple: true },
        config: { type: 'string', short: 'c' },
        'print-config': { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        dialect: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, ''));
  }
  const { values, positionals } = parsed;
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!/^\d+$/.test(values['max-warnings'])) {
      throw new UsageError(`--max-warnings takes a whole number of 0 or more, got '${values['max-warnings']}'`);
    }
  }
  const isRules = positionals[0] === 'rules';
  const isInit = positionals[0] === 'init';
  if (isInit && positionals.length > 1) throw new UsageError(`init takes no paths; it writes gwlint.config.yaml in the current folder, got '${positionals[1]}'`);
  return {
    command: values.help ? 'help' : values.version ? 'version' : isRules ? 'rules' : isInit ? 'init' : 'lint',
    paths: isRules || isInit ? positionals.slice(1) : positionals.length > 0 ? positionals : ['.'],
    format: values.format === undefined ? undefined : oneOf('format', values.format, FORMATS),
    output: values.output,
    severities: parseRuleSettings(values.rule ?? [], ruleIds),
    failOn: values['fail-on'] === undefined ? 'error' : oneOf('fail-on', values['fail-on'], FAIL_LEVELS),
    maxWarnings,
    ignorePatterns: values['ignore-pattern'] ?? [],
    config: values.config,
    printConfig: values['print-config'],
    baseline: values.baseline,
    writeBaseline: values['write-baseline'],
    quiet: values.quiet ?? false,
    color: values['no-color'] ? false : values.color,
    dialect: values.dialect === undefined ? undefined : oneOf('dialect', values.dialect, DIALECT_CHOICES),
  };
}

export const HELP = `Usage: gwlint [options] [paths...]
       gwlint rules
       gwlint init

Lints API-gateway configuration (YAML and JSON files) under the given paths (default: .).

Options:
  -f, --format FORMAT           stylish, json, sarif, github or junit (default: stylish; github
                                inside GitHub Actions when the output is not a terminal)
  -o, --output FILE             write the report to FILE instead of stdout
      --rule ID=SEVERITY        set a rule to off|info|warning|error (repeatable)
      --fail-on LEVEL           exit 1 on findings at or above error|warning|info (default: error)
      --max-warnings N          exit 1 when there are more than N warnings
      --ignore-pattern GLOB     skip files matching GLOB (minimatch; repeatable)
  -c, --config FILE             use FILE as the config file (default: gwlint.config.yaml, .gwlintrc.yaml
                                or .gwlintrc.json, found upward from the linted paths)
      --print-config FILE       print the settings that apply to FILE as JSON, and lint nothing
      --baseline FILE           report only findings that FILE (a baseline) does not record
      --write-baseline FILE     record every current finding in FILE as the baseline, and exit 0
      --dialect NAME            read every file as auto (detect, the default), native, kong,
                                gateway-api or aws
  -q, --quiet                   report errors only (warnings still count for --max-warnings)
      --color, --no-color       force colours on or off (default: on for a terminal; NO_COLOR turns them off)
  -v, --version                 print the version
  -h, --help                    print this help

Commands:
  rules                         list every rule: id, default severity, family, summary
  init                          write a starter gwlint.config.yaml in the current folder

Exit codes: 0 no failing findings, 1 failing findings or too many warnings, 2 usage or internal error.
Docs: https://github.com/gwlint/gwlint#readme
`;
