import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { Client, cash, drawn, family, figures, n, pct, plain, symbol } from './mres-text.js'

// Market sizing as a freelance researcher builds it for a small client: top-down (population ×
// shares narrowing TAM to SAM to SOM) and bottom-up (buyers × purchase frequency × price), the
// compound annual growth rate (end/start)^(1/years) − 1, projections at a CAGR, market share,
// and stated-intent calibration (the stem states the conversion factors the agency applies).
// Every share, factor and price is stated in the stem.

const money = (sym: string) => (v: number) => `${cash(sym, 1)(v / 1e6)}m`

export const SIZING_FAMILIES: readonly ScenarioFamily[] = [
  family('sam-top-down', (rng) => {
    const sym = symbol(rng)
    const tam = drawn(rng, 200, 900, 10) * 1e6
    const a = drawn(rng, 20, 60) / 100
    const b = drawn(rng, 20, 70) / 100
    const m = drawn(rng, 2, 12) / 100
    return figures(rng, money(sym), {
      stem: `${Client(rng)} is sizing its market top-down. The total national market (TAM) is ${money(sym)(tam)} a year; ${pct(0)(a)} of it is in the regions the client can serve, and ${pct(0)(b)} of that is in the premium segment its product fits. The client hopes to win ${pct(0)(m)} of what it can serve. What is the serviceable available market (SAM)?`,
      in: { tam, a, b, m },
      key: tam * a * b,
      wrong: [
        [
          'som',
          tam * a * b * m,
          'gives the obtainable market (SOM), applying the hoped-for share too',
        ],
        ['oneFilter', tam * a, 'applies the regional filter but not the segment'],
        ['added', tam * (a + b - a * b), 'combines the two filters as if either one qualified'],
        ['tamShare', tam * m, 'applies the hoped-for share straight to the TAM'],
      ],
    })
  }),
  family('som-top-down', (rng) => {
    const sym = symbol(rng)
    const tam = drawn(rng, 200, 900, 10) * 1e6
    const a = drawn(rng, 20, 60) / 100
    const m = drawn(rng, 3, 15) / 100
    return figures(rng, money(sym), {
      stem: `A market of ${money(sym)(tam)} a year (TAM); ${pct(0)(a)} is reachable through the channels ${Client(rng).toLowerCase()} sells in (SAM); it expects to win ${pct(0)(m)} of the reachable market within three years. What is the serviceable obtainable market (SOM)?`,
      in: { tam, a, m },
      key: tam * a * m,
      wrong: [
        ['sam', tam * a, 'stops at the SAM'],
        ['tamShare', tam * m, 'applies the share to the TAM'],
        ['perYear', (tam * a * m) / 3, 'divides by the three years'],
        ['cumulative', tam * a * m * 3, 'multiplies by the three years'],
      ],
    })
  }),
  family('bottom-up-annual-revenue', (rng) => {
    const sym = symbol(rng)
    const hh = drawn(rng, 200, 900, 10) * 1000
    const pen = drawn(rng, 5, 30) / 100
    const freq = drawn(rng, 2, 12)
    const price = drawn(rng, 5, 40)
    return figures(rng, money(sym), {
      stem: `Bottom-up sizing for a pet treat: ${n(hh)} households in the area, ${pct(0)(pen)} of them buy this kind of treat, buyers purchase ${freq} times a year, and the average pack is ${cash(sym, 0)(price)}. What is the annual market value?`,
      in: { hh, pen, freq, price },
      key: hh * pen * freq * price,
      wrong: [
        ['noFreq', hh * pen * price, 'leaves out purchase frequency'],
        ['noPen', hh * freq * price, 'assumes every household buys'],
        ['monthly', hh * pen * freq * price * 12, 'treats the yearly frequency as monthly'],
        ['divFreq', (hh * pen * price) / freq, 'divides by the frequency instead of multiplying'],
      ],
    })
  }),
  family('bottom-up-b2b-subscriptions', (rng) => {
    const sym = symbol(rng)
    const firms = drawn(rng, 2000, 20000, 100)
    const fit = drawn(rng, 20, 60) / 100
    const seats = drawn(rng, 2, 12)
    const price = drawn(rng, 10, 60)
    return figures(rng, money(sym), {
      stem: `A software start-up sells per-seat subscriptions at ${cash(sym, 0)(price)} per seat per month. There are ${n(firms)} accounting firms in the country, ${pct(0)(fit)} of which fit its target profile, averaging ${seats} seats each. What is the annual serviceable market?`,
      in: { firms, fit, seats, price },
      key: firms * fit * seats * price * 12,
      wrong: [
        ['monthly', firms * fit * seats * price, 'gives a month’s value, not a year’s'],
        ['noSeats', firms * fit * price * 12, 'prices per firm, not per seat'],
        ['allFirms', firms * seats * price * 12, 'counts every firm, not those that fit'],
        ['weeks', firms * fit * seats * price * 52, 'multiplies the monthly price by 52'],
      ],
    })
  }),
  family('cagr', (rng) => {
    const start = drawn(rng, 20, 200)
    const years = rng.int(3, 7)
    const g = drawn(rng, 3, 18) / 100
    const end = Math.round(start * (1 + g) ** years)
    return figures(rng, pct(1), {
      stem: `A category was worth ${start}m in 2019 and ${end}m ${years} years later. What is its compound annual growth rate (one decimal place)?`,
      in: { start, end, years },
      key: (end / start) ** (1 / years) - 1,
      wrong: [
        ['simple', (end / start - 1) / years, 'divides total growth by the years (simple average)'],
        ['total', end / start - 1, 'gives the total growth over the period'],
        [
          'plusOne',
          (end / start) ** (1 / (years + 1)) - 1,
          'counts the years inclusively, one too many',
        ],
        ['minusOne', (end / start) ** (1 / (years - 1)) - 1, 'counts one year too few'],
      ],
    })
  }),
  family('projection-at-cagr', (rng) => {
    const sym = symbol(rng)
    const now = drawn(rng, 20, 300) * 1e6
    const g = drawn(rng, 3, 15) / 100
    const years = rng.int(3, 6)
    return figures(rng, money(sym), {
      stem: `The market is ${money(sym)(now)} this year and forecast to grow at a CAGR of ${pct(0)(g)}. What will it be worth ${years} years from now?`,
      in: { now, g, years },
      key: now * (1 + g) ** years,
      wrong: [
        ['simple', now * (1 + g * years), 'adds simple growth, not compound'],
        ['oneShort', now * (1 + g) ** (years - 1), 'compounds one year too few'],
        ['oneMore', now * (1 + g) ** (years + 1), 'compounds one year too many'],
        ['growthOnly', now * ((1 + g) ** years - 1), 'gives only the growth, not the new value'],
      ],
    })
  }),
  family('market-share-value', (rng) => {
    const sym = symbol(rng)
    const units = drawn(rng, 20, 200) * 1000
    const price = drawn(rng, 5, 30)
    const mu = drawn(rng, 400, 3000) * 1000
    const mv = mu * rng.pick([8, 10, 12, 15])
    return figures(rng, pct(1), {
      stem: `${Client(rng)} sold ${n(units)} units at an average ${cash(sym, 0)(price)} last year; the category sold ${n(mu)} units worth ${cash(sym, 0)(mv)}. What is the client's value share (one decimal place)?`,
      in: { units, price, mu, mv },
      key: (units * price) / mv,
      wrong: [
        ['volume', units / mu, 'gives the volume share'],
        [
          'ofRest',
          (units * price) / (mv - units * price),
          'divides by the rest of the market, not the total',
        ],
        [
          'valuePerUnit',
          price / (mv / mu),
          'compares the client’s price with the category average price',
        ],
      ],
    })
  }),
  family('purchase-intent-calibration', (rng) => {
    const hh = drawn(rng, 200, 900, 10) * 1000
    const def = drawn(rng, 8, 25) / 100
    const prob = drawn(rng, 15, 35) / 100
    const kd = rng.pick([0.7, 0.75, 0.8])
    const kp = rng.pick([0.2, 0.25, 0.3])
    return figures(rng, qty0('households'), {
      stem: `In a concept test, ${pct(0)(def)} said they would definitely buy and ${pct(0)(prob)} probably buy. The client's calibration counts ${pct(0)(kd)} of "definitely" and ${pct(0)(kp)} of "probably" as real trial. Across ${n(hh)} target households, how many are expected to try it?`,
      in: { hh, def, prob, kd, kp },
      key: hh * (def * kd + prob * kp),
      wrong: [
        ['t2b', hh * (def + prob), 'takes the top-2-box at face value'],
        ['topOnly', hh * def * kd, 'counts only the calibrated "definitely" answers'],
        ['uncalTop', hh * def, 'takes "definitely" at face value and drops "probably"'],
        ['swapped', hh * (def * kp + prob * kd), 'applies each factor to the other answer'],
      ],
    })
  }),
  family('trial-repeat-volume', (rng) => {
    const hh = drawn(rng, 200, 900, 10) * 1000
    const aw = drawn(rng, 30, 70) / 100
    const tr = drawn(rng, 10, 30) / 100
    const rp = drawn(rng, 20, 50) / 100
    const units = drawn(rng, 3, 10)
    return figures(rng, qty0('units'), {
      stem: `A year-one volume estimate: ${n(hh)} households, ${pct(0)(aw)} become aware, ${pct(0)(tr)} of the aware try it (one unit each), ${pct(0)(rp)} of triers become repeat buyers and each repeat buyer buys ${units} more units in the year. What is year-one volume?`,
      in: { hh, aw, tr, rp, units },
      key: hh * aw * tr * (1 + rp * units),
      wrong: [
        [
          'noTrialUnits',
          hh * aw * tr * rp * units,
          'counts the repeat units but not the trial units',
        ],
        ['noAware', hh * tr * (1 + rp * units), 'applies trial to all households, not the aware'],
        ['trialOnly', hh * aw * tr, 'counts the trial units only'],
        ['everyone', hh * aw * tr * (1 + units), 'has every trier buy the repeat units'],
      ],
    })
  }),
  family('units-from-value', (rng) => {
    const sym = symbol(rng)
    const value = drawn(rng, 20, 200) * 1e6
    const price = drawn(rng, 4, 25)
    const vat = rng.pick([0.2, 0.21, 0.19])
    return figures(rng, qty0('units'), {
      stem: `A category is worth ${money(sym)(value)} a year at retail prices including ${pct(0)(vat)} VAT; the average shelf price including VAT is ${cash(sym, 0)(price)}. How many units a year does that represent?`,
      in: { value, price, vat },
      key: value / price,
      wrong: [
        ['netValue', value / (1 + vat) / price, 'takes VAT off the value but not the price'],
        ['netPrice', value / (price / (1 + vat)), 'takes VAT off the price but not the value'],
        [
          'vatShare',
          (value * (1 - vat)) / price,
          'deducts the VAT rate from the value instead of dividing by one plus the rate',
        ],
      ],
    })
  }),
  family('penetration-from-panel', (rng) => {
    const hh = drawn(rng, 500, 3000, 10)
    const buyers = drawn(rng, Math.round(hh * 0.05), Math.round(hh * 0.4))
    const trips = drawn(rng, buyers * 2, buyers * 8)
    const spend = trips * drawn(rng, 3, 9)
    return figures(rng, plain(1), {
      stem: `In a household panel of ${n(hh)} homes, ${buyers} bought the client's brand at least once in the year, making ${n(trips)} purchase trips for it and spending ${n(spend)} in all. What is purchase frequency, trips per buyer (one decimal place)?`,
      in: { hh, buyers, trips, spend },
      key: trips / buyers,
      wrong: [
        ['perHousehold', trips / hh, 'divides by all panel households'],
        ['penetration', (buyers / hh) * 100, 'gives penetration as a percentage'],
        ['spendPerTrip', spend / trips, 'gives the average spend per trip'],
      ],
    })
  }),
]

function qty0(unit: string) {
  return (v: number) => `${plain(0)(v)} ${unit}`
}
