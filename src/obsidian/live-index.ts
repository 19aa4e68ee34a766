/**
 * The corpus index kept live inside Obsidian: the whole vault read from the
 * metadata cache once the layout is ready and links are resolved, in slices that
 * leave the interface free, then one note at a time as the cache reports changes.
 */
import { Component, Events, TFile, debounce, type App, type CachedMetadata, type TAbstractFile } from 'obsidian';
import { CorpusIndex } from '../core/graph/corpus-index';
import { PaperSimilarity } from '../core/queries/related-papers';
import { formatCount } from '../core/prompt/text';
import type { CorpusOptions } from '../core/types';
import { bodyOf, isLineCache, noteInputFromCache } from './cache-input';

/** Timing of the live index; tests shorten the waits. */
export interface LiveIndexTiming {
  /** Longest stretch of work before the main thread is given back, in ms. */
  sliceMs: number;
  /** Quiet time before views hear of a batch of changes, in ms. */
  announceMs: number;
  /** Quiet time after a settings edit before the index is rebuilt, in ms. */
  rebuildMs: number;
}

// 25 ms of work a slice: on a 50,000-note vault a young-generation garbage collection can land in
// any slice and take up to about 20 ms, and a slice must stay within a 50 ms frame (BENCHMARKS.md).
const DEFAULT_TIMING: LiveIndexTiming = { sliceMs: 25, announceMs: 200, rebuildMs: 1000 };

/** Line bodies read at once while loading: enough to overlap the reads, few enough to stay light. */
const BODY_READS_AT_ONCE = 8;

const isMarkdown = (file: TAbstractFile): file is TFile => file instanceof TFile && file.extension === 'md';

/** The live index: `index` and `similarity` are replaced when the corpus settings change, so read them each time. */
export class LiveIndex extends Component {
  /** The core index; a new one after each rebuild. */
  index: CorpusIndex;
  /** Related papers over `index`. */
  similarity: PaperSimilarity;
  /** Bumped once per announced batch of changes. */
  revision = 0;
  /** True once the whole vault has been read into the current index. */
  ready = false;
  /** Fires `update` (debounced) after changes, a rebuild or `touch`. */
  readonly events = new Events();
  private started = false;
  /** Bumped by a rebuild and by unload, so a load that was overtaken stops. */
  private generation = 0;
  /** Bodies of the corpus lines, by path: the similarity engine reads a line's essay. */
  private readonly bodies = new Map<string, string>();
  private readonly timing: LiveIndexTiming;
  private readonly announce: () => void;
  /** Rebuilds with new corpus options once edits stop for a moment. */
  readonly configureSoon: (options: CorpusOptions) => void;

  constructor(
    private readonly app: App,
    private readonly statusEl: HTMLElement | null,
    private corpus: CorpusOptions,
    timing: Partial<LiveIndexTiming> = {},
  ) {
    super();
    this.timing = { ...DEFAULT_TIMING, ...timing };
    this.index = this.newIndex();
    this.similarity = new PaperSimilarity(this.index);
    const announce = debounce(() => {
      this.revision++;
      this.events.trigger('update');
    }, this.timing.announceMs);
    const configure = debounce((options: CorpusOptions) => this.configure(options), this.timing.rebuildMs, true);
    this.announce = () => void announce();
    this.configureSoon = (options) => void configure(options);
    this.register(() => {
      announce.cancel();
      configure.cancel();
    });
  }

  /** Registers the listeners; reading starts only when the layout is ready and links are resolved. */
  override onload(): void {
    const { vault, metadataCache, workspace } = this.app;
    this.registerEvent(metadataCache.on('changed', (file, data, cache) => this.onChanged(file, data, cache)));
    this.registerEvent(metadataCache.on('deleted', (file) => this.onDeleted(file)));
    this.registerEvent(vault.on('delete', (file) => this.onDeleted(file)));
    this.registerEvent(vault.on('rename', (file, oldPath) => this.onRename(file, oldPath)));
    // Obsidian fires `create` for every file while it starts; the first read covers those.
    this.registerEvent(vault.on('create', (file) => this.onCreate(file)));
    this.register(() => {
      this.generation++;
      this.hideStatus();
    });
    this.hideStatus();
    workspace.onLayoutReady(() => this.whenResolved(() => this.start()));
  }

  /** Uses new corpus options at once: a fresh index, read again from the cache. */
  configure(options: CorpusOptions): void {
    const same = options.key === this.corpus.key
      && options.excludeFolders.join('\n') === this.corpus.excludeFolders.join('\n')
      && options.excludeTags.join('\n') === this.corpus.excludeTags.join('\n');
    if (same) return;
    this.corpus = { ...options };
    this.generation++;
    this.ready = false;
    this.index = this.newIndex();
    this.similarity = new PaperSimilarity(this.index);
    this.announce();
    if (this.started) void this.readAll(this.generation);
  }

  /** Tells the views that something they show changed without the index changing (the settings, say). */
  touch(): void {
    this.announce();
  }

  private newIndex(): CorpusIndex {
    const metadataCache = this.app.metadataCache;
    return new CorpusIndex({
      ...this.corpus,
      resolve: (linkpath, source) => metadataCache.getFirstLinkpathDest(linkpath, source)?.path ?? null,
    });
  }

  /** Runs `start` once links are resolved: at once when `resolvedLinks` is already filled (or the vault is empty). */
  private whenResolved(start: () => void): void {
    const { metadataCache, vault } = this.app;
    if (Object.keys(metadataCache.resolvedLinks).length > 0 || vault.getMarkdownFiles().length === 0) {
      start();
      return;
    }
    const ref = metadataCache.on('resolved', () => {
      metadataCache.offref(ref);
      start();
    });
    this.registerEvent(ref);
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    void this.readAll(this.generation);
  }

