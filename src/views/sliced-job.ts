/**
 * Long work done in slices, so that the interface never waits on it: the work is
 * a generator that yields its progress wherever it may pause, and the runner
 * goes on until the slice's time is up, then gives the main thread back and
 * carries on in a later task. Small work ends in the first slice, at once, as a
 * plain call would.
 */

/** How long a slice runs, in ms: well under the 50 ms after which a task counts as long, with room for a slow step and for the garbage collector. */
export const SLICE_MS = 16;

/** Work that can pause: yields its progress, from 0 to 1, at each point where it may, and returns its result. */
export type Steps<T> = Generator<number, T, void>;

/** What a job's steps read: when the current slice ends (ms, `performance.now()` clock). */
export interface SliceClock {
  readonly deadline: number;
}

/** A job under way. */
export interface SlicedJob {
  /** False once it is done or cancelled. */
  readonly running: boolean;
  /** Stops it; its `done` is never called. */
  cancel(): void;
}

/** What a job tells its owner. */
export interface JobHandlers<T> {
  /** The work paused at this share of the whole: called only when it goes on in a later task. */
  progress?(share: number): void;
  done(result: T): void;
}

/** The slice running now, if any: a job started inside it (from its `done`, say) shares its time rather than adding its own. */
let current: SliceClock | null = null;

/**
 * Runs work in slices: the first one now, the others each in a task of its own. A job started
 * from inside another's slice gets only what is left of that slice, so that one task never
 * holds two slices.
 */
export function runSliced<T>(work: (clock: SliceClock) => Steps<T>, handlers: JobHandlers<T>, sliceMs = SLICE_MS): SlicedJob {
  const clock = { deadline: 0 };
  const steps = work(clock);
  let timer: number | null = null;
  let cancelled = false;
  let finished = false;
  let running = false;
  const slice = (): void => {
    timer = null;
    const outer = current;
    clock.deadline = outer?.deadline ?? performance.now() + sliceMs;
    current = clock;
    try {
      for (;;) {
        running = true;
        const next = steps.next();
        running = false;
        if (cancelled) return;
        if (next.done === true) {
          finished = true;
          handlers.done(next.value);
          return;
        }
        if (performance.now() >= clock.deadline) {
          handlers.progress?.(next.value);
          timer = window.setTimeout(slice, 0);
          return;
        }
      }
    } finally {
      running = false;
      current = outer;
    }
  };
  slice();
  return {
    get running() {
      return !cancelled && !finished;
    },
    cancel: () => {
      cancelled = true;
      if (timer !== null) window.clearTimeout(timer);
      timer = null;
      // A job cancelled from inside its own steps ends when they hand control back.
      if (!running) steps.return(undefined as T);
    },
  };
}

/** The steps of `work`, their progress mapped onto `from`..`to` of a larger job. */
export function* within<T>(work: Steps<T>, from: number, to: number): Steps<T> {
  for (;;) {
    const next = work.next();
    if (next.done === true) return next.value;
    yield from + (to - from) * next.value;
  }
}

/** Does all of `work` at once: for callers that want its result now (the CLI, tests, small graphs). */
export function finish<T>(work: Steps<T>): T {
  for (;;) {
    const next = work.next();
    if (next.done === true) return next.value;
  }
}

/** The steps of `work` until `stale()` turns true at a pause, when they stop and give `null`: work over data that changed meanwhile is wasted. */
export function* unlessStale<T>(work: Steps<T>, stale: () => boolean): Steps<T | null> {
  for (;;) {
    const next = work.next();
    if (next.done === true) return next.value;
    yield next.value;
    if (stale()) {
      work.return(undefined as T);
      return null;
    }
  }
}

/** Elements merged between two points where a sort may pause. */
const MERGE_BATCH = 4096;

/**
 * Sorts `list` in place as steps that may pause (a merge sort, run bottom up), in the order `<`
 * gives strings: the default order of `sort`, but never tens of milliseconds in one go.
 */
export function* sortSteps(list: string[]): Steps<string[]> {
  const n = list.length;
  let from = list;
  let to = new Array<string>(n);
  let moved = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let start = 0; start < n; start += 2 * width) {
      const middle = Math.min(start + width, n);
      const end = Math.min(start + 2 * width, n);
      let i = start;
      let j = middle;
      for (let k = start; k < end; k++) to[k] = i < middle && (j >= end || from[i] <= from[j]) ? from[i++] : from[j++];
      moved += end - start;
      if (moved >= MERGE_BATCH) {
        moved = 0;
        yield Math.log2(width + 1) / Math.log2(n + 1);
      }
    }
    [from, to] = [to, from];
  }
  if (from !== list) for (let k = 0; k < n; k++) list[k] = from[k];
  return list;
}
