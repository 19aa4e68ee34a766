import { describe, expect, it } from 'vitest';
import { exportGraph, type ExportFormat } from '../../../src/core/export';
import { escapeXml } from '../../../src/core/export/xml';
import { vault } from '../../helpers/vault';
import { edgeTable, fromGexf, fromJson, nodeTable } from './read-back';

const AWKWARD_TITLE = 'Fish & <chips>: "quoted", \'single\', ]]> and 🐟🧪 — ünïcödé?';
const AWKWARD_PATH = 'C/Tom & "Jerry" <1940>.md';
const WHY = 'first line\nsecond line\twith a tab\r\nand a Windows break &amp; an entity written out';

function awkwardVault() {
  return vault({
    'C/a.md': {
      fm: {
        corpus: 'concept',
        title: AWKWARD_TITLE,
        related: [{ to: '[[Tom & "Jerry" <1940>]]', relation: 'contrasts <strongly> & "loudly"', why: WHY }],
      },
    },
    [AWKWARD_PATH]: { fm: { corpus: 'concept', title: '<b>bold</b> & &lt;not a tag&gt;' } },
  });
}

const readers = { json: fromJson, gexf: fromGexf };

describe.each(['json', 'gexf'] as ExportFormat[])('awkward text survives a %s round trip', (format) => {
  it('keeps titles with markup characters, quotes and emoji as written', () => {
    const back = readers[format](exportGraph(awkwardVault().index.graph(), format));
    expect(nodeTable(back)).toEqual({
      'C/a.md': { kind: 'concept', title: AWKWARD_TITLE },
      [AWKWARD_PATH]: { kind: 'concept', title: '<b>bold</b> & &lt;not a tag&gt;' },
    });
  });

  it('keeps a path with markup characters as the node key and the edge ends', () => {
    const back = readers[format](exportGraph(awkwardVault().index.graph(), format));
    const edges = Object.values(edgeTable(back));
    expect(edges.map((e) => [e.source, e.target])).toEqual([['C/a.md', AWKWARD_PATH]]);
  });

  it('keeps line breaks and tabs inside a why', () => {
    const back = readers[format](exportGraph(awkwardVault().index.graph(), format));
    expect(Object.values(edgeTable(back))[0].attributes).toMatchObject({ relation: 'contrasts <strongly> & "loudly"', why: WHY });
  });
});

describe('GEXF labels', () => {
  it('label each node with its title, for Gephi to show', () => {
    const back = fromGexf(exportGraph(awkwardVault().index.graph(), 'gexf'));
    expect(back.getNodeAttribute('C/a.md', 'label')).toBe(AWKWARD_TITLE);
  });
});

describe('characters XML cannot hold', () => {
  it('become U+FFFD in GEXF, and the file still parses', () => {
    const { index } = vault({ 'C/bell.md': { fm: { corpus: 'concept', title: 'ring\u0007the\u0000bell' } } });
    const back = fromGexf(exportGraph(index.graph(), 'gexf'));
    expect(back.getNodeAttribute('C/bell.md', 'title')).toBe('ring\uFFFDthe\uFFFDbell');
  });

  it('stay as they are in JSON, which can hold them', () => {
    const { index } = vault({ 'C/bell.md': { fm: { corpus: 'concept', title: 'ring\u0007the\u0000bell' } } });
    expect(fromJson(exportGraph(index.graph(), 'json')).getNodeAttribute('C/bell.md', 'title')).toBe('ring\u0007the\u0000bell');
  });

  it('include a lone surrogate but not an emoji\'s surrogate pair', () => {
    expect(escapeXml('a\uD83Db \uDC1F c 🐟')).toBe('a\uFFFDb \uFFFD c 🐟');
  });

  it('leave tab, newline and carriage return as character references', () => {
    expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });
});
