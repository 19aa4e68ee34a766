/** Vault paths: `/`-separated, relative to the vault root, with their extension. */

/** The file name without folder and without a `.md` extension. */
export function basenameOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return hasMdExtension(name) ? name.slice(0, -3) : name;
}

/** True when a name ends in `.md`, whatever its capitals (checked in place: no lower-cased copy per path). */
function hasMdExtension(name: string): boolean {
  const n = name.length;
  return n >= 3 && name.charCodeAt(n - 3) === 46 && (name.charCodeAt(n - 2) | 32) === 109 && (name.charCodeAt(n - 1) | 32) === 100;
}

/** The folder of a path, `''` at the vault root. */
export function folderOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut < 0 ? '' : path.slice(0, cut);
}

/** The form under which names are compared, as Obsidian compares them: NFC and case-folded. */
export function foldName(name: string): string {
  // Plain ASCII is already NFC; skipping the Unicode pass matters, as every link is folded.
  return (NOT_ASCII.test(name) ? name.normalize('NFC') : name).toLowerCase();
}

const NOT_ASCII = /[^ -~\t\n\r]/;

/** The key a link is filed under for re-resolution: its last segment, folded, without `.md`. */
export function linkKey(linkpath: string): string {
  return foldName(basenameOf(linkpath.trim()));
}

/** A title compared as a title: NFC, case-folded, white space collapsed and trimmed. */
export function titleKey(title: string): string {
  const folded = foldName(title);
  // Nearly every title is single-spaced already: then there is nothing to rewrite.
  return ODD_SPACING.test(folded) ? folded.replace(/\s+/g, ' ').trim() : folded;
}

/** White space at either end, two in a row, or any but a plain space. */
const ODD_SPACING = /^\s|\s$|\s\s|[^\S ]/;
