/**
 * What the views may use: the live index and a few actions. The plugin builds one
 * and hands it to each view's constructor, so no view reaches into the plugin.
 */
import type { EventRef } from 'obsidian';
import type { CorpusIndex } from '../core/graph/corpus-index';
import type { PaperSimilarity } from '../core/queries/related-papers';
import type { InquiringLinesSettings } from '../settings';

/** The services a view is built with. */
export interface CorpusServices {
  /** The core index; queries flush it first. */
  readonly index: CorpusIndex;
  /** Related papers, kept in step with the index. */
  readonly similarity: PaperSimilarity;
  /** Bumped once per debounced batch of changes; a view redraws when it moved. */
  readonly revision: number;
  /** True once the whole vault has been read. */
  readonly ready: boolean;
  /** The current settings (read each time: they can change). */
  settings(): Readonly<InquiringLinesSettings>;
  /** Subscribes to "the index changed" (debounced) and to settings changes; unsubscribe with `offref`. */
  onUpdate(callback: () => void): EventRef;
  /** Removes a subscription made with `onUpdate`. */
  offref(ref: EventRef): void;
  /** Opens a note; a Mod-click (or middle click) opens it in a new tab. */
  openNote(path: string, event?: MouseEvent | KeyboardEvent): Promise<void>;
  /** Copies a line's research prompt (with a preview when the settings ask for one). */
  copyPrompt(path: string): Promise<void>;
  /** The research prompt's text for a line, as `node dist/cli.js prompt` prints it; `null` for no line. */
  promptFor(path: string): string | null;
  /** Opens the corpus graph view focused on a note. */
  revealInGraph(path: string): Promise<void>;
}
