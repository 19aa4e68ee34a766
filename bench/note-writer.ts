/**
 * Assembles one synthetic note twice over: as the Markdown file a researcher
 * would write, and as the `NoteInput` Obsidian's metadata cache would give for
 * that file (parsed front-matter, body links with their positions).
 */
import type { BodyLink, NoteInput } from '../src/core/types';
import { emitFrontmatter, valueOf, y, type YamlNode } from './yaml-emit';

/** Writes a body line by line, recording each link where the cache would place it. */
export class BodyWriter {
  private readonly parts: string[] = [];
  private line = 0;
  private col = 0;
  private offset = 0;
  readonly links: BodyLink[] = [];

  constructor(private readonly lineBase: number, private readonly offsetBase: number) {}

  /** Text without line breaks. */
  text(s: string): this {
    this.parts.push(s);
    this.col += s.length;
    this.offset += s.length;
    return this;
  }

  /** A link as written (`original`) and as the cache lists it (`link`). */
  link(original: string, link: string): this {
    this.links.push({ link, original, position: { line: this.lineBase + this.line, col: this.col, offset: this.offsetBase + this.offset } });
    return this.text(original);
  }

  /** Ends the line. */
  newline(): this {
    this.parts.push('\n');
    this.line++;
    this.col = 0;
    this.offset++;
    return this;
  }

  /** The body's text. */
  toString(): string {
    return this.parts.join('');
  }
}

/** A front-matter block as the file holds it: entries, or broken text that does not parse. */
export type FrontmatterSpec = { entries: [string, YamlNode][] } | { broken: string } | null;

/** A note in both forms; `text` is kept only when asked for (the folder written to disk). */
export interface WrittenNote {
  input: NoteInput;
  text?: string;
}

/** Writes the header, then lets `body` fill a writer placed after it. */
export function writeNote(path: string, fm: FrontmatterSpec, body: (w: BodyWriter) => void, keepText: boolean): WrittenNote {
  let header = '';
  const input: NoteInput = { path, links: [] };
  if (fm !== null) {
    const yaml = 'broken' in fm ? fm.broken : emitFrontmatter(fm.entries);
    header = `---\n${yaml}\n---\n`;
    if ('broken' in fm) input.frontmatterError = 'the front-matter does not parse';
    else input.frontmatter = valueOf(y.map(fm.entries)) as Record<string, unknown>;
  }
  const lines = header === '' ? 0 : header.split('\n').length - 1;
  const writer = new BodyWriter(lines, header.length);
  body(writer);
  const text = writer.toString();
  input.links = writer.links;
  input.body = text;
  return keepText ? { input, text: header + text } : { input };
}
