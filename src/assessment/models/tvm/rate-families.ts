import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { cap, drawn, symbol } from '../scenario/scenario-text.js'
import { bps, client, FREQ, money, percent, ROUND, rateText, show, tvm } from './tvm-calc.js'

// Nominal, periodic and effective rates. Definitions: EAR = (1 + r/m)^m − 1 and its inverse
// r = m((1 + EAR)^(1/m) − 1); continuous EAR = e^r − 1, its rate ln(1 + EAR) (CFA Institute,
// Quantitative Methods, “The Time Value of Money”, stated and effective rates). APR as US
// Regulation Z (12 CFR 1026.22, appendix J (b)(1)) discloses it is the periodic rate times periods a year, a nominal
// rate; APY (Regulation DD, 12 CFR 1030, appendix A) is the effective annual yield. The Fisher
// relation: (1 + nominal) = (1 + real)(1 + inflation).

export const RATE_FAMILIES: readonly ScenarioFamily[] = [
  tvm('tvm-ear-from-nominal', (rng) => {
    const b = bps(rng, 300, 1800)
    const r = b / 10000
    const m = rng.pick([2, 4, 12, 365])
    return {
      stem: `A lender quotes a nominal ${rateText(b)} a year compounded ${FREQ[m]![0]}. What is the effective annual rate (to three decimals of a percent)?`,
      shape: percent(3),
      key: ['ear', r, m],
      wrong: [
        ['nominalAsEffective', ['sum', r], 'takes the quoted nominal rate as the effective rate'],
        ['periodicRate', ['over', r, m], 'gives the rate per period'],
        ['nominalAsPeriodic', ['ear', r * m, m], 'compounds the full annual rate every period'],
        ['continuous', ['earCont', r], 'compounds continuously instead of at the stated frequency'],
        [
          'inverted',
          ['nominal', r, m],
          'converts the wrong way, as if the quote were already effective',
        ],
      ],
    }
  }),
  tvm('tvm-nominal-from-ear', (rng) => {
    const b = bps(rng, 300, 1500)
    const e = b / 10000
    const m = rng.pick([2, 4, 12])
    return {
      stem: `A client wants a rate quoted as a nominal annual rate compounded ${FREQ[m]![0]} that gives an effective ${rateText(b)} a year. What nominal rate should be quoted (to three decimals of a percent)?`,
      shape: percent(3),
      key: ['nominal', e, m],
      wrong: [
        [
          'effectiveAsNominal',
          ['sum', e],
          'quotes the effective rate unchanged as the nominal rate',
        ],
        [
          'periodicOnly',
          ['periodic', e, m],
          'gives the rate per period instead of the annual nominal rate',
        ],
        [
          'dividedEffective',
          ['over', e, m],
          'divides the effective rate by the periods, a rate per period',
        ],
        [
          'compoundedAgain',
          ['ear', e, m],
          'compounds the effective rate again as if it were nominal',
        ],
        ['continuousRate', ['lnRate', e], 'gives the continuously compounded rate'],
        [
          'continuousInverted',
          ['earCont', e],
          'applies the continuous conversion the wrong way, e to the rate less one',
        ],
      ],
    }
  }),
  tvm('tvm-monthly-rate-from-ear', (rng) => {
    const b = bps(rng, 300, 2000)
    const e = b / 10000
    return {
      stem: `A facility costs an effective ${rateText(b)} a year and interest is charged monthly. What monthly rate gives that effective annual rate (to four decimals of a percent)?`,
      shape: percent(4),
      key: ['periodic', e, 12],
      wrong: [
        ['dividedBy12', ['over', e, 12], 'divides the effective rate by 12'],
        [
          'continuousShare',
          ['over', Math.log(1 + e), 12],
          'divides the continuously compounded rate by 12',
        ],
        ['quarterlyRate', ['periodic', e, 4], 'gives the quarterly rate'],
        ['weeklyAs', ['periodic', e, 13], 'divides the year into 13 four-week periods'],
      ],
    }
  }),
  tvm('tvm-continuous-rate-from-ear', (rng) => {
    const b = bps(rng, 300, 1500)
    const e = b / 10000
    return {
      stem: `A model needs the continuously compounded annual rate equivalent to an effective ${rateText(b)} a year. What is it (to three decimals of a percent)?`,
      shape: percent(3),
      key: ['lnRate', e],
      wrong: [
        ['effectiveUnchanged', ['sum', e], 'uses the effective rate unchanged'],
        ['expInstead', ['earCont', e], 'applies e^r − 1, converting the wrong way'],
        [
          'commonLog',
          ['log10Rate', e],
          'uses the common logarithm (LOG) instead of the natural one (LN)',
        ],
        ['monthlyNominal', ['nominal', e, 12], 'gives the nominal rate compounded monthly'],
        ['monthlyShare', ['over', Math.log(1 + e), 12], 'divides the continuous rate by 12'],
        [
          'discountRate',
          ['over', e, 1 + e],
          'gives the discount rate, the rate divided by one plus the rate',
        ],
      ],
    }
  }),
  tvm('tvm-credit-card-apr-to-ear', (rng) => {
    const d = rng.pick([0.0004, 0.00045, 0.0005, 0.00055, 0.0006, 0.00065])
    return {
      stem: `A credit card charges a daily periodic rate of ${(d * 100).toFixed(3).replace(/0+$/, '')}% on a 365-day year, compounding daily. What is the effective annual rate on a balance carried all year (to two decimals of a percent)?`,
      shape: percent(2),
      key: ['ear', d * 365, 365],
      wrong: [
        ['aprAsEar', ['times', d, 365], 'gives the APR (daily rate × 365), a nominal rate'],
        ['year360', ['ear', d * 360, 360], 'compounds over a 360-day year'],
        ['monthlyCompounding', ['ear', d * 365, 12], 'compounds the APR monthly'],
        ['continuous', ['earCont', d * 365], 'compounds the APR continuously'],
        ['leapYear', ['ear', d * 366, 366], 'compounds over a 366-day year'],
      ],
    }
  }),
  tvm('tvm-real-rate-fisher', (rng) => {
    const rb = bps(rng, 400, 1200)
    const pb = bps(rng, 150, Math.min(rb - 100, 800))
    const r = rb / 10000
    const pi = pb / 10000
    return {
      stem: `An investment earns ${rateText(rb)} a year while inflation is ${rateText(pb)}. What is its exact real rate of return (to three decimals of a percent)?`,
      shape: percent(3),
      key: ['ratio', r, pi],
      wrong: [
        ['approximation', ['sum', r, -pi], 'subtracts inflation, the approximation r − π'],
        ['multiplied', ['compound', r, -pi], 'multiplies the growth factor by one minus inflation'],
        [
          'addedInflation',
          ['compound', r, pi],
          'compounds inflation onto the rate instead of taking it out',
        ],
        [
          'dividedByNominal',
          ['over', r - pi, 1 + r],
          'divides the difference by one plus the nominal rate',
        ],
      ],
    }
  }),
  tvm('tvm-nominal-rate-for-a-real-target', (rng) => {
    const rb = bps(rng, 200, 700)
    const pb = bps(rng, 150, 700)
    const real = rb / 10000
    const pi = pb / 10000
    return {
      stem: `A client wants a real return of ${rateText(rb)} a year and expects inflation of ${rateText(pb)}. What nominal return is needed, exactly (to three decimals of a percent)?`,
      shape: percent(3),
      key: ['compound', real, pi],
      wrong: [
        ['approximation', ['sum', real, pi], 'adds the rates, the approximation'],
        ['deflated', ['ratio', real, pi], 'divides by inflation instead of multiplying'],
        [
          'dividedByOneMinus',
          ['ratio', real, -pi],
          'divides by one minus inflation instead of multiplying by one plus inflation',
        ],
        ['squaredInflation', ['compound', real, 2 * pi], 'counts inflation twice'],
      ],
    }
  }),
  tvm('tvm-apy-interest-on-savings', (rng) => {
    const $ = symbol(rng)
    const p = drawn(rng, 5000, 80000, 1000)
    const b = bps(rng, 200, 600)
    const r = b / 10000
    const m = rng.pick([12, 365])
    return {
      stem: `${cap(client(rng))} keeps ${show(money($), p)} for a full year in an account paying a nominal ${rateText(b)} compounded ${FREQ[m]![0]}. How much interest is credited over the year? ${ROUND}`,
      shape: money($),
      key: ['times', p, ['ear', r, m]],
      wrong: [
        ['nominalOnly', ['times', p, r], 'applies the nominal rate once, ignoring compounding'],
        ['onePeriod', ['times', p, r / m], 'credits one period’s interest'],
        ['continuous', ['times', p, Math.exp(r) - 1], 'compounds continuously'],
        [
          'balanceInstead',
          ['fv', p, r / m, m],
          'gives the closing balance instead of the interest',
        ],
        [
          'quarterlyAssumed',
          ['times', p, ['ear', r, 4]],
          'compounds quarterly instead of at the stated frequency',
        ],
        [
          'twoYears',
          ['times', p, ['gain', 1, r / m, 2 * m]],
          'credits two years of compound interest',
        ],
      ],
    }
  }),
  tvm('tvm-quarterly-equivalent-of-monthly', (rng) => {
    const b = bps(rng, 300, 1500)
    const r = b / 10000
    return {
      stem: `A loan is quoted at a nominal ${rateText(b)} a year compounded monthly. A second lender compounds quarterly. What nominal annual rate, compounded quarterly, is equivalent (to three decimals of a percent)?`,
      shape: percent(3),
      key: ['nominal', ['ear', r, 12], 4],
      wrong: [
        ['sameNominal', ['sum', r], 'keeps the same nominal rate'],
        ['effectiveRate', ['ear', r, 12], 'gives the effective annual rate'],
        ['quarterRate', ['sum', (1 + r / 12) ** 3 - 1], 'gives the rate per quarter'],
        [
          'treatedAsEffective',
          ['nominal', r, 4],
          'treats the monthly-compounded rate as an effective rate',
        ],
      ],
    }
  }),
  tvm('tvm-cost-of-forgoing-a-prompt-payment-discount', (rng) => {
    const dPct = rng.pick([1, 2, 3])
    const dd = rng.pick([10, 15])
    const net = rng.pick([30, 45, 60])
    const d = dPct / 100
    const days = net - dd
    return {
      stem: `A supplier’s terms are ${dPct}/${dd} net ${net}. What effective annual rate does ${client(rng)} pay by skipping the discount and paying on day ${net} (365-day year, compounded; three decimals of a percent)?`,
      shape: percent(3),
      key: ['ear', (d / (1 - d)) * (365 / days), 365 / days],
      wrong: [
        [
          'nominalCost',
          ['times', d / (1 - d), 365 / days],
          'annualises by simple multiplication, a nominal rate',
        ],
        [
          'discountOnGross',
          ['ear', d * (365 / days), 365 / days],
          'divides by the gross invoice instead of the net',
        ],
        [
          'wholeTerm',
          ['ear', (d / (1 - d)) * (365 / net), 365 / net],
          'uses the full credit term instead of the extra days',
        ],
        ['singlePeriod', ['over', d, 1 - d], 'gives the cost for one period only'],
        [
          'discountWindow',
          ['ear', (d / (1 - d)) * (365 / dd), 365 / dd],
          'divides the year by the discount period instead of the extra days of credit',
        ],
        [
          'compoundedDaily',
          ['ear', (d / (1 - d)) * (365 / days), 365],
          'compounds the nominal cost daily instead of once per credit period',
        ],
      ],
    }
  }),
  tvm('tvm-compare-two-quotes-by-ear', (rng) => {
    const a = bps(rng, 500, 1200)
    const bq = a + bps(rng, 10, 40, 5)
    const ra = a / 10000
    const rb = bq / 10000
    return {
      stem: `Quote A is a nominal ${rateText(a)} compounded monthly; quote B is ${rateText(bq)} compounded annually. By how many percentage points is B’s effective annual rate above A’s (to three decimals; negative if below)?`,
      shape: percent(3),
      signed: true,
      key: ['diff', rb, ['ear', ra, 12]],
      wrong: [
        ['nominalGap', ['sum', rb, -ra], 'compares the nominal rates'],
        [
          'bothMonthly',
          ['sum', (1 + rb / 12) ** 12 - 1, -((1 + ra / 12) ** 12 - 1)],
          'compounds B monthly too',
        ],
        [
          'swapped',
          ['sum', (1 + rb / 12) ** 12 - 1, -ra],
          'compounds B monthly and A annually, swapping the terms',
        ],
        ['reversedSign', ['sum', (1 + ra / 12) ** 12 - 1, -rb], 'subtracts B from A'],
      ],
    }
  }),
  tvm('tvm-semiannual-to-effective-bond-yield', (rng) => {
    const b = bps(rng, 300, 900)
    const y = b / 10000
    return {
      stem: `A bond’s yield is quoted as ${rateText(b)}, a bond-equivalent yield (semi-annual compounding). What is its effective annual yield (to three decimals of a percent)?`,
      shape: percent(3),
      key: ['ear', y, 2],
      wrong: [
        ['quotedAsEffective', ['sum', y], 'takes the quoted yield as effective'],
        ['halfYearRate', ['over', y, 2], 'gives the half-year rate'],
        ['doubleApplied', ['ear', 2 * y, 2], 'applies the full yield each half-year'],
        ['monthly', ['ear', y, 12], 'compounds monthly'],
        ['inverted', ['nominal', y, 2], 'converts the wrong way, to a nominal rate'],
      ],
    }
  }),
  tvm('tvm-effective-rate-over-a-partial-year', (rng) => {
    const b = bps(rng, 300, 1200)
    const e = b / 10000
    const months = rng.pick([3, 4, 6, 9])
    return {
      stem: `A fund earns an effective ${rateText(b)} a year. What return does it earn over ${months} months at the same rate (to three decimals of a percent)?`,
      shape: percent(3),
      key: ['gain', 1, e, months / 12],
      wrong: [
        ['proRata', ['times', e, months / 12], 'pro-rates the annual rate simply'],
        ['fullYear', ['sum', e], 'gives the full year’s return'],
        ['monthlyPeriodic', ['periodic', e, 12], 'gives one month’s rate'],
        [
          'compoundedMonthsNominal',
          ['sum', (1 + e / 12) ** months - 1],
          'compounds the annual rate ÷ 12 each month',
        ],
        [
          'reciprocal',
          ['sum', (1 + e) ** (12 / months) - 1],
          'raises to 12 ÷ months instead of months ÷ 12',
        ],
      ],
    }
  }),
  tvm('tvm-annual-rate-from-a-quarterly-return', (rng) => {
    const q = bps(rng, 50, 400)
    const rq = q / 10000
    return {
      stem: `A client’s fund returned ${rateText(q)} in one quarter. At the same quarterly return, what is the annualised (compound) return (to three decimals of a percent)?`,
      shape: percent(3),
      key: ['gain', 1, rq, 4],
      wrong: [
        ['simpleAnnualised', ['times', rq, 4], 'multiplies the quarter’s return by four'],
        ['quarterOnly', ['sum', rq], 'reports the quarter’s return'],
        ['compoundedMonthly', ['gain', 1, rq, 12], 'compounds it 12 times, as if it were monthly'],
        ['twoQuarters', ['gain', 1, rq, 2], 'compounds it over two quarters'],
        ['fiveQuarters', ['gain', 1, rq, 5], 'compounds it over five quarters, one too many'],
        [
          'continuousAnnualised',
          ['earCont', 4 * rq],
          'compounds four times the quarter’s return continuously',
        ],
      ],
    }
  }),
]
