/**
 * Which schema validates what, by id: no ajv and no schema files here, so that the bundles, which
 * get the validators precompiled (see ./validators.ts), carry neither.
 * test/validate.test.ts checks these ids against the files in `schemas/`.
 */
import { NATIVE_SECTIONS } from '../model/native.js';

/** The top-level keys of a native document, in the order the format describes them. */
export const SECTION_NAMES = NATIVE_SECTIONS;

export type SectionName = (typeof SECTION_NAMES)[number];

const schemaId = (file: string) => `https://gwlint.dev/schemas/${file}.schema.json`;

/** The id of the whole-document schema (the one editors use). */
export const DOCUMENT_SCHEMA_ID = schemaId('gwlint');

/** The id of the schema of gwlint's own config file (`gwlint.config.yaml`). */
export const CONFIG_SCHEMA_ID = schemaId('gwlint-config');

export type ValidatorName = SectionName | 'config';

/**
 * The schemas gwlint validates with on every run, by the name of their validator in
 * `./validators.ts`: one per section of a native document, and the config file's.
 */
export const VALIDATOR_SCHEMA_IDS: Readonly<Record<ValidatorName, string>> = {
  gateway: schemaId('gateway'),
  upstreams: schemaId('upstreams'),
  routes: schemaId('routes'),
  corsPolicies: schemaId('cors-policies'),
  rateLimits: schemaId('rate-limits'),
  authPolicies: schemaId('auth-policies'),
  config: CONFIG_SCHEMA_ID,
};
