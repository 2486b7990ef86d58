/**
 * A deterministic pseudo-random source (a linear congruential generator with the
 * Numerical Recipes constants, as d3-force's lcg.js), so layouts are the same on every build.
 */
export function lcg(seed = 42): () => number {
  let s = seed >>> 0;
  return () => (s = (1664525 * s + 1013904223) >>> 0) / 4294967296;
}
