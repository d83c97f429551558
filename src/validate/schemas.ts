/**
 * The JSON Schemas of the native format (`schemas/*.schema.json`), compiled by ajv. The files are
 * imported, not read from disk, so the bundled CLI carries them.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import authPolicies from '../../schemas/auth-policies.schema.json' with { type: 'json' };
import corsPolicies from '../../schemas/cors-policies.schema.json' with { type: 'json' };
import configFile from '../../schemas/gwlint-config.schema.json' with { type: 'json' };
import definitions from '../../schemas/definitions.schema.json' with { type: 'json' };
import gateway from '../../schemas/gateway.schema.json' with { type: 'json' };
import document from '../../schemas/gwlint.schema.json' with { type: 'json' };
import rateLimits from '../../schemas/rate-limits.schema.json' with { type: 'json' };
import routes from '../../schemas/routes.schema.json' with { type: 'json' };
import upstreams from '../../schemas/upstreams.schema.json' with { type: 'json' };
import { NATIVE_SECTIONS } from '../model/native.js';

/** The top-level keys of a native document, in the order the format describes them. */
export const SECTION_NAMES = NATIVE_SECTIONS;

export type SectionName = (typeof SECTION_NAMES)[number];

const SECTION_SCHEMAS: Record<SectionName, { $id: string }> = {
  gateway,
  upstreams,
  routes,
  corsPolicies,
  rateLimits,
  authPolicies,
};

/** Every schema file, the whole-document one and the config file's included. */
export const ALL_SCHEMAS: readonly { $id: string }[] = [definitions, ...Object.values(SECTION_SCHEMAS), document, configFile];

/** The id of the whole-document schema (the one editors use). */
export const DOCUMENT_SCHEMA_ID = document.$id;

/** The id of the schema of gwlint's own config file (`gwlint.config.yaml`). */
export const CONFIG_SCHEMA_ID = configFile.$id;

/**
 * A fresh ajv instance that knows every gwlint schema (compiled lazily, on `getSchema`).
 * `errorMessage` is our own annotation: the message for a value that breaks that schema object.
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    // `duration` and `size` are a number or a string.
    allowUnionTypes: true,
    // `anyOf: [{required: [a]}, {required: [b]}]` names properties declared next to the anyOf.
    strictRequired: false,
  });
  ajvFormats.default(ajv, { formats: ['uri'] });
  ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
  for (const schema of ALL_SCHEMAS) ajv.addSchema(schema);
  return ajv;
}

let shared: Ajv2020 | undefined;
const validators = new Map<SectionName, ValidateFunction>();

/** The validator of one section's value, compiled on first use. */
export function sectionValidator(section: SectionName): ValidateFunction {
  let validate = validators.get(section);
  if (!validate) {
    shared ??= createAjv();
    validate = shared.getSchema(SECTION_SCHEMAS[section].$id);
    if (!validate) throw new Error(`No schema for section ${section}`);
    validators.set(section, validate);
  }
  return validate;
}
