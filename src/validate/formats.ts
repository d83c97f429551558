/**
 * The `format` checks gwlint's schemas use: `uri` only, which is ajv-formats' check, made cheap
 * for the usual value.
 *
 * ajv-formats tests RFC 3986 with one long case-insensitive regular expression that V8 takes
 * several milliseconds to compile on its first use, a first use that happens on nearly every run
 * (upstream URLs, issuers). Most values are plain `scheme://host[:port][/path]`: `SIMPLE_URI`
 * accepts only values of that shape, all of which RFC 3986, and so ajv-formats, accepts as well
 * (scheme, `//`, a reg-name of unreserved characters, a port of digits, segments of unreserved
 * characters). Anything else goes to ajv-formats, so the answer is always ajv-formats' own;
 * test/validate/formats.test.ts compares both on many values.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';

const SIMPLE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[A-Za-z0-9._~-]*(?::[0-9]*)?(?:\/[A-Za-z0-9._~-]*)*$/;

const fullUri = fullFormats.uri as (value: string) => boolean;

export function uri(value: string): boolean {
  return SIMPLE_URI.test(value) || fullUri(value);
}
