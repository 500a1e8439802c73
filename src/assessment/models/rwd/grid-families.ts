import type { Rng } from '../../rng.js'
import { COMPONENTS, choose, family, px, type RwdFamily, site } from './rwd-text.js'

/**
 * How many tracks repeat(auto-fill | auto-fit, minmax(M, 1fr)) makes: the largest number that
 * fits without overflow, gaps included (CSS Grid 2, §7.2.3.2), so n·M + (n−1)·gap ≤ width.
 */
const tracks = (width: number, min: number, gap: number) =>
  Math.max(1, Math.floor((width + gap) / (min + gap)))

/** Equal shares of what the gaps leave, for n tracks (CSS Grid 2, §12.7, flexible lengths). */
const share = (width: number, n: number, gap: number) => (width - (n - 1) * gap) / n

function drawGrid(rng: Rng) {
  const min = rng.pick([160, 180, 200, 220, 240, 250, 280, 300])
  const gap = rng.pick([8, 12, 16, 20, 24, 32])
  const width = rng.pick([340, 375, 600, 720, 768, 900, 960, 1024, 1140, 1200])
  return { min, gap, width, c: rng.pick(COMPONENTS) }
}

/**
 * Grid tracks in responsive layouts: auto-fit and auto-fill repeat counts, what happens to empty
 * repeated tracks (auto-fit collapses them, §7.2.3.2), fr shares after fixed tracks and gaps, and
 * the automatic minimum of 1fr. The mistakes: gaps ignored or counted once per column, auto-fit
 * and auto-fill confused, fr shared over the whole width.
 */
