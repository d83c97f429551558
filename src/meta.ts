import packageJson from '../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
export const REPOSITORY_URL = 'https://github.com/gwlint/gwlint';

export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
