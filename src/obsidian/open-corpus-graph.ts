/** Opening the corpus graph view in the main area, focused on a note or not. */
import type { Workspace } from 'obsidian';
import { CorpusGraphView } from '../views/corpus-graph-view';
import { VIEW_CORPUS_GRAPH } from '../views/view-types';

/** Shows the corpus graph (the open one, else a new tab) and, given a path, focuses that note. */
export async function openCorpusGraph(workspace: Workspace, path: string | null): Promise<void> {
  let leaf = workspace.getLeavesOfType(VIEW_CORPUS_GRAPH)[0];
  if (!leaf) {
    leaf = workspace.getLeaf('tab');
    await leaf.setViewState({ type: VIEW_CORPUS_GRAPH, active: true });
  }
  await workspace.revealLeaf(leaf);
  if (path === null) return;
  // Revealing loads a view restored lazily; should it still be a placeholder, its state carries the focus.
  const view = leaf.view;
  if (view instanceof CorpusGraphView) view.focusNote(path);
  else await leaf.setViewState({ type: VIEW_CORPUS_GRAPH, active: true, state: { focus: path } });
}
