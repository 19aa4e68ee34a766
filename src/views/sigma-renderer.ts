/**
 * The renderer the plugin uses for the corpus graph (the contract is in
 * graph-renderer.ts): sigma (WebGL, see sigma-drawing.ts). sigma is loaded only
 * when a renderer is made, and only where WebGL exists, because the library
 * touches WebGL as soon as it loads.
 */
import type { RendererFactory } from './graph-renderer';
import { SigmaRenderer } from './sigma-drawing';

/** The message the view shows when there is no WebGL. */
export const NO_WEBGL = 'The corpus graph needs WebGL, which this device or Obsidian window does not offer. The filters and counts still work; the corpus health view lists the same notes.';

/** True when a WebGL context can be made, which sigma needs (and WebGL 2's constants, which it reads on load). */
export function webglAvailable(): boolean {
  if (typeof WebGL2RenderingContext === 'undefined') return false;
  try {
    const canvas = createEl('canvas');
    const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    // A page may hold only a few WebGL contexts: give this test one back at once.
    context?.getExtension('WEBGL_lose_context')?.loseContext();
    return context !== null;
  } catch {
    return false;
  }
}

/** Runs `work` in the next animation frame, where the browser draws. */
function inFrame<T>(work: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    window.requestAnimationFrame(() => {
      try {
        resolve(work());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

/**
 * The renderer of the plugin: sigma, loaded on first use. Making a WebGL context,
 * compiling sigma's shaders and sigma's first reading of the graph are drawing work,
 * done in animation frames as sigma's drawing is, never inside a task of the view's;
 * that first reading is the one sigma does at every frame while the layout runs.
 */
export const sigmaRenderer: RendererFactory = async (container, graph, host) => {
  if (typeof WebGL2RenderingContext === 'undefined') throw new Error(NO_WEBGL);
  await inFrame(() => {
    if (!webglAvailable()) throw new Error(NO_WEBGL);
  });
  const { default: SigmaClass } = await import('sigma');
  const renderer = await inFrame(() => new SigmaRenderer(SigmaClass, container, graph, host));
  // The view's next steps (starting the layout) run in a task of their own, not in the frame's.
  await new Promise((resolve) => window.setTimeout(resolve, 0));
  return renderer;
};
