/**
 * Renders the scenario schema (schema.ts) as a JSON Schema (draft 2020-12) for editors, so people who
 * write scenario files by hand get completion and red squiggles. The engine's own validator stays the
 * judge: it also checks array lengths against the horizon, semi-definiteness and the plan.
 * `scenarios/scenario.schema.json` is this function's output; a test keeps the two in step.
 */
import { scenarioSchema, ID_PATTERN, type SchemaNode, type RateNode, type FieldSpec } from './schema';

type Json = Record<string, unknown>;

const rate = (n: RateNode): Json => ({
  type: 'number',
  ...(n.inclusiveFloor ? { minimum: n.floor ?? -1 } : { exclusiveMinimum: n.floor ?? -1 }),
  maximum: n.ceiling,
});
const ratePath = (n: RateNode): Json => ({ oneOf: [rate(n), { type: 'array', items: rate(n), minItems: 1 }] });
const sectors = (each: Json): Json => ({
  type: 'object',
  properties: { primary: each, secondary: each, tertiary: each },
  additionalProperties: false,
});

function node(n: SchemaNode): Json {
  switch (n.kind) {
    case 'rate': return rate(n);
    case 'ratePath': return ratePath(n.rate);
    case 'sectorRates': return { oneOf: [rate(n.rate), { type: 'array', items: rate(n.rate), minItems: 1 }, sectors(ratePath(n.rate))] };
    case 'sectorNumbers': return { oneOf: [rate(n.rate), sectors(rate(n.rate))] };
    case 'integer': return { type: 'integer', minimum: n.min, maximum: n.max };
    case 'number': return { type: 'number' };
    case 'string': return { type: 'string' };
    case 'literal': return { enum: [...n.values] };
    case 'id': return { type: 'string', pattern: ID_PATTERN.source };
    case 'text': return { type: 'object', properties: { zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } }, required: ['zh', 'en'], additionalProperties: false };
    case 'correlation': {
      const row = { type: 'array', items: { type: 'number', minimum: -1, maximum: 1 }, minItems: 3, maxItems: 3 };
      return { type: 'array', items: row, minItems: 3, maxItems: 3, description: 'Symmetric, unit diagonal, positive semi-definite; order primary, secondary, tertiary.' };
    }
    case 'trajectory': return {
      oneOf: [
        { type: 'object', properties: { annualChange: { type: 'number', exclusiveMinimum: -1, maximum: 10 }, start: { type: 'number' } }, required: ['annualChange'], additionalProperties: false },
        { type: 'object', properties: { path: { enum: ['linear', 'compound'] }, to: { type: 'number' }, year: { type: 'integer' }, start: { type: 'number' } }, required: ['path', 'to', 'year'], additionalProperties: false },
      ],
    };
    case 'record': return { type: 'object', additionalProperties: node(n.value) };
    case 'list': return { type: 'array', items: n.item.kind === 'object' ? object(n.item.fields, true) : node(n.item) };
    case 'object': return object(n.fields);
    default: return n satisfies never;
  }
}

/** Required fields are listed only inside lists: elsewhere a file that `extends` another may omit them. */
function object(fields: Record<string, FieldSpec>, withRequired = false): Json {
  const required = Object.entries(fields).filter(([, f]) => f.required).map(([k]) => k);
  return { type: 'object', properties: Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, node(f.node)])), additionalProperties: false, ...(withRequired && required.length ? { required } : {}) };
}

/** The JSON Schema of scenario files. */
export function scenarioJsonSchema(): Json {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Planpath scenario (schemaVersion 1 or 2)',
    description: 'Rates are fractions per year (0.06 = 6%). A number applies to every year; an array gives one value per year from baseYear+1 to endYear. Generated from engine/scenario/schema.ts.',
    ...object(scenarioSchema.fields),
    required: ['schemaVersion', 'id', 'name'],
  };
}