export const GRID_FAMILIES: readonly RwdFamily[] = [
  family('auto-fit-narrowest-width', (rng) => {
    const g = drawGrid(rng)
    const n = rng.int(2, 5)
    return choose(rng, {
      stem: `${site(rng).replace(/^a/, 'A')} lists a dozen items in a grid with grid-template-columns: repeat(auto-fit, minmax(${g.min}px, 1fr)); column-gap: ${g.gap}px. What is the narrowest grid width that shows ${n} columns?`,
      key: px(n * g.min + (n - 1) * g.gap),
      wrong: [
        [px(n * g.min - (n - 1) * g.gap), 'subtracts the gaps instead of adding them'],
        [px((n + 1) * g.min + n * g.gap), 'waits for room for one more column'],
        [px(n * g.min), 'leaves the gaps out'],
        [px(n * (g.min + g.gap)), 'counts a gap after every column, the last one too'],
        [px(n * g.min + (n + 1) * g.gap), 'adds a gap at both outer edges'],
      ],
      facts: { kind: 'grid-narrowest', min: g.min, gap: g.gap, n },
    })
  }),
  family('auto-fit-track-width', (rng) => {
    const g = drawGrid(rng)
    const n = tracks(g.width, g.min, g.gap)
    return choose(rng, {
      stem: `A gallery grid on ${site(rng)} is ${g.width}px wide, with grid-template-columns: repeat(auto-fit, minmax(${g.min}px, 1fr)); column-gap: ${g.gap}px, and it holds more items than fit in a row. How wide is each column?`,
      key: px(share(g.width, n, g.gap)),
      wrong: [
        [px(g.min), 'keeps the minimum, forgetting the 1fr maximum'],
        [px(g.width / n), 'shares the width without taking out the gaps'],
        [
          px(share(g.width, Math.floor(g.width / g.min), g.gap)),
          'counts the columns without the gaps',
        ],
        [px(share(g.width, n + 1, g.gap)), 'counts one column too many'],
      ],
      facts: { kind: 'grid-width', ...g, items: 99 },
    })
  }),
  family('auto-fit-few-items', (rng) => {
    const g = drawGrid(rng)
    const n = tracks(g.width, g.min, g.gap)
    const items = rng.int(1, Math.max(1, n - 1))
    return choose(rng, {
      stem: `Only ${items} item${items === 1 ? '' : 's'} sit in a grid ${g.width}px wide with grid-template-columns: repeat(auto-fit, minmax(${g.min}px, 1fr)); column-gap: ${g.gap}px. How wide is each item?`,
      key: px(share(g.width, items, g.gap)),
      wrong: [
        [px(share(g.width, n, g.gap)), 'keeps the empty tracks, as auto-fill does'],
        [px(g.min), 'keeps the minimum, forgetting the 1fr maximum'],
        [px(g.width / items), 'shares the width without taking out the gaps'],
      ],
      facts: { kind: 'grid-width', ...g, items, fit: true },
    })
  }),
  family('auto-fill-few-items', (rng) => {
    const g = drawGrid(rng)
    const n = tracks(g.width, g.min, g.gap)
    const items = rng.int(1, Math.max(1, n - 1))
    return choose(rng, {
      stem: `Only ${items} item${items === 1 ? '' : 's'} sit in a grid ${g.width}px wide with grid-template-columns: repeat(auto-fill, minmax(${g.min}px, 1fr)); column-gap: ${g.gap}px. How wide is each item?`,
      key: px(share(g.width, n, g.gap)),
      wrong: [
        [px(share(g.width, items, g.gap)), 'collapses the empty tracks, as auto-fit does'],
        [px(g.min), 'keeps the minimum, forgetting the 1fr maximum'],
        [px(g.width / n), 'shares the width without taking out the gaps'],
      ],
      facts: { kind: 'grid-width', ...g, items, fit: false },
    })
  }),
  family('fr-after-fixed-track', (rng) => {
    const fixed = rng.pick([200, 240, 250, 280, 300])
    const gap = rng.pick([12, 16, 20, 24, 30])
    const free = 3 * rng.int(60, 260)
    const width = fixed + 2 * gap + free
    return choose(rng, {
      stem: `A page layout on ${site(rng)} is ${width}px wide with grid-template-columns: ${fixed}px 1fr 2fr; column-gap: ${gap}px. How wide is the 2fr column?`,
      key: px((free * 2) / 3),
      wrong: [
        [px(((width - fixed) * 2) / 3), 'leaves the gaps in the space the fr units share'],
        [px((width * 2) / 3), 'shares the whole width, the fixed track too'],
        [px(((width - fixed - 2 * gap) * 2) / 4), 'counts the fixed track as a third share of 1fr'],
        [px(((width - fixed - gap) * 2) / 3), 'takes out only one gap'],
      ],
      facts: { kind: 'fr', fixed, gap, width, fr: [1, 2], ask: 1 },
    })
  }),
  family('fr-minimum-auto', (rng) => {
    const thing = rng.pick(['a long unbroken URL', 'a wide data table', 'a 900px-wide code block'])
    return choose(rng, {
      stem: `In grid-template-columns: 1fr 1fr on ${site(rng)}, ${thing} in one column pushes that column wider than half the grid on phones. Which track list keeps the columns equal?`,
      key: 'grid-template-columns: repeat(2, minmax(0, 1fr))',
      wrong: [
        ['grid-template-columns: 50% 50%', 'overflows the gap, since percentages ignore it'],
        [
          'grid-template-columns: repeat(2, auto)',
          'sizes tracks to their content, the very problem',
        ],
        [
          'grid-template-columns: repeat(2, 1fr); overflow: hidden',
          'clips the content but leaves the auto minimum widening the track',
        ],
        [
          'grid-template-columns: repeat(2, fit-content(1fr))',
          'passes fr where fit-content() takes a length',
        ],
      ],
      facts: { kind: 'rule', source: 'CSS Grid 2, §7.2.4: 1fr is minmax(auto, 1fr)' },
      code: true,
    })
  }),
  family('min-inside-minmax', (rng) => {
    const m = rng.pick([240, 260, 280, 300, 320])
    return choose(rng, {
      stem: `A card grid uses repeat(auto-fit, minmax(min(100%, ${m}px), 1fr)) rather than minmax(${m}px, 1fr). What does the min() add?`,
      key: `No overflow below ${m}px`,
      wrong: [
        ['Wider gaps', 'confuses min() with the gap'],
        ['Equal rows', 'confuses column sizing with rows'],
        [
          `Caps each column at ${m}px on large screens`,
          'reads min() as capping the track’s maximum',
        ],
        ['Collapses empty tracks like auto-fill', 'confuses it with auto-fit’s collapsing'],
        ['Nothing: the two are equivalent', 'overlooks narrow containers'],
        [`Forces at least two ${m}px columns`, 'misreads 100% as a count of columns'],
      ],
      facts: { kind: 'rule', source: 'CSS Values 4, §10.2; CSS Grid 2, §7.2.3' },
    })
  }),
  family('order-reading-sequence', (rng) => {
    const moved = rng.pick(['the sidebar', 'the call-to-action', 'the price box'])
    return choose(rng, {
      stem: `On ${site(rng)}, a mobile layout moves ${moved} above the main text with order: -1. What happens for keyboard and screen-reader users?`,
      key: 'They meet it in source order, after the text',
      wrong: [
        ['It moves first', 'believes order changes the reading order'],
        [
          'Keyboard focus jumps to it first, then screen readers announce it first too',
          'believes order changes focus and reading order alike',
        ],
        ['Tab order follows the new visual order', 'believes order changes the focus order'],
        ['Screen readers read it first, as shown', 'believes order changes the reading order'],
        ['It becomes hidden from assistive technology', 'confuses reordering with display: none'],
        ['The browser rewrites the DOM order to match', 'believes CSS changes the document'],
      ],
      facts: {
        kind: 'rule',
        source: 'CSS Flexbox 1, §5.4; CSS Display 3, §3 (reading order); WCAG 2.2 SC 1.3.2, 2.4.3',
      },
    })
  }),
]

