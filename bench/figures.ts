/** A benchmark figure beside its floor, and the rule that says whether its target is met. */
import type { Summary } from './measure';

/** One row of `bench/results.json`. */
export interface Figure {
  name: string;
  notes: number;
  median_ms: number;
  p99_ms: number;
  /** What the figure is compared with. */
  floor: string;
  /** The floor's figure for the compared statistic (see `stat`). */
  floor_ms: number;
  /** The compared statistic of the figure over `floor_ms`. */
  ratio: number;
  /** At most this ratio; `null` for figures reported for orientation only. */
  target_ratio: number | null;
  met: boolean | null;
}

/** A figure with what the Markdown report shows beside it. */
export interface Row extends Figure {
  /** Which statistic the ratio compares: whole builds by median, per-note work by p99. */
  stat: 'median' | 'p99' | 'bytes';
  floorMedian: number;
  floorP99: number;
  samples: number;
  floorSamples: number;
  /** Extra words for the report (how it was measured, what the slices were). */
  remark?: string;
}

const round = (v: number, digits = 4): number => (Number.isFinite(v) ? Number(v.toPrecision(digits)) : v);

/** Compares a measured summary with the floor's. */
export function compare(
  name: string, notes: number, figure: Summary, floorName: string, floor: Summary,
  stat: 'median' | 'p99', targetRatio: number | null, remark?: string,
): Row {
  const value = stat === 'median' ? figure.median : figure.p99;
  const base = stat === 'median' ? floor.median : floor.p99;
  const ratio = value / base;
  const row: Row = {
    name, notes,
    median_ms: round(figure.median), p99_ms: round(figure.p99),
    floor: floorName, floor_ms: round(base), ratio: round(ratio, 3),
    target_ratio: targetRatio, met: targetRatio === null ? null : ratio <= targetRatio,
    stat, floorMedian: round(floor.median), floorP99: round(floor.p99), samples: figure.samples, floorSamples: floor.samples,
  };
  if (remark !== undefined) row.remark = remark;
  return row;
}

/** How far a missed target is missed, in words; `''` when met or untargeted. */
export function missedBy(row: Figure): string {
  if (row.met !== false || row.target_ratio === null) return '';
  return `missed: ${row.ratio}× against at most ${row.target_ratio}× (${((row.ratio / row.target_ratio - 1) * 100).toFixed(0)}% over)`;
}
