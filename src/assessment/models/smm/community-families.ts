import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { Client, client, count, family, figures, pct, ruled, worked } from './smm-text.js'

// Community management under the client's written moderation policy: each item states the
// policy, draws a comment, and asks what the policy says to do with it. Distractors are the
// actions other lines of the policy prescribe, each the misreading a moderator makes.

/** The client's moderation policy: what each kind of comment is, and what to do with it. */
export const POLICY = {
  spam: [
    'spam, scam or unrelated promotional links',
    ['Hide it and report the account as spam', 'Report as spam and hide'],
  ],
  complaint: [
    'a complaint about an order or the service',
    [
      'Reply publicly within the response window, then move the details to private messages',
      'Reply in public, then take it to DMs',
    ],
  ],
  hate: [
    'slurs, threats or attacks on a protected group',
    [
      'Delete it, ban the account and log it',
      'Delete, ban and log the account, keeping a screenshot for the client',
    ],
  ],
  personal: [
    'someone’s personal data (phone number, email or address)',
    ['Delete it and message the poster privately to say why', 'Delete, then explain by DM'],
  ],
  wrong: [
    'a false claim about the product made in good faith',
    [
      'Leave it up and reply with the correct information and its source',
      'Leave it, correct it with a source',
    ],
  ],
  praise: [
    'praise or thanks',
    ['Leave it up and thank them', 'Keep it visible and thank the poster by name in a reply'],
  ],
  escalate: [
    'a legal threat, a journalist’s question or a safety incident',
    ['Do not reply, and escalate to the client the same day', 'Escalate same day, no reply'],
  ],
  criticism: [
    'civil criticism or an unfavourable opinion',
    [
      'Leave it up, replying once if there is something useful to add',
      'Leave it up, one reply at most',
    ],
  ],
  profanity: [
    'swearing not aimed at a person or group',
    ['Hide it and reply asking the poster to keep it civil', 'Hide, ask for civility'],
  ],
} as const
export type Kind = keyof typeof POLICY

/** Comments a moderator meets, by the kind the policy would file them under. */
export const COMMENTS: Record<Kind, readonly string[]> = {
  spam: [
    '“Earn $500 a day from home!! DM me or click bit.ly/cash-fast”',
    '“Free followers here 👉 followboost dot biz”',
    '“Congrats, you won our giveaway! Claim it at the link in my bio”',
  ],
  complaint: [
    '“Ordered two weeks ago and still nothing. Order #4417. Really disappointed.”',
    '“Your staff were rude to me on Saturday and nobody answered my email.”',
    '“The item arrived broken and the returns page doesn’t load.”',
  ],
  hate: [
    'A comment using a racial slur against people of one ethnicity',
    'A comment saying members of a religion should be hurt',
    'A comment threatening to find a named staff member after work',
  ],
  personal: [
    '“Call me back on 07700 900123, my email is jo.k@example.com”',
    '“@Sam lives at 14 Elm Road, go tell him yourself”',
    '“Here’s my card number so you can refund me faster: 4929…”',
  ],
  wrong: [
    '“I heard this product is tested on animals, so I won’t buy it” (the client’s products are certified cruelty-free)',
    '“Shame this isn’t available outside the UK” (the client ships to 30 countries)',
    '“Your class passes expire after a month, right?” asked as fact to others (they last a year)',
  ],
  praise: [
    '“Best flat white in town, thank you!”',
    '“My order came a day early and beautifully packed 😍”',
    '“Loved last night’s show, the cast were brilliant”',
  ],
  escalate: [
    '“I’m a reporter at the Evening Post: can your CEO comment on the recall?”',
    '“My lawyer will be in touch about this.”',
    '“My child had an allergic reaction after eating your cookies today.”',
  ],
  criticism: [
    '“Honestly the new menu is worse than the old one.”',
    '“Prices have gone up a lot this year, not sure it’s worth it now.”',
    '“I preferred your old logo.”',
  ],
  profanity: [
    '“This f***ing rain ruined my weekend but your café saved it”',
    '“Damn, these are expensive as hell”',
    '“What the s*** happened to the website?”',
  ],
}

/** Why a moderator picks each other line's action for this comment: the mistake in words. */
const MISREAD: Record<Kind, string> = {
  spam: 'files the comment as spam though it is not promotional or a scam',
  complaint: 'treats it as a service complaint to answer publicly',
  hate: 'treats it as hate speech or a threat, the policy’s most severe line',
  personal: 'treats it as exposing personal data',
  wrong: 'treats it as a good-faith false claim to correct',
  praise: 'treats it as praise',
  escalate: 'escalates it as legal, press or safety matter',
  criticism: 'treats it as civil criticism to leave up',
  profanity: 'treats it as casual swearing to hide',
}

