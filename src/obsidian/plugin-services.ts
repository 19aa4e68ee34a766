/** The services the views are built with, over the live index and the app. */
import { Keymap, Notice, TFile, type App, type EventRef } from 'obsidian';
import { linePrompt } from '../core/queries/line-prompt';
import type { InquiringLinesSettings } from '../settings';
import { ProblemsModal } from '../views/problems-modal';
import { copyResearchPrompt } from './copy-prompt';
import type { LiveIndex } from './live-index';
import { openCorpusGraph } from './open-corpus-graph';
import type { CorpusServices } from './services';

/** {@link CorpusServices} for the plugin; `index` and `similarity` are read through, as a rebuild replaces them. */
export class PluginServices implements CorpusServices {
  constructor(
    private readonly app: App,
    private readonly live: LiveIndex,
    private readonly current: () => Readonly<InquiringLinesSettings>,
  ) {}

  get index() {
    return this.live.index;
  }

  get similarity() {
    return this.live.similarity;
  }

  get revision(): number {
    return this.live.revision;
  }

  get ready(): boolean {
    return this.live.ready;
  }

  settings(): Readonly<InquiringLinesSettings> {
    return this.current();
  }

  onUpdate(callback: () => void): EventRef {
    return this.live.events.on('update', callback);
  }

  offref(ref: EventRef): void {
    this.live.events.offref(ref);
  }

  async openNote(path: string, event?: MouseEvent | KeyboardEvent): Promise<void> {
    const file = this.fileAt(path);
    if (!file) return;
    await this.app.workspace.getLeaf(event ? Keymap.isModEvent(event) : false).openFile(file);
  }

  promptFor(path: string): string | null {
    const settings = this.current();
    return linePrompt(this.index, path, settings.promptTemplate, { maxAnchors: settings.maxAnchors, maxChars: settings.maxPromptChars });
  }

  async copyPrompt(path: string): Promise<void> {
    const text = this.promptFor(path);
    const note = this.index.note(path);
    if (text === null || !note) {
      new Notice('Only an inquiring line has a research prompt.');
      return;
    }
    await copyResearchPrompt(this.app, { text, title: note.title, preview: this.current().previewBeforeCopy });
  }

  async revealInGraph(path: string): Promise<void> {
    if (!this.fileAt(path)) return;
    await openCorpusGraph(this.app.workspace, path);
  }

  /** Opens the "Check the corpus" modal: counts and problems, each row opening its note. */
  checkCorpus(): void {
    const index = this.index;
    const report = { counts: index.counts(), problems: index.problems(), complete: this.live.ready };
    new ProblemsModal(this.app, report, (path, event) => this.openNote(path, event)).open();
  }

  /** The Markdown file at `path`, or `null` with a notice when it has gone. */
  private fileAt(path: string): TFile | null {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (file instanceof TFile) return file;
    new Notice(`"${path}" is no longer in the vault.`);
    return null;
  }
}
