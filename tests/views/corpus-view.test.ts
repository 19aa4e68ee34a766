// @vitest-environment happy-dom
import { join } from 'node:path';
import type { WorkspaceLeaf } from 'obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../src/core/build';
import { readVault } from '../../src/cli/read-vault';
import type { CorpusServices } from '../../src/obsidian/services';
import { BacklinksView } from '../../src/views/backlinks-view';
import type { CorpusView } from '../../src/views/corpus-view';
import { LinesView } from '../../src/views/lines-view';
import { NeighbourhoodView } from '../../src/views/neighbourhood-view';
import { vault } from '../helpers/vault';
import { fileAt } from '../stubs/obsidian';
import { fakeServices, openView, textOf, type FakeServices } from './harness';
import { SMALL_VAULT, smallVault } from './small-vault';

async function openLines(services: FakeServices = fakeServices(smallVault().index), active: string | null = 'C/alpha.md') {
  const opened = await openView((leaf, s) => new LinesView(leaf, s), services, active);
  const render = vi.spyOn(opened.view as unknown as { render(): void }, 'render');
  return { ...opened, services, render };
}

const heading = (content: HTMLElement): string => textOf(content.querySelector('.inquiring-lines-header-title'));

afterEach(() => {
  document.body.empty();
});

describe('when a view redraws', () => {
  it('redraws when the revision moves, not when an update leaves it where it was', async () => {
    const { services, render } = await openLines();
    services.notify();
    expect(render).not.toHaveBeenCalled();
    services.bump();
    expect(render).toHaveBeenCalledTimes(1);
    services.notify();
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('shows what changed in the index after the revision moves', async () => {
    const { index } = smallVault();
    const services = fakeServices(index);
    const { content } = await openLines(services, 'C/gamma.md');
    expect(textOf(content.querySelector('.inquiring-lines-section-title'))).toBe('Inquiring lines that use this note as a source 0');
    index.upsert({ path: 'L/new.md', frontmatter: { corpus: 'line', title: 'New line', sources: ['[[C/gamma]]'] }, links: [] });
    services.bump();
    expect(textOf(content.querySelector('.inquiring-lines-section-title'))).toBe('Inquiring lines that use this note as a source 1');
  });

  it('does not redraw while hidden, and catches up once when shown again', async () => {
    const { services, render, view, workspace, content } = await openLines(fakeServices(vault(SMALL_VAULT).index), 'C/gamma.md');
    view.containerEl.hide();
    services.index.upsert({ path: 'L/new.md', frontmatter: { corpus: 'line', title: 'New line', sources: ['[[C/gamma]]'] }, links: [] });
    services.bump();
    services.bump();
    workspace.openFile('C/gamma.md');
    expect(render).not.toHaveBeenCalled();
    view.containerEl.show();
    workspace.trigger('layout-change');
    expect(render).toHaveBeenCalledTimes(1);
    expect(textOf(content.querySelector('.inquiring-lines-section-title'))).toBe('Inquiring lines that use this note as a source 1');
    view.onResize();
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('catches up when Obsidian resizes it into view', async () => {
    const { services, render, view } = await openLines();
    view.containerEl.hide();
    services.bump();
    view.containerEl.show();
    view.onResize();
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('redraws when a setting it shows changes, though the revision stays', async () => {
    const services = fakeServices(smallVault().index);
    const opened = await openView((leaf, s) => new NeighbourhoodView(leaf, s), services, 'C/alpha.md');
    expect(opened.content.querySelectorAll('svg .inquiring-lines-node')).toHaveLength(6);
    services.current = { ...services.current, neighbourhoodLimit: 1 };
    services.notify();
    expect(opened.content.querySelectorAll('svg .inquiring-lines-node')).toHaveLength(2);
  });

  it('stops listening once closed', async () => {
    const { services, render, leaf, workspace, view } = await openLines();
    await leaf.detach();
    expect(view.contentEl.childElementCount).toBe(0);
    services.bump();
    workspace.openFile('C/beta.md');
    workspace.trigger('layout-change');
    expect(render).not.toHaveBeenCalled();
  });
});

describe('following the active note', () => {
  it('follows the note opened in the editor', async () => {
    const { content, workspace } = await openLines();
    expect(heading(content)).toBe('Alpha: does sparse training find circuits?');
    workspace.openFile('C/beta.md');
    expect(heading(content)).toBe('Beta');
  });

  it('keeps its note when the user clicks into the view itself', async () => {
    const { content, workspace, leaf, render } = await openLines();
    // Whatever the workspace reports as active then, the view's own leaf is no note to follow.
    workspace.activeFile = fileAt('C/beta.md');
    workspace.trigger('active-leaf-change', leaf);
    expect(heading(content)).toBe('Alpha: does sparse training find circuits?');
    expect(render).not.toHaveBeenCalled();
  });

  it('says there is no active note once an empty tab is opened', async () => {
    const { content, workspace } = await openLines();
    workspace.openFile(null);
    expect(textOf(content)).toContain('No active note');
  });
});

describe('every view', () => {
  const views: [string, (leaf: WorkspaceLeaf, services: CorpusServices) => CorpusView][] = [
    ['neighbourhood', (leaf, s) => new NeighbourhoodView(leaf, s)],
    ['lines', (leaf, s) => new LinesView(leaf, s)],
    ['back-links', (leaf, s) => new BacklinksView(leaf, s)],
  ];

  for (const [name, make] of views) {
    it(`${name}: shows a title holding markup as text`, async () => {
      const notes = {
        ...SMALL_VAULT,
        'C/alpha.md': { fm: { ...SMALL_VAULT['C/alpha.md'].fm, title: '<img src=x onerror=alert(1)>' } },
      };
      const { content } = await openView(make, fakeServices(vault(notes).index), 'C/alpha.md');
      expect(content.querySelector('img')).toBeNull();
      expect(heading(content)).toBe('<img src=x onerror=alert(1)>');
    });

    it(`${name}: says when the corpus is still being indexed`, async () => {
      const services = fakeServices(smallVault().index);
      services.ready = false;
      const { content } = await openView(make, services, 'C/alpha.md');
      expect(textOf(content)).toBe('Indexing the corpus…');
    });

    it(`${name}: says when the active file is outside the corpus`, async () => {
      const { content } = await openView(make, fakeServices(smallVault().index), 'attachments/figure.png');
      expect(textOf(content)).toContain('“figure.png” is outside the corpus');
    });
  }
});

describe('the example vault', () => {
  it('counts the seven lines that use learning mechanics as a source', async () => {
    const contents = await readVault(join(import.meta.dirname, '../../example-vault'));
    const { index } = buildIndex(contents.inputs, contents.files);
    const { content } = await openLines(fakeServices(index), 'Concepts/Learning mechanics.md');
    expect(textOf(content.querySelector('.inquiring-lines-section-title'))).toBe('Inquiring lines that use this note as a source 7');
    // Universal behaviors has no `sources` field: its body links stand in.
    expect([...content.querySelectorAll('.inquiring-lines-using li > a')].map((a) => textOf(a))).toContain(
      'Which hyperparameter theories best explain universal behaviors across neural networks?',
    );
  });
});
