import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  Client,
  client,
  drawn,
  family,
  figures,
  plain,
  qty,
  ruled,
  type Wordings,
  worked,
} from './smm-text.js'

// Platform rules that are documented and stable: X's weighted character count (280, every link
// 23 characters, most CJK characters and emoji weigh 2), published caption, post and alt-text
// limits, UTM tagging of shared links (the query before the fragment, parameters joined by &,
// values percent-encoded), and the WCAG contrast of text set in a post's graphic.

const LINES = [
  'Our new season menu launches this Friday, so come early and grab a seat',
  'Doors open at six for the spring open day with free tasters for everyone',
  'Three new beginner classes start next week and places are filling fast',
  'We are hiring a weekend barista who loves people as much as coffee',
  'Last chance to book the summer workshop before prices go up on Monday',
] as const
/** Words a cut phrase must not end on, so no copy stops mid-phrase (“…and grab a”). */
const DANGLING = new Set(
  'a an and are as at before for go is much of on so the this to up who with'.split(' '),
)
/** ASCII post copy of at most `n` characters, cut at a word that does not leave a phrase open. */
function copy(rng: Rng, n: number, not?: string): string {
  const words = rng
    .pick(LINES.filter((l) => !not?.startsWith(l.split(' ').slice(0, 3).join(' '))))
    .split(' ')
  const out = [words[0]!]
  for (const w of words.slice(1)) {
    if (out.join(' ').length + 1 + w.length > n) break
    out.push(w)
  }
  while (out.length > 2 && DANGLING.has(out.at(-1)!.replace(/,$/, '').toLowerCase())) out.pop()
  return out.join(' ').replace(/,$/, '')
}
const EMOJI = ['🎉', '🔥', '🚀', '☕', '🌱'] as const
const CJK = ['新', '店', '東', '京', '開', '業'] as const

type Choice = readonly [says: string, text: Wordings, mistake: string]
const limit = (
  id: string,
  stem: (w: string) => string,
  keys: readonly string[],
  wrong: readonly Choice[],
): ScenarioFamily =>
  family(id, (rng) =>
    ruled(rng, { rule: id, stem: stem(client(rng)), key: ['rule', rng.pick(keys)], wrong }),
  )

