/** A seeded pseudo-random source, so a variant can be regenerated from its seed. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  pick<T>(values: readonly T[]): T
  shuffle<T>(values: readonly T[]): T[]
}

/**
 * Mulberry32: 32-bit state, fast and good enough for choosing item parameters (not for secrets).
 *
 * @example createRng(42).int(1, 6)
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: (values) => {
      if (values.length === 0) throw new RangeError('cannot pick from an empty list')
      return values[int(0, values.length - 1)]!
    },
    shuffle: (values) => {
      const out = [...values]
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i)
        ;[out[i], out[j]] = [out[j]!, out[i]!]
      }
      return out
    },
  }
}

/**
 * A seed named by an id (32-bit FNV-1a of its characters), so each model or family can draw
 * from a stream of its own: adding or editing one leaves every other one's draws as they were.
 *
 * @example createRng(seedFromName('git-branching'))
 */
export function seedFromName(name: string): number {
  let hash = 0x811c9dc5
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0
  return hash
}
