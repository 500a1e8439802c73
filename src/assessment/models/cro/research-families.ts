import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { client, family, figures, fmt, percent, worded } from './cro-calc.js'

const n = (v: number) => fmt(v, 0)

/**
 * Evidence and what it supports: each piece of research, the hypothesis it backs, and the
 * method that answers each research question. The pairs are the key test's table too.
 */
export const EVIDENCE = [
  [
    'a click map shows many clicks on a product photo that is not a link',
    'Make the photo open a larger zoomable view',
  ],
  [
    'an exit survey says the delivery cost appeared only at the last step',
    'Show delivery costs on the product page',
  ],
  [
    'analytics show mobile checkout completion at half the desktop rate',
    'Fix the mobile checkout form',
  ],
  [
    'session recordings show users rage-clicking a disabled pay button',
    'Say which field blocks the pay button',
  ],
  [
    'a scroll map shows 70 % of visitors never reach the price table',
    'Move the price table up the page',
  ],
  [
    'on-site search logs show “returns policy” as a top query',
    'Link the returns policy near the buy button',
  ],
] as const

export const METHODS = [
  [
    'why visitors leave the pricing page without buying',
    'An exit-intent survey on the pricing page',
  ],
  ['at which funnel step most visitors drop out', 'A funnel report in the analytics tool'],
  ['which elements of the product page visitors click', 'A click map of the product page'],
  [
    'whether new visitors can complete checkout unaided',
    'A moderated usability test with five users',
  ],
  ['how far down a long landing page visitors read', 'A scroll map of the landing page'],
] as const

