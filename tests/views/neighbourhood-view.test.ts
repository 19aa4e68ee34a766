// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { NeighbourhoodView } from '../../src/views/neighbourhood-view';
import { VIEW_NEIGHBOURHOOD } from '../../src/views/view-types';
import { vault } from '../helpers/vault';
import { click, fakeServices, openView, partsOf, textOf, type FakeServices } from './harness';
import { SMALL_VAULT, smallVault } from './small-vault';

const ALPHA = 'C/alpha.md';

async function open(services: FakeServices = fakeServices(smallVault().index), active: string | null = ALPHA) {
  return openView((leaf, s) => new NeighbourhoodView(leaf, s), services, active);
}

/** The paths of the graph's nodes, the centre marked with a star. */
function nodesOf(content: HTMLElement): string[] {
  return [...content.querySelectorAll('svg .inquiring-lines-node')]
    .map((g) => `${g.getAttribute('data-href')}${g.classList.contains('inquiring-lines-node-center') ? '*' : ''}`)
    .sort();
}

function node(content: HTMLElement, path: string): Element {
  const found = content.querySelector(`svg [data-href="${path}"]`);
  if (!found) throw new Error(`no node for ${path}`);
  return found;
}

function button(content: HTMLElement, text: string): HTMLButtonElement | undefined {
  return [...content.querySelectorAll('button')].find((b) => textOf(b) === text);
}

afterEach(() => {
  document.body.empty();
});

describe('the neighbourhood graph', () => {
  it('draws the centre and one node per neighbour, the centre larger', async () => {
    const { content } = await open();
    // Alpha relates to Beta, Gamma, Delta, cites P/sparse and is a source of L/line; the plain note is left out.
    expect(nodesOf(content)).toEqual(['C/alpha.md*', 'C/beta.md', 'C/delta.md', 'C/gamma.md', 'L/line.md', 'P/sparse.md']);
    const radius = (path: string): number => Number(node(content, path).querySelector('circle')?.getAttribute('r'));
    expect(radius(ALPHA)).toBeGreaterThan(Math.max(radius('C/beta.md'), radius('L/line.md'), radius('P/sparse.md')));
  });

  it('colours nodes by kind and gives each a short label with the full title as tooltip', async () => {
    const { content } = await open();
    expect(node(content, 'P/sparse.md').classList.contains('inquiring-lines-node-paper')).toBe(true);
    expect(node(content, 'L/line.md').classList.contains('inquiring-lines-node-line')).toBe(true);
    const paper = node(content, 'P/sparse.md');
    expect(textOf(paper.querySelector('title'))).toBe('Weight-sparse transformers have readable circuits');
    const label = textOf(paper.querySelector('text'));
    expect(label.endsWith('…')).toBe(true);
    expect(label.length).toBeLessThan('Weight-sparse transformers have readable circuits'.length);
  });

  it('colours related edges by the first word of their relation', async () => {
    const { content } = await open();
    const edge = (target: string): Element | null => content.querySelector(`line[data-source="${ALPHA}"][data-target="${target}"]`);
    expect(edge('C/beta.md')?.getAttribute('data-relation')).toBe('adjacent');
    expect(edge('C/gamma.md')?.getAttribute('data-relation')).toBe('adjacent');
    expect(edge('C/beta.md')?.getAttribute('class')).toBe(edge('C/gamma.md')?.getAttribute('class'));
    expect(edge('C/delta.md')?.getAttribute('data-relation')).toBe('exemplifies');
    expect(edge('P/sparse.md')?.classList.contains('inquiring-lines-edge-paper')).toBe(true);
  });

  it('walks to a clicked node without opening it, and comes back', async () => {
    const services = fakeServices(smallVault().index);
    const { content } = await open(services);
    click(node(content, 'C/beta.md'));
    expect(services.openNote).not.toHaveBeenCalled();
    // Beta's own neighbourhood: Alpha relates to it, it extends to Epsilon, the line cites it.
    expect(nodesOf(content)).toEqual(['C/alpha.md', 'C/beta.md*', 'C/epsilon.md', 'L/line.md']);
    expect(textOf(content.querySelector('.inquiring-lines-header-title'))).toBe('Beta');
    expect(textOf(content.querySelector('.inquiring-lines-related'))).toContain('Epsilon');

    click(node(content, 'C/epsilon.md'));
    expect(textOf(content.querySelector('.inquiring-lines-header-title'))).toBe('Epsilon');
    click(button(content, 'Back')!);
    expect(textOf(content.querySelector('.inquiring-lines-header-title'))).toBe('Beta');
    click(button(content, 'Back to active note')!);
    expect(nodesOf(content)).toContain('C/alpha.md*');
    expect(button(content, 'Back to active note')).toBeUndefined();
  });

  it('opens the centre on click, in a new tab on Mod-click', async () => {
    const services = fakeServices(smallVault().index);
    const { content } = await open(services);
    const plain = click(node(content, ALPHA));
    expect(services.openNote).toHaveBeenLastCalledWith(ALPHA, plain);
    click(node(content, ALPHA), { ctrlKey: true });
    expect(services.openNote).toHaveBeenCalledTimes(2);
    expect(services.openNote.mock.calls[1]?.[1]).toMatchObject({ ctrlKey: true });
  });

  it('opens a walked-to centre, and shows the centre in the graph through "Open in graph"', async () => {
    const services = fakeServices(smallVault().index);
    const { content } = await open(services);
    click(node(content, 'C/beta.md'));
    click(button(content, 'Open in graph')!);
    expect(services.revealInGraph).toHaveBeenCalledWith('C/beta.md');
    click(node(content, 'C/beta.md'));
    expect(services.openNote).toHaveBeenCalledWith('C/beta.md', expect.anything());
  });

  it('walks with the keyboard too', async () => {
    const { content } = await open();
    node(content, 'C/delta.md').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(textOf(content.querySelector('.inquiring-lines-header-title'))).toBe('Delta');
  });

  it('forgets the walk when another note becomes active', async () => {
    const { content, workspace } = await open();
    click(node(content, 'C/beta.md'));
    workspace.openFile('C/gamma.md');
    expect(textOf(content.querySelector('.inquiring-lines-header-title'))).toBe('Gamma');
    expect(button(content, 'Back to active note')).toBeUndefined();
  });
});

