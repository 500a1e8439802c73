import type { Rng } from '../../rng.js'

/** Clients a freelance analyst reports to, with what they measure. */
export const CLIENTS = [
  'a regional bakery chain',
  'a software start-up',
  'a physiotherapy clinic',
  'a housing charity',
  'an online garden shop',
  'a language school',
  'a city cycling campaign',
  'a small hotel group',
] as const

export const ANALYSTS = ['Amara', 'Bruno', 'Chen', 'Dalia', 'Emeka', 'Freya', 'Goran', 'Hana']

/** `n` integers drawn from `[lo, hi]`. */
export const ints = (rng: Rng, n: number, lo: number, hi: number) =>
  Array.from({ length: n }, () => rng.int(lo, hi))

export const client = (rng: Rng) => rng.pick(CLIENTS)
export const analyst = (rng: Rng) => rng.pick(ANALYSTS)

/** Figures listed as a client's spreadsheet column reads them. */
export const list = (xs: readonly number[]) => xs.join(', ')
