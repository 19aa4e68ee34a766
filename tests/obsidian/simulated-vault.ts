/**
 * A vault simulated as Obsidian runs it: note texts, the metadata cache the app
 * would build from them, and the app's events in its order (vault `modify` at
 * once, the cache's `changed` on a later task, no `changed` on a rename). Links
 * resolve with the core's PathResolver, the model of Obsidian's rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as O from 'obsidian';
import { App } from '../stubs/obsidian';
import type { TFile } from '../stubs/obsidian';
import { extractBodyLinks, noteInputFromText, parseFrontmatter, splitFrontmatter } from '../../src/cli/markdown';
import { PathResolver } from '../../src/core/corpus/path-resolver';
import type { NoteInput } from '../../src/core/types';

const at = (text: string, offset: number): O.Loc => {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, col: offset - (before.lastIndexOf('\n') + 1), offset };
};

/** The cache Obsidian builds for a note's text: properties, their block, links and embeds with positions. */
export function cacheOf(text: string): O.CachedMetadata {
  const cache: O.CachedMetadata = {};
  const split = splitFrontmatter(text);
  if (split.yaml !== null) {
    // The closing fence is the line before the body (or the last line when nothing follows it).
    const closeEnd = text.charAt(split.bodyOffset - 1) === '\n' ? split.bodyOffset - 1 : text.length;
    const closeStart = text.lastIndexOf('\n', closeEnd - 1) + 1;
    const position = { start: at(text, 0), end: at(text, closeStart + 3) };
    cache.frontmatterPosition = position;
    cache.sections = [{ type: 'yaml', position }];
    const parsed = parseFrontmatter(split.yaml, 1);
    // Obsidian leaves `frontmatter` out when it cannot read the block.
    if ('frontmatter' in parsed && parsed.frontmatter) cache.frontmatter = parsed.frontmatter;
  }
  for (const link of extractBodyLinks(text.slice(split.bodyOffset), split.bodyLine, split.bodyOffset)) {
    const original = link.original ?? link.link;
    const ref: O.ReferenceCache = {
      link: link.link,
      original,
      position: { start: link.position, end: at(text, link.position.offset + original.length) },
    };
    const list = original.startsWith('!') ? (cache.embeds ??= []) : (cache.links ??= []);
    list.push(ref);
  }
  return cache;
}

/** The next task, after every timer already due. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A simulated vault over the stub app. */
export class SimulatedVault {
  readonly app = new App();
  private readonly resolver = new PathResolver();
  private readonly pending = new Set<Promise<void>>();

  /** Files that exist before the app starts: in the vault and in the cache, with no event. */
  constructor(files: Record<string, string> = {}) {
    this.app.metadataCache.resolveLinkpath = (linkpath, source) => this.resolver.resolve(linkpath, source);
    for (const [path, text] of Object.entries(files)) {
      this.app.vault.put(path, text);
      this.resolver.add(path);
      if (path.endsWith('.md')) this.app.metadataCache.caches.set(path, cacheOf(text));
    }
  }

  /** The app, typed as the real one for the code under test. */
  get obsidianApp(): O.App {
    return this.app as unknown as O.App;
  }

  /** Start-up as Obsidian does it: `create` for every file, the layout ready, then `resolved`. */
  startUp(): void {
    for (const file of this.app.vault.getFiles()) this.app.vault.trigger('create', file);
    this.app.workspace.setLayoutReady();
    this.markResolved();
  }

  /** Fills `resolvedLinks` and fires `resolved`, as the app does once every file's links are known. */
  markResolved(): void {
    for (const file of this.app.vault.getMarkdownFiles()) this.app.metadataCache.resolvedLinks[file.path] ??= {};
    this.app.metadataCache.trigger('resolved');
  }

  file(path: string): TFile {
    const file = this.app.vault.getFileByPath(path);
    if (!file) throw new Error(`no file ${path}`);
    return file;
  }

  has(path: string): boolean {
    return this.app.vault.getFileByPath(path) !== null;
  }

  /** Creates or modifies a file; its cache and `changed` follow on a later task. Resolves when they have. */
  write(path: string, text: string): Promise<void> {
    const existing = this.app.vault.getFileByPath(path);
    if (existing) void this.app.vault.modify(existing, text);
    else {
      this.resolver.add(path);
      void this.app.vault.create(path, text);
    }
    return this.parseLater(this.file(path));
  }

  /** The cache of `file` built on a later task, then `changed`, `resolve` and `resolved`, as the app's worker does. */
  private parseLater(file: TFile): Promise<void> {
    return this.later(async () => {
      await nextTask();
      // The cache is built from the file as it is by then, under the path it has by then.
      const now = this.app.vault.getFileByPath(file.path);
      if (now !== file || file.extension !== 'md') return;
      const current = this.app.vault.texts.get(file.path) ?? '';
      const cache = cacheOf(current);
      this.app.metadataCache.caches.set(file.path, cache);
      this.app.metadataCache.trigger('changed', file, current, cache);
      this.app.metadataCache.trigger('resolve', file);
      this.markResolved();
    });
  }

  /** Renames a file; the cache moves with it and no `changed` fires. */
  rename(path: string, newPath: string): Promise<void> {
    const file = this.file(path);
    const cache = this.app.metadataCache.caches.get(path);
    this.app.metadataCache.caches.delete(path);
    this.resolver.remove(path);
    this.resolver.add(newPath);
    if (cache && newPath.endsWith('.md')) this.app.metadataCache.caches.set(newPath, cache);
    void this.app.vault.rename(file, newPath);
    // A file that becomes a note is parsed for the first time.
    return !cache && newPath.endsWith('.md') ? this.parseLater(file) : Promise.resolve();
  }

  /** Deletes a file: vault `delete`, then the cache's `deleted` with the cache it had. */
  delete(path: string): Promise<void> {
    const file = this.file(path);
    const prevCache = this.app.metadataCache.caches.get(path) ?? null;
    this.app.metadataCache.caches.delete(path);
    this.resolver.remove(path);
    void this.app.vault.delete(file);
    if (file.extension === 'md') this.app.metadataCache.trigger('deleted', file, prevCache);
    return Promise.resolve();
  }

  /** Waits until every scheduled cache event has fired. */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /** What the CLI's reader makes of the vault as it is now: the reference for a fresh build. */
  inputs(): NoteInput[] {
    return this.app.vault.getMarkdownFiles()
      .map((file) => noteInputFromText(file.path, this.app.vault.texts.get(file.path) ?? ''))
      .sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  /** Every file's path. */
  paths(): string[] {
    return this.app.vault.getFiles().map((file) => file.path).sort();
  }

  private later(work: () => Promise<void>): Promise<void> {
    const promise = work().finally(() => this.pending.delete(promise));
    this.pending.add(promise);
    return promise;
  }
}

/** Every file under a folder as vault path -> text (the example vault, say). */
export function readFolder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (sub: string): void => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = sub === '' ? entry.name : `${sub}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else files[path] = readFileSync(join(dir, path), 'utf8');
    }
  };
  walk('');
  return files;
}

/** The example vault's folder. */
export const EXAMPLE_VAULT = join(dirname(fileURLToPath(import.meta.url)), '../../example-vault');
