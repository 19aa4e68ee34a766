/** The playground's toolbar: pick a note, switch the theme, run the plugin's commands, open its settings. */
import type * as O from 'obsidian';
import { Modal, openModals } from '../../stubs/obsidian';
import type { Harness } from './page';
import type { HarnessVault } from './vault-data';

/** Shows the plugin's settings tab in a modal, standing in for Obsidian's settings window. */
function openSettings(harness: Harness): void {
  const tab = harness.plugin?.settingTabs[0];
  if (!tab || !harness.app) return;
  const modal = new Modal(harness.app as unknown as O.App);
  modal.setTitle('Inquiring Lines settings');
  modal.modalEl.addClass('harness-settings');
  modal.contentEl.appendChild(tab.containerEl);
  modal.onClose = () => tab.hide();
  modal.open();
  tab.display();
}

/** Escape, or a click beside the dialog, closes the newest modal, as in Obsidian. */
function closeModalsLikeObsidian(): void {
  const closeNewest = (): void => openModals.at(-1)?.close();
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeNewest();
  });
  document.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.classList.contains('modal-container')) closeNewest();
  });
}

/** Draws the toolbar at the top of the page. */
export function renderControls(harness: Harness, vault: HarnessVault): void {
  const bar = document.getElementById('harness-toolbar');
  if (!bar) return;
  bar.empty();
  const picker = bar.createEl('select', { cls: 'dropdown', attr: { 'aria-label': 'Open a note' } });
  for (const file of vault.files.filter((f) => f.path.endsWith('.md'))) {
    picker.createEl('option', { text: file.path, value: file.path });
  }
  picker.value = harness.activeFile() ?? '';
  picker.addEventListener('change', () => void harness.open(picker.value));
  harness.app?.workspace.on('file-open', () => {
    picker.value = harness.activeFile() ?? '';
  });

  const theme = bar.createEl('button', { text: 'Dark theme', attr: { type: 'button' } });
  theme.addEventListener('click', () => {
    const dark = !document.body.hasClass('theme-dark');
    harness.setTheme(dark ? 'dark' : 'light');
    theme.setText(dark ? 'Light theme' : 'Dark theme');
  });

  // One menu rather than a button each, so the toolbar stays one row, like a command palette.
  const commands = bar.createEl('select', { cls: 'dropdown', attr: { 'aria-label': 'Run a command' } });
  commands.createEl('option', { text: 'Run a command…', value: '' });
  for (const command of harness.commands()) commands.createEl('option', { text: command.name, value: command.id });
  commands.addEventListener('change', () => {
    const id = commands.value;
    commands.value = '';
    if (id) void harness.runCommand(id);
  });
  closeModalsLikeObsidian();
  if (harness.plugin?.settingTabs.length) {
    bar.createEl('button', { text: 'Settings', attr: { type: 'button' } }).addEventListener('click', () => openSettings(harness));
  }
}
