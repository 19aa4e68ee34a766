/**
 * The corpus health view: every problem of the corpus, grouped by code (with what
 * the code means) or by note, errors first; the counts of errors and warnings on
 * top; a row opens its note at the problem's line. It follows no note: it redraws
 * when the index moves and the view is visible.
 */
import { Keymap, TFile } from 'obsidian';
import { countOf, formatCount } from '../core/prompt/text';
import type { Problem } from '../core/types';
import { CorpusWideView } from './corpus-wide-view';
import { problemsText } from './problems-modal';
import { meaningOf } from './problem-codes';
import { renderEmptyState } from './view-parts';
import { VIEW_HEALTH } from './view-types';

/** How the problems are grouped. */
export type HealthGrouping = 'code' | 'note';

/** A group of problems: one code, or one note. */
export interface ProblemGroup {
  key: string;
  problems: Problem[];
  errors: number;
}

/** Rows drawn at most; a corpus with more says how many were left out. */
const MAX_ROWS = 2000;

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The problems grouped by code or by note. Groups with errors come first; codes
 * then go by how often they occur, notes by path. Inside a group the order of
 * `problems` (by path, field, code) is kept.
 */
export function groupProblems(problems: readonly Problem[], by: HealthGrouping): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    const key = by === 'code' ? problem.code : problem.path;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, problems: [], errors: 0 }));
    group.problems.push(problem);
    if (problem.severity === 'error') group.errors++;
  }
  return [...groups.values()].sort((a, b) =>
    Number(b.errors > 0) - Number(a.errors > 0)
    || (by === 'code' ? b.problems.length - a.problems.length : 0)
    || byKey(a.key, b.key));
}

/** Every problem of the corpus. */
export class HealthView extends CorpusWideView {
  private grouping: HealthGrouping = 'code';

  override getViewType(): string {
    return VIEW_HEALTH;
  }

  override getDisplayText(): string {
    return 'Corpus health';
  }

  override getIcon(): string {
    return 'stethoscope';
  }

  protected override optionsKey(): string {
    return this.grouping;
  }

  protected override onAction(action: string, target: HTMLElement, event: MouseEvent | KeyboardEvent): void {
    if (action === 'group' && (target.dataset.group === 'code' || target.dataset.group === 'note')) {
      this.grouping = target.dataset.group;
      this.refresh();
    } else if (action === 'open' && target.dataset.href) {
      const line = target.dataset.line === undefined ? undefined : Number(target.dataset.line);
      this.openAt(target.dataset.href, line, event);
    }
  }

  /** Opens a note, scrolled to a 0-based line when one is known. */
  private openAt(path: string, line: number | undefined, event: MouseEvent | KeyboardEvent): void {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (line === undefined || !(file instanceof TFile)) {
      void this.services.openNote(path, event);
      return;
    }
    void this.app.workspace.getLeaf(Keymap.isModEvent(event)).openFile(file, { eState: { line } });
  }

  protected override render(): void {
    const root = this.contentEl;
    root.empty();
    root.addClass('inquiring-lines-health');
    if (!this.services.ready) {
      renderEmptyState(root, 'Indexing the corpus…');
      return;
    }
    const index = this.services.index;
    const problems = index.problems();
    const errors = problems.filter((p) => p.severity === 'error').length;
    const summary = root.createDiv({
      cls: 'inquiring-lines-health-summary',
      attr: { 'data-errors': errors, 'data-warnings': problems.length - errors },
    });
    summary.createDiv({ cls: 'inquiring-lines-health-counts', text: problemsText(problems) });
    if (problems.length === 0) return;
    const notes = new Set(problems.map((p) => p.path)).size;
    summary.createDiv({ cls: 'inquiring-lines-muted', text: `In ${countOf(notes, 'note', 'notes')}.` });
    const bar = root.createDiv({ cls: 'inquiring-lines-toolbar' });
    for (const [group, label] of [['code', 'By problem'], ['note', 'By note']] as const) {
      const on = group === this.grouping;
      bar.createEl('button', { cls: on ? 'is-active' : '', text: label, attr: { 'data-action': 'group', 'data-group': group, 'aria-pressed': String(on) } });
    }
    let budget = MAX_ROWS;
    const list = root.createDiv({ cls: 'inquiring-lines-health-list' });
    for (const group of groupProblems(problems, this.grouping)) {
      if (budget <= 0) break;
      const shown = group.problems.slice(0, budget);
      budget -= shown.length;
      this.renderGroup(list, group, shown);
    }
    if (budget <= 0 && problems.length > MAX_ROWS) {
      root.createDiv({ cls: 'inquiring-lines-muted', text: `${formatCount(problems.length - MAX_ROWS)} more not shown; the command-line check lists them all.` });
    }
  }

  private renderGroup(parent: HTMLElement, group: ProblemGroup, shown: readonly Problem[]): void {
    const byCode = this.grouping === 'code';
    const section = parent.createDiv({
      cls: ['inquiring-lines-health-group', group.errors > 0 ? 'mod-error' : 'mod-warning'],
      attr: byCode ? { 'data-code': group.key } : { 'data-path': group.key },
    });
    const title = section.createEl('h4', { cls: 'inquiring-lines-section-title' });
    if (byCode) title.createSpan({ cls: 'inquiring-lines-health-code', text: group.key });
    else title.createEl('a', { cls: ['internal-link', 'inquiring-lines-link'], text: this.titleOf(group.key), href: group.key, attr: { 'data-href': group.key } });
    title.appendText(' ');
    title.createSpan({ cls: 'inquiring-lines-count', text: String(group.problems.length) });
    if (byCode) section.createDiv({ cls: 'inquiring-lines-muted inquiring-lines-health-meaning', text: meaningOf(group.key) });
    for (const problem of shown) this.renderRow(section, problem);
  }

  /** One problem; the whole row opens the note (Enter too), and hovering it previews the note. */
  private renderRow(parent: HTMLElement, problem: Problem): void {
    const row = parent.createDiv({
      cls: ['inquiring-lines-health-row', 'inquiring-lines-problem', `mod-${problem.severity}`],
      attr: { role: 'button', tabindex: 0, 'data-action': 'open', 'data-href': problem.path, 'data-code': problem.code, 'aria-label': `Open ${problem.path}` },
    });
    if (problem.line !== undefined) row.setAttr('data-line', problem.line);
    const head = row.createDiv({ cls: 'inquiring-lines-problem-head' });
    head.createSpan({ cls: 'inquiring-lines-problem-severity', text: problem.severity === 'error' ? 'Error' : 'Warning' });
    head.createSpan({ cls: 'inquiring-lines-health-note', text: this.grouping === 'code' ? this.titleOf(problem.path) : problem.code });
    head.createSpan({ cls: 'inquiring-lines-problem-field', text: problem.field === '' ? 'whole note' : problem.field });
    if (problem.line !== undefined) head.createSpan({ cls: 'inquiring-lines-problem-line', text: `line ${problem.line + 1}` });
    row.createDiv({ cls: 'inquiring-lines-problem-message', text: problem.message });
  }

  /** A note's title, or its path when the index has no title for it. */
  private titleOf(path: string): string {
    return this.services.index.note(path)?.title ?? path;
  }
}
