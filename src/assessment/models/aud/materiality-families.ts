import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  an,
  apart as distinctOptions,
  div,
  dol,
  type Fraction,
  frac,
  mul,
  pct2,
  rest,
  sub,
  usd,
} from './aud-text.js'

// Materiality and audit risk. The slips are a benchmark of another case (revenue or total assets
// for a stable profit, profit for a loss-making year), profit after tax for profit before tax, a
// percentage of another entity type or risk level, overall materiality where performance
// materiality is asked, a benchmark figure taken gross (before returns, allowances, depreciation or
// eliminations) or net of something it keeps, a one-off item left in or a recurring one taken out,
// last year's figure carried forward, and a factor of the audit risk model left out or multiplied.

/** Every whole-dollar figure a stem prints, as written. */
const printed = (stem: string): string[] => stem.match(/\$[\d,]+(?![\d,]*\.\d)/g) ?? []
/**
 * `apart`, and also refusing a draw where two of the stem's figures print alike (unless the family
 * repeats one on purpose) or where an option prints as a figure of the stem: the first reads as a
 * slip of the writer, the second points at or away from an option without any working.
 */
const apart = (id: string, draw: Parameters<typeof distinctOptions>[1], repeats = false) =>
  distinctOptions(id, (rng) => {
    const w = draw(rng)
    const figures = printed(w.stem)
    const seen = new Set(figures)
    if (!repeats && seen.size < figures.length) rest()
    if ([w.key, ...w.wrong.map(([x]) => x)].some((x) => seen.has(w.show(x)))) rest()
    return w
  })

const whole = usd(0)
const DOLLAR = 'to the nearest dollar (a half rounded up)'
const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
/** A whole percent as a fraction of one. */
const pc = (p: number): Fraction => frac(p, 100)
/** `x` percent of `base`. */
const at = (p: number, base: Fraction | number): Fraction => mul(pc(p), base)
/** A whole number of dollars drawn between `low` and `high`. */
const amount = (rng: Rng, low: number, high: number): number => rng.int(low, high)
/** `base` scaled by a whole percent, to the dollar. */
const share = (base: number, p: number): number => Math.round((base * p) / 100)

const DEBIT_ACCOUNTS = [
  'property, plant and equipment',
  'trade receivables',
  'inventory',
  'prepayments',
  'intangible assets',
  'other receivables',
] as const
const CREDIT_ACCOUNTS = [
  'trade payables',
  'accrued expenses',
  'bank loan',
  'deferred revenue',
  'provisions',
  'other payables',
] as const

