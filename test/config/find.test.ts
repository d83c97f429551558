import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile } from '../../src/config/find.js';
import { tempProjects } from './helpers.js';

const project = tempProjects();

describe('findConfigFile', () => {
  it('finds the config file in the folder of the linted path and in each folder above', () => {
    const root = project({ 'gwlint.config.yaml': '', 'gateway/routes/a.yaml': '' });
    expect(findConfigFile(path.join(root, 'gateway/routes/a.yaml'))).toBe(path.join(root, 'gwlint.config.yaml'));
    expect(findConfigFile(path.join(root, 'gateway/routes'))).toBe(path.join(root, 'gwlint.config.yaml'));
    expect(findConfigFile(root)).toBe(path.join(root, 'gwlint.config.yaml'));
  });

  it('takes the nearest one', () => {
    const root = project({ 'gwlint.config.yaml': '', 'gateway/.gwlintrc.json': '{}', 'gateway/a.yaml': '' });
    expect(findConfigFile(path.join(root, 'gateway/a.yaml'))).toBe(path.join(root, 'gateway/.gwlintrc.json'));
  });

  it('prefers gwlint.config.yaml, then .gwlintrc.yaml, then .gwlintrc.json within one folder', () => {
    const root = project({ '.gwlintrc.json': '{}', '.gwlintrc.yaml': '' });
    expect(findConfigFile(root)).toBe(path.join(root, '.gwlintrc.yaml'));
    const other = project({ '.gwlintrc.json': '{}', 'gwlint.config.yaml': '' });
    expect(findConfigFile(other)).toBe(path.join(other, 'gwlint.config.yaml'));
  });

  it('stops at the folder holding .git', () => {
    const root = project({ 'gwlint.config.yaml': '', 'nested/repo/a.yaml': '' });
    mkdirSync(path.join(root, 'nested/repo/.git'));
    expect(findConfigFile(path.join(root, 'nested/repo/a.yaml'))).toBeUndefined();
  });

  it('finds nothing when no folder up to the repository root has one', () => {
    const root = project({ 'a/b.yaml': '' });
    expect(findConfigFile(path.join(root, 'a/b.yaml'))).toBeUndefined();
  });
});
