import { currency } from '../finance/money.js'
import { sheetModel } from '../spreadsheet/sheet-model.js'

/** CTR, CPC, CPM, conversion rate, CPA and ROAS from one campaign's numbers. */
export const adMetricsModel = sheetModel({
  id: 'mkt-ad-metrics',
  title: 'Advertising metrics: CTR, CPC, CPM, CPA, ROAS',
  build: (rng) => {
    const symbol = currency(rng)
    const impressions = rng.int(20, 900) * 1_000
    const clicks = rng.int(Math.ceil(impressions / 400), Math.floor(impressions / 40))
    const conversions = rng.int(
      Math.max(1, Math.floor(clicks / 60)),
      Math.max(2, Math.floor(clicks / 8)),
    )
    const spend = rng.int(200, 20_000)
    const revenue = Math.round(spend * (rng.int(5, 60) / 10))
    const cells = { B1: impressions, B2: clicks, B3: conversions, B4: spend, B5: revenue }
    const money = { kind: 'fixed', decimals: 2, prefix: symbol } as const
    const pct = { kind: 'percent', decimals: 2 } as const
    const asks = [
      {
        name: 'click-through rate (CTR)',
        formula: '=ROUND(B2/B1,4)',
        format: pct,
        mistakes: ['=ROUND(B3/B2,4)', '=ROUND(B3/B1,4)', '=ROUND(B2/B1/10,4)'],
      },
      {
        name: 'cost per click (CPC)',
        formula: '=ROUND(B4/B2,2)',
        format: money,
        mistakes: ['=ROUND(B4/B3,2)', '=ROUND(B4/B1*1000,2)', '=ROUND(B2/B4,2)'],
      },
      {
        name: 'cost per thousand impressions (CPM)',
        formula: '=ROUND(B4/B1*1000,2)',
        format: money,
        mistakes: ['=ROUND(B4/B1,2)', '=ROUND(B4/B2,2)', '=ROUND(B4/B1*100,2)'],
      },
      {
        name: 'conversion rate (of clicks)',
        formula: '=ROUND(B3/B2,4)',
        format: pct,
        mistakes: ['=ROUND(B3/B1,4)', '=ROUND(B2/B1,4)', '=ROUND(B2/B3/100,4)'],
      },
      {
        name: 'cost per acquisition (CPA)',
        formula: '=ROUND(B4/B3,2)',
        format: money,
        mistakes: ['=ROUND(B4/B2,2)', '=ROUND(B5/B3,2)', '=ROUND((B5-B4)/B3,2)'],
      },
      {
        name: 'return on ad spend (ROAS, revenue per unit of spend)',
        formula: '=ROUND(B5/B4,2)',
        format: { kind: 'fixed', decimals: 2, suffix: '×' } as const,
        mistakes: ['=ROUND((B5-B4)/B4,2)', '=ROUND(B4/B5,2)', '=ROUND(B5/B4/B3,2)'],
      },
    ]
    const ask = rng.pick(asks)
    return {
      stem: `A campaign had ${impressions.toLocaleString('en-US')} impressions, ${clicks.toLocaleString('en-US')} clicks and ${conversions} conversions; it cost ${symbol}${spend.toLocaleString('en-US')} and brought ${symbol}${revenue.toLocaleString('en-US')} in revenue. What is its ${ask.name}?`,
      cells,
      formula: ask.formula,
      format: ask.format,
      mistakes: ask.mistakes,
    }
  },
})
