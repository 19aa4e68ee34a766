/** Reads an export back with graphology's own parsers and lays a graph out as plain data to compare. */
import Graph, { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes, SerializedGraph } from 'graphology-types';
import { parse } from 'graphology-gexf';
import { readVault } from '../../../src/cli/read-vault';
import { buildIndex, type StandaloneIndex } from '../../../src/core/build';

/** The example vault of the repository. */
export const EXAMPLE_VAULT = new URL('../../../example-vault', import.meta.url).pathname;

/** The example vault, indexed as the CLI indexes it. */
export async function exampleIndex(): Promise<StandaloneIndex> {
  const contents = await readVault(EXAMPLE_VAULT);
  return buildIndex(contents.inputs, contents.files);
}

/** A JSON export read back through `Graph.from`. */
export function fromJson(text: string): AbstractGraph {
  return Graph.from(JSON.parse(text) as SerializedGraph);
}

/**
 * A GEXF export read back through graphology-gexf, into the same kind of graph as the index's.
 * `respectInputGraphType` makes the parser fail on any edge that is not directed, and keeps it
 * from asking for a "mixed" graph when the file has no edge at all.
 */
export function fromGexf(text: string): AbstractGraph {
  return parse(MultiDirectedGraph, text, { respectInputGraphType: true });
}

/** Node key to attributes; GEXF's `label` (the title again) is left out so both formats compare alike. */
export function nodeTable(graph: AbstractGraph): Record<string, Attributes> {
  const table: Record<string, Attributes> = {};
  graph.forEachNode((key, attributes) => {
    const { label: _label, ...rest } = attributes;
    table[key] = rest;
  });
  return table;
}

/** Edge key to endpoints and attributes. */
export function edgeTable(graph: AbstractGraph): Record<string, { source: string; target: string; attributes: Attributes }> {
  const table: Record<string, { source: string; target: string; attributes: Attributes }> = {};
  graph.forEachEdge((key, attributes, source, target) => {
    table[key] = { source, target, attributes: { ...attributes } };
  });
  return table;
}