/** The policy as the stem states it: the key's line and four others, in drawn order. */
function policyText(rng: Rng, kinds: readonly Kind[], say: Record<string, string>): string {
  return rng
    .shuffle([...kinds])
    .map((k) => `${POLICY[k][0]} → ${say[k]}`)
    .join('; ')
}

const moderation = (kind: Kind, near: readonly Kind[]): ScenarioFamily =>
  family(`moderate-${kind}`, (rng) => {
    const others = rng.shuffle(near).slice(0, 5)
    const comment = rng.pick(COMMENTS[kind])
    // Each action is worded short or long at random, the same in the policy and the options.
    const say = Object.fromEntries([kind, ...others].map((k) => [k, rng.pick(POLICY[k][1])]))
    return ruled(rng, {
      rule: `policy:${kind}`,
      stem: `${Client(rng)}’s moderation policy reads: ${policyText(rng, [kind, ...others], say)}. This comment appears under a post: ${comment}. What does the policy say to do?`,
      key: [kind, say[kind]!],
      wrong: others.map((k) => [k, say[k]!, MISREAD[k]] as const),
    })
  })

export const MODERATION_FAMILIES: readonly ScenarioFamily[] = [
  moderation('spam', ['complaint', 'praise', 'criticism', 'personal', 'profanity']),
  moderation('complaint', ['criticism', 'escalate', 'spam', 'hate', 'praise']),
  moderation('hate', ['profanity', 'criticism', 'escalate', 'spam', 'complaint']),
  moderation('personal', ['complaint', 'spam', 'escalate', 'praise', 'wrong']),
  moderation('wrong', ['criticism', 'complaint', 'spam', 'escalate', 'hate']),
  moderation('praise', ['profanity', 'criticism', 'spam', 'wrong', 'complaint']),
  moderation('escalate', ['complaint', 'criticism', 'hate', 'wrong', 'spam']),
  moderation('criticism', ['complaint', 'hate', 'spam', 'wrong', 'profanity']),
  moderation('profanity', ['hate', 'criticism', 'praise', 'spam', 'complaint']),
]

const two = (n: number) => String(n).padStart(2, '0')
const hm = (m: number) => `${two(Math.floor(m / 60) % 24)}:${two(m % 60)}`
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

