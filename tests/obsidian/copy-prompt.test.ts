// @vitest-environment happy-dom
import type { App } from 'obsidian';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyResearchPrompt } from '../../src/obsidian/copy-prompt';
import { App as StubApp, noticeMessages, openModals } from '../stubs/obsidian';

const TEXT = `As a researcher, which findings still hold?\n\n${'• A finding (~2021).\n'.repeat(80)}\nCite arXiv IDs; flag anything you cannot ground in a real paper.\n`;
const app = new StubApp() as unknown as App;

/** Puts a clipboard on `navigator` (or takes it away with `null`). */
function clipboard(writeText: ((text: string) => Promise<void>) | null): ReturnType<typeof vi.fn> {
  const spy = vi.fn(writeText ?? (() => Promise.resolve()));
  Object.defineProperty(navigator, 'clipboard', { value: writeText ? { writeText: spy } : undefined, configurable: true });
  return spy;
}

const click = (el: Element | null | undefined): void => {
  if (!el) throw new Error('nothing to click');
  (el as HTMLElement).click();
};
const buttonNamed = (name: string): HTMLButtonElement | undefined =>
  [...document.querySelectorAll('button')].find((button) => button.textContent === name);
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  noticeMessages.length = 0;
});
afterEach(() => {
  for (const modal of [...openModals]) modal.close();
});

describe('copying a research prompt', () => {
  it('copies it in one action and says how long it is', async () => {
    const write = clipboard(() => Promise.resolve());
    await copyResearchPrompt(app, { text: TEXT, title: 'Average case', preview: false });
    expect(write).toHaveBeenCalledWith(TEXT);
    expect(openModals).toHaveLength(0);
    expect(TEXT.length).toBeGreaterThan(1000);
    expect(noticeMessages).toEqual([`Research prompt copied (${TEXT.length.toLocaleString('en-US')} characters)`]);
  });

  it('opens the text selected in a modal when the clipboard refuses', async () => {
    clipboard(() => Promise.reject(new Error('Document is not focused.')));
    await copyResearchPrompt(app, { text: TEXT, title: 'Average case', preview: false });
    expect(openModals).toHaveLength(1);
    const area = document.querySelector('textarea');
    expect(area?.value).toBe(TEXT);
    expect(area?.readOnly).toBe(true);
    expect([area?.selectionStart, area?.selectionEnd]).toEqual([0, TEXT.length]);
    expect(document.activeElement).toBe(area);
    expect(noticeMessages).toEqual([expect.stringContaining('press Ctrl+C (Cmd+C on a Mac)')]);
    expect(document.body.textContent).toContain('The clipboard refused the research prompt.');
  });

  it('does the same when there is no clipboard at all', async () => {
    clipboard(null);
    await copyResearchPrompt(app, { text: TEXT, title: 'Average case', preview: false });
    expect(openModals).toHaveLength(1);
    expect(document.querySelector('textarea')?.selectionEnd).toBe(TEXT.length);
  });

  it('shows the text first when the preview setting is on, and copies on the button', async () => {
    const write = clipboard(() => Promise.resolve());
    await copyResearchPrompt(app, { text: TEXT, title: 'Average case', preview: true });
    expect(write).not.toHaveBeenCalled();
    expect(openModals).toHaveLength(1);
    expect(document.querySelector('.modal-title')?.textContent).toBe('Research prompt');
    expect(document.body.textContent).toContain('The prompt of "Average case", as it will be copied.');
    expect(document.querySelector('textarea')?.value).toBe(TEXT);
    click(buttonNamed('Copy'));
    await flush();
    expect(write).toHaveBeenCalledWith(TEXT);
    expect(openModals).toHaveLength(0);
    expect(noticeMessages).toEqual([`Research prompt copied (${TEXT.length.toLocaleString('en-US')} characters)`]);
  });

  it('keeps the preview open with the text selected when the clipboard then refuses', async () => {
    clipboard(() => Promise.reject(new Error('denied')));
    await copyResearchPrompt(app, { text: TEXT, title: 'Average case', preview: true });
    const area = document.querySelector('textarea');
    expect([area?.selectionStart, area?.selectionEnd]).not.toEqual([0, TEXT.length]);
    click(buttonNamed('Copy'));
    await flush();
    expect(openModals).toHaveLength(1);
    expect([area?.selectionStart, area?.selectionEnd]).toEqual([0, TEXT.length]);
    expect(noticeMessages).toEqual([expect.stringContaining('The clipboard refused')]);
  });

  it('closes on its Close button', async () => {
    clipboard(() => Promise.resolve());
    await copyResearchPrompt(app, { text: TEXT, title: 'Average case', preview: true });
    click(buttonNamed('Close'));
    expect(openModals).toHaveLength(0);
    expect(document.querySelector('textarea')).toBeNull();
  });
});
