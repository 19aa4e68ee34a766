/**
 * Types for the parts of graphology-layout-forceatlas2 that ship without them: the
 * worker's own code, its default settings and the helper that starts it (see
 * layout-worker.ts).
 */
declare module 'graphology-layout-forceatlas2/webworker' {
  /** The worker's source, as a function whose text becomes the worker. */
  const worker: () => void;
  export default worker;
}

declare module 'graphology-layout-forceatlas2/helpers' {
  import type Graph from 'graphology-types';

  /** A worker running the text of `fn`, from a Blob. */
  export function createWorker(fn: () => void): Worker;
  /** The matrices the package's own supervisor gives the worker (the tests compare ours with them). */
  export function graphToByteArrays(graph: Graph, getEdgeWeight: () => number): { nodes: Float32Array; edges: Float32Array };
}

declare module 'graphology-layout-forceatlas2/defaults' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}
