import { family, type HtmlCssFamily } from './htmlcss-family.js'

/** A green paragraph when the option's condition holds: media and container query fixtures. */
const WHEN = '<style>@@ { #x { color: green } }</style><p id="x">Text</p>'
const isGreen = `css('x', 'color') === 'rgb(0, 128, 0)'`

/**
 * Responsive work (Media Queries Level 4 and 5, CSS Values and Units Level 4, CSS Containment
 * Level 3, the HTML img sizes attribute): which query applies at which viewport, what relative
 * units resolve against, clamp() and min(), container queries and sizes. Each family is checked
 * at several viewport widths; each wrong option is right at some and wrong at others.
 */
export const RESPONSIVE_FAMILIES: readonly HtmlCssFamily[] = [
  family({
    id: 'min-width-inclusive',
    stem: 'Which media query applies at a viewport width of 768px and wider?',
    shape: 'rule',
    page: WHEN,
    contexts: [{ width: 767 }, { width: 768 }, { width: 1024 }],
    check: `return ${isGreen} === innerWidth >= 768`,
    key: '@media (min-width: 768px)',
    wrong: {
      '@media (max-width: 768px)': 'max-width is an upper bound, so it matches narrower viewports',
      '@media (width > 768px)': 'a strict greater-than leaves out 768px itself',
      '@media (min-height: 768px)': 'tests the viewport’s height instead of its width',
      '@media (orientation: landscape)': 'landscape means wider than tall, not a width of 768px',
    },
  }),
  family({
    id: 'range-below-breakpoint',
    stem: 'Phone styles must apply below 600px and stop at exactly 600px, where the tablet styles begin. Which media query does that?',
    shape: 'rule',
    page: WHEN,
    contexts: [{ width: 599 }, { width: 600 }, { width: 900 }],
    check: `return ${isGreen} === innerWidth < 600`,
    key: '@media (width < 600px)',
    wrong: {
      '@media (max-width: 600px)':
        'max-width includes 600px itself, so both style sets apply there',
      '@media (min-width: 600px)': 'min-width is a lower bound',
      '@media (orientation: portrait)':
        'a portrait viewport is not the same as one narrower than 600px',
    },
  }),
  family({
    id: 'and-versus-comma',
    stem: 'Which media query applies from 600px up to and including 899px, and nowhere else?',
    shape: 'rule',
    page: WHEN,
    contexts: [{ width: 599 }, { width: 600 }, { width: 899 }, { width: 900 }],
    check: `return ${isGreen} === (innerWidth >= 600 && innerWidth <= 899)`,
    key: '@media (min-width: 600px) and (max-width: 899px)',
    wrong: {
      '@media (min-width: 600px), (max-width: 899px)': 'a comma means or, so every width matches',
      '@media (max-width: 600px) and (min-width: 899px)': 'swapped bounds describe no width at all',
      '@media (600px < width < 899px)': 'strict comparisons leave out both ends',
      '@media (min-width: 600px) or (max-width: 899px)':
        'or matches a width that meets either bound, which is every width',
      '@media screen and (min-width: 600px), print and (max-width: 899px)':
        'a comma starts a separate query, so the upper bound no longer limits the first',
    },
  }),
  family({
    id: 'rem-is-root-relative',
    stem: 'The root font size is 16px and `.card` has `font-size: 20px`. Which declaration gives `.card` a 32px padding?',
    shape: 'declarations',
    page: '<style>.card { font-size: 20px; @@ }</style><div class="card" id="c">Card</div>',
    check: `return css('c', 'padding-top') === '32px'`,
    key: 'padding: 2rem',
    wrong: {
      'padding: 2em': 'em on padding is the element’s own font size, 20px here',
      'padding: 2%': 'a percentage padding is a share of the container’s width',
      'padding: 2ch': 'ch is the width of the zero digit, not the font size',
      'padding: 2vw': 'vw is a share of the viewport width',
      'padding: calc(2 * 1em)': 'em inside calc() is still the element’s own font size',
      'padding: max(2em, 2%)': 'em on padding is the element’s own font size, 20px here',
    },
  }),
  family({
    id: 'em-compounds-in-nesting',
    stem: 'Nested lists shrink at every level with `font-size: 0.8em`. Which declaration for `li` keeps every level at 0.8 of the 16px root size?',
    shape: 'declarations',
    page: '<style>li { @@ }</style><ul><li id="a">One<ul><li id="b">Two<ul><li id="c">Three</li></ul></li></ul></li></ul>',
    check: `return ['a', 'b', 'c'].every((id) => css(id, 'font-size') === '12.8px')`,
    key: 'font-size: 0.8rem',
    wrong: {
      'font-size: 80%': 'a percentage font size compounds like em',
      'font-size: smaller': 'smaller is relative to the parent, so it compounds',
      'font-size: 0.8vw': 'vw follows the viewport, not the root font size',
    },
  }),
  family({
    id: 'clamp-argument-order',
    stem: 'A heading should be 2.5% of the viewport width, never smaller than 18px and never larger than 32px. Which declaration does that?',
    shape: 'declarations',
    page: '<style>h1 { @@ }</style><h1 id="h">Title</h1>',
    contexts: [{ width: 400 }, { width: 1000 }, { width: 1600 }],
    check: `return parseFloat(css('h', 'font-size')) === Math.max(18, Math.min(innerWidth * 0.025, 32))`,
    key: 'font-size: clamp(18px, 2.5vw, 32px)',
    wrong: {
      'font-size: clamp(32px, 2.5vw, 18px)':
        'clamp takes the minimum first; a minimum above the maximum wins',
      'font-size: max(18px, 2.5vw)': 'max() sets only the floor, with no upper limit',
      'font-size: min(32px, 2.5vw)': 'min() sets only the ceiling, with no lower limit',
      'font-size: clamp(2.5vw, 18px, 32px)':
        'the preferred value is the middle argument, not the first',
    },
  }),
  family({
    id: 'sizes-matches-the-layout',
    stem: 'The image is full width on narrow viewports and half the viewport from 800px up; its candidates are 320w, 640w and 1280w. Which `sizes` attribute makes the browser pick the file that fits?',
    shape: 'html',
    page: '<img id="i" alt="" srcset="https://img.example/a-320.png 320w, https://img.example/a-640.png 640w, https://img.example/a-1280.png 1280w" @@>',
    contexts: [{ width: 600 }, { width: 1000 }],
    check: `const slot = innerWidth >= 800 ? innerWidth / 2 : innerWidth
const fit = [320, 640, 1280].find((w) => w >= slot)
await new Promise((r) => setTimeout(r, 30))
return el('i').currentSrc.endsWith('-' + fit + '.png')`,
    key: 'sizes="(min-width: 800px) 50vw, 100vw"',
    wrong: {
      'sizes="(max-width: 800px) 50vw, 100vw"':
        'max-width puts the half-width slot on the narrow viewports',
      'sizes="50vw"': 'one slot of half the viewport misses the full-width layout on phones',
      'sizes="(min-width: 800px) 50%, 100%"': 'sizes takes lengths; a percentage is invalid there',
      'sizes="50vw, (max-width: 799px) 100vw"':
        'the first entry that matches wins, so one without a condition must come last',
    },
  }),
  family({
    id: 'prefers-reduced-motion',
    stem: 'Which media query turns off an animation only for users who asked their system for less motion?',
    shape: 'rule',
    page: WHEN,
    contexts: [{ reducedMotion: 'reduce' }, { reducedMotion: 'no-preference' }],
    check: `return ${isGreen} === matchMedia('(prefers-reduced-motion: reduce)').matches`,
    key: '@media (prefers-reduced-motion: reduce)',
    wrong: {
      '@media (prefers-reduced-motion: no-preference)':
        'no-preference is the value for users who did not ask',
      '@media (update: slow)': 'update describes the display’s refresh, not the user’s wish',
      '@media (scripting: none)': 'scripting describes whether scripts run, not motion',
      '@media (update: none)':
        'update describes a static display such as paper, not the user’s wish',
      '@media (scripting: enabled)': 'scripting describes whether scripts run, not motion',
    },
  }),
  family({
    id: 'prefers-color-scheme',
    stem: 'Which media query applies a dark theme only when the user’s system is set to dark mode?',
    shape: 'rule',
    page: WHEN,
    contexts: [{ colorScheme: 'dark' }, { colorScheme: 'light' }],
    check: `return ${isGreen} === matchMedia('(prefers-color-scheme: dark)').matches`,
    key: '@media (prefers-color-scheme: dark)',
    wrong: {
      '@media (prefers-color-scheme: light)': 'names the scheme the rule should not apply to',
      '@media (prefers-contrast: more)': 'contrast preference is separate from the colour scheme',
      '@media (inverted-colors: inverted)':
        'inverted colours are an accessibility setting, not dark mode',
      '@media (prefers-contrast: less)': 'contrast preference is separate from the colour scheme',
      '@media (inverted-colors: none)':
        'inverted colours are an accessibility setting, not dark mode',
    },
  }),
  family({
    id: 'min-caps-a-fluid-width',
    stem: '`.container` sits in a `.page` that is 75% of the viewport wide. Which declaration makes it 90% of `.page` but never wider than 1100px?',
    shape: 'declarations',
    page: '<style>.page { width: 75% } .container { @@ }</style><div class="page" id="p"><div class="container" id="c">Content</div></div>',
    contexts: [{ width: 1000 }, { width: 2000 }],
    check: `return Math.abs(box('c').width - Math.min(box('p').width * 0.9, 1100)) < 0.5`,
    key: 'width: min(90%, 1100px)',
    wrong: {
      'width: max(90%, 1100px)': 'max() picks the larger value, so 1100px becomes a floor',
      'width: 90%; min-width: 1100px': 'min-width sets a floor, not a ceiling',
      'width: 1100px; max-width: 90vw': 'vw is a share of the viewport, not of the parent',
      'width: clamp(90%, 1100px, 100%)':
        'clamp() takes the minimum first, so 90% becomes a floor and 1100px the preferred width',
      'max-width: max(90%, 1100px)':
        'max() picks the larger value, so the cap is never below 1100px',
    },
  }),
  family({
    id: 'container-query',
    stem: 'Cards sit in wrappers with `container-type: inline-size`, one 300px and one 500px wide. Which query restyles only cards whose wrapper is at least 400px wide?',
    shape: 'rule',
    page: '<style>.wrap { container-type: inline-size } @@ { .card { color: green } }</style><div class="wrap" style="width: 300px"><p class="card" id="s">Small</p></div><div class="wrap" style="width: 500px"><p class="card" id="l">Large</p></div>',
    check: `return css('l', 'color') === 'rgb(0, 128, 0)' && css('s', 'color') !== 'rgb(0, 128, 0)'`,
    key: '@container (min-width: 400px)',
    wrong: {
      '@media (min-width: 400px)': 'a media query tests the viewport, not the wrapper',
      '@container (max-width: 400px)': 'max-width matches containers up to 400px wide',
      '@supports (min-width: 400px)':
        'supports tests whether a declaration is understood, not sizes',
      '@media (min-width: 400px) and (max-width: 500px)':
        'a media query tests the viewport, not the wrapper',
      '@supports (container-type: inline-size)':
        'supports tests whether a declaration is understood, not sizes',
    },
  }),
  family({
    id: 'em-in-media-queries',
    stem: 'The page sets `html { font-size: 20px }`; the browser’s font size is left at its 16px default. Which media query starts at a 768px viewport width?',
    shape: 'rule',
    page: `<style>html { font-size: 20px }</style>${WHEN}`,
    contexts: [{ width: 767 }, { width: 768 }],
    check: `return ${isGreen} === innerWidth >= 768`,
    key: '@media (min-width: 48em)',
    wrong: {
      '@media (min-width: 38.4em)':
        'em in a media query is the browser’s initial font size, not the root’s',
      '@media (min-width: 38.4rem)':
        'rem in a media query is the initial font size too, not the page’s root',
      '@media (min-height: 48em)': 'tests the viewport’s height instead of its width',
      '@media (min-width: 48ex)': 'ex is the x-height, about half an em',
      '@media (min-height: 38.4em)': 'tests the height, with em read as the page’s root size',
    },
  }),
  family({
    id: 'flex-basis-wraps-without-queries',
    stem: 'In a wrapping flex container, which declaration on each card fits as many cards as allow at least 250px each and lets them grow to fill the row?',
    shape: 'declarations',
    page: '<style>.row { display: flex; flex-wrap: wrap } .card { height: 20px; @@ }</style><div class="row" style="width: 600px"><div class="card" id="a"></div><div class="card" id="b"></div><div class="card" id="c"></div></div><div class="row" style="width: 400px"><div class="card" id="d"></div><div class="card" id="e"></div></div>',
    check: `return box('a').width === 300 && box('b').top === box('a').top && box('c').top > box('a').top && box('d').width === 400 && box('e').top > box('d').top`,
    key: 'flex: 1 1 250px',
    wrong: {
      'flex: 0 0 250px': 'a grow factor of zero leaves the cards at 250px',
      'flex: 1 1 0': 'a zero basis fits every card on one line',
      'min-width: 250px': 'a minimum width without growing leaves the cards at 250px',
      'width: 250px; flex-grow: 0': 'without growing the cards stay 250px wide',
      'min-width: 250px; flex-grow: 0': 'a minimum width without growing leaves the cards at 250px',
    },
  }),
  family({
    id: 'orientation-portrait',
    stem: 'Which media query applies when the viewport is taller than it is wide?',
    shape: 'rule',
    page: WHEN,
    contexts: [{ width: 700 }, { width: 1000 }],
    check: `return ${isGreen} === innerHeight >= innerWidth`,
    key: '@media (orientation: portrait)',
    wrong: {
      '@media (orientation: landscape)': 'landscape is wider than tall',
      '@media (min-aspect-ratio: 1/1)':
        'aspect ratio is width over height, so a minimum of 1 means landscape',
      '@media (max-height: 900px)': 'a height bound says nothing about the width',
      '@media (max-aspect-ratio: 1/1) and (orientation: landscape)':
        'a portrait ratio and landscape orientation never hold together',
      '@media (min-height: 860px)': 'a height bound says nothing about the width',
    },
  }),
  family({
    id: 'art-direction-source',
    stem: 'A `<picture>` should show the cropped image below 600px and the wide image otherwise. Which `<source>` goes before its `<img src="https://img.example/wide.png">`?',
    shape: 'html',
    page: '<picture id="p">@@<img id="i" alt="" src="https://img.example/wide.png"></picture>',
    contexts: [{ width: 500 }, { width: 900 }],
    check: `await new Promise((r) => setTimeout(r, 30))
return el('i').currentSrc.endsWith(innerWidth < 600 ? '/crop.png' : '/wide.png')`,
    key: '<source media="(max-width: 599px)" srcset="https://img.example/crop.png">',
    wrong: {
      '<source media="(min-width: 600px)" srcset="https://img.example/crop.png">':
        'min-width applies the crop to the wide viewports',
      '<source sizes="(max-width: 599px)" srcset="https://img.example/crop.png">':
        'sizes describes slot widths; media chooses the source',
      '<source media="(max-width: 599px)" src="https://img.example/crop.png">':
        'a source inside picture takes srcset, not src',
      '<source media="(min-width: 600px)" srcset="https://img.example/wide.png">':
        'a source for the wide case leaves the img, the wide file, for narrow viewports too',
    },
  }),
]
