import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import {
  calc,
  cap,
  cash,
  client,
  drawn,
  type GadsFamily,
  pct,
  plain,
  rule,
  symbol,
} from './gads-text.js'

// Metric arithmetic as the Google Ads help centre's column definitions give it (its glossary
// pages for CTR, Avg. CPC, Conv. rate, Cost / conv., Conv. value / cost and Avg. CPM): CTR =
// clicks ÷ impressions, average CPC = cost ÷ clicks, average CPM = cost ÷ impressions × 1,000,
// conversion rate = conversions ÷ interactions (clicks on Search), cost / conv. = cost ÷
// conversions, ROAS = conversion value ÷ cost, Search impression share = impressions ÷ estimated
// eligible impressions, with Search lost IS (budget) and (rank) the shares lost to each, so IS +
// lost (budget) + lost (rank) = 100% (answer/2497703, About impression share); Impr. (Abs. Top) % =
// share of impressions shown as the very first ad above the organic results; average daily
// budget: up to 2× on a day, at most 30.4× in a month (answer/6385083, About average daily budgets).
// Every figure is shown in the stem; the key test recomputes each key and slip its own way.

const BUDGET = 'support.google.com/google-ads/answer/6385083 (About average daily budgets)'
const IS = 'support.google.com/google-ads/answer/2497703 (About impression share)'

const int = plain(0)
const money = (rng: Rng) => {
  const sym = symbol(rng)
  return { sym, show: cash(sym) }
}
const MONTHS = [
  ['February', 28],
  ['April', 30],
  ['March', 31],
  ['June', 30],
  ['August', 31],
] as const

