/**
 * Kong route paths: what the gateway does with the string written in `paths`.
 *
 * Kong 3.x (decK `_format_version` 3.x, or none): a path starting with `~` is a regex (the `~` is
 * dropped, the rest is anchored at the start of the request path only); anything else is a plain
 * string prefix (`/api` also matches `/apiv2`), whatever characters it contains. Plain paths must be
 * normalised (`kong.db.schema.typedefs` rejects `//`, `/./`, `/../`) and every path must start with
 * `/` or `~/`.
 *
 * Kong 2.x (decK `_format_version: "1.1"`): there was no `~`. A path made only of
 * `[a-zA-Z0-9.\-_~/%]` was a plain prefix; any other character made the whole path a PCRE regex,
 * anchored at the start (the `a` flag of `ngx.re.find`). So `/status/\d+` in a 1.1 file is a
 * regex, and the same line in a 3.0 file is the literal text `/status/\d+`. (A `~` prefix is read as
 * a regex in both, which is how `deck file convert` writes migrated 2.x paths.)
 */
import { looksLikeRegex, parseRegex } from '../../regex/index.js';
import type { PathMatcher } from '../../paths/pattern.js';

export type KongPath =
  | { readonly kind: 'plain'; readonly matcher: PathMatcher; readonly length: number; readonly warning?: string }
  | { readonly kind: 'regex'; readonly matcher: PathMatcher | undefined }
  | { readonly kind: 'invalid'; readonly regex: boolean; readonly reason: string };

/** Kong 2.x's test for a plain path (kong/router.lua, 2.x: `^[a-zA-Z0-9\.\-_~/%]*$`). */
const LEGACY_PLAIN = /^[a-zA-Z0-9.\-_~/%]*$/;

/** Bytes, as Kong's Lua `#path` counts them. */
function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function readKongPath(raw: string, legacy: boolean): KongPath {
  if (raw.startsWith('~')) return readRegex(raw.slice(1), legacy);
  if (legacy && !LEGACY_PLAIN.test(raw)) return readRegex(raw, legacy);
  if (!raw.startsWith('/')) {
    return { kind: 'invalid', regex: false, reason: legacy ? "it must start with '/'" : "it must start with '/' (a plain path) or '~/' (a regex path)" };
  }
  if (!legacy) {
    const unnormalised = /\/\/|\/\.\.?(?:\/|$)/.exec(raw);
    if (unnormalised) {
      return {
        kind: 'invalid',
        regex: false,
        reason: `Kong 3 rejects paths that are not normalised, and this one contains '${unnormalised[0]}'`,
      };
    }
  }
  const matcher: PathMatcher = { kind: 'prefix', value: raw };
  if (!legacy && looksLikeRegex(raw)) {
    return {
      kind: 'plain',
      matcher,
      length: byteLength(raw),
      warning:
        `it looks like a regex, but Kong 3 matches a path without the '~' prefix as plain text, so the requests it was ` +
        `meant for never match it; write '~${raw}' to make it a regex`,
    };
  }
  return { kind: 'plain', matcher, length: byteLength(raw) };
}

function readRegex(source: string, legacy: boolean): KongPath {
  if (!source.startsWith('/')) {
    return { kind: 'invalid', regex: true, reason: legacy ? "it must start with '/'" : "a regex path must start with '~/'" };
  }
  const parsed = parseRegex(source, 'pcre');
  if (parsed.ok) return { kind: 'regex', matcher: { kind: 'regex', source, regex: parsed.regex, mode: 'prefix' } };
  if (parsed.kind === 'syntax') return { kind: 'invalid', regex: true, reason: `it is not a valid regex: ${parsed.reason}` };
  // A regex gwlint's engine cannot evaluate (look-around, back-references…): Kong may well accept it.
  return { kind: 'regex', matcher: undefined };
}
