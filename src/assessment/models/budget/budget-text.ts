import type { Rng } from '../../rng.js'

export {
  bp,
  cap,
  ceilDiv,
  cents,
  family,
  money,
  type PricingScenario as BudgetScenario,
  pctBp,
  share,
  whole,
} from '../pricing/pricing-text.js'

/*
 * Budgeting scenarios for a freelance FP&A or management accountant working for small firms.
 * Every family's draw returns `figures` (money in integer cents, rates in basis points or whole
 * percent, counts as whole numbers) so the key test can work the key and every named mistake
 * again with its own arithmetic. Money is rounded half away from zero to the cent and counts as
 * each stem states.
 */

const grouped = (n: number): string => n.toLocaleString('en-US')

/** A count of finished units: `1,250 units`. */
export const units = (n: number): string => `${grouped(n)} units`
/** A quantity of material: `1,250 kg`. */
export const kg = (n: number): string => `${grouped(n)} kg`
/** A number of hours: `1,250 hours`. */
export const hours = (n: number): string => `${grouped(n)} hours`
/** A number of days: `45 days`. */
export const days = (n: number): string => `${grouped(n)} days`

/** The small firms a freelance management accountant budgets for; invented. */
const CLIENTS = [
  'a furniture maker',
  'a craft brewery',
  'a precision engineering firm',
  'a bakery wholesaler',
  'a garden-products manufacturer',
  'a cosmetics maker',
  'a printing firm',
  'a kitchen-worktop fabricator',
  'a specialist food producer',
  'a bicycle-parts maker',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

/** Service firms, for the cash, forecast and review families that have no production. */
const FIRMS = [
  'a design agency',
  'a dental practice',
  'an IT support firm',
  'a wholesale distributor',
  'a marketing consultancy',
  'a training company',
  'an online retailer',
  'a veterinary practice',
] as const
export const firm = (rng: Rng): string => rng.pick(FIRMS)

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const
/** A month name, 1-based. */
export const month = (m: number): string => MONTHS[(m - 1 + 12) % 12]!
