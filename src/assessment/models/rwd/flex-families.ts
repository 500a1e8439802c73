import { VariantError } from '../assemble-variant.js'
import { choose, family, fmt, px, type RwdFamily, site } from './rwd-text.js'

/** Items per row of a wrapping flex line: as many bases as fit with the gaps between them. */
const perRow = (width: number, basis: number, gap: number) =>
  Math.max(1, Math.floor((width + gap) / (basis + gap)))

/**
 * Flex layout (CSS Flexbox 1, §9.7): free space is shared by flex-grow after the bases; overflow
 * is taken back in proportion to flex-shrink × flex-basis; each line of a wrapping container is
 * resolved on its own, so a short last row stretches; and flex-wrap defaults to nowrap. The
 * mistakes: grow shares of the whole width, shrink by factor alone, grid-like last rows, gaps
 * forgotten, wrapping assumed.
 */
export const FLEX_FAMILIES: readonly RwdFamily[] = [
  family('flex-wrap-breakpoint', (rng) => {
    const basis = rng.pick([180, 200, 220, 240, 260, 300])
    const gap = rng.pick([10, 16, 20, 24, 32])
    const n = rng.int(2, 5)
    return choose(rng, {
      stem: `Cards on ${site(rng)} have flex: 1 1 ${basis}px in a container with display: flex; flex-wrap: wrap; gap: ${gap}px. From what container width do ${n} cards fit on one row?`,
      key: px(n * basis + (n - 1) * gap),
      wrong: [
        [px(n * basis), 'leaves the gaps out'],
        [px(n * (basis + gap)), 'counts a gap after the last card too'],
        [px((n + 1) * basis + n * gap), 'waits for room for one more card'],
      ],
      facts: { kind: 'grid-narrowest', min: basis, gap, n },
    })
  }),
  family('flex-last-row-stretch', (rng) => {
    const basis = rng.pick([200, 220, 240, 260, 300])
    const gap = rng.pick([12, 16, 20, 24])
    const width = rng.pick([768, 900, 1024, 1200, 1280])
    const n = perRow(width, basis, gap)
    const r = rng.int(1, Math.max(1, n - 1))
    const items = n * rng.int(1, 3) + r
    const w = (k: number) => (width - (k - 1) * gap) / k
    return choose(rng, {
      stem: `${items} cards with flex: 1 1 ${basis}px wrap in a ${width}px container with gap: ${gap}px. How wide is each card on the last, part-filled row?`,
      key: px(w(r)),
      wrong: [
        [px(w(n)), 'expects grid-like columns, the same width as the full rows'],
        [px(basis), 'keeps the basis, forgetting flex-grow: 1'],
        [px(width / r), 'shares the width without taking out the gaps'],
      ],
      facts: { kind: 'flex-last-row', basis, gap, width, items },
    })
  }),
  family('flex-grow-share', (rng) => {
    const b1 = rng.pick([100, 120, 150, 200])
    const b2 = rng.pick([100, 200, 250, 300])
    const g1 = rng.pick([1, 2, 3])
    const g2 = rng.pick([1, 2]) + (g1 === 1 ? 1 : 0)
    const width = rng.pick([800, 900, 960, 1000, 1200])
    const free = width - b1 - b2
    return choose(rng, {
      stem: `A flex row ${width}px wide, with no gap, holds .a { flex: ${g1} 1 ${b1}px } and .b { flex: ${g2} 1 ${b2}px }. How wide is .a?`,
      key: px(b1 + (free * g1) / (g1 + g2)),
      wrong: [
        [
          px((width * g1) / (g1 + g2)),
          'shares the whole width by flex-grow, as if the bases were 0',
        ],
        [px(b1 + free / 2), 'splits the free space equally'],
        [px(b1 * g1), 'multiplies the basis by the grow factor'],
        [px(b1 + (free * g1) / g2), 'divides by the other item’s factor instead of the total'],
      ],
      facts: {
        kind: 'flex-grow',
        width,
        items: [
          [g1, b1],
          [g2, b2],
        ],
      },
    })
  }),
  family('flex-shrink-weighted', (rng) => {
    const b1 = rng.pick([300, 400, 500])
    const b2 = rng.pick([200, 300, 600])
    const s1 = rng.pick([1, 2, 3])
    const s2 = 1
    const over = rng.pick([60, 100, 120, 150, 200])
    const width = b1 + b2 - over
    const weight = s1 * b1 + s2 * b2
    return choose(rng, {
      stem: `A ${width}px flex row, no gap and no wrapping, holds .a { flex: 0 ${s1} ${b1}px } and .b { flex: 0 ${s2} ${b2}px }, which overflow it. How wide does .a end up?`,
      key: px(b1 - (over * s1 * b1) / weight),
      wrong: [
        [
          px(b1 - (over * s1) / (s1 + s2)),
          'weights the shrinking by the factors alone, not factor × basis',
        ],
        [px(b1 - over / 2), 'shrinks both items by the same amount'],
        [px(b1), 'expects flex-grow: 0 to stop shrinking too'],
        [
          px((width * b1) / (b1 + b2)),
          'shares the container by basis, ignoring the shrink factors',
        ],
      ],
      facts: {
        kind: 'flex-shrink',
        width,
        items: [
          [s1, b1],
          [s2, b2],
        ],
      },
    })
  }),
  family('flex-nowrap-overflow', (rng) => {
    const n = rng.int(3, 6)
    const w = rng.pick([220, 240, 280, 300])
    const gap = rng.pick([16, 20, 24])
    const width = rng.pick([600, 720, 768, 900])
    const overflow = n * w + (n - 1) * gap - width
    if (overflow <= 0) throw new VariantError('the cards fit')
    return choose(rng, {
      stem: `${n} cards with flex: 0 0 ${w}px sit in a ${width}px container with display: flex; gap: ${gap}px and nothing else set. What happens?`,
      key: `They stay on one row, overflowing by ${fmt(overflow)}px`,
      wrong: [
        ['They wrap onto a second row', 'assumes flex-wrap defaults to wrap'],
        ['They shrink to fit the row', 'misses flex-shrink: 0 in the shorthand'],
        [
          `They stay on one row, overflowing by ${fmt(n * w - width)}px`,
          'leaves the gaps out of the overflow',
        ],
        [
          `They stay on one row, overflowing by ${fmt(overflow + gap)}px`,
          'counts a gap after the last card',
        ],
      ],
      facts: { kind: 'flex-nowrap', n, w, gap, width },
    })
  }),
  family('flex-min-width-auto', (rng) => {
    const thing = rng.pick([
      'a long email address',
      'a product code with no spaces',
      'a wide table',
    ])
    return choose(rng, {
      stem: `A flex item with flex: 1 on ${site(rng)} holds ${thing} and will not shrink below it on phones, pushing the row past the screen. Which declaration on the item lets it shrink?`,
      key: 'min-width: 0',
      wrong: [
        ['flex-shrink: 1', 'sets what flex: 1 already sets'],
        ['width: 100%', 'sets a size the automatic minimum still overrides'],
        ['flex-basis: 0', 'sets what flex: 1 already sets'],
        ['max-width: 100vw', 'caps it at the viewport, wider than its share of the row'],
      ],
      facts: { kind: 'rule', source: 'CSS Flexbox 1, §4.5: automatic minimum size of flex items' },
      code: true,
    })
  }),
  family('flex-basis-over-width', (rng) => {
    const w = rng.pick([300, 360, 400])
    const b = rng.pick([200, 240, 250])
    return choose(rng, {
      stem: `An item in a roomy flex row has width: ${w}px and flex: 0 0 ${b}px. How wide is it?`,
      key: `${b}px`,
      wrong: [
        [`${w}px`, 'lets width win over flex-basis'],
        [`${w + b}px`, 'adds the basis to the width'],
        ['As wide as its content', 'reads flex: 0 0 as sizing the item to its content'],
        ['As wide as the row', 'reads the zero grow factor as no limit on growing'],
      ],
      facts: {
        kind: 'flex-basis',
        width: w,
        basis: b,
        source: 'CSS Flexbox 1, §7.2.3: a flex-basis other than auto overrides width',
      },
    })
  }),
]
