// @vitest-environment happy-dom
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build';
import { readVault } from '../../src/cli/read-vault';
import { BacklinksView } from '../../src/views/backlinks-view';
import { vault, type TestNote } from '../helpers/vault';
import { fakeServices, openView, textOf } from './harness';
import type { CorpusIndex } from '../../src/core/graph/corpus-index';

/** Concept A relates to the target and cites the paper; a line cites the target; a plain note links it twice. */
const NOTES: Record<string, TestNote> = {
  'C/target.md': { fm: { corpus: 'concept', title: 'Target' } },
  'C/a.md': { fm: { corpus: 'concept', title: 'Concept A', papers: ['[[P/paper]]'], related: ['[[C/target]] extends: goes further'] } },
  'C/b.md': { fm: { corpus: 'concept', title: 'Concept B', papers: ['[[P/paper]]'] } },
  'L/one.md': { fm: { corpus: 'line', title: 'Line one', sources: ['[[C/target]]', '[[C/a]]'], prompt: { anchors: ['[[P/paper]]'] } } },
  'L/two.md': { fm: { corpus: 'line', title: 'Line two', sources: ['[[C/a]]'], next: ['[[L/one]]'] } },
  'P/paper.md': { fm: { corpus: 'paper', title: 'The paper', arxiv: '2401.00001' } },
  'N/plain.md': { fm: { see_also: '[[C/target]]' }, links: ['C/target'] },
};

async function open(active: string, index: CorpusIndex = vault(NOTES).index) {
  return openView((leaf, s) => new BacklinksView(leaf, s), fakeServices(index), active);
}

/** Each group's heading and the titles listed under it. */
function groups(content: HTMLElement): { heading: string; titles: string[] }[] {
  return [...content.querySelectorAll('.inquiring-lines-backlink-group')].map((group) => ({
    heading: textOf(group.querySelector('h5')),
    titles: [...group.querySelectorAll('li a')].map((a) => textOf(a)),
  }));
}

afterEach(() => {
  document.body.empty();
});

describe('the source back-links view', () => {
  it('groups the notes linking here by how, with counts, notes outside the corpus included', async () => {
    const { content } = await open('C/target.md');
    expect(textOf(content.querySelector('.inquiring-lines-backlink-all > h4'))).toBe('Notes linking here 3');
    expect(groups(content)).toEqual([
      { heading: 'Lines citing it as a source 1', titles: ['Line one'] },
      { heading: 'Concepts relating to it 1', titles: ['Concept A'] },
      { heading: 'Linked in the text 1', titles: ['plain'] },
      { heading: 'Linked under other properties 1', titles: ['plain'] },
    ]);
    const plain = content.querySelector('.inquiring-lines-how-property li');
    expect(textOf(plain?.querySelector('.inquiring-lines-kind'))).toBe('Outside the corpus');
    expect(textOf(plain?.querySelector('.inquiring-lines-tag'))).toBe('see_also');
  });

  it('for a paper, lists the concepts and anchoring lines, then the lines reached through its concepts', async () => {
    const { content } = await open('P/paper.md');
    expect(groups(content)).toEqual([
      { heading: 'Concepts drawing on it as a paper 2', titles: ['Concept A', 'Concept B'] },
      { heading: 'Lines anchored on it 1', titles: ['Line one'] },
    ]);
    const up = content.querySelector('.inquiring-lines-up')!;
    expect(textOf(up.querySelector('h4'))).toBe('Up to the lines 2');
    expect([...up.querySelectorAll('li')].map((li) => [textOf(li.querySelector('a')), textOf(li.querySelector('.inquiring-lines-through'))])).toEqual([
      ['Line one', 'Through Concept A'],
      ['Line two', 'Through Concept A'],
    ]);
  });

  it('lists the lines pointing to a line as next', async () => {
    const { content } = await open('L/one.md');
    expect(groups(content)).toEqual([{ heading: 'Lines leading to it 1', titles: ['Line two'] }]);
    expect(content.querySelector('.inquiring-lines-up')).toBeNull();
  });

  it('says when nothing links here', async () => {
    const { content } = await open('L/two.md');
    expect(textOf(content.querySelector('.inquiring-lines-backlink-all > h4'))).toBe('Notes linking here 0');
    expect(textOf(content)).toContain('No note links here yet.');
  });

  it('finds the reading list and the concepts relating to learning mechanics in the example vault', async () => {
    const contents = await readVault(join(import.meta.dirname, '../../example-vault'));
    const { index } = buildIndex(contents.inputs, contents.files);
    const { content } = await open('Concepts/Learning mechanics.md', index);
    const byHeading = new Map(groups(content).map((g) => [g.heading.replace(/ \d+$/, ''), g.titles]));
    expect(byHeading.get('Linked under other properties')).toEqual(['Reading list']);
    expect(byHeading.get('Linked in the text')).toContain('Reading list');
    // Six concepts relate themselves to it in Concepts/, one more in Mistakes/ with an unquoted link.
    expect(byHeading.get('Concepts relating to it')).toHaveLength(7);
  });
});
