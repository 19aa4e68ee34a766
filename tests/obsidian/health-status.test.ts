// @vitest-environment happy-dom
import type * as O from 'obsidian';
import { describe, expect, it, vi } from 'vitest';
import { attachErrorStatus, errorStatusText } from '../../src/obsidian/health-status';
import { vault, type TestNote } from '../helpers/vault';
import { Component } from '../stubs/obsidian';
import { fakeServices } from '../views/harness';

const TWO_ERRORS: Record<string, TestNote> = {
  'C/a.md': { fm: { corpus: 'concept', title: 'Alpha', related: ['[[C/missing]] adjacent: gone'] } },
  'P/p.md': { fm: { corpus: 'paper', title: 'A paper', arxiv: 'not-an-id' } },
  'L/l.md': { fm: { corpus: 'line', title: 'A line with nothing' } },
};

function attach(notes: Record<string, TestNote>, ready = true) {
  const { index } = vault(notes);
  const services = fakeServices(index);
  services.ready = ready;
  const owner = new Component();
  owner.load();
  const item = document.body.createDiv();
  const open = vi.fn();
  attachErrorStatus(owner as unknown as O.Component, item, services, open);
  return { index, services, owner, item, open };
}

describe('the status-bar count of corpus errors', () => {
  it('says how many errors, and nothing when there are none', () => {
    expect(errorStatusText(0)).toBe('');
    expect(errorStatusText(1)).toBe('1 corpus error');
    expect(errorStatusText(2)).toBe('2 corpus errors');
    expect(errorStatusText(12345)).toBe('12,345 corpus errors');
  });

  it('counts errors only, not warnings', () => {
    const { item } = attach(TWO_ERRORS);
    expect(item.textContent).toBe('2 corpus errors');
    expect(item.isShown()).toBe(true);
  });

  it('hides when the corpus has no error, and while the vault is being read', () => {
    expect(attach({ 'L/l.md': TWO_ERRORS['L/l.md'] }).item.isShown()).toBe(false);
    expect(attach(TWO_ERRORS, false).item.isShown()).toBe(false);
  });

  it('follows the index after each batch of changes', () => {
    const { index, services, item } = attach(TWO_ERRORS);
    index.upsert({ path: 'P/p.md', frontmatter: { corpus: 'paper', title: 'A paper', arxiv: '2401.11817' }, links: [] });
    services.bump();
    expect(item.textContent).toBe('1 corpus error');
    index.remove('C/a.md');
    services.bump();
    expect(item.isShown()).toBe(false);
  });

  it('opens the corpus health view when clicked, and stops listening once unloaded', () => {
    const { item, open, owner, services, index } = attach(TWO_ERRORS);
    item.click();
    expect(open).toHaveBeenCalledTimes(1);
    owner.unload();
    index.remove('C/a.md');
    services.bump();
    item.click();
    expect(item.textContent).toBe('2 corpus errors');
    expect(open).toHaveBeenCalledTimes(1);
  });
});
