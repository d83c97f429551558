/**
 * Spectral (`@stoplight/spectral-cli`) on the same files, when it is installed: the linter
 * platform teams compare gwlint with. Spectral cannot express gwlint's cross-route rules
 * (shadowing, trailing-slash twins, timeout gaps), so it runs three rules of the kind it can:
 * two per-route checks and gwlint's CORS check written as a JSONPath filter. The comparison is
 * therefore Spectral doing far less than gwlint, on the same bytes.
 *
 * Where it is looked for: `$SPECTRAL` (its bin file), then `node_modules/.bin/spectral` in the
 * working folder, then `spectral` on the PATH. Only a Node.js install is measured (the standalone
 * binaries cannot take the peak-memory hook).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runNode } from './measure.js';

const RULESET = `# The bench's Spectral ruleset: three JSONPath rules over gwlint's native format.
rules:
  route-has-name:
    given: $.routes[*]
    then: { field: name, function: truthy }
    severity: error
  route-path-absolute:
    given: $.routes[*].paths[*]
    then: { function: pattern, functionOptions: { match: "^/" } }
    severity: error
  cors-wildcard-credentials:
    given: $.corsPolicies[?(@.allowCredentials == true)].allowOrigins[*]
    then: { function: pattern, functionOptions: { notMatch: "^\\\\*$" } }
    severity: error
`;

/** The rule of the ruleset that gwlint's `cors-wildcard-credentials` matches one for one. */
export const SPECTRAL_CORS_RULE = 'cors-wildcard-credentials';

export interface SpectralRun {
  readonly wallMs: number;
  readonly maxRssKiB: number;
  readonly findingsByRule: Readonly<Record<string, number>>;
}

function onPath(name: string): string | undefined {
  for (const folder of (process.env['PATH'] ?? '').split(path.delimiter)) {
    const candidate = path.join(folder, name);
    if (folder !== '' && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The JavaScript file of an installed Spectral CLI, or undefined (with the reason) when there is none to run. */
export function findSpectral(): { script?: string; note: string } {
  const bin = process.env['SPECTRAL'] ?? [path.join(process.cwd(), 'node_modules', '.bin', 'spectral')].find(existsSync) ?? onPath('spectral');
  if (!bin) return { note: 'Spectral is not installed (set SPECTRAL, or install @stoplight/spectral-cli), so it was not compared' };
  const script = realpathSync(bin);
  const head = readFileSync(script, 'utf8').slice(0, 200);
  if (!/\.[cm]?js$/.test(script) && !/^#!.*\bnode\b/.test(head)) return { note: `${bin} is not a Node.js script; only an npm install of Spectral is compared` };
  return { script, note: `Spectral at ${bin}` };
}

export function spectralVersion(script: string): string {
  return runNode(script, ['--version']).stdout.trim();
}

export function runSpectral(script: string, dir: string): SpectralRun {
  const work = mkdtempSync(path.join(tmpdir(), 'gwlint-bench-spectral-'));
  try {
    const ruleset = path.join(work, 'ruleset.yaml');
    const output = path.join(work, 'out.json');
    writeFileSync(ruleset, RULESET);
    const files = readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => path.join(dir, name));
    const run = runNode(script, ['lint', '--ruleset', ruleset, '--format', 'json', '--output', output, ...files]);
    if (!existsSync(output)) throw new Error(`Spectral exited with ${run.status} and wrote no report: ${run.stderr.trim().slice(0, 500)}`);
    const findingsByRule: Record<string, number> = {};
    for (const { code } of JSON.parse(readFileSync(output, 'utf8')) as { code: string }[]) findingsByRule[code] = (findingsByRule[code] ?? 0) + 1;
    return { wallMs: run.wallMs, maxRssKiB: run.maxRssKiB, findingsByRule };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
