/**
 * The contract between the pipeline and each dialect's adapter. An adapter reads documents one
 * at a time (a failure stays on that file), then builds its part of the model from everything it
 * read (Gateway API routes attach to Gateways in other files, so building sees all documents).
 */
import type { DialectId } from '../dialect/dialect.js';
import type { ParsedDocument } from '../load/parse.js';
import type { DocumentKind } from './detect.js';
import type { ModelPart } from './types.js';

export interface Adapter<T> {
  readonly dialect: DialectId;
  /** The detected document kinds this adapter reads when the dialect is `auto`. */
  readonly kinds: readonly DocumentKind[];
  /** What one document holds for this adapter; undefined when it holds nothing it reads. */
  read(document: ParsedDocument): T | undefined;
  /** The model part for everything read. */
  build(items: readonly T[]): ModelPart;
}

export function emptyPart(): ModelPart {
  return {
    gateways: [],
    routes: [],
    upstreams: [],
    corsPolicies: [],
    rateLimits: [],
    authPolicies: [],
    duplicates: [],
    unresolved: [],
    invalidPaths: [],
    dialectFindings: [],
  };
}

/** One model from every adapter's part; parts never share names, gateways or routes. */
export function mergeParts(parts: readonly ModelPart[]): ModelPart {
  if (parts.length === 1) return parts[0]!;
  const merged = emptyPart();
  for (const part of parts) {
    for (const key of Object.keys(merged) as (keyof ModelPart)[]) (merged[key] as unknown[]).push(...part[key]);
  }
  return merged;
}
