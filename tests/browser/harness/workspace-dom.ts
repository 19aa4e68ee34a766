/**
 * Puts the stub workspace on screen: a main area that shows the open note (or a
 * view opened in a tab) and a right sidebar whose tabs hold the plugin's views.
 * A view's container is attached before its `onOpen` runs, as in Obsidian, so
 * it is shown (`isShown()`) and draws.
 */
import type * as O from 'obsidian';
import { type App, type TFile, type View, WorkspaceLeaf } from '../../stubs/obsidian';
import { renderNoteInto } from './note-render';

/** A tabbed area: one leaf shown at a time. */
class Dock {
  readonly el: HTMLElement;
  private readonly tabsEl: HTMLElement;
  private readonly bodyEl: HTMLElement;
  private readonly entries = new Map<object, { tab: HTMLElement; body: HTMLElement }>();

  constructor(parent: HTMLElement, cls: string, private readonly changed: (key: object) => void) {
    this.el = parent.createDiv({ cls: ['harness-dock', cls] });
    this.tabsEl = this.el.createDiv({ cls: 'harness-tabs', attr: { role: 'tablist' } });
    this.bodyEl = this.el.createDiv({ cls: 'harness-dock-body' });
  }

  /** Adds (or re-labels) an entry; it is not shown until `show`. */
  add(key: object, body: HTMLElement, title: string): void {
    let entry = this.entries.get(key);
    if (!entry) {
      const tab = this.tabsEl.createEl('button', { cls: 'harness-tab', attr: { role: 'tab', type: 'button' } });
      tab.addEventListener('click', () => this.show(key));
      entry = { tab, body };
      this.entries.set(key, entry);
    }
    entry.tab.textContent = title;
    entry.body = body;
    body.addClass('harness-leaf');
    if (body.parentElement !== this.bodyEl) this.bodyEl.appendChild(body);
    body.toggle(false);
  }

  show(key: object): void {
    for (const [other, entry] of this.entries) {
      entry.body.toggle(other === key);
      entry.tab.toggleClass('is-active', other === key);
      entry.tab.setAttr('aria-selected', other === key ? 'true' : 'false');
    }
    this.changed(key);
  }

  remove(key: object): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    entry.tab.remove();
    entry.body.remove();
    const first = this.entries.keys().next();
    if (!first.done) this.show(first.value);
  }

  has(key: object): boolean {
    return this.entries.has(key);
  }
}

/** Where a leaf was asked for, as the stub records it. */
function openedAs(leaf: WorkspaceLeaf): unknown {
  return (leaf as unknown as { openedAs?: unknown }).openedAs;
}

/** A leaf whose view state can be set, as the stub's workspace makes them. */
interface StatefulLeaf {
  setViewState(state: O.ViewState): Promise<void>;
  harnessStateful?: true;
}

/** Makes `setViewState` hand `state.state` to the view's `setState`, as Obsidian does (the stub only builds the view). */
function passStateToView(leaf: WorkspaceLeaf): WorkspaceLeaf {
  const stateful = leaf as unknown as StatefulLeaf;
  if (stateful.harnessStateful) return leaf;
  stateful.harnessStateful = true;
  const setViewState = stateful.setViewState.bind(leaf);
  stateful.setViewState = async (state: O.ViewState): Promise<void> => {
    await setViewState(state);
    if (state.state && leaf.view) await leaf.view.setState(state.state, { history: false });
  };
  return leaf;
}

/** The on-screen workspace of one harness app. */
export class WorkspaceDom {
  readonly main: Dock;
  readonly right: Dock;
  /** The main area's note panel, keyed by this object in the main dock. */
  private readonly notePanel: HTMLElement;

  constructor(private readonly app: App, root: HTMLElement) {
    const onChange = (key: object): void => {
      if (key instanceof WorkspaceLeaf) key.view?.onResize();
      app.workspace.trigger('layout-change');
    };
    const split = root.createDiv({ cls: 'harness-workspace' });
    this.main = new Dock(split, 'harness-main', onChange);
    this.right = new Dock(split, 'mod-right-split', onChange);
    this.notePanel = createDiv({ cls: 'harness-note markdown-reading-view' });
    this.main.add(this.notePanel, this.notePanel, 'No note open');
    this.main.show(this.notePanel);
    this.followLinks();
    app.workspace.on('file-open', (file) => this.showNote(file as TFile | null));
    const workspace = app.workspace;
    const revealLeaf = workspace.revealLeaf.bind(workspace);
    workspace.revealLeaf = (leaf: WorkspaceLeaf): Promise<void> => {
      this.dockOf(leaf).show(leaf);
      return revealLeaf(leaf);
    };
    const getLeaf = workspace.getLeaf.bind(workspace);
    workspace.getLeaf = (newLeaf?: Parameters<typeof getLeaf>[0]) => passStateToView(getLeaf(newLeaf));
    const getRightLeaf = workspace.getRightLeaf.bind(workspace);
    workspace.getRightLeaf = (split: boolean) => passStateToView(getRightLeaf(split));
  }

  /** The dock a leaf belongs in: the sidebar for `getRightLeaf`, the main area otherwise. */
  dockOf(leaf: WorkspaceLeaf): Dock {
    return openedAs(leaf) === 'right' ? this.right : this.main;
  }

  /** Attaches a view's container before it opens, and shows it when its dock has nothing else to show. */
  mount(leaf: WorkspaceLeaf, view: View): void {
    const dock = this.dockOf(leaf);
    // Tests find a view by its type, as Obsidian's leaves carry it.
    view.containerEl.setAttr('data-type', view.getViewType());
    dock.add(leaf, view.containerEl, view.getDisplayText());
    dock.show(leaf);
  }

  unmount(leaf: WorkspaceLeaf): void {
    this.main.remove(leaf);
    this.right.remove(leaf);
  }

  /** Shows a note in the main area, as a reading view would. */
  private showNote(file: TFile | null): void {
    if (!file) {
      this.notePanel.empty();
      this.main.add(this.notePanel, this.notePanel, 'No note open');
    } else {
      renderNoteInto(this.notePanel, this.app, file);
      this.main.add(this.notePanel, this.notePanel, file.basename);
    }
    this.main.show(this.notePanel);
  }

  /** A click on a link in the note opens its target, as in Obsidian's reading view. */
  private followLinks(): void {
    this.notePanel.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest<HTMLElement>('a[data-href]');
      const file = link?.dataset.href ? this.app.vault.getFileByPath(link.dataset.href) : null;
      if (!file) return;
      event.preventDefault();
      void (this.app.workspace.getLeaf(false) as unknown as { openFile(f: TFile): Promise<void> }).openFile(file);
    });
  }
}

/** The workspace DOM of the current app; the leaf patches below look it up. */
let current: WorkspaceDom | null = null;

/** Makes `dom` the place where leaves open. */
export function useWorkspaceDom(dom: WorkspaceDom): void {
  current = dom;
}

// Patched once on the stub's class: every leaf opens into the workspace on screen.
const stubOpen = WorkspaceLeaf.prototype.open;
const stubDetach = WorkspaceLeaf.prototype.detach;
WorkspaceLeaf.prototype.open = function (this: WorkspaceLeaf, view: View): Promise<View> {
  current?.mount(this, view);
  return stubOpen.call(this, view);
};
WorkspaceLeaf.prototype.detach = async function (this: WorkspaceLeaf): Promise<void> {
  await stubDetach.call(this);
  current?.unmount(this);
};
