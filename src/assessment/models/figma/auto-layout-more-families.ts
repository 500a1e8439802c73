import { VariantError } from '../assemble-variant.js'
import { facts, list, pads, padText, sum, widths } from './auto-layout-families.js'
import { choose, client, type FigmaFamily, family, px } from './figma-text.js'

// Wrapping, negative spacing, filling in height, nested hugging and Auto spacing positions, by
// the same help.figma.com articles as auto-layout-families.ts.
export const AUTO_LAYOUT_MORE_FAMILIES: readonly FigmaFamily[] = [
  family('wrap-narrowest-width', (rng) => {
    const k = rng.int(3, 6)
    const w = rng.pick([56, 64, 72, 80, 96, 100])
    const p = pads(rng)
    const gap = rng.pick([8, 12, 16, 24])
    const key = p[1] + p[3] + k * w + (k - 1) * gap
    return choose(rng, {
      stem: `A tag cloud for ${client(rng)} is an auto layout frame set to Wrap, with ${padText(p)} and horizontal spacing ${gap}. Each tag is ${w} wide. What is the narrowest fixed width at which ${k} tags fit on the first line?`,
      key: px(key),
      wrong: [
        [px(key - (k - 1) * gap), 'ignores the spacing between tags'],
        [px(k * w + (k - 1) * gap), 'ignores the padding'],
        [px(key + gap), 'counts a spacing after the last tag on the line'],
        [px(key - p[3]), 'takes the padding on one side only'],
        [px(key + w + gap), 'leaves room for one more tag'],
      ],
      facts: facts({
        dir: 'row',
        main: key,
        pad: p,
        gap,
        wrap: { lineGap: gap },
        kids: Array.from({ length: k + 2 }, () => ({ main: w, cross: 32 })),
        ask: 'first-line-count',
      }),
    })
  }),
  family('wrap-hug-height', (rng) => {
    const W = rng.pick([320, 360, 390, 480, 600])
    const w = rng.pick([64, 72, 80, 96, 100, 120])
    const h = rng.pick([24, 28, 32, 36])
    const p = pads(rng)
    const gap = rng.pick([4, 8, 12])
    const lineGap = rng.pick([8, 12, 16, 20].filter((g) => g !== gap))
    const per = Math.floor((W - p[1] - p[3] + gap) / (w + gap))
    const n = per * rng.int(1, 3) + rng.int(1, per - 1 || 1)
    const lines = Math.ceil(n / per)
    const key = p[0] + p[2] + lines * h + (lines - 1) * lineGap
    return choose(rng, {
      stem: `A wrapping auto layout frame is fixed at ${W} wide and hugs its height, with ${padText(p)}, horizontal spacing ${gap} and vertical spacing between lines ${lineGap}. It holds ${n} chips, each ${w} × ${h}. How tall is the frame?`,
      key: px(key),
      wrong: [
        [
          px(p[0] + p[2] + lines * h + (lines - 1) * gap),
          'uses the horizontal spacing between lines',
        ],
        [px(p[0] + p[2] + lines * h), 'leaves the spacing between lines out'],
        [px(lines * h + (lines - 1) * lineGap), 'leaves the padding out'],
        [px(key + lineGap), 'counts a line spacing after the last line too'],
        [px(p[0] + p[2] + n * h + (n - 1) * lineGap), 'stacks every chip on its own line'],
      ],
      facts: facts({
        dir: 'row',
        main: W,
        pad: p,
        gap,
        wrap: { lineGap },
        kids: Array.from({ length: n }, () => ({ main: w, cross: h })),
        ask: 'frame-cross',
      }),
    })
  }),
  family('negative-spacing-overlap', (rng) => {
    const n = rng.int(3, 6)
    const d = rng.pick([24, 32, 40, 48])
    const overlap = rng.pick([4, 8, 12])
    const pad = rng.pick([0, 4])
    const key = 2 * pad + n * d - (n - 1) * overlap
    return choose(rng, {
      stem: `An avatar stack is a horizontal auto layout frame set to Hug contents, padding ${pad} on every side, spacing between items -${overlap}, holding ${n} avatars ${d} wide. How wide is the stack?`,
      key: px(key),
      wrong: [
        [px(2 * pad + n * d + (n - 1) * overlap), 'reads the negative spacing as positive'],
        [px(2 * pad + n * d), 'ignores the negative spacing'],
        [px(2 * pad + n * d - n * overlap), 'overlaps every avatar, the first one too'],
        [px(n * d - (n - 1) * overlap), 'leaves the padding out'],
      ],
      facts: facts({
        dir: 'row',
        pad: [pad, pad, pad, pad],
        gap: -overlap,
        kids: Array.from({ length: n }, () => ({ main: d, cross: d })),
        ask: 'frame-main',
      }),
    })
  }),
  family('fill-height-in-column', (rng) => {
    const H = rng.pick([640, 667, 720, 780, 812, 844])
    const header = rng.pick([44, 56, 64, 88])
    const footer = rng.pick([48, 56, 64, 83])
    const p = pads(rng)
    const gap = rng.pick([0, 8, 12, 16])
    const inner = H - p[0] - p[2]
    const key = inner - header - footer - 2 * gap
    return choose(rng, {
      stem: `A mobile screen is a vertical auto layout frame fixed at ${H} tall, ${padText(p)}, spacing ${gap}. It stacks a ${header}-tall header, a content area set to Fill container, and a ${footer}-tall tab bar. How tall is the content area?`,
      key: px(key),
      wrong: [
        [px(H - header - footer - 2 * gap), 'forgets the padding'],
        [px(inner - header - footer), 'forgets the spacing between items'],
        [px(inner / 3), 'shares the height equally among the three children'],
        [px(key - p[1] - p[3]), 'takes the left and right padding off the height too'],
        [px(key - 2 * gap), 'puts spacing before the first and after the last child as well'],
        [px(inner - header - footer - gap), 'counts one spacing where there are two'],
        [px(H - p[0] - header - footer - 2 * gap), 'takes off the top padding only'],
      ],
      facts: facts({
        dir: 'column',
        main: H,
        pad: p,
        gap,
        kids: [
          { main: header, cross: 40 },
          { main: 'fill', cross: 40 },
          { main: footer, cross: 40 },
        ],
        ask: { kidMain: 1 },
      }),
    })
  }),
  family('nested-hug-card', (rng) => {
    const icon = rng.pick([16, 20, 24, 32])
    const label = rng.pick([48, 64, 80, 96, 120])
    const inner = rng.pick([4, 6, 8, 12])
    const outer = rng.pick([12, 16, 20, 24])
    const key = 2 * outer + icon + inner + label
    return choose(rng, {
      stem: `A chip is a vertical auto layout frame set to Hug contents with padding ${outer} on every side. Its only child is a horizontal auto layout row (Hug contents, no padding, spacing ${inner}) holding a ${icon}-wide icon and a ${label}-wide label. How wide is the chip?`,
      key: px(key),
      wrong: [
        [px(key - inner), 'leaves out the row’s spacing between icon and label'],
        [px(key - outer), 'adds the chip’s padding on one side only'],
        [px(icon + inner + label), 'leaves out the chip’s padding'],
        [px(key + inner), 'adds the inner spacing again on the outer frame'],
      ],
      facts: { kind: 'nested-hug', outer, inner, icon, label },
    })
  }),
  family('space-between-last-x', (rng) => {
    const W = rng.pick([320, 360, 375, 390, 414])
    const n = rng.int(2, 4)
    const w = widths(rng, n)
    const p = pads(rng)
    const last = w[n - 1]!
    const key = W - p[1] - last
    if ((W - p[1] - p[3] - sum(w)) / (n - 1) <= 4) throw new VariantError('no room between items')
    return choose(rng, {
      stem: `A header bar is a horizontal auto layout frame fixed at ${W} wide, ${padText(p)}, spacing set to Auto. Its ${n} layers are ${list(w)} wide. At what X, from the bar’s left edge, does the last layer start?`,
      key: px(key),
      wrong: [
        [px(W - last), 'forgets the right padding'],
        [px(W - p[1]), 'gives where the last layer ends'],
        [px(p[3] + sum(w.slice(0, -1))), 'packs the layers to the left, ignoring Auto spacing'],
        [px(W - p[1] - p[3] - last), 'takes the left padding off too'],
      ],
      facts: facts({
        dir: 'row',
        main: W,
        pad: p,
        gap: 'auto',
        kids: w.map((m) => ({ main: m, cross: 24 })),
        ask: { kidAt: n - 1 },
      }),
    })
  }),
]
