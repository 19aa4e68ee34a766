/** From the prompt's model to the text a user pastes, within a size cap when one is set. */
import type { Finding } from '../types';
import { CLOSING_SENTENCE, DEFAULT_TEMPLATE } from './defaults';
import { buildPromptModel } from './model';
import { parseTemplate, renderTokens, templateUsesSlot, type Token } from './template';
import { countOf, formatCount, isYear, listPhrase, lowerAskStart, oneLine, withArticle } from './text';
import type { PromptInput, PromptModel, PromptOptions, PromptPaper } from './types';

function openingOf(model: PromptModel): string {
  const ask = oneLine(model.ask);
  const role = oneLine(model.role);
  return role ? `As ${withArticle(role)}, ${lowerAskStart(ask)}`.trim() : ask;
}

function yearsOf(model: PromptModel): string {
  const years = model.years;
  if (!years || !isYear(years.first) || !isYear(years.last)) return '';
  return years.first === years.last ? String(years.first) : `${years.first}–${years.last}`;
}

function findingLine(finding: Finding): string {
  const text = oneLine(finding?.text).replace(/\.+$/, '');
  if (!text) return '';
  return isYear(finding.year) ? `• ${text} (~${finding.year}).` : `• ${text}.`;
}

function anchorLine(paper: PromptPaper): string {
  const title = oneLine(paper?.title);
  const arxiv = oneLine(paper?.arxiv);
  const year = isYear(paper?.year) ? `~${paper.year}` : '';
  if (arxiv) {
    const about = [title, year].filter((part) => part !== '').join(', ');
    return about ? `  – arXiv:${arxiv} (${about})` : `  – arXiv:${arxiv}`;
  }
  if (!title) return '';
  return `  – ${title} (${[year, 'no arXiv id'].filter((part) => part !== '').join('; ')})`;
}

function lines<T>(items: readonly T[] | undefined, line: (item: T) => string): string {
  return (Array.isArray(items) ? items : [])
    .map(line)
    .filter((text) => text !== '')
    .join('\n');
}

/** The text each slot is filled with. */
export function slotValues(model: PromptModel): Map<string, string> {
  let n = 0;
  const tasks = lines(model.tasks, (task) => {
    const text = oneLine(task);
    return text ? `(${++n}) ${text}` : '';
  });
  return new Map([
    ['opening', openingOf(model)],
    ['role', oneLine(model.role)],
    ['ask', oneLine(model.ask)],
    ['title', oneLine(model.title)],
    ['years', yearsOf(model)],
    ['findings', lines(model.findings, findingLine)],
    ['anchors', lines(model.anchors, anchorLine)],
    ['tasks', tasks],
    ['cut', oneLine(model.cut)],
  ]);
}

/** No trailing spaces, no run of blank lines, no blank start, exactly one final newline. */
function tidy(text: string): string {
  const body = text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s+/, '')
    .replace(/\s+$/, '');
  return `${body}\n`;
}

function renderParsed(model: PromptModel, tokens: readonly Token[]): string {
  const values = slotValues(model);
  let text = renderTokens(tokens, (name) => values.get(name) ?? '');
  const cut = values.get('cut');
  // The cut must be said in the prompt even when a custom template forgot its slot.
  if (cut && !templateUsesSlot(tokens, 'cut')) text += `\n\n(${cut})`;
  return tidy(text);
}

/** The prompt's text from its model and a template (the default one when none is given). Never throws. */
export function renderPrompt(model: PromptModel, template: string = DEFAULT_TEMPLATE): string {
  return renderParsed(model, parseTemplate(template).tokens);
}

function leftOut(dropped: number, kept: number, one: string, many: string): string {
  if (dropped <= 0) return '';
  if (kept > 0) return countOf(dropped, `more ${one}`, `more ${many}`);
  return dropped === 1 ? `the one ${one}` : `all ${formatCount(dropped)} ${many}`;
}

/**
 * How many findings and anchors to keep, step by step, as a cap bites: one at a time from the end
 * of whichever list is fuller for its size, so that neither is emptied while the other stays whole;
 * the last anchor goes before the last finding, which is what a prompt is for.
 */
export function* cuts(findings: number, anchors: number): Generator<[number, number]> {
  let f = findings;
  let a = anchors;
  while (f > 1 || a > 1) {
    if (a <= 1 || (f > 1 && f / findings >= a / anchors)) f--;
    else a--;
    yield [f, a];
  }
  if (a > 0) yield [f, --a];
  if (f > 0) yield [--f, a];
}

/**
 * The rendered prompt within `maxChars` characters: findings and anchors are dropped
 * from their ends in turns ({@link cuts}), and the prompt says how many; when even that
 * is too long, the opening and the closing sentence alone, with the note. Whole lines only.
 */
export function fitPrompt(model: PromptModel, template: string = DEFAULT_TEMPLATE, maxChars = 0): string {
  const tokens = parseTemplate(template).tokens;
  const full = renderParsed(model, tokens);
  if (!(typeof maxChars === 'number' && maxChars > 0) || full.length <= maxChars) return full;
  const limit = Math.floor(maxChars);
  const findings = Array.isArray(model.findings) ? model.findings : [];
  const anchors = Array.isArray(model.anchors) ? model.anchors : [];
  const note = (keptFindings: number, keptAnchors: number, tasksDropped: boolean): string => {
    const parts = [
      leftOut(findings.length - keptFindings, keptFindings, 'finding', 'findings'),
      leftOut(anchors.length - keptAnchors, keptAnchors, 'anchor paper', 'anchor papers'),
      tasksDropped && Array.isArray(model.tasks) && model.tasks.length > 0 ? 'the tasks' : '',
    ].filter((part) => part !== '');
    const size = parts.length > 0 ? `${listPhrase(parts)} left out to keep this prompt under ${formatCount(limit)} characters` : '';
    return [oneLine(model.cut), size].filter((part) => part !== '').join('; ');
  };
  const attempt = (keptFindings: number, keptAnchors: number): string =>
    renderParsed(
      { ...model, findings: findings.slice(0, keptFindings), anchors: anchors.slice(0, keptAnchors), cut: note(keptFindings, keptAnchors, false) },
      tokens,
    );
  for (const [keptFindings, keptAnchors] of cuts(findings.length, anchors.length)) {
    const text = attempt(keptFindings, keptAnchors);
    if (text.length <= limit) return text;
  }
  const cut = note(0, 0, true);
  return tidy([openingOf(model), cut ? `(${cut})` : '', CLOSING_SENTENCE].join('\n\n'));
}

/** Builds the model of a line and renders it, within `options.maxChars` when set. Never throws. */
export function promptText(input: PromptInput, template: string = DEFAULT_TEMPLATE, options: Partial<PromptOptions> = {}): string {
  return fitPrompt(buildPromptModel(input, options), template, options.maxChars ?? 0);
}
