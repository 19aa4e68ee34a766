/**
 * Link resolution as Obsidian's `getFirstLinkpathDest` does it, for places without
 * Obsidian (the CLI, tests, benchmarks): case-insensitive and NFC, the full path first,
 * then the file name, the file in the linking note's folder first, then the shortest path.
 */
import { folderOf, foldName } from './paths';

function stripMd(path: string): string {
  return path.endsWith('.md') ? path.slice(0, -3) : path;
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Joins `./x` and `../x` onto a folder. */
function joinRelative(folder: string, rel: string): string {
  const parts = folder ? folder.split('/') : [];
  for (const part of rel.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** Every file of a vault by folded path and by folded name, kept up to date one file at a time. */
export class PathResolver {
  private readonly byPath = new Map<string, string>();
  private readonly byName = new Map<string, Set<string>>();

  constructor(paths: Iterable<string> = []) {
    for (const path of paths) this.add(path);
  }

  /** Registers a file. */
  add(path: string): void {
    const folded = foldName(path);
    this.byPath.set(folded, path);
    const name = stripMd(lastSegment(folded));
    let set = this.byName.get(name);
    if (!set) this.byName.set(name, (set = new Set()));
    set.add(path);
  }

  /** Forgets a file. */
  remove(path: string): void {
    const folded = foldName(path);
    if (this.byPath.get(folded) !== path) return;
    this.byPath.delete(folded);
    const name = stripMd(lastSegment(folded));
    const set = this.byName.get(name);
    set?.delete(path);
    if (set?.size === 0) this.byName.delete(name);
  }

  /** True when the file is known. */
  has(path: string): boolean {
    return this.byPath.get(foldName(path)) === path;
  }

  /** The file a link path names from `sourcePath`, or `null`. */
  resolve(linkpath: string, sourcePath: string): string | null {
    let wanted = foldName(linkpath.trim()).replace(/^\/+/, '');
    if (!wanted) return null;
    if (wanted.startsWith('./') || wanted.startsWith('../')) wanted = joinRelative(foldName(folderOf(sourcePath)), wanted);
    const exact = this.byPath.get(wanted) ?? this.byPath.get(`${wanted}.md`);
    if (exact !== undefined) return exact;
    const candidates = this.byName.get(stripMd(lastSegment(wanted)));
    if (!candidates) return null;
    const tail = stripMd(wanted);
    const sourceFolder = foldName(folderOf(sourcePath));
    let best: string | null = null;
    let bestRank: [number, number, string] | null = null;
    for (const path of candidates) {
      const folded = foldName(path);
      const bare = stripMd(folded);
      const matches = bare === tail || bare.endsWith(`/${tail}`) || folded === wanted || folded.endsWith(`/${wanted}`);
      if (!matches) continue;
      const rank: [number, number, string] = [folderOf(folded) === sourceFolder ? 0 : 1, path.length, folded];
      if (!bestRank || compareRank(rank, bestRank) < 0) {
        best = path;
        bestRank = rank;
      }
    }
    return best;
  }
}

function compareRank(a: [number, number, string], b: [number, number, string]): number {
  return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
}
