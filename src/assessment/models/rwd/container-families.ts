import type { Rng } from '../../rng.js'
import { ascending, COMPONENTS, choose, family, px, type RwdFamily, site } from './rwd-text.js'

const cols = (n: number) => (n === 1 ? '1 column' : `${n} columns`)

/** A card in a sidebar or main column of drawn widths, at a drawn viewport. */
function drawPlacement(rng: Rng) {
  const viewport = rng.pick([1024, 1280, 1366, 1440, 1920])
  const sidebar = rng.pick([260, 280, 300, 320, 360])
  const main = rng.pick([560, 640, 720, 800])
  const where = rng.pick(['sidebar', 'main column'] as const)
  return { viewport, sidebar, main, where, width: where === 'sidebar' ? sidebar : main }
}

/**
 * Container queries (CSS Conditional 5, §6–7): an element with container-type: inline-size is a
 * query container for its descendants; @container tests the nearest ancestor container's
 * content-box inline size, never the viewport and never the element itself; cqi is a hundredth
 * of that size. The mistakes: testing the viewport, expecting a container to restyle itself,
 * container-type: size on a content-sized box, units of the viewport.
 */
export const CONTAINER_FAMILIES: readonly RwdFamily[] = [
  family('container-query-cascade', (rng) => {
    const p = drawPlacement(rng)
    const [a, b] = ascending(rng, [300, 360, 400, 480, 520, 600, 700], 2) as [number, number]
    const c = rng.pick(COMPONENTS)
    const at = (w: number) => (w >= b ? 3 : w >= a ? 2 : 1)
    const both = (f: (w: number) => number, s = p.sidebar, m = p.main) =>
      `${cols(f(s))} in the sidebar, ${f(m)} in the main column`
    return choose(rng, {
      stem: `On ${site(rng)}, the sidebar (${p.sidebar}px) and main column (${p.main}px) both have container-type: inline-size and no padding. ${c}-list { grid-template-columns: 1fr } is followed by @container (min-width: ${a}px) { ${c}-list { grid-template-columns: repeat(2, 1fr) } } and @container (min-width: ${b}px) { ${c}-list { grid-template-columns: repeat(3, 1fr) } }. In a ${p.viewport}px viewport, how many columns does each list have?`,
      key: both(at),
      wrong: [
        [both(() => 1), 'expects container queries to need a container-name, so no rule applies'],
        [both(at, p.viewport, p.viewport), 'tests the viewport width, as a media query would'],
        [both(at, p.main, p.sidebar), 'swaps the two columns’ widths'],
        [both((w) => (w >= a ? 2 : 1)), 'lets the first matching query win, not the last'],
        [both((w) => (w <= b ? 3 : 1)), 'reads min-width as max-width'],
      ],
      facts: {
        kind: 'container-cascade',
        sidebar: p.sidebar,
        main: p.main,
        viewport: p.viewport,
        bps: [a, b],
      },
    })
  }),
  family('container-self-query', (rng) => {
    const c = rng.pick(COMPONENTS)
    return choose(rng, {
      stem: `A stylesheet has ${c} { container-type: inline-size } and @container (min-width: 400px) { ${c} { display: grid } }. On ${site(rng)}, the cards never switch to grid, even when wide. Why?`,
      key: 'A container cannot query itself',
      wrong: [
        ['A typo', 'overlooks the rule of the feature'],
        [
          'inline-size containment makes the container’s width depend only on its contents',
          'confuses size containment with query targets',
        ],
        ['container-type needs a container-name to work', 'believes containers must be named'],
        ['@container only works with max-width', 'invents a limit on the feature'],
        ['display: grid is not allowed inside @container', 'invents a limit on properties'],
        ['inline-size containers measure their height', 'confuses inline size with block size'],
      ],
      facts: {
        kind: 'rule',
        source: 'CSS Conditional 5, §7.2: a query container cannot query itself',
      },
    })
  }),
  family('container-type-choice', (rng) => {
    return choose(rng, {
      stem: `A content-height wrapper around product cards on ${site(rng)} must become a query container for its width. Which declaration fits?`,
      key: 'container-type: inline-size',
      wrong: [
        ['container: block-size', 'gives the shorthand an axis it does not take'],
        ['container-type: block-size', 'names an axis the property does not take'],
        [
          'container-type: inline-size block-size',
          'lists both axes, which is invalid; size does that',
        ],
        ['container: inline-size / card', 'swaps the name and the type in the shorthand'],
        ['container-type: size', 'also contains the height, collapsing a content-sized wrapper'],
        ['display: container', 'invents a display value'],
        ['contain: layout', 'sets containment without making a query container'],
        ['container-type: normal', 'keeps the default, which answers style queries only'],
      ],
      facts: { kind: 'rule', source: 'CSS Conditional 5, §6.1 container-type' },
      code: true,
    })
  }),
  family('container-query-units', (rng) => {
    const p = drawPlacement(rng)
    const n = rng.pick([4, 5, 6, 8])
    return choose(rng, {
      stem: `A card title in the ${p.where} of ${site(rng)} is font-size: ${n}cqi. The sidebar (${p.sidebar}px) and main column (${p.main}px) both have container-type: inline-size and no padding; the viewport is ${p.viewport}px. What is the title’s font-size?`,
      key: px((n * p.width) / 100),
      wrong: [
        [px((n * p.viewport) / 100), 'reads cqi as vw, a share of the viewport'],
        [px(n * 16), 'reads cqi as rem'],
        [px((n * (p.where === 'sidebar' ? p.main : p.sidebar)) / 100), 'measures the other column'],
        [px(n), 'reads the cqi figure as pixels'],
      ],
      facts: { kind: 'cqi', n, width: p.width },
    })
  }),
  family('named-container', (rng) => {
    const c = rng.pick(COMPONENTS)
    return choose(rng, {
      stem: `A ${c} element sits in a .layout with container: page / inline-size, inside which a .panel has container-type: inline-size. Which rule makes ${c} respond to the .layout’s width rather than the nearer .panel?`,
      key: `@container page (min-width: 900px) { ${c} { … } }`,
      wrong: [
        [
          `@container (min-width: 900px) { ${c} { … } }`,
          'queries the nearest container, the .panel',
        ],
        [
          `@container .layout (min-width: 900px) { ${c} { … } }`,
          'puts a selector where a container name goes',
        ],
        [
          `@media page (min-width: 900px) { ${c} { … } }`,
          'gives a container name to a media query',
        ],
        [
          `@container (name: page) and (min-width: 900px) { ${c} { … } }`,
          'writes the name as a query feature',
        ],
      ],
      facts: { kind: 'rule', source: 'CSS Conditional 5, §6.2–6.3 container-name, @container' },
      code: true,
    })
  }),
  family('container-or-media', (rng) => {
    const c = rng.pick(['a product card', 'a testimonial block', 'a newsletter sign-up box'])
    return choose(rng, {
      stem: `On ${site(rng)}, ${c} appears in a narrow sidebar and in a wide main column on the same page, and must lay out by the space it is given. What should the designer use?`,
      key: 'Container queries on the box’s wrapper',
      wrong: [
        ['Flexbox', 'confuses a layout method with a query'],
        [
          'JavaScript that measures the viewport on resize and toggles classes',
          'measures the viewport, the same for both places',
        ],
        [
          'Media queries on the viewport width',
          'keys the layout to the viewport, the same for both places',
        ],
        ['A different breakpoint per device', 'ties the layout to devices, not to the space'],
        ['prefers-reduced-motion queries', 'confuses a user preference with size'],
        ['The viewport meta tag', 'confuses page scaling with component layout'],
      ],
      facts: { kind: 'rule', source: 'CSS Conditional 5, §7' },
    })
  }),
]
