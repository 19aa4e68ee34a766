/** Draws a graph model as SVG: elements and attributes only, no markup strings. */
import type { GraphModel } from './graph-model';

/** Appends the SVG of `model` to `parent`; a node walks (or, the centre, opens) through `data-action`. */
export function drawGraph(parent: HTMLElement, model: GraphModel, caption: string): SVGSVGElement {
  const svg = parent.createSvg('svg', {
    cls: 'inquiring-lines-graph',
    attr: { viewBox: `0 0 ${model.width} ${model.height}`, role: 'group', 'aria-label': caption },
  });
  const edges = svg.createSvg('g', { cls: 'inquiring-lines-edges' });
  for (const edge of model.edges) {
    const line = edges.createSvg('line', {
      cls: edge.cls,
      attr: { x1: edge.x1, y1: edge.y1, x2: edge.x2, y2: edge.y2, 'data-source': edge.source, 'data-target': edge.target },
    });
    if (edge.relation) line.setAttr('data-relation', edge.relation);
  }
  const nodes = svg.createSvg('g', { cls: 'inquiring-lines-nodes' });
  for (const node of model.nodes) {
    const group = nodes.createSvg('g', {
      cls: node.cls,
      attr: {
        'data-href': node.path,
        'data-action': node.center ? 'open' : 'walk',
        tabindex: 0,
        role: 'button',
        'aria-label': node.center ? `Open ${node.title}` : `Walk to ${node.title}`,
      },
    });
    group.createSvg('circle', { attr: { cx: node.x, cy: node.y, r: node.radius } });
    // The label's text goes in as a text node: a title can hold markup.
    const label = group.createSvg('text', {
      cls: 'inquiring-lines-node-label',
      attr: { x: node.labelX, y: node.y + node.radius + 10, 'text-anchor': 'middle' },
    });
    label.textContent = node.label;
    const tooltip = group.createSvg('title');
    tooltip.textContent = node.title;
  }
  return svg;
}