describe('the depth and limit controls', () => {
  it('reaches further at depth 2 and keeps the choice in the view state', async () => {
    const { content, view, workspace } = await open();
    expect(nodesOf(content)).not.toContain('C/epsilon.md');
    const depth = content.querySelector<HTMLSelectElement>('select[data-control="depth"]')!;
    depth.value = '2';
    depth.dispatchEvent(new Event('change', { bubbles: true }));
    expect(nodesOf(content)).toContain('C/epsilon.md');
    expect(view.getState()).toMatchObject({ depth: 2 });
    expect(workspace.requestSaveLayout).toHaveBeenCalled();
  });

  it('defaults to the settings and restores a saved limit', async () => {
    const services = fakeServices(smallVault().index, { neighbourhoodLimit: 2 });
    const { content, view } = await open(services);
    expect(content.querySelector<HTMLSelectElement>('select[data-control="limit"]')?.value).toBe('2');
    expect(nodesOf(content)).toHaveLength(3);
    expect(view.getState()).not.toHaveProperty('limit');
    await view.setState({ limit: 4 }, { history: false });
    expect(nodesOf(content)).toHaveLength(5);
    expect(view.getState()).toMatchObject({ limit: 4 });
  });

  it('ignores a saved depth out of range', async () => {
    const { view, content } = await open();
    await view.setState({ depth: 9 }, { history: false });
    expect(content.querySelector<HTMLSelectElement>('select[data-control="depth"]')?.value).toBe('1');
  });
});

