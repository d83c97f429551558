/** The Action's inputs (`action.yml`), read and checked once. */
import { FORMATS, type Format } from '../cli/args.js';
import { UsageError } from '../cli/usage-error.js';
import type { Severity } from '../engine/rule.js';

export interface ActionInputs {
  readonly paths: string[];
  readonly config: string | undefined;
  readonly failOn: Severity;
  /** The format of the full report in the log. */
  readonly format: Exclude<Format, 'github'>;
  readonly sarifFile: string | undefined;
  readonly annotations: boolean;
  readonly onlyChanged: boolean;
}

/** `core.getInput`: the trimmed value, `''` when not given. */
export type GetInput = (name: string) => string;

const FAIL_LEVELS = ['error', 'warning', 'info'] as const;
/** `github` is what the annotations already are; in the log it would bypass their limit. */
const LOG_FORMATS = FORMATS.filter((format): format is Exclude<Format, 'github'> => format !== 'github');

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`input '${name}' must be one of ${allowed.join(', ')}, not '${value}'`);
}

/** YAML 1.2 core schema booleans, as `core.getBooleanInput` accepts them. */
function boolean(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`input '${name}' must be true or false, not '${value}'`);
}

export function readInputs(getInput: GetInput): ActionInputs {
  // One path per line or separated by spaces, as in `paths: gateway/ routes.yaml`.
  const paths = getInput('paths').split(/\s+/).filter((entry) => entry !== '');
  const config = getInput('config');
  const sarifFile = getInput('sarif-file');
  return {
    paths: paths.length > 0 ? paths : ['.'],
    config: config === '' ? undefined : config,
    failOn: oneOf('fail-on', getInput('fail-on') || 'error', FAIL_LEVELS),
    format: oneOf('format', getInput('format') || 'stylish', LOG_FORMATS),
    sarifFile: sarifFile === '' ? undefined : sarifFile,
    annotations: boolean('annotations', getInput('annotations'), true),
    onlyChanged: boolean('only-changed', getInput('only-changed'), false),
  };
}
