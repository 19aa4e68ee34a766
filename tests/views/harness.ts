/** Opens the plugin's views in a DOM against a real index, with the workspace and the services faked. */
import type * as O from 'obsidian';
import { vi, type Mock } from 'vitest';
import { Events, WorkspaceLeaf, fileAt } from '../stubs/obsidian';
import type { CorpusIndex } from '../../src/core/graph/corpus-index';
import { linePrompt } from '../../src/core/queries/line-prompt';
import { PaperSimilarity } from '../../src/core/queries/related-papers';
import type { CorpusServices } from '../../src/obsidian/services';
import { DEFAULT_SETTINGS, type InquiringLinesSettings } from '../../src/settings';
import type { CorpusView } from '../../src/views/corpus-view';

/** A workspace with one active file; opening a file fires what Obsidian fires. */
export class FakeWorkspace extends Events {
  activeFile: O.TFile | null = null;
  /** A leaf standing for the editor the user works in. */
  readonly editorLeaf = { id: 'editor' };
  readonly requestSaveLayout = vi.fn();

  getActiveFile(): O.TFile | null {
    return this.activeFile;
  }

  /** The user opens `path` in the editor. */
  openFile(path: string | null): void {
    this.activeFile = path === null ? null : fileAt(path);
    this.trigger('active-leaf-change', this.editorLeaf);
    this.trigger('file-open', this.activeFile);
  }
}

/** The services, with the actions recorded and the revision and readiness under the test's control. */
export interface FakeServices extends CorpusServices {
  revision: number;
  ready: boolean;
  current: InquiringLinesSettings;
  openNote: Mock<(path: string, event?: MouseEvent | KeyboardEvent) => Promise<void>>;
  copyPrompt: Mock<(path: string) => Promise<void>>;
  revealInGraph: Mock<(path: string) => Promise<void>>;
  /** Moves the revision and tells the views, as the live index does after a batch. */
  bump(): void;
  /** Tells the views without moving the revision. */
  notify(): void;
}

/** Services over a real index. */
export function fakeServices(index: CorpusIndex, settings: Partial<InquiringLinesSettings> = {}): FakeServices {
  const events = new Events();
  const services: FakeServices = {
    index,
    similarity: new PaperSimilarity(index),
    revision: 1,
    ready: true,
    current: { ...DEFAULT_SETTINGS, ...settings },
    settings: () => services.current,
    onUpdate: (callback) => events.on('update', callback),
    offref: (ref) => events.offref(ref as never),
    openNote: vi.fn(() => Promise.resolve()),
    copyPrompt: vi.fn(() => Promise.resolve()),
    revealInGraph: vi.fn(() => Promise.resolve()),
    promptFor: (path) => linePrompt(index, path, services.current.promptTemplate),
    bump: () => {
      services.revision++;
      events.trigger('update');
    },
    notify: () => events.trigger('update'),
  };
  return services;
}

/** An opened view with its surroundings. */
export interface Opened<V extends CorpusView> {
  view: V;
  leaf: WorkspaceLeaf;
  workspace: FakeWorkspace;
  /** The view's content, where everything it draws goes. */
  content: HTMLElement;
}

/** Opens a view in a leaf attached to the document, with `active` as the active note. */
export async function openView<V extends CorpusView>(
  make: (leaf: O.WorkspaceLeaf, services: CorpusServices) => V,
  services: CorpusServices,
  active: string | null,
): Promise<Opened<V>> {
  const workspace = new FakeWorkspace();
  workspace.activeFile = active === null ? null : fileAt(active);
  const leaf = new WorkspaceLeaf({ workspace } as unknown as O.App);
  const view = make(leaf as unknown as O.WorkspaceLeaf, services);
  document.body.appendChild(view.containerEl);
  await leaf.open(view as never);
  return { view, leaf, workspace, content: view.contentEl };
}

/** The visible text of an element, spaces collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Dispatches a left click (with modifiers if given). */
export function click(el: Element, init: MouseEventInit = {}): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
  el.dispatchEvent(event);
  return event;
}

/** The text of each child element of `el`, as a reader sees the parts of a list item. */
export function partsOf(el: Element | null | undefined): string[] {
  return [...(el?.children ?? [])].map((child) => textOf(child));
}
