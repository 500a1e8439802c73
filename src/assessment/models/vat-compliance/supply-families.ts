import type { Rng } from '../../rng.js'
import { addDays, family, gbp, monthEnd, showDate, usd, weekday } from './vat-text.js'

// Treatment, place of supply and deadlines. UK: a quarterly return and its payment are due one
// calendar month and seven days after the period ends (Notice 700/12), a direct debit being
// collected three working days after that; annual accounting returns are due two months after
// the year ends (Notice 732); a business over the threshold at a month's end registers within 30
// days of it and is registered from the first day of the second month after (Notice 700/1);
// exports are zero-rated with evidence obtained within three months of the supply (Notice 703);
// claims for overlooked input VAT run four years from the due date of the return for the first
// period in which the input tax could have been claimed (VAT Regulations 1995, reg 29(1A) as
// amended by SI 2009/586; Notice 700/45).
// Liability: children's clothing, printed books and most cold take-away food are zero-rated;
// insurance, residential letting and loan interest exempt; domestic fuel and children's car
// seats 5 %; dividends, wages and donations given for nothing in return outside the scope. EU
// place of supply (Directive 2006/112/EC): B2B general rule at the customer's establishment,
// reverse-charged (arts 44, 196); B2C general rule at the supplier's (art 45); services on land
// where the land is (art 47); admission to events where they take place (art 53);
// telecoms, broadcasting and e-services to consumers at the customer's place (art 58), through
// the OSS. US economic nexus tests and filing dates are stated in each stem.

/** The same day `n` months later, clamped to the month's end. */
function addMonths(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const first = new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 10)
  const last = monthEnd(first)
  const day = Math.min(d, Number(last.slice(8)))
  return `${last.slice(0, 8)}${String(day).padStart(2, '0')}`
}
/** The last day of the month `n` months after the one `iso` is in. */
const endOfMonthAfter = (iso: string, n: number) => monthEnd(addMonths(`${iso.slice(0, 8)}01`, n))
const isWorkday = (iso: string) => weekday(iso) > 0 && weekday(iso) < 6
/** The `n`th working day after `iso`, not counting `iso` itself. */
function workdaysAfter(iso: string, n: number): string {
  let d = iso
  for (let seen = 0; seen < n; ) {
    d = addDays(d, 1)
    if (isWorkday(d)) seen++
  }
  return d
}
const rollForward = (iso: string) => (isWorkday(iso) ? iso : workdaysAfter(iso, 1))
/** A drawn month's last day in 2026 or 2027. */
const drawMonthEnd = (rng: Rng) =>
  monthEnd(`${rng.int(2026, 2027)}-${String(rng.int(1, 12)).padStart(2, '0')}-01`)
const dates = (...xs: string[]) => xs.map(showDate)

/** A choice among fixed answers: every other answer named as the slip that gives it. */
function choose(
  answers: Readonly<Record<string, string>>,
  key: string,
  slips: Readonly<Record<string, string>>,
): { key: string; wrong: [string, string][] } {
  return {
    key: answers[key]!,
    wrong: Object.keys(slips).map((k) => [answers[k]!, slips[k]!] as [string, string]),
  }
}

const LIABILITY = {
  zero: 'Zero-rated',
  exempt: 'Exempt',
  reduced: 'Reduced-rated at 5 %',
  standard: 'Standard-rated at 20 %',
  outside: 'Outside the scope of VAT',
} as const
type Liability = keyof typeof LIABILITY
const SHORT: Readonly<Record<Liability, string>> = {
  zero: 'zero-rated',
  exempt: 'exempt',
  reduced: 'reduced-rated',
  standard: 'standard-rated',
  outside: 'outside-the-scope',
}
const ITEMS: readonly (readonly [string, Liability])[] = [
  ["a sale of children's clothing", 'zero'],
  ['a sale of printed books', 'zero'],
  ['a cold sandwich sold to take away', 'zero'],
  ['an insurance premium received by an insurer', 'exempt'],
  ['rent from letting a flat as someone’s home', 'exempt'],
  ['interest received on a loan made to a customer', 'exempt'],
  ['gas supplied to a customer’s home', 'reduced'],
  ["a sale of a children's car seat", 'reduced'],
  ['a sale of adult clothing', 'standard'],
  ['hot food sold to take away', 'standard'],
  ['a dividend received on shares the business holds', 'outside'],
  ['a donation received with nothing given in return', 'outside'],
]

