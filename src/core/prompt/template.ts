/**
 * The prompt template: plain text with `{{slot}}` holes and `{{#slot}}...{{/slot}}`
 * (kept when the slot is filled) or `{{^slot}}...{{/slot}}` (kept when it is empty)
 * sections. Read by hand in one pass; no eval, no escaping (the output is plain text).
 */

/** The slots a template may name, with the help text the settings tab shows. */
export const TEMPLATE_SLOTS: readonly { name: string; description: string }[] = Object.freeze([
  { name: 'opening', description: 'The role and the ask together: "As a deep learning theorist, why ...?" (the ask alone without a role).' },
  { name: 'role', description: 'Who the LLM should be, as written in prompt.role; empty without one.' },
  { name: 'ask', description: 'The question put to the LLM: prompt.ask, else the line\'s title.' },
  { name: 'title', description: 'The line\'s title.' },
  { name: 'years', description: 'The span of years of the sources\' papers, "2023–2026" or "2024"; empty when no paper has a year.' },
  { name: 'findings', description: 'One "• finding (~year)." line per finding.' },
  { name: 'anchors', description: 'One "  – arXiv:ID (Title, ~year)" line per anchor paper.' },
  { name: 'tasks', description: 'The tasks, numbered "(1) ...", one per line.' },
  { name: 'cut', description: 'What was left out to respect the limits; empty when nothing was. Added at the end when the template leaves it out.' },
]);

const KNOWN = new Set(TEMPLATE_SLOTS.map((slot) => slot.name));

/** What a `{{...}}` tag does: fill a slot, open a section, open an inverted section, close one, or nothing (`{{! note }}`). */
export type TagKind = 'slot' | 'open' | 'invert' | 'close' | 'comment';

/** A piece of a parsed template. */
export type Token = { kind: 'text'; text: string } | { kind: TagKind; name: string; raw: string; line: number };

/** A parsed template, and where a `{{` without `}}` was left as text. */
export interface ParsedTemplate {
  tokens: Token[];
  openBraceLine?: number;
}

const SIGILS: Record<string, TagKind> = { '#': 'open', '^': 'invert', '/': 'close', '!': 'comment' };

function newlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Splits a template into text and tags in one pass. Never throws. */
export function parseTemplate(template: string): ParsedTemplate {
  const source = typeof template === 'string' ? template : '';
  const tokens: Token[] = [];
  const parsed: ParsedTemplate = { tokens };
  let pos = 0;
  let line = 1;
  while (pos < source.length) {
    const start = source.indexOf('{{', pos);
    if (start < 0) break;
    const end = source.indexOf('}}', start + 2);
    if (end < 0) {
      parsed.openBraceLine = line + newlines(source.slice(pos, start));
      break;
    }
    const text = source.slice(pos, start);
    if (text) tokens.push({ kind: 'text', text });
    line += newlines(text);
    const raw = source.slice(start, end + 2);
    const inner = source.slice(start + 2, end).trim();
    const kind = SIGILS[inner.charAt(0)];
    tokens.push(kind ? { kind, name: inner.slice(1).trim(), raw, line } : { kind: 'slot', name: inner, raw, line });
    line += newlines(raw);
    pos = end + 2;
  }
  if (pos < source.length) tokens.push({ kind: 'text', text: source.slice(pos) });
  dropStandaloneLines(tokens);
  return parsed;
}

/**
 * A section tag alone on its line takes the line with it, as in Mustache, so a
 * template can put `{{#anchors}}` on a line of its own without leaving a blank one.
 */
function dropStandaloneLines(tokens: Token[]): void {
  const last = tokens.length - 1;
  const standalone = tokens.map((token, i) => {
    if (token.kind === 'text' || token.kind === 'slot') return false;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const before =
      prev === undefined ||
      (prev.kind === 'text' && /(^|\n)[ \t]*$/.test(prev.text) && (prev.text.includes('\n') || i - 1 === 0));
    const after =
      next === undefined ||
      (next.kind === 'text' && (/^[ \t]*\r?\n/.test(next.text) || (i + 1 === last && /^[ \t]*$/.test(next.text))));
    return before && after;
  });
  standalone.forEach((alone, i) => {
    if (!alone) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev?.kind === 'text') prev.text = prev.text.replace(/[ \t]*$/, '');
    if (next?.kind === 'text') next.text = next.text.replace(/^[ \t]*(\r?\n)?/, '');
  });
}

