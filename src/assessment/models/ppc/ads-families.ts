import type { Rng } from '../../rng.js'
import type { Wrong } from '../scenario/scenario-model.js'
import {
  CLIENTS,
  computed,
  type PpcFamily,
  ruled,
  threeOf,
  withThreeMistakes,
} from './ppc-family.js'

const LIMITS =
  'Google Ads Help: About responsive search ads and asset character limits (headline 30, description 90, path 15, sitelink text 25, sitelink description 35, callout 25, structured snippet value 25; double-width characters count 2)'
const DKI =
  'Google Ads Help: About keyword insertion ({KeyWord:default} capitalisation; the default text shows when the keyword would make the text too long)'

/**
 * The asset fields an ad text can go in, each in several wordings of unlike length; every option
 * of a draw takes one at random, so no field's wording marks the key.
 */
export const FIELD = {
  headline: [
    'As a headline of a search ad',
    'As an RSA headline',
    'In a responsive search ad’s headline field',
  ],
  description: [
    'As a description of a search ad',
    'As an RSA description',
    'In a responsive search ad’s description field',
  ],
  path: [
    'As one display URL path field',
    'As a display path',
    'In one of the ad’s two display URL path fields',
  ],
  sitelink: [
    'As the link text of a sitelink',
    'As sitelink text',
    'As the clickable text of a sitelink asset',
  ],
  sitelinkDescription: [
    'As a sitelink description line',
    'As a sitelink description',
    'As one description line under a sitelink asset',
  ],
  callout: ['As a callout of a search ad', 'As a callout', 'In a callout asset’s text field'],
  snippet: [
    'As a structured snippet value',
    'As a snippet value',
    'As one value of a structured snippet asset',
  ],
} as const

const PARTS = [
  'Free Delivery',
  'Same-Day Dispatch',
  'Book Online Today',
  'Family-Run Since 1998',
  'Rated 4.9 by Customers',
  'No Call-Out Fee',
  'Open 7 Days',
  'Fixed Prices',
  'Expert Advice',
  'Easy Returns',
  'Local Engineers',
  'Price Match Promise',
  'Orders Over $50',
  'Trusted by 5,000 Clients',
  'Next-Day Appointments',
  'Certified Staff',
]

/** An ad text, joined from the client's selling points, whose length falls in `[min, max]`. */
function textOf(rng: Rng, min: number, max: number): string {
  for (let tries = 0; tries < 2000; tries++) {
    const n = rng.int(1, 5)
    const text = rng
      .shuffle(PARTS)
      .slice(0, n)
      .join(rng.pick([' – ', ', ', ' | ']))
    if (text.length >= min && text.length <= max) return text
  }
  throw new Error(`no text of ${min}–${max} characters`)
}

/** Which single field of those offered takes a text of a length band as written, or is too short. */
function fieldFit(
  id: string,
  min: number,
  max: number,
  want: 'fits' | 'too-long',
  key: keyof typeof FIELD,
  wrong: readonly (readonly [keyof typeof FIELD, string])[],
): PpcFamily {
  return withThreeMistakes({
    id,
    source: LIMITS,
    draw: (rng) => {
      const text = textOf(rng, min, max)
      const ask =
        want === 'fits'
          ? 'Where can it be used exactly as written?'
          : 'Where is it too long to be used as written?'
      const keyText = rng.pick(FIELD[key])
      return {
        stem: `A client, ${rng.pick(CLIENTS)}, sends the line “${text}” for its Google Ads search ads. ${ask}`,
        key: keyText,
        wrong: threeOf(
          rng,
          keyText,
          wrong.map(([f, m]): Wrong => [rng.pick(FIELD[f]), m]),
        ),
        check: { kind: 'fit', text, want },
      }
    },
  })
}

type Case = 'keyword' | 'Keyword' | 'KeyWord'
const cased = (form: Case, words: string) =>
  form === 'keyword'
    ? words.toLowerCase()
    : form === 'Keyword'
      ? words[0]!.toUpperCase() + words.slice(1).toLowerCase()
      : words
          .toLowerCase()
          .split(' ')
          .map((w) => w[0]!.toUpperCase() + w.slice(1))
          .join(' ')

