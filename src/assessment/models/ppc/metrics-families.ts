import type { Rng } from '../../rng.js'
import { CLIENTS, computed, int, type PpcFamily, pct, usd } from './ppc-family.js'

/** One campaign's month: every figure follows from the ones before it, so the report agrees. */
function month(rng: Rng) {
  const impressions = rng.int(20, 160) * 1000
  const clicks = Math.round((impressions * rng.int(15, 80)) / 1000)
  const cpc = rng.int(45, 390) / 100
  const cost = Math.round(clicks * cpc * 100) / 100
  const conversions = Math.round((clicks * rng.int(20, 90)) / 1000) + 8
  const aov = rng.int(35, 240)
  const value = conversions * aov
  return { impressions, clicks, cost, conversions, value, aov }
}

const who = (rng: Rng) => rng.pick(CLIENTS)

/**
 * The report metrics a PPC freelancer computes and explains to clients (CTR, CPC, conversion
 * rate, CPA, ROAS, impression share, break-even figures), each from drawn figures with the
 * definition Google Ads and Microsoft Advertising use. Each wrong answer is one named slip.
 */
export const METRICS_FAMILIES: readonly PpcFamily[] = [
  computed('blended-ctr-two-ad-groups', (rng) => {
    const a = month(rng)
    const b = month(rng)
    return {
      stem: `For ${who(rng)}, ad group one had ${int(a.impressions)} impressions and ${int(a.clicks)} clicks; ad group two had ${int(b.impressions)} impressions and ${int(b.clicks)} clicks. What is the campaign’s click-through rate?`,
      cells: { A1: a.impressions, A2: a.clicks, B1: b.impressions, B2: b.clicks },
      shown: 'pct2',
      key: [(a.clicks + b.clicks) / (a.impressions + b.impressions), '=(A2+B2)/(A1+B1)'],
      wrong: [
        [
          [(a.clicks / a.impressions + b.clicks / b.impressions) / 2, '=(A2/A1+B2/B1)/2'],
          'averaged the two ad groups’ rates',
        ],
        [[a.clicks / a.impressions, '=A2/A1'], 'reported ad group one alone'],
        [[b.clicks / b.impressions, '=B2/B1'], 'reported ad group two alone'],
        [
          [
            (a.clicks + b.clicks) / (a.impressions + b.impressions + a.clicks + b.clicks),
            '=(A2+B2)/(A1+B1+A2+B2)',
          ],
          'added the clicks to the impressions as the base',
        ],
      ],
    }
  }),
  computed('average-cpc', (rng) => {
    const m = month(rng)
    return {
      stem: `A search campaign for ${who(rng)} spent ${usd(m.cost)} on ${int(m.impressions)} impressions, ${int(m.clicks)} clicks and ${int(m.conversions)} conversions. What was its average cost per click?`,
      cells: { A1: m.cost, A2: m.impressions, A3: m.clicks, A4: m.conversions },
      shown: 'usd',
      key: [m.cost / m.clicks, '=A1/A3'],
      wrong: [
        [
          [(m.cost / m.impressions) * 1000, '=A1/A2*1000'],
          'gave the cost per thousand impressions',
        ],
        [[m.cost / m.conversions, '=A1/A4'], 'gave the cost per conversion'],
        [[(m.cost / m.impressions) * 100, '=A1/A2*100'], 'gave the cost per hundred impressions'],
        [[m.cost / m.impressions, '=A1/A2'], 'divided by impressions, not clicks'],
      ],
    }
  }),
  computed('conversion-rate', (rng) => {
    const m = month(rng)
    return {
      stem: `Last month ${who(rng)}’s campaign had ${int(m.impressions)} impressions, ${int(m.clicks)} clicks and ${int(m.conversions)} conversions (one counted per click). What was its conversion rate as Google Ads reports it?`,
      cells: { A1: m.impressions, A2: m.clicks, A3: m.conversions },
      shown: 'pct2',
      key: [m.conversions / m.clicks, '=A3/A2'],
      wrong: [
        [[m.conversions / m.impressions, '=A3/A1'], 'divided by impressions, not clicks'],
        [[m.clicks / m.impressions, '=A2/A1'], 'gave the click-through rate'],
        [
          [m.conversions / (m.clicks - m.conversions), '=A3/(A2-A3)'],
          'divided by the clicks that did not convert',
        ],
      ],
    }
  }),
  computed('cost-per-acquisition', (rng) => {
    const m = month(rng)
    return {
      stem: `The month’s report for ${who(rng)} shows a cost of ${usd(m.cost)}, ${int(m.clicks)} clicks and ${int(m.conversions)} conversions worth ${usd(m.value)}. What is the cost per conversion?`,
      cells: { A1: m.cost, A2: m.clicks, A3: m.conversions, A4: m.value },
      shown: 'usd',
      key: [m.cost / m.conversions, '=A1/A3'],
      wrong: [
        [[m.cost / m.clicks, '=A1/A2'], 'gave the cost per click'],
        [[m.value / m.conversions, '=A4/A3'], 'gave the average conversion value'],
        [
          [(m.value - m.cost) / m.conversions, '=(A4-A1)/A3'],
          'gave the value left after cost, per conversion',
        ],
      ],
    }
  }),
  computed('roas-percent', (rng) => {
    const m = month(rng)
    return {
      stem: `An online-shop campaign for ${who(rng)} cost ${usd(m.cost)} and brought ${int(m.conversions)} purchases with a conversion value of ${usd(m.value)}. What is its return on ad spend, as the percentage a target ROAS is set in?`,
      cells: { A1: m.cost, A2: m.value, A3: m.conversions },
      shown: 'pct0',
      key: [m.value / m.cost, '=A2/A1'],
      wrong: [
        [
          [(m.value - m.cost) / m.cost, '=(A2-A1)/A1'],
          'gave the return on investment, net of cost',
        ],
        [[m.cost / m.value, '=A1/A2'], 'gave the cost of sale, spend over revenue'],
        [
          [m.value / m.cost / 100, '=A2/A1/100'],
          'wrote the ratio as if it were already a percentage',
        ],
      ],
    }
  }),
  computed('break-even-roas-from-margin', (rng) => {
    const margin = rng.int(18, 60) / 100
    return {
      stem: `A retailer’s products carry a ${pct(margin, 0)} gross margin on the conversion value its tag records (shipping and returns already in it). What is the break-even ROAS, below which its Shopping ads lose money?`,
      cells: { A1: margin },
      shown: 'pct0',
      key: [1 / margin, '=1/A1'],
      wrong: [
        [[margin, '=A1'], 'took the margin itself as the ROAS'],
        [[1 / (1 - margin), '=1/(1-A1)'], 'divided by the cost share, not the margin'],
        [[1 + margin, '=1+A1'], 'added the margin to one'],
      ],
    }
  }),
  computed('break-even-cpa', (rng) => {
    const aov = rng.int(40, 400)
    const margin = rng.int(15, 65) / 100
    return {
      stem: `The client, ${who(rng)}, sells orders of ${usd(aov)} on average at a ${pct(margin, 0)} gross margin. What is the highest cost per purchase at which a campaign still breaks even on the first order?`,
      cells: { A1: aov, A2: margin },
      shown: 'usd',
      key: [aov * margin, '=A1*A2'],
      wrong: [
        [[aov, '=A1'], 'treated the whole order value as profit'],
        [[aov * (1 - margin), '=A1*(1-A2)'], 'took the cost of goods, not the margin'],
        [[(aov * margin) / (1 + margin), '=A1*A2/(1+A2)'], 'read the margin as a markup on cost'],
      ],
    }
  }),
  computed('break-even-max-cpc', (rng) => {
    const aov = rng.int(40, 300)
    const margin = rng.int(20, 60) / 100
    const cvr = rng.int(15, 60) / 1000
    return {
      stem: `Orders average ${usd(aov)} at a ${pct(margin, 0)} margin, and ${pct(cvr, 1)} of clicks buy. What is the highest average cost per click that breaks even?`,
      cells: { A1: aov, A2: margin, A3: cvr },
      shown: 'usd',
      key: [aov * margin * cvr, '=A1*A2*A3'],
      wrong: [
        [[aov * cvr, '=A1*A3'], 'left out the margin, as if revenue were profit'],
        [
          [((aov * margin) / (1 + margin)) * cvr, '=A1*A2/(1+A2)*A3'],
          'read the margin as a markup on cost',
        ],
        [[aov * margin * margin * cvr, '=A1*A2*A2*A3'], 'applied the margin twice'],
        [[aov * margin, '=A1*A2'], 'gave the break-even cost per order, not per click'],
      ],
    }
  }),
  computed('search-impression-share-from-losses', (rng) => {
    const budget = rng.int(5, 45) / 100
    const rank = rng.int(5, 45) / 100
    return {
      stem: `A campaign’s report shows Search lost IS (budget) ${pct(budget, 0)} and Search lost IS (rank) ${pct(rank, 0)}. What is its Search impression share?`,
      cells: { A1: budget, A2: rank },
      shown: 'pct0',
      key: [1 - budget - rank, '=1-A1-A2'],
      wrong: [
        [[1 - budget, '=1-A1'], 'subtracted only the share lost to budget'],
        [[1 - rank, '=1-A2'], 'subtracted only the share lost to rank'],
        [[budget + rank, '=A1+A2'], 'reported the share lost, not the share won'],
      ],
    }
  }),
  computed('eligible-impressions-from-share', (rng) => {
    const impressions = rng.int(12, 90) * 1000
    const share = rng.int(25, 85) / 100
    return {
      stem: `A campaign got ${int(impressions)} impressions at a ${pct(share, 0)} Search impression share. About how many impressions was it eligible for?`,
      cells: { A1: impressions, A2: share },
      shown: 'int',
      key: [impressions / share, '=A1/A2'],
      wrong: [
        [[impressions * share, '=A1*A2'], 'multiplied by the share instead of dividing'],
        [[impressions / (1 - share), '=A1/(1-A2)'], 'divided by the share lost'],
        [
          [impressions * (2 - share), '=A1*(2-A2)'],
          'added the impressions won times the share lost onto the impressions won',
        ],
      ],
    }
  }),
  computed('missed-clicks-from-budget-loss', (rng) => {
    const impressions = rng.int(20, 90) * 1000
    const share = rng.int(40, 75) / 100
    const lostBudget = rng.int(10, Math.round((1 - share) * 100) - 5) / 100
    const ctr = rng.int(20, 80) / 1000
    return {
      stem: `A profitable campaign had ${int(impressions)} impressions at a ${pct(share, 0)} Search impression share, with Search lost IS (budget) at ${pct(lostBudget, 0)} and a ${pct(ctr, 1)} CTR. About how many more clicks would the budget-limited impressions have brought at the same CTR?`,
      cells: { A1: impressions, A2: share, A3: lostBudget, A4: ctr },
      shown: 'int',
      key: [(impressions / share) * lostBudget * ctr, '=A1/A2*A3*A4'],
      wrong: [
        [
          [impressions * lostBudget * ctr, '=A1*A3*A4'],
          'applied the lost share to impressions won, not eligible',
        ],
        [
          [(impressions / share) * (1 - share) * ctr, '=A1/A2*(1-A2)*A4'],
          'counted the impressions lost to rank too',
        ],
        [[(impressions / share) * lostBudget, '=A1/A2*A3'], 'gave impressions, forgetting the CTR'],
      ],
    }
  }),
  computed('profit-after-ad-spend', (rng) => {
    const m = month(rng)
    const margin = rng.int(20, 60) / 100
    return {
      stem: `A Shopping campaign cost ${usd(m.cost)} and drove ${usd(m.value)} of sales at a ${pct(margin, 0)} gross margin. What profit did it make after ad spend?`,
      cells: { A1: m.cost, A2: m.value, A3: margin },
      shown: 'usd',
      key: [m.value * margin - m.cost, '=A2*A3-A1'],
      wrong: [
        [[m.value - m.cost, '=A2-A1'], 'subtracted spend from revenue, not from margin'],
        [
          [(m.value - m.cost) * margin, '=(A2-A1)*A3'],
          'applied the margin to the ad spend as well',
        ],
        [[m.value * margin, '=A2*A3'], 'left the ad spend out'],
      ],
    }
  }),
  computed('relative-ctr-change', (rng) => {
    const before = rng.int(12, 60) / 1000
    const after = before + (rng.pick([-1, 1]) * rng.int(3, 15)) / 1000
    return {
      stem: `After new ads went live, a campaign’s CTR moved from ${pct(before, 1)} to ${pct(after, 1)}. By what percentage did the CTR change, relative to its old value?`,
      cells: { A1: before, A2: after },
      shown: 'pct1',
      key: [(after - before) / before, '=(A2-A1)/A1'],
      wrong: [
        [[after - before, '=A2-A1'], 'gave the change in percentage points'],
        [[(after - before) / after, '=(A2-A1)/A2'], 'divided by the new CTR'],
        [[after / before, '=A2/A1'], 'gave the new CTR as a share of the old'],
        [[(before - after) / before, '=(A1-A2)/A1'], 'subtracted the new CTR from the old'],
        [[before / after, '=A1/A2'], 'gave the old CTR as a share of the new'],
      ],
    }
  }),
  computed('blended-cpa-two-campaigns', (rng) => {
    const a = month(rng)
    const b = month(rng)
    return {
      stem: `Brand search spent ${usd(a.cost)} for ${int(a.conversions)} conversions; generic search spent ${usd(b.cost)} for ${int(b.conversions)} conversions. What is the account’s cost per conversion across both?`,
      cells: { A1: a.cost, A2: a.conversions, B1: b.cost, B2: b.conversions },
      shown: 'usd',
      key: [(a.cost + b.cost) / (a.conversions + b.conversions), '=(A1+B1)/(A2+B2)'],
      wrong: [
        [
          [(a.cost / a.conversions + b.cost / b.conversions) / 2, '=(A1/A2+B1/B2)/2'],
          'averaged the two CPAs',
        ],
        [[b.cost / b.conversions, '=B1/B2'], 'reported generic search alone'],
        [[a.cost / a.conversions, '=A1/A2'], 'reported brand search alone'],
      ],
    }
  }),
  computed('average-order-value', (rng) => {
    const m = month(rng)
    return {
      stem: `A campaign recorded ${int(m.clicks)} clicks, ${int(m.conversions)} purchases and ${usd(m.value)} of conversion value at a cost of ${usd(m.cost)}. What is the average value per conversion?`,
      cells: { A1: m.clicks, A2: m.conversions, A3: m.value, A4: m.cost },
      shown: 'usd',
      key: [m.value / m.conversions, '=A3/A2'],
      wrong: [
        [[m.value / m.clicks, '=A3/A1'], 'divided by clicks, giving value per click'],
        [[m.cost / m.conversions, '=A4/A2'], 'gave the cost per conversion'],
        [[(m.value - m.cost) / m.conversions, '=(A3-A4)/A2'], 'took the ad spend off first'],
      ],
    }
  }),
  computed('conversions-at-target-cpa-from-budget', (rng) => {
    const budget = rng.int(20, 120) * 100
    const cpa = rng.int(18, 95)
    const cvr = rng.int(20, 80) / 1000
    return {
      stem: `A client will spend ${usd(budget)} a month and the account’s cost per conversion holds at ${usd(cpa)} (conversion rate ${pct(cvr, 1)}). How many conversions should the forecast show?`,
      cells: { A1: budget, A2: cpa, A3: cvr },
      shown: 'int',
      key: [budget / cpa, '=A1/A2'],
      wrong: [
        [[(budget / cpa) * cvr, '=A1/A2*A3'], 'applied the conversion rate to conversions again'],
        [[budget / (cpa * cvr), '=A1/(A2*A3)'], 'treated the CPA as a cost per click'],
        [[budget / cpa / 30.4, '=A1/A2/30.4'], 'gave conversions per day'],
        [[(budget / cpa) * 30.4, '=A1/A2*30.4'], 'treated the monthly budget as a daily one'],
      ],
    }
  }),
  computed('value-per-click', (rng) => {
    const m = month(rng)
    return {
      stem: `In a month a campaign had ${int(m.impressions)} impressions and ${int(m.clicks)} clicks, which led to ${int(m.conversions)} conversions worth ${usd(m.value)}. What is its conversion value per click?`,
      cells: { A1: m.impressions, A2: m.clicks, A3: m.conversions, A4: m.value },
      shown: 'usd',
      key: [m.value / m.clicks, '=A4/A2'],
      wrong: [
        [[m.value / m.conversions, '=A4/A3'], 'divided by conversions, not clicks'],
        [[(m.value / m.impressions) * 1000, '=A4/A1*1000'], 'gave value per thousand impressions'],
        [
          [(m.value / m.clicks) * (m.conversions / m.clicks), '=A4/A2*A3/A2'],
          'applied the conversion rate on top',
        ],
      ],
    }
  }),
  computed('cost-per-thousand-impressions', (rng) => {
    const m = month(rng)
    return {
      stem: `A campaign spent ${usd(m.cost)} on ${int(m.impressions)} impressions and ${int(m.clicks)} clicks. What was its average CPM?`,
      cells: { A1: m.cost, A2: m.impressions, A3: m.clicks },
      shown: 'usd',
      key: [(m.cost / m.impressions) * 1000, '=A1/A2*1000'],
      wrong: [
        [[m.cost / m.clicks, '=A1/A3'], 'gave the cost per click'],
        [
          [(m.cost / m.impressions) * 100, '=A1/A2*100'],
          'priced a hundred impressions, not a thousand',
        ],
        [[(m.cost / m.clicks) * 1000, '=A1/A3*1000'], 'priced a thousand clicks, not impressions'],
        [[m.cost / m.impressions, '=A1/A2'], 'gave the cost of a single impression'],
      ],
    }
  }),
  computed('lost-share-to-rank', (rng) => {
    const share = rng.int(30, 75) / 100
    const budget = rng.int(3, Math.round((1 - share) * 100) - 3) / 100
    return {
      stem: `A campaign’s Search impression share is ${pct(share, 0)} and its Search lost IS (budget) is ${pct(budget, 0)}. What is its Search lost IS (rank)?`,
      cells: { A1: share, A2: budget },
      shown: 'pct0',
      key: [1 - share - budget, '=1-A1-A2'],
      wrong: [
        [[1 - share, '=1-A1'], 'gave all the share lost, budget included'],
        [[share - budget, '=A1-A2'], 'took the budget loss off the share won'],
        [
          [share + budget, '=A1+A2'],
          'added the share won to the budget loss, not taking both off 100 %',
        ],
      ],
    }
  }),
  computed('conversions-forecast-from-impressions', (rng) => {
    const impressions = rng.int(20, 200) * 1000
    const ctr = rng.int(20, 90) / 1000
    const cvr = rng.int(20, 90) / 1000
    return {
      stem: `A keyword plan forecasts ${int(impressions)} impressions a month at a ${pct(ctr, 1)} CTR, and the site converts ${pct(cvr, 1)} of its ad clicks. How many conversions should the plan show?`,
      cells: { A1: impressions, A2: ctr, A3: cvr },
      shown: 'int',
      key: [impressions * ctr * cvr, '=A1*A2*A3'],
      wrong: [
        [[impressions * cvr, '=A1*A3'], 'applied the conversion rate to impressions'],
        [[impressions * ctr, '=A1*A2'], 'gave the clicks, not the conversions'],
        [[(impressions * ctr * cvr) / 30.4, '=A1*A2*A3/30.4'], 'gave conversions per day'],
      ],
    }
  }),
  computed('cpa-from-roas-and-order-value', (rng) => {
    const aov = rng.int(40, 300)
    const roas = rng.int(20, 80) / 10
    return {
      stem: `A shop’s orders average ${usd(aov)} and its Shopping campaign runs at a ${pct(roas, 0)} ROAS. What is its cost per order?`,
      cells: { A1: aov, A2: roas },
      shown: 'usd',
      key: [aov / roas, '=A1/A2'],
      wrong: [
        [[aov - aov / roas, '=A1-A1/A2'], 'gave the revenue left after ad spend'],
        [[aov * roas, '=A1*A2'], 'multiplied by the ROAS instead of dividing'],
        [[aov / (roas - 1), '=A1/(A2-1)'], 'read the ROAS as a return net of spend'],
      ],
    }
  }),
  computed('top-impression-rate', (rng) => {
    const impressions = rng.int(10, 80) * 1000
    const top = Math.round(impressions * (rng.int(35, 80) / 100))
    const absTop = Math.round(top * (rng.int(30, 70) / 100))
    return {
      stem: `Of a campaign’s ${int(impressions)} impressions, ${int(top)} showed above the organic results, ${int(absTop)} of them in the very first position. What is its Impr. (Abs. Top) %?`,
      cells: { A1: impressions, A2: top, A3: absTop },
      shown: 'pct1',
      key: [absTop / impressions, '=A3/A1'],
      wrong: [
        [[absTop / top, '=A3/A2'], 'divided by top impressions, not all impressions'],
        [[top / impressions, '=A2/A1'], 'gave Impr. (Top) % instead'],
        [
          [(top - absTop) / impressions, '=(A2-A3)/A1'],
          'counted the top impressions outside first place',
        ],
      ],
    }
  }),
]
