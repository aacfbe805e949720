/**
 * Fuzz-style properties: random and mutated scenario files, CSV files, bytes and saved states go to
 * the validators and the app's loaders. No exception other than a PlanpathError escapes, and no
 * saved data is lost: every saved scenario ends up either loaded as it was or kept aside word for word.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { catalogueFor, decodeText, isPlanpathError, parseActuals, projectionIssues, resolveScenario, validateScenarioShape } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario, builtinScenarios } from '../../scenarios/index';
import { admitScenario, parseJson } from '../../ui/io/admit';
import { bootState, memoryStorage } from '../../ui/state/storage/index';
import { fcParams } from '../arbitraries/scenario';

const plan = defaultPlan;
const lookup = (id: string) => builtinScenario(id);
const catalogue = catalogueFor(plan, resolveScenario(builtinScenario('plan-target'), lookup, plan));
const params = () => ({ ...fcParams(), numRuns: 200 });

/** Runs `f`; only a PlanpathError may escape (it is rethrown as nothing). */
function onlyPlanpathErrors(f: () => unknown): void {
  try {
    f();
  } catch (error) {
    if (!isPlanpathError(error)) throw error;
  }
}

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'id', 'name', 'extends', 'assumptions', 'realGrowth', 'tertiary', 'endYear', 'actuals', 'uncertainty', 'x');
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(null, -1, 1e308, -0.99999999999, Number.NaN, '', 'historical-trend', [], {}));

/** A built-in scenario (as JSON text, so prototype keys become own keys) with a few random edits. */
const mutatedScenario = fc
  .tuple(fc.constantFrom(...builtinScenarios.map((s) => JSON.stringify(s))), fc.array(fc.tuple(fc.array(hostileKey, { minLength: 1, maxLength: 3 }), fc.option(anyValue, { nil: undefined })), { maxLength: 4 }), fc.string({ maxLength: 12 }))
  .map(([text, edits, id]) => {
    const file = JSON.parse(text);
    file.id = /^[a-z0-9-]+$/.test(id) && id !== '' ? id : 'fuzzed';
    for (const [path, value] of edits) {
      let target = file;
      // Own properties only: walking into `__proto__` would edit Object.prototype itself.
      for (const key of path.slice(0, -1)) {
        const own = Object.hasOwn(target, key) ? target[key] : undefined;
        if (typeof own !== 'object' || own === null) Object.defineProperty(target, key, { value: {}, enumerable: true, writable: true, configurable: true });
        target = Object.getOwnPropertyDescriptor(target, key)!.value;
      }
      const last = path[path.length - 1];
      if (value === undefined) delete target[last];
      else Object.defineProperty(target, last, { value, enumerable: true, writable: true, configurable: true });
    }
    return JSON.parse(JSON.stringify(file));
  });

describe('validators and loaders never throw anything but a PlanpathError', () => {
  it('any JSON value through the shape check, resolution, the projection check and the app import', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedScenario, fc.jsonValue({ maxDepth: 4 })), (value) => {
        expect(Array.isArray(validateScenarioShape(value, { requireAll: true }))).toBe(true);
        onlyPlanpathErrors(() => projectionIssues(plan, resolveScenario(value, lookup, plan)));
        const admitted = admitScenario(value, []);
        if (admitted.ok) expect(admitted.file.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        else expect(admitted.issues.length).toBeGreaterThan(0);
        // A resolved scenario has no prototype other than Object's and Array's.
        onlyPlanpathErrors(() => {
          const r = resolveScenario(value, lookup, plan);
          const stack: unknown[] = [r];
          while (stack.length) {
            const v = stack.pop();
            if (typeof v !== 'object' || v === null) continue;
            expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(v));
            stack.push(...Object.values(v));
          }
        });
      }),
      params(),
    );
  });

  it('any text through the app JSON parser, and any bytes through the decoder', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.uint8Array({ maxLength: 200 }), (text, bytes) => {
        const parsed = parseJson(text);
        if (!parsed.ok) expect(parsed.issues.length).toBeGreaterThan(0);
        onlyPlanpathErrors(() => decodeText(bytes, 'fuzz.bin'));
      }),
      params(),
    );
  });

  it('random and mutated actuals CSV: problems are listed, never thrown', () => {
    const good = 'year,series,value,source\n2021,gdpNominal,1810,Bulletin\n2021,population,49.9,\n2022,gdpNominal,2008.8,"a, b"\n';
    const mutated = fc.tuple(fc.integer({ min: 0, max: good.length }), fc.integer({ min: 0, max: 20 }), fc.string({ maxLength: 20 })).map(([at, cut, insert]) => good.slice(0, at) + insert + good.slice(at + cut));
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string({ maxLength: 300 })), (csv) => {
        const r = parseActuals(csv, catalogue);
        expect(Array.isArray(r.issues) && Array.isArray(r.observations)).toBe(true);
      }),
      params(),
    );
  });
});