export const COMMUNITY_METRIC_FAMILIES: readonly ScenarioFamily[] = [
  family('response-rate-within-window', (rng) => {
    const total = rng.int(40, 400)
    const answered = rng.int(Math.round(total * 0.6), total - 2)
    const inTime = rng.int(Math.round(answered * 0.5), answered - 1)
    return figures(rng, pct(1), {
      stem: `Last month ${client(rng)} received ${count(total)} comments and messages that needed a reply; ${count(answered)} got one, ${count(inTime)} of them within the 2-hour window the contract promises. The report’s response rate is replies within the window ÷ all that needed a reply. What is it (one decimal place)?`,
      in: { total, answered, inTime },
      key: inTime / total,
      wrong: [
        ['anyTime', answered / total, 'counts late replies too'],
        [
          'ofAnswered',
          inTime / answered,
          'divides by the replies sent instead of all that needed one',
        ],
        ['late', (answered - inTime) / total, 'gives the share answered late'],
        ['missed', (total - answered) / total, 'gives the share never answered'],
      ],
    })
  }),
  family('net-sentiment-score', (rng) => {
    const pos = rng.int(30, 600)
    const neg = rng.int(10, 400)
    const neu = rng.int(50, 900)
    return figures(rng, pct(1), {
      stem: `Social listening tagged ${count(pos)} mentions of ${client(rng)} positive, ${count(neg)} negative and ${count(neu)} neutral. The report’s net sentiment is (positive − negative) ÷ (positive + negative), neutral left out. What is it (one decimal place; negative if more negative mentions)?`,
      in: { pos, neg, neu },
      key: (pos - neg) / (pos + neg),
      wrong: [
        [
          'withNeutral',
          (pos - neg) / (pos + neg + neu),
          'keeps neutral mentions in the denominator',
        ],
        ['positiveShare', pos / (pos + neg), 'gives the positive share, not the net score'],
        ['positiveAll', pos / (pos + neg + neu), 'gives positive mentions as a share of all'],
        ['overPos', (pos - neg) / pos, 'divides by the positive mentions only'],
      ],
    })
  }),
  family('average-first-response-time', (rng) => {
    const times = Array.from({ length: rng.int(5, 7) }, () =>
      rng.pick([4, 8, 12, 15, 25, 30, 45, 60, 90, 180, 240]),
    )
    const sorted = [...times].sort((a, b) => a - b)
    const mid =
      sorted.length % 2
        ? sorted[(sorted.length - 1) / 2]!
        : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2
    const ask = rng.pick(['mean', 'median'] as const)
    const mean = times.reduce((s, x) => s + x, 0) / times.length
    return figures(rng, (v) => `${v.toFixed(1)} minutes`, {
      stem: `First-response times to yesterday’s comments, in minutes: ${times.join(', ')}. The client’s dashboard shows the ${ask} first-response time. What is it?`,
      in: {
        ...Object.fromEntries(times.map((x, k) => [`t${k}`, x])),
        n: times.length,
        ask: ask === 'mean' ? 1 : 0,
      },
      key: ask === 'mean' ? mean : mid,
      wrong: [
        ask === 'mean'
          ? ['median', mid, 'gives the median instead of the mean']
          : ['mean', mean, 'gives the mean instead of the median'],
        [
          'midrange',
          (sorted[0]! + sorted[sorted.length - 1]!) / 2,
          'averages the fastest and slowest only',
        ],
        [
          'unsorted',
          times[Math.floor(times.length / 2)]!,
          'takes the middle of the list without sorting it',
        ],
        ['max', sorted[sorted.length - 1]!, 'reports the slowest response'],
      ],
    })
  }),
  family('response-due-in-business-hours', (rng) => {
    const open = rng.pick([8, 9])
    const close = rng.pick([17, 18])
    const sla = rng.pick([2, 3, 4])
    const day = rng.int(0, 4)
    const at = (close - rng.int(1, sla - 0)) * 60 + rng.pick([0, 15, 30, 45])
    const left = close * 60 - at
    const rest = sla * 60 - left
    const next = day === 4 ? 0 : day + 1
    const key =
      rest <= 0 ? `${DAYS[day]} ${hm(at + sla * 60)}` : `${DAYS[next]} ${hm(open * 60 + rest)}`
    return worked(rng, {
      stem: `${Client(rng)}’s contract promises a reply within ${sla} business hours; business hours are ${two(open)}:00–${close}:00, Monday to Friday, in the audience’s zone. A complaint arrives at ${hm(at)} on ${DAYS[day]}. By when must you reply?`,
      in: { open, close, sla, day, at },
      key,
      wrong: [
        [
          'clock',
          `${DAYS[day]} ${hm(at + sla * 60)}`,
          'adds clock hours, ignoring the close of business',
        ],
        [
          'fromOpen',
          `${DAYS[next]} ${hm(open * 60 + sla * 60)}`,
          'restarts the full window at next opening',
        ],
        [
          'nextDay',
          `${DAYS[(day + 1) % 7]} ${hm(open * 60 + rest)}`,
          'rolls into the next calendar day, weekends included',
        ],
        ['sameTime', `${DAYS[next]} ${hm(at)}`, 'gives the same time next business day'],
      ],
    })
  }),
  family('repeat-offender-strikes', (rng) => {
    const strikes = rng.pick([2, 3])
    const prior = rng.int(0, strikes)
    const after = prior + 1
    const says = after > strikes ? 'ban' : after === strikes ? 'final' : 'warn'
    const text: Record<string, string> = {
      warn: 'Hide the comment and send a warning',
      final: 'Hide the comment and send a final warning',
      ban: 'Hide the comment and ban the account',
      ignore: 'Leave the comment up and take no action',
    }
    return ruled(rng, {
      rule: `strikes:${strikes}:${after}`,
      stem: `The policy: each breach of the house rules is a strike; the comment is hidden at every strike, strike ${strikes} is a final warning and any breach after that is a ban (earlier strikes get a warning). An account already on ${prior} strike${prior === 1 ? '' : 's'} breaks the rules again. What do you do?`,
      key: [says, text[says]!],
      wrong: (['warn', 'final', 'ban', 'ignore'] as const)
        .filter((k) => k !== says)
        .map(
          (k) =>
            [
              k,
              text[k]!,
              k === 'ignore'
                ? 'lets a breach stand because the account is a regular'
                : k === 'ban'
                  ? 'bans before the strikes are used up'
                  : 'miscounts the strikes already on record',
            ] as const,
        ),
    })
  }),
]
