/**
 * "Copy research prompt" in Chromium with a real clipboard: what lands there is
 * exactly what the CLI prints; a clipboard that refuses gets the fallback modal.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { VIEW_LINES } from '../../src/views/view-types';
import { cli } from './harness/cli';
import { closeChecked, disconnect, openSession, screenshotPath, waitForView, type Session } from './harness/session';

const LINE = 'Lines/Post-training.md';

/** What `node dist/cli.js prompt` prints for the line, byte for byte. */
const printed = (): string => cli('prompt', LINE);

/** Makes every clipboard write fail, as a browser without permission or focus does. */
const REFUSING_CLIPBOARD = `
  navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
`;

let session: Session;

afterEach(() => closeChecked(session));
afterAll(disconnect);

const clipboardText = (): Promise<string> => session.page.evaluate(() => navigator.clipboard.readText());

describe('copying a research prompt in a browser', () => {
  it('leaves in the clipboard exactly what `node dist/cli.js prompt` prints', async () => {
    session = await openSession({ open: LINE, views: [VIEW_LINES] });
    const view = await waitForView(session, VIEW_LINES);
    await session.page.evaluate(() => navigator.clipboard.writeText('something copied earlier'));

    await view.getByRole('button', { name: 'Copy research prompt' }).click();

    await expect.poll(clipboardText).not.toBe('something copied earlier');
    expect(await clipboardText()).toBe(printed());
    await expect(session.page.evaluate(() => window.harness.notices())).resolves.toContainEqual(expect.stringMatching(/^Research prompt copied/));
    await expect(session.page.locator('.modal-container').count()).resolves.toBe(0);
  });

  it('copies the same prompt from the command palette while the line is open', async () => {
    session = await openSession({ open: LINE });
    await session.page.evaluate(() => window.harness.runCommand('copy-research-prompt'));
    await expect.poll(clipboardText).not.toBe('');
    expect(await clipboardText()).toBe(printed());
  });

  it('opens the prompt in a modal, selected for Ctrl+C, when the clipboard refuses', async () => {
    session = await openSession({ open: LINE, views: [VIEW_LINES], initScript: REFUSING_CLIPBOARD });
    const view = await waitForView(session, VIEW_LINES);

    await view.getByRole('button', { name: 'Copy research prompt' }).click();

    const modal = session.page.locator('.modal-container');
    await modal.waitFor();
    const area = modal.locator('textarea');
    expect(await area.inputValue()).toBe(printed());
    // The whole prompt is selected and focused, so one keystroke copies it.
    const selection = await area.evaluate((el: HTMLTextAreaElement) => ({
      start: el.selectionStart,
      end: el.selectionEnd,
      length: el.value.length,
      focused: document.activeElement === el,
    }));
    expect(selection).toEqual({ start: 0, end: selection.length, length: selection.length, focused: true });
    await expect(session.page.evaluate(() => window.harness.notices())).resolves.toContainEqual(expect.stringMatching(/clipboard refused/i));
    await expect(modal.screenshot({ path: screenshotPath('prompt-fallback-light') })).resolves.toBeTruthy();
  });
});
