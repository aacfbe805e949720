/**
 * Schema-1 files that do not extend a built-in give exactly the results they gave before the linked
 * model (energy from the sector mix, chained growth, ...): every series and target of the projection
 * and a 8192-path Monte Carlo, compared bit for bit through SHA-256 digests stored in
 * golden/v1-golden.json (see golden/v1-outputs.ts). New series (and targets newly projected) may be
 * added; stored ones may not change.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenEntry, V1_FILES, type GoldenEntry } from './golden/v1-outputs';

const golden = JSON.parse(readFileSync(new URL('./golden/v1-golden.json', import.meta.url), 'utf8')) as Record<string, GoldenEntry>;

describe('schema-1 files give the same results as before', () => {
  for (const id of V1_FILES) {
    it(`${id}: projection and Monte Carlo unchanged`, async () => {
      const stored = golden[id];
      const now = await goldenEntry(id, { series: stored.seriesKeys, targets: stored.targetKeys, ...(stored.mcKeys ? { mc: stored.mcKeys } : {}) });
      expect(now.at2025).toEqual(stored.at2025);
      expect(now.projectionDigest).toBe(stored.projectionDigest);
      if (stored.mcDigest) {
        expect(now.mcTargets).toEqual(stored.mcTargets);
        expect(now.mcDigest).toBe(stored.mcDigest);
      }
    }, 60_000);
  }
});
