import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  dated,
  dollars,
  drawDay,
  family,
  invoiceNo,
  odd,
  onDay,
  pct,
  purse,
  sum,
  three,
  whole,
} from './invoice-text.js'

/** Details a VAT invoice carries under the client's checklist, with a drawn value for each. */
const DETAILS = [
  [
    'the supplier’s VAT number',
    (n: number) => `VAT no. GB${String(100000000 + n * 7919).slice(0, 9)}`,
  ],
  ['the invoice date', (n: number) => `dated ${dated(20000 + (n % 900))}`],
  ['a unique invoice number', (n: number) => `number INV-${String(n).padStart(4, '0')}`],
  ['the customer’s name and address', (n: number) => `billed to client ${n % 97}`],
  ['the VAT rate on each line', (n: number) => `rates of ${n % 2 ? 20 : 5}% shown`],
  ['the VAT amount', (n: number) => `VAT of ${(n / 7).toFixed(2)} shown`],
  ['the date of supply', (n: number) => `supplied ${dated(19990 + (n % 900))}`],
  [
    'a description of the services',
    (n: number) => `described as ${n % 3 ? 'design work' : 'consulting'}`,
  ],
] as const

/** The currency conventions of the locales the families name, as the stem describes them. */
const LOCALES = [
  ['German', 'de-DE'],
  ['French', 'fr-FR'],
  ['Dutch', 'nl-NL'],
  ['Italian', 'it-IT'],
] as const

const group = (units: string, sep: string) => units.replace(/\B(?=(\d{3})+(?!\d))/g, sep)

/**
 * Invoice content and numbering: unbroken sequences, series, corrections by credit note, the
 * details a VAT invoice must carry by the client's checklist, simplified invoices, tax points and
 * the way amounts are written for a customer's locale.
 */
