/** The editors' JSON Schema file is the one the engine's schema renders (regenerate with `npm run -s planpath -- schema`). */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../../engine/index';

describe('scenario.schema.json', () => {
  it('matches the engine schema', () => {
    const committed = JSON.parse(readFileSync(new URL('../../scenarios/scenario.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(scenarioJsonSchema());
  });

  it('forbids unknown fields at every level the engine does', () => {
    const s = scenarioJsonSchema() as { additionalProperties: boolean; properties: { assumptions: { additionalProperties: boolean } } };
    expect(s.additionalProperties).toBe(false);
    expect(s.properties.assumptions.additionalProperties).toBe(false);
  });
});
