/**
 * The CLI: the same core as the plugin, on a folder of Markdown files. Everything
 * a vault contains becomes output or a problem; only bad usage or an unreadable
 * folder ends with exit code 2, and never with a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { buildIndex } from '../core/build';
import type { CorpusIndex } from '../core/graph/corpus-index';
import { findNote } from '../core/queries/find-note';
import { lines, next, sources } from '../core/queries/sources';
import { backlinks } from '../core/queries/backlinks';
import { neighbourhood } from '../core/queries/neighbourhood';
import { layoutNeighbourhood } from '../core/graph/layout';
import { PaperSimilarity } from '../core/queries/related-papers';
import { linePrompt } from '../core/queries/line-prompt';
import { readArgs, usage, UsageError, type CliArgs } from './args';
import { listVault } from './read-vault';
import { exportCommand } from './export-command';
import type { Output } from './output';
import * as text from './format';


/** Runs the CLI; resolves to the exit code. */
export async function run(argv: string[], io: Output): Promise<number> {
  let args: CliArgs | null;
  try {
    args = readArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\nRun with --help for usage.`);
    return 2;
  }
  if (!args) {
    io.out(usage());
    return 0;
  }
  let template: string | undefined;
  if (args.template) {
    try {
      template = await readFile(args.template, 'utf8');
    } catch {
      io.err(`Cannot read the template file "${args.template}".`);
      return 2;
    }
  }
  let vault;
  try {
    vault = await listVault(args.vault);
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 2;
  }
  // Each note is read as the index takes it and let go: holding every file's text and parsed
  // front-matter until the index was built was most of the garbage collector's work on a big vault.
  const { index } = buildIndex(vault.notes(), vault.files, { key: args.key });
  for (const file of vault.unreadable) io.err(`${file.path}: cannot be read (${file.message}); skipped.`);
  if (args.command === 'check') return check(index, args, io);
  if (args.command === 'export') return exportCommand(index, args, io);
  return query(index, args, io, template);
}

function check(index: CorpusIndex, args: CliArgs, io: Output): number {
  const counts = index.counts();
  const problems = index.problems();
  if (args.json) {
    io.out(JSON.stringify({
      counts,
      problems: problems.map(({ path, field, code, severity, message }) => ({ path, field, code, severity, message })),
    }, null, 2));
  } else {
    io.out(text.checkReport(counts, problems));
  }
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}

function query(index: CorpusIndex, args: CliArgs, io: Output, template: string | undefined): number {
  const found = findNote(index, args.note ?? '');
  if (!found.ok) {
    io.err(text.notFound(args.note ?? '', found.reason, found.candidates));
    return 2;
  }
  const path = found.path;
  const note = index.note(path);
  if (!note) return 2;
  const needsLine = args.command === 'sources' || args.command === 'next' || args.command === 'prompt';
  if (needsLine && note.kind !== 'line') {
    io.err(`${args.command} takes an inquiring line; "${note.title}" (${path}) is ${note.kind === 'note' ? 'not a corpus note' : `a ${note.kind}`}.`);
    return 2;
  }
  const print = (items: object[], readable: string): number => {
    io.out(args.json ? JSON.stringify(items, null, 2) : readable);
    return 0;
  };
  switch (args.command) {
    case 'lines': {
      const items = lines(index, path);
      return print(items, text.linesList(note, items));
    }
    case 'sources': {
      const items = sources(index, path);
      return print(items, text.sourcesList(note, items));
    }
    case 'next': {
      const items = next(index, path);
      return print(items, text.nextList(note, items));
    }
    case 'backlinks': {
      const items = backlinks(index, path);
      return print(items, text.backlinksList(note, items));
    }
    case 'neighbourhood': {
      const hood = neighbourhood(index, path, { depth: args.depth, limit: args.limit });
      if (!hood) return 2;
      const positions = layoutNeighbourhood(hood);
      const items = hood.items.map((item) => ({ ...item, ...positions.get(item.path) }));
      if (args.json && hood.cut) io.err(hood.cut);
      return print(items, text.neighbourhoodList(note, hood));
    }
    case 'related-papers': {
      const items = new PaperSimilarity(index).related(path, args.limit ?? 10);
      return print(items, text.papersList(note, items));
    }
    case 'prompt': {
      const options = { ...(args.maxAnchors === undefined ? {} : { maxAnchors: args.maxAnchors }), ...(args.maxChars === undefined ? {} : { maxChars: args.maxChars }) };
      const prompt = linePrompt(index, path, template, options);
      io.out((prompt ?? '').replace(/\n$/, ''));
      return 0;
    }
  }
  return 2;
}
