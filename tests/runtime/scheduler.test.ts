/**
 * The scheduler under every interleaving fast-check's scheduler can produce: replies to runs arrive in
 * any order relative to new submissions, and a stale reply must never be delivered.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { LatestScheduler, cancelledError, type ScheduleOutcome } from '../../runtime/index';
import { fcRuns } from '../mc/support/fixtures';

/** A scheduler whose runs answer 10 x request, at times chosen by fast-check; abort rejects (if `cancellable`). */
function setup(s: fc.Scheduler, cancellable: boolean) {
  const delivered: number[] = [];
  /** At each delivery: was the delivered result that of the newest request submitted so far? */
  const fresh: boolean[] = [];
  const submitted = { latest: 0 };
  let inFlight = 0;
  let maxInFlight = 0;
  const answer = s.scheduleFunction(async (request: number) => request * 10);
  const scheduler = new LatestScheduler<number, number>(
    (request, signal) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const reply = answer(request);
      const cancelled = new Promise<never>((_, reject) => {
        if (cancellable) signal.addEventListener('abort', () => reject(cancelledError()));
      });
      return Promise.race([reply, cancelled]).finally(() => inFlight--);
    },
    (value, request) => {
      delivered.push(value);
      fresh.push(request === submitted.latest);
    },
  );
  return { scheduler, delivered, fresh, submitted, maxInFlight: () => maxInFlight };
}

async function submitAll(s: fc.Scheduler, scheduler: LatestScheduler<number, number>, requests: number[], submitted: { latest: number }): Promise<ScheduleOutcome<number>[]> {
  const outcomes: Promise<ScheduleOutcome<number>>[] = [];
  s.scheduleSequence(requests.map((r) => ({ label: `submit ${r}`, builder: async () => {
    submitted.latest = r;
    outcomes.push(scheduler.submit(r));
  } })));
  await s.waitAll();
  while (scheduler.busy) await s.waitAll();
  return Promise.all(outcomes);
}

describe('latest-wins scheduler', () => {
  it('never delivers a stale reply: deliveries follow submission order and the newest request is delivered', async () => {
    await fc.assert(fc.asyncProperty(fc.scheduler(), fc.boolean(), fc.integer({ min: 1, max: 8 }), async (s, cancellable, count) => {
      const requests = Array.from({ length: count }, (_, i) => i + 1);
      const { scheduler, delivered, fresh, submitted, maxInFlight } = setup(s, cancellable);
      const outcomes = await submitAll(s, scheduler, requests, submitted);
      // Every delivery is the result of the newest request submitted at that moment.
      expect(fresh.every(Boolean)).toBe(true);
      // Delivered values come from strictly increasing requests: an older reply never follows a newer one.
      for (let k = 1; k < delivered.length; k++) expect(delivered[k]).toBeGreaterThan(delivered[k - 1]);
      // The newest request always ends with its own result, delivered last.
      expect(outcomes[count - 1]).toEqual({ kind: 'result', value: count * 10 });
      expect(delivered[delivered.length - 1]).toBe(count * 10);
      // Every other request is either superseded or was delivered before anything newer was submitted.
      outcomes.forEach((o, i) => {
        if (o.kind === 'result') expect(o.value).toBe(requests[i] * 10);
        else expect(o.kind).toBe('superseded');
      });
      expect(maxInFlight()).toBeLessThanOrEqual(1);
    }), fcRuns(200));
  });

  it('a superseded request never runs if a newer one arrives before it starts', async () => {
    await fc.assert(fc.asyncProperty(fc.scheduler(), async (s) => {
      const started: number[] = [];
      const answer = s.scheduleFunction(async (r: number) => r);
      const scheduler = new LatestScheduler<number, number>((r) => {
        started.push(r);
        return answer(r);
      });
      const outcomes = [scheduler.submit(1), scheduler.submit(2), scheduler.submit(3)];
      while (scheduler.busy) await s.waitAll();
      const settled = await Promise.all(outcomes);
      // 1 starts at once; 2 is replaced by 3 while 1 runs, so it never starts.
      expect(started).toEqual([1, 3]);
      expect(settled.map((o) => o.kind)).toEqual(['superseded', 'superseded', 'result']);
    }), fcRuns(50));
  });

  it('a failure of the newest request is reported, not swallowed', async () => {
    const scheduler = new LatestScheduler<number, number>(async () => {
      throw new Error('boom');
    });
    const outcome = await scheduler.submit(1);
    expect(outcome.kind).toBe('error');
  });
});