/**
 * Fills the tokens with the lookup's values. An unknown slot is whatever the lookup
 * gives (the prompt's gives ''); a close tag that matches no open section is
 * ignored; a section left open runs to the end.
 */
export function renderTokens(tokens: readonly Token[], lookup: (name: string) => string): string {
  const out: string[] = [];
  const open: { name: string; outerOn: boolean }[] = [];
  let on = true;
  for (const token of tokens) {
    if (token.kind === 'text') {
      if (on) out.push(token.text);
    } else if (token.kind === 'slot') {
      if (on) out.push(lookup(token.name));
    } else if (token.kind === 'open' || token.kind === 'invert') {
      const filled = lookup(token.name) !== '';
      open.push({ name: token.name, outerOn: on });
      on = on && (token.kind === 'open' ? filled : !filled);
    } else if (token.kind === 'close') {
      let k = open.length - 1;
      while (k >= 0 && open[k].name !== token.name) k--;
      if (k < 0) continue;
      on = open[k].outerOn;
      open.length = k;
    }
  }
  return out.join('');
}

/** True when the template fills the slot somewhere (not just tests it in a section). */
export function templateUsesSlot(tokens: readonly Token[], name: string): boolean {
  return tokens.some((token) => token.kind === 'slot' && token.name === name);
}

function unknownSlotMessage(line: number, raw: string, name: string): string {
  const near = KNOWN.has(name.toLowerCase()) ? ` Did you mean {{${name.toLowerCase()}}}?` : '';
  const known = TEMPLATE_SLOTS.map((slot) => slot.name).join(', ');
  return `Line ${line}: ${raw} is not a slot, so it renders empty.${near} Slots: ${known}.`;
}

/** What is wrong with a template, one message per problem, for the settings tab; empty when nothing is. */
export function checkTemplate(template: string): string[] {
  const { tokens, openBraceLine } = parseTemplate(template);
  const messages: string[] = [];
  const open: { name: string; raw: string; line: number }[] = [];
  for (const token of tokens) {
    if (token.kind === 'text' || token.kind === 'comment') continue;
    if (token.name === '') {
      messages.push(`Line ${token.line}: ${token.raw} names no slot; write a slot name inside the braces.`);
      continue;
    }
    if (token.kind === 'close') {
      let k = open.length - 1;
      while (k >= 0 && open[k].name !== token.name) k--;
      if (k < 0) {
        messages.push(`Line ${token.line}: ${token.raw} closes no open section; remove it or open the section before it.`);
        continue;
      }
      for (const inner of open.slice(k + 1).reverse()) {
        messages.push(`Line ${inner.line}: ${inner.raw} is never closed; add {{/${inner.name}}} before ${token.raw} on line ${token.line}.`);
      }
      open.length = k;
      continue;
    }
    if (!KNOWN.has(token.name)) messages.push(unknownSlotMessage(token.line, token.raw, token.name));
    if (token.kind !== 'slot') open.push({ name: token.name, raw: token.raw, line: token.line });
  }
  for (const left of open.reverse()) {
    messages.push(`Line ${left.line}: ${left.raw} is never closed; add {{/${left.name}}} where the section should end.`);
  }
  if (openBraceLine !== undefined) {
    messages.push(`Line ${openBraceLine}: "{{" has no closing "}}", so it is kept as plain text.`);
  }
  if (!templateUsesSlot(tokens, 'opening') && !templateUsesSlot(tokens, 'ask')) {
    messages.push('The template fills neither {{opening}} nor {{ask}}, so the prompt never says what to ask.');
  }
  return messages;
}
