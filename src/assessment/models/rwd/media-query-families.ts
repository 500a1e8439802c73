import { ascending, choose, family, type RwdFamily, site } from './rwd-text.js'

const BANDS = [480, 600, 640, 720, 768, 800, 960, 1024, 1200, 1280]

/**
 * Writing the query itself: range syntax and its bounds (Media Queries 4, §2.4.3), user
 * preferences (Media Queries 5, §12.1 prefers-reduced-motion, §11.5 prefers-color-scheme),
 * input features (§5.2 hover, §5.1 pointer), ems in queries (§1.3: relative units are based on
 * the initial value, 16px unless the user changes it, never the page's root font-size) and the
 * viewport meta tag (CSS Viewport 1, §2; MDN "Viewport meta tag").
 */
export const QUERY_FAMILIES: readonly RwdFamily[] = [
  family('range-syntax-half-open', (rng) => {
    const [a, b] = ascending(rng, BANDS, 2) as [number, number]
    return choose(rng, {
      stem: `A tablet layout on ${site(rng)} must apply from ${a} CSS px wide up to, but not including, ${b} px, with no gap or overlap at fractional widths. Which media query says exactly that?`,
      key: `@media (${a}px <= width < ${b}px)`,
      wrong: [
        [`@media (${a}px <= width <= ${b}px)`, 'includes the upper bound by writing less-or-equal'],
        [
          `@media (min-width: ${a}px) and (max-width: ${b}px)`,
          'forgets that max-width includes its value',
        ],
        [`@media (${a}px < width < ${b}px)`, 'excludes the lower bound by writing less-than'],
        [
          `@media (min-width: ${a + 1}px) and (max-width: ${b - 1}px)`,
          'shifts both bounds a pixel, leaving fractional gaps',
        ],
      ],
      facts: { kind: 'range-query', from: a, to: b },
      code: true,
    })
  }),
  family('range-syntax-above', (rng) => {
    const a = rng.pick(BANDS)
    return choose(rng, {
      stem: `A desktop-first stylesheet styles phones with @media (max-width: ${a}px). Which query starts the next layout just above it, so that no width, whole or fractional, gets both or neither?`,
      key: `@media (width > ${a}px)`,
      wrong: [
        ['@media (width)', 'tests the bare feature, true at any width'],
        ['@media screen', 'drops the width condition'],
        [
          `@media (min-width: ${a}px)`,
          'overlaps at the shared value, since both bounds include it',
        ],
        [`@media (min-width: ${a + 1}px)`, 'leaves fractional widths between the two unstyled'],
        [`@media (width >= ${a}px)`, 'overlaps at the shared value by writing greater-or-equal'],
        [`@media (width > ${a + 1}px)`, 'skips a pixel past the bound'],
      ],
      facts: { kind: 'range-query', from: a, fromOpen: true },
      code: true,
    })
  }),
  family('reduced-motion-query', (rng) => {
    const effect = rng.pick([
      'a parallax hero',
      'an auto-scrolling logo strip',
      'a zooming card hover',
      'a looping background video',
    ])
    return choose(rng, {
      stem: `On ${site(rng)}, ${effect} must stop for visitors who have asked their system to minimise motion. Which media query wraps the rule that turns it off?`,
      key: '@media (prefers-reduced-motion: reduce)',
      wrong: [
        [
          '@media (prefers-reduced-motion: no-preference)',
          'inverts the values: no-preference is everyone else',
        ],
        ['@media (reduced-motion: reduce)', 'drops the prefers- prefix from the feature'],
        ['@media (prefers-reduced-motion: none)', 'uses a value the feature does not define'],
        ['@media (prefers-motion: reduce)', 'names a motion feature that does not exist'],
      ],
      facts: { kind: 'preference-query', feature: 'reducedMotion', value: 'reduce' },
      code: true,
    })
  }),
  family('motion-only-when-allowed', (rng) => {
    const effect = rng.pick([
      'a scroll-triggered slide-in',
      'a spinning badge',
      'a hero ken-burns zoom',
    ])
    return choose(rng, {
      stem: `A designer adds ${effect} only for visitors who have not asked to reduce motion, so the default stylesheet stays still. Which media query wraps the animation?`,
      key: '@media (prefers-reduced-motion: no-preference)',
      wrong: [
        ['@media (reduced-motion: no-preference)', 'drops the prefers- prefix from the feature'],
        ['@media (prefers-reduced-motion: none)', 'uses a value the feature does not define'],
        [
          '@media (-webkit-prefers-reduced-motion: no-preference)',
          'adds a vendor prefix the feature never had',
        ],
        [
          '@media (prefers-reduced-animation: no-preference)',
          'names an animation feature that does not exist',
        ],
        ['@media (animation-play-state: running)', 'turns a CSS property into a media feature'],
        [
          '@media not all and (prefers-reduced-motion: no-preference)',
          'negates the right query, animating only for those who asked for less',
        ],
        [
          '@media (prefers-reduced-motion)',
          'reads the bare feature as no-preference, though it matches reduce',
        ],
        ['@media (motion)', 'invents a motion feature'],
        [
          '@media (prefers-reduced-motion: reduce)',
          'animates exactly for those who asked for less motion',
        ],
        ['@media (prefers-reduced-motion: allow)', 'uses a value the feature does not define'],
        ['@media not (reduced-motion)', 'negates a feature name that does not exist'],
        ['@media (animation: on)', 'invents an animation media feature'],
      ],
      facts: { kind: 'preference-query', feature: 'reducedMotion', value: 'no-preference' },
      code: true,
    })
  }),
  family('dark-scheme-query', (rng) => {
    return choose(rng, {
      stem: `${site(rng).replace(/^a/, 'A')} gets a dark theme for visitors whose operating system is set to dark mode. Which media query selects them?`,
      key: '@media (prefers-color-scheme: dark)',
      wrong: [
        [
          '@media (color-scheme: night)',
          'confuses the property with the feature and invents a value',
        ],
        [
          '@media (prefers-color-scheme: no-preference)',
          'uses a value dropped from the specification',
        ],
        ['@media (prefers-color-scheme: light)', 'selects light mode, the opposite'],
        [
          '@media (prefers-colour-scheme: dark)',
          'spells colour the British way, an unknown feature',
        ],
        [
          '@media (prefers-colour-scheme: night)',
          'spells colour the British way and invents a value',
        ],
        [
          '@media (color-scheme: dark)',
          'confuses the color-scheme property with the media feature',
        ],
        ['@media (prefers-color-scheme: night)', 'uses a value the feature does not define'],
        ['@media (color-scheme: light dark)', 'copies the color-scheme property’s declaration'],
      ],
      facts: { kind: 'preference-query', feature: 'colorScheme', value: 'dark' },
      code: true,
    })
  }),
  family('hover-capable-query', (rng) => {
    const ui = rng.pick([
      'a hover-revealed caption',
      'a mega-menu that opens on hover',
      'hover-only card actions',
    ])
    return choose(rng, {
      stem: `On ${site(rng)}, ${ui} should be used only where the main input can hover and point precisely; touch screens get a tap-to-open version. Which media query fits?`,
      key: '@media (hover: hover) and (pointer: fine)',
      wrong: [
        ['@media (min-width: 1024px)', 'treats a wide screen as proof of a mouse'],
        ['@media (hover: none) and (pointer: coarse)', 'selects touch screens, the opposite case'],
        ['@media (any-hover: none)', 'selects devices with no hovering input at all'],
        [
          '@media (pointer: fine), (max-width: 1024px)',
          'reads the comma as and, though it means or',
        ],
      ],
      facts: { kind: 'rule', source: 'Media Queries 4, §5.1–5.2' },
      code: true,
    })
  }),
  family('em-query-initial-font', (rng) => {
    const root = rng.pick([62.5, 75, 87.5, 112.5, 125])
    const body = rng.pick([18, 20, 15])
    const em = rng.pick([30, 40, 45, 48, 60, 64, 80])
    const rootPx = (16 * root) / 100
    return choose(rng, {
      stem: `A stylesheet sets html { font-size: ${root}% } and body { font-size: ${body}px }, and the visitor keeps the browser’s default text size of 16px. From what viewport width, in CSS px, does @media (min-width: ${em}em) apply?`,
      key: `${em * 16}px`,
      wrong: [
        [`${em * rootPx}px`, 'sizes the em by the root font-size the page sets'],
        [`${em * body}px`, 'sizes the em by the body font-size'],
        [`${em * 10}px`, 'counts 1em as 10px, the 62.5% shorthand'],
        [`${em}px`, 'reads the em figure as pixels'],
      ],
      facts: { kind: 'em-query', em, root, body },
    })
  }),
  family('viewport-meta', (rng) => {
    return choose(rng, {
      stem: `A freelancer’s responsive layout for ${site(rng)} shows as a tiny desktop page on phones. Which viewport meta tag makes phones lay it out at their own width without stopping visitors from zooming?`,
      key: '<meta name="viewport" content="width=device-width, initial-scale=1">',
      wrong: [
        [
          '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">',
          'blocks zoom twice over, failing WCAG 1.4.4',
        ],
        [
          '<meta name="viewport" content="width=device-width, maximum-scale=1, user-scalable=no">',
          'blocks pinch zoom and caps the scale, failing WCAG 1.4.4',
        ],
        ['<meta name="viewport" content="width=1024">', 'fixes a desktop layout width'],
        [
          '<meta name="viewport" content="width=device-width, user-scalable=no">',
          'blocks pinch zoom, failing WCAG 1.4.4',
        ],
        [
          '<meta name="viewport" content="initial-scale=1, maximum-scale=1">',
          'caps zoom at 100%, failing WCAG 1.4.4',
        ],
        [
          '<meta name="responsive" content="width=device-width">',
          'names a meta tag browsers do not read',
        ],
      ],
      facts: { kind: 'rule', source: 'CSS Viewport 1, §2; WCAG 2.2 SC 1.4.4' },
      code: true,
    })
  }),
  family('no-viewport-meta-width', (rng) => {
    const dpr = rng.pick([2, 3])
    const cssWidth = rng.pick([360, 375, 390, 412])
    return choose(rng, {
      stem: `A phone is ${cssWidth * dpr} device pixels wide at a device pixel ratio of ${dpr}. The markup of ${site(rng)} has no viewport meta tag. At what layout width does the phone’s browser lay it out before shrinking it to fit, as iOS Safari and Chrome for Android document?`,
      key: '980px',
      wrong: [
        [
          'The layout width of the page’s widest element, whatever it is',
          'expects the browser to fit the content',
        ],
        ['100%', 'expects a fluid layout without the meta tag'],
        [`${cssWidth * dpr}px`, 'confuses device pixels with CSS pixels'],
        [`${cssWidth}px`, 'expects the device width without the meta tag that asks for it'],
        ['1280px', 'assumes a common laptop width'],
        ['1024px', 'assumes a tablet width'],
      ],
      facts: {
        kind: 'rule',
        source: 'MDN, Viewport meta tag: mobile browsers render into a 980px virtual viewport',
      },
    })
  }),
  family('device-pixels-breakpoint', (rng) => {
    const dpr = rng.pick([2, 2.625, 3, 3.5])
    const cssWidth = rng.pick([360, 393, 412, 430])
    const bps = [320, 480, 600, 768, 1024, 1280].filter((b) => b !== cssWidth)
    const widest = (w: number) => Math.max(...bps.filter((b) => b <= w))
    const device = Math.round(cssWidth * dpr)
    return choose(rng, {
      stem: `A phone’s screen is ${device} device pixels wide in portrait at a device pixel ratio of ${dpr}. With the standard viewport meta tag, which is the widest of the min-width breakpoints ${bps.join(', ')} (px) that matches in portrait?`,
      key: `${widest(cssWidth)}px`,
      wrong: [
        [`${widest(device)}px`, 'compares device pixels with CSS pixel breakpoints'],
        [`${bps.find((b) => b > cssWidth)}px`, 'takes the next breakpoint up'],
        [`${widest(Math.round(device / 2))}px`, 'divides by 2 whatever the pixel ratio'],
        [`${widest(980)}px`, 'lays out at the 980px default width as if the meta were missing'],
      ],
      facts: { kind: 'device-width', device, dpr, breakpoints: bps },
    })
  }),
]
