import { CLIENTS, computed, int, type PpcFamily, pct, ruled, usd } from './ppc-family.js'

const CAMPAIGNS = [
  'Brand Search',
  'Generic Search',
  'Shopping',
  'Competitor Search',
  'Remarketing',
  'Performance Max',
]
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
]

/**
 * Conversion tracking, attribution and experiments as a freelancer sets them up and reads them:
 * which click gets the credit under each model, counting settings and windows, the date a
 * conversion is reported on, primary and secondary actions, and the lift, cost and run time of
 * campaign experiments.
 */
export const TRACKING_FAMILIES: readonly PpcFamily[] = [
  {
    id: 'last-click-credit',
    source:
      'Google Ads Help: About attribution models (last click gives all credit to the last clicked ad)',
    draw: (rng) => {
      const [first, middle, last, seen] = rng.shuffle(CAMPAIGNS)
      return {
        stem: `Before buying, a customer clicked an ad of ${first}, then two ads of ${middle}, then one of ${last}; after that an ad of ${seen} was shown to them but not clicked. Under last-click attribution, which campaign gets the conversion?`,
        key: last!,
        wrong: [
          [first!, 'gave first-click credit'],
          [middle!, 'credited the campaign clicked most often'],
          [seen!, 'credited the last ad seen, not clicked'],
        ],
        check: {
          kind: 'facts',
          facts: { path: [first, middle, middle, last].join('>'), viewed: seen! },
        },
      }
    },
  },
  computed('linear-credit', (rng) => {
    const n = rng.int(4, 6)
    const k = rng.int(2, n - 2)
    const value = rng.int(60, 900)
    const campaigns = rng.int(2, Math.min(3, n - k + 1))
    return {
      stem: `A ${usd(value)} purchase followed ${n} ad clicks from ${campaigns} campaigns; ${k} of the clicks were on ${rng.pick(CAMPAIGNS)}. A linear model shares the credit equally among the clicks. How much conversion value does that campaign get?`,
      cells: { A1: value, A2: n, A3: k, A4: campaigns },
      shown: 'usd',
      key: [(value * k) / n, '=A1*A3/A2'],
      wrong: [
        [[value / n, '=A1/A2'], 'counted the campaign’s clicks once'],
        [[value / campaigns, '=A1/A4'], 'split the credit by campaign, not by click'],
        [[value, '=A1'], 'gave the campaign all the credit'],
      ],
    }
  }),
  computed('position-based-middle-credit', (rng) => {
    const n = rng.int(4, 7)
    const value = rng.int(100, 1200)
    return {
      stem: `A ${usd(value)} sale followed ${n} ad clicks. A position-based model gives 40 % to the first click, 40 % to the last and shares 20 % equally among the clicks between. How much does the second click get?`,
      cells: { A1: value, A2: n },
      shown: 'usd',
      key: [(value * 0.2) / (n - 2), '=A1*0.2/(A2-2)'],
      wrong: [
        [[value * 0.2, '=A1*0.2'], 'gave one middle click the whole 20 %'],
        [[value / n, '=A1/A2'], 'shared the value equally, as linear does'],
        [[(value * 0.2) / n, '=A1*0.2/A2'], 'shared the 20 % over all the clicks'],
      ],
    }
  }),
  computed('time-decay-share', (rng) => {
    const d1 = rng.int(8, 20)
    const d2 = rng.int(0, 4)
    return {
      stem: `Two clicks came ${d1} and ${d2} days before a conversion. A time-decay model weights each click by 2^(−days/7), a half-life of seven days, and shares the credit in proportion. What share does the older click get?`,
      cells: { A1: d1, A2: d2 },
      shown: 'pct1',
      key: [2 ** (-d1 / 7) / (2 ** (-d1 / 7) + 2 ** (-d2 / 7)), '=2^(-A1/7)/(2^(-A1/7)+2^(-A2/7))'],
      wrong: [
        [[0.5, '=0.5'], 'shared the credit equally'],
        [[d1 / (d1 + d2), '=A1/(A1+A2)'], 'gave more weight to the older click'],
        [[2 ** (-d1 / 7), '=2^(-A1/7)'], 'gave the weight without sharing it out'],
      ],
    }
  }),
  ruled(
    'attribution-models-available',
    'Google Ads Help: About attribution models (first click, linear, time decay and position-based retired in 2023)',
    (rng) =>
      `A freelancer sets up a new purchase conversion action for ${rng.pick(CLIENTS)} in Google Ads. Which attribution models can it use?`,
    [
      'Data-driven or last click, the two models still offered',
      'Data-driven attribution or last click',
    ],
    [
      [
        'Any model, as long as it is set the same in every campaign',
        'thought all models are still offered',
      ],
      [
        'Position-based only, as the default for purchases',
        'kept the retired position-based model',
      ],
      [
        'Data-driven, last click, linear, time decay or position-based',
        'listed models Google Ads retired in 2023',
      ],
      [
        'First click or last click, chosen per campaign in the account',
        'kept the retired first-click model',
      ],
      [
        'Linear only, until the account has enough conversions',
        'took the retired linear model as a default',
      ],
    ],
  ),
  ruled(
    'conversion-after-window',
    'Google Ads Help: About conversion windows (a conversion counts only within the window after the ad interaction)',
    (rng) => {
      const window = rng.pick([7, 14, 30])
      const after = window + rng.int(3, 20)
      return `A conversion action has a ${window}-day click-through conversion window. A customer clicked an ad, came back ${after} days later by typing the address and bought. What does Google Ads record?`
    },
    [
      'No conversion: the purchase fell outside the window',
      'Nothing: the sale came after the window had closed',
    ],
    [
      [
        'Half a conversion, for the part of the gap inside the window',
        'invented partial credit for late sales',
      ],
      [
        'One conversion, once the window is widened to cover it',
        'thought a later change counts earlier sales',
      ],
      [
        'One conversion, dated on the day the customer bought',
        'counted the window from the last visit',
      ],
      [
        'One conversion, dated on the day of the ad click',
        'ignored the window, though the date rule is right',
      ],
      ['A view-through conversion in place of a click one', 'mistook a late click for a view'],
    ],
  ),
  ruled(
    'conversion-reported-on-click-date',
    'Google Ads Help: About conversion reporting (conversions are reported on the date of the ad interaction)',
    (rng) => {
      const m = rng.int(0, MONTHS.length - 1)
      return `A customer clicked an ad on ${rng.int(26, 28)} ${MONTHS[m]} and bought on ${rng.int(2, 6)} ${MONTHS[m + 1] ?? 'December'}. In which month’s Conversions column does the sale appear?`
    },
    ['In the month of the ad click, the earlier one', 'The earlier month, when the ad was clicked'],
    [
      ['In the month the conversion was imported into the account', 'dated it by the import'],
      ['In the month the invoice for the clicks was paid', 'dated it by the billing'],
      ['In the month of the purchase, the later one', 'dated it by the conversion, not the click'],
      ['In both months, half of the conversion in each', 'split the conversion over the gap'],
      ['In neither, until the conversion window closes', 'thought conversions wait for the window'],
    ],
  ),
  computed('count-one-per-click', (rng) => {
    const a = rng.int(30, 120)
    const b = rng.int(5, Math.floor(a / 3))
    const c = rng.int(2, Math.floor(a / 6))
    return {
      stem: `Ad clicks led ${a} visitors to submit a quote form: ${b} of them submitted it twice and ${c} three times. The conversion action counts “One”. How many conversions does it record?`,
      cells: { A1: a, A2: b, A3: c },
      shown: 'int',
      key: [a, '=A1'],
      wrong: [
        [[a + b + 2 * c, '=A1+A2+2*A3'], 'counted every form, as “Every” does'],
        [[a + b + c, '=A1+A2+A3'], 'counted each repeat visitor once more'],
        [[a - b - c, '=A1-A2-A3'], 'left out the visitors who repeated'],
        [[b + c, '=A2+A3'], 'counted only the visitors who repeated'],
        [[a + 2 * b + 3 * c, '=A1+2*A2+3*A3'], 'added each repeater’s total on top of the first'],
      ],
    }
  }),
  computed('count-every-purchase', (rng) => {
    const a = rng.int(30, 120)
    const b = rng.int(5, Math.floor(a / 3))
    const c = rng.int(2, Math.floor(a / 6))
    return {
      stem: `Ad clicks led ${a} shoppers to buy: ${b} of them bought twice and ${c} three times after the same click. The purchase action counts “Every”. How many conversions does it record?`,
      cells: { A1: a, A2: b, A3: c },
      shown: 'int',
      key: [a + b + 2 * c, '=A1+A2+2*A3'],
      wrong: [
        [[a, '=A1'], 'counted one per click, as “One” does'],
        [[a + b + c, '=A1+A2+A3'], 'counted each repeat buyer once more'],
        [[a + 2 * b + 3 * c, '=A1+2*A2+3*A3'], 'added each repeater’s total on top of the first'],
        [[2 * b + 3 * c, '=2*A2+3*A3'], 'counted only the repeat buyers’ purchases'],
        [[b + 2 * c, '=A2+2*A3'], 'counted only the purchases after the first'],
      ],
    }
  }),
  ruled(
    'secondary-action',
    'Google Ads Help: About primary and secondary conversion actions',
    (rng) =>
      `For ${rng.pick(CLIENTS)}, a newsletter sign-up action is set to secondary beside the primary purchase action. How does it act?`,
    [
      'It shows in All conv. but not in Conversions or in bidding',
      'Only in All conv.; bidding and Conversions leave it out',
    ],
    [
      [
        'It replaces the purchase in Conversions when both happen',
        'thought actions override each other',
      ],
      [
        'It shows only in Google Analytics, never in Google Ads',
        'thought secondary actions leave Google Ads',
      ],
      [
        'It shows in Conversions and Smart Bidding aims at it too',
        'treated a secondary action as primary',
      ],
      [
        'It is not recorded at all until it is made primary',
        'thought secondary actions are switched off',
      ],
      [
        'It counts in Conversions at half the weight of purchases',
        'invented a weighting for secondary actions',
      ],
    ],
  ),
  ruled(
    'auto-tagging-gclid',
    'Google Ads Help: About auto-tagging (adds the GCLID parameter to final URLs)',
    (rng) =>
      `Offline sales for ${rng.pick(CLIENTS)} are to be imported against the ad clicks that led to them. What puts the click ID on landing page URLs?`,
    [
      'Turning on auto-tagging, which adds the GCLID parameter',
      'Auto-tagging, which appends a gclid to each click',
    ],
    [
      [
        'Adding a final URL suffix of utm_campaign={campaignid}',
        'took a ValueTrack tag for the click ID',
      ],
      ['Linking Google Analytics to the Google Ads account', 'thought linking adds the click ID'],
      [
        'Adding utm_source and utm_medium tags by hand to each URL',
        'took manual UTM tags for the click ID',
      ],
      [
        'Setting a tracking template of {lpurl} on the account',
        'took the URL template for the click ID',
      ],
      [
        'Turning on enhanced conversions for the web on the tag',
        'confused hashed customer data with the click ID',
      ],
    ],
  ),
  computed('experiment-conversion-rate-lift', (rng) => {
    const n1 = rng.int(30, 90) * 100
    const n2 = rng.int(30, 90) * 100
    const c1 = Math.round((n1 * rng.int(20, 60)) / 1000)
    const c2 = Math.round((n2 * rng.int(20, 60)) / 1000)
    return {
      stem: `In a campaign experiment, the base arm had ${int(n1)} clicks and ${int(c1)} conversions; the trial arm had ${int(n2)} clicks and ${int(c2)} conversions. By what percentage did the conversion rate change, relative to the base?`,
      cells: { A1: n1, A2: c1, B1: n2, B2: c2 },
      shown: 'pct1',
      key: [c2 / n2 / (c1 / n1) - 1, '=(B2/B1)/(A2/A1)-1'],
      wrong: [
        [[c2 / c1 - 1, '=B2/A2-1'], 'compared conversions, ignoring the unequal clicks'],
        [[c2 / n2 - c1 / n1, '=B2/B1-A2/A1'], 'gave the change in percentage points'],
        [[1 - c1 / n1 / (c2 / n2), '=1-(A2/A1)/(B2/B1)'], 'took the change relative to the trial'],
      ],
    }
  }),
  computed('experiment-cpa-change', (rng) => {
    const cost1 = rng.int(20, 80) * 100
    const conv1 = rng.int(60, 300)
    const cost2 = Math.round(cost1 * (rng.int(95, 135) / 100))
    const conv2 = Math.round(conv1 * (rng.int(95, 130) / 100))
    return {
      stem: `A bidding experiment: the base arm spent ${usd(cost1)} for ${conv1} conversions, the trial arm ${usd(cost2)} for ${conv2}. By what percentage is the trial’s CPA higher or lower than the base’s?`,
      cells: { A1: cost1, A2: conv1, B1: cost2, B2: conv2 },
      shown: 'pct1',
      key: [cost2 / conv2 / (cost1 / conv1) - 1, '=(B1/B2)/(A1/A2)-1'],
      wrong: [
        [[conv2 / conv1 - 1, '=B2/A2-1'], 'gave the change in conversions'],
        [[cost2 / cost1 - 1, '=B1/A1-1'], 'gave the change in cost'],
        [
          [cost1 / conv1 / (cost2 / conv2) - 1, '=(A1/A2)/(B1/B2)-1'],
          'took the change relative to the trial',
        ],
      ],
    }
  }),
  computed('experiment-run-time', (rng) => {
    const need = rng.pick([100, 150, 200, 250])
    const daily = rng.int(8, 40)
    const split = rng.pick([0.2, 0.3, 0.4])
    return {
      stem: `Each arm of an experiment needs about ${need} conversions. The campaign gets ${daily} conversions a day and the trial takes ${pct(split, 0)} of the traffic. About how long must it run?`,
      cells: { A1: need, A2: daily, A3: split },
      shown: 'days',
      key: [need / (daily * split), '=A1/(A2*A3)'],
      wrong: [
        [[need / (daily * (1 - split)), '=A1/(A2*(1-A3))'], 'sized it by the larger arm'],
        [[need / daily, '=A1/A2'], 'counted all conversions toward one arm'],
        [[need / (daily * 0.5), '=A1/(A2*0.5)'], 'assumed an even split'],
      ],
    }
  }),
  computed('experiment-gain-at-full-traffic', (rng) => {
    const conv = rng.int(200, 900)
    const lift = rng.int(5, 25) / 100
    const split = rng.pick([0.3, 0.4, 0.5])
    return {
      stem: `A campaign makes about ${conv} conversions a month. A trial taking ${pct(split, 0)} of its traffic converted ${pct(lift, 0)} better than the base at the same cost. If applied to all traffic, about how many extra conversions a month follow?`,
      cells: { A1: conv, A2: lift, A3: split },
      shown: 'int',
      key: [conv * lift, '=A1*A2'],
      wrong: [
        [[conv * lift * split, '=A1*A2*A3'], 'scaled the gain to the trial’s share again'],
        [[conv * (1 + lift), '=A1*(1+A2)'], 'gave the new total, not the extra'],
        [[(conv * lift) / split, '=A1*A2/A3'], 'scaled the gain up by the split'],
      ],
    }
  }),
  ruled(
    'recent-cpa-and-conversion-lag',
    'Google Ads Help: About conversion delay (recent days’ conversions are still being reported)',
    (rng) =>
      `Conversions for ${rng.pick(CLIENTS)} typically arrive ${rng.int(5, 9)} days after the click. The last three days show a CPA twice the usual. What should the freelancer do first?`,
    [
      'Wait: conversions of the last days are still coming in',
      'Nothing yet, since late conversions will still be added',
    ],
    [
      ['Lower the budget so the costly days cannot repeat', 'read unreported conversions as waste'],
      [
        'Switch to last-click attribution to see the sales sooner',
        'thought attribution speeds reporting',
      ],
      [
        'Cut the target CPA now, since costs have doubled',
        'read unreported conversions as a rise in cost',
      ],
      [
        'Pause the campaign until the CPA falls back by itself',
        'stopped a campaign over incomplete data',
      ],
      [
        'Raise bids, since a high CPA means the ads rank low',
        'confused cost per conversion with ad rank',
      ],
    ],
  ),
]
