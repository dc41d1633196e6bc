import type { ValidateFunction } from 'ajv';

/** The validator for one R4 resource type, e.g. 'QuestionnaireResponse', from the official R4 schema. */
export function fhirValidator(type: string): ValidateFunction;
