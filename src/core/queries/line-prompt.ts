/** Gathers a line's research prompt from the index: its spec, its sources with their papers, its anchors. */
import type { CorpusIndex } from '../graph/corpus-index';
import type { Note } from '../types';
import { promptText, type PromptInput, type PromptOptions, type PromptPaper } from '../prompt';
import { sourcePaths } from './sources';

function paperOf(note: Note | undefined): PromptPaper | null {
  if (note?.kind !== 'paper') return null;
  const paper: PromptPaper = { title: note.title };
  if (note.arxiv) paper.arxiv = note.arxiv;
  if (note.year !== undefined) paper.year = note.year;
  return paper;
}

/** What the prompt is made from, for the line at `path`; `null` when it is no line. */
export function promptInput(index: CorpusIndex, path: string): PromptInput | null {
  const line = index.note(path);
  if (line?.kind !== 'line') return null;
  const sources = sourcePaths(index, line).map((target) => {
    const note = index.note(target);
    const papers = index.outEdges(target)
      .filter((e) => e.kind === 'paper')
      .map((e) => paperOf(index.note(e.target)))
      .filter((p): p is PromptPaper => p !== null);
    return { title: note?.title ?? target, ...(note?.kind === 'concept' && note.claim ? { claim: note.claim } : {}), papers };
  });
  const anchors = index.outEdges(path)
    .filter((e) => e.kind === 'anchor')
    .map((e) => paperOf(index.note(e.target)))
    .filter((p): p is PromptPaper => p !== null);
  return { title: line.title, spec: line.prompt, sources, anchors };
}

/** `prompt(line, template)`: the research prompt's text, or `null` when `path` is no line. */
export function linePrompt(index: CorpusIndex, path: string, template?: string, options?: Partial<PromptOptions>): string | null {
  const input = promptInput(index, path);
  return input ? promptText(input, template, options) : null;
}
