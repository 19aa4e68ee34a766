// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { finish, runSliced, sortSteps, unlessStale, within, type Steps } from '../../src/views/sliced-job';
import { seededRandom } from '../../src/core/graph/layout';

/** Work of `n` steps, each recording that it ran. */
function* counted(n: number, log: number[]): Steps<string> {
  for (let i = 0; i < n; i++) {
    log.push(i);
    yield (i + 1) / n;
  }
  return `did ${n}`;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('work done in slices', () => {
  it('ends at once, as a plain call would, when it fits in one slice', () => {
    const log: number[] = [];
    const done = vi.fn();
    const progress = vi.fn();
    const job = runSliced(() => counted(5, log), { done, progress });
    expect(done).toHaveBeenCalledWith('did 5');
    expect(progress).not.toHaveBeenCalled();
    expect(job.running).toBe(false);
  });

  it('gives the thread back when its time is up, says how far it got, and goes on in later tasks', () => {
    const log: number[] = [];
    const done = vi.fn();
    const shares: number[] = [];
    // No time at all: one step a slice.
    const job = runSliced(() => counted(3, log), { done, progress: (share) => shares.push(share) }, 0);
    expect(log).toEqual([0]);
    expect(job.running).toBe(true);
    vi.advanceTimersByTime(0);
    expect(log).toEqual([0, 1]);
    vi.runAllTimers();
    expect(log).toEqual([0, 1, 2]);
    expect(shares).toEqual([1 / 3, 2 / 3, 1]);
    expect(done).toHaveBeenCalledOnce();
    expect(job.running).toBe(false);
  });

  it('stops for good when cancelled: no more steps, no result', () => {
    const log: number[] = [];
    const done = vi.fn();
    const job = runSliced(() => counted(10, log), { done }, 0);
    job.cancel();
    vi.runAllTimers();
    expect(log).toEqual([0]);
    expect(done).not.toHaveBeenCalled();
    expect(job.running).toBe(false);
  });

  it('gives a job started inside another one only what is left of that slice', () => {
    const inner: number[] = [];
    const innerDone = vi.fn();
    let clockSeen = 0;
    runSliced((clock) => (function* (): Steps<void> {
      clockSeen = clock.deadline;
      yield 0.5;
      // Started as the outer work ends, with its slice already used up: one step now, the rest later.
      runSliced(() => counted(3, inner), { done: innerDone });
    })(), { done: () => undefined }, 0);
    expect(clockSeen).toBeGreaterThan(0);
    vi.advanceTimersByTime(0);
    expect(inner).toEqual([0]);
    vi.runAllTimers();
    expect(inner).toEqual([0, 1, 2]);
    expect(innerDone).toHaveBeenCalledOnce();
  });
});

describe('helpers for steps', () => {
  it('maps the progress of a part onto its share of the whole', () => {
    const shares: number[] = [];
    const whole = within(counted(2, []), 0.5, 1);
    for (let next = whole.next(); !next.done; next = whole.next()) shares.push(next.value);
    expect(shares).toEqual([0.75, 1]);
    expect(finish(within(counted(2, []), 0, 0.5))).toBe('did 2');
  });

  it('drops work whose data changed at a pause', () => {
    let changed = false;
    const log: number[] = [];
    const work = unlessStale(counted(4, log), () => changed);
    work.next();
    changed = true;
    expect(work.next()).toEqual({ done: true, value: null });
    expect(log).toEqual([0]);
    expect(finish(unlessStale(counted(2, []), () => false))).toBe('did 2');
  });

  it('sorts as the default sort does, pausing along the way', () => {
    const random = seededRandom(20240623);
    const letters = 'aAbB/ .-_zé→0';
    const words = Array.from({ length: 10000 }, () => Array.from({ length: 1 + Math.floor(random() * 12) }, () => letters[Math.floor(random() * letters.length)]).join(''));
    const sorting = sortSteps([...words]);
    let pauses = 0;
    let next = sorting.next();
    for (; !next.done; next = sorting.next()) pauses++;
    expect(pauses).toBeGreaterThan(10);
    expect(next.value).toEqual([...words].sort());
    expect(finish(sortSteps([]))).toEqual([]);
    expect(finish(sortSteps(['b', 'a']))).toEqual(['a', 'b']);
  });
});
