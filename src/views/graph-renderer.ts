/**
 * The contract between the corpus graph view and whatever draws its graph: what the view asks
 * of a renderer, and what a renderer tells the view. sigma-renderer.ts makes the one the plugin
 * uses; tests make their own.
 */
import type { DisplayGraph } from './display-graph';

/** What the renderer tells the view. */
export interface RendererHost {
  /** A note was clicked; the event says whether Mod was held. */
  open(path: string, event: MouseEvent | undefined): void;
  /** The pointer came onto a note; `anchor` is an element laid over the note, for the hover preview. */
  hover(path: string, event: MouseEvent, anchor: HTMLElement): void;
}

/** What the view asks of a renderer. */
export interface GraphRenderer {
  /** Redraws after the graph changed. */
  refresh(): void;
  /** Rings a note (or none) and, with `move`, brings the camera to it. */
  setFocus(path: string | null, move: boolean): void;
  /** Reads the theme's colours again. */
  restyle(): void;
  /** The pane changed size. */
  resize(): void;
  /** Where a note is drawn, in pixels from the stage's top left corner; `null` when it is not drawn. */
  positionOf(path: string): { x: number; y: number } | null;
  /** Releases the WebGL contexts and listeners. */
  kill(): void;
}

/** Makes a renderer in `container`; rejects when it cannot draw there. */
export type RendererFactory = (container: HTMLElement, graph: DisplayGraph, host: RendererHost) => Promise<GraphRenderer>;
