import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { layoutNeighbourhood } from '../../../src/core/graph/layout';
import { neighbourhood, type Neighbourhood } from '../../../src/core/queries/neighbourhood';
import { buildIndex } from '../../../src/core/build';
import { readVault } from '../../../src/cli/read-vault';

const EXAMPLE_VAULT = fileURLToPath(new URL('../../../example-vault', import.meta.url));

async function hoodOf(reverse: boolean): Promise<Neighbourhood> {
  const vault = await readVault(EXAMPLE_VAULT);
  const inputs = reverse ? [...vault.inputs].reverse() : vault.inputs;
  const { index } = buildIndex(inputs, reverse ? [...vault.files].reverse() : vault.files);
  const hood = neighbourhood(index, 'Concepts/Learning mechanics.md', { depth: 2 });
  if (!hood) throw new Error('the example vault lacks Concepts/Learning mechanics.md');
  return hood;
}

describe('layoutNeighbourhood', () => {
  it('places every note of the neighbourhood, the centre at the middle, all within [-1, 1]', async () => {
    const hood = await hoodOf(false);
    const positions = layoutNeighbourhood(hood);
    expect(positions.size).toBe(hood.items.length + 1);
    expect(positions.get('Concepts/Learning mechanics.md')).toEqual({ x: 0, y: 0 });
    for (const { x, y } of positions.values()) {
      expect(Math.abs(x)).toBeLessThanOrEqual(1);
      expect(Math.abs(y)).toBeLessThanOrEqual(1);
    }
    // Not all piled up on one spot.
    expect(new Set([...positions.values()].map((p) => `${p.x},${p.y}`)).size).toBe(positions.size);
  });

  it('gives the same positions on two runs', async () => {
    const hood = await hoodOf(false);
    expect([...layoutNeighbourhood(hood)]).toEqual([...layoutNeighbourhood(hood)]);
  });

  it('gives the same positions for two indexes of the same vault built independently, in different orders', async () => {
    const first = layoutNeighbourhood(await hoodOf(false));
    const second = layoutNeighbourhood(await hoodOf(true));
    expect(Object.fromEntries(second)).toEqual(Object.fromEntries(first));
  });
});
