/**
 * "Check the corpus": the counts of corpus notes and every problem, grouped by
 * note; each row opens its note.
 */
import { Modal, type App } from 'obsidian';
import type { CorpusKind, Problem } from '../core/types';
import { countOf, formatCount } from '../core/prompt/text';

/** What the check found. */
export interface CorpusReport {
  counts: Record<CorpusKind, number>;
  problems: Problem[];
  /** False while the first read of the vault is still going on. */
  complete: boolean;
}

/** Rows drawn at most; a corpus with more problems says how many were left out. */
const MAX_ROWS = 1000;

/** The counts line, e.g. `27 concepts, 9 lines, 16 papers`. */
export function countsText(counts: Record<CorpusKind, number>): string {
  return [countOf(counts.concept, 'concept', 'concepts'), countOf(counts.line, 'line', 'lines'), countOf(counts.paper, 'paper', 'papers')].join(', ');
}

/** The problems line, e.g. `2 errors, 13 warnings`, or that there are none. */
export function problemsText(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'No problems found.';
  const errors = problems.filter((p) => p.severity === 'error').length;
  return `${countOf(errors, 'error', 'errors')}, ${countOf(problems.length - errors, 'warning', 'warnings')}`;
}

/** The modal. */
export class ProblemsModal extends Modal {
  constructor(
    app: App,
    private readonly report: CorpusReport,
    private readonly openNote: (path: string, event: MouseEvent | KeyboardEvent) => unknown,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { counts, problems, complete } = this.report;
    this.titleEl.setText('Corpus check');
    const content = this.contentEl;
    content.addClass('inquiring-lines-check');
    const summary = content.createDiv({ cls: 'inquiring-lines-check-summary' });
    summary.createDiv({ cls: 'inquiring-lines-check-counts', text: countsText(counts) });
    summary.createDiv({ cls: 'inquiring-lines-check-problems', text: problemsText(problems) });
    if (!complete) content.createEl('p', { cls: 'inquiring-lines-check-partial', text: 'The vault is still being read; this is the corpus so far.' });
    const list = content.createDiv({ cls: 'inquiring-lines-problem-list' });
    let group: HTMLElement | null = null;
    let groupPath = '';
    for (const problem of problems.slice(0, MAX_ROWS)) {
      if (!group || problem.path !== groupPath) {
        groupPath = problem.path;
        group = list.createDiv({ cls: 'inquiring-lines-problem-group' });
        group.createDiv({ cls: 'inquiring-lines-problem-note', text: problem.path });
      }
      this.row(group, problem);
    }
    if (problems.length > MAX_ROWS) {
      content.createEl('p', { text: `${formatCount(problems.length - MAX_ROWS)} more not shown; run the command-line check for the full list.` });
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** One problem: severity, field and message; a click or Enter opens the note. */
  private row(parent: HTMLElement, problem: Problem): void {
    const row = parent.createDiv({
      cls: ['inquiring-lines-problem', `mod-${problem.severity}`],
      attr: { role: 'button', tabindex: 0, 'data-path': problem.path, 'aria-label': `Open ${problem.path}` },
    });
    const head = row.createDiv({ cls: 'inquiring-lines-problem-head' });
    head.createSpan({ cls: 'inquiring-lines-problem-severity', text: problem.severity === 'error' ? 'Error' : 'Warning' });
    head.createSpan({ cls: 'inquiring-lines-problem-field', text: problem.field === '' ? 'whole note' : problem.field });
    head.createSpan({ cls: 'inquiring-lines-problem-code', text: problem.code });
    row.createDiv({ cls: 'inquiring-lines-problem-message', text: problem.message });
    const open = (event: MouseEvent | KeyboardEvent): void => {
      this.close();
      void this.openNote(problem.path, event);
    };
    row.addEventListener('click', open);
    row.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      open(event);
    });
  }
}
