/**
 * A tiny YAML writer with explicit styles, so that the synthetic vault can hold
 * every form a researcher writes (plain, quoted and folded text, block and flow
 * lists, unquoted `- [[Name]]`, bare numbers) while knowing exactly what a YAML
 * parser will read back: each node gives both its text and its value.
 */

/** A front-matter value together with the way it is written. */
export type YamlNode =
  | { type: 'text'; value: string; style: 'plain' | 'quoted' | 'folded' }
  | { type: 'number'; value: number; written: string }
  | { type: 'list'; items: YamlNode[]; flow: boolean }
  | { type: 'map'; entries: [string, YamlNode][]; flow: boolean }
  /** An unquoted `[[Name]]`: YAML reads a list holding a list holding "Name". */
  | { type: 'bare-link'; name: string };

/** Shorthands for building nodes. */
export const y = {
  plain: (value: string): YamlNode => ({ type: 'text', value, style: 'plain' }),
  quoted: (value: string): YamlNode => ({ type: 'text', value, style: 'quoted' }),
  folded: (value: string): YamlNode => ({ type: 'text', value, style: 'folded' }),
  number: (value: number, written = String(value)): YamlNode => ({ type: 'number', value, written }),
  list: (items: YamlNode[], flow = false): YamlNode => ({ type: 'list', items, flow }),
  map: (entries: [string, YamlNode][], flow = false): YamlNode => ({ type: 'map', entries, flow }),
  bareLink: (name: string): YamlNode => ({ type: 'bare-link', name }),
};

/** The value a YAML parser reads from the node. */
export function valueOf(node: YamlNode): unknown {
  switch (node.type) {
    case 'text': return node.value;
    case 'number': return node.value;
    case 'bare-link': return [[node.name]];
    case 'list': return node.items.map(valueOf);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [key, value] of node.entries) out[key] = valueOf(value);
      return out;
    }
  }
}

/** The front-matter block (without the `---` lines) for top-level entries. */
export function emitFrontmatter(entries: [string, YamlNode][]): string {
  const lines: string[] = [];
  for (const [key, node] of entries) emitEntry(lines, '', key, node);
  return lines.join('\n');
}

/** Writes `key: value` at an indent, as a block when the value needs one. */
function emitEntry(lines: string[], indent: string, key: string, node: YamlNode): void {
  if (node.type === 'list' && !node.flow && node.items.length > 0) {
    lines.push(`${indent}${key}:`);
    for (const item of node.items) emitItem(lines, `${indent}  `, item);
  } else if (node.type === 'map' && !node.flow && node.entries.length > 0) {
    lines.push(`${indent}${key}:`);
    for (const [k, v] of node.entries) emitEntry(lines, `${indent}  `, k, v);
  } else if (node.type === 'text' && node.style === 'folded') {
    lines.push(`${indent}${key}: >-`);
    for (const line of wrap(node.value, 78)) lines.push(`${indent}  ${line}`);
  } else {
    lines.push(`${indent}${key}: ${inline(node)}`);
  }
}

/** Writes one `- item` of a block list. */
function emitItem(lines: string[], indent: string, node: YamlNode): void {
  if (node.type === 'map' && !node.flow && node.entries.length > 0) {
    const inner: string[] = [];
    for (const [k, v] of node.entries) emitEntry(inner, `${indent}  `, k, v);
    // The first key shares the dash's line.
    inner[0] = `${indent}- ${(inner[0]).slice(indent.length + 2)}`;
    lines.push(...inner);
  } else if (node.type === 'list' && !node.flow && node.items.length > 0) {
    lines.push(`${indent}- ${inline({ ...node, flow: true })}`);
  } else if (node.type === 'text' && node.style === 'folded') {
    lines.push(`${indent}- ${JSON.stringify(node.value)}`);
  } else {
    lines.push(`${indent}- ${inline(node)}`);
  }
}

/** A node on one line. JSON strings are valid YAML double-quoted strings. */
function inline(node: YamlNode): string {
  switch (node.type) {
    case 'text': return node.style === 'plain' ? node.value : JSON.stringify(node.value);
    case 'number': return node.written;
    case 'bare-link': return `[[${node.name}]]`;
    case 'list': return `[${node.items.map(inline).join(', ')}]`;
    case 'map': return `{ ${node.entries.map(([k, v]) => `${k}: ${inline(v)}`).join(', ')} }`;
  }
}

/** Breaks text of single-spaced words into lines of about `width`, which a folded scalar joins back with spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