  /** The core's input for a file as the cache has it now, with its body when it is a line. */
  private inputFor(file: TFile, cache: CachedMetadata | null = this.app.metadataCache.getFileCache(file)) {
    const body = isLineCache(cache, this.corpus.key) ? this.bodies.get(file.path) : undefined;
    return noteInputFromCache(file.path, cache, body);
  }

  /** Reads every Markdown file into the index, a slice at a time; stops if a rebuild or unload overtakes it. */
  private async readAll(generation: number): Promise<void> {
    const { vault, metadataCache } = this.app;
    const files = vault.getMarkdownFiles();
    const lines: TFile[] = [];
    const stale = (): boolean => generation !== this.generation;
    for (let done = 0; done < files.length; ) {
      const deadline = performance.now() + this.timing.sliceMs;
      do {
        const file = files[done++];
        // A file deleted since the list was taken is skipped; a renamed one is read under its new path.
        if (vault.getAbstractFileByPath(file.path) !== file) continue;
        const cache = metadataCache.getFileCache(file);
        if (isLineCache(cache, this.corpus.key) && !this.bodies.has(file.path)) lines.push(file);
        this.index.upsert(this.inputFor(file, cache));
      } while (done < files.length && performance.now() < deadline);
      if (done < files.length) this.showStatus(`Indexing corpus ${formatCount(done)}/${formatCount(files.length)}`);
      await this.pause();
      if (stale()) return;
    }
    await this.readBodies(lines, stale);
    if (stale()) return;
    while (!this.index.flush(performance.now() + this.timing.sliceMs)) {
      this.showStatus('Indexing corpus: resolving links');
      await this.pause();
      if (stale()) return;
    }
    // Paper vectors too, so that the first "related papers" does not build them all in one go.
    while (!this.similarity.refresh(performance.now() + this.timing.sliceMs)) {
      this.showStatus('Indexing corpus: comparing papers');
      await this.pause();
      if (stale()) return;
    }
    this.ready = true;
    this.hideStatus();
    this.announce();
  }

  /** Reads the bodies of the lines found while loading, then indexes each line again with its body. */
  private async readBodies(lines: TFile[], stale: () => boolean): Promise<void> {
    const { vault, metadataCache } = this.app;
    let deadline = performance.now() + this.timing.sliceMs;
    for (let at = 0; at < lines.length && !stale(); at += BODY_READS_AT_ONCE) {
      // Reads served from memory resolve without giving the main thread back, so slice them too.
      if (performance.now() > deadline) {
        this.showStatus(`Indexing corpus: reading lines ${formatCount(at)}/${formatCount(lines.length)}`);
        await this.pause();
        if (stale()) return;
        deadline = performance.now() + this.timing.sliceMs;
      }
      const batch = lines.slice(at, at + BODY_READS_AT_ONCE);
      const texts = await Promise.all(batch.map((file) => vault.cachedRead(file).catch(() => null)));
      if (stale()) return;
      batch.forEach((file, i) => {
        const text = texts[i];
        // A `changed` event that arrived meanwhile has already set a newer body.
        if (text === null || this.bodies.has(file.path) || vault.getAbstractFileByPath(file.path) !== file) return;
        const cache = metadataCache.getFileCache(file);
        if (!isLineCache(cache, this.corpus.key)) return;
        this.bodies.set(file.path, bodyOf(text, cache));
        this.index.upsert(this.inputFor(file, cache));
      });
    }
  }

  private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
    if (!this.started || !isMarkdown(file)) return;
    if (isLineCache(cache, this.corpus.key)) this.bodies.set(file.path, bodyOf(data, cache));
    else this.bodies.delete(file.path);
    this.index.upsert(this.inputFor(file, cache));
    this.announce();
  }

  private onCreate(file: TAbstractFile): void {
    if (!this.started || !(file instanceof TFile)) return;
    // An attachment decides whether links naming it resolve; a new note may never get a `changed`
    // (an empty file has nothing to parse), yet links can name it.
    if (file.extension === 'md') this.index.upsert(this.inputFor(file));
    else this.index.fileChanged(file.path);
    this.announce();
  }

  private onDeleted(file: TAbstractFile): void {
    if (!this.started || !(file instanceof TFile)) return;
    if (file.extension !== 'md') {
      this.index.fileChanged(file.path);
      this.announce();
      return;
    }
    this.bodies.delete(file.path);
    this.index.remove(file.path);
    this.announce();
  }

  private onRename(file: TAbstractFile, oldPath: string): void {
    if (!this.started || !(file instanceof TFile)) return;
    const body = this.bodies.get(oldPath);
    this.bodies.delete(oldPath);
    if (file.extension !== 'md') {
      this.index.remove(oldPath);
      this.index.fileChanged(oldPath);
      this.index.fileChanged(file.path);
    } else {
      if (body !== undefined) this.bodies.set(file.path, body);
      this.index.rename(oldPath, this.inputFor(file));
    }
    this.announce();
  }

  /** Gives the main thread back until the next task, so typing and drawing go on. */
  private pause(): Promise<void> {
    return new Promise((resolve) => window.setTimeout(resolve, 0));
  }

  private showStatus(text: string): void {
    if (!this.statusEl) return;
    this.statusEl.setText(text);
    this.statusEl.toggle(true);
  }

  private hideStatus(): void {
    if (!this.statusEl) return;
    this.statusEl.setText('');
    this.statusEl.toggle(false);
  }
}
