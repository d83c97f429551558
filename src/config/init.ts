/** `gwlint init`: writes a starter config file into the working directory. */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPOSITORY_URL } from '../meta.js';
import { ConfigError } from './errors.js';
import { CONFIG_FILE_NAMES } from './find.js';

export const STARTER_FILE_NAME = 'gwlint.config.yaml';

/** Where editors fetch the config file's schema from. */
export const CONFIG_SCHEMA_URL = `${REPOSITORY_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/main/schemas/gwlint-config.schema.json`;

export const STARTER_CONFIG = `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}
# gwlint settings; reference: ${REPOSITORY_URL}/blob/main/docs/configuration.md
# Globs below are relative to this file's folder.

# gwlint:recommended (every rule at its default severity), gwlint:strict (warnings become
# errors, infos warnings) or gwlint:all.
extends: gwlint:recommended

# Lint only these files when walking folders:
# include: ["gateway/**/*.{yaml,yml,json}"]

# Never lint these:
# ignore: ["**/generated/**"]

# Per rule: off, info, warning or error (\`gwlint rules\` lists the ids).
# rules:
#   trailing-slash-mismatch: error
#   unknown-document: off

# Other settings for some files; later overrides win.
# overrides:
#   - files: ["legacy/**"]
#     rules: { shadowed-route: warning }
`;

/** Writes the starter file; refuses when the folder already has a config file. Returns what to print. */
export function writeStarterConfig(cwd: string): string {
  const existing = CONFIG_FILE_NAMES.find((name) => name !== STARTER_FILE_NAME && existsSync(path.join(cwd, name)));
  if (existing) throw new ConfigError(`${existing} already exists here, and gwlint reads only one config file per folder; edit it instead`);
  const target = path.join(cwd, STARTER_FILE_NAME);
  try {
    writeFileSync(target, STARTER_CONFIG, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ConfigError(`${STARTER_FILE_NAME} already exists; edit it, or delete it to start over`);
    throw new ConfigError(`cannot write ${STARTER_FILE_NAME} (${code ?? String(error)})`);
  }
  return `Wrote ${STARTER_FILE_NAME}:\n\n${STARTER_CONFIG}`;
}
