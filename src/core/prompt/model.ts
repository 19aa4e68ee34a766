/** From a line's data to the prompt's model: role and ask, years, findings, anchors, tasks. */
import type { Finding } from '../types';
import { anchorsAsGiven, anchorsFromSources, yearSpan } from './anchors';
import { DEFAULT_TASKS, FALLBACK_ASK } from './defaults';
import { countOf, isYear, oneLine } from './text';
import { DEFAULT_PROMPT_OPTIONS, type PromptInput, type PromptModel, type PromptOptions, type PromptSource } from './types';

function cleanRole(value: unknown): string {
  // People write "As a theorist," or "theorist:"; the opening adds its own "As a" and comma.
  return oneLine(value)
    .replace(/^as\s+/i, '')
    .replace(/[\s,;:.]+$/, '');
}

function givenFindings(value: unknown): Finding[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const findings: Finding[] = [];
  for (const item of value) {
    const raw: Record<string, unknown> =
      typeof item === 'string' ? { text: item } : typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const text = oneLine(raw.text);
    if (!text) continue;
    findings.push(isYear(raw.year) ? { text, year: raw.year } : { text });
  }
  // An empty list says nothing to put in the sources' place.
  return findings.length > 0 ? findings : undefined;
}

function findingsFromSources(sources: readonly PromptSource[]): Finding[] {
  const findings: Finding[] = [];
  for (const source of sources) {
    if (typeof source !== 'object' || source === null) continue;
    const text = oneLine(source.claim) || oneLine(source.title);
    if (!text) continue;
    let newest: number | undefined;
    for (const paper of Array.isArray(source.papers) ? source.papers : []) {
      const year: unknown = paper?.year;
      if (isYear(year) && (newest === undefined || year > newest)) newest = year;
    }
    findings.push(newest === undefined ? { text } : { text, year: newest });
  }
  return findings;
}

function givenTasks(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  // The renderer numbers the tasks, so numbers written by hand ("1.", "(2)") would double up.
  const tasks = value.map((task) => oneLine(task).replace(/^(\(\d+\)|\d+[.)])\s*/, '')).filter((task) => task !== '');
  return tasks.length > 0 ? tasks : undefined;
}

function anchorLimit(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : DEFAULT_PROMPT_OPTIONS.maxAnchors;
}

/** The prompt's parts for one line, following the contract's "Derived" rules. Never throws. */
export function buildPromptModel(input: PromptInput, options: Partial<PromptOptions> = {}): PromptModel {
  const spec = input?.spec ?? { anchorsGiven: false };
  const sources = Array.isArray(input?.sources) ? input.sources : [];
  const title = oneLine(input?.title);
  const role = cleanRole(spec.role);
  const all = spec.anchorsGiven
    ? anchorsAsGiven(Array.isArray(input?.anchors) ? input.anchors : [])
    : anchorsFromSources(sources);
  const limit = anchorLimit(options.maxAnchors);
  const model: PromptModel = {
    title,
    ask: oneLine(spec.ask) || title || FALLBACK_ASK,
    findings: givenFindings(spec.findings) ?? findingsFromSources(sources),
    anchors: all.slice(0, limit),
    tasks: givenTasks(spec.tasks) ?? [...DEFAULT_TASKS],
  };
  if (role) model.role = role;
  const years = yearSpan(sources);
  if (years) model.years = years;
  // A limit of 0 turns anchors off: that is a choice, not a cut worth announcing.
  const left = all.length - model.anchors.length;
  if (left > 0 && limit > 0) model.cut = `${countOf(left, 'more anchor paper', 'more anchor papers')} left out`;
  return model;
}
