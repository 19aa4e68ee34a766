/**
 * The links of a note's body, as Obsidian's metadata cache lists them: one
 * left-to-right pass that skips code, comments and external addresses.
 */
import type { BodyLink } from '../core/types';

/**
 * The links and embeds of a body in document order, as Obsidian's cache lists them. Positions are
 * in the file: `bodyLine`/`bodyOffset` say where the body starts. Linear in the body's length.
 */
export function extractBodyLinks(body: string, bodyLine = 0, bodyOffset = 0): BodyLink[] {
  const links = new BodyScanner(body, bodyLine, bodyOffset).scan();
  // Markdown links are found at their closing bracket, after the links inside their text.
  return links.sort((a, b) => a.position.offset - b.position.offset);
}

const NL = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const BANG = 33;
const PERCENT = 37;
const LPAREN = 40;
const RPAREN = 41;
const LT = 60;
const GT = 62;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const BACKTICK = 96;
const TILDE = 126;
/** cmark's limit on nested parentheses in a link destination; it also bounds the work per `](`. */
const MAX_PAREN_DEPTH = 32;

const isAsciiPunct = (c: number): boolean =>
  (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
const isBlank = (c: number): boolean => c === SPACE || c === TAB || c === CR;
const hasScheme = (target: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(target);
const unescapeMarkdown = (s: string): string => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `indexOf` for a scan that only moves forward: once a needle is known to be absent, it stays absent. */
function forwardFinder(text: string, needle: string): (from: number) => number {
  let last = -2;
  return (from) => {
    if (last === -1 || last >= from) return last;
    last = text.indexOf(needle, from);
    return last;
  };
}

interface Opener {
  pos: number;
  image: boolean;
}

/** The backtick runs of one paragraph, by length, so a code span finds its closer without rescanning. */
interface RunIndex {
  start: number;
  end: number;
  byLength: Map<number, number[]>;
}

/** One left-to-right pass; whichever construct starts first wins, as in CommonMark. */
class BodyScanner {
  private readonly n: number;
  private readonly links: BodyLink[] = [];
  private i = 0;
  private line = 0;
  private lineStart = 0;
  /** Open `[` and `![` of the current line; Markdown links never span lines here. */
  private openers: Opener[] = [];
  private runs: RunIndex | null = null;
  private readonly nextCommentEnd: (from: number) => number;
  private readonly nextHtmlCommentEnd: (from: number) => number;

  constructor(
    private readonly text: string,
    private readonly bodyLine: number,
    private readonly bodyOffset: number,
  ) {
    this.n = text.length;
    this.nextCommentEnd = forwardFinder(text, '%%');
    this.nextHtmlCommentEnd = forwardFinder(text, '-->');
  }

  scan(): BodyLink[] {
    const { text, n } = this;
    while (this.i < n) {
      if (this.i === this.lineStart && this.skipFencedBlock()) continue;
      const i = this.i;
      const c = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      if (c === NL) this.moveTo(i + 1);
      else if (c === BACKSLASH) this.i += isAsciiPunct(next) ? 2 : 1;
      else if (c === BACKTICK) this.skipCodeSpan();
      else if (c === PERCENT && next === PERCENT) {
        const close = this.nextCommentEnd(i + 2);
        this.moveTo(close === -1 ? n : close + 2);
      } else if (c === LT && text.startsWith('<!--', i)) this.skipHtmlComment();
      else if (c === BANG && next === LBRACKET) {
        if (text.charCodeAt(i + 2) !== LBRACKET || !this.wikiLink(i, i + 3)) {
          this.openers.push({ pos: i, image: true });
          this.i += 2;
        }
      } else if (c === LBRACKET) {
        if (next !== LBRACKET || !this.wikiLink(i, i + 2)) {
          this.openers.push({ pos: i, image: false });
          this.i++;
        }
      } else if (c === RBRACKET) this.closeBracket();
      else this.i++;
    }
    return this.links;
  }

  /** Moves forward to `to`, counting the lines passed. */
  private moveTo(to: number): void {
    const { text } = this;
    for (let k = this.i; k < to; k++) {
      if (text.charCodeAt(k) === NL) {
        this.line++;
        this.lineStart = k + 1;
        this.openers = [];
      }
    }
    this.i = to;
  }

  private push(start: number, end: number, link: string): void {
    this.links.push({
      link,
      original: this.text.slice(start, end),
      position: { line: this.bodyLine + this.line, col: start - this.lineStart, offset: this.bodyOffset + start },
    });
  }

  private lineEnd(from: number): number {
    const k = this.text.indexOf('\n', from);
    return k === -1 ? this.n : k;
  }

  /** Where a fence's marker starts: after indentation and blockquote `>`s. */
  private fenceMarkerStart(from: number): number {
    let k = from;
    for (let c = this.text.charCodeAt(k); c === SPACE || c === TAB || c === GT; c = this.text.charCodeAt(++k));
    return k;
  }

  private runLength(from: number, c: number): number {
    let k = from;
    while (this.text.charCodeAt(k) === c) k++;
    return k - from;
  }

  /** At a line start: if a ``` or ~~~ fence opens here, skips to after its closing fence (or the end). */
  private skipFencedBlock(): boolean {
    const { text } = this;
    const k = this.fenceMarkerStart(this.i);
    const c = text.charCodeAt(k);
    if (c !== BACKTICK && c !== TILDE) return false;
    const size = this.runLength(k, c);
    if (size < 3) return false;
    let end = this.lineEnd(k);
    // A backtick fence's info string holds no backtick; otherwise the line is inline code.
    if (c === BACKTICK && text.slice(k + size, end).includes('`')) return false;
    while (end < this.n) {
      const start = end + 1;
      end = this.lineEnd(start);
      const m = this.fenceMarkerStart(start);
      const len = this.runLength(m, c);
      let rest = m + len;
      while (rest < end && isBlank(text.charCodeAt(rest))) rest++;
      if (len >= size && rest === end) {
        this.moveTo(Math.min(end + 1, this.n));
        return true;
      }
    }
    this.moveTo(this.n);
    return true;
  }

  private skipHtmlComment(): void {
    const i = this.i;
    // From i + 2 so that the empty comments `<!-->` and `<!--->` close themselves.
    const close = this.nextHtmlCommentEnd(i + 2);
    if (close !== -1) this.moveTo(close + 3);
    else if (i - this.lineStart <= 3 && this.text.slice(this.lineStart, i).trim() === '') this.moveTo(this.n);
    else this.i += 4;
  }

  /** A backtick run opens a code span if a run of the same length closes it within the paragraph. */
  private skipCodeSpan(): void {
    const p = this.i;
    const size = this.runLength(p, BACKTICK);
    const close = this.findCloser(p, size);
    if (close === -1) this.i = p + size;
    else this.moveTo(close + size);
  }

  private findCloser(p: number, size: number): number {
    if (!this.runs || p < this.runs.start || p >= this.runs.end) this.runs = this.indexRuns(p);
    const starts = this.runs.byLength.get(size);
    if (!starts) return -1;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] < p + size) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length ? starts[lo] : -1;
  }

  /** Indexes the backtick runs from `p` to the paragraph's end (the next blank line). */
  private indexRuns(p: number): RunIndex {
    const { text, n } = this;
    let end = n;
    for (let nl = text.indexOf('\n', p); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
      let k = nl + 1;
      while (k < n && isBlank(text.charCodeAt(k))) k++;
      if (k >= n || text.charCodeAt(k) === NL) {
        end = nl + 1;
        break;
      }
      nl = k - 1;
    }
    const byLength = new Map<number, number[]>();
    for (let k = p; k < end; ) {
      if (text.charCodeAt(k) !== BACKTICK) {
        k++;
        continue;
      }
      const len = this.runLength(k, BACKTICK);
      const list = byLength.get(len);
      if (list) list.push(k);
      else byLength.set(len, [k]);
      k += len;
    }
    return { start: p, end, byLength };
  }

  /** `[[target|shown]]` or `![[target]]` on one line; false when it does not close. */
  private wikiLink(start: number, contentStart: number): boolean {
    const { text, n } = this;
    for (let j = contentStart; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === NL) return false;
      if (c === LBRACKET && text.charCodeAt(j + 1) === LBRACKET) return false;
      if (c !== RBRACKET || text.charCodeAt(j + 1) !== RBRACKET) continue;
      const inner = text.slice(contentStart, j);
      const bar = inner.indexOf('|');
      let target = bar === -1 ? inner : inner.slice(0, bar);
      // In a table the pipe is escaped: `[[Name\|shown]]`.
      if (target.endsWith('\\')) target = target.slice(0, -1);
      target = target.trim();
      // `[[#Heading]]` points into the same note: not a link to another file.
      if (target !== '' && !target.startsWith('#')) this.push(start, j + 2, target);
      this.i = j + 2;
      return true;
    }
    return false;
  }

  private closeBracket(): void {
    const opener = this.openers.pop();
    const dest = opener && this.text.charCodeAt(this.i + 1) === LPAREN ? this.destination(this.i + 2) : null;
    if (!opener || !dest) {
      this.i++;
      return;
    }
    // Links do not nest: the `[`s before a link can no longer open one.
    if (!opener.image) this.openers = [];
    const target = unescapeMarkdown(dest.raw);
    if (target !== '' && !target.startsWith('#') && !hasScheme(target)) {
      this.push(opener.pos, dest.end, decodeSafely(target));
    }
    this.i = dest.end;
  }

  /** Parses `target`, `<tar get>` and an optional title up to `)`, on the current line. */
  private destination(from: number): { raw: string; end: number } | null {
    const { text, n } = this;
    let k = from;
    while (k < n && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k++;
    let raw: string;
    if (text.charCodeAt(k) === LT) {
      let j = k + 1;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === BACKSLASH && j + 1 < n && text.charCodeAt(j + 1) !== NL) j++;
        else if (c === GT) break;
        else if (c === LT || c === NL) return null;
      }
      if (j >= n) return null;
      raw = text.slice(k + 1, j);
      k = j + 1;
    } else {
      let depth = 0;
      let j = k;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c <= SPACE) break;
        if (c === BACKSLASH && isAsciiPunct(text.charCodeAt(j + 1))) j++;
        else if (c === LPAREN && ++depth > MAX_PAREN_DEPTH) return null;
        else if (c === RPAREN && depth-- === 0) break;
      }
      if (depth > 0) return null;
      raw = text.slice(k, j);
      k = j;
    }
    return this.closeDestination(raw, k);
  }

  /** After the destination: an optional `"title"`, `'title'` or `(title)`, then `)`. */
  private closeDestination(raw: string, from: number): { raw: string; end: number } | null {
    const { text, n } = this;
    let k = from;
    while (k < n && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k++;
    const open = text.charCodeAt(k);
    if (k > from && (open === 34 || open === 39 || open === LPAREN)) {
      const close = open === LPAREN ? RPAREN : open;
      let j = k + 1;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === NL || (open === LPAREN && c === LPAREN)) return null;
        if (c === BACKSLASH && text.charCodeAt(j + 1) !== NL) j++;
        else if (c === close) break;
      }
      if (j >= n) return null;
      k = j + 1;
      while (k < n && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k++;
    }
    return text.charCodeAt(k) === RPAREN ? { raw, end: k + 1 } : null;
  }
}
