/**
 * Kong 3.x reads a path as a regex only when it starts with `~`; a 2.x-era regex path without it
 * silently became a plain prefix. Kong's own 3.0 migration (`considered_regex_by_old_dp`) and
 * decK (`utils.IsPathRegexLike`, used by `deck convert` 2.x→3.x to add the `~` and by the
 * `route-regex-path-format` diagnostic) call a path regex-like as soon as it has one character
 * outside `[A-Za-z0-9._~/%-]`.
 *
 * That test is kept as a necessary condition, but alone it also flags ordinary literal paths
 * (`/files/a+b`, `/users/{id}`, `/odata/Products(1)`, `/@me`), so gwlint further requires a
 * construct that only makes sense in a regex:
 *   - a backslash escape (`\d`, `\w`, `\.`, `\/` …): no literal path contains a backslash;
 *   - a bracket class with content (`[0-9]`, `[^/]`);
 *   - a group that starts with `(?`, contains `|`, or is followed by a quantifier;
 *   - `^` at the start or `$` at the end;
 *   - a quantifier after `.`, `)`, `]` or an escape (`.*`, `]+`, `)?`), or a digits-only
 *     `{n}` / `{n,m}` count;
 *   - `/?` at the end (an optional trailing slash: a literal `?` can never match a path, since
 *     the query string is not part of it).
 */
const KONG_PLAIN_CHARS = /^[A-Za-z0-9._~/%-]*$/;

const REGEX_SIGNALS: readonly RegExp[] = [
  /\\./,
  /\[[^\]]+\]/,
  /\(\?/,
  /\([^()|]*\|/,
  /\)[*+?{]/,
  /^\^/,
  /\$$/,
  /[.\])][*+?]/,
  /\\[dDwWsS][*+?{]/,
  /[^/]\{\d+(,\d*)?\}/,
  /\/\?$/,
];

export function looksLikeRegex(path: string): boolean {
  if (KONG_PLAIN_CHARS.test(path)) return false;
  return REGEX_SIGNALS.some((signal) => signal.test(path));
}