export const PLATFORM_FAMILIES: readonly ScenarioFamily[] = [
  family('x-characters-left-with-link', (rng) => {
    const first = copy(rng, 80)
    const text = `${first}. ${copy(rng, drawn(rng, 20, 75), first)}.`
    const path = `https://www.example.com/blog/${copy(rng, drawn(rng, 15, 40))
      .toLowerCase()
      .replaceAll(/[^a-z ]/g, '')
      .replaceAll(' ', '-')}?utm_source=x&utm_medium=social`
    const n = text.length
    const u = path.length
    return figures(rng, qty('characters'), {
      stem: `An X post for ${client(rng)} (a standard, non-Premium account, limit 280) has ${n} characters of copy («${text}»), then a space and the link ${path} (${u} characters). X counts every link as 23 characters whatever its length. How many characters are left?`,
      in: { n, u },
      key: 280 - n - 1 - 23,
      wrong: [
        ['fullUrl', 280 - n - 1 - u, 'counts the link at its full length'],
        [
          'utmExtra',
          280 - n - 1 - 23 - (u - path.indexOf('?')),
          'counts the link as 23 plus its UTM tags',
        ],
        ['noLink', 280 - n - 1, 'thinks links are free because they show as a card'],
        ['old140', 140 - n - 1 - 23, 'uses the old 140-character limit'],
        ['used', n + 1 + 23, 'gives the characters used, not those left'],
      ],
    })
  }),
  family('x-weighted-length', (rng) => {
    const text = copy(rng, drawn(rng, 20, 60))
    const e = Array.from({ length: rng.int(1, 4) }, () => rng.pick(EMOJI)).join('')
    const c = Array.from({ length: rng.int(2, 5) }, () => rng.pick(CJK)).join('')
    const post = `${text} ${c} ${e}`
    const n = text.length + 2
    const k = [...e].length
    const m = [...c].length
    return figures(rng, qty('characters'), {
      stem: `X weighs characters: Latin letters, digits, spaces and common punctuation count 1; CJK characters and emoji count 2. What is the weighted length of this post: «${post}»?`,
      in: { n, k, m },
      key: n + 2 * k + 2 * m,
      wrong: [
        ['codePoints', n + k + m, 'counts every character as 1'],
        ['utf16', n + 2 * k + m, 'counts UTF-16 code units, as string length does'],
        ['emojiOne', n + k + 2 * m, 'counts emoji as 1'],
        ['noSpaces', n - 2 + 2 * k + 2 * m, 'leaves the spaces out'],
      ],
    })
  }),
  limit(
    'x-post-limit',
    () => 'What is the character limit of a post on X for a standard (non-Premium) account?',
    ['280', '280 weighted characters, with every link counted as 23 whatever its length'],
    [
      ['140', '140 characters', 'uses the limit X doubled in 2017'],
      ['500', '500', 'uses another network’s limit'],
      [
        '2200',
        '2,200 characters, the same as an Instagram caption',
        'uses Instagram’s caption limit',
      ],
      ['3000', '3,000', 'uses LinkedIn’s post limit'],
      [
        '25000',
        '25,000 characters for every account',
        'uses the Premium long-post limit for a standard account',
      ],
    ],
  ),
  limit(
    'linkedin-post-limit',
    (w) => `How long may a LinkedIn post (not an article) for ${w}’s company page be?`,
    [
      '3,000 characters',
      'Up to 3,000 characters, though only the opening lines show before “see more”',
    ],
    [
      ['280', '280 characters', 'uses X’s limit'],
      [
        '1300',
        '1,300 characters, the length shown in the feed',
        'mistakes the length shown before “see more” for the limit',
      ],
      ['2200', '2,200', 'uses Instagram’s caption limit'],
      [
        '125000',
        '125,000 characters, the same as for articles',
        'uses the limit for LinkedIn articles',
      ],
      ['700', '700 characters', 'uses a bio-length limit for the post'],
    ],
  ),
  limit(
    'instagram-caption-and-hashtags',
    (w) =>
      `You write an Instagram feed caption for ${w} in 2026. What limits does Instagram now set?`,
    [
      '2,200 characters, 5 hashtags',
      'Up to 2,200 characters, with no more than five hashtags',
      'A caption of up to 2,200 characters, with at most five hashtags in it since the December 2025 change',
    ],
    [
      [
        '30',
        ['2,200 characters, 30 hashtags', 'Up to 2,200 characters, with no more than 30 hashtags'],
        'uses the 30-hashtag cap that Instagram cut to five in December 2025',
      ],
      [
        '280',
        ['280 characters, 10 hashtags', '280 characters and up to 10 hashtags'],
        'uses X’s post length',
      ],
      [
        '3000',
        [
          '3,000 characters, no hashtag cap',
          '3,000 characters and unlimited hashtags, as long as they are relevant',
        ],
        'uses LinkedIn’s length and ignores the hashtag cap',
      ],
      [
        '125',
        ['125 characters, 5 hashtags', '125 characters and five hashtags'],
        'mistakes the part shown before “more” for the limit',
      ],
      [
        '150',
        ['150 characters, 5 hashtags', '150 characters, the same as the bio, and five hashtags'],
        'uses the bio limit for the caption',
      ],
    ],
  ),
  limit(
    'instagram-caption-links',
    (w) =>
      `${w[0]!.toUpperCase()}${w.slice(1)} wants followers to click through from an Instagram feed post. What happens to a URL typed in the caption?`,
    [
      'It is not clickable',
      'It stays plain text, not a link',
      'Feed captions do not turn URLs into links, so point people to the bio link or a story link sticker',
    ],
    [
      [
        'clickable',
        [
          'It becomes a clickable link',
          'It becomes a clickable link, as it would in a post on most other networks',
        ],
        'assumes captions link as on other networks',
      ],
      [
        'shortened',
        ['It works once shortened', 'It is clickable once shortened with a link shortener'],
        'thinks a short link changes it',
      ],
      [
        'removed',
        ['Instagram removes the post', 'Instagram removes the post for containing an outside link'],
        'overstates the rule',
      ],
      [
        'preview',
        [
          'It becomes a preview card',
          'It turns into a link preview card with the page’s title and image',
        ],
        'confuses Instagram with networks that unfurl links',
      ],
      [
        'firstComment',
        [
          'It works if pasted as a comment',
          'It turns into a working link if you paste it into the first comment instead',
        ],
        'thinks comments link where captions do not',
      ],
    ],
  ),
  limit(
    'x-alt-text-limit',
    () => 'How long can the image description (alt text) on an X post image be?',
    ['Up to 1,000 characters', '1,000'],
    [
      ['280', '280, the post limit', 'applies the post limit to alt text'],
      ['125', '125 characters', 'uses a screen-reader rule of thumb as the platform limit'],
      ['420', '420', 'uses an old image-description limit'],
      ['none', 'No limit at all', 'assumes descriptions are unlimited'],
      ['100', '100 characters, like a title', 'uses a title limit'],
    ],
  ),
  limit(
    'youtube-title-limit',
    (w) => `What is the longest title YouTube accepts for ${w}’s video?`,
    [
      '100 characters',
      'Up to 100 characters',
      'A title of up to 100 characters (fewer are shown in search results)',
    ],
    [
      [
        '70',
        ['70 characters', '70 characters, the part shown in search results'],
        'mistakes the length shown in search results for the limit',
      ],
      [
        '5000',
        ['5,000 characters', '5,000 characters, the same as the description'],
        'uses the description limit',
      ],
      ['280', ['280 characters', '280 characters, as for a post on X'], 'uses X’s post limit'],
      [
        '60',
        ['60 characters', '60 characters, as for a web page title tag'],
        'uses an SEO title guideline',
      ],
      [
        '150',
        ['150 characters', '150 characters, as for a playlist title'],
        'uses the playlist title limit',
      ],
    ],
  ),
]

