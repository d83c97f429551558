import { UsageError } from '../cli/usage-error.js';

/** A config file gwlint cannot use: one line on stderr (`gwlint: FILE: what is wrong`) and exit code 2. */
export class ConfigError extends UsageError {}