const PLACES = {
  rc: 'No Dutch VAT: the customer reverse-charges VAT of its own country',
  nl: 'Dutch VAT, charged where the supplier is established',
  oss: 'VAT of the consumer’s country, declared through the OSS',
  land: 'VAT of the country where the property is',
  event: 'VAT of the country where the event takes place',
} as const
type Place = keyof typeof PLACES
const CASES: readonly (readonly [string, Place])[] = [
  ['consultancy for a German company registered for VAT', 'rc'],
  ['marketing advice for a French company registered for VAT', 'rc'],
  ['consultancy for a private individual living in Germany', 'nl'],
  ['legal advice to a private individual living in Belgium', 'nl'],
  ['a streaming subscription to a consumer in Italy (seller over EUR 10,000)', 'oss'],
  ['e-books downloaded by a consumer in Spain (seller over EUR 10,000)', 'oss'],
  ['architect’s services on a building in Belgium for a German company', 'land'],
  ['surveying a warehouse in France for an Irish company', 'land'],
  ['admission to a trade fair in Spain for a German company', 'event'],
  ['admission to a concert in Austria for consumers', 'event'],
]
const PLACE_SLIPS: Readonly<Record<Place, string>> = {
  rc: 'applies the business-to-business general rule',
  nl: 'applies the consumer general rule, the supplier’s place',
  oss: 'taxes an e-service to a consumer where the consumer is',
  land: 'taxes the service where the land is',
  event: 'taxes admission where the event takes place',
}

