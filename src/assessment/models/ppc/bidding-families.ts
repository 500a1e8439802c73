import type { Rng } from '../../rng.js'
import { CLIENTS, computed, int, type PpcFamily, pct, ruled, usd } from './ppc-family.js'

const BUDGETS =
  'Google Ads Help: About average daily budgets (daily spend up to twice the average daily budget; monthly charges at most 30.4 times it)'
const ADJUSTMENTS =
  'Google Ads Help: About bid adjustments (adjustments to one bid multiply together; −100 % stops ads showing)'
const STRATEGIES =
  'Google Ads Help: About automated bidding and Smart Bidding (the strategy that matches each goal)'

const who = (rng: Rng) => rng.pick(CLIENTS)

/**
 * The strategy each goal calls for in Google Ads, each in several wordings of unlike length (the
 * name alone, the name with its setting, a plain description); every option of a draw takes one.
 */
const STRATEGY = {
  cpa: [
    'Maximize conversions with a target CPA',
    'Target CPA',
    'Smart Bidding toward a set cost per conversion',
  ],
  roas: [
    'Maximize conversion value with a target ROAS',
    'Target ROAS',
    'Smart Bidding toward a set return on ad spend',
  ],
  clicks: [
    'Maximize clicks with a maximum CPC limit',
    'Maximize clicks',
    'Automated bids for as many clicks as the budget buys',
  ],
  share: [
    'Target impression share at the absolute top',
    'Target impression share',
    'Automated bids to show at the absolute top of the page',
  ],
  manual: [
    'Manual CPC with the bids set per keyword',
    'Manual CPC',
    'Bids set by hand per keyword',
  ],
} as const

function strategyFamily(
  id: string,
  goal: (rng: Rng) => string,
  key: keyof typeof STRATEGY,
  wrong: readonly (readonly [keyof typeof STRATEGY, string])[],
): PpcFamily {
  return {
    id,
    source: STRATEGIES,
    draw: (rng) => ({
      stem: `${goal(rng)} Which bid strategy fits that goal?`,
      key: rng.pick(STRATEGY[key]),
      wrong: rng
        .shuffle(wrong)
        .slice(0, 3)
        .map(([k, m]) => [rng.pick(STRATEGY[k]), m] as const),
      check: { kind: 'rule' },
    }),
  }
}

/**
 * Bid strategies and budgets as a freelancer sets them: the daily budget a monthly budget allows
 * and what Google may spend in a day and a month, targets from the client's margins and profit
 * goals, pacing a month, bid adjustments that multiply, and the strategy each goal calls for.
 */
