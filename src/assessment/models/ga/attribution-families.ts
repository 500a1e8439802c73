import type { Rng } from '../../rng.js'
import type { Wrong } from '../scenario/scenario-model.js'
import { cap, choose, client, family, type GaFamily, ruled } from './ga-text.js'

const ATTRIBUTION = '[GA4] Select attribution settings'
const MODELS = '[GA4] Get started with attribution'
const SCOPES = '[GA4] Default channel group'

const NON_GOOGLE = ['Organic Social', 'Email', 'Referral', 'Organic Search', 'Paid Social']

/** A path of distinct channels before a key event, each clicked once, oldest first. */
const path = (rng: Rng, length: number) => rng.shuffle(NON_GOOGLE).slice(0, length)

const LOOKBACK: readonly (readonly [event: string, kind: 'acquisition' | 'other'])[] = [
  ['first_visit', 'acquisition'],
  ['first_open', 'acquisition'],
  ['purchase', 'other'],
  ['generate_lead', 'other'],
  ['sign_up', 'other'],
]

/** Which traffic-source dimension answers a client's question, by the scope it has. */
const QUESTIONS: readonly (readonly [question: string, key: string])[] = [
  ['which channels brought in new users', 'First user default channel group'],
  ['which channels started the most visits', 'Session default channel group'],
  ['which channels get credit for purchases', 'Default channel group'],
]
const DIMENSIONS = [
  'First user default channel group',
  'Session default channel group',
  'Default channel group',
]
const DIMENSION_MISTAKE: Record<string, string> = {
  'First user default channel group': 'uses the user-scoped first-touch dimension',
  'Session default channel group': 'uses the session-scoped dimension',
  'Default channel group': 'uses the key-event-scoped attributed dimension',
}

/**
 * Attribution as GA4 applies it: which touchpoint a last-click model credits, which models are
 * offered since November 2023, lookback windows, and which scope of channel dimension answers a
 * question. The named mistakes are the retired rule-based models and crediting direct visits.
 */
