// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { relationClass } from '../../src/views/graph-model';
// The stub installs Obsidian's DOM helpers (createDiv, createEl...), as the app does.
import '../stubs/obsidian';
import { RELATION_HUES, edgeColor, mixColours, nodeColor, parseRgba, readPalette } from '../../src/views/graph-palette';

afterEach(() => {
  document.body.empty();
});

/** An element of the view with the theme's colours set as styles.css sets them. */
function themed(colours: Record<string, string>): HTMLElement {
  const el = document.body.createDiv();
  for (const [name, value] of Object.entries(colours)) el.style.setProperty(`--inquiring-lines-graph-${name}`, value);
  return el;
}

describe('the graph colours', () => {
  it('are read from the CSS variables on the view, so the theme decides them', () => {
    const palette = readPalette(themed({ concept: '#1a2b3c', line: 'rgb(10, 20, 30)', 'edge-source': '#ff0000', 'hue-3': '#00ff00', label: '#eeeeee', background: '#000000' }));
    expect(nodeColor(palette, 'concept')).toBe('#1a2b3c');
    expect(nodeColor(palette, 'line')).toBe('rgb(10, 20, 30)');
    expect(palette.label).toBe('#eeeeee');
    // Links are faded towards the stage's background (black here), and shown at full strength on hover.
    expect(edgeColor(palette, 'source', '')).toBe('rgb(115, 0, 0)');
    expect(edgeColor(palette, 'source', '', true)).toBe('#ff0000');
    expect(palette.hues[3]).toBe('rgb(0, 115, 0)');
  });

  it('change when the variables change', () => {
    const el = themed({ paper: '#111111' });
    expect(readPalette(el).kinds.paper).toBe('#111111');
    el.style.setProperty('--inquiring-lines-graph-paper', '#222222');
    expect(readPalette(el).kinds.paper).toBe('#222222');
  });

  it('give a relation word the hue it has in the neighbourhood view', () => {
    const hues = Object.fromEntries(Array.from({ length: RELATION_HUES }, (_, i) => [`hue-${i}`, `#0000${(i * 16).toString(16).padStart(2, '0')}`]));
    const palette = readPalette(themed(hues));
    for (const word of ['adjacent', 'extends', 'contrasts', 'exemplifies']) {
      const hue = Number(/hue-(\d+)$/.exec(relationClass(word))?.[1]);
      expect(edgeColor(palette, 'related', word)).toBe(palette.hues[hue]);
    }
    expect(edgeColor(palette, 'related', '')).toBe(palette.edges.related);
  });

  it('fade towards a light background as well as a dark one, never by transparency', () => {
    const light = readPalette(themed({ 'edge-next': '#000000', background: '#ffffff', faded: 'rgba(0, 0, 0, 0.5)' }));
    expect(edgeColor(light, 'next', '')).toBe('rgb(140, 140, 140)');
    expect(light.faded).toBe('rgb(128, 128, 128)');
  });

  it('turn hex and rgb colours into the forms sigma reads', () => {
    expect(parseRgba('#abc')).toEqual([170, 187, 204, 1]);
    expect(parseRgba('#00000080')).toEqual([0, 0, 0, 0.502]);
    expect(parseRgba('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3, 0.5]);
    expect(parseRgba('rgb(1 2 3 / 50%)')).toEqual([1, 2, 3, 0.5]);
    expect(parseRgba('hsl(0, 0%, 0%)')).toBeNull();
    expect(mixColours('#ffffff', '#000000', 0.5)).toBe('rgb(128, 128, 128)');
    expect(mixColours('rgba(255, 0, 0, 0.5)', '#000000', 1)).toBe('rgb(128, 0, 0)');
    expect(mixColours('hsl(0, 0%, 0%)', '#000000', 0.5)).toBe('hsl(0, 0%, 0%)');
  });
});