export const DOCUMENT_FAMILIES: readonly ScenarioFamily[] = [
  family('next-number-yearly-reset', (rng) => {
    const y = rng.pick([2025, 2026, 2027])
    const n = rng.int(40, 900)
    const newYear = rng.int(0, 1) === 1
    const p = (year: number, k: number) => `INV-${year}-${String(k).padStart(4, '0')}`
    const key = newYear ? p(y + 1, 1) : p(y, n + 1)
    return three(rng, {
      stem: `A client numbers invoices INV-year-counter; the counter restarts at 0001 each calendar year and never skips. The last invoice, dated ${rng.int(10, 20)} December ${y}, was ${p(y, n)}. The next invoice is dated ${newYear ? `${rng.int(2, 9)} January ${y + 1}` : `${rng.int(21, 30)} December ${y}`}. What is its number?`,
      key,
      wrong: [
        [
          newYear ? p(y + 1, n + 1) : p(y + 1, 1),
          newYear
            ? 'carries the counter into the new year'
            : 'restarts the counter before the year ends',
        ],
        [
          newYear ? p(y, n + 1) : p(y, 1),
          newYear ? 'keeps the old year in the prefix' : 'restarts the counter within the year',
        ],
        [p(y, n), 'reuses the last number'],
        [
          newYear ? p(y + 1, 0) : p(y, n + 2),
          newYear ? 'starts the new year at 0000' : 'skips a number',
        ],
      ],
    })
  }),
  family('number-after-cancelled-invoice', (rng) => {
    const pre = rng.pick(['INV-', 'SI-', 'A'])
    const n = rng.int(100, 900)
    const m = purse(rng)
    return three(rng, {
      stem: `${invoiceNo(pre, n)} for ${m(odd(rng, 100, 3000))} was issued in error and cancelled with a credit note; ${invoiceNo(pre, n + 1)} is the last invoice issued since. Numbers must run in one unbroken sequence with nothing reused. What number does the next invoice take?`,
      key: invoiceNo(pre, n + 2),
      wrong: [
        [invoiceNo(pre, n), 'reuses the cancelled invoice’s number'],
        [invoiceNo(pre, n + 1), 'reuses the last number issued'],
        [invoiceNo(pre, n + 3), 'skips a number for the cancelled invoice'],
        [`${invoiceNo(pre, n)}-R`, 'reissues under the cancelled number with a suffix'],
      ],
    })
  }),
  family('gap-in-sequence', (rng) => {
    const pre = rng.pick(['INV-', 'SI-', 'F'])
    const n = rng.int(100, 900)
    const len = 7
    const gap = rng.int(1, len - 2)
    const issued = Array.from({ length: len }, (_, k) => n + k).filter((k) => k !== n + gap)
    const shown = rng.shuffle(issued).map((k) => invoiceNo(pre, k))
    return three(rng, {
      stem: `An audit of a client's sales ledger lists these invoices for the month, in no order: ${shown.join(', ')}. Numbers must run unbroken from the first to the last. Which number must be accounted for?`,
      key: invoiceNo(pre, n + gap),
      wrong: [
        [invoiceNo(pre, n + len), 'names the next number after the last'],
        [invoiceNo(pre, n - 1), 'names the number before the first'],
        // a listed number away from the gap: overlooked in the unsorted list
        ...rng
          .shuffle(issued.filter((k) => Math.abs(k - (n + gap)) > 1))
          .slice(0, 2)
          .map(
            (k) => [invoiceNo(pre, k), 'overlooks a number the unsorted list does hold'] as const,
          ),
      ],
    })
  }),
  family('missing-required-detail', (rng) => {
    const picks = rng.shuffle([...DETAILS.keys()]).slice(0, 5)
    const missing = picks[0]!
    const shown = picks.slice(1)
    const seed = rng.int(1000, 9999)
    return three(rng, {
      stem: `A client's checklist says every VAT invoice shows ${DETAILS.map((d) => d[0]).join(', ')}. A draft shows: ${DETAILS.filter(
        (_, k) => k !== missing,
      )
        .map((d) => d[1](seed))
        .join('; ')}. What must be added before it is sent?`,
      key: DETAILS[missing]![0],
      wrong: shown.map((k) => [DETAILS[k]![0], 'names a detail the draft already shows'] as const),
    })
  }),
  family('simplified-invoice-threshold', (rng) => {
    const m = purse(rng)
    const limit = rng.pick([25000, 40000, 10000])
    const pre = rng.pick(['R-', 'SI-'])
    const n = rng.int(100, 900)
    const amts = rng.shuffle([
      limit - 100 * rng.int(1, 30),
      limit + rng.int(1, 99),
      // over the limit including VAT, within it net of 20% VAT (at most 1.2 × the limit)
      limit + 100 * rng.int(Math.ceil(limit / 3000), Math.floor(limit / 1000)),
      limit + 100 * rng.int(Math.floor(limit / 1000) + 2, Math.floor(limit / 600)),
    ])
    const ok = amts.map((a) => a <= limit)
    if (ok.filter(Boolean).length !== 1) throw new VariantError('not one simplified case')
    const key = ok.indexOf(true)
    const opt = (k: number) => `${invoiceNo(pre, n + k)} for ${m(amts[k]!)}`
    return three(rng, {
      stem: `The client may issue a simplified VAT invoice when the total including VAT is ${m(limit)} or less; above that a full invoice is required. The sales are all at 20% VAT and shown at their VAT-inclusive totals. Which of these sales may get a simplified invoice?`,
      key: opt(key),
      wrong: amts
        .map((_, k) => k)
        .filter((k) => k !== key)
        .map(
          (k) =>
            [
              opt(k),
              amts[k]! - limit < 100
                ? 'drops the cents before comparing with the limit'
                : 'tests the net at 20% VAT instead of the VAT-inclusive total',
            ] as const,
        ),
    })
  }),
  family('tax-point-fourteen-day-rule', (rng) => {
    const supply = drawDay(rng)
    const within = rng.int(0, 1) === 1
    const lag = within ? rng.int(3, 14) : rng.int(16, 40)
    const inv = supply + lag
    const key = within ? inv : supply
    return onDay(rng, {
      stem: `The client's rule: the tax point is the date of supply, unless the invoice is issued no more than 14 days after supply, in which case it is the invoice date. Work was finished on ${dated(supply)} and invoiced on ${dated(inv)}. What is the tax point?`,
      key,
      wrong: [
        [
          within ? supply : inv,
          within ? 'ignores the 14-day rule' : 'applies the 14-day rule after 14 days',
        ],
        [supply + 14, 'uses the end of the 14 days'],
        [inv + 30, 'uses the payment due date'],
        [
          Math.floor(
            Date.UTC(
              new Date(supply * 86_400_000).getUTCFullYear(),
              new Date(supply * 86_400_000).getUTCMonth() + 1,
              0,
            ) / 86_400_000,
          ),
          'uses the end of the month of supply',
        ],
      ],
      facts: { rule: 'taxpoint', from: supply, days: lag },
    })
  }),
  family('amount-in-customer-locale', (rng) => {
    const [lang, tag] = rng.pick(LOCALES)
    const c = rng.int(100000, 99999999)
    const units = String(Math.floor(c / 100))
    const cents = String(c % 100).padStart(2, '0')
    const dot = `${group(units, '.')},${cents} €`
    const key =
      tag === 'fr-FR'
        ? `${group(units, ' ')},${cents} €`
        : tag === 'nl-NL'
          ? `€ ${group(units, '.')},${cents}`
          : dot
    return three(rng, {
      stem: `A client's invoices to ${lang} customers write euro amounts the way the ${lang} locale (${tag}) does by default. How is an amount of ${Number(units).toLocaleString('en-GB')}.${cents} euros written?`,
      key,
      wrong: [
        [`${group(units, ',')}.${cents} €`, 'keeps English separators'],
        [`€${group(units, ',')}.${cents}`, 'writes the amount the English way'],
        [
          tag === 'fr-FR' ? dot : `${group(units, ' ')},${cents} €`,
          'uses another locale’s grouping',
        ],
        [
          tag === 'nl-NL' ? dot : `€ ${group(units, '.')},${cents}`,
          'puts the symbol on the other side',
        ],
        [`${units},${cents} €`, 'leaves out the thousands grouping'],
      ],
      facts: { locale: tag, cents: c },
    })
  }),
  family('series-per-trading-name', (rng) => {
    const a = rng.int(20, 400)
    const b = rng.int(20, 400)
    if (a === b) throw new VariantError('equal counters')
    const [x, y] = rng.pick([
      ['SH-', 'WS-'],
      ['UK-', 'EU-'],
      ['A-', 'B-'],
    ])
    const which = rng.int(0, 1)
    const pre = [x, y][which]!
    const own = [a, b][which]!
    const other = [a, b][1 - which]!
    const otherPre = [x, y][1 - which]!
    return three(rng, {
      stem: `A client keeps one invoice series per sales channel: ${x} for the shop and ${y} for wholesale, each running unbroken on its own. The last invoices were ${invoiceNo(x, a)} and ${invoiceNo(y, b)}. What number goes on the next ${which === 0 ? 'shop' : 'wholesale'} invoice?`,
      key: invoiceNo(pre, own + 1),
      wrong: [
        [invoiceNo(pre, other + 1), 'continues the other channel’s counter'],
        [invoiceNo(otherPre, own + 1), 'uses the other channel’s prefix'],
        [invoiceNo(pre, Math.max(a, b) + 1), 'runs one counter across both channels'],
        [invoiceNo(otherPre, other + 1), 'numbers it in the other channel'],
      ],
    })
  }),
  family('vat-in-home-currency', (rng) => {
    const m = purse(rng)
    const usd = whole(rng, 500, 9000)
    const r = rng.pick([20, 21, 23])
    const fx = rng.pick([0.92, 0.86, 0.79, 0.94])
    const vatUsd = pct(usd, r)
    const key = Math.round(vatUsd * fx)
    return sum(rng, (c) => `€${m(c).replace(/^\D+/, '')}`, {
      stem: `An invoice in US dollars charges ${dollars(usd)} net plus ${r}% VAT. The client's rule: the VAT must also be shown in euros, converting the dollar VAT at the stated rate of €${fx} per dollar, rounded to the cent. What euro VAT figure is shown?`,
      key,
      wrong: [
        [Math.round(vatUsd / fx), 'divides by the rate instead of multiplying'],
        [vatUsd, 'shows the dollar VAT as euros'],
        [Math.round((usd + vatUsd) * fx), 'converts the gross total instead of the VAT'],
        [Math.round(usd * fx), 'converts the net amount'],
      ],
      formula: `=ROUND(ROUND(B1*B2/100,2)*${fx},2)`,
      cells: { B1: usd / 100, B2: r },
    })
  }),
  family('which-line-is-miscalculated', (rng) => {
    const m = purse(rng)
    const lines = Array.from({ length: 4 }, () => ({ q: rng.int(2, 25), p: odd(rng, 3, 200) }))
    const bad = rng.int(0, 3)
    const slip = rng.pick([-1, 1])
    const shownTotal = (k: number) => {
      const l = lines[k]!
      if (k !== bad) return l.q * l.p
      return (l.q + slip) * l.p
    }
    const text = (k: number) => `${lines[k]!.q} × ${m(lines[k]!.p)} = ${m(shownTotal(k))}`
    return three(rng, {
      stem: `Checking a draft invoice before it goes out, which line total is wrong?`,
      key: text(bad),
      wrong: [0, 1, 2, 3]
        .filter((k) => k !== bad)
        .map((k) => [text(k), 'picks a line whose total is right'] as const),
      recompute: {
        cells: { B1: lines[bad]!.q, B2: lines[bad]!.p / 100 },
        formula: '=B1*B2',
        shows: m(lines[bad]!.q * lines[bad]!.p),
      },
    })
  }),
  family('purchase-order-reference', (rng) => {
    const m = purse(rng)
    const po = `PO-${rng.int(10000, 99999)}`
    const otherPo = `PO-${rng.int(10000, 99999)}`
    const amt = odd(rng, 200, 5000)
    const cap = amt + whole(rng, 0, 20)
    const over = cap + whole(rng, 1, 300)
    const n = rng.int(100, 900)
    const draft = (a: number, ref: string) => `${invoiceNo('INV-', n)}: ${m(a)}, ${ref}`
    return three(rng, {
      stem: `A customer pays only invoices that quote its purchase order and do not exceed the PO's value. ${po} is for ${m(cap)}. Which draft invoice will it pay?`,
      key: draft(amt, `quoting ${po}`),
      wrong: [
        [draft(over, `quoting ${po}`), 'exceeds the purchase order value'],
        [draft(amt, `quoting ${otherPo}`), 'quotes another purchase order'],
        [draft(amt, 'no PO quoted'), 'leaves out the purchase order'],
        [draft(over, 'no PO quoted'), 'exceeds the order value and leaves out the PO'],
        [draft(over, `quoting ${otherPo}`), 'exceeds the order value and quotes another PO'],
        [draft(cap + amt, `quoting ${otherPo}`), 'bills the order twice under another PO'],
      ],
    })
  }),
]
