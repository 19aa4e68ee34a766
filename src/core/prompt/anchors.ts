/** Which papers the prompt names as anchors, and in what order. */
import type { PromptPaper, PromptSource } from './types';
import { isYear, oneLine } from './text';

/** The id without its `vN` version, lowercased: two ids that name one paper share it. */
export function arxivBase(id: string): string {
  return id.replace(/v\d+$/i, '').toLowerCase();
}

function version(id: string): number {
  const m = /v(\d+)$/i.exec(id);
  return m ? Number(m[1]) : 0;
}

/**
 * When the id was issued, as [year * 100 + month, number], read from the id itself:
 * string order would put every old-style id (`hep-th/...`) above every new one.
 */
function issued(id: string): [number, number] | undefined {
  const modern = /^(\d{2})(\d{2})\.(\d{4,5})(v\d+)?$/i.exec(id);
  if (modern) return [(2000 + Number(modern[1])) * 100 + Number(modern[2]), Number(modern[3])];
  const old = /^[a-z-]+(\.[a-z-]+)?\/(\d{2})(\d{2})(\d{3})(v\d+)?$/i.exec(id);
  if (!old) return undefined;
  const yy = Number(old[2]);
  return [(yy >= 91 ? 1900 + yy : 2000 + yy) * 100 + Number(old[3]), Number(old[4])];
}

function compareIdsNewestFirst(a: string, b: string): number {
  const ka = issued(a);
  const kb = issued(b);
  if (ka && kb) {
    if (ka[0] !== kb[0]) return kb[0] - ka[0];
    if (ka[1] !== kb[1]) return kb[1] - ka[1];
  } else if (ka || kb) {
    return ka ? -1 : 1;
  } else {
    const sa = arxivBase(a);
    const sb = arxivBase(b);
    if (sa !== sb) return sa < sb ? 1 : -1;
  }
  return version(b) - version(a);
}

/** Newest first: year descending (papers without a year last), then arXiv id descending, then title. */
export function comparePapersNewestFirst(a: PromptPaper, b: PromptPaper): number {
  const ya = isYear(a.year) ? a.year : undefined;
  const yb = isYear(b.year) ? b.year : undefined;
  if (ya !== yb) {
    if (ya === undefined) return 1;
    if (yb === undefined) return -1;
    return yb - ya;
  }
  const byId = compareIdsNewestFirst(a.arxiv ?? '', b.arxiv ?? '');
  if (byId !== 0) return byId;
  return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
}

/** A copy of the paper with one-line text and only well-formed fields; undefined when it names nothing. */
export function cleanPaper(paper: unknown): PromptPaper | undefined {
  if (typeof paper !== 'object' || paper === null) return undefined;
  const raw = paper as Record<string, unknown>;
  const clean: PromptPaper = { title: oneLine(raw.title) };
  const arxiv = oneLine(raw.arxiv);
  if (arxiv) clean.arxiv = arxiv;
  if (isYear(raw.year)) clean.year = raw.year;
  return clean.title || clean.arxiv ? clean : undefined;
}

function papersOf(source: unknown): unknown[] {
  if (typeof source !== 'object' || source === null) return [];
  const papers = (source as Record<string, unknown>).papers;
  return Array.isArray(papers) ? papers : [];
}

/** The papers of all sources that have an arXiv id, newest first, each paper once (versions ignored). */
export function anchorsFromSources(sources: readonly PromptSource[]): PromptPaper[] {
  const withId: PromptPaper[] = [];
  for (const source of sources) {
    for (const paper of papersOf(source)) {
      const clean = cleanPaper(paper);
      if (clean?.arxiv) withId.push(clean);
    }
  }
  withId.sort(comparePapersNewestFirst);
  const seen = new Set<string>();
  return withId.filter((paper) => {
    const key = arxivBase(paper.arxiv ?? '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The anchors the user listed, in their order, each paper once (by arXiv id without version, else by title). */
export function anchorsAsGiven(anchors: readonly PromptPaper[]): PromptPaper[] {
  const seen = new Set<string>();
  const out: PromptPaper[] = [];
  for (const paper of anchors) {
    const clean = cleanPaper(paper);
    if (!clean) continue;
    const key = clean.arxiv ? `id:${arxivBase(clean.arxiv)}` : `title:${clean.title.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
  }
  return out;
}

/** The years of every paper of every source, as a span; undefined when no paper has a year. */
export function yearSpan(sources: readonly PromptSource[]): { first: number; last: number } | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (const source of sources) {
    for (const paper of papersOf(source)) {
      const year = (paper as Record<string, unknown> | null)?.year;
      if (!isYear(year)) continue;
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
  }
  return first <= last ? { first, last } : undefined;
}
