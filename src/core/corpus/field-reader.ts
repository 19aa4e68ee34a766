/**
 * Reads typed values out of one note's front-matter, turning every value it cannot
 * take as it is into a problem instead of an exception.
 */
import type { EdgeKind, ParsedLink, Problem, ProblemCode, RawLink, Severity } from '../types';
import { readLinkString, readRelation, parseWikiInner } from './link-text';
import { rawLink } from './raw-link';

/** A front-matter map: plain data as a YAML parser or Obsidian's cache gives it. */
export type Frontmatter = Record<string, unknown>;

/** True for a plain `{...}` map (not a list, not null). */
export function isMap(value: unknown): value is Frontmatter {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Shows a value in a message, short. */
export function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
  } catch {
    // A big integer inside a map, or a map without a prototype, defeats JSON and String alike.
    try {
      text = String(value);
    } catch {
      text = describe(value);
    }
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (isMap(value)) return 'a map';
  return `a ${typeof value}`;
}

/**
 * True when lower-casing changes nothing. Checked in place for plain ASCII, nearly every key: a
 * lower-cased copy of every key of every note was a good part of the garbage made reading a vault.
 */
export function isLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) return false;
    if (code > 127) return text.toLowerCase() === text;
  }
  return true;
}

/** `field[i]` names, made once: every link keeps its field, and a few names (`papers[0]`...) label most links of a vault. */
const indexedNames = new Map<string, string[]>();

function indexedField(field: string, i: number): string {
  if (i >= 64) return `${field}[${i}]`;
  let names = indexedNames.get(field);
  if (!names) indexedNames.set(field, (names = []));
  return (names[i] ??= `${field}[${i}]`);
}

/** True when every item is a string, not empty and with nothing to trim (a hole is no string). */
function isCleanText(items: readonly unknown[]): boolean {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item !== 'string' || item.length === 0 || item.trim() !== item) return false;
  }
  return true;
}

const NO_RELATION: { relation?: string; why?: string } = Object.freeze({});

/** A link read from a field: only `sources` keeps its position in the list. */
function fieldLink(kind: EdgeKind, field: string, link: ParsedLink, order: number, nested: boolean, relation?: string, why?: string): RawLink {
  return rawLink(kind, field, link, kind === 'source' ? order : undefined, nested, relation, why);
}

/**
 * The links of the note being read, kept from note to note: a list of each note's own, grown link
 * by link, was garbage as soon as the note took its copy at exact size. Notes are read one at a
 * time, so one list serves every reader; emptied as each note takes its links (`takeLinks`).
 */
const workingLinks: (RawLink | undefined)[] = [];

/** Collects the problems and links of one note while its fields are read; one reader at a time. */
export class FieldReader {
  readonly problems: Problem[] = [];
  /** How many links the note has so far, at the start of `workingLinks`. */
  private linkCount = 0;

  /** True once known that every key is written in lower case; `undefined` until a missing name asks. */
  private keysLowerCase: boolean | undefined;

  private ownKeys: string[] | undefined;

  constructor(readonly path: string, private readonly fm: Frontmatter) {}

  /** The front-matter's keys, listed once per note however often they are read. */
  keys(): readonly string[] {
    return (this.ownKeys ??= Object.keys(this.fm));
  }

  /** Records a link of this note. */
  addLink(link: RawLink): void {
    workingLinks[this.linkCount++] = link;
  }

  /** True when a link of this kind was recorded. */
  hasLink(kind: EdgeKind): boolean {
    for (let i = 0; i < this.linkCount; i++) if ((workingLinks[i] as RawLink).kind === kind) return true;
    return false;
  }

  /** Forgets the links recorded so far. */
  dropLinks(): void {
    workingLinks.fill(undefined, 0, this.linkCount);
    this.linkCount = 0;
  }

  /** The note's links in the order recorded, as a new list at its exact size; the reader then holds none. */
  takeLinks(): RawLink[] {
    const links = workingLinks.slice(0, this.linkCount) as RawLink[];
    this.dropLinks();
    return links;
  }

  /** Records a problem of this note. */
  report(field: string, code: ProblemCode, severity: Severity, message: string): void {
    this.problems.push({ path: this.path, field, code, severity, message });
  }

  /** The value of `name`, matched exactly or, with a warning, whatever its capitals. */
  get(name: string): unknown {
    if (Object.prototype.hasOwnProperty.call(this.fm, name)) return this.fm[name];
    // Most names asked for are missing, and most notes write keys in lower case: then no other spelling
    // can match, and the keys need not be scanned for every missing name.
    if (isLowerCase(name) && (this.keysLowerCase ??= this.keys().every(isLowerCase))) return undefined;
    const lower = name.toLowerCase();
    for (const key of this.keys()) {
      if (key.toLowerCase() === lower) {
        this.report(key, 'wrong-shape', 'warning', `Read as "${name}"; write the key in lower case.`);
        return this.fm[key];
      }
    }
    return undefined;
  }

