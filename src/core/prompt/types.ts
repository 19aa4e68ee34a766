/**
 * The shapes of the research prompt: what the index hands in, the options,
 * and the model the template is filled from.
 */
import type { Finding, PromptSpec } from '../types';

/** A paper as the prompt needs it; the arXiv id arrives normalised (prefix and URL removed, version kept). */
export interface PromptPaper {
  title: string;
  arxiv?: string;
  year?: number;
}

/** One source concept of a line, with the papers it draws on. */
export interface PromptSource {
  title: string;
  claim?: string;
  papers: PromptPaper[];
}

/** Everything the prompt of one line is made from. */
export interface PromptInput {
  /** The line's title. */
  title: string;
  /** The line's `prompt` field. */
  spec: PromptSpec;
  /** The line's sources in order, with their papers. */
  sources: PromptSource[];
  /** `prompt.anchors` resolved to papers; used only when `spec.anchorsGiven`. */
  anchors: PromptPaper[];
}

/** Limits on the prompt's size. */
export interface PromptOptions {
  /** Most anchor papers listed; 0 lists none. */
  maxAnchors: number;
  /** Most characters of the whole prompt; 0 means no cap. */
  maxChars: number;
}

/** Defaults for {@link PromptOptions}. */
export const DEFAULT_PROMPT_OPTIONS: Readonly<PromptOptions> = Object.freeze({ maxAnchors: 8, maxChars: 0 });

/** The prompt's parts, cleaned and ordered, ready for a template. */
export interface PromptModel {
  /** The line's title (cleaned); the `{{title}}` slot. */
  title?: string;
  role?: string;
  ask: string;
  years?: { first: number; last: number };
  findings: Finding[];
  anchors: PromptPaper[];
  tasks: string[];
  /** What was left out, said in the prompt, e.g. `3 more anchor papers left out`. */
  cut?: string;
}
