/**
 * The typed arrays walks keep from walk to walk: how big they start, how they grow, and their
 * memory taken up front, so that no walk pays for it in the middle.
 */

/**
 * How many notes the walk's arrays have room for at first. A walk next to a hub reaches a few
 * hundred; growing the arrays in the middle of a walk costs that walk far more than keeping a few
 * hundred kilobytes from the start.
 */
export const FIRST_ROOM = 4096;

/**
 * The working arrays of walks are kept from walk to walk and grown when a walk needs more: `array`
 * itself when it holds `length` items, else one twice that long holding its values. The new part
 * is written once here, so that the memory is taken now rather than page by page in later walks.
 */
export function room<T extends Int32Array | Float64Array | Uint8Array>(array: T, length: number): T {
  if (array.length >= length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(2 * length);
  bigger.set(array);
  bigger.fill(0, array.length);
  return bigger;
}

/** `array`, its memory written once now: taken page by page in the first walks that reach that far, it would slow them. */
export function touched<T extends Int32Array | Float64Array | Uint8Array>(array: T): T {
  array.fill(0);
  return array;
}