  /** A single line of text; numbers and booleans are taken with a warning. */
  text(field: string, value: unknown): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value.trim() || undefined;
    if (typeof value === 'number' || typeof value === 'boolean') {
      this.report(field, 'wrong-shape', 'warning', `Holds ${describe(value)} ${show(value)}; read as text. Quote it.`);
      return String(value);
    }
    // A YAML 1.1 reader (timestamps on) turns an unquoted `2024-01-05` into a Date: give the date back as written.
    if (value instanceof Date && Number.isFinite(value.getTime())) {
      const date = value.toISOString().replace(/T00:00:00\.000Z$/, '');
      this.report(field, 'wrong-shape', 'warning', `Holds the date ${date}; read as text. Quote it.`);
      return date;
    }
    this.report(field, 'wrong-shape', 'error', `Holds ${describe(value)} where text goes; left out. Write one line of text.`);
    return undefined;
  }

  /**
   * A list of text; a single string is a list of one. Always a new list at its exact size: notes
   * keep these lists as they are, and callers may change them.
   */
  textList(field: string, value: unknown): string[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      const text = this.text(field, value);
      return text === undefined ? [] : [text];
    }
    // Nearly always every item is text with nothing to trim: then the list is copied as it is, with
    // no list grown item by item on the way.
    if (isCleanText(value)) return value.slice() as string[];
    const out: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      // Strings, nearly every item, can raise no problem, so they need no field name made for them.
      const text = typeof item === 'string' ? item.trim() || undefined : this.text(indexedField(field, i), item);
      if (text !== undefined) out.push(text);
    }
    return out.length === 0 ? out : out.slice();
  }

  /** A year or other whole number; digits in a string are accepted. */
  number(field: string, value: unknown): number | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && /^\s*\d{1,6}\s*$/.test(value)) return Number(value);
    this.report(field, 'wrong-shape', 'error', `Holds ${show(value)} where a number goes; left out. Write a year such as 2024.`);
    return undefined;
  }

  /**
   * The links of a field that holds one link or a list of them. `related` entries may also be
   * `"[[X]] relation: why"` strings or `{to, relation, why}` maps.
   */
  linkList(field: string, value: unknown, kind: EdgeKind): void {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => this.linkItem(indexedField(field, i), item, kind, i));
    } else if (isMap(value) && kind !== 'related') {
      this.report(field, 'wrong-shape', 'error', `Holds a map where a list of links goes; left out. Write a list such as - "[[Note]]".`);
    } else {
      this.linkItem(field, value, kind, 0);
    }
  }

  private linkItem(field: string, item: unknown, kind: EdgeKind, order: number): void {
    if (typeof item === 'string') return this.linkFromString(field, item, kind, order);
    if (Array.isArray(item)) return this.nestedLink(field, item, kind, order);
    if (isMap(item) && kind === 'related') return this.relatedMap(field, item, order);
    this.report(field, 'wrong-shape', 'error', `Holds ${describe(item)} ${show(item)} where a link goes; left out. Write "[[Note]]".`);
  }

  private linkFromString(field: string, text: string, kind: EdgeKind, order: number, nested = false): void {
    const reading = readLinkString(text);
    if (reading.type === 'url') {
      this.report(field, 'wrong-shape', 'error', `Holds the web address ${show(reading.url)} where a note link goes; left out. Link the note instead, e.g. "[[Paper title]]".`);
      return;
    }
    if (reading.type === 'none') {
      this.report(field, 'wrong-shape', 'error', `${show(text)} is not a link; left out. Write it as "[[${text.trim()}]]".`);
      return;
    }
    // Nearly every link string holds the link alone: then there is no second link and no relation to look for.
    const rest = reading.rest;
    // `"[[A]], [[B]]"` is two links in one string: B would vanish silently (or become A's relation).
    const second = rest === '' ? null : /^[\s,;]*(!?\[\[[^\]]*\]\]|!?\[[^\]]*\]\([^)]*\))/.exec(rest);
    if (second) {
      this.report(field, 'wrong-shape', 'warning', `Holds several links in one string; only the first was taken, and ${second[1]} on was left out. Write one link per list item.`);
    }
    const { relation, why } = !second && kind === 'related' && rest !== '' ? readRelation(rest) : NO_RELATION;
    this.addLink(fieldLink(kind, field, reading.link, order, nested, relation, why));
  }

  /** An unquoted `- [[Name]]` reaches us as `[["Name"]]`: take it, and say how to write it. */
  private nestedLink(field: string, item: unknown[], kind: EdgeKind, order: number): void {
    if (item.length === 1 && Array.isArray(item[0])) item = item[0] as unknown[];
    // YAML ends an unquoted `[[...]]` at the first `]`, so text holding one is no link written that way.
    if (item.length !== 1 || typeof item[0] !== 'string' || item[0].includes(']')) {
      this.report(field, 'wrong-shape', 'error', `Holds a list ${show(item)} where a link goes; left out. Write "[[Note]]".`);
      return;
    }
    const inner = item[0];
    this.report(field, 'nested-list-link', 'warning', `Unquoted [[${inner}]] reads as a nested list; taken as a link. Quote it: - "[[${inner}]]".`);
    this.addLink(fieldLink(kind, field, parseWikiInner(inner), order, true));
  }

  private relatedMap(field: string, item: Frontmatter, order: number): void {
    const to = Object.prototype.hasOwnProperty.call(item, 'to') ? item.to : undefined;
    if (to === undefined || to === null) {
      this.report(field, 'wrong-shape', 'error', `A related map needs "to"; left out. Write { to: "[[Note]]", relation: ..., why: ... }.`);
      return;
    }
    const before = this.linkCount;
    if (Array.isArray(to)) this.nestedLink(`${field}.to`, to, 'related', order);
    else if (typeof to === 'string') this.linkFromString(`${field}.to`, to, 'related', order);
    else this.report(`${field}.to`, 'wrong-shape', 'error', `Holds ${describe(to)} where a link goes; left out. Write "[[Note]]".`);
    if (this.linkCount === before) return;
    const added = workingLinks[before] as RawLink;
    const relation = this.text(`${field}.relation`, item.relation);
    const why = this.text(`${field}.why`, item.why);
    workingLinks[before] = fieldLink('related', field, added, order, added.nested === true, relation ?? added.relation, why ?? added.why);
  }
}
