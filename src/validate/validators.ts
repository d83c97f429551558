/**
 * The validators gwlint runs when it lints: one per section of a native document and the config
 * file's (see `VALIDATOR_SCHEMA_IDS`), and those of the rules' options schemas.
 *
 * This file compiles them with ajv on first use; it is what the type checker and the tests see.
 * The bundles (dist/*.js) do not contain it: scripts/build.mjs replaces this module by the one
 * `standaloneValidatorsModule()` in ./standalone.ts generates at build time, ajv's standalone code
 * for the same schemas with the same options, so the CLI compiles no schema when it starts.
 * test/validate/standalone.test.ts checks that both give the same errors and have the same exports.
 */
import type { Ajv2020, ErrorObject } from 'ajv/dist/2020.js';
import { VALIDATOR_SCHEMA_IDS, type ValidatorName } from './schema-ids.js';
import { createAjv } from './schemas.js';

/** What ajv's compiled and standalone validators have in common. */
export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

let ajv: Ajv2020 | undefined;
const compiled = new Map<ValidatorName, Validator>();
const compiledOptions = new WeakMap<object, Validator>();

/** The validator of one section's value, or of a whole config file (`config`). */
export function validator(name: ValidatorName): Validator {
  let validate = compiled.get(name);
  if (!validate) {
    ajv ??= createAjv();
    validate = ajv.getSchema(VALIDATOR_SCHEMA_IDS[name]);
    if (!validate) throw new Error(`no schema for the ${name} validator`);
    compiled.set(name, validate);
  }
  return validate;
}

/**
 * The validator of a rule's options: `rule.meta.optionsSchema`, or `NO_OPTIONS_SCHEMA`. Any schema
 * here; in the bundles, only those of the rules in `rules/index.ts`, which are all the CLI has.
 */
export function optionsValidator(schema: Readonly<Record<string, unknown>>): Validator {
  let validate = compiledOptions.get(schema);
  if (!validate) {
    ajv ??= createAjv();
    validate = ajv.compile(schema);
    compiledOptions.set(schema, validate);
  }
  return validate;
}
