/** Writes `bench/results.json` and the generated part of `BENCHMARKS.md`. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { missedBy, type Figure, type Row } from './figures';

const START = '<!-- results:start (written by npm run bench; edit outside these markers) -->';
const END = '<!-- results:end -->';

/** The machine the figures come from. */
export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpu}, ${cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

/** The one-minute load average: the machine is shared, and a busy one moves every figure (the ratios less). */
export function load(): string {
  return loadavg()[0]?.toFixed(1) ?? '?';
}

/** The rows as `results.json` holds them. */
export function figures(rows: readonly Row[]): Figure[] {
  return rows.map(({ name, notes, median_ms, p99_ms, floor, floor_ms, ratio, target_ratio, met }) => ({
    name, notes, median_ms, p99_ms, floor, floor_ms, ratio, target_ratio, met,
  }));
}

const fmt = (v: number): string => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toFixed(3));

function table(rows: readonly Row[]): string {
  const lines = [
    '| figure | notes | median | p99 | floor | floor median | floor p99 | ratio | target | met |',
    '| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | :---: |',
  ];
  for (const r of rows) {
    const unit = r.stat === 'bytes' ? ' MB' : ' ms';
    const ratio = `${r.ratio}× (${r.stat === 'bytes' ? 'bytes' : r.stat})`;
    const target = r.target_ratio === null ? '—' : `≤ ${r.target_ratio}×`;
    const met = r.met === null ? '—' : r.met ? 'yes' : `**no**`;
    lines.push(`| ${r.name} | ${r.notes} | ${fmt(r.median_ms)}${unit} | ${fmt(r.p99_ms)}${unit} | ${r.floor} | ${fmt(r.floorMedian)}${unit} | ${fmt(r.floorP99)}${unit} | ${ratio} | ${target} | ${met} |`);
  }
  return lines.join('\n');
}

/** The generated section of the report. */
function section(rows: readonly Row[], seconds: number, loadAtStart: string): string {
  const targeted = rows.filter((r) => r.target_ratio !== null);
  const missed = targeted.filter((r) => r.met === false);
  const sizes = [...new Set(rows.map((r) => r.notes))].sort((a, b) => b - a);
  const parts = [
    START,
    '',
    `Machine: ${machine()}. Load average ${loadAtStart} at the start, ${load()} at the end. Whole run: ${seconds.toFixed(0)} s.`,
    '',
    missed.length === 0
      ? `All ${targeted.length} targets met.`
      : `${missed.length} of ${targeted.length} targets missed:\n\n${missed.map((r) => `- ${r.name} (${r.notes} notes): ${missedBy(r)}`).join('\n')}`,
  ];
  for (const size of sizes) {
    const at = rows.filter((r) => r.notes === size);
    parts.push('', `### ${size.toLocaleString('en')} notes`, '', table(at));
    const remarks = at.filter((r) => r.remark).map((r) => `- ${r.name}: ${r.remark ?? ''}`);
    if (remarks.length > 0) parts.push('', ...remarks);
  }
  parts.push('', END);
  return parts.join('\n');
}

const PREAMBLE = `# Benchmarks

Figures from \`npm run bench\` (\`npm run bench -- --check\` exits non-zero when a target is missed).
`;

/** Writes both files; keeps whatever `BENCHMARKS.md` holds outside the generated section. */
export function writeReports(root: string, rows: readonly Row[], seconds: number, loadAtStart: string): void {
  writeFileSync(`${root}/bench/results.json`, `${JSON.stringify(figures(rows), null, 2)}\n`);
  const path = `${root}/BENCHMARKS.md`;
  const old = existsSync(path) ? readFileSync(path, 'utf8') : `${PREAMBLE}\n${START}\n${END}\n`;
  const from = old.indexOf(START);
  const to = old.indexOf(END);
  const next = from >= 0 && to > from ? old.slice(0, from) + section(rows, seconds, loadAtStart) + old.slice(to + END.length) : `${old.trimEnd()}\n\n${section(rows, seconds, loadAtStart)}\n`;
  writeFileSync(path, next);
}
