/**
 * The simulator's random source: xoshiro128** (Blackman & Vigna, 2018), seeded through splitmix32.
 *
 * Why this one: it is a published, well-tested generator with a 2^128 − 1 period that needs only
 * 32-bit integer arithmetic (`Math.imul`, shifts), so it is fast in JavaScript and gives the same
 * stream on every engine; `Math.random` cannot be seeded. Each worker draws from its own stream
 * keyed by (seed, worker index), so a worker's history does not depend on how many came before.
 */
export class Random {
  private a: number
  private b: number
  private c: number
  private d: number
  private spareNormal = Number.NaN

  constructor(...keys: readonly number[]) {
    let state = 0x9e3779b9
    for (const key of keys)
      state = splitmix32(state ^ (key >>> 0)) ^ Math.imul(key >>> 0, 0x85ebca6b)
    const golden = 0x9e3779b9
    this.a = splitmix32(state + golden)
    this.b = splitmix32(state + 2 * golden)
    this.c = splitmix32(state + 3 * golden)
    this.d = splitmix32(state + 4 * golden)
    if ((this.a | this.b | this.c | this.d) === 0) this.d = 1
  }

  /** A generator in the given raw state (not all zero), e.g. to check the reference outputs. */
  static fromState(a: number, b: number, c: number, d: number): Random {
    const random = new Random()
    random.a = a | 0
    random.b = b | 0
    random.c = c | 0
    random.d = d | 0
    return random
  }

  /** Next 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0
    const t = this.b << 9
    this.c ^= this.a
    this.d ^= this.b
    this.b ^= this.c
    this.a ^= this.d
    this.c ^= t
    this.d = rotl(this.d, 11)
    return result
  }

  /** Uniform on [0, 1) with 32 bits of resolution. */
  uniform(): number {
    return this.nextUint32() / 4294967296
  }

  /** Uniform on (0, 1], safe under a logarithm. */
  uniformOpen(): number {
    return (this.nextUint32() + 1) / 4294967296
  }

  /** Standard normal (Marsaglia's polar method; the second variate is kept for the next call). */
  normal(): number {
    if (!Number.isNaN(this.spareNormal)) {
      const spare = this.spareNormal
      this.spareNormal = Number.NaN
      return spare
    }
    let u: number
    let v: number
    let s: number
    do {
      u = 2 * this.uniform() - 1
      v = 2 * this.uniform() - 1
      s = u * u + v * v
    } while (s >= 1 || s === 0)
    const m = Math.sqrt((-2 * Math.log(s)) / s)
    this.spareNormal = v * m
    return u * m
  }

  /** Exponential waiting time with the given rate (mean 1/rate); Infinity when the rate is 0. */
  exponential(rate: number): number {
    return rate > 0 ? -Math.log(this.uniformOpen()) / rate : Number.POSITIVE_INFINITY
  }

  /** Integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.uniform() * n)
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.uniform() < p
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k))
}

/** splitmix32: spreads a seed over all 32 bits so that nearby seeds give unrelated streams. */
function splitmix32(x: number): number {
  let z = x >>> 0
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
  return (z ^ (z >>> 16)) >>> 0
}