export const RATE_FAMILIES: readonly GadsFamily[] = [
  calc('ctr', (rng) => {
    const impr = drawn(rng, 8000, 40000, 100)
    const clicks = Math.round((impr * drawn(rng, 30, 80)) / 1000)
    const conv = Math.round((clicks * drawn(rng, 9, 18)) / 100)
    const is = drawn(rng, 50, 85) / 100
    return {
      stem: `${cap(client(rng))} had ${int(impr)} impressions, ${int(clicks)} clicks and ${int(conv)} conversions, at a Search impression share of ${pct(0)(is)}. What was the CTR?`,
      in: { impr, clicks, conv, is },
      key: clicks / impr,
      show: pct(2),
      wrong: [
        ['conv-rate', conv / clicks, 'gives the conversion rate'],
        ['conv-per-impr', conv / impr, 'divides conversions by impressions'],
        ['eligible', (clicks * is) / impr, 'divides by eligible impressions'],
        ['non-clicked', clicks / (impr - clicks), 'divides by impressions that got no click'],
      ],
    }
  }),
  calc('average-cpc', (rng) => {
    const { sym, show } = money(rng)
    const clicks = drawn(rng, 400, 1800, 10)
    const cpc = drawn(rng, 80, 450) / 100
    const cost = Math.round(clicks * cpc * 100) / 100
    const impr = clicks * drawn(rng, 15, 30)
    const conv = Math.round((clicks * drawn(rng, 5, 12)) / 100)
    const max = Math.round(cpc * drawn(rng, 130, 180)) / 100
    return {
      stem: `A campaign with a max. CPC bid of ${show(max)} spent ${show(cost)} on ${int(clicks)} clicks from ${int(impr)} impressions, with ${int(conv)} conversions. What was the average CPC?`,
      in: { sym, clicks, cost, impr, conv, max },
      key: cost / clicks,
      show,
      wrong: [
        ['cpa', cost / conv, 'divides the cost by conversions'],
        ['max-bid', max, 'reads the max. CPC bid as what was paid'],
        ['per-impr', cost / impr, 'divides the cost by impressions'],
      ],
    }
  }),
  calc('conversion-rate', (rng) => {
    const clicks = drawn(rng, 500, 3000, 10)
    const impr = clicks * drawn(rng, 15, 30)
    const conv = Math.round((clicks * drawn(rng, 30, 90)) / 1000)
    const all = conv + drawn(rng, 10, 60)
    return {
      stem: `A Search campaign had ${int(impr)} impressions and ${int(clicks)} clicks. Conversions (primary actions) were ${int(conv)}; All conv. (with secondary actions) were ${int(all)}. What was the conversion rate?`,
      in: { clicks, impr, conv, all },
      key: conv / clicks,
      show: pct(2),
      wrong: [
        ['per-impr', conv / impr, 'divides conversions by impressions'],
        ['ctr', clicks / impr, 'gives the CTR'],
        ['all-conv', all / clicks, 'counts secondary actions in Conversions'],
        ['inverted', clicks / conv, 'divides clicks by conversions'],
      ],
    }
  }),
  calc('cost-per-conversion', (rng) => {
    const { sym, show } = money(rng)
    const conv = drawn(rng, 40, 180)
    const cpa = drawn(rng, 1500, 9000) / 100
    const cost = Math.round(conv * cpa * 100) / 100
    const clicks = conv * drawn(rng, 10, 25)
    const all = conv + drawn(rng, 15, 60)
    const value = Math.round(cost * drawn(rng, 250, 600)) / 100
    return {
      stem: `Last month: cost ${show(cost)}, ${int(clicks)} clicks, ${int(conv)} conversions (${int(all)} All conv.), conversion value ${show(value)}. What was the cost per conversion?`,
      in: { sym, conv, cost, clicks, all, value },
      key: cost / conv,
      show,
      wrong: [
        ['per-click', cost / clicks, 'divides the cost by clicks'],
        ['all-conv', cost / all, 'divides by All conv., secondary actions included'],
        ['value-per-conv', value / conv, 'gives the value per conversion'],
        ['over-value', cost / value, 'divides the cost by conversion value'],
        ['by-rate', cost / (conv / clicks), 'divides the cost by the conversion rate'],
        ['profit-per-conv', (value - cost) / conv, 'gives the profit per conversion'],
      ],
    }
  }),
  calc('roas', (rng) => {
    const { sym, show } = money(rng)
    const cost = drawn(rng, 1200, 9000, 10)
    const value = Math.round(cost * drawn(rng, 200, 650)) / 100
    const all = Math.round((value + (cost * drawn(rng, 40, 120)) / 100) * 100) / 100
    return {
      stem: `A shop’s campaign cost ${show(cost)} and drove ${show(value)} in conversion value (primary actions); All conv. value, with secondary actions, was ${show(all)}. What was its ROAS?`,
      in: { sym, cost, value, all },
      key: value / cost,
      show: pct(0),
      wrong: [
        ['inverted', cost / value, 'divides cost by conversion value'],
        ['profit', (value - cost) / cost, 'subtracts the cost first, as for ROI'],
        ['all-value', all / cost, 'uses All conv. value, secondary actions included'],
        ['all-profit', (all - cost) / cost, 'uses All conv. value and subtracts the cost'],
      ],
    }
  }),
  calc('cpm', (rng) => {
    const { sym, show } = money(rng)
    const impr = drawn(rng, 20000, 90000, 500)
    const clicks = Math.round((impr * drawn(rng, 20, 60)) / 1000)
    const cost = Math.round(clicks * drawn(rng, 60, 300)) / 100
    return {
      stem: `A campaign had ${int(impr)} impressions and ${int(clicks)} clicks for ${show(cost)}. What was its average CPM (cost per thousand impressions)?`,
      in: { sym, impr, clicks, cost },
      key: (cost / impr) * 1000,
      show,
      wrong: [
        ['per-impr', cost / impr, 'leaves out the × 1,000'],
        ['per-hundred', (cost / impr) * 100, 'multiplies by 100'],
        ['cpc-thousand', (cost / clicks) * 1000, 'divides by clicks, not impressions'],
        ['cpc', cost / clicks, 'gives the average CPC'],
        ['cpc-hundred', (cost / clicks) * 100, 'multiplies the CPC by 100'],
        ['per-ten-thousand', (cost / impr) * 10000, 'multiplies by 10,000'],
      ],
    }
  }),
  calc('weighted-ctr', (rng) => {
    const i1 = drawn(rng, 2000, 8000, 100)
    const i2 = drawn(rng, 15000, 40000, 100)
    const c1 = Math.round((i1 * drawn(rng, 60, 110)) / 1000)
    const c2 = Math.round((i2 * drawn(rng, 15, 40)) / 1000)
    return {
      stem: `Ad group A had ${int(c1)} clicks from ${int(i1)} impressions; ad group B ${int(c2)} clicks from ${int(i2)}. What was the campaign’s CTR?`,
      in: { i1, i2, c1, c2 },
      key: (c1 + c2) / (i1 + i2),
      show: pct(2),
      wrong: [
        ['mean', (c1 / i1 + c2 / i2) / 2, 'averages the two CTRs'],
        ['sum', c1 / i1 + c2 / i2, 'adds the two CTRs'],
        ['high', c1 / i1, 'takes the better group’s CTR'],
        ['low', c2 / i2, 'takes the bigger group’s CTR'],
      ],
    }
  }),
  calc('blended-cpa', (rng) => {
    const { sym, show } = money(rng)
    const v1 = drawn(rng, 20, 60)
    const v2 = drawn(rng, 80, 200)
    const cost1 = Math.round(v1 * drawn(rng, 2000, 4000)) / 100
    const cost2 = Math.round(v2 * drawn(rng, 5000, 9000)) / 100
    return {
      stem: `Brand campaign: ${show(cost1)} for ${int(v1)} conversions. Generic campaign: ${show(cost2)} for ${int(v2)} conversions. What was the account’s cost per conversion?`,
      in: { sym, v1, v2, cost1, cost2 },
      key: (cost1 + cost2) / (v1 + v2),
      show,
      wrong: [
        ['mean', (cost1 / v1 + cost2 / v2) / 2, 'averages the two CPAs'],
        ['sum', cost1 / v1 + cost2 / v2, 'adds the two CPAs'],
        ['low', cost1 / v1, 'takes the brand campaign’s CPA'],
        ['high', cost2 / v2, 'takes the generic campaign’s CPA'],
        ['generic-only', (cost1 + cost2) / v2, 'divides by the generic conversions only'],
      ],
    }
  }),
  calc('clicks-for-conversions', (rng) => {
    const goal = drawn(rng, 20, 120, 5)
    const cr = drawn(rng, 40, 120) / 1000
    const ctr = drawn(rng, 15, 35) / 1000
    return {
      stem: `A client wants ${int(goal)} leads a month. The campaign’s conversion rate is ${pct(1)(cr)} and its CTR ${pct(1)(ctr)}. About how many clicks does that take?`,
      in: { goal, cr, ctr },
      key: goal / cr,
      show: int,
      wrong: [
        ['times', goal * cr, 'multiplies by the conversion rate'],
        ['ctr', goal / ctr, 'divides by the CTR'],
        ['impressions', goal / cr / ctr, 'gives the impressions needed'],
        ['same', goal, 'thinks each click converts'],
        ['non-converting', (goal * (1 - cr)) / cr, 'counts only the clicks that don’t convert'],
        ['plus-goal', goal / cr + goal, 'adds the leads to the clicks'],
      ],
    }
  }),
]

