import { describe, expect, it } from 'vitest';
import { exportGraph, NOTE_SCOPES, type NoteScope } from '../../../src/core/export';
import { vault } from '../../helpers/vault';
import { fromGexf, fromJson } from './read-back';

/**
 * One concept; `Outside/reader.md` links to it; `Outside/glossary.md` is linked from it; the
 * reader also links to the glossary; `Outside/chain.md` links only to the reader; `Outside/alone.md` links nowhere.
 */
function mixedVault() {
  return vault({
    'C/concept.md': { fm: { corpus: 'concept', title: 'A concept' }, links: ['glossary'] },
    'Outside/reader.md': { links: ['concept', 'glossary'] },
    'Outside/glossary.md': {},
    'Outside/chain.md': { links: ['reader'] },
    'Outside/alone.md': {},
  });
}

function exported(scope: NoteScope) {
  const back = fromJson(exportGraph(mixedVault().index.graph(), 'json', { notes: scope }));
  return {
    nodes: back.nodes(),
    edges: back.mapEdges((_key, attrs, source, target) => `${source} -${String(attrs.kind)}-> ${target}`),
  };
}

describe('notes outside the corpus', () => {
  it('corpus: only corpus notes and the links among them', () => {
    expect(exported('corpus')).toEqual({ nodes: ['C/concept.md'], edges: [] });
  });

  it('linked (the default): notes with a link to or from a corpus note, and every link among the notes kept', () => {
    const expected = {
      nodes: ['C/concept.md', 'Outside/glossary.md', 'Outside/reader.md'],
      edges: [
        'C/concept.md -link-> Outside/glossary.md',
        'Outside/reader.md -link-> C/concept.md',
        'Outside/reader.md -link-> Outside/glossary.md',
      ],
    };
    expect(exported('linked')).toEqual(expected);
    const byDefault = fromGexf(exportGraph(mixedVault().index.graph(), 'gexf'));
    expect(byDefault.nodes()).toEqual(expected.nodes);
  });

  it('all: every Markdown file, linked or not', () => {
    const { nodes, edges } = exported('all');
    expect(nodes).toEqual(['C/concept.md', 'Outside/alone.md', 'Outside/chain.md', 'Outside/glossary.md', 'Outside/reader.md']);
    expect(edges).toContain('Outside/chain.md -link-> Outside/reader.md');
    expect(edges).toHaveLength(4);
  });

  it('are the three choices the command line offers', () => {
    expect([...NOTE_SCOPES]).toEqual(['corpus', 'linked', 'all']);
  });
});

describe('years', () => {
  it('that are not whole numbers are declared double in GEXF and read back unchanged', () => {
    const { index } = vault({
      'P/a.md': { fm: { corpus: 'paper', title: 'A', year: 2024.5 } },
      'P/b.md': { fm: { corpus: 'paper', title: 'B', year: 2023 } },
    });
    const text = exportGraph(index.graph(), 'gexf');
    expect(text).toContain('<attribute id="year" title="year" type="double"/>');
    const back = fromGexf(text);
    expect([back.getNodeAttribute('P/a.md', 'year'), back.getNodeAttribute('P/b.md', 'year')]).toEqual([2024.5, 2023]);
  });
});
