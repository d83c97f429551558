import { writeFileSync } from 'node:fs';
import { UsageError } from '../cli/usage-error.js';
import type { Finding } from '../engine/finding.js';
import { baselineSize, createBaseline, serializeBaseline } from './format.js';

/** Writes the baseline of `findings` to `file` (`--write-baseline`); returns how many findings it records. */
export function writeBaseline(file: string, findings: readonly Finding[]): number {
  const baseline = createBaseline(findings);
  try {
    writeFileSync(file, serializeBaseline(baseline));
  } catch (error) {
    throw new UsageError(`cannot write --write-baseline ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return baselineSize(baseline);
}
