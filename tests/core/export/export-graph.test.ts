import { beforeAll, describe, expect, it } from 'vitest';
import { readVault, type VaultContents } from '../../../src/cli/read-vault';
import { buildIndex, type StandaloneIndex } from '../../../src/core/build';
import { exportGraph, type ExportFormat } from '../../../src/core/export';
import { EXAMPLE_VAULT, edgeTable, exampleIndex, fromGexf, fromJson, nodeTable } from './read-back';

let example: StandaloneIndex;
let contents: VaultContents;

beforeAll(async () => {
  example = await exampleIndex();
  contents = await readVault(EXAMPLE_VAULT);
});

const readers = { json: fromJson, gexf: fromGexf };
const FORMATS: ExportFormat[] = ['json', 'gexf'];

describe.each(FORMATS)('the example vault exported as %s and read back', (format) => {
  it('has every note of the index, with its kind, title, year and arXiv id', () => {
    const graph = example.index.graph();
    const back = readers[format](exportGraph(graph, format, { notes: 'all' }));
    expect(back.order).toBe(contents.inputs.length);
    expect(nodeTable(back)).toEqual(nodeTable(graph));
    expect(new Set(back.nodes())).toEqual(new Set([...example.index.allNotes()].map((n) => n.path)));
  });

  it('has every link of the index, from the note that holds it to the note it names', () => {
    const graph = example.index.graph();
    const back = readers[format](exportGraph(graph, format, { notes: 'all' }));
    expect(back.type).toBe('directed');
    expect(back.multi).toBe(true);
    expect(edgeTable(back)).toEqual(edgeTable(graph));
    // Against the index's own lists too: every resolved link whose target is a note.
    let links = 0;
    for (const note of example.index.allNotes()) {
      links += example.index.outEdges(note.path).filter((e) => example.index.note(e.target) !== undefined).length;
    }
    expect(back.size).toBe(links);
  });

  it('keeps a paper\'s year and arXiv id and a related link\'s relation and why, as the notes give them', () => {
    const back = readers[format](exportGraph(example.index.graph(), format));
    expect(nodeTable(back)['Papers/Hallucination is inevitable.md']).toEqual({
      kind: 'paper',
      title: 'Hallucination is Inevitable: An Innate Limitation of Large Language Models',
      year: 2024,
      arxiv: '2401.11817v2',
    });
    const related = Object.values(edgeTable(back)).filter((e) =>
      e.source === 'Concepts/Cognitive science methods.md' && e.target === 'Concepts/Learning mechanics.md');
    expect(related.map((e) => e.attributes)).toEqual([{
      kind: 'related',
      field: 'related[0]',
      via: 'path',
      relation: 'adjacent framing',
      why: "Marr's levels describe a finished system, learning mechanics adds how training got there",
    }]);
  });

  it('leaves out, by default, the notes outside the corpus that link nowhere in it', () => {
    const back = readers[format](exportGraph(example.index.graph(), format));
    const plain = back.filterNodes((_key, attrs) => attrs.kind === 'note').sort();
    expect(plain).toEqual(['Notes/Reading list.md', 'Notes/Seminar plan.md', 'Welcome.md']);
    for (const gone of ['Mistakes/README.md', 'Mistakes/Invalid yaml.md', 'Mistakes/Unknown kind.md']) {
      expect(back.hasNode(gone)).toBe(false);
    }
    // No link is lost by leaving them out: none of them had any.
    expect(back.size).toBe(example.index.graph().size);
  });
});

describe('the same vault always gives the same file', () => {
  it.each(FORMATS)('%s: whatever order the files were read in', (format) => {
    const reversed = buildIndex([...contents.inputs].reverse(), contents.files);
    expect(exportGraph(reversed.index.graph(), format)).toBe(exportGraph(example.index.graph(), format));
  });

  it.each(FORMATS)('%s: after notes were edited back and forth in a live index', (format) => {
    const live = buildIndex(contents.inputs, contents.files);
    const before = exportGraph(live.index.graph(), format);
    // Re-saving a note re-adds its links at the end of the graph's own order.
    const concept = contents.inputs.find((i) => i.path === 'Concepts/Cognitive science methods.md');
    const line = contents.inputs.find((i) => i.path.startsWith('Lines/'));
    if (!concept || !line) throw new Error('the example vault lost its notes');
    live.index.upsert(concept);
    live.index.remove(line.path);
    live.index.upsert(line);
    expect(exportGraph(live.index.graph(), format)).toBe(before);
  });
});

describe('the GEXF document', () => {
  it('names its creator and carries no date unless one is given', () => {
    const graph = example.index.graph();
    const plain = exportGraph(graph, 'gexf');
    expect(fromGexf(plain).getAttribute('creator')).toBe('Inquiring Lines');
    expect(plain).not.toContain('lastmodifieddate');
    const dated = exportGraph(graph, 'gexf', { date: '2026-03-01' });
    expect(fromGexf(dated).getAttribute('lastModifiedDate')).toBe('2026-03-01');
    expect(() => exportGraph(graph, 'gexf', { date: 'March 1st' })).toThrow(/YYYY-MM-DD/);
  });

  it('declares the GEXF 1.3 namespace, a directed graph and every attribute with its type', () => {
    const text = exportGraph(example.index.graph(), 'gexf');
    expect(text).toMatch(/<gexf xmlns="http:\/\/gexf\.net\/1\.3"[^>]* version="1\.3">/);
    expect(text).toContain('<graph defaultedgetype="directed"');
    const declared = [...text.matchAll(/<attributes class="(\w+)">([\s\S]*?)<\/attributes>/g)].map(([, cls, body]) => [
      cls,
      [...body.matchAll(/id="(\w+)" title="\w+" type="(\w+)"/g)].map(([, id, type]) => `${id}:${type}`),
    ]);
    expect(declared).toEqual([
      ['node', ['kind:string', 'title:string', 'year:integer', 'arxiv:string']],
      ['edge', ['kind:string', 'field:string', 'via:string', 'relation:string', 'why:string', 'order:integer']],
    ]);
  });

  it('marks each edge with its kind, so Gephi keeps parallel links of different kinds apart', () => {
    const text = exportGraph(example.index.graph(), 'gexf');
    const edges = [...text.matchAll(/<edge [^>]*>/g)].map(([tag]) => tag);
    expect(edges.length).toBe(example.index.graph().size);
    expect(edges.every((tag) => / kind="(related|paper|source|next|anchor|link|property)"/.test(tag))).toBe(true);
  });
});
