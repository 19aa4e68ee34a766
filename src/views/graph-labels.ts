/**
 * How the corpus graph writes a note's label on sigma's canvas: beside the note,
 * in the theme's colours, and always inside the canvas. A label that would run
 * past the right edge goes on the note's left, as a reader expects near a margin.
 */
import type { Settings } from 'sigma/settings';
import type { DisplayEdge, DisplayNode } from './display-graph';
import type { GraphPalette } from './graph-palette';

/** What sigma hands a label drawer about a note, in canvas pixels. */
export interface LabelledNode {
  x: number;
  y: number;
  size: number;
  label?: string | null;
}

/** The canvas's size, in CSS pixels. */
export interface CanvasSize {
  width: number;
  height: number;
}

/** The size of the canvas a context draws on, in CSS pixels: sigma sizes its canvases by the device's pixel ratio. */
export function canvasSizeOf(context: CanvasRenderingContext2D): CanvasSize {
  const ratio = window.devicePixelRatio || 1;
  return { width: context.canvas.width / ratio, height: context.canvas.height / ratio };
}

type LabelSettings = Pick<Settings<DisplayNode, DisplayEdge>, 'labelSize' | 'labelWeight'>;

/** Room kept between a label and the canvas's edges, in pixels. */
const LABEL_PAD = 4;
/** Gap between a note and its label, in pixels. */
const LABEL_GAP = 3;

/**
 * Where a label `width` pixels wide starts beside a note at `x` of radius `radius`, on a
 * canvas `canvasWidth` wide: on the right; on the left when the right has no room; else as
 * far right as it fits.
 */
export function labelLeft(x: number, radius: number, width: number, canvasWidth: number): number {
  const right = x + radius + LABEL_GAP;
  if (right + width <= canvasWidth - LABEL_PAD) return right;
  const left = x - radius - LABEL_GAP - width;
  if (left >= LABEL_PAD) return left;
  return Math.max(LABEL_PAD, canvasWidth - LABEL_PAD - width);
}

/** The baseline of a label `size` pixels high beside a note at `y`, kept inside a canvas `canvasHeight` tall. */
export function labelBaseline(y: number, size: number, canvasHeight: number): number {
  return Math.min(Math.max(y + size / 3, size + LABEL_PAD), canvasHeight - LABEL_PAD);
}

/** Draws a note's label, as sigma's `defaultDrawNodeLabel`. */
export function drawNodeLabel(context: CanvasRenderingContext2D, data: LabelledNode, settings: LabelSettings, palette: GraphPalette): void {
  if (typeof data.label !== 'string' || data.label === '') return;
  const canvas = canvasSizeOf(context);
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${palette.font}`;
  context.fillStyle = palette.label;
  context.fillText(data.label, labelLeft(data.x, data.size, context.measureText(data.label).width, canvas.width), labelBaseline(data.y, size, canvas.height));
}

/** Draws the hovered or focused note's label on a box of the theme's background, not sigma's fixed white. */
export function drawNodeHover(context: CanvasRenderingContext2D, data: LabelledNode, settings: LabelSettings, palette: GraphPalette): void {
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${palette.font}`;
  context.fillStyle = palette.labelBackground;
  context.shadowBlur = 6;
  context.shadowColor = palette.faded;
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.fill();
  if (typeof data.label === 'string' && data.label !== '') {
    // The box reaches 4 pixels past the text on either side and starts 2 pixels from the note.
    const box = context.measureText(data.label).width + 8;
    const canvas = canvasSizeOf(context);
    const left = labelLeft(data.x, data.size - 1, box, canvas.width);
    const baseline = labelBaseline(data.y, size, canvas.height);
    context.fillRect(left, baseline - size / 3 - size / 2 - 4, box, size + 8);
    context.shadowBlur = 0;
    context.fillStyle = palette.label;
    context.fillText(data.label, left + 4, baseline);
  }
  context.shadowBlur = 0;
  context.strokeStyle = palette.focus;
  context.lineWidth = 2;
  context.beginPath();
  context.arc(data.x, data.y, data.size + 1, 0, Math.PI * 2);
  context.stroke();
}
