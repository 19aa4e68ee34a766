/**
 * GEXF 1.3, the format Gephi reads natively. Written line by line rather than through an
 * XML library: the plugin bundle then needs neither a DOM nor a Node module, and the
 * attribute classes are declared from the corpus model instead of guessed from the data.
 */
import type { CorpusGraph } from '../graph/corpus-graph';
import type { ExportSelection } from './scope';
import { escapeXml } from './xml';

const GEXF_NS = 'http://gexf.net/1.3';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** Who made the file, in its `<meta>`. */
export const GEXF_CREATOR = 'Inquiring Lines';
const DESCRIPTION = 'Notes of a research corpus (concepts, inquiring lines, papers) and the links between them, '
  + 'each link from the note that holds it to the note it names.';

type GexfType = 'string' | 'integer' | 'double';

/** One declared attribute: its id doubles as its title, so every reader gets the same names back. */
interface Column {
  name: string;
  type: GexfType;
}

const NODE_COLUMNS: readonly Column[] = [
  { name: 'kind', type: 'string' },
  { name: 'title', type: 'string' },
  { name: 'year', type: 'integer' },
  { name: 'arxiv', type: 'string' },
];

const EDGE_COLUMNS: readonly Column[] = [
  { name: 'kind', type: 'string' },
  { name: 'field', type: 'string' },
  { name: 'via', type: 'string' },
  { name: 'relation', type: 'string' },
  { name: 'why', type: 'string' },
  { name: 'order', type: 'integer' },
];

/** Options of {@link writeGexf}. */
export interface GexfOptions {
  /** `lastmodifieddate` of the `<meta>`, as `YYYY-MM-DD`; left out by default so that one vault always gives one file. */
  date?: string;
}

const INT32_MAX = 2 ** 31 - 1;

/** A year is a whole number in every vault we know of, but YAML lets `2024.5` through; then the column must say `double`. */
function yearColumn(graph: CorpusGraph, nodes: readonly string[]): Column {
  const whole = nodes.every((key) => {
    const year = graph.getNodeAttribute(key, 'year');
    return year === undefined || (Number.isInteger(year) && Math.abs(year) <= INT32_MAX);
  });
  return { name: 'year', type: whole ? 'integer' : 'double' };
}

function declare(kind: 'node' | 'edge', columns: readonly Column[]): string[] {
  return [
    `    <attributes class="${kind}">`,
    ...columns.map((c) => `      <attribute id="${c.name}" title="${c.name}" type="${c.type}"/>`),
    '    </attributes>',
  ];
}

/** The attribute values of one node or edge; an absent attribute writes no row. */
function attvalues(columns: readonly Column[], attrs: object): string[] {
  const record = attrs as Readonly<Record<string, unknown>>;
  const rows: string[] = [];
  for (const { name } of columns) {
    const value = record[name];
    if (typeof value === 'string' || typeof value === 'number') {
      rows.push(`          <attvalue for="${name}" value="${escapeXml(String(value))}"/>`);
    }
  }
  return rows.length === 0 ? [] : ['        <attvalues>', ...rows, '        </attvalues>'];
}

/** The selected part of the graph as a GEXF 1.3 document. */
export function writeGexf(graph: CorpusGraph, selection: ExportSelection, options: GexfOptions = {}): string {
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    throw new RangeError(`The GEXF date must read YYYY-MM-DD, not "${options.date}".`);
  }
  const nodeColumns = NODE_COLUMNS.map((c) => (c.name === 'year' ? yearColumn(graph, selection.nodes) : c));
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NS}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${GEXF_NS} ${GEXF_NS}/gexf.xsd" version="1.3">`,
    options.date === undefined ? '  <meta>' : `  <meta lastmodifieddate="${options.date}">`,
    `    <creator>${escapeXml(GEXF_CREATOR)}</creator>`,
    `    <description>${escapeXml(DESCRIPTION)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static" idtype="string">',
    ...declare('node', nodeColumns),
    ...declare('edge', EDGE_COLUMNS),
    '    <nodes>',
  ];
  for (const key of selection.nodes) {
    const attrs = graph.getNodeAttributes(key);
    out.push(`      <node id="${escapeXml(key)}" label="${escapeXml(attrs.title)}">`, ...attvalues(nodeColumns, attrs), '      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  for (const key of selection.edges) {
    const attrs = graph.getEdgeAttributes(key);
    // GEXF 1.3's edge `kind` keeps parallel edges of different kinds apart in Gephi.
    const head = `<edge id="${escapeXml(key)}" source="${escapeXml(graph.source(key))}" target="${escapeXml(graph.target(key))}" kind="${escapeXml(attrs.kind)}">`;
    out.push(`      ${head}`, ...attvalues(EDGE_COLUMNS, attrs), '      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
