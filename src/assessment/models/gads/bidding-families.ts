import {
  calc,
  cap,
  cash,
  client,
  clientAnd,
  drawn,
  type GadsFamily,
  pct,
  plain,
  rule,
  symbol,
} from './gads-text.js'

const SMART = 'support.google.com/google-ads/answer/7065882 (About Smart Bidding)'
const TCPA = 'support.google.com/google-ads/answer/6268632 (About Target CPA bidding)'
const TROAS = 'support.google.com/google-ads help page “About Target ROAS bidding”'
const MAXCONV = 'support.google.com/google-ads help page “About Maximize conversions bidding”'
const STRATEGIES =
  'support.google.com/google-ads help page “Determine a bid strategy based on your goals”'
const _ADJUST =
  'support.google.com/google-ads help page “About bid adjustments” (adjustments multiply)'

const WANT = {
  tcpa: 'Target CPA',
  troas: 'Target ROAS',
  maxconv: 'Maximize conversions',
  maxvalue: 'Maximize conversion value',
  maxclicks: 'Maximize clicks',
  manual: 'Manual CPC',
  tis: 'Target impression share',
} as const

// What each bid strategy optimises, as its help page says.
export const STRATEGY_FAMILIES: readonly GadsFamily[] = [
  rule('target-cpa-goal', {
    source: `${TCPA}: sets bids to get as many conversions as possible at or below the target cost per action you set`,
    answer: 'tcpa',
    stem: (rng) =>
      `${cap(client(rng))} will pay about a set amount per lead and wants as many leads as possible at that average cost. Which bid strategy fits?`,
    keys: ['Target CPA', 'Maximize conversions with a target CPA set'],
    wrong: [
      [WANT.maxclicks, 'optimises for clicks, not leads'],
      [WANT.troas, 'needs conversion values and targets a return'],
      [WANT.tis, 'optimises for visibility'],
      [WANT.manual, 'leaves every bid to you'],
      [WANT.maxvalue, 'optimises value, not a cost per lead'],
    ],
  }),
  rule('target-roas-goal', {
    source: `${TROAS}: bids to get as much conversion value as possible at the target return on ad spend you set`,
    answer: 'troas',
    stem: (rng) => {
      const who = cap(clientAnd(rng).who)
      const sym = symbol(rng)
      return `${who} tracks order values and needs each ${sym}1 of ad spend to bring back about ${sym}${drawn(rng, 4, 8)} in sales. Which bid strategy fits?`
    },
    keys: ['Target ROAS', 'Maximize conversion value with a target ROAS set'],
    wrong: [
      [WANT.tcpa, 'targets cost per conversion, ignoring order value'],
      [WANT.maxconv, 'counts conversions, not their value'],
      [WANT.maxclicks, 'optimises for clicks'],
      [WANT.manual, 'leaves every bid to you'],
      [WANT.tis, 'optimises for visibility'],
    ],
  }),
  rule('maximize-conversions-goal', {
    source: `${MAXCONV}: automatically sets bids to get the most conversions for your campaign while spending your budget`,
    answer: 'maxconv',
    stem: (rng) =>
      `${cap(client(rng))} has a fixed budget, no cost-per-lead target and wants as many leads as the budget can buy. Which strategy?`,
    keys: ['Maximize conversions', 'Maximize conversions, with no target CPA set'],
    wrong: [
      [WANT.maxclicks, 'optimises for clicks'],
      [WANT.tis, 'optimises for visibility'],
      [WANT.troas, 'needs conversion values'],
      [WANT.manual, 'needs bids set by hand'],
      [WANT.maxvalue, 'optimises value, not count'],
    ],
  }),
  rule('maximize-clicks-goal', {
    source: `${STRATEGIES}: Maximize clicks sets bids to get as many clicks as possible within your budget (with an optional max. CPC bid limit)`,
    answer: 'maxclicks',
    stem: (rng) =>
      `A new site for ${client(rng)} has no conversion tracking yet; the client wants as much traffic as the budget allows. Which strategy?`,
    keys: ['Maximize clicks', 'Maximize clicks, perhaps with a max. CPC limit'],
    wrong: [
      [WANT.tcpa, 'needs conversion data'],
      [WANT.troas, 'needs conversion values'],
      [WANT.maxconv, 'needs conversion tracking to optimise'],
      [WANT.tis, 'buys visibility, not traffic'],
      [WANT.maxvalue, 'needs conversion values'],
      [WANT.manual, 'leaves the bids to you instead of raising clicks'],
      [
        'Maximize conversions, which learns without tracking',
        'thinks Smart Bidding runs without conversion tracking',
      ],
    ],
  }),
  rule('manual-cpc-control', {
    source: `${STRATEGIES}: Manual CPC lets you set maximum cost-per-click bids yourself for ad groups or keywords`,
    answer: 'manual',
    stem: () =>
      'A client insists on setting each keyword’s maximum cost per click by hand. Which strategy allows that?',
    keys: ['Manual CPC', 'Manual CPC bidding'],
    wrong: [
      [WANT.maxclicks, 'sets bids automatically'],
      [WANT.tcpa, 'sets bids automatically'],
      [WANT.tis, 'sets bids automatically'],
      [WANT.maxconv, 'sets bids automatically'],
      ['Maximize conversions with a bid limit per keyword', 'invents a per-keyword limit'],
      ['Maximize clicks with a max. CPC limit', 'takes one shared cap for per-keyword bids'],
    ],
  }),
  rule('target-impression-share-goal', {
    source: `${STRATEGIES}: Target impression share sets bids to show the ad at the absolute top, the top, or anywhere on the page, for a share you choose`,
    answer: 'tis',
    stem: (rng) =>
      `${cap(client(rng))} wants its brand ads at the very top of the page for 90% of brand searches. Which strategy?`,
    keys: ['Target impression share', 'Target impression share, absolute top'],
    wrong: [
      [WANT.maxclicks, 'optimises clicks, not position'],
      [WANT.tcpa, 'optimises cost per conversion'],
      [WANT.troas, 'optimises return'],
      [WANT.maxconv, 'optimises conversions'],
      ['Manual CPC with the highest bid allowed', 'thinks bid alone sets position'],
      [
        'Manual CPC with the highest bid allowed on every brand keyword',
        'thinks bid alone sets position',
      ],
      [
        'Maximize clicks, with a high max. CPC limit to stay on top',
        'optimises clicks, not position',
      ],
    ],
  }),
  rule('target-cpa-is-an-average', {
    source: `${TCPA}: some conversions may cost more than your target and some less; the strategy aims for an average equal to the target`,
    answer: 'average',
    stem: (rng) => {
      const s = symbol(rng)
      return `A Target CPA of ${s}40 is set. The client sees one conversion that cost ${s}65 and says the strategy is broken. What do you tell them?`
    },
    keys: ['It’s an average, not a cap', 'Some cost more, some less; the average counts'],
    wrong: [
      ['It is a cap, so something is wrong', 'reads the target as a maximum'],
      ['Google refunds costs above target', 'invents a refund'],
      ['Target CPA limits each click, not conversions', 'confuses with CPC'],
      ['The target only applies to the first conversion', 'invents a rule'],
      ['It applies only after 30 conversions a day', 'invents a threshold'],
      [
        'It is a cap on each conversion, so something must be wrong with the set-up',
        'reads the target as a maximum',
      ],
      ['Google refunds what a conversion costs above the Target CPA you set', 'invents a refund'],
    ],
  }),
  rule('target-roas-needs-values', {
    source: `${TROAS}: Target ROAS requires conversion tracking with conversion values`,
    answer: 'values',
    stem: (rng) =>
      `${cap(clientAnd(rng).who)} counts leads but sends no values with them. What does Target ROAS need first?`,
    keys: ['Conversion values', 'Values sent with conversions'],
    wrong: [
      ['A higher daily budget', 'confuses budget with values'],
      ['Manual CPC history', 'invents a prerequisite'],
      ['Broad match keywords only', 'confuses match types with values'],
      ['A Performance Max campaign', 'invents a campaign rule'],
      ['Enhanced conversions', 'confuses data quality with values'],
      [
        'A higher daily budget, so the strategy can learn from more spend',
        'confuses budget with values',
      ],
      [
        'Enhanced conversions, which add the hashed customer data it needs',
        'confuses data quality with values',
      ],
    ],
  }),
  rule('higher-troas-less-volume', {
    source: `${TROAS}: setting a target ROAS too high may reduce the amount of traffic and conversion volume`,
    answer: 'less-volume',
    stem: () => 'You raise a campaign’s Target ROAS from 400% to 700%. What is the likely effect?',
    keys: [
      'Bids get stricter: traffic and conversion volume may drop',
      'Fewer auctions are won, so volume may fall',
    ],
    wrong: [
      ['More conversions, as bids rise', 'reverses the effect'],
      ['No effect until the budget changes', 'thinks only budget limits volume'],
      ['Costs rise to reach the new return', 'reverses the effect'],
      ['Revenue rises in step with the target', 'thinks the target creates value'],
      ['The campaign pauses until ROAS reaches 700%', 'invents a pause'],
    ],
  }),
  rule('smart-bidding-ignores-adjustments', {
    source: `${SMART}: bid adjustments are not used by Smart Bidding, except device adjustments of -100%`,
    answer: 'device-minus-100',
    stem: () =>
      'A campaign on Target CPA still has a +30% location bid adjustment and a -100% tablet adjustment. Which of them does Smart Bidding apply?',
    keys: [
      'Only the -100% device adjustment',
      'The -100% on tablets; the +30% location one is not used',
    ],
    wrong: [
      ['The two multiplied together', 'applies manual bidding rules'],
      ['Only the +30% location adjustment', 'reverses the exception'],
      ['Neither: all adjustments are ignored', 'misses the device exception'],
      ['The two added together', 'applies a wrong rule to both'],
      ['Whichever was set last', 'invents an order rule'],
    ],
  }),
  rule('ad-group-device-adjustment-overrides', {
    source:
      'Google Ads Editor Help, answer 30532 (support.google.com/google-ads/editor; read in a stored copy of support.google.com/adwords/editor/answer/30532): with device bid adjustments at campaign and ad group level in one campaign, the ad group’s is used, unless the campaign’s is -100%',
    answer: 'ad-group-level',
    stem: () =>
      'On Manual CPC, a campaign has a +20% mobile bid adjustment and one of its ad groups has its own −10% mobile bid adjustment. Which adjustment applies to that ad group’s bids on mobile?',
    keys: ['The ad group’s −10% alone', 'Only the ad group’s −10%'],
    wrong: [
      ['The two multiplied: +8%', 'multiplies the two levels as if they were different kinds'],
      ['The two added: +10%', 'adds the two levels'],
      ['The campaign’s +20% alone', 'thinks the campaign level overrides the ad group'],
      ['The higher one, +20%', 'thinks the higher adjustment wins'],
      ['Neither, until one of them is removed', 'thinks two levels block each other'],
    ],
  }),
  rule('portfolio-bid-strategy', {
    source: `${STRATEGIES}: a portfolio bid strategy groups campaigns under one automated strategy and target`,
    answer: 'portfolio',
    stem: (rng) =>
      `${cap(client(rng))} runs five small campaigns that each lack conversions for Smart Bidding, but share one cost-per-lead target. What do you set up?`,
    keys: ['A portfolio bid strategy', 'One portfolio Target CPA'],
    wrong: [
      ['A shared budget', 'shares money, not the bidding'],
      ['Five separate Target CPA strategies', 'keeps the data split'],
      ['A negative keyword list', 'unrelated to bids'],
      ['Manual CPC with the same bids', 'gives up automated bidding'],
      ['Merge all ad groups into one ad group', 'loses the structure'],
      [
        'A shared budget, so all five campaigns pool their conversion data',
        'shares money, not the bidding',
      ],
      ['Five separate Target CPA strategies with the same target in each', 'keeps the data split'],
    ],
  }),
]