/** Research and evidence: matching method to question, evidence to hypothesis, and sizing it. */
export const RESEARCH_FAMILIES: readonly ScenarioFamily[] = [
  family('evidence-supports-which-hypothesis', (rng) => {
    const picked = rng.shuffle(EVIDENCE).slice(0, 4)
    const [evidence, key] = picked[0]!
    return worded(rng, {
      stem: `Research for ${client(rng)} found that ${evidence}. Which hypothesis does this evidence support?`,
      key,
      wrong: picked
        .slice(1)
        .map(
          ([e, h]) => [h, `answers other evidence: ${e.split(' ').slice(0, 3).join(' ')}`] as const,
        ),
      facts: { evidence },
    })
  }),
  family('method-for-a-research-question', (rng) => {
    const picked = rng.shuffle(METHODS).slice(0, 4)
    const [question, key] = picked[0]!
    return worded(rng, {
      stem: `The specialist needs to learn ${question}. Which research method answers that question?`,
      key,
      wrong: picked
        .slice(1)
        .map(
          ([q, mth]) =>
            [mth, `answers a different question: ${q.split(' ').slice(0, 3).join(' ')}`] as const,
        ),
      facts: { question },
    })
  }),
  family('usability-problems-found-by-n-users', (rng) => {
    const L = rng.pick([0.25, 0.31, 0.35, 0.4])
    const users = rng.int(3, 8)
    return figures(rng, {
      stem: `In a usability study each user uncovers a given problem with probability ${L}. By the model found = 1 − (1 − L)ⁿ, what share of problems do ${users} users uncover?`,
      key: ['diff', [(1 - L) ** users, 1]],
      wrong: [
        [['product', [L, users]], 'multiplies L by the users'],
        [['product', [...Array.from({ length: users }, () => L)]], 'raises L to the power n'],
        [['diff', [L ** users, 1]], 'raises L, not 1 − L, to the power n'],
        [
          ['product', [...Array.from({ length: users }, () => 1 - L)]],
          'gives the share still missed',
        ],
      ],
      dp: 1,
      scale: 100,
      show: percent,
    })
  }),
  family('segment-gap-in-conversion', (rng) => {
    const ds = rng.int(10, 40) * 1000
    const ms = rng.int(20, 80) * 1000
    const dr = rng.int(25, 50) / 1000
    const mr = rng.int(8, 20) / 1000
    const dc = Math.round(ds * dr)
    const mc = Math.round(ms * mr)
    return figures(rng, {
      stem: `Desktop: ${n(dc)} orders from ${n(ds)} sessions; mobile: ${n(mc)} orders from ${n(ms)} sessions. By what relative percentage is the mobile rate below the desktop rate?`,
      key: ['div', [dc / ds - mc / ms, dc / ds]],
      wrong: [
        [['diff', [mc / ms, dc / ds]], 'gives the gap in percentage points'],
        [['div', [dc / ds - mc / ms, mc / ms]], 'takes mobile as the base'],
        [['div', [mc / ms, dc / ds]], 'gives mobile’s rate as a share of desktop’s'],
        [['div', [Math.abs(dc - mc), Math.max(dc, mc)]], 'compares order counts'],
      ],
      dp: 1,
      scale: 100,
      show: percent,
    })
  }),
  family('survey-response-rate', (rng) => {
    const shown = rng.int(4, 20) * 1000
    const opened = Math.round(shown * (rng.int(30, 60) / 100))
    const done = Math.round(opened * (rng.int(40, 80) / 100))
    return figures(rng, {
      stem: `An on-site survey was shown to ${n(shown)} visitors; ${n(opened)} started it and ${n(done)} completed it. The response rate is completed ÷ shown. What is it?`,
      key: ['div', [done, shown]],
      wrong: [
        [['div', [done, opened]], 'divides by those who started'],
        [['div', [opened, shown]], 'counts starts as responses'],
        [['div', [opened - done, opened]], 'gives the drop-out among starters'],
        [['div', [shown - done, shown]], 'gives the non-response rate'],
        [['div', [shown - opened, shown]], 'gives the share who never started it'],
      ],
      dp: 1,
      scale: 100,
      show: percent,
    })
  }),
  family('scroll-reach-to-the-cta', (rng) => {
    const views = rng.int(5, 30) * 1000
    const reached = Math.round(views * (rng.int(25, 70) / 100))
    const clicked = Math.round(reached * (rng.int(5, 20) / 100))
    return figures(rng, {
      stem: `A scroll map of ${n(views)} page views shows ${n(reached)} reached the CTA block, and ${n(clicked)} clicked it. What share of those who saw the CTA clicked it?`,
      key: ['div', [clicked, reached]],
      wrong: [
        [['div', [clicked, views]], 'divides by all page views'],
        [['div', [reached, views]], 'gives the scroll reach'],
        [['div', [views - reached, views]], 'gives the share that never reached it'],
      ],
      dp: 1,
      scale: 100,
      show: percent,
    })
  }),
  family('open-survey-question', (rng) => {
    const topic = rng.pick(['checkout', 'pricing page', 'product pages'])
    return worded(rng, {
      stem: `The specialist drafts an exit survey for the ${topic} to learn what stops visitors. Which question gathers unbiased answers?`,
      key: 'What, if anything, stopped you from buying today?',
      wrong: [
        ['Don’t you think our prices are too high?', 'leads the answer'],
        ['How much did you love our new design?', 'presumes the answer'],
        ['Was the form too long and confusing?', 'asks two things and suggests both'],
        ['Rate us 1–10 and tell friends about us', 'asks for promotion, not causes'],
        [
          'Would a discount or free delivery have made you complete your purchase today?',
          'suggests its own answers',
        ],
        [
          'Which of our many great features made you want to buy from us today?',
          'presumes the visitor liked the site',
        ],
      ],
      facts: { topic },
    })
  }),
  family('heatmap-needs-enough-sessions', (rng) => {
    const sessions = rng.int(15, 60)
    return worded(rng, {
      stem: `A click map built from ${sessions} sessions shows one testimonial clicked 6 times and another 2 times. The team wants to remove the second testimonial. What should the specialist say?`,
      key: 'Too few sessions to judge: wait for more',
      wrong: [
        ['Remove it: it gets a third of the clicks', 'reads a tiny sample as a pattern'],
        [
          'Remove both: visitors ignore testimonials',
          'treats clicks as the purpose of testimonials',
        ],
        ['Swap their order on the page', 'infers causation from a handful of clicks'],
        ['Make both bigger to draw attention', 'acts on noise'],
        [
          'Remove the second testimonial and move the first one higher up the page',
          'acts on a handful of clicks',
        ],
      ],
      facts: { sessions },
    })
  }),
  family('qualitative-versus-quantitative', (rng) => {
    const [finding, key] = rng.pick([
      [
        'five usability-test users struggled with the date picker',
        'It shows a problem exists, not how many visitors it affects',
      ],
      [
        'the funnel shows 40 % leave at the shipping step',
        'It shows where visitors leave, not why they leave',
      ],
    ] as const)
    return worded(rng, {
      stem: `Research found that ${finding}. What is the limit of this finding as evidence?`,
      key,
      wrong: [
        [
          'It proves the fix will lift conversion',
          'takes evidence for a hypothesis as a test result',
        ],
        [
          'It has no value until it is significant at 5 %',
          'applies significance to qualitative research',
        ],
        [
          'It applies only to the research period’s visitors',
          'confuses a limit of scope with a limit of kind',
        ],
        [
          'It is invalid because the sample is not random across all visitors',
          'applies sampling rules to a diagnostic finding',
        ],
        [
          'It proves the fix will lift conversion by the share of users affected',
          'takes evidence for a hypothesis as a test result',
        ],
        [
          key.startsWith('It shows a problem')
            ? 'It shows where visitors leave, not why they leave'
            : 'It shows a problem exists, not how many visitors it affects',
          'names the other method’s limit',
        ],
      ],
      facts: { finding },
    })
  }),
  family('segment-share-of-lost-orders', (rng) => {
    const steps = rng.int(10, 40) * 100
    const lostShip = Math.round(steps * (rng.int(30, 60) / 100))
    const lostPay = Math.round(steps * (rng.int(5, 20) / 100))
    return figures(rng, {
      stem: `Of ${n(steps)} checkouts started, ${n(lostShip)} were abandoned at the shipping step and ${n(lostPay)} at payment; the rest completed. What share of all abandonments happened at shipping?`,
      key: ['div', [lostShip, lostShip + lostPay]],
      wrong: [
        [['div', [lostShip, steps]], 'divides by checkouts started'],
        [['div', [lostPay, lostShip + lostPay]], 'gives the payment step’s share'],
        [['div', [lostShip + lostPay, steps]], 'gives the overall abandonment rate'],
      ],
      dp: 1,
      scale: 100,
      show: percent,
    })
  }),
  family('research-before-testing-low-traffic', (rng) => {
    const daily = rng.int(30, 120)
    return worded(rng, {
      stem: `A B2B site gets ${daily} visitors a day and about 3 leads a week. The client wants an A/B test of the contact form. What is the sound first step?`,
      key: 'Fix what research shows; traffic is too thin to test',
      wrong: [
        ['Run the A/B test for two weeks and read p', 'runs an underpowered test'],
        ['Raise α to 0.50 so the test reaches significance', 'lowers the bar until noise passes'],
        [
          'Run the A/B test anyway and extend it month by month until p drops below 0.05',
          'peeks and extends until noise passes',
        ],
        ['Test ten variants at once to learn faster', 'splits thin traffic further'],
        [
          'Use page views instead of leads as the metric',
          'swaps the goal for a proxy to fake power',
        ],
      ],
      facts: { daily },
    })
  }),
  family('segment-with-the-most-lost-orders', (rng) => {
    const names = rng.shuffle(['Mobile', 'Tablet', 'Desktop', 'App']).slice(0, 3)
    const bench = rng.int(30, 40) / 1000
    const rows = rng.shuffle([
      { sessions: rng.int(50, 70) * 1000, cr: bench - rng.int(8, 12) / 1000 },
      { sessions: rng.int(5, 10) * 1000, cr: bench - rng.int(18, 24) / 1000 },
      { sessions: rng.int(90, 120) * 1000, cr: bench - rng.int(1, 2) / 1000 },
    ])
    const lost = rows.map((r) => r.sessions * (bench - r.cr))
    const best = lost.indexOf(Math.max(...lost))
    const lowest = rows.map((r) => r.cr).indexOf(Math.min(...rows.map((r) => r.cr)))
    const biggest = rows.map((r) => r.sessions).indexOf(Math.max(...rows.map((r) => r.sessions)))
    if (best === lowest || best === biggest || lowest === biggest)
      throw new VariantError('the rules agree')
    return worded(rng, {
      stem: `The benchmark conversion rate is ${fmt(bench * 100, 1)} %. ${names.map((nm, i) => `${nm}: ${n(rows[i]!.sessions)} sessions at ${fmt(rows[i]!.cr * 100, 1)} %`).join('; ')}. Research goes first to the segment losing the most orders against the benchmark. Which?`,
      key: names[best]!,
      wrong: [
        [names[lowest]!, 'picks the lowest rate and ignores traffic'],
        [names[biggest]!, 'picks the most traffic and ignores the gap'],
        ['All segments equally', 'ignores the sizes of the gaps'],
        ['None: gaps like these are noise', 'dismisses the gaps without weighing their size'],
      ],
      facts: { bench, rows, names },
    })
  }),
  family('session-recordings-sample', (rng) => {
    const watched = rng.int(8, 20)
    const seen = rng.int(3, Math.floor(watched / 2))
    return worded(rng, {
      stem: `In ${watched} session recordings of checkout, ${seen} visitors hunted for the promo-code field and left. What is this finding good for?`,
      key: 'A hypothesis to test, not a measured drop-off rate',
      wrong: [
        [
          `Proof that ${Math.round((seen / watched) * 100)} % of all visitors leave for this reason`,
          'generalises a handful of recordings to all traffic',
        ],
        ['Nothing: recordings are anecdotes', 'discards qualitative evidence'],
        ['Shipping the fix without a test', 'treats a lead as a result'],
        ['Removing promo codes from the business', 'acts beyond what the evidence shows'],
        [
          'A reliable estimate of the revenue the promo field costs the client each month',
          'turns a handful of recordings into a revenue figure',
        ],
      ],
      facts: { watched, seen },
    })
  }),
]