const BASES = [
  'https://shop.example.com/products/mug',
  'https://www.example.org/events/open-day',
  'https://example.net/classes/beginners',
] as const
const CAMPAIGNS = ['spring_sale', 'open_day_2026', 'summer_menu', 'launch_week'] as const
const SOURCES = ['instagram', 'facebook', 'linkedin', 'tiktok', 'x'] as const

export const LINK_FAMILIES: readonly ScenarioFamily[] = [
  family('utm-append-to-existing-query', (rng) => {
    const base = `${rng.pick(BASES)}?${rng.pick(['color=green', 'ref=home', 'size=m'])}`
    const tags = `utm_source=${rng.pick(SOURCES)}&utm_medium=social&utm_campaign=${rng.pick(CAMPAIGNS)}`
    const bare = base.split('?')[0]
    return worked(rng, {
      stem: `You tag this link for a social post: ${base}, with ${tags.replaceAll('&', ', ')}. Which link carries all four parameters?`,
      in: {},
      key: `${base}&${tags}`,
      wrong: [
        [
          'secondQuery',
          `${base}?${tags}`,
          'adds a second “?”, which folds the tags into the first parameter',
        ],
        ['dropped', `${bare}?${tags}`, 'drops the page’s own parameter'],
        [
          'slash',
          `${base}/${tags}`,
          'joins the tags with a slash, making them part of the query value',
        ],
        [
          'semicolons',
          `${base}&${tags.replaceAll('&', ';')}`,
          'separates the tags with semicolons',
        ],
      ],
    })
  }),
  family('utm-before-fragment', (rng) => {
    const page = rng.pick(BASES)
    const frag = rng.pick(['#reviews', '#timetable', '#faq'])
    const tags = `utm_source=${rng.pick(SOURCES)}&utm_medium=social&utm_campaign=${rng.pick(CAMPAIGNS)}`
    return worked(rng, {
      stem: `The client wants the link to jump to a section: ${page}${frag}. You add ${tags.replaceAll('&', ', ')}. Which link both jumps to the section and passes the tags to analytics?`,
      in: {},
      key: `${page}?${tags}${frag}`,
      wrong: [
        [
          'afterHash',
          `${page}${frag}?${tags}`,
          'puts the tags after the #, inside the fragment the browser never sends',
        ],
        ['hashAmp', `${page}${frag}&${tags}`, 'appends the tags to the fragment'],
        [
          'ampStart',
          `${page}&${tags}${frag}`,
          'starts the query with & instead of ?, so there is no query',
        ],
        [
          'noFrag',
          `${page}?${tags}`,
          'drops the fragment, so the page no longer jumps to the section',
        ],
        [
          'encodedHash',
          `${page}?${tags}${frag.replace('#', '%23')}`,
          'encodes the #, which makes the section part of the campaign value',
        ],
        [
          'noFragAmp',
          `${page}&${tags}`,
          'starts the query with & and drops the fragment, so there is neither query nor section',
        ],
      ],
    })
  }),
  family('utm-encode-reserved-characters', (rng) => {
    const name = rng.pick(['Q&A live', 'Tips & tricks', 'R&D open day'])
    const src = rng.pick(SOURCES)
    const base = rng.pick(BASES)
    // Two of four slips, each changing the link in its own place: the & left raw, the name
    // lower-cased, the name put under utm_content, the name encoded twice. The options are the
    // key, each slip alone and both together, so every option is one slip from two others and
    // the key sits at no centre of the four.
    const slips = {
      rawAmp: {
        name: (v: string) => v.replaceAll(/%(?:25)*26/g, '&'),
        mistake: 'leaves the & unencoded, which ends the campaign value early',
      },
      lower: {
        name: (v: string) => v.toLowerCase(),
        mistake: 'lower-cases the name the client wants kept as written',
      },
      content: {
        name: (v: string) => v,
        mistake: 'puts the name in utm_content, not utm_campaign',
      },
      double: {
        name: (v: string) => encodeURIComponent(v),
        mistake: 'encodes the name twice, so reports show the % codes',
      },
    } as const
    type SlipId = keyof typeof slips
    const [x, y] = rng.shuffle(Object.keys(slips) as SlipId[]) as [SlipId, SlipId]
    const link = (made: readonly SlipId[]) => {
      let value = encodeURIComponent(name)
      for (const id of ['lower', 'double', 'rawAmp'] as const)
        if (made.includes(id)) value = slips[id].name(value)
      const key = made.includes('content') ? 'utm_content' : 'utm_campaign'
      const tags = [`utm_source=${src}`, 'utm_medium=social', `${key}=${value}`]
      // Each link lists its tags in an order of its own: order changes nothing a parser reads.
      return `${base}?${(rng.next() < 0.5 ? tags : [tags[2], tags[0], tags[1]]).join('&')}`
    }
    return worked(rng, {
      stem: `The client insists the campaign name reads exactly “${name}” in reports. Which tagged link (source ${src}, medium social) gives that campaign name?`,
      in: {},
      key: link([]),
      wrong: [
        [x, link([x]), slips[x].mistake],
        [y, link([y]), slips[y].mistake],
        [`${x}+${y}`, link([x, y]), `${slips[x].mistake}, and ${slips[y].mistake}`],
      ],
    })
  }),
  family('utm-read-campaign', (rng) => {
    const camp = rng.pick(['summer sale', 'open day', 'new menu'])
    const content = rng.pick(['story_a', 'reel_b', 'carousel_1'])
    const src = rng.pick(SOURCES)
    const url = `${rng.pick(BASES)}?utm_source=${src}&utm_medium=paid_social&utm_campaign=${encodeURIComponent(camp)}&utm_content=${content}`
    return worked(rng, {
      stem: `A colleague’s ad uses this link: ${url}. Which campaign name will analytics record for its visits?`,
      in: {},
      key: camp,
      wrong: [
        ['encoded', encodeURIComponent(camp), 'reads the value without decoding the %20'],
        ['content', content, 'reads the utm_content value'],
        ['source', src, 'reads the utm_source value'],
        ['medium', 'paid_social', 'reads the medium as the campaign'],
      ],
    })
  }),
  limit(
    'utm-values-case-sensitive',
    (w) =>
      `Half of ${w}’s links are tagged utm_source=Instagram and half utm_source=instagram. What will the analytics reports show?`,
    [
      'Two sources: values are case-sensitive',
      'Instagram split over two source rows, one per spelling, because the values are case-sensitive',
    ],
    [
      [
        'merged',
        'One source: analytics ignores case',
        'assumes values are merged regardless of case',
      ],
      [
        'dropped',
        'The capitalised ones are dropped as invalid tags',
        'thinks capitals make a tag invalid',
      ],
      [
        'direct',
        'All of the visits counted as direct traffic, because the source is inconsistent',
        'thinks mixed case voids the tagging',
      ],
      ['lower', 'One lower-case source after processing', 'assumes analytics lower-cases values'],
      [
        'referral',
        'Each visit as a referral from instagram.com',
        'thinks the tags are ignored for social sites',
      ],
    ],
  ),
]