export const BID_CALC_FAMILIES: readonly GadsFamily[] = [
  calc('bid-adjustments-multiply', (rng) => {
    const sym = symbol(rng)
    const bid = drawn(rng, 80, 300) / 100
    const up = drawn(rng, 10, 40, 5) / 100
    const down = drawn(rng, 10, 30, 5) / 100
    return {
      stem: `On Manual CPC, a keyword bids ${cash(sym)(bid)}. A +${pct(0)(up)} mobile adjustment and a −${pct(0)(down)} location adjustment both apply to a search. What is the adjusted bid?`,
      in: { sym, bid, up, down },
      key: bid * (1 + up) * (1 - down),
      show: cash(sym),
      wrong: [
        ['added', bid * (1 + up - down), 'adds the adjustments instead of multiplying'],
        ['only-up', bid * (1 + up), 'applies only the increase'],
        ['only-down', bid * (1 - down), 'applies only the decrease'],
        ['unchanged', bid, 'thinks adjustments don’t change the bid'],
        ['by-pct', bid * (1 + up) * down, 'multiplies by the decrease itself, not by 1 minus it'],
        ['sign', bid * (1 + up) * (1 + down), 'applies the decrease as an increase'],
      ],
    }
  }),
  calc('monthly-conversions-at-target-cpa', (rng) => {
    const sym = symbol(rng)
    const b = drawn(rng, 50, 400, 10)
    const t = drawn(rng, 20, 120, 5)
    return {
      stem: `A campaign with a ${cash(sym)(b)} average daily budget meets its ${cash(sym)(t)} Target CPA and spends its full budget over the month. About how many conversions a month is that (the most the month can be charged)?`,
      in: { sym, b, t },
      key: (30.4 * b) / t,
      show: plain(0),
      wrong: [
        ['day', b / t, 'gives a day’s conversions'],
        ['thirty', (30 * b) / t, 'uses 30 days'],
        ['double', (2 * 30.4 * b) / t, 'counts every day at two times the budget'],
        ['thirty-one', (31 * b) / t, 'uses 31 days'],
      ],
    }
  }),
  calc('cpa-implied-by-target-roas', (rng) => {
    const sym = symbol(rng)
    const v = drawn(rng, 60, 400, 5)
    const r = drawn(rng, 3, 8)
    return {
      stem: `Orders average ${cash(sym)(v)} in conversion value and the campaign’s Target ROAS is ${pct(0)(r)}. What average cost per conversion does that target allow?`,
      in: { sym, v, r },
      key: v / r,
      show: cash(sym),
      wrong: [
        ['times', v * r, 'multiplies by the ROAS'],
        ['value', v, 'takes the order value as the cost'],
        ['roi', v / (r + 1), 'reads ROAS as profit over cost'],
        ['minus', v - v / r, 'gives the value left after the cost'],
        ['percent', v / (r * 100), 'divides by the ROAS as a whole number'],
      ],
    }
  }),
]
