/** The CLI's command line: commands, flags and their help. */
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, NOTE_SCOPES, type ExportFormat, type NoteScope } from '../core/export';

/** The commands, each with its one-line help. */
export const COMMANDS: Record<string, { note: boolean; help: string }> = {
  check: { note: false, help: 'Counts the corpus notes by kind and lists every problem. Exits 1 when there is an error.' },
  lines: { note: true, help: 'The inquiring lines that use NOTE as a source (for a paper: whose sources draw on it).' },
  sources: { note: true, help: 'The sources of the line NOTE, in order, with their summaries.' },
  next: { note: true, help: 'The next inquiring lines of the line NOTE.' },
  backlinks: { note: true, help: 'Every note that links to NOTE, once each, with every way it links.' },
  neighbourhood: { note: true, help: 'The corpus notes around NOTE, ranked, with why (--depth, --limit).' },
  'related-papers': { note: true, help: 'Papers ranked by text similarity to NOTE (--limit, default 10).' },
  prompt: { note: true, help: "The research prompt of the line NOTE (--template FILE to use your own)." },
  export: { note: false, help: 'The corpus graph as graphology JSON or GEXF 1.3, for Gephi or NetworkX (--format, --out, --notes).' },
};

/** The usage text. */
export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const commands = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.help}`).join('\n');
  return `Usage: inquiring-lines <command> [NOTE] --vault DIR [options]

Reads the corpus front-matter of a folder of Markdown files (an Obsidian vault)
and answers the same questions as the plugin.

Commands:
${commands}

NOTE is a vault path (Concepts/Note.md), a link text ([[Note]] or Note), a title or an alias.

Options:
  --vault DIR        the vault folder (required)
  --json             print JSON instead of text
  --depth N          neighbourhood: hops from NOTE, 1 to 3 (default 1)
  --limit N          neighbourhood: notes kept (default 50); related-papers: papers listed (default 10)
  --key NAME         the front-matter key that marks corpus notes (default corpus)
  --template FILE    prompt: a template file with slots such as {{findings}}
  --max-anchors N    prompt: anchor papers at most (default 8)
  --max-chars N      prompt: a size cap in characters; what is cut is said in the prompt
  --format F         export: json or gexf (default json; gexf when --out ends in .gexf)
  --out FILE         export: write to FILE instead of printing
  --notes SCOPE      export: notes outside the corpus kept: corpus (none), linked (default:
                     those linking to or from a corpus note) or all
  -h, --help         this help

Exit codes: 0 done, 1 check found errors, 2 bad usage or unreadable vault.`;
}

/** What the command line asks for. */
export interface CliArgs {
  command: string;
  note?: string;
  vault: string;
  json: boolean;
  depth?: number;
  limit?: number;
  key: string;
  template?: string;
  maxAnchors?: number;
  maxChars?: number;
  format?: ExportFormat;
  out?: string;
  notes?: NoteScope;
}

/** A mistake of the command line: said to the user, exit 2. */
export class UsageError extends Error {}

function whole(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} takes a whole number from ${min} to ${max}, not "${value}".`);
  return n;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new UsageError(`--${name} takes ${allowed.join(', ')}, not "${value}".`);
  return found;
}

/** Reads the command line; `null` when help was asked for. */
export function readArgs(argv: string[]): CliArgs | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        vault: { type: 'string' }, json: { type: 'boolean' }, depth: { type: 'string' }, limit: { type: 'string' },
        key: { type: 'string' }, template: { type: 'string' }, 'max-anchors': { type: 'string' }, 'max-chars': { type: 'string' },
        format: { type: 'string' }, out: { type: 'string' }, notes: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0 || positionals[0] === 'help') return null;
  const [command, note, ...extra] = positionals;
  const spec = COMMANDS[command];
  if (!spec) throw new UsageError(`Unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(', ')}.`);
  if (spec.note && !note) throw new UsageError(`${command} needs a NOTE: a path, a link text, a title or an alias.`);
  if (!spec.note && note) throw new UsageError(`${command} takes no NOTE (got "${note}").`);
  if (extra.length > 0) throw new UsageError(`Unexpected "${extra.join(' ')}"; quote a NOTE that has spaces.`);
  if (!values.vault) throw new UsageError('--vault DIR is required: the folder of Markdown files to read.');
  const key = values.key ?? 'corpus';
  if (!key.trim()) throw new UsageError('--key needs a name.');
  return {
    command, note, vault: values.vault, json: values.json ?? false, key,
    depth: whole('depth', values.depth, 1, 3), limit: whole('limit', values.limit, 1, 100000),
    template: values.template, maxAnchors: whole('max-anchors', values['max-anchors'], 0, 1000),
    maxChars: whole('max-chars', values['max-chars'], 0, 10_000_000),
    format: oneOf('format', values.format, EXPORT_FORMATS), out: values.out, notes: oneOf('notes', values.notes, NOTE_SCOPES),
  };
}