export const SHARE_FAMILIES: readonly GadsFamily[] = [
  calc('impression-share-from-lost', (rng) => {
    const lb = drawn(rng, 5, 20) / 100
    const lr = drawn(rng, 15, 35) / 100
    const top = drawn(rng, 10, Math.round((1 - lb - lr) * 100) - 8) / 100
    return {
      stem: `A campaign’s Search lost IS (budget) is ${pct(0)(lb)}, Search lost IS (rank) ${pct(0)(lr)} and Search top IS ${pct(0)(top)}. What is its Search impression share?`,
      in: { lb, lr, top },
      key: 1 - lb - lr,
      show: pct(0),
      wrong: [
        ['only-budget', 1 - lb, 'subtracts only the share lost to budget'],
        ['only-rank', 1 - lr, 'subtracts only the share lost to rank'],
        ['top', top, 'reads Search top IS as impression share'],
        ['lost-sum', lb + lr, 'gives the share lost'],
        ['rank', lr, 'reads lost IS (rank) as the share'],
        ['budget', lb, 'reads lost IS (budget) as the share'],
        [
          'chained',
          (1 - lb) * (1 - lr),
          'takes the rank loss out of what budget left, not of the whole',
        ],
      ],
    }
  }),
  calc('eligible-impressions', (rng) => {
    const is = drawn(rng, 55, 80) / 100
    const impr = drawn(rng, 5000, 30000, 100)
    return {
      stem: `A campaign got ${int(impr)} impressions at a Search impression share of ${pct(0)(is)}. About how many impressions was it eligible for?`,
      in: { is, impr },
      key: impr / is,
      show: int,
      wrong: [
        ['times', impr * is, 'multiplies by the share'],
        ['won', impr, 'thinks all eligible impressions were won'],
        ['lost-share', impr / (1 - is), 'divides by the share lost'],
        ['missed', impr / is - impr, 'gives the impressions missed, not eligible'],
        ['won-plus-eligible', impr + impr / is, 'adds the impressions won to the eligible ones'],
        ['squared', impr / is / is, 'divides by the share twice'],
        ['lost-times', impr * (1 - is), 'multiplies by the share lost'],
        ['plus-lost', impr * (2 - is), 'adds the share lost on to the impressions won'],
      ],
    }
  }),
  calc('missed-to-budget', (rng) => {
    const is = drawn(rng, 50, 70) / 100
    const lb = drawn(rng, 10, 25) / 100
    const lr = Math.round((1 - is - lb) * 100) / 100
    const impr = drawn(rng, 5000, 30000, 100)
    return {
      stem: `A campaign got ${int(impr)} impressions at ${pct(0)(is)} Search impression share; lost IS (budget) was ${pct(0)(lb)}, lost IS (rank) ${pct(0)(lr)}. About how many impressions did budget cost it?`,
      in: { is, lb, lr, impr },
      key: (impr / is) * lb,
      show: int,
      wrong: [
        ['of-won', impr * lb, 'applies the lost share to impressions won'],
        ['all-missed', impr / is - impr, 'counts every impression missed'],
        ['rank', (impr / is) * lr, 'uses the share lost to rank'],
      ],
    }
  }),
  calc('absolute-top-rate', (rng) => {
    const impr = drawn(rng, 5000, 20000, 100)
    const top = Math.round((impr * drawn(rng, 55, 85)) / 100)
    const abs = Math.round((top * drawn(rng, 20, 45)) / 100)
    const is = drawn(rng, 45, 85) / 100
    return {
      stem: `Of a campaign’s ${int(impr)} impressions (at ${pct(0)(is)} Search impression share), ${int(top)} were shown above the organic results, ${int(abs)} of them as the very first ad. What is Impr. (Abs. Top) %?`,
      in: { impr, top, abs, is },
      key: abs / impr,
      show: pct(1),
      wrong: [
        ['top', top / impr, 'gives Impr. (Top) %'],
        ['of-top', abs / top, 'divides by top impressions'],
        ['below-first', (top - abs) / impr, 'counts top impressions other than the first'],
        ['eligible', (abs * is) / impr, 'divides by eligible impressions'],
      ],
    }
  }),
  rule('impression-share-definition', {
    source: `${IS}: impression share = impressions ÷ estimated impressions you were eligible to receive`,
    answer: 'eligible',
    stem: () => 'How does Google Ads define Search impression share?',
    keys: ['Impressions ÷ eligible impressions', 'The share of eligible impressions won'],
    wrong: [
      ['Clicks ÷ impressions', 'describes CTR'],
      ['Your impressions ÷ all advertisers’ impressions', 'thinks it is a market share'],
      ['Impressions ÷ searches for your keywords, eligible or not', 'ignores eligibility'],
      ['Share of impressions at the top of the page', 'describes top impression rate'],
      ['Impressions ÷ the budget', 'invents a ratio'],
      [
        'Your impressions ÷ all advertisers’ impressions on the same searches',
        'thinks it is a market share',
      ],
    ],
  }),
  rule('lost-is-budget-fix', {
    source: `${IS}: Search lost IS (budget) is the share lost because of budget; (rank) the share lost to low Ad Rank`,
    answer: 'budget',
    stem: () =>
      'A campaign hitting its CPA target shows Search lost IS (budget) 35% and lost IS (rank) 5%. What change wins most of the missing impressions?',
    keys: ['Raise the budget', 'More budget, since budget caused most of the loss'],
    wrong: [
      ['Raise bids', 'treats a budget loss as a rank loss'],
      ['Improve Quality Score', 'treats a budget loss as a rank loss'],
      ['Add more negative keywords', 'cuts traffic further'],
      ['Switch to accelerated delivery', 'uses a retired setting for Search'],
      ['Lower bids to stretch the budget', 'forgets lower bids may cost rank'],
    ],
  }),
]

