import type { Rng } from '../../rng.js'
import { family, type Slip, type TsFamily, typeOf } from './probe.js'

/** One case: the code shown, the type asked about, tsc's answer and the mistakes' answers. */
export type Case = readonly [code: string, subject: string, key: string, wrong: readonly Slip[]]

/** A family of type questions: each draw asks about one of its cases. */
export const typeCases = (id: string, cases: readonly Case[]): TsFamily =>
  family(id, (rng: Rng) => {
    const [code, subject, key, wrong] = rng.pick(cases)
    return typeOf(rng, { code, subject, key, wrong })
  })

/** The record type several cases transform: two required properties and one optional. */
export const USER = 'interface User { id: number; name: string; email?: string }'
