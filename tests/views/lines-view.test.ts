// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { LinesView } from '../../src/views/lines-view';
import { vault, type TestNote } from '../helpers/vault';
import { click, fakeServices, openView, partsOf, textOf } from './harness';

/** Seven lines draw on the hub concept; the "ordered" line cites three concepts out of alphabetical order. */
function corpus(): Record<string, TestNote> {
  const notes: Record<string, TestNote> = {
    'C/hub.md': { fm: { corpus: 'concept', title: 'Hub concept', papers: ['[[P/paper]]'] } },
    'C/zeta.md': { fm: { corpus: 'concept', title: 'Zeta', question: 'Does zeta hold?', claim: 'Zeta holds.', summary: 'Zeta, summarised.' } },
    'C/alpha.md': { fm: { corpus: 'concept', title: 'Alpha', summary: 'Alpha, summarised.' } },
    'C/mid.md': { fm: { corpus: 'concept', title: 'Mid', claim: 'Mid is in the middle.' } },
    'C/lonely.md': { fm: { corpus: 'concept', title: 'Lonely' } },
    'P/paper.md': { fm: { corpus: 'paper', title: 'A paper', year: 2024, arxiv: '2401.00001' } },
    'L/ordered.md': {
      fm: {
        corpus: 'line',
        title: 'Which comes first?',
        gloss: 'Asks about order.',
        sources: ['[[C/zeta]]', '[[C/alpha]]', '[[C/mid]]'],
        next: ['[[L/line-3]]', '[[L/line-1]]'],
      },
    },
    'L/empty.md': { fm: { corpus: 'line', title: 'A line with nothing yet' } },
  };
  for (let i = 1; i <= 7; i++) {
    notes[`L/line-${i}.md`] = { fm: { corpus: 'line', title: `Line ${i}?`, gloss: `Gloss of line ${i}.`, sources: ['[[C/hub]]'] } };
  }
  return notes;
}

async function open(active: string | null) {
  const services = fakeServices(vault(corpus()).index);
  return { services, ...(await openView((leaf, s) => new LinesView(leaf, s), services, active)) };
}

afterEach(() => {
  document.body.empty();
});

describe('the lines a concept feeds', () => {
  it('counts them as the concept page does, each with its gloss', async () => {
    const { content } = await open('C/hub.md');
    expect(textOf(content.querySelector('.inquiring-lines-section-title'))).toBe('Inquiring lines that use this note as a source 7');
    const rows = [...content.querySelectorAll('.inquiring-lines-using li')];
    expect(rows).toHaveLength(7);
    expect(partsOf(rows[0])).toEqual(['Line 1?', 'Gloss of line 1.', 'Copy research prompt']);
  });

  it('copies a line\'s research prompt from its button', async () => {
    const { content, services } = await open('C/hub.md');
    const row = [...content.querySelectorAll('.inquiring-lines-using li')].find((li) => textOf(li.querySelector('a')) === 'Line 4?');
    click(row!.querySelector('button')!);
    expect(services.copyPrompt).toHaveBeenCalledWith('L/line-4.md');
    expect(services.openNote).not.toHaveBeenCalled();
  });

  it('says when no line uses the concept', async () => {
    const { content } = await open('C/lonely.md');
    expect(textOf(content.querySelector('.inquiring-lines-section-title'))).toBe('Inquiring lines that use this note as a source 0');
    expect(textOf(content.querySelector('.inquiring-lines-using'))).toContain('No inquiring line uses this note as a source yet.');
  });

  it('for a paper, names the concepts the lines reach it through', async () => {
    const { content } = await open('P/paper.md');
    expect(textOf(content.querySelector('.inquiring-lines-section-title'))).toBe('Inquiring lines that draw on this paper 7');
    const first = content.querySelector('.inquiring-lines-using li');
    expect(textOf(first?.querySelector('.inquiring-lines-through'))).toBe('Through Hub concept');
  });
});

describe('a line', () => {
  it('lists its sources in the order given, each with its question, claim and summary', async () => {
    const { content } = await open('L/ordered.md');
    const sources = content.querySelector('.inquiring-lines-sources')!;
    expect(textOf(sources.querySelector('h4'))).toBe('Sources 3');
    expect([...sources.querySelectorAll('li')].map((li) => partsOf(li))).toEqual([
      ['Zeta', 'Does zeta hold?', 'Claim: Zeta holds.', 'Zeta, summarised.'],
      ['Alpha', 'Alpha, summarised.'],
      ['Mid', 'Claim: Mid is in the middle.'],
    ]);
    expect(sources.querySelector('ol')).not.toBeNull();
  });

  it('lists its next lines in the order given', async () => {
    const { content } = await open('L/ordered.md');
    expect(textOf(content.querySelector('.inquiring-lines-next h4'))).toBe('Next lines 2');
    expect([...content.querySelectorAll('.inquiring-lines-next li')].map((li) => textOf(li))).toEqual(['Line 3?', 'Line 1?']);
  });

  it('shows its research prompt folded, with a copy button', async () => {
    const { content, services } = await open('L/ordered.md');
    const details = content.querySelector<HTMLDetailsElement>('.inquiring-lines-prompt details');
    expect(details?.open).toBe(false);
    expect(details?.querySelector('pre')?.textContent).toBe(services.promptFor('L/ordered.md'));
    expect(details?.querySelector('pre')?.textContent).toContain('Zeta holds.');
    click(content.querySelector('.inquiring-lines-prompt button')!);
    expect(services.copyPrompt).toHaveBeenCalledWith('L/ordered.md');
  });

  it('says when it has no sources', async () => {
    const { content } = await open('L/empty.md');
    expect(textOf(content.querySelector('.inquiring-lines-sources h4'))).toBe('Sources 0');
    expect(textOf(content.querySelector('.inquiring-lines-sources'))).toContain('This line has no sources yet');
  });

  it('opens a source on click, in a new tab on Mod-click, and on middle click', async () => {
    const { content, services } = await open('L/ordered.md');
    const link = [...content.querySelectorAll('.inquiring-lines-sources a')].find((a) => textOf(a) === 'Alpha')!;
    const plain = click(link);
    expect(plain.defaultPrevented).toBe(true);
    expect(services.openNote).toHaveBeenLastCalledWith('C/alpha.md', plain);
    click(link, { metaKey: true });
    expect(services.openNote.mock.calls[1]?.[1]).toMatchObject({ metaKey: true });
    link.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }));
    expect(services.openNote).toHaveBeenCalledTimes(3);
    expect(services.openNote.mock.calls[2]?.[1]).toMatchObject({ button: 1 });
  });
});
