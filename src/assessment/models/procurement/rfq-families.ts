import { VariantError } from '../assemble-variant.js'
import { MONTH_NAMES } from '../month-names.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  amount,
  bidder,
  Client,
  cents,
  client,
  family,
  figures,
  goods,
  part,
  points,
  possessive,
  supplier,
  symbol,
  worked,
} from './pro-text.js'

// Requests for quotation and the smaller award decisions around them: quotes with set-up and
// delivery charges compared at the quantity needed, how long a quote stays open, bonds set as a
// share of the contract price, moderated quality marks, and quality thresholds applied before
// price is scored.

const DAY = 86_400_000
const later = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
/** `14 March 2027`. */
export const dated = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`
}

export const RFQ_FAMILIES: readonly ScenarioFamily[] = [
  family('rfq-cheapest-with-setup-and-delivery', (rng) => {
    const { item, unit } = goods(rng)
    const q = rng.int(5, 60) * 10
    const unitPrice = [amount(rng, 3, 12) + rng.int(0, 99), 0, 0, 0]
    unitPrice[1] = unitPrice[0]! + rng.int(20, 120)
    unitPrice[2] = unitPrice[0]! + rng.int(121, 260)
    unitPrice[3] = unitPrice[0]! - rng.int(10, 60)
    const setup = [amount(rng, 150, 400, 10), amount(rng, 0, 60, 10), 0, amount(rng, 400, 900, 10)]
    const carriage = [
      amount(rng, 20, 80, 5),
      amount(rng, 20, 80, 5),
      amount(rng, 20, 80, 5),
      amount(rng, 60, 150, 5),
    ]
    const at = rng.shuffle([0, 1, 2, 3])
    const m = cents(symbol(rng))
    const total = (j: number) => q * unitPrice[j]! + setup[j]! + carriage[j]!
    const js = [0, 1, 2, 3]
    const least = (f: (j: number) => number) => js.reduce((a, b) => (f(b) < f(a) ? b : a))
    const sorted = js.map(total).sort((a, b) => a - b)
    if (sorted[0] === sorted[1]) throw new VariantError('two quotes tie')
    const say = (j: number, v: number) => `${bidder(at[j]!)}: ${m(v)}`
    const win = least(total)
    const unitOnly = least((j) => unitPrice[j]!)
    const noSetup = least((j) => q * unitPrice[j]! + carriage[j]!)
    const noCarriage = least((j) => q * unitPrice[j]! + setup[j]!)
    const setupPerUnit = least((j) => q * (unitPrice[j]! + setup[j]!) + carriage[j]!)
    const rows = [0, 1, 2, 3]
      .map((k) => at.indexOf(k))
      .map(
        (j) =>
          `${bidder(at[j]!)} ${m(unitPrice[j]!)} each, set-up ${m(setup[j]!)}, carriage ${m(carriage[j]!)}`,
      )
    return worked(rng, {
      stem: `${Client(rng)} needs ${q} ${unit} of ${item}, delivered in one drop. Quotes (set-up and carriage are charged once per order): ${rows.join('; ')}. Which quote is cheapest for this order, and what is its total?`,
      in: {
        q,
        ...Object.fromEntries(
          at.map((k, j) => [`b${k}`, `${unitPrice[j]}|${setup[j]}|${carriage[j]}`]),
        ),
      },
      key: say(win, total(win)),
      wrong: [
        ['lowestUnitPrice', say(unitOnly, total(unitOnly)), 'picks the lowest unit price'],
        [
          'noSetup',
          say(noSetup, q * unitPrice[noSetup]! + carriage[noSetup]!),
          'leaves out the set-up charges',
        ],
        [
          'noCarriage',
          say(noCarriage, q * unitPrice[noCarriage]! + setup[noCarriage]!),
          'leaves out the carriage',
        ],
        [
          'setupPerUnit',
          say(
            setupPerUnit,
            q * (unitPrice[setupPerUnit]! + setup[setupPerUnit]!) + carriage[setupPerUnit]!,
          ),
          'charges the set-up on every unit',
        ],
        [
          'winnerGoodsOnly',
          say(win, q * unitPrice[win]!),
          'gives the winner’s goods value as its total',
        ],
      ],
    })
  }),
  family('quote-validity-last-day', (rng) => {
    const issued = later('2026-01-01', rng.int(0, 700))
    const received = later(issued, rng.int(2, 9))
    const days = rng.pick([30, 45, 60, 90])
    return worked(rng, {
      stem: `${possessive(supplier(rng))} quotation is dated ${dated(issued)} and reached ${client(rng)} on ${dated(received)}. It states: "valid for ${days} days from the date of this quotation", counting the day after the date as day 1. What is the last day an order can be placed at the quoted price?`,
      in: { issued, received, days },
      key: dated(later(issued, days)),
      wrong: [
        ['fromReceipt', dated(later(received, days)), 'counts from the day the quote arrived'],
        ['dateAsDayOne', dated(later(issued, days - 1)), 'counts the quotation date as day 1'],
        [
          'calendarMonths',
          dated(addMonths(issued, Math.round(days / 30))),
          'counts months instead of days',
        ],
        ['workingDays', dated(addWorkingDays(issued, days)), 'counts working days only'],
      ],
    })
  }),
  family('performance-bond-amount', (rng) => {
    const price = amount(rng, 40_000, 900_000, 500)
    const vat = rng.pick([20, 21, 19])
    const pct = rng.pick([5, 10, 15])
    const advance = part(price * rng.pick([10, 20]), 100)
    const m = cents(symbol(rng))
    const gross = price + part(price * vat, 100)
    return figures(rng, m, {
      stem: `A contract price is ${m(price)} excluding VAT (${vat}% VAT on top). The conditions require a performance bond of ${pct}% of the contract price excluding VAT; a separate advance payment of ${m(advance)} is covered by its own guarantee. What must the performance bond be for?`,
      in: { price, vat, pct, advance },
      key: part(price * pct, 100),
      wrong: [
        ['includingVat', part(gross * pct, 100), 'takes the percentage of the VAT-inclusive price'],
        [
          'netOfAdvance',
          part((price - advance) * pct, 100),
          'deducts the advance before taking the percentage',
        ],
        ['plusAdvance', part(price * pct, 100) + advance, 'adds the advance to the bond'],
        ['vatRate', part(price * vat, 100), 'takes the VAT rate instead of the bond rate'],
        [
          'bondOfVat',
          part(part(price * vat, 100) * pct, 100),
          'takes the bond percentage of the VAT',
        ],
        ['bondOfAdvance', part(advance * pct, 100), 'takes the percentage of the advance'],
      ],
    })
  }),
  family('moderated-quality-score', (rng) => {
    const weight = rng.pick([20, 25, 30, 40])
    const marks = [rng.int(1, 5), rng.int(1, 5), rng.int(1, 5)].sort((a, b) => a - b)
    if (marks[0] === marks[2]) throw new VariantError('evaluators agree')
    const listed = rng.shuffle(marks)
    return figures(rng, points, {
      stem: `Three evaluators mark a bidder's method statement 0–5: ${listed.join(', ')}. The evaluation plan takes the median mark as the moderated mark and awards (mark ÷ 5) × ${weight} points. How many points does the criterion earn, to two decimal places?`,
      in: { weight, l0: listed[0]!, l1: listed[1]!, l2: listed[2]! },
      key: part(marks[1]! * weight * 100, 5),
      wrong: [
        [
          'mean',
          part((marks[0]! + marks[1]! + marks[2]!) * weight * 100, 15),
          'averages the three marks',
        ],
        ['highest', part(marks[2]! * weight * 100, 5), 'takes the highest mark'],
        ['lowest', part(marks[0]! * weight * 100, 5), 'takes the lowest mark'],
        [
          'middleListed',
          part(listed[1]! * weight * 100, 5),
          'takes the middle mark as listed, not in order of size',
        ],
        ['outOf10', part(marks[1]! * weight * 100, 10), 'scales the mark out of 10'],
        [
          'markAsPercent',
          marks[1]! * 2_000,
          'gives the mark as a percentage of 5 instead of points',
        ],
      ],
    })
  }),
  family('quality-threshold-before-price', (rng) => {
    const [w, q] = rng.pick([
      [40, 60],
      [30, 70],
      [50, 50],
    ] as const)
    const threshold = rng.pick([50, 60])
    const bids = [
      amount(rng, 20_000, 26_000, 10),
      amount(rng, 27_000, 33_000, 10),
      amount(rng, 34_000, 40_000, 10),
    ]
    const quality = [
      threshold - rng.int(3, 15),
      threshold + rng.int(2, 25),
      threshold + rng.int(2, 35),
    ]
    const at = rng.shuffle([0, 1, 2])
    const m = cents(symbol(rng))
    const k = 2
    const ratioPts = (low: number) => part(w * 100 * low, bids[k]!)
    const rows = [0, 1, 2]
      .map((b) => at.indexOf(b))
      .map((j) => `${bidder(at[j]!)} ${m(bids[j]!)}, quality ${quality[j]}%`)
    return figures(rng, points, {
      stem: `Bids must reach a quality mark of ${threshold}% to go forward; those that do score price as (lowest bid going forward ÷ bid) × ${w}. Quality is worth ${q} points. Bids: ${rows.join('; ')}. How many price points does ${bidder(at[k]!)} earn, to two decimal places?`,
      in: {
        w,
        q,
        threshold,
        ...Object.fromEntries(at.map((b, j) => [`b${b}`, `${bids[j]}|${quality[j]}`])),
        asked: at[k]!,
      },
      key: ratioPts(bids[1]!),
      wrong: [
        [
          'includesFailed',
          ratioPts(bids[0]!),
          'keeps the bid that failed the threshold as the lowest',
        ],
        ['unweighted', part(10_000 * bids[1]!, bids[k]!), 'scores price out of 100'],
        [
          'qualityWeight',
          part(q * 100 * bids[1]!, bids[k]!),
          'applies the quality weight to price',
        ],
        [
          'linear',
          Math.max(0, part(w * 100 * (2 * bids[1]! - bids[k]!), bids[1]!)),
          'deducts the percentage above the lowest',
        ],
        [
          'pointsLost',
          w * 100 - ratioPts(bids[1]!),
          'gives the points lost instead of those earned',
        ],
        [
          'averageBase',
          ratioPts(part(bids[1]! + bids[2]!, 2)),
          'divides the average qualifying bid by the bid',
        ],
      ],
    })
  }),
]

/** The same day `n` months on, clamped to the month's last day. */
function addMonths(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const last = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate()
  return new Date(Date.UTC(y, m - 1 + n, Math.min(d, last))).toISOString().slice(0, 10)
}
/** `n` Monday-to-Friday days after `iso`. */
function addWorkingDays(iso: string, n: number): string {
  let d = iso
  for (let left = n; left > 0; ) {
    d = later(d, 1)
    const w = new Date(`${d}T00:00:00Z`).getUTCDay()
    if (w !== 0 && w !== 6) left--
  }
  return d
}