export const MATERIALITY_FAMILIES: ScenarioFamily[] = [
  apart('overall-materiality-at-five-percent-of-profit-before-tax', (rng) => {
    const R = amount(rng, 20_000_000, 80_000_000)
    const PBT = share(R, rng.int(12, 20))
    const FC = share(PBT, rng.pick([3, 4, 6, 7, 8, 9, 10, 11, 12]))
    const OP = PBT + FC
    const GP = OP + share(R, rng.int(10, 25))
    const T = share(PBT, rng.int(21, 28))
    const TA = share(PBT, rng.int(560, 900))
    return {
      stem: `An audit senior is planning the audit of a privately owned manufacturer whose profits have been steady for years. Its draft income statement shows revenue of ${dol(R)}, gross profit of ${dol(GP)}, operating profit (before finance costs) of ${dol(OP)}, finance costs of ${dol(FC)}, profit before tax of ${dol(PBT)} and income tax of ${dol(T)}; total assets are ${dol(TA)}. The firm’s methodology sets overall materiality for a profit-oriented entity with stable profits at 5% of profit before tax (4% for a listed or other public-interest entity); 0.5% of revenue and 1% of total assets are for entities whose profit is not a suitable benchmark. What is overall materiality, ${DOLLAR}?`,
      show: whole,
      figures: { R, GP, OP, FC, PBT, T, TA },
      key: at(5, PBT),
      wrong: [
        [at(5, PBT - T), 'takes 5% of profit after tax'],
        [at(4, PBT), 'uses the 4% rate for a public-interest entity'],
        [mul(frac(5, 1000), R), 'uses 0.5% of revenue'],
        [at(5, OP), 'takes 5% of operating profit, before finance costs'],
        [at(1, TA), 'uses 1% of total assets'],
        [at(5, GP), 'takes 5% of gross profit'],
      ],
    }
  }),
  apart('overall-materiality-from-net-revenue-on-a-thin-margin', (rng) => {
    const G = amount(rng, 60_000_000, 160_000_000)
    const Rt = share(G, rng.int(2, 5))
    const D = share(G, rng.int(1, 4))
    const N = G - Rt - D
    const S = share(G, rng.int(5, 9))
    const PBT = share(N, rng.int(2, 8))
    const GP = share(N, rng.int(12, 20))
    const Np = share(N, rng.int(80, 94))
    const half = (x: number) => mul(frac(5, 1000), x)
    return {
      stem: `A wholesale distributor’s margins are thin and swing from year to year, so the firm’s methodology takes revenue as the benchmark: overall materiality is 1% of revenue where revenue is $50,000,000 or less and 0.5% where it is more, revenue meaning the current year’s net revenue (gross sales less returns and trade discounts, without the sales tax collected). This year the distributor invoiced gross sales of ${dol(G)} (before sales tax), took back returns of ${dol(Rt)}, gave trade discounts of ${dol(D)} and collected ${dol(S)} of sales tax for the state. Its draft gross profit is ${dol(GP)}, its profit before tax ${dol(PBT)}, and last year’s net revenue was ${dol(Np)}. What is overall materiality, ${DOLLAR}?`,
      show: whole,
      figures: { G, Rt, D, N, S, PBT, GP, Np },
      key: half(N),
      wrong: [
        [at(1, N), 'uses the 1% rate of the $50,000,000-or-less band'],
        [half(G), 'takes gross sales before returns and discounts'],
        [half(N + S), 'includes the sales tax collected in revenue'],
        [at(5, PBT), 'takes 5% of profit before tax'],
        [half(Np), 'uses last year’s net revenue'],
        [half(GP), 'applies the revenue rate to gross profit'],
      ],
    }
  }),
  apart('overall-materiality-from-total-assets-of-an-asset-holding-company', (rng) => {
    const X = amount(rng, 80_000_000, 200_000_000)
    const AD = share(X, rng.int(15, 35))
    const FV = X - AD + share(X, rng.int(10, 40))
    const Rg = amount(rng, 2_000_000, 6_000_000)
    const A = share(Rg, rng.int(8, 20))
    const Pp = amount(rng, 200_000, 1_000_000)
    const B = amount(rng, 1_000_000, 5_000_000)
    const O = amount(rng, 500_000, 3_000_000)
    const TA = X - AD + Rg - A + Pp + B
    const P = amount(rng, 1_000_000, 4_000_000)
    const L = share(TA, rng.int(40, 60))
    const E = TA - P - L - O
    return {
      stem: `A company owns and lets warehouses. It is financed by a bank loan and by outside shareholders. The firm’s methodology sets overall materiality for an asset-holding entity at 1% of total assets (2% where the entity is owned and financed only by its managers). Its draft balance sheet shows warehouses at a cost of ${dol(X)} less accumulated depreciation of ${dol(AD)} (the cost model is used; the directors’ valuation of ${dol(FV)} is only disclosed), trade receivables of ${dol(Rg)} less an allowance for expected credit losses of ${dol(A)}, prepayments of ${dol(Pp)}, cash of ${dol(B)} at one bank and an overdraft of ${dol(O)} at another (no right of set-off), trade payables of ${dol(P)}, the bank loan of ${dol(L)} and equity of ${dol(E)}. What is overall materiality, ${DOLLAR}?`,
      show: whole,
      figures: { X, AD, FV, Rg, A, Pp, B, O, P, L, E },
      key: at(1, TA),
      wrong: [
        [at(2, TA), 'uses the 2% rate for an owner-managed entity'],
        [at(1, TA + AD), 'takes the warehouses at cost'],
        [at(1, TA - (X - AD) + FV), 'takes the warehouses at the directors’ valuation'],
        [at(1, E), 'uses net assets (equity)'],
        [at(1, TA - O), 'nets the overdraft against cash'],
        [at(1, TA - P - O), 'deducts the current liabilities'],
      ],
    }
  }),
  apart('overall-materiality-from-profit-normalised-for-one-off-items', (rng) => {
    const P = amount(rng, 8_000_000, 30_000_000)
    const G = share(P, rng.int(10, 25))
    const C = share(P, rng.pick([3, 4, 6, 7, 8, 9]))
    const X = share(P, rng.pick([2, 3, 4, 6]))
    const five = (x: number) => at(5, x)
    return {
      stem: `A client’s draft profit before tax is ${dol(P)}. It includes ${an(dol(G))} gain on the sale of its former head office (a one-off), ${dol(C)} of restructuring costs for closing a plant (also a one-off) and ${an(dol(X))} foreign-exchange gain (the client reports such gains, of varying size, every year). The firm’s methodology sets overall materiality at 5% of profit before tax normalised for one-off items: a one-off gain is taken out, a one-off cost is added back, and recurring items stay in. What is overall materiality, ${DOLLAR}?`,
      show: whole,
      figures: { P, G, C, X },
      key: five(P - G + C),
      wrong: [
        [five(P), 'uses reported profit before tax'],
        [five(P + C), 'adds back the restructuring costs but leaves the gain in'],
        [five(P + G - C), 'adjusts both one-off items the wrong way'],
        [five(P - G), 'takes out the gain but leaves the restructuring costs in'],
        [five(P - G - C), 'deducts the restructuring costs instead of adding them back'],
        [five(P - G + C - X), 'also takes out the recurring exchange gain'],
      ],
    }
  }),
  apart('overall-materiality-from-total-expenses-in-a-loss-making-year', (rng) => {
    const Rv = amount(rng, 2_000_000, 8_000_000)
    const CS = share(Rv, rng.int(40, 70))
    const OE = amount(rng, 10_000_000, 25_000_000)
    const FC = amount(rng, 300_000, 1_500_000)
    const TE = CS + OE + FC
    const L = TE - Rv
    const Pp = share(TE, rng.int(25, 50))
    const TA = share(TE, rng.int(130, 250))
    return {
      stem: `A medical-device company made a loss before tax this year, after a profit before tax of ${dol(Pp)} last year. Its draft income statement shows revenue of ${dol(Rv)}, cost of sales of ${dol(CS)}, operating expenses of ${dol(OE)} and finance costs of ${dol(FC)}; total assets are ${dol(TA)}. The firm’s methodology sets overall materiality at 5% of profit before tax in a profitable year; in a loss-making year it uses 1% of total expenses (cost of sales, operating expenses and finance costs). What is overall materiality, ${DOLLAR}?`,
      show: whole,
      figures: { Rv, CS, OE, FC, Pp, TA },
      key: at(1, TE),
      wrong: [
        [at(5, L), 'takes 5% of the loss before tax'],
        [at(5, Pp), 'keeps last year’s 5% of profit before tax'],
        [at(1, TA), 'uses 1% of total assets'],
        [at(1, Rv), 'uses 1% of revenue'],
        [at(1, OE + FC), 'leaves out cost of sales'],
        [at(1, L), 'nets revenue off the expenses'],
      ],
    }
  }),
  apart('overall-materiality-from-the-three-year-average-profit', (rng) => {
    const y1 = amount(rng, 4_000_000, 12_000_000)
    const y2 = share(y1, rng.int(105, 130))
    const y3 = share(2 * y2 - y1, rng.int(110, 140))
    const m = rng.int(55, 75)
    const [m1, m2, m3] = [m + rng.int(-5, 5), m + rng.int(-5, 5), m + rng.int(-5, 5)]
    const [r1, r2, r3] = [
      Math.round((y1 * 1000) / m1),
      Math.round((y2 * 1000) / m2),
      Math.round((y3 * 1000) / m3),
    ]
    const t = rng.int(21, 28)
    const five = (x: Fraction) => at(5, x)
    const avg = frac(y1 + y2 + y3, 3)
    return {
      stem: `A client’s profit before tax has swung over the last three years: ${dol(y1)} two years ago on revenue of ${dol(r1)}, ${dol(y2)} last year on revenue of ${dol(r2)}, and ${dol(y3)} this year (draft) on revenue of ${dol(r3)}. Income tax was ${t}% of profit before tax in each year. Because profit fluctuates, the firm’s methodology sets overall materiality at 5% of the average profit before tax of the current year and the two prior years. What is overall materiality, ${DOLLAR}?`,
      show: whole,
      figures: { y1, y2, y3, r1, r2, r3, t },
      key: five(avg),
      wrong: [
        [five(frac(y3)), 'uses this year’s profit alone'],
        [five(frac(y2 + y3, 2)), 'averages only this year and last year'],
        [mul(frac(5, 1000), frac(r1 + r2 + r3, 3)), 'takes 0.5% of the average revenue'],
        [five(frac(y2)), 'uses last year’s profit'],
        [five(frac(y1 + y2, 2)), 'averages the two prior years, leaving out this year'],
        [five(mul(avg, pc(100 - t))), 'averages profit after tax'],
      ],
    }
  }),
  apart('performance-materiality-at-the-assessed-engagement-risk', (rng) => {
    const PBT = amount(rng, 5_000_000, 40_000_000)
    const Pp = share(PBT, rng.int(110, 140))
    const mod = rng.pick([60, 65, 70])
    const t = rng.int(21, 28)
    const O = at(5, PBT)
    return {
      stem: `The firm’s methodology sets overall materiality at 5% of profit before tax and performance materiality at a percentage of overall materiality that falls as engagement risk rises: 75% where risk is low, ${mod}% where it is moderate and 50% where it is high. A client’s draft profit before tax is ${dol(PBT)} (last year’s was ${dol(Pp)}) and its income tax rate is ${t}%. The engagement partner has assessed engagement risk as moderate. What is performance materiality, ${DOLLAR}?`,
      show: whole,
      figures: { PBT, Pp, mod, t },
      key: at(mod, O),
      wrong: [
        [O, 'gives overall materiality'],
        [at(75, O), 'uses the 75% for low risk'],
        [at(mod, at(5, Pp)), 'works from last year’s profit'],
        [at(50, O), 'uses the 50% for high risk'],
        [at(100 - mod, O), `takes ${mod}% off overall materiality rather than ${mod}% of it`],
        [at(mod, at(5, mul(PBT, pc(100 - t)))), 'works from profit after tax'],
      ],
    }
  }),
  apart('clearly-trivial-threshold-for-a-listed-client', (rng) => {
    const PBT = amount(rng, 10_000_000, 90_000_000)
    const Pp = share(PBT, rng.int(75, 92))
    const t = rng.int(21, 28)
    const O = at(4, PBT)
    return {
      stem: `The firm’s methodology sets overall materiality at 5% of profit before tax (4% for a listed or other public-interest entity), performance materiality at 70% of overall materiality, and the clearly trivial threshold at 5% of overall materiality (3% for a listed or other public-interest entity). The client is listed; its draft profit before tax is ${dol(PBT)} (last year’s was ${dol(Pp)}) and its income tax rate is ${t}%. What is the clearly trivial threshold, ${DOLLAR}?`,
      show: whole,
      figures: { PBT, Pp, t },
      key: at(3, O),
      wrong: [
        [at(5, O), 'uses the 5% threshold rate of an unlisted entity'],
        [at(3, at(5, PBT)), 'uses the 5% materiality rate of an unlisted entity'],
        [at(5, at(5, PBT)), 'uses both rates of an unlisted entity'],
        [at(3, at(70, O)), 'takes 3% of performance materiality'],
        [at(3, at(4, mul(PBT, pc(100 - t)))), 'works from profit after tax'],
        [at(3, at(4, Pp)), 'works from last year’s profit'],
      ],
    }
  }),
  apart('specific-materiality-for-directors-remuneration', (rng) => {
    const S = amount(rng, 1_500_000, 4_000_000)
    const B = share(S, rng.int(30, 80))
    const U = share(B, rng.int(30, 70))
    const K = share(S, rng.int(5, 15))
    const Pn = share(S, rng.int(6, 14))
    const E = share(S, rng.int(3, 10))
    const X = share(S, rng.int(6, 9))
    const T0 = share(S + B + K + Pn, rng.int(108, 125))
    const p = rng.pick([2, 3, 5])
    const T = S + B + K + Pn
    return {
      stem: `The firm’s methodology sets specific materiality for the disclosure of directors’ remuneration at ${p}% of the total remuneration for the year: salaries, bonuses earned for the year (paid or not), benefits in kind and employer pension contributions; reimbursed business expenses and the employer’s payroll taxes are not remuneration. This year the directors received salaries of ${dol(S)} and earned bonuses of ${dol(B)}, of which ${dol(U)} was still unpaid at the year end; benefits in kind came to ${dol(K)}, employer pension contributions to ${dol(Pn)}, reimbursed business travel to ${dol(E)} and the employer’s payroll taxes on their pay to ${dol(X)}. Last year’s disclosed total was ${dol(T0)}. What is specific materiality, ${DOLLAR}?`,
      show: whole,
      figures: { p, S, B, U, K, Pn, E, X, T0 },
      key: at(p, T),
      wrong: [
        [at(p, T + E), 'counts the reimbursed travel as remuneration'],
        [at(p, T + X), 'counts the employer’s payroll taxes as remuneration'],
        [at(p, T0), 'uses last year’s total'],
        [at(p, T - U), 'leaves out the bonus unpaid at the year end'],
        [at(p, T - K), 'leaves out the benefits in kind'],
        [at(p, T - Pn), 'leaves out the pension contributions'],
      ],
    }
  }),
  apart('specific-materiality-from-loan-covenant-headroom', (rng) => {
    const E = amount(rng, 20_000_000, 60_000_000)
    const ND = share(E, rng.int(345, 365))
    const C = share(E, rng.int(5, 30))
    const Bw = ND + C
    const DA = share(E, rng.int(3, 7))
    const OP = E - DA
    const I = share(Bw, rng.int(5, 8))
    const PBT = OP - I
    const s = 20
    const H = sub(E, frac(ND, 4))
    const key = at(s, H)
    const O = at(5, PBT)
    if (Number(O.n) / Number(O.d) <= Number(key.n) / Number(key.d)) rest()
    return {
      stem: `A client’s bank loan has one covenant: net debt (borrowings less cash) may not exceed 4.0 times EBITDA at the year-end test, stepping down to 3.75 times from the test next June 30. At the year end its borrowings are ${dol(Bw)} and its cash ${dol(C)}; its draft operating profit is ${dol(OP)} after depreciation and amortisation of ${dol(DA)} (EBITDA is operating profit plus depreciation and amortisation), and after interest of ${dol(I)} its profit before tax is ${dol(PBT)}. The firm’s methodology sets overall materiality at 5% of profit before tax and, where a covenant is close to breach, specific materiality for items that affect EBITDA at ${s}% of the headroom: the amount by which EBITDA could fall before the year-end test is breached. What is specific materiality, ${DOLLAR}?`,
      show: whole,
      figures: { Bw, C, OP, DA, I, s },
      key,
      wrong: [
        [H, 'gives the whole headroom'],
        [O, 'uses overall materiality'],
        [at(s, sub(mul(4, E), ND)), 'measures the headroom in net debt instead of EBITDA'],
        [at(s, sub(E, frac(ND * 4, 15))), 'tests against the 3.75 times of next June'],
        [at(s, sub(E, frac(Bw, 4))), 'uses borrowings without deducting cash'],
        [at(s, sub(OP, frac(ND, 4))), 'measures the headroom on operating profit, not EBITDA'],
      ],
    }
  }),
  apart('component-performance-materiality-by-stated-allocation', (rng) => {
    const Rg = amount(rng, 200_000_000, 600_000_000)
    const sh = rng.int(22, 38)
    const Rc = share(Rg, sh)
    const Pg = share(Rg, rng.int(6, 12))
    const Pc = share(Pg, Math.round((sh * rng.int(120, 160)) / 100))
    const n = rng.pick([5, 6])
    const PMg = at(75, at(5, Pg))
    const alloc = (x: Fraction) => mul(x, frac(3, 2))
    return {
      stem: `On a group audit the firm’s methodology sets group overall materiality at 5% of group profit before tax and group performance materiality at 75% of that. It allocates each component’s performance materiality as group performance materiality × the component’s share of group revenue (external sales) × an aggregation factor of 1.5 (no component has as much as two-thirds of group revenue, so each result stays below group performance materiality). The group has ${n} components, revenue of ${dol(Rg)} and profit before tax of ${dol(Pg)}. One component has external sales of ${dol(Rc)} and profit before tax of ${dol(Pc)}. What is that component’s performance materiality, ${DOLLAR}?`,
      show: whole,
      figures: { n, Rg, Pg, Rc, Pc },
      key: alloc(mul(PMg, frac(Rc, Rg))),
      wrong: [
        [alloc(mul(at(5, Pg), frac(Rc, Rg))), 'allocates group overall materiality'],
        [alloc(mul(PMg, frac(Pc, Pg))), 'allocates by share of profit before tax'],
        [PMg, 'gives group performance materiality unallocated'],
        [mul(PMg, frac(Rc, Rg)), 'leaves out the aggregation factor'],
        [div(mul(PMg, frac(Rc, Rg)), frac(3, 2)), 'divides by the aggregation factor'],
        [
          alloc(div(PMg, n)),
          `splits group performance materiality equally among the ${n} components`,
        ],
      ],
    }
  }),
  apart('group-materiality-from-the-consolidated-benchmark', (rng) => {
    const Pe = amount(rng, 8_000_000, 20_000_000)
    const a = amount(rng, 6_000_000, 18_000_000)
    const b = amount(rng, 4_000_000, 12_000_000)
    const Dv = share(a, rng.int(30, 60))
    const IS = amount(rng, 5_000_000, 15_000_000)
    const U = share(IS, rng.int(8, 20))
    const nci = rng.pick([20, 25, 30, 40])
    const GP = Pe + a + b - Dv - U
    const T = share(GP, rng.int(21, 28))
    const five = (x: Fraction | number) => at(5, x)
    return {
      stem: `The firm’s methodology sets group overall materiality at 5% of consolidated profit before tax (before any share of non-controlling interests). The parent’s own profit before tax is ${dol(Pe)}, including ${an(dol(Dv))} dividend from Subsidiary A. Subsidiary A (wholly owned) reports profit before tax of ${dol(a)}, and Subsidiary B (${100 - nci}% owned) ${dol(b)}. During the year A sold goods to B for ${dol(IS)}; the goods still in B’s closing inventory carry ${dol(U)} of A’s profit. On consolidation the dividend and the unrealised profit are eliminated (intra-group sales and purchases cancel with no effect on profit), and the group’s tax charge is ${dol(T)}. What is group overall materiality, ${DOLLAR}?`,
      show: whole,
      figures: { Pe, a, b, Dv, IS, U, nci, T },
      key: five(GP),
      wrong: [
        [five(Pe + a + b), 'adds the entities’ profits without eliminations'],
        [five(Pe + a + b - U), 'leaves the intra-group dividend in'],
        [five(Pe + a + b - Dv), 'leaves the unrealised profit in'],
        [five(Pe + a + b - Dv - IS), 'eliminates all the intra-group sales as profit'],
        [five(GP - T), 'uses group profit after tax'],
        [five(sub(GP, at(nci, b))), 'deducts the non-controlling interests’ share'],
      ],
    }
  }),
  apart('acceptable-test-of-details-risk-from-the-audit-risk-model', (rng) => {
    const AR = 3
    const IR = rng.pick([65, 70, 75, 80, 85, 90])
    const CR = rng.pick([25, 30, 40, 50])
    const AP = rng.pick([30, 35, 40, 45, 50, 55])
    const risk = (...xs: number[]) => div(pc(AR), mul(...xs.map(pc)))
    return {
      stem: `The firm’s methodology uses the audit risk model AR = IR × CR × AP × TD (audit risk, inherent risk, control risk, the risk that substantive analytical procedures miss a misstatement, and test-of-details risk), with audit risk at 5% for an unlisted client and ${AR}% for a listed or other public-interest entity. The client is listed. For the occurrence of sales the team assessed inherent risk at ${IR}%. The design of the controls would support control risk of ${CR}%, but the team has decided not to test their operating effectiveness, and the methodology then takes control risk at 100%. The planned substantive analytical procedures carry an analytical procedures risk of ${AP}%. What test-of-details risk can the team accept, ${PCT2}?`,
      show: pct2,
      figures: { AR, IR, CR, AP },
      key: risk(IR, AP),
      wrong: [
        [risk(IR, CR, AP), 'uses the control risk of the untested controls'],
        [div(pc(5), mul(pc(IR), pc(AP))), 'uses the 5% audit risk of an unlisted client'],
        [risk(AP), 'leaves out inherent risk'],
        [sub(1, risk(IR, AP)), 'gives the assurance needed, not the risk'],
        [risk(IR), 'leaves out the analytical procedures'],
        [mul(pc(AR), pc(IR), pc(AP)), 'multiplies the risks instead of dividing'],
        [pc(AR), 'takes audit risk as the test-of-details risk'],
      ],
    }
  }),
  apart('planning-materiality-from-trailing-twelve-month-profit', (rng) => {
    const Pf = amount(rng, 6_000_000, 20_000_000)
    const q = rng.int(35, 50)
    const P9 = share(Pf, 100 - q)
    const Q4 = Pf - P9
    const Y9 = share(P9, rng.int(105, 125))
    const F4 = share(Q4, Math.round((Y9 / P9) * rng.int(105, 120)))
    const five = (x: Fraction | number) => at(5, x)
    return {
      stem: `An audit senior plans a December year-end audit in October. The client’s business is seasonal, with a strong last quarter. Profit before tax for the nine months to September 30 is ${dol(Y9)}; for the same nine months last year it was ${dol(P9)}, and for the whole of last year ${dol(Pf)}. Management forecasts ${dol(F4)} for this October to December. The firm’s methodology sets planning materiality at 5% of trailing twelve-month profit before tax: this year’s nine months plus last year’s last three months (actual results, not forecasts, and no straight-line annualising for a seasonal business). What is planning materiality, ${DOLLAR}?`,
      show: whole,
      figures: { Y9, P9, Pf, F4 },
      key: five(Y9 + Q4),
      wrong: [
        [five(Y9 + Pf), 'adds all of last year instead of its last quarter'],
        [five(mul(Pf, frac(Y9, P9))), 'grows last year’s profit by the nine-month growth'],
        [five(Y9 + F4), 'adds management’s forecast for the last quarter'],
        [five(mul(Y9, frac(12, 9))), 'annualises the nine months on a straight line'],
        [five(Y9), 'uses the nine months alone'],
        [five(Pf), 'uses last year’s profit'],
      ],
    }
  }),
  apart('revised-performance-materiality-at-completion', (rng) => {
    const F = amount(rng, 10_000_000, 40_000_000)
    const D = share(F, rng.int(70, 90))
    const Cp = share(D, rng.int(4, 10))
    const A = D - Cp
    const Un = share(A, rng.pick([2, 3, 4, 6]))
    const t = rng.pick([21, 23, 26, 28])
    const pm = (p: number, base: Fraction | number) => at(p, at(5, base))
    return {
      stem: `At planning the firm set overall materiality at 5% of forecast profit before tax of ${dol(F)} and performance materiality at 75% of overall (low risk). At completion the draft profit before tax was ${dol(D)}; management has posted corrections that reduce it by ${dol(Cp)} and has left ${dol(Un)} of misstatements overstating profit uncorrected. The income tax rate is ${t}%. The firm’s methodology revises overall materiality to 5% of the final profit before tax after the corrections posted (uncorrected misstatements are not deducted), and because the misstatements found were more than expected, the partner now sets performance materiality at 50% of overall (high risk). What is the revised performance materiality, ${DOLLAR}?`,
      show: whole,
      figures: { F, D, Cp, Un, t },
      key: pm(50, A),
      wrong: [
        [pm(75, A), 'keeps the 75% for low risk'],
        [pm(50, D), 'works from the draft profit before the corrections'],
        [at(5, A), 'gives the revised overall materiality'],
        [pm(75, F), 'keeps the planning performance materiality'],
        [pm(50, mul(A, pc(100 - t))), 'works from profit after tax'],
        [at(50, pm(75, A)), 'takes 50% of performance materiality instead of overall'],
        [pm(50, A - Un), 'also deducts the uncorrected misstatements'],
      ],
    }
  }),
  apart('scoping-balances-above-performance-materiality', (rng) => {
    const PBT = amount(rng, 10_000_000, 40_000_000)
    const t = rng.int(21, 28)
    const O = (PBT * 5) / 100
    const PM = O * 0.75
    const PMp = Math.round(PM * (rng.int(106, 118) / 100))
    const PMt = PM * (1 - t / 100)
    const PMh = O * 0.5
    const CT = O * 0.05
    /** A whole balance inside (lo, hi), away from both ends. */
    const within = (lo: number, hi: number) => Math.round(lo + ((hi - lo) * rng.int(10, 90)) / 100)
    const a1 = within(O, 4 * O)
    const a2 = within(O, 4 * O)
    const b1 = within(PM, PMp)
    const b2 = within(PMp, O)
    const c1 = within(PMt, PM)
    const c2 = within(PMh, PMt)
    const d = within(CT, PMh)
    const e = within(CT / 4, CT)
    const dn = rng.shuffle([...DEBIT_ACCOUNTS])
    const cn = rng.shuffle([...CREDIT_ACCOUNTS])
    const rows = rng.shuffle([
      `${dn[0]} ${dol(a1)} (debit)`,
      `${cn[0]} ${dol(a2)} (credit)`,
      `${dn[1]} ${dol(b1)} (debit)`,
      `${cn[1]} ${dol(b2)} (credit)`,
      `${cn[2]} ${dol(c1)} (credit)`,
      `${dn[2]} ${dol(c2)} (debit)`,
      `${cn[3]} ${dol(d)} (credit)`,
      `${dn[3]} ${dol(e)} (debit)`,
    ])
    const key = a1 + a2 + b1 + b2
    return {
      stem: `The firm’s methodology sets overall materiality at 5% of profit before tax, performance materiality at 75% of overall (50% on a high-risk engagement, which this is not) and the clearly trivial threshold at 5% of overall; a balance is in scope for substantive testing when it is larger than performance materiality, whether a debit or a credit. The client’s draft profit before tax is ${dol(PBT)}, its income tax rate ${t}%, and last year’s performance materiality was ${dol(PMp)}. Its balances are: ${rows.join('; ')}. What is the total of the balances in scope, debits and credits added as amounts, ${DOLLAR}?`,
      show: whole,
      figures: { PBT, t, PMp, a1, a2, b1, b2, c1, c2, d, e },
      key: frac(key),
      wrong: [
        [frac(a1 + a2), 'takes only the balances above overall materiality'],
        [frac(a1 + b1), 'takes only the debit balances'],
        [frac(a1 + a2 + b2), 'uses last year’s performance materiality'],
        [frac(key + c1), 'sets materiality on profit after tax'],
        [frac(key + c1 + c2), 'uses the 50% of a high-risk engagement'],
        [frac(key + c1 + c2 + d), 'takes every balance above the clearly trivial threshold'],
      ],
    }
  }),
  apart('specific-performance-materiality-for-related-party-transactions', (rng) => {
    const PBT = amount(rng, 8_000_000, 50_000_000)
    const s = rng.pick([15, 20, 25])
    const t = rng.int(21, 28)
    const O = at(5, PBT)
    return {
      stem: `The firm’s methodology sets overall materiality at 5% of profit before tax, the clearly trivial threshold at 5% of overall materiality, and specific materiality for related-party transactions at ${s}% of overall materiality. Performance materiality, overall or specific, is a percentage of the materiality it belongs to that falls as the risk of what that materiality covers rises (engagement risk for overall materiality, the area’s own assessed risk for a specific materiality): 75% for low, 65% for moderate and 50% for high risk. The client’s draft profit before tax is ${dol(PBT)} and its income tax rate ${t}%. Engagement risk is moderate, but related-party transactions are a significant (high) risk on this engagement. What is specific performance materiality for related-party transactions, ${DOLLAR}?`,
      show: whole,
      figures: { PBT, s, t },
      key: at(50, at(s, O)),
      wrong: [
        [at(65, at(s, O)), 'uses the 65% of the moderate engagement risk'],
        [at(75, at(s, O)), 'uses the 75% for low risk'],
        [at(s, O), 'gives specific materiality before the performance percentage'],
        [at(5, O), 'uses the clearly trivial threshold'],
        [at(50, at(s, at(5, mul(PBT, pc(100 - t))))), 'works from profit after tax'],
        [at(50, at(s, at(65, O))), 'applies the percentages to overall performance materiality'],
      ],
    }
  }),
]
