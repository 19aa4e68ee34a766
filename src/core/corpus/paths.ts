/** Vault paths: `/`-separated, relative to the vault root, with their extension. */

/** The file name without folder and without a `.md` extension. */
export function basenameOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.toLowerCase().endsWith('.md') ? name.slice(0, -3) : name;
}

/** The folder of a path, `''` at the vault root. */
export function folderOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut < 0 ? '' : path.slice(0, cut);
}

/** The form under which names are compared, as Obsidian compares them: NFC and case-folded. */
export function foldName(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** The key a link is filed under for re-resolution: its last segment, folded, without `.md`. */
export function linkKey(linkpath: string): string {
  return foldName(basenameOf(linkpath.trim()));
}

/** A title compared as a title: NFC, case-folded, white space collapsed and trimmed. */
export function titleKey(title: string): string {
  return foldName(title).replace(/\s+/g, ' ').trim();
}