const KEYWORDS = [
  ['electric bike hire', 'Bikes'],
  ['emergency plumber', 'Plumbers'],
  ['spanish evening class', 'Classes'],
  ['grain free dog food', 'Dog Food'],
  ['teak garden bench', 'Benches'],
  ['teeth whitening', 'Dentists'],
] as const

/**
 * Responsive search ads and assets as a freelancer writes them for a client: which field a line
 * fits by its characters, keyword insertion, the ad's required and maximum parts, what Ad strength
 * does and does not do, and the policy rules that disapprove ads.
 */
export const ADS_FAMILIES: readonly PpcFamily[] = [
  fieldFit('fits-headline-not-sitelink', 26, 30, 'fits', 'headline', [
    ['sitelink', 'applied the 30-character headline limit to sitelinks'],
    ['callout', 'applied the 30-character headline limit to callouts'],
    ['snippet', 'applied the headline limit to snippet values'],
    ['path', 'took display paths to allow 30 characters'],
  ]),
  fieldFit('fits-sitelink-description', 31, 35, 'fits', 'sitelinkDescription', [
    ['headline', 'took headlines to allow 35 characters'],
    ['callout', 'took callouts to allow 35 characters'],
    ['sitelink', 'confused a sitelink’s text with its description'],
    ['snippet', 'took snippet values to allow 35 characters'],
    ['path', 'took display paths to allow 35 characters'],
  ]),
  fieldFit('fits-description-only', 36, 90, 'fits', 'description', [
    ['headline', 'treated a long line as a headline'],
    ['sitelinkDescription', 'took sitelink descriptions to allow 90 characters'],
    ['callout', 'took callouts to allow long text'],
    ['sitelink', 'took sitelink text to allow long lines'],
    ['snippet', 'took snippet values to allow long lines'],
  ]),
  fieldFit('too-long-for-path', 16, 25, 'too-long', 'path', [
    ['headline', 'took headlines to be limited to 15 characters'],
    ['callout', 'took callouts to be limited to 15 characters'],
    ['sitelink', 'took sitelink text to be limited to 15 characters'],
    ['description', 'took descriptions to be limited to 15 characters'],
    ['snippet', 'took snippet values to be limited to 15 characters'],
  ]),
  fieldFit('too-long-for-sitelink', 26, 30, 'too-long', 'sitelink', [
    ['headline', 'took headlines to be limited to 25 characters'],
    ['description', 'took descriptions to be limited to 25 characters'],
    ['sitelinkDescription', 'took sitelink descriptions to be limited to 25 characters'],
  ]),
  fieldFit('too-long-for-callout', 26, 30, 'too-long', 'callout', [
    ['headline', 'took headlines to be limited to 25 characters'],
    ['description', 'took descriptions to be limited to 25 characters'],
    ['sitelinkDescription', 'took sitelink descriptions to be limited to 25 characters'],
  ]),
  computed(
    'double-width-characters',
    (rng) => {
      const [field, limit] = rng.pick([
        ['headline', 30],
        ['description', 90],
        ['callout', 25],
        ['display URL path field', 15],
      ] as const)
      const other = field === 'headline' ? 90 : 30
      return {
        stem: `A client advertises in Japan. At most how many full-width Japanese characters fit in a responsive search ad ${field}?`,
        cells: { A1: limit, A2: other },
        shown: 'int',
        key: [Math.floor(limit / 2), '=INT(A1/2)'],
        wrong: [
          [[limit, '=A1'], 'counted full-width characters as one each'],
          [[Math.floor(limit / 3), '=INT(A1/3)'], 'counted the three bytes of their encoding'],
          [
            [Math.floor(other / 2), '=INT(A2/2)'],
            `took the limit of a ${field === 'headline' ? 'description' : 'headline'}`,
          ],
        ],
      }
    },
    LIMITS,
  ),
  computed(
    'headline-characters',
    (rng) => {
      const text = textOf(rng, 16, 30)
      const words = text.split(' ').length
      const spaces = words - 1
      return {
        stem: `How many characters does Google Ads count for the headline “${text}”?`,
        cells: {
          A1: text.length,
          A2: spaces,
          A3: words,
          A4: (text.match(/[^\p{L}\p{N} ]/gu) ?? []).length,
        },
        shown: 'int',
        key: [text.length, '=A1'],
        wrong: [
          [[text.length - spaces, '=A1-A2'], 'left out the spaces'],
          [
            [text.length - spaces - (text.match(/[^\p{L}\p{N} ]/gu) ?? []).length, '=A1-A2-A4'],
            'counted only letters and digits',
          ],
          [[text.length + 2, '=A1+2'], 'counted the quotation marks around it'],
          [
            [text.length + (text.match(/[^\p{L}\p{N} ]/gu) ?? []).length, '=A1+A4'],
            'counted each symbol as a double-width character',
          ],
        ],
      }
    },
    LIMITS,
  ),
  {
    id: 'keyword-insertion-capitalisation',
    source: DKI,
    draw: (rng) => {
      const [keyword, fallback] = rng.pick(KEYWORDS)
      const form = rng.pick(['keyword', 'Keyword', 'KeyWord'] as const)
      const others = (['keyword', 'Keyword', 'KeyWord'] as const).filter((f) => f !== form)
      const template = `{${form}:${fallback}}`
      const search = `${keyword} ${rng.pick(['near me', 'prices', 'deals'])}`
      return {
        stem: `A headline is ${template} Experts. The keyword ${keyword} (phrase match) triggers the ad for the search “${search}”. What does the headline show?`,
        key: `${cased(form, keyword)} Experts`,
        wrong: [
          [`${cased(others[0]!, keyword)} Experts`, `read {${form}} as {${others[0]}}`],
          [`${cased(others[1]!, keyword)} Experts`, `read {${form}} as {${others[1]}}`],
          [`${cased(form, search)} Experts`, 'inserted the search term, not the keyword'],
        ],
        check: { kind: 'facts', facts: { template: `${template} Experts`, keyword, search } },
      }
    },
  },
  withThreeMistakes({
    id: 'keyword-insertion-default-text',
    source: DKI,
    draw: (rng) => {
      const [keyword, fallback] = rng.pick(KEYWORDS)
      const tail = rng.pick([
        'Booked Online Today',
        'Near You, Open Today',
        'With Free Quotes',
        'From Local Experts',
      ])
      const template = `{KeyWord:${fallback}} ${tail}`
      const long = `${cased('KeyWord', keyword)} ${tail}`
      return {
        stem: `A headline is ${template}. The keyword ${keyword} triggers the ad. What does the headline show?`,
        key: `${fallback} ${tail}`,
        wrong: [
          [long, 'inserted the keyword past the 30-character limit'],
          [long.slice(0, 30).trimEnd(), 'cut the text off at 30 characters'],
          [tail, 'dropped the insertion altogether'],
        ],
        check: { kind: 'facts', facts: { template, keyword, search: keyword } },
      }
    },
  }),
  ruled(
    'rsa-minimum-to-publish',
    'Google Ads Help: Create a responsive search ad (at least 3 headlines and 2 descriptions)',
    (rng) =>
      `A new responsive search ad for ${rng.pick(CLIENTS)} is being drafted. What is the least it needs before it can be saved?`,
    ['Three headlines and two descriptions', 'At least three headlines and two descriptions'],
    [
      ['Five headlines and three descriptions', 'took the recommended number for the minimum'],
      ['Three headlines, two descriptions and a sitelink', 'took assets to be part of the ad'],
      ['Fifteen headlines and four descriptions', 'took the maximum for the minimum'],
      ['One headline and one description each', 'took the shown ad’s parts for the minimum'],
      ['Two headlines and one description', 'took an ad as shown for what must be written'],
    ],
  ),
  ruled(
    'rsa-maximum-parts',
    'Google Ads Help: About responsive search ads (up to 15 headlines and 4 descriptions)',
    (rng) =>
      `To give the system the most combinations for ${rng.pick(CLIENTS)}, how many parts can one responsive search ad hold?`,
    ['Up to fifteen headlines and four descriptions', 'At most 15 headlines and 4 descriptions'],
    [
      ['Up to five headlines and five descriptions', 'guessed one equal limit for both'],
      ['As many headlines and descriptions as wanted', 'thought there is no limit'],
      [
        'Up to three headlines and two descriptions',
        'took the parts shown at once for the maximum',
      ],
      ['Up to ten headlines and five descriptions', 'mixed up the two limits'],
      ['Up to thirty headlines and ninety descriptions', 'read the character limits as counts'],
    ],
  ),
  ruled(
    'pinned-headline-position',
    'Google Ads Help: Pin headlines and descriptions to specific positions',
    (rng) =>
      `A client insists its brand name, ${rng.pick(['Hartwell Dental', 'Brio Bikes', 'Copper Kettle Coffee', 'Lumen Tax'])}, always appears first. One headline holding it is pinned to position 1. What follows?`,
    [
      'Only that headline can show in position 1 of the ad',
      'Position 1 always shows that headline, no other',
    ],
    [
      [
        'It shows first in most ads, as a strong hint to the system',
        'thought pinning only weights the choice',
      ],
      ['Its Ad strength rises, since pins add variety', 'thought pinning improves Ad strength'],
      [
        'It shows in position 1 but others may take that place',
        'thought pinning only prefers a position',
      ],
      [
        'It shows in every position of the ad at the same time',
        'thought pinning repeats the headline',
      ],
      ['Every other headline is then pinned to position 2', 'thought pinning one pins the rest'],
    ],
  ),
  ruled(
    'ad-strength-and-the-auction',
    'Google Ads Help: About Ad Strength for responsive search ads (it does not affect ad serving)',
    (rng) =>
      `A client asks whether its ad rated “${rng.pick(['Poor', 'Average'])}” by Ad strength is penalised in the auction. What is the answer?`,
    [
      'No: Ad strength guides the writing, it is no auction input',
      'No, Ad strength rates best practice and does not enter the auction',
    ],
    [
      [
        'Yes: each step down in Ad strength raises the CPC paid',
        'took the writing guide for a price factor',
      ],
      [
        'Yes: “Poor” ads are shown only when no other ad is eligible',
        'thought a low rating demotes serving',
      ],
      [
        'Yes: Ad strength is a factor of Quality Score and Ad Rank',
        'took the writing guide for an auction input',
      ],
      [
        'Yes: an ad below “Good” cannot serve until it is improved',
        'thought a low rating stops serving',
      ],
      [
        'No: Ad strength only rates the landing page, not the ad',
        'confused it with landing page experience',
      ],
    ],
  ),
  ruled(
    'destination-mismatch',
    'Google Ads policy: Destination requirements (destination mismatch)',
    (rng) => {
      const d = rng.pick(['brio-bikes.com', 'hartwell-dental.com', 'copperkettle.coffee'])
      return `An ad’s final URL on ${d} redirects every visitor to a booking site on another domain. How does policy treat the ad?`
    },
    [
      'Disapproved for a destination mismatch between the URLs',
      'It breaks the destination rules: the domains do not match',
    ],
    [
      [
        'Approved, since redirects are allowed to any domain at all',
        'thought any redirect is allowed',
      ],
      ['Approved, with a warning shown only in the ad preview', 'invented a warning state'],
      [
        'Approved, as long as the booking site is secured by HTTPS',
        'took a secure page for a matching one',
      ],
      [
        'Approved, since the display URL paths can be any words',
        'confused the path fields with the domain',
      ],
      ['Limited to mobile devices, where redirects are allowed', 'invented a device exception'],
      [
        'Disapproved only if the booking site has no HTTPS',
        'took a secure page for a matching one',
      ],
      [
        'Disapproved until a tracking template is added to it',
        'thought a tracking template makes a cross-domain landing page allowed',
      ],
    ],
  ),
  {
    id: 'structured-snippet-header',
    source: 'Google Ads Help: About structured snippet assets (headers from a fixed list)',
    draw: (rng) => {
      const key = rng.pick(['Brands', 'Courses', 'Destinations', 'Models', 'Styles', 'Types'])
      const wrong = rng
        .shuffle(['Benefits', 'Features', 'Offers', 'Reasons', 'Specials'] as const)
        .slice(0, 3)
      const why = {
        Benefits: 'wrote a header as free text, as in a callout',
        Features: 'took a common ad word for an offered header',
        Offers: 'wrote the header of a promotion, not a snippet',
        Reasons: 'made up a header of reasons to buy',
        Specials: 'wrote a header as free text for deals',
      }
      return {
        stem: `For ${rng.pick(CLIENTS)}, a structured snippet is being added. Which of these headers can it use?`,
        key,
        wrong: wrong.map((w): Wrong => [w, why[w]]),
        check: { kind: 'facts', facts: { header: key } },
      }
    },
  },
]
