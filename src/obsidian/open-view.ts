/** Opening one of the plugin's views in the right sidebar, or bringing it forward when it is open. */
import type { Workspace } from 'obsidian';

/** Shows the view of `type`: the leaf that has it, else a new leaf in the right sidebar. */
export async function openView(workspace: Workspace, type: string): Promise<void> {
  let leaf = workspace.getLeavesOfType(type)[0];
  if (!leaf) {
    const side = workspace.getRightLeaf(false);
    if (!side) return;
    await side.setViewState({ type, active: true });
    leaf = side;
  }
  await workspace.revealLeaf(leaf);
}