describe('the lists under the graph', () => {
  it('groups related concepts by the first word of their relation, each with its question and why', async () => {
    const { content } = await open();
    const related = content.querySelector('.inquiring-lines-related')!;
    expect(textOf(related.querySelector('.inquiring-lines-section-title'))).toBe('Related concepts 3');
    const groups = [...related.querySelectorAll('.inquiring-lines-relation-group')].map((g) => ({
      heading: textOf(g.querySelector('h5')),
      items: [...g.querySelectorAll('li')].map((li) => partsOf(li)),
    }));
    expect(groups).toEqual([
      {
        heading: 'adjacent 2',
        items: [
          ['Beta', 'Can weights be read directly?', 'adjacent: both read circuits from weights'],
          ['Gamma', 'adjacent framing: the same circuits seen from the data side'],
        ],
      },
      { heading: 'exemplifies 1', items: [['Delta', 'exemplifies: a case of sparsity helping reading']] },
    ]);
  });

  it('lists a concept that relates itself to this one, marked as linking here', async () => {
    const services = fakeServices(smallVault().index);
    const { content, workspace } = await open(services);
    workspace.openFile('C/beta.md');
    const rows = [...content.querySelectorAll('.inquiring-lines-related li')].map((li) => partsOf(li));
    expect(rows).toEqual([
      ['Epsilon', 'extends: further along'],
      [
        'Alpha: does sparse training find circuits?',
        'links here',
        'Do sparse networks trained from scratch expose their circuits?',
        'adjacent: both read circuits from weights',
      ],
    ]);
  });

  it('leaves the related concepts out for a line, which has none', async () => {
    const { content } = await open(undefined, 'L/line.md');
    expect(content.querySelector('svg')).not.toBeNull();
    expect(content.querySelector('.inquiring-lines-related')).toBeNull();
  });

  it('lists related papers with their score and a mark on those the note links', async () => {
    const { content } = await open();
    const papers = [...content.querySelectorAll('.inquiring-lines-papers li')];
    const byTitle = new Map(papers.map((li) => [textOf(li.querySelector('a')), li]));
    const linked = byTitle.get('Weight-sparse transformers have readable circuits');
    const unlinked = byTitle.get('Sparse circuits in small transformers');
    expect(linked?.querySelector('.inquiring-lines-linked')).not.toBeNull();
    expect(unlinked?.querySelector('.inquiring-lines-linked')).toBeNull();
    for (const li of [linked, unlinked]) {
      const score = Number(textOf(li?.querySelector('.inquiring-lines-score')));
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    // A paper about protein folding shares no word with Alpha.
    expect(byTitle.has('Protein folding kinetics')).toBe(false);
  });
});

describe('what the view shows instead', () => {
  it('says when no note is active', async () => {
    const { content } = await open(undefined, null);
    expect(textOf(content)).toContain('No active note');
  });

  it('says when the note is outside the corpus', async () => {
    const { content } = await open(undefined, 'N/plain.md');
    expect(textOf(content)).toContain('“plain” is outside the corpus');
    expect(content.querySelector('svg')).toBeNull();
  });

  it('says the corpus is being indexed until it is ready', async () => {
    const services = fakeServices(smallVault().index);
    services.ready = false;
    const { content } = await open(services);
    expect(textOf(content)).toBe('Indexing the corpus…');
    services.ready = true;
    services.bump();
    expect(content.querySelector('svg')).not.toBeNull();
  });

  it('shows a title holding markup as text', async () => {
    const notes = { ...SMALL_VAULT, 'C/beta.md': { fm: { corpus: 'concept', title: '<img src=x onerror=alert(1)>' } } };
    const { content } = await open(fakeServices(vault(notes).index));
    expect(content.querySelector('img')).toBeNull();
    expect(textOf(node(content, 'C/beta.md').querySelector('title'))).toBe('<img src=x onerror=alert(1)>');
    expect(textOf(content.querySelector('.inquiring-lines-related'))).toContain('<img src=x onerror=alert(1)>');
  });

  it('reports hover previews under its own view type', async () => {
    const { content, workspace, view } = await open();
    const seen: unknown[] = [];
    workspace.on('hover-link', (payload) => seen.push(payload));
    node(content, 'C/beta.md').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(seen).toEqual([expect.objectContaining({ source: VIEW_NEIGHBOURHOOD, linktext: 'C/beta.md', hoverParent: view })]);
  });
});
