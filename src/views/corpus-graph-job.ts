/**
 * What the corpus graph view works out before it draws, as steps that may pause:
 * the index's graph (built a slice at a time the first time), the model of what to
 * show and the choices of the filters. At tens of thousands of notes each of them
 * is too long for one task.
 */
import type { CorpusGraph } from '../core/graph/corpus-graph';
import type { CorpusIndex } from '../core/graph/corpus-index';
import { graphModelSteps, type CorpusGraphModel, type GraphModelOptions } from './corpus-graph-model';
import { filterChoiceSteps, type FilterChoices, type NoteLookup } from './graph-filters';
import { unlessStale, within, type SliceClock, type Steps } from './sliced-job';

/** What the view draws: the model, and what the filters offer. */
export interface GraphDrawing {
  model: CorpusGraphModel;
  choices: FilterChoices;
}

/** The share of the progress that building the index's graph takes, the first time. */
const GRAPH_SHARE = 0.5;

/** The steps that work out a drawing of `index` with `options`. */
export function* drawingSteps(index: CorpusIndex, options: GraphModelOptions, clock: SliceClock): Steps<GraphDrawing> {
  for (;;) {
    let graph = index.buildGraph(clock.deadline);
    while (graph === null) {
      yield GRAPH_SHARE * index.graphProgress;
      graph = index.buildGraph(clock.deadline);
    }
    // A note that goes between two slices would be looked up in the graph after it left: start again.
    const revision = index.revision;
    const noteOf: NoteLookup = (path) => index.note(path);
    const drawing = yield* unlessStale(modelSteps(graph, noteOf, options), () => index.revision !== revision);
    if (drawing !== null) return drawing;
  }
}

function* modelSteps(graph: CorpusGraph, noteOf: NoteLookup, options: GraphModelOptions): Steps<GraphDrawing> {
  const model = yield* within(graphModelSteps(graph, noteOf, options), GRAPH_SHARE, 0.9);
  const choices = yield* within(filterChoiceSteps(graph, options.filters.kinds, noteOf), 0.9, 1);
  return { model, choices };
}
