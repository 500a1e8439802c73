import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { type ApScenario, family as ledgerFamily } from '../payables/ap-text.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { cents as centsIn } from '../scenario/scenario-text.js'

export {
  type ApScenario as ExpenseScenario,
  addDays,
  daysBetween,
  drawDate,
  monthEnd,
  share,
  showDate,
  weekday,
} from '../payables/ap-text.js'

/*
 * Expense-report scenarios. Every family's draw returns `figures` (amounts in integer cents,
 * rates in basis points or tenths of a cent, dates as ISO strings) so the key test can work the
 * key and every named mistake again with its own arithmetic; amounts are rounded half away from
 * zero to the cent, and every stem states the policy, rate and rounding its key depends on.
 */

/** An amount below zero as this model shows one, `-$12.50`: a claim no one submits. */
const NEGATIVE = /(^|\s)-[€$£\d]/

/**
 * An expense family: the ledger family's draw (named mistakes kept distinct, all declared for the
 * key test), less any mistake whose answer here is below zero (a reimbursement or refund under
 * zero is one a learner crosses out, not one they give).
 */
export const family = (id: string, draw: (rng: Rng) => ApScenario): ScenarioFamily => {
  const inner = ledgerFamily(id, draw)
  return {
    id,
    draw: (rng) => {
      const s = inner.draw(rng) as ApScenario
      if (NEGATIVE.test(s.key)) throw new VariantError(`${id}: a key below zero`)
      const wrong = s.wrong.filter(([text]) => !NEGATIVE.test(text))
      if (wrong.length < 3) throw new VariantError(`${id}: fewer than three mistakes above zero`)
      return { ...s, wrong }
    },
  }
}

/** Dollars from cents, `$1,234.50`: US policies, the IRS rates and GSA per diem. */
export const usd = centsIn('$')
/** Pounds from pence, `£1,234.50`: UK policies, HMRC rates and VAT. */
export const gbp = centsIn('£')
/** Euros from cents, `€1,234.50`. */
export const eur = centsIn('€')

/** A money formatter drawn for a case whose policy names no jurisdiction. */
export const anyMoney = (rng: Rng): ((c: number) => string) => rng.pick([usd, gbp, eur])

/** A drawn amount between `low` and `high` whole units, with cents, in cents. */
export const cents = (rng: Rng, low: number, high: number): number =>
  rng.int(low, high) * 100 + rng.int(0, 99)

/** Employees whose reports a virtual assistant prepares; all invented. */
const EMPLOYEES = [
  'Dana Whitlock',
  'Ravi Menon',
  'Ines Carvalho',
  'Tom Okafor',
  'Lena Hart',
  'Marek Novak',
  'Priya Shah',
  'Owen Castell',
  'Sofia Brandt',
  'Kwame Mensah',
] as const
export const employee = (rng: Rng): string => rng.pick(EMPLOYEES)

/** Cities a trip goes to. */
const CITIES = ['Denver', 'Boston', 'Austin', 'Chicago', 'Seattle', 'Atlanta', 'Phoenix'] as const
export const city = (rng: Rng): string => rng.pick(CITIES)

/** Drawn figures summed, for the totals a report shows. */
export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)

/** A list of amounts as a stem shows it: `$12.00, $48.50 and $7.25`. */
export function listed(show: (c: number) => string, xs: readonly number[]): string {
  const parts = xs.map(show)
  return parts.length < 2
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}