export const BIDDING_FAMILIES: readonly PpcFamily[] = [
  computed(
    'daily-budget-from-monthly',
    (rng) => {
      const monthly = rng.int(12, 90) * 100
      return {
        stem: `A client, ${who(rng)}, wants to spend no more than ${usd(monthly)} a month on one campaign. What is the highest average daily budget that keeps the month’s charges within that amount?`,
        cells: { A1: monthly },
        shown: 'usd',
        key: [monthly / 30.4, '=A1/30.4'],
        wrong: [
          [[monthly / 30, '=A1/30'], 'divided by 30 days, not the 30.4 Google bills on'],
          [[monthly / 60.8, '=A1/60.8'], 'halved it for the days that may spend double'],
          [[monthly / 4.33, '=A1/4.33'], 'divided by the weeks in a month'],
        ],
      }
    },
    BUDGETS,
  ),
  computed(
    'most-spent-in-one-day',
    (rng) => {
      const daily = rng.int(20, 400)
      return {
        stem: `A campaign has an average daily budget of ${usd(daily)}. What is the most Google Ads may spend on it on a single busy day?`,
        cells: { A1: daily },
        shown: 'usd',
        key: [daily * 2, '=A1*2'],
        wrong: [
          [[daily, '=A1'], 'took the daily budget as a hard daily cap'],
          [[daily * 1.2, '=A1*1.2'], 'applied the old 120 % overdelivery limit'],
          [[daily * 30.4, '=A1*30.4'], 'gave the monthly charging limit'],
          [[daily * 7, '=A1*7'], 'took a week of the daily budget as the most for one day'],
          [[daily * 2 * 30.4, '=A1*2*30.4'], 'doubled the monthly charging limit'],
        ],
      }
    },
    BUDGETS,
  ),
  computed(
    'monthly-charging-limit',
    (rng) => {
      const daily = rng.int(15, 350)
      return {
        stem: `A campaign runs the whole month on an average daily budget of ${usd(daily)}. What is the most the client can be charged for it that month?`,
        cells: { A1: daily },
        shown: 'usd',
        key: [daily * 30.4, '=A1*30.4'],
        wrong: [
          [[daily * 2 * 30.4, '=A1*2*30.4'], 'assumed every day may spend double'],
          [[daily * 31, '=A1*31'], 'multiplied by the days of a long month'],
          [[daily * 2, '=A1*2'], 'gave the most for a single day'],
        ],
      }
    },
    BUDGETS,
  ),
  computed('daily-budget-for-rest-of-month', (rng) => {
    const days = rng.pick([30, 31])
    const day = rng.int(8, 20)
    const monthly = rng.int(30, 150) * 100
    const spent = Math.round(((monthly * day) / days) * (rng.int(70, 130) / 100))
    return {
      stem: `A client’s monthly budget is ${usd(monthly)}. After ${day} of the month’s ${days} days the account has spent ${usd(spent)}. What total daily budget spends the rest evenly over the remaining days?`,
      cells: { A1: monthly, A2: spent, A3: day, A4: days },
      shown: 'usd',
      key: [(monthly - spent) / (days - day), '=(A1-A2)/(A4-A3)'],
      wrong: [
        [[monthly / days, '=A1/A4'], 'ignored what has been spent so far'],
        [[(monthly - spent) / days, '=(A1-A2)/A4'], 'spread the rest over the whole month'],
        [[monthly / (days - day), '=A1/(A4-A3)'], 'spread the full budget over the remaining days'],
      ],
    }
  }),
  computed('projected-month-spend', (rng) => {
    const days = rng.pick([30, 31])
    const day = rng.int(6, 22)
    const daily = rng.int(40, 300)
    const spent = Math.round(daily * day * (rng.int(60, 95) / 100))
    return {
      stem: `A campaign with a ${usd(daily)} daily budget has spent ${usd(spent)} in the first ${day} days of a ${days}-day month. At its pace so far, what will the month’s spend be?`,
      cells: { A1: daily, A2: spent, A3: day, A4: days },
      shown: 'usd',
      key: [(spent / day) * days, '=A2/A3*A4'],
      wrong: [
        [
          [spent + daily * (days - day), '=A2+A1*(A4-A3)'],
          'assumed it spends the full budget from now on',
        ],
        [[daily * days, '=A1*A4'], 'gave the budget, not the pace'],
        [
          [(spent / day) * 30.4, '=A2/A3*30.4'],
          'used the 30.4-day billing month, not the calendar month',
        ],
      ],
    }
  }),
  computed('budget-for-conversion-goal', (rng) => {
    const goal = rng.int(20, 150)
    const cpc = rng.int(60, 450) / 100
    const cvr = rng.int(20, 90) / 1000
    return {
      stem: `A client wants ${goal} leads a month. Clicks cost ${usd(cpc)} on average and ${pct(cvr, 1)} of them become leads. What monthly budget does that need?`,
      cells: { A1: goal, A2: cpc, A3: cvr },
      shown: 'usd',
      key: [(goal / cvr) * cpc, '=A1/A3*A2'],
      wrong: [
        [[goal * cpc, '=A1*A2'], 'paid for one click per lead'],
        [[goal * cvr * cpc, '=A1*A3*A2'], 'multiplied by the conversion rate instead of dividing'],
        [[((goal / cvr) * cpc) / 30.4, '=A1/A3*A2/30.4'], 'gave the daily budget'],
        [
          [(goal / cvr) * cpc * 30.4, '=A1/A3*A2*30.4'],
          'treated the monthly lead goal as a daily one',
        ],
      ],
    }
  }),
  computed('implied-cpc-from-target-cpa', (rng) => {
    const cpa = rng.int(20, 160)
    const cvr = rng.int(15, 90) / 1000
    const ctr = rng.int(20, 70) / 1000
    return {
      stem: `A campaign runs at a ${pct(ctr, 1)} CTR and a ${pct(cvr, 1)} conversion rate. At a target CPA of ${usd(cpa)}, what average cost per click can it afford?`,
      cells: { A1: cpa, A2: cvr, A3: ctr },
      shown: 'usd',
      key: [cpa * cvr, '=A1*A2'],
      wrong: [
        [[cpa * ctr, '=A1*A3'], 'used the click-through rate, not the conversion rate'],
        [[cpa * cvr * ctr, '=A1*A2*A3'], 'applied the CTR as well'],
        [[cpa / (cvr * 100), '=A1/(A2*100)'], 'divided by the rate written as a whole number'],
      ],
    }
  }),
  computed('target-roas-for-profit-share', (rng) => {
    const margin = rng.int(35, 70) / 100
    const profit = rng.int(5, Math.round(margin * 100) - 15) / 100
    return {
      stem: `Products sell at a ${pct(margin, 0)} gross margin and the client wants ${pct(profit, 0)} of revenue left as profit after ad spend. What target ROAS should the campaign use?`,
      cells: { A1: margin, A2: profit },
      shown: 'pct0',
      key: [1 / (margin - profit), '=1/(A1-A2)'],
      wrong: [
        [[1 / margin, '=1/A1'], 'set the break-even ROAS, with no profit'],
        [[1 / profit, '=1/A2'], 'divided by the profit share alone'],
        [[1 / margin + profit, '=1/A1+A2'], 'added the profit share to the break-even ROAS'],
      ],
    }
  }),
  computed('target-cpa-for-profit-per-sale', (rng) => {
    const aov = rng.int(60, 400)
    const margin = rng.int(25, 60) / 100
    const profit = Math.round(aov * margin * (rng.int(20, 60) / 100))
    return {
      stem: `An average order is ${usd(aov)} at a ${pct(margin, 0)} margin, and the client wants ${usd(profit)} of profit left per order after advertising. What target CPA should be set?`,
      cells: { A1: aov, A2: margin, A3: profit },
      shown: 'usd',
      key: [aov * margin - profit, '=A1*A2-A3'],
      wrong: [
        [[aov * margin, '=A1*A2'], 'set the break-even CPA, with no profit'],
        [[aov - profit, '=A1-A3'], 'took the profit off the order value, not the margin'],
        [
          [(aov - profit) * margin, '=(A1-A3)*A2'],
          'took the profit off before applying the margin',
        ],
      ],
    }
  }),
  computed(
    'stacked-bid-adjustments',
    (rng) => {
      const bid = rng.int(80, 400) / 100
      const device = rng.pick([-40, -30, -20, 20, 30, 50])
      const location = rng.pick([10, 15, 25, 40])
      const schedule = rng.pick([-25, -15, 10, 20])
      return {
        stem: `A keyword’s max CPC is ${usd(bid)}. A search matches a ${device > 0 ? '+' : ''}${device} % mobile adjustment, a +${location} % location adjustment and a ${schedule > 0 ? '+' : ''}${schedule} % ad-schedule adjustment. What bid does the auction use?`,
        cells: { A1: bid, A2: device / 100, A3: location / 100, A4: schedule / 100 },
        shown: 'usd',
        key: [
          bid * (1 + device / 100) * (1 + location / 100) * (1 + schedule / 100),
          '=A1*(1+A2)*(1+A3)*(1+A4)',
        ],
        wrong: [
          [
            [bid * (1 + (device + location + schedule) / 100), '=A1*(1+A2+A3+A4)'],
            'added the percentages instead of multiplying',
          ],
          [
            [bid * (1 + Math.max(device, location, schedule) / 100), '=A1*(1+MAX(A2,A3,A4))'],
            'applied only the largest adjustment',
          ],
          [
            [bid + (device + location + schedule) / 100, '=A1+A2+A3+A4'],
            'added the percentages as dollars',
          ],
        ],
      }
    },
    ADJUSTMENTS,
  ),
  computed('bid-adjustment-to-reach-bid', (rng) => {
    const bid = rng.int(100, 300) / 100
    const wanted = Math.round(bid * (rng.int(115, 190) / 100) * 100) / 100
    return {
      stem: `A keyword’s max CPC is ${usd(bid)}. Mobile clicks convert well enough to be worth ${usd(wanted)}. What mobile bid adjustment gives that bid?`,
      cells: { A1: bid, A2: wanted },
      shown: 'pct0',
      key: [wanted / bid - 1, '=A2/A1-1'],
      wrong: [
        [[wanted / bid, '=A2/A1'], 'entered the ratio, not the change'],
        [[(wanted - bid) / wanted, '=(A2-A1)/A2'], 'divided the change by the new bid'],
        [[wanted - bid, '=A2-A1'], 'entered the dollar difference as a percentage'],
        [[bid / wanted - 1, '=A1/A2-1'], 'divided the old bid by the new'],
        [[bid / wanted, '=A1/A2'], 'gave the old bid as a share of the new'],
      ],
    }
  }),
  computed('target-roas-as-percentage', (rng) => {
    const perDollar = rng.int(25, 90) / 10
    return {
      stem: `A client wants each dollar of ad spend to bring ${usd(perDollar)} of conversion value. What does one enter as the target ROAS?`,
      cells: { A1: perDollar },
      shown: 'pct0',
      key: [perDollar, '=A1'],
      wrong: [
        [[perDollar / 100, '=A1/100'], 'entered the ratio as the percentage'],
        [[perDollar - 1, '=A1-1'], 'entered the return net of the dollar spent'],
        [[1 / perDollar, '=1/A1'], 'entered spend over value'],
      ],
    }
  }),
  computed('cpa-after-target-change', (rng) => {
    const conv = rng.int(60, 300)
    const cpa = rng.int(25, 90)
    const lift = rng.int(10, 35) / 100
    const more = rng.int(10, 45) / 100
    return {
      stem: `A campaign got ${int(conv)} conversions at a ${usd(cpa)} CPA. After the target CPA was raised, it got ${pct(more, 0)} more conversions and spent ${pct(lift + more, 0)} more. What is the new CPA?`,
      cells: { A1: conv, A2: cpa, A3: more, A4: lift + more },
      shown: 'usd',
      key: [(cpa * (1 + lift + more)) / (1 + more), '=A2*(1+A4)/(1+A3)'],
      wrong: [
        [[cpa * (1 + lift + more), '=A2*(1+A4)'], 'applied the spend change alone'],
        [[cpa * (1 + lift), '=A2*(1+A4-A3)'], 'subtracted the two percentages'],
        [[cpa / (1 + more), '=A2/(1+A3)'], 'applied the conversion change alone'],
        [
          [(cpa * (1 + more)) / (1 + lift + more), '=A2*(1+A3)/(1+A4)'],
          'divided the two changes the wrong way round',
        ],
        [[cpa, '=A2'], 'assumed the CPA holds when spend and conversions both rise'],
      ],
    }
  }),
  computed('max-cpa-from-close-rate', (rng) => {
    const close = rng.int(10, 40) / 100
    const sale = rng.int(8, 60) * 100
    const margin = rng.int(20, 50) / 100
    return {
      stem: `A firm closes ${pct(close, 0)} of its web leads into jobs averaging ${usd(sale)} at a ${pct(margin, 0)} margin. What is the most it can pay per lead and break even?`,
      cells: { A1: close, A2: sale, A3: margin },
      shown: 'usd',
      key: [close * sale * margin, '=A1*A2*A3'],
      wrong: [
        [[sale * margin, '=A2*A3'], 'treated every lead as a won job'],
        [[close * sale, '=A1*A2'], 'left out the margin'],
        [[close * sale * (1 - margin), '=A1*A2*(1-A3)'], 'took the cost share, not the margin'],
      ],
    }
  }),
  computed('budget-shift-between-campaigns', (rng) => {
    const budget = rng.int(20, 80) * 100
    const roasA = rng.int(25, 70) / 10
    const roasB = rng.int(15, 40) / 10
    const move = rng.int(2, 8) * 100
    return {
      stem: `Campaign A returns ${pct(roasA, 0)} ROAS, campaign B ${pct(roasB, 0)}. If ${usd(move)} of B’s ${usd(budget)} budget moves to A and both ROAS hold, how much does conversion value change?`,
      cells: { A1: roasA, A2: roasB, A3: move, A4: budget },
      shown: 'usd',
      key: [move * (roasA - roasB), '=A3*(A1-A2)'],
      wrong: [
        [[move * roasA, '=A3*A1'], 'counted A’s gain without B’s loss'],
        [[budget * (roasA - roasB), '=A4*(A1-A2)'], 'moved the whole budget'],
        [[move * (roasA / roasB), '=A3*(A1/A2)'], 'divided the returns instead of subtracting'],
      ],
    }
  }),
  strategyFamily(
    'strategy-for-lead-cost-goal',
    (rng) =>
      `${who(rng)} pays a fixed amount per lead it can afford and tracks every lead as a conversion of equal worth.`.replace(
        /^./,
        (c) => c.toUpperCase(),
      ),
    'cpa',
    [
      ['manual', 'kept hand bids where a cost-per-lead target can bid'],
      ['roas', 'chose a value strategy where every lead is worth the same'],
      ['clicks', 'bid for traffic, not for leads'],
      ['share', 'bid for position, not for leads'],
    ],
  ),
  strategyFamily(
    'strategy-for-revenue-return-goal',
    (rng) =>
      `An online shop of ${rng.pick(['garden furniture', 'outdoor gear', 'bicycles', 'pet food', 'coffee'])} sends basket values with each purchase and must earn a set return on its spend.`,
    'roas',
    [
      ['share', 'bid for position, not for sales value'],
      ['cpa', 'treated baskets of any size as worth the same'],
      ['clicks', 'bid for traffic, not for sales value'],
      ['manual', 'kept hand bids where the goal is a return on spend'],
    ],
  ),
  strategyFamily(
    'strategy-for-brand-visibility',
    () =>
      'A client wants its brand ad above every competitor on searches for its own name, whatever the clicks cost within reason.',
    'share',
    [
      ['manual', 'kept hand bids that cannot follow each auction'],
      ['clicks', 'bid for the most clicks, not the position'],
      ['cpa', 'bid for conversions, not the position'],
      ['roas', 'bid for a return, not the position'],
    ],
  ),
  strategyFamily(
    'strategy-for-new-site-traffic',
    () =>
      'A new site has no conversion tracking yet and the client wants as many visits as a small budget buys.',
    'clicks',
    [
      ['manual', 'set hand bids with no data to set them from'],
      ['cpa', 'chose a conversion strategy with no conversions to learn from'],
      ['roas', 'chose a value strategy with no values to learn from'],
      ['share', 'bid for position, not for visits'],
    ],
  ),
  ruled(
    'budget-limited-and-under-target',
    'Google Ads Help: Search lost impression share (budget) and (rank), and what each calls for',
    (rng) =>
      `A campaign for ${who(rng)} converts at a CPA well under its target, shows a ${rng.int(30, 55)} % Search lost IS (budget) and a ${rng.int(3, 9)} % Search lost IS (rank), and is marked “Limited by budget”. What is the next step?`,
    [
      'Raise its budget, since it stops showing for lack of money',
      'Give it more daily budget: it misses searches by running out',
      'Raise its daily budget',
      'Give it more budget',
    ],
    [
      [
        'Split it into two campaigns that share the one budget',
        'divided a budget that is already too small',
      ],
      [
        'Switch it to manual bidding to hold down the costs',
        'treated a profitable campaign as too costly',
      ],
      [
        'Raise its bids, since it loses the auctions on ad rank',
        'read the loss to budget as a loss to rank',
      ],
      [
        'Lower its target CPA so each conversion costs even less',
        'tightened a target the campaign already beats',
      ],
      [
        'Add broad match keywords to reach more searches than now',
        'sought more searches when it cannot afford those it has',
      ],
    ],
  ),
  ruled(
    'rank-limited-with-room-in-budget',
    'Google Ads Help: Search lost impression share (budget) and (rank), and what each calls for',
    (rng) =>
      `A campaign spends about ${rng.int(55, 75)} % of its budget, converts under its target CPA, and shows a ${rng.int(35, 60)} % Search lost IS (rank) and 0 % lost to budget. What is the next step?`,
    [
      'Improve ad rank: raise bids and the ads’ quality and relevance',
      'Work on ad rank, with higher bids and more relevant ads',
      'Keep the budget and raise the campaign’s bids and ad quality',
      'Leave the budget as it is; raise bids and make the ads more relevant',
    ],
    [
      [
        'Move the spare budget to another campaign of the account',
        'took an unspent budget for the problem',
      ],
      [
        'Add more negative keywords to cut the searches it enters',
        'shrank its reach when it already loses auctions',
      ],
      [
        'Raise the daily budget so the campaign can show more often',
        'read the loss to rank as a loss to budget',
      ],
      ['Lower its bids to stretch the unspent budget', 'cut bids when it already loses on rank'],
      [
        'Pause the campaign until the competition eases off again',
        'stopped a campaign that converts under target',
      ],
      [
        'Narrow the ad schedule to the hours with the best rates',
        'cut its showing further when it is already losing auctions',
      ],
    ],
  ),
]
