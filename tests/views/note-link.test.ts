// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { renderNoteLink, wikiLinkFor } from '../../src/views/note-link';
import { LinesView } from '../../src/views/lines-view';
import { VIEW_LINES } from '../../src/views/view-types';
import { fakeServices, openView } from './harness';
import { smallVault } from './small-vault';

afterEach(() => {
  document.body.empty();
});

describe('the link dropped by dragging a note', () => {
  it('names the note by path without .md and shows its title', () => {
    expect(wikiLinkFor('Concepts/Learning mechanics.md', 'Can deep learning theory unify?')).toBe('[[Concepts/Learning mechanics|Can deep learning theory unify?]]');
  });

  it('keeps brackets and pipes of a title from breaking the link', () => {
    expect(wikiLinkFor('C/x.md', 'A [[weird]] | title')).toBe('[[C/x|A weird title]]');
  });

  it('leaves out a title that says nothing more than the path', () => {
    expect(wikiLinkFor('Notes/plain.md', 'Notes/plain')).toBe('[[Notes/plain]]');
  });
});

describe('a note link', () => {
  it('is an internal link with the title as text, even when the title is markup', () => {
    const parent = document.createElement('div');
    const link = renderNoteLink(parent, { path: 'C/x.md', title: '<img src=x onerror=alert(1)>' });
    expect(parent.querySelector('img')).toBeNull();
    expect(link.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(link.classList.contains('internal-link')).toBe(true);
    expect(link.dataset.href).toBe('C/x.md');
    expect(link.getAttribute('draggable')).toBe('true');
  });

  it('drags as a wiki-link to the note', async () => {
    const { content } = await openView((leaf, s) => new LinesView(leaf, s), fakeServices(smallVault().index), 'L/line.md');
    const link = [...content.querySelectorAll<HTMLAnchorElement>('.inquiring-lines-sources a')].find((a) => a.textContent === 'Beta')!;
    const data = new Map<string, string>();
    const event = new Event('dragstart', { bubbles: true }) as DragEvent;
    Object.defineProperty(event, 'dataTransfer', { value: { setData: (type: string, value: string) => data.set(type, value), effectAllowed: 'all' } });
    link.dispatchEvent(event);
    expect(data.get('text/plain')).toBe('[[C/beta|Beta]]');
  });

  it('asks Obsidian for a hover preview under the view\'s type', async () => {
    const { content, workspace, view } = await openView((leaf, s) => new LinesView(leaf, s), fakeServices(smallVault().index), 'L/line.md');
    const link = [...content.querySelectorAll<HTMLAnchorElement>('.inquiring-lines-sources a')].find((a) => a.textContent === 'Beta')!;
    const seen: unknown[] = [];
    workspace.on('hover-link', (payload) => seen.push(payload));
    link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(seen).toEqual([{ event: expect.any(MouseEvent), source: VIEW_LINES, hoverParent: view, targetEl: link, linktext: 'C/beta.md', sourcePath: '' }]);
  });
});