export const BUDGET_FAMILIES: readonly GadsFamily[] = [
  calc('daily-spend-limit', (rng) => {
    const { sym, show } = money(rng)
    const b = drawn(rng, 20, 300, 5)
    return {
      stem: `A campaign’s average daily budget is ${show(b)}. On a busy day, what is the most it can be charged for that day?`,
      in: { sym, b },
      key: 2 * b,
      show,
      wrong: [
        ['cap', b, 'takes the daily budget as a hard cap'],
        ['twenty', 1.2 * b, 'uses an old 20% overdelivery rule'],
        ['meta', 1.75 * b, 'applies Meta’s up-to-75% daily overspend'],
        ['month', 30.4 * b, 'gives the monthly limit'],
        ['double-month', 2 * 30.4 * b, 'doubles the monthly limit'],
        ['week', 7 * b, 'thinks a week’s budget can go in one day'],
        ['on-top', 3 * b, 'adds twice the budget on top of the budget'],
      ],
    }
  }),
  calc('monthly-charge-limit', (rng) => {
    const { sym, show } = money(rng)
    const b = drawn(rng, 20, 300, 5)
    const [month, days] = rng.pick(MONTHS)
    return {
      stem: `A campaign runs all ${month} at an unchanged average daily budget of ${show(b)}. What is the most it can be charged for the month?`,
      in: { sym, b, days },
      key: 30.4 * b,
      show,
      wrong: [
        ['days', days * b, `multiplies by the ${days} days of ${month}`],
        ['thirty', 30 * b, 'multiplies by 30'],
        ['thirty-one', 31 * b, 'multiplies by 31'],
        ['double', 2 * 30.4 * b, 'applies the two-times day limit to the month'],
      ],
    }
  }),
  calc('daily-budget-from-monthly', (rng) => {
    const { sym, show } = money(rng)
    const m = drawn(rng, 1000, 12000, 100)
    const [month, days] = rng.pick(MONTHS)
    return {
      stem: `A client can spend at most ${show(m)} a month, every month, on a campaign (you are setting it up for ${month}). What average daily budget keeps the charges within that?`,
      in: { sym, m, days },
      key: m / 30.4,
      show,
      wrong: [
        ['days', m / days, `divides by the ${days} days of ${month}`],
        ['thirty', m / 30, 'divides by 30'],
        ['thirty-one', m / 31, 'divides by 31'],
        ['halved', m / 30.4 / 2, 'halves it for days that spend double'],
      ],
    }
  }),
  calc('charged-over-monthly-limit', (rng) => {
    const { sym, show } = money(rng)
    const b = drawn(rng, 20, 200, 5)
    const accrued = Math.round(30.4 * b * drawn(rng, 104, 115)) / 100
    return {
      stem: `A campaign ran a full month at an unchanged ${show(b)} average daily budget and accrued ${show(accrued)} in costs. How much is the client charged for it?`,
      in: { sym, b, accrued },
      key: Math.min(accrued, 30.4 * b),
      show,
      wrong: [
        ['accrued', accrued, 'thinks every cost accrued is charged'],
        ['thirty', 30 * b, 'uses 30 days'],
        ['double', 2 * 30.4 * b, 'applies the two-times day limit to the month'],
        ['thirty-one', 31 * b, 'uses 31 days'],
      ],
    }
  }),
  calc('remaining-this-month', (rng) => {
    const { sym, show } = money(rng)
    const b = drawn(rng, 20, 200, 5)
    const left = drawn(rng, 8, 14)
    const room = (b * left * drawn(rng, 115, 170)) / 100
    const spent = Math.round((30.4 * b - room) * 100) / 100
    if (spent <= 0) throw new VariantError('nothing spent')
    return {
      stem: `With ${left} days left in the month, a campaign at an unchanged ${show(b)} average daily budget has been charged ${show(spent)} so far. What is the most it can still be charged this month?`,
      in: { sym, b, left, spent },
      key: Math.min(30.4 * b - spent, 2 * b * left),
      show,
      wrong: [
        ['days', b * left, 'takes the daily budget as a hard cap'],
        ['ignores-spent', 30.4 * b, 'ignores what was already spent'],
        ['double-days', 2 * b * left, 'forgets the monthly limit'],
        ['thirty', 30 * b - spent, 'uses 30 days for the monthly limit'],
      ],
    }
  }),
  rule('overdelivery-up-to-double', {
    source: `${BUDGET}: on a given day you may be charged up to 2× your average daily budget; in a month no more than 30.4×`,
    answer: 'double-day',
    stem: (rng) =>
      `${cap(client(rng))} sees a day where spend was nearly twice the daily budget and asks if it was a billing error. What do you say?`,
    keys: [
      'Expected: up to 2× a day, 30.4× a month',
      'No error: a day may reach 2×; a month 30.4×',
    ],
    wrong: [
      ['An error: daily spend can’t exceed the budget', 'takes the budget as a daily cap'],
      ['An error: overdelivery is limited to 20%', 'uses the old 20% rule'],
      ['Expected, and the month can exceed 30.4× as well', 'forgets the monthly limit'],
      ['Expected only for Display campaigns', 'invents a network rule'],
      ['Expected only with a shared budget', 'invents a shared budget rule'],
      [
        'An error: daily spend is capped at the budget and Google refunds the rest',
        'takes the budget as a daily cap',
      ],
      [
        'An error, since overdelivery is limited to 20% above the daily budget',
        'uses the old 20% rule',
      ],
    ],
  }),
]
