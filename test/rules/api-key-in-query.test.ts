import { describe, expect, it } from 'vitest';
import { lintText, where } from '../helpers/lint-text.js';

const RULE = 'api-key-in-query';

const policies = (where: string) => `authPolicies:
  partner-keys: { type: apiKey, in: ${where}, name: api_key }
routes:
  - { name: feed, paths: [/feed], auth: partner-keys }
  - { name: items, paths: [/items], auth: partner-keys }
`;

describe('api-key-in-query', () => {
  it("reports an API-key policy read from the query string at 'in', naming its routes", () => {
    const findings = lintText({ 'auth.yaml': policies('query') }, RULE);
    expect(findings.map(where)).toEqual(['2:37-2:42']);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toBe(
      "API-key policy 'partner-keys' accepts the key in the query string: URLs with keys are written to access logs, proxies, browser history and Referer headers, " +
        "so keys leak to anyone who reads them. Accept the key in a header only. Used by routes 'feed' and 'items'.",
    );
  });

  it('stays quiet for keys in a header and for other policy types', () => {
    expect(lintText({ 'auth.yaml': policies('header') }, RULE)).toEqual([]);
    expect(lintText({ 'auth.yaml': 'authPolicies:\n  jwt: { type: jwt, in: query }\n' }, RULE)).toEqual([]);
  });
});
