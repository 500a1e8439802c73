import type { Rng } from '../../rng.js'
import {
  cap,
  type FamilyMaker,
  grouped,
  scenarioFamily,
  type Tagged,
} from '../scenario/scenario-text.js'

export { cents, figures, grouped, type Slip, symbol, worked } from '../scenario/scenario-text.js'

/*
 * Procurement scenarios. Every draw carries `calc`: the drawn inputs (amounts in integer cents,
 * rates in basis points, scores in hundredths of a point) and the slip behind each answer shown,
 * so the key test can work the key and every named mistake out again in BigInt arithmetic of its
 * own. Answers are computed here in integers too: `part` divides and rounds half up, the
 * convention every stem states ("to the nearest cent", "to two decimal places").
 */
export type ProScenario = Tagged<Readonly<Record<string, number | string>>>

export const family: FamilyMaker<ProScenario> = scenarioFamily

/**
 * `n ÷ d` rounded half up to a whole number, for integers of either sign with `d` above zero.
 * Integers well below 2^53 divide to a double that rounds the same way the exact ratio does.
 */
export const part = (n: number, d: number): number =>
  n >= 0 ? Math.floor(n / d + 0.5) : -Math.floor(-n / d + 0.5)

/** Hundredths of a point shown with two decimals: 3333 → `33.33 points`. */
export const points = (h: number): string => `${grouped(h / 100, 2)} points`
/** Basis points as a percentage with two decimals: 1250 → `12.50%`. */
export const bp = (b: number): string => `${grouped(b / 100, 2)}%`
/** A unit's singular, for a count of one: `boxes` → `box`, `pairs` → `pair`. */
export const singular = (unit: string): string =>
  unit.endsWith('xes') ? unit.slice(0, -2) : unit.endsWith('s') ? unit.slice(0, -1) : unit
/** A whole count with its unit: `1,250 units`, `1 unit`. */
export const count =
  (unit: string) =>
  (n: number): string =>
    `${grouped(n, 0)} ${n === 1 ? singular(unit) : unit}`
/** A name's possessive: `Wrenfield Ltd's`, `Osprey Components'`. */
export const possessive = (name: string): string => (name.endsWith('s') ? `${name}'` : `${name}'s`)

/** Bidder letters A, B, C … for a tender's bids. */
export const BIDDERS = ['A', 'B', 'C', 'D', 'E'] as const
export const bidder = (k: number): string => `Bidder ${BIDDERS[k]}`

/** The organisations a freelance buyer runs purchasing for; all invented. */
const CLIENTS = [
  'a housing association',
  'a private school',
  'a food manufacturer',
  'a regional hospital trust',
  'a hotel group',
  'a machine shop',
  'a university department',
  'a logistics start-up',
  'a town council',
  'a furniture maker',
  'a charity',
  'a dental group',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)
export const Client = (rng: Rng): string => cap(client(rng))

/** What such clients buy; each with the unit it is ordered in. */
const GOODS = [
  ['nitrile gloves', 'boxes'],
  ['printer toner', 'cartridges'],
  ['steel brackets', 'pieces'],
  ['cleaning chemicals', 'drums'],
  ['copy paper', 'reams'],
  ['safety boots', 'pairs'],
  ['packaging film', 'rolls'],
  ['LED panels', 'pieces'],
  ['laboratory pipettes', 'packs'],
  ['bearing sets', 'sets'],
] as const
export const goods = (rng: Rng): { item: string; unit: string } => {
  const [item, unit] = rng.pick(GOODS)
  return { item, unit }
}

/** Supplier names; all invented. */
const SUPPLIERS = [
  'Harrow Industrial',
  'Calder Supply Co',
  'Pennant Trading',
  'Osprey Components',
  'Wrenfield Ltd',
  'Ambergate Distribution',
  'Solway Packaging',
  'Kittiwake Facilities',
  'Brantwood Engineering',
  'Marlow & Finch',
] as const
export const supplier = (rng: Rng): string => rng.pick(SUPPLIERS)
/** `n` different suppliers. */
export const suppliers = (rng: Rng, n: number): string[] => rng.shuffle([...SUPPLIERS]).slice(0, n)

/** A drawn amount of money in cents between `low` and `high` whole units, in steps of `step`. */
export const amount = (rng: Rng, low: number, high: number, step = 1): number =>
  rng.int(Math.ceil(low / step), Math.floor(high / step)) * step * 100