describe('saved states: nothing saved is lost', () => {
  const goodFiles = [
    { schemaVersion: 1, id: 'mine-a', name: { zh: '甲', en: 'A' }, extends: 'historical-trend', assumptions: { realGrowth: { tertiary: 0.08 } } },
    { schemaVersion: 1, id: 'mine-b', name: { zh: '乙', en: 'B' }, extends: 'mine-a', assumptions: { deflator: 0.01 } },
  ];
  const savedState = fc.record({
    lang: fc.oneof(fc.constantFrom('zh', 'en'), anyValue),
    mcPaths: fc.oneof(fc.double(), anyValue),
    openId: fc.oneof(fc.constantFrom('mine-a', 'mine-b', 'gone'), anyValue),
    userScenarios: fc.array(fc.oneof(fc.constantFrom(...goodFiles), mutatedScenario, anyValue), { maxLength: 5 }),
  });
  const legacyText = fc.oneof(
    savedState.map((s) => JSON.stringify(s)),
    fc.tuple(savedState, fc.nat()).map(([s, n]) => { const t = JSON.stringify(s); return t.slice(0, n % (t.length + 1)); }),
    fc.string({ maxLength: 100 }),
  );

  it('every saved scenario is loaded unchanged or kept aside word for word; an unreadable text is kept whole', async () => {
    await fc.assert(
      fc.asyncProperty(legacyText, async (text) => {
        const storage = memoryStorage('indexeddb');
        const { state } = await bootState({ open: async () => storage, legacy: { getItem: () => text }, defaultLang: 'en', now: '2026-01-01T00:00:00.000Z' });
        expect(state.mcPaths).toBeGreaterThanOrEqual(1000);
        expect(state.mcPaths).toBeLessThanOrEqual(1_000_000);
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        const scenarios = typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as { userScenarios?: unknown }).userScenarios) ? ((parsed as { userScenarios: unknown[] }).userScenarios) : undefined;
        if (text !== '' && scenarios === undefined && !(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && (parsed as { userScenarios?: unknown }).userScenarios === undefined)) {
          // Unreadable or wrongly shaped: the whole text is kept.
          expect(state.setAside.map((x) => x.text)).toContain(text);
          return;
        }
        const loaded = state.userScenarios.map((s) => JSON.stringify(s));
        const kept = state.setAside.map((x) => { try { return JSON.stringify(JSON.parse(x.text)); } catch { return x.text; } });
        for (const s of scenarios ?? []) {
          const json = JSON.stringify(s);
          expect(loaded.includes(json) || kept.includes(json), json).toBe(true);
        }
        // And storage holds exactly what the app shows, plus what it kept aside.
        expect([...storage.records.scenarios.keys()].sort()).toEqual(state.userScenarios.map((s) => s.id).sort());
        expect(storage.records.setAside.size).toBe(state.setAside.length);
      }),
      { ...params(), numRuns: 150 },
    );
  });
});
