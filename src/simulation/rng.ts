import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** Uniform numbers in [0, 1), one after another: what d3-random's `.source()` takes. */
export type UniformSource = () => number;

/** FNV-1a over the UTF-16 code units of `text`, from `basis`: a 32-bit unsigned hash. */
function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the whole word (FNV alone mixes the last characters weakly). */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A 32-bit number from the text of a seed ("nines", "42"): the same text gives the same number on
 * every machine (it reads UTF-16 code units, not bytes of a locale). Not cryptographic.
 */
export function seedFromText(text: string): number {
  return mix32(fnv1a(text, 0x811c9dc5));
}

/**
 * The uniform stream of one named input under a seed: xoroshiro128+ (pure-rand) started from four
 * words hashed from the seed and the stream's name, read as float64s with 53 random bits each.
 * Each input has its own stream so that adding or removing another uncertain input never changes
 * its draws, and the same seed and name give the same numbers everywhere.
 */
export function uniformStream(seed: string, stream: string): UniformSource {
  const base = fnv1a(stream, seedFromText(seed) ^ 0x811c9dc5);
  const state = [0, 1, 2, 3].map((i) => mix32(base + Math.imul(i + 1, 0x9e3779b9)) | 0);
  // xoroshiro's all-zero state repeats zeros for ever; four zero hashes are all but impossible, but never silent.
  if (!state.some((word) => word !== 0)) state[0] = 1;
  const generator = xoroshiro128plusFromState(state);
  return () => uniformFloat64(generator);
}

/**
 * The stream read in antithetic pairs: u₁, u₂, 1 − u₁, 1 − u₂, u₃, u₄, 1 − u₃, … Every value is still
 * uniform, and a sampler that reads its uniforms two at a time (d3-random's normal, by the polar
 * method, whose accept test is the same for (u₁, u₂) and (1 − u₁, 1 − u₂)) gives z, z′, −z, −z′: the
 * draws are symmetric, which halves the jitter of a median between seeds. Only for such samplers
 * and for the plain uniform: a rejection sampler that reads an odd count of uniforms per draw (the
 * gamma behind the beta) would see correlated attempts, so it gets the plain stream.
 */
export function antithetic(source: UniformSource): UniformSource {
  // The pair in a typed array, not in two variables of the closure: the engine then stores each
  // number as it is instead of allocating a box for it, one allocation per draw fewer.
  const pair = new Float64Array(2);
  let phase = 0;
  return () => {
    phase = (phase + 1) % 4;
    if (phase === 1) return (pair[0] = source());
    if (phase === 2) return (pair[1] = source());
    return phase === 3 ? 1 - pair[0]! : 1 - pair[1]!;
  };
}