/** WCAG 2.x relative luminance of an sRGB colour given as 0–255 channels. */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!)
}
const hex = (c: readonly number[]) =>
  `#${c
    .map((x) => x.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`
const PALETTE: readonly (readonly number[])[] = [
  [255, 255, 255],
  [0, 0, 0],
  [34, 34, 34],
  [119, 119, 119],
  [240, 240, 240],
  [0, 102, 204],
  [255, 204, 0],
  [204, 0, 0],
  [0, 128, 96],
  [153, 153, 153],
  [51, 51, 102],
  [255, 153, 102],
]

export const CONTRAST_FAMILIES: readonly ScenarioFamily[] = [
  family('graphic-text-contrast-ratio', (rng) => {
    const [fg, bg] = rng.shuffle([...PALETTE]) as [readonly number[], readonly number[]]
    const a = luminance(fg)
    const b = luminance(bg)
    const hi = Math.max(a, b)
    const lo = Math.min(a, b)
    const raw = (c: readonly number[]) => (0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!) / 255
    const rh = Math.max(raw(fg), raw(bg))
    const rl = Math.min(raw(fg), raw(bg))
    return figures(rng, (v) => `${plain(2)(v)}:1`, {
      stem: `${Client(rng)}’s graphic sets ${hex(fg)} text on ${hex(bg)}. Using WCAG’s contrast ratio (L1 + 0.05) ÷ (L2 + 0.05) on relative luminance (sRGB channels linearised, then weighted 0.2126, 0.7152, 0.0722), what is the ratio (two decimal places)?`,
      in: { f0: fg[0]!, f1: fg[1]!, f2: fg[2]!, b0: bg[0]!, b1: bg[1]!, b2: bg[2]! },
      key: (hi + 0.05) / (lo + 0.05),
      wrong: [
        ['noOffset', lo > 0 ? hi / lo : Number.NaN, 'leaves out the 0.05 flare terms'],
        ['noLinear', (rh + 0.05) / (rl + 0.05), 'weights the channels without linearising them'],
        ['inverse', (lo + 0.05) / (hi + 0.05), 'divides the darker by the lighter'],
        ['difference', (hi - lo) * 21, 'scales the luminance difference to 21'],
      ],
    })
  }),
]
