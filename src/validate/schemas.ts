/**
 * The JSON Schemas of the native format and of the config file (`schemas/*.schema.json`), and the
 * ajv set-up that compiles them. The files are imported, not read from disk, so a bundle that
 * uses them carries them. The validators the linter runs are in ./validators.ts; the bundles get
 * those precompiled and need neither this module nor ajv's compiler.
 */
import { _, Ajv2020, type CodeOptions } from 'ajv/dist/2020.js';
import authPolicies from '../../schemas/auth-policies.schema.json' with { type: 'json' };
import corsPolicies from '../../schemas/cors-policies.schema.json' with { type: 'json' };
import configFile from '../../schemas/gwlint-config.schema.json' with { type: 'json' };
import definitions from '../../schemas/definitions.schema.json' with { type: 'json' };
import gateway from '../../schemas/gateway.schema.json' with { type: 'json' };
import document from '../../schemas/gwlint.schema.json' with { type: 'json' };
import rateLimits from '../../schemas/rate-limits.schema.json' with { type: 'json' };
import routes from '../../schemas/routes.schema.json' with { type: 'json' };
import upstreams from '../../schemas/upstreams.schema.json' with { type: 'json' };
import { uri } from './formats.js';

export { CONFIG_SCHEMA_ID, DOCUMENT_SCHEMA_ID, SECTION_NAMES, VALIDATOR_SCHEMA_IDS, type SectionName, type ValidatorName } from './schema-ids.js';

/** Every schema file, the whole-document one and the config file's included. */
export const ALL_SCHEMAS: readonly { $id: string }[] = [definitions, gateway, upstreams, routes, corsPolicies, rateLimits, authPolicies, document, configFile];

/**
 * A fresh ajv instance that knows every gwlint schema (compiled lazily, on `getSchema`).
 * `errorMessage` is our own annotation: the message for a value that breaks that schema object.
 * `code` is for ./standalone.ts, which needs `{ source: true, esm: true }`; it changes what ajv
 * keeps, not how it validates. Standalone code takes the format checks from ./formats.ts.
 */
export function createAjv(code?: CodeOptions): Ajv2020 {
  const ajv = new Ajv2020({
    code: { ...code, formats: _`require("./formats.js")` },
    allErrors: true,
    verbose: true,
    strict: true,
    // `duration` and `size` are a number or a string.
    allowUnionTypes: true,
    // `anyOf: [{required: [a]}, {required: [b]}]` names properties declared next to the anyOf.
    strictRequired: false,
  });
  ajv.addFormat('uri', uri);
  ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
  for (const schema of ALL_SCHEMAS) ajv.addSchema(schema);
  return ajv;
}
