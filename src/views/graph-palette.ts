/**
 * The corpus graph's colours. Sigma paints on a canvas, where CSS cannot reach,
 * so the colours are read from the theme's variables (set in styles.css on the
 * view) each time the view draws or the theme changes, and turned into the
 * `#rrggbb` or `rgb()` forms that sigma parses. Links are faded by mixing their
 * colour with the stage's background, not with transparency: sigma blends
 * colours as if premultiplied, so a translucent link vanishes on a light theme.
 */
import { hashString } from '../core/graph/layout';
import type { EdgeKind, NodeKind } from '../core/types';

/** The colours of one draw. */
export interface GraphPalette {
  kinds: Record<NodeKind, string>;
  /** Link colours, faded so that nodes stay readable over thousands of links. */
  edges: Record<EdgeKind, string>;
  /** Link colours at full strength, for the links of a hovered note. */
  strongEdges: Record<EdgeKind, string>;
  /** Colours of related links by relation word, faded like the other links. */
  hues: string[];
  /** The relation colours at full strength. */
  strongHues: string[];
  label: string;
  labelBackground: string;
  /** Notes and links pushed back while a note is hovered. */
  faded: string;
  /** The ring of the focused note. */
  focus: string;
  font: string;
}

/** The CSS variable behind each colour; styles.css maps each to a theme colour. */
const VARIABLE = (name: string): string => `--inquiring-lines-graph-${name}`;
const NODE_KINDS: readonly NodeKind[] = ['concept', 'line', 'paper', 'note'];
const EDGE_KINDS: readonly EdgeKind[] = ['related', 'paper', 'source', 'next', 'anchor', 'link', 'property'];
/** As many relation hues as the neighbourhood view has, so a word has one colour in both. */
export const RELATION_HUES = 8;
/** How much of a link's own colour is left once mixed with the background. */
const EDGE_STRENGTH = 0.45;
const FALLBACK = '#888888';

/** The red, green, blue (0-255) and alpha (0-1) of a colour in hex or `rgb()` form; `null` for any other form. */
export function parseRgba(colour: string): [number, number, number, number] | null {
  const text = colour.trim();
  const hex = /^#([0-9a-f]{3,8})$/i.exec(text)?.[1];
  if (hex && [3, 4, 6, 8].includes(hex.length)) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const byte = (i: number): number => parseInt(full.slice(i * 2, i * 2 + 2), 16);
    return [byte(0), byte(1), byte(2), full.length === 8 ? Math.round((byte(3) / 255) * 1000) / 1000 : 1];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/i.exec(text);
  if (!rgb) return null;
  const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : parseFloat(rgb[4]);
  return [Math.round(Number(rgb[1])), Math.round(Number(rgb[2])), Math.round(Number(rgb[3])), alpha];
}

/** `share` of `colour` over `background`, as an opaque `rgb()`; `colour` unchanged when either cannot be read. */
export function mixColours(colour: string, background: string, share: number): string {
  const front = parseRgba(colour);
  const back = parseRgba(background);
  if (!front || !back) return colour;
  // The colour's own opacity counts too: a half-transparent theme colour is already half background.
  const k = Math.max(0, Math.min(1, share * front[3]));
  const channel = (i: number): number => Math.round(front[i] * k + back[i] * (1 - k));
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}

/** Any CSS colour (`hsl()`, a name…) in a form sigma reads, by letting a canvas parse it; `null` when nothing can. */
function normalise(colour: string, context: CanvasRenderingContext2D | null): string | null {
  if (colour === '') return null;
  if (parseRgba(colour)) return colour;
  if (!context) return null;
  context.fillStyle = '#000000';
  context.fillStyle = colour;
  const parsed = String(context.fillStyle);
  return parseRgba(parsed) ? parsed : null;
}

/** Reads the palette from the variables in effect on `el`. */
export function readPalette(el: HTMLElement): GraphPalette {
  // The view's own window: the view may sit in a popout window.
  const style = (el.ownerDocument.defaultView ?? window).getComputedStyle(el);
  const context = createEl('canvas').getContext?.('2d') ?? null;
  const read = (name: string, fallback = FALLBACK): string => normalise(style.getPropertyValue(VARIABLE(name)).trim(), context) ?? fallback;
  const background = read('background', '#ffffff');
  const fade = (colour: string): string => mixColours(colour, background, EDGE_STRENGTH);
  const kinds = Object.fromEntries(NODE_KINDS.map((kind) => [kind, read(kind)])) as Record<NodeKind, string>;
  const strongEdges = Object.fromEntries(EDGE_KINDS.map((kind) => [kind, read(`edge-${kind}`)])) as Record<EdgeKind, string>;
  const strongHues = Array.from({ length: RELATION_HUES }, (_, i) => read(`hue-${i}`));
  return {
    kinds,
    edges: Object.fromEntries(EDGE_KINDS.map((kind) => [kind, fade(strongEdges[kind])])) as Record<EdgeKind, string>,
    strongEdges,
    hues: strongHues.map(fade),
    strongHues,
    label: read('label'),
    labelBackground: read('label-background', '#ffffff'),
    // Theme borders are often translucent: made opaque over the stage, for the reason links are.
    faded: mixColours(read('faded', '#cccccc'), background, 1),
    focus: read('focus'),
    font: style.fontFamily || 'sans-serif',
  };
}

/** A note's colour: its kind's. */
export function nodeColor(palette: GraphPalette, kind: NodeKind): string {
  return palette.kinds[kind];
}

/** A link's colour: a related link with a relation word takes the word's hue, any other its kind's colour; faded unless `strong`. */
export function edgeColor(palette: GraphPalette, kind: EdgeKind, relation: string, strong = false): string {
  const hues = strong ? palette.strongHues : palette.hues;
  if (kind === 'related' && relation !== '') return hues[hashString(relation) % hues.length];
  return (strong ? palette.strongEdges : palette.edges)[kind];
}
