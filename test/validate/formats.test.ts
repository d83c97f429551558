import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, it } from 'vitest';
import { uri } from '../../src/validate/formats.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ajvFormatsUri = fullFormats.uri as (value: string) => boolean;

/** Every URL-looking string in the repository's configurations, fixtures and docs. */
function urlsInRepository(): string[] {
  const found = new Set<string>();
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (/\.(ya?ml|json|md)$/.test(entry.name)) {
        for (const [match] of readFileSync(file, 'utf8').matchAll(/[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s"'`)<>,\]]*/g)) found.add(match);
      }
    }
  };
  for (const folder of ['examples', 'docs', path.join('test', 'fixtures')]) visit(path.join(root, folder));
  return [...found];
}

const BASES = [
  'http://catalog.svc.cluster.local:9000',
  'https://login.example.net/keys',
  'HTTPS://Login.Example.NET:/a//b/',
  'http://10.0.0.7:8080/v1/orders',
  'https://user:pass@example.com:8443/p/a/t/h?query=1&x=y#frag',
  'http://[2001:db8::1]:80/',
  'http://[v7.fe80::1]/',
  'urn:isbn:0451450523',
  'mailto:ops@example.com',
  'file:///etc/hosts',
  'git+ssh://git@example.com/repo.git',
  'a://',
  'a:',
  'h:/x',
  'http://',
  'http:///path',
  'http://host:port',
  'http://ho st',
  'http://host/%7euser/%zz',
  'http://host/~user/a.b_c-d',
  '1http://host',
  '//host/path',
  '/relative/path',
  'not a uri',
  '',
];

/** Each base, and each with one character inserted, removed or replaced at every position. */
function variants(): string[] {
  const inserted = [' ', '/', ':', '@', '?', '#', '%', '%2F', '[', ']', '!', '$', "'", '(', '*', '+', ',', ';', '=', '~', '.', '-', '_', 'A', 'z', '9', 'é', '\n', '\\', '^', '|', '{', '"'];
  const all = new Set<string>();
  for (const base of [...BASES, ...urlsInRepository()]) {
    all.add(base);
    all.add(base.toUpperCase());
    for (let at = 0; at <= base.length; at++) {
      all.add(base.slice(0, at) + base.slice(at + 1));
      for (const character of inserted) {
        all.add(base.slice(0, at) + character + base.slice(at));
        all.add(base.slice(0, at) + character + base.slice(at + 1));
      }
    }
  }
  return [...all];
}

describe('the uri format', () => {
  it("answers exactly as ajv-formats' uri", () => {
    const values = variants();
    const differences = values.filter((value) => uri(value) !== ajvFormatsUri(value));
    expect(differences).toEqual([]);
    // Both answers occur often.
    const valid = values.filter((value) => ajvFormatsUri(value));
    expect(valid.length).toBeGreaterThan(1000);
    expect(values.length - valid.length).toBeGreaterThan(1000);
  });
});