export const SUPPLY_FAMILIES = [
  family('quarterly-return-due-date', (rng) => {
    const end = drawMonthEnd(rng)
    const key = addDays(endOfMonthAfter(end, 1), 7)
    const [k, ...w] = dates(
      key,
      addDays(addMonths(end, 1), 7),
      endOfMonthAfter(end, 1),
      addDays(end, 7),
      addDays(endOfMonthAfter(end, 2), 7),
      addDays(end, 37),
    )
    return {
      stem: `A VAT quarter ends on ${showDate(end)}. The return and payment are due one calendar month and seven days after the period ends, the month running from the end of one month to the end of the next, with no move for weekends. When are they due?`,
      key: k!,
      wrong: [
        [w[0]!, 'adds a month to the day number, not to the month’s end'],
        [w[1]!, 'forgets the seven days'],
        [w[2]!, 'adds only the seven days'],
        [w[3]!, 'adds two months and seven days'],
        [w[4]!, 'counts 37 days from the period end'],
      ],
      figures: { end },
    }
  }),
  family('direct-debit-collection-date', (rng) => {
    const end = drawMonthEnd(rng)
    const due = addDays(endOfMonthAfter(end, 1), 7)
    const key = workdaysAfter(due, 3)
    const [k, ...w] = dates(
      key,
      due,
      addDays(due, 3),
      workdaysAfter(due, 2),
      workdaysAfter(end, 3),
      workdaysAfter(due, 5),
    )
    return {
      stem: `A VAT quarter ends on ${showDate(end)}; the return is due one calendar month and seven days later (end of month to end of month). Paying by direct debit, HMRC collects three working days (Monday to Friday, ignoring bank holidays) after the due date. On what date is the payment collected?`,
      key: k!,
      wrong: [
        [w[0]!, 'gives the due date, not the collection date'],
        [w[1]!, 'counts three calendar days'],
        [w[2]!, 'counts the due date as the first working day'],
        [w[3]!, 'counts the working days from the period end'],
        [w[4]!, 'counts a working week'],
      ],
      figures: { end },
    }
  }),
  family('annual-accounting-return-due', (rng) => {
    const end = drawMonthEnd(rng)
    const key = endOfMonthAfter(end, 2)
    const [k, ...w] = dates(
      key,
      addDays(endOfMonthAfter(end, 1), 7),
      addDays(endOfMonthAfter(end, 2), 7),
      endOfMonthAfter(end, 3),
      endOfMonthAfter(end, 1),
    )
    return {
      stem: `A business on the annual accounting scheme has a VAT year ending on ${showDate(end)}. The annual return and balancing payment are due two months after the year ends (end of month to end of month), with no move for weekends. When are they due?`,
      key: k!,
      wrong: [
        [w[0]!, 'uses the quarterly one month and seven days'],
        [w[1]!, 'adds seven days to the two months'],
        [w[2]!, 'adds three months'],
        [w[3]!, 'adds one month'],
      ],
      figures: { end },
    }
  }),
  family('registration-effective-date', (rng) => {
    const end = drawMonthEnd(rng)
    const key = addDays(endOfMonthAfter(end, 1), 1)
    const [k, ...w] = dates(
      key,
      addDays(end, 1),
      addDays(end, 30),
      addDays(endOfMonthAfter(end, 2), 1),
      `${end.slice(0, 8)}01`,
    )
    return {
      stem: `A trader's rolling 12-month taxable turnover went over the £90,000 threshold at the end of the month ending ${showDate(end)}. The trader must tell HMRC within 30 days of that month's end and is registered from the first day of the second month after the month the threshold was passed. From what date is the trader registered?`,
      key: k!,
      wrong: [
        [w[0]!, 'registers from the next day'],
        [w[1]!, 'registers from the end of the 30-day notice period'],
        [w[2]!, 'registers from the third month after'],
        [w[3]!, 'registers from the start of the month the threshold was passed'],
      ],
      figures: { end },
    }
  }),
  family('registration-notify-deadline', (rng) => {
    const end = drawMonthEnd(rng)
    const key = addDays(end, 30)
    const [k, ...w] = dates(
      key,
      endOfMonthAfter(end, 1),
      addDays(end, 1),
      addDays(endOfMonthAfter(end, 1), 1),
      addDays(end, 7),
      addDays(end, 60),
    )
    return {
      stem: `A trader's rolling 12-month taxable turnover went over the £90,000 threshold at the end of the month ending ${showDate(end)}. HMRC must be told within 30 days of the end of that month (30 calendar days, no move for weekends). What is the last day to tell HMRC?`,
      key: k!,
      wrong: [
        [w[0]!, 'allows to the end of the next month'],
        [w[1]!, 'expects notice the next day'],
        [w[2]!, 'gives the date registration takes effect'],
        [w[3]!, 'allows only seven days'],
        [w[4]!, 'allows 60 days'],
      ],
      figures: { end },
    }
  }),
  family('eu-place-of-supply-of-services', (rng) => {
    const [what, place] = rng.pick(CASES)
    const slips = Object.fromEntries(
      (Object.keys(PLACES) as Place[])
        .filter((p) => p !== place)
        .map((p) => [p, `${PLACE_SLIPS[p]}`]),
    )
    const { key, wrong } = choose(PLACES, place, slips)
    return {
      stem: `A Dutch business supplies ${what}. Under the EU VAT Directive: business-to-business services are taxed where the customer is established, the customer reverse-charging; consumer services where the supplier is established; services on land where the land is; admission to events where the event takes place; e-services to consumers, once the seller is over EUR 10,000, where the consumer is, through the OSS. How is the supply taxed?`,
      key,
      wrong,
      figures: { what, place },
    }
  }),
  family('uk-liability-of-a-supply', (rng) => {
    const [what, liab] = rng.pick(ITEMS)
    const slips = Object.fromEntries(
      (Object.keys(LIABILITY) as Liability[])
        .filter((l) => l !== liab)
        .map((l) => [l, `codes ${SHORT[liab]} income as ${SHORT[l]}`]),
    )
    const { key, wrong } = choose(LIABILITY, liab, slips)
    return {
      stem: `A bookkeeper codes ${what} for the VAT return. UK liabilities that apply: children's clothing, printed books and cold take-away food are zero-rated; insurance, residential letting and loan interest are exempt; domestic fuel and children's car seats bear 5 %; dividends and donations given for nothing in return are outside the scope; other supplies are standard-rated. How is it treated?`,
      key,
      wrong,
      figures: { what, liab },
    }
  }),
  family('us-economic-nexus-one-state', (rng) => {
    const kind = rng.pick(['sales', 'tx', 'none'] as const)
    const sales = (kind === 'sales' ? rng.int(100, 180) : rng.int(50, 99)) * 1000
    const tx = kind === 'tx' ? rng.int(200, 340) : rng.int(100, 199)
    const answers = {
      sales: 'Yes: its sales reached the $100,000 test',
      tx: 'Yes: its transactions reached the 200 test',
      both: 'No: it would have to pass both tests together',
      none: 'No: it has reached neither test',
    }
    const slips: Record<string, Record<string, string>> = {
      sales: {
        tx: 'credits the transactions test, which it missed',
        both: 'requires both tests to be met',
        none: 'misses that the sales test was met',
      },
      tx: {
        sales: 'credits the sales test, which it missed',
        both: 'requires both tests to be met',
        none: 'applies only the sales test',
      },
      none: {
        sales: 'reads the sales test as $50,000',
        tx: 'reads the transactions test as 100',
        both: 'gives a wrong reason: either test alone would do',
      },
    }
    const { key, wrong } = choose(answers, kind, slips[kind]!)
    return {
      stem: `A remote seller with no physical presence in a state made ${usd(sales * 100)} of sales there last calendar year in ${tx} separate transactions. The state sets economic nexus at $100,000 of sales or 200 separate transactions in the previous or current calendar year. Must the seller register to collect the state's sales tax?`,
      key,
      wrong,
      figures: { sales, tx },
    }
  }),
  family('uk-tax-point-date', (rng) => {
    const delivered = addDays('2026-01-01', rng.int(0, 700))
    const lag = rng.int(3, 28)
    const invoiced = addDays(delivered, lag)
    const key = lag <= 14 ? invoiced : delivered
    const [k, ...w] = dates(
      key,
      lag <= 14 ? delivered : invoiced,
      monthEnd(delivered),
      addDays(delivered, 14),
      addDays(invoiced, 14),
    )
    return {
      stem: `Goods were delivered on ${showDate(delivered)} and invoiced on ${showDate(invoiced)}; no payment came before delivery. The basic tax point is delivery; an invoice issued within 14 days after it moves the tax point to the invoice date, otherwise delivery stands. What is the tax point?`,
      key: k!,
      wrong: [
        [
          w[0]!,
          lag <= 14
            ? 'keeps the delivery date though the invoice came within 14 days'
            : 'takes the invoice date though it came more than 14 days later',
        ],
        [w[1]!, 'uses the month end'],
        [w[2]!, 'adds 14 days to delivery'],
        [w[3]!, 'adds 14 days to the invoice date'],
      ],
      figures: { delivered, invoiced },
    }
  }),
  family('bad-debt-relief-earliest-date', (rng) => {
    const supply = addDays('2026-01-01', rng.int(0, 500))
    const terms = rng.pick([14, 30, 45, 60])
    const due = addDays(supply, terms)
    const key = addMonths(due, 6)
    const [k, ...w] = dates(
      key,
      addMonths(supply, 6),
      addDays(due, 180),
      addMonths(due, 12),
      monthEnd(addMonths(due, 6)),
    )
    return {
      stem: `A standard-rated supply was made and invoiced on ${showDate(supply)} on ${terms}-day terms, so payment was due on ${showDate(due)}. It was never paid and is written off. Bad debt relief may be claimed once six months have passed since the later of the supply date and the due date (same day number six months on). From what date can it be claimed?`,
      key: k!,
      wrong: [
        [w[0]!, 'counts from the supply date'],
        [w[1]!, 'counts 180 days instead of six months'],
        [w[2]!, 'waits twelve months'],
        [w[3]!, 'runs to the end of the sixth month'],
      ],
      figures: { supply, terms },
    }
  }),
  family('cash-accounting-eligibility', (rng) => {
    const inScheme = rng.int(0, 1) === 1
    const t = rng.int(110, 190) * 1000000
    const answers = {
      join: 'It may join the cash accounting scheme',
      cannot: 'It may not join the cash accounting scheme',
      stay: 'It may stay in the cash accounting scheme',
      leave: 'It must leave the cash accounting scheme',
    }
    const keyId = inScheme ? (t > 160000000 ? 'leave' : 'stay') : t <= 135000000 ? 'join' : 'cannot'
    const slipFor: Record<string, string> = inScheme
      ? {
          join: 'tests a member as if it were joining',
          cannot: 'tests a member against the £1,350,000 joining limit',
          stay: 'lets a member stay over the £1,600,000 limit',
          leave: 'applies the £1,350,000 joining limit to a member',
        }
      : {
          join: 'applies the £1,600,000 leaving limit to joining',
          cannot: 'refuses a business within the £1,350,000 limit',
          stay: 'treats a new applicant as a member',
          leave: 'treats a new applicant as a member who must leave',
        }
    const slips = Object.fromEntries(Object.entries(slipFor).filter(([k]) => k !== keyId))
    const { key, wrong } = choose(answers, keyId, slips)
    return {
      stem: `A business ${inScheme ? 'already on cash accounting has taxable turnover for the last 12 months' : 'not yet on cash accounting expects taxable turnover for the next 12 months'} of ${gbp(t)}, excluding VAT. Rules: a business may join if it expects taxable turnover of £1,350,000 or less in the next 12 months; a member must leave once its taxable turnover for the last 12 months is over £1,600,000. What follows?`,
      key,
      wrong,
      figures: { inScheme: inScheme ? 1 : 0, t },
    }
  }),
  family('domestic-reverse-charge-who-accounts', (rng) => {
    const cases = [
      ['a building contractor that is not an end user and is registered for VAT and CIS', 'rc'],
      [
        'a property developer that has told the subcontractor in writing it is an end user',
        'normal',
      ],
      ['a homeowner having an extension built for private use', 'normal'],
      [
        'another CIS subcontractor, registered for VAT, using the work in its own CIS-reported supply',
        'rc',
      ],
    ] as const
    const [who, keyId] = rng.pick(cases)
    const answers = {
      rc: 'The customer accounts for the VAT under the reverse charge',
      normal: 'The subcontractor charges and accounts for 20 % VAT',
      zero: 'No VAT is due: building work is zero-rated',
      outside: 'No VAT is due: CIS work is outside the scope',
    }
    const slips: Record<string, string> =
      keyId === 'rc'
        ? {
            normal: 'charges VAT to a CIS customer who is not an end user',
            zero: 'zero-rates ordinary building work',
            outside: 'treats CIS work as outside the scope of VAT',
          }
        : {
            rc: 'reverse-charges a supply to an end user or a private customer',
            zero: 'zero-rates ordinary building work',
            outside: 'treats CIS work as outside the scope of VAT',
          }
    const { key, wrong } = choose(answers, keyId, slips)
    return {
      stem: `A VAT-registered subcontractor supplies standard-rated construction services of a kind covered by CIS to ${who}. Rules: the domestic reverse charge applies when the customer is VAT-registered, reports under CIS and is not an end user or intermediary; otherwise VAT is charged in the normal way. Who accounts for the VAT?`,
      key,
      wrong,
      figures: { who, keyId },
    }
  }),
  family('export-evidence-deadline', (rng) => {
    const supply = addDays('2026-01-01', rng.int(0, 650))
    const key = addMonths(supply, 3)
    const [k, ...w] = dates(
      key,
      addDays(supply, 90),
      addDays(supply, 30),
      addMonths(supply, 6),
      monthEnd(addMonths(supply, 3)),
    )
    return {
      stem: `A UK business exported goods on ${showDate(supply)}, zero-rating the sale. Zero-rating holds only if official or commercial evidence of the export is obtained within three months of the supply (same day number three months on). By what date must the evidence be held?`,
      key: k!,
      wrong: [
        [w[0]!, 'counts 90 days instead of three months'],
        [w[1]!, 'allows only 30 days'],
        [w[2]!, 'allows six months'],
        [w[3]!, 'runs to the end of the third month'],
      ],
      figures: { supply },
    }
  }),
  family('input-vat-claim-time-limit', (rng) => {
    const end = drawMonthEnd(rng)
    const invoice = addDays(end, -rng.int(10, 60))
    const due = addDays(endOfMonthAfter(end, 1), 7)
    const key = addMonths(due, 48)
    const [k, ...w] = dates(
      key,
      addMonths(end, 48),
      addMonths(invoice, 48),
      addMonths(due, 36),
      addMonths(due, 72),
    )
    return {
      stem: `Input VAT on an invoice dated ${showDate(invoice)} was left off the return for the period ending ${showDate(end)}. That return was due one calendar month and seven days after the period ended (end of month to end of month). Overlooked input VAT may be claimed up to four years after the due date of the return for the first period in which it could have been claimed, here the period the invoice falls in (same day number four years on). What is the last day for the claim?`,
      key: k!,
      wrong: [
        [w[0]!, 'counts from the period end, not the return’s due date'],
        [w[1]!, 'counts from the invoice date'],
        [w[2]!, 'allows three years'],
        [w[3]!, 'allows six years'],
      ],
      figures: { end, invoice },
    }
  }),
  family('us-return-due-date', (rng) => {
    const end = drawMonthEnd(rng)
    const raw = `${endOfMonthAfter(end, 1).slice(0, 8)}20`
    const key = rollForward(raw)
    const [k, ...w] = dates(
      key,
      raw,
      addDays(end, 20),
      rollForward(`${endOfMonthAfter(end, 2).slice(0, 8)}20`),
      rollForward(addDays(end, 30)),
      endOfMonthAfter(end, 1),
    )
    return {
      stem: `A state sales tax return for the month ending ${showDate(end)} is due on the 20th day of the following month; a due date on a Saturday or Sunday moves to the next Monday. When is the return due?`,
      key: k!,
      wrong: [
        [w[0]!, 'does not move a weekend due date'],
        [w[1]!, 'counts 20 days from the period end'],
        [w[2]!, 'gives the 20th of the second month after'],
        [w[3]!, 'counts 30 days from the period end'],
        [w[4]!, 'gives the last day of the following month'],
      ],
      figures: { end },
    }
  }),
  family('flat-rate-scheme-eligibility', (rng) => {
    const inScheme = rng.int(0, 1) === 1
    const t = inScheme ? rng.int(180, 280) * 100000 : rng.int(110, 200) * 100000
    const answers = {
      join: 'It may join the flat rate scheme',
      cannot: 'It may not join the flat rate scheme',
      stay: 'It may stay in the flat rate scheme',
      leave: 'It must leave the flat rate scheme',
    }
    const keyId = inScheme ? (t > 23000000 ? 'leave' : 'stay') : t <= 15000000 ? 'join' : 'cannot'
    const slipFor: Record<string, string> = inScheme
      ? {
          join: 'tests a member as if it were joining',
          cannot: 'tests a member against the £150,000 joining limit',
          stay: 'lets a member stay over the £230,000 limit',
          leave: 'applies the £150,000 joining limit to a member',
        }
      : {
          join: 'applies the £230,000 leaving limit to joining',
          cannot: 'refuses a business within the £150,000 limit',
          stay: 'treats a new applicant as a member',
          leave: 'treats a new applicant as a member who must leave',
        }
    const slips = Object.fromEntries(Object.entries(slipFor).filter(([k]) => k !== keyId))
    const { key, wrong } = choose(answers, keyId, slips)
    return {
      stem: `A business ${inScheme ? 'already on the flat rate scheme had total business income, VAT included, over the last 12 months' : 'not on the flat rate scheme expects taxable turnover, excluding VAT, over the next 12 months'} of ${gbp(t)}. Rules: a business may join if it expects taxable turnover excluding VAT of £150,000 or less in the next 12 months; a member must leave once its total business income including VAT passes £230,000. What follows?`,
      key,
      wrong,
      figures: { inScheme: inScheme ? 1 : 0, t },
    }
  }),
]