export const ATTRIBUTION_FAMILIES: readonly GaFamily[] = [
  family('paid-and-organic-last-click', (rng) => {
    const steps = path(rng, rng.int(2, 3))
    const all = [...steps, 'Direct']
    return choose(rng, {
      stem: `Before a purchase on ${client(rng)}’s site, a user arrived in this order: ${all.join(', then ')}. The reporting attribution model is “Paid and organic last click”. Which channel gets the credit?`,
      key: steps.at(-1)!,
      wrong: [
        ['Direct', 'credits the direct visit that the model ignores'],
        [steps[0]!, 'gives the credit to the first touch'],
        ['Shared evenly among all channels', 'applies the retired linear model'],
      ],
      facts: { source: ATTRIBUTION, path: all },
    })
  }),
  family('google-paid-channels-last-click', (rng) => {
    const steps = path(rng, 2)
    const at = rng.int(0, 1)
    const all = [...steps]
    all.splice(at, 0, 'Paid Search (Google Ads)')
    const lastNonDirect = all.at(-1)!
    all.push('Direct')
    return choose(rng, {
      stem: `Before a lead on ${client(rng)}’s site, a user arrived in this order: ${all.join(', then ')}. The reporting attribution model is “Google paid channels last click”. Which touchpoint gets the credit?`,
      key: 'Paid Search (Google Ads)',
      wrong: [
        [lastNonDirect, 'applies paid and organic last click'],
        ['Direct', 'credits the final direct visit'],
        [all[0]!, 'gives the credit to the first touch'],
        ['Shared evenly among all channels', 'applies the retired linear model'],
      ],
      facts: { source: ATTRIBUTION, path: all },
    })
  }),
  family('lookback-touchpoints-in-window', (rng) => {
    const window = rng.pick([30, 60, 90])
    const days = rng
      .shuffle([3, 9, 17, 26, 38, 47, 55, 71, 84, 104, 130])
      .slice(0, rng.int(4, 6))
      .sort((a, b) => b - a)
    const inside = (w: number) => days.filter((d) => d <= w).length
    const other = window === 90 ? 30 : 90
    const wrong: Wrong[] = [
      [`${days.length}`, 'ignores the lookback window'],
      [
        `${inside(other)}`,
        window === 90
          ? 'applies the acquisition window of 30 days'
          : 'applies the default 90 days, not the chosen window',
      ],
      [`${days.length - inside(window)}`, 'counts the touchpoints outside the window'],
      [`${inside(7)}`, 'applies the 7-day acquisition option'],
    ]
    return choose(rng, {
      stem: `${cap(client(rng))} set the lookback window for “All other key events” to ${window} days. A purchase followed ad clicks ${days.join(', ')} days before it. How many of those clicks can receive credit?`,
      key: `${inside(window)}`,
      wrong,
      facts: { source: ATTRIBUTION, window, days },
    })
  }),
  family('lookback-default-window', (rng) => {
    const [event, kind] = rng.pick(LOOKBACK)
    const key = kind === 'acquisition' ? '30 days' : '90 days'
    return choose(rng, {
      stem: `${cap(client(rng))} has never changed its attribution settings. What lookback window applies to the key event ${event}?`,
      key,
      wrong: [
        [
          kind === 'acquisition' ? '90 days' : '30 days',
          'applies the other key-event group’s default',
        ],
        ['7 days', 'takes the shortest acquisition option for the default'],
        ['60 days', 'takes a middle option for the default'],
        ['3 days', 'applies Google Ads’ default engaged-view conversion window'],
      ],
      facts: { source: ATTRIBUTION, event, kind },
    })
  }),
  family('channel-dimension-scope', (rng) => {
    const [question, key] = rng.pick(QUESTIONS)
    const wrong: Wrong[] = [
      ...DIMENSIONS.filter((d) => d !== key).map((d) => [d, DIMENSION_MISTAKE[d]!] as const),
      ['Campaign default channel group', 'invents a campaign-scoped dimension'],
    ]
    return choose(rng, {
      stem: `${cap(client(rng))} asks ${question}. Which GA4 dimension answers that?`,
      key,
      wrong,
      facts: { source: SCOPES, question },
    })
  }),
  ruled('attribution-models-offered', MODELS, (rng, who) => ({
    stem: `${cap(who)} asks for ${rng.pick(['a position-based', 'a linear', 'a time-decay', 'a first-click'])} model in GA4’s attribution reports. Which models can the analyst offer in 2026?`,
    key: 'Data-driven or one of two last-click models',
    wrong: [
      ['Linear and time decay', 'relies on models retired in November 2023'],
      ['First click only', 'relies on a model retired in November 2023'],
      ['Last click only', 'assumes GA4 offers only last click'],
      [
        'First click, linear, time decay and position-based',
        'relies on models retired in November 2023',
      ],
      ['Data-driven and last non-direct click only', 'forgets the Google paid channels model'],
      ['Any model, built in the model comparison tool', 'assumes custom models can be built'],
    ],
  })),
  ruled('data-driven-how-it-credits', MODELS, (_rng, who) => ({
    stem: `${cap(who)} asks how data-driven attribution shares credit for a key event. Which description is right?`,
    key: 'By each touchpoint’s modelled effect',
    wrong: [
      [
        'By the share of sessions each channel brought to the site',
        'credits traffic volume, not effect',
      ],
      ['Equally among all touchpoints', 'describes the linear model'],
      ['More to touchpoints closer in time', 'describes time decay'],
      ['40% each to first and last, the rest between', 'describes position-based'],
      ['All to the last non-direct click', 'describes last click'],
    ],
  })),
  ruled('default-attribution-model', ATTRIBUTION, (_rng, who) => ({
    stem: `${cap(who)}’s new GA4 property keeps its default attribution settings. Which reporting attribution model applies?`,
    key: 'Data-driven',
    wrong: [
      ['Linear', 'assumes the retired linear model is the default'],
      ['Last click', 'assumes last click is the default'],
      ['Paid and organic last click', 'assumes last click is the default'],
      ['Last non-direct click', 'applies Universal Analytics’ default'],
      ['Google paid channels last click', 'assumes the Google Ads model is the default'],
    ],
  })),
  ruled('attribution-change-retroactive', ATTRIBUTION, (_rng, who) => ({
    stem: `The analyst switches ${who}’s reporting attribution model from data-driven to paid and organic last click. Which data do the attribution-based reports show under the new model?`,
    key: 'Past and future data alike, under the new model',
    wrong: [
      ['Future data only; past data keeps the old model', 'assumes the change is not retroactive'],
      [
        'Data from the change onward; past data keeps the old model',
        'assumes the change is not retroactive',
      ],
      [
        'Past data from the last 90 days, and future data',
        'confuses the lookback window with history',
      ],
      ['Future data only', 'assumes the change is not retroactive'],
      ['Only data from the change onward', 'assumes the change is not retroactive'],
    ],
  })),
]