/** Spanning, percentage tracks and spacing in responsive grids (CSS Grid 2, §8.3, §10.1). */
export const GRID_MORE_FAMILIES: readonly RwdFamily[] = [
  family('percent-tracks-with-gap', (rng) => {
    const n = rng.pick([2, 4])
    const gap = rng.pick([16, 20, 24, 32])
    const width = rng.pick([600, 900, 960, 1200])
    const pct = 100 / n
    return choose(rng, {
      stem: `A grid on ${site(rng)} is ${width}px wide with grid-template-columns: repeat(${n}, ${pct}%); column-gap: ${gap}px. What happens?`,
      key: `It overflows by ${(n - 1) * gap}px`,
      wrong: [
        [
          'It fits exactly: gaps come out of the percentages',
          'expects percentages to make room for gaps, as fr does',
        ],
        [`It overflows by ${n * gap}px`, 'counts a gap after the last column'],
        [`It overflows by ${gap}px`, 'counts one gap whatever the columns'],
        ['The last column wraps to a new row', 'expects grid tracks to wrap'],
        ['Gaps shrink to fit', 'expects the gaps to give way when the tracks fill the grid'],
        ['Columns overlap', 'expects the gaps to overlap the tracks instead of adding to them'],
      ].filter(([t]) => t !== `It overflows by ${(n - 1) * gap}px`) as [string, string][],
      facts: { kind: 'percent-tracks', n, gap, width },
    })
  }),
  family('span-full-row', (rng) => {
    const c = rng.pick(COMPONENTS)
    return choose(rng, {
      stem: `In a grid with repeat(auto-fit, minmax(240px, 1fr)) on ${site(rng)}, a ${c}--featured item must span the whole row at every width. Which declaration does that?`,
      key: 'grid-column: 1 / -1',
      wrong: [
        ['grid-column: span 12', 'adds implicit tracks when fewer than 12 fit'],
        ['width: 100%', 'fills only its own cell'],
        ['grid-column: 1 / 100%', 'gives a percentage where a line number goes'],
        ['grid-column-end: -1', 'sets only the end line, placing it in the last column'],
      ],
      facts: {
        kind: 'span-row',
        component: c,
        source: 'CSS Grid 2, §8.3: negative line numbers count from the end of the explicit grid',
      },
      code: true,
    })
  }),
  family('gap-not-margins', (rng) => {
    return choose(rng, {
      stem: `Wrapping flex cards on ${site(rng)} use margin-right: 20px for spacing, and the rows look off-centre at some widths. What fixes it?`,
      key: 'gap: 20px on the container',
      wrong: [
        ['margin: 0', 'removes the spacing instead of fixing it'],
        [
          'margin-right: 20px on every card except each row’s last, set with :nth-child',
          'ties the spacing to a column count that changes with the width',
        ],
        ['margin: 0 10px on each card', 'keeps space at the row ends'],
        ['justify-content: space-between', 'spreads a short last row apart'],
        [':last-child { margin-right: 0 }', 'fixes only the final card, not each row’s last'],
        ['padding-right: 20px on the cards', 'moves the space inside each card'],
      ],
      facts: {
        kind: 'rule',
        source: 'CSS Box Alignment 3, §8 gap; CSS Flexbox 1 (gaps between items)',
      },
    })
  }),
  family('stack-then-row', (rng) => {
    const a = rng.pick([640, 720, 768, 800])
    return choose(rng, {
      stem: `A mobile-first header on ${site(rng)} must stack its logo and nav below ${a}px and put them in a row from ${a}px up. Which CSS does that?`,
      key: `.header { display: flex; flex-direction: column } @media (min-width: ${a}px) { .header { flex-direction: row } }`,
      wrong: [
        [
          `.header { display: flex; flex-direction: row } @media (min-width: ${a}px) { .header { flex-direction: column } }`,
          'swaps the mobile and wide directions',
        ],
        [
          `.header { display: flex; flex-direction: column } @media (max-width: ${a}px) { .header { flex-direction: row } }`,
          'uses max-width, putting phones in a row',
        ],
        [
          `.header { display: flex; flex-wrap: wrap } @media (min-width: ${a}px) { .header { flex-wrap: nowrap } }`,
          'wraps only when the items do not fit',
        ],
        [
          `.header { display: flex; flex-direction: row } @media (max-width: ${a}px) { .header { flex-direction: column } }`,
          `writes it desktop-first with max-width, so ${a}px itself still stacks`,
        ],
      ],
      facts: { kind: 'stack-row', at: a, source: 'CSS Flexbox 1, §5.1; Media Queries 4, §4.1' },
      code: true,
    })
  }),
]
