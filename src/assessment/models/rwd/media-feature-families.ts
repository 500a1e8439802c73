import { choose, family, type RwdFamily, site } from './rwd-text.js'

/**
 * More media features and how stylesheets behind queries load: prefers-contrast (Media Queries 5,
 * §12.3), resolution in dppx (Media Queries 4, §5.3; CSS Values 4, §7.4), the deprecated
 * device-width (Media Queries 4, Appendix A), ems sized by the user's default text size (§1.3),
 * and the media attribute of a stylesheet link, which makes a non-matching sheet non-blocking but
 * still fetched (HTML Standard §4.2.4, "link type stylesheet"; web.dev, render-blocking CSS).
 */
export const FEATURE_FAMILIES: readonly RwdFamily[] = [
  family('prefers-contrast-query', (rng) => {
    return choose(rng, {
      stem: `${site(rng).replace(/^a/, 'A')} adds darker borders and text for visitors who have asked their system for more contrast. Which query selects them?`,
      key: '@media (prefers-contrast: more)',
      wrong: [
        ['@media (contrast: high)', 'drops the prefix and uses a draft value'],
        ['@media (prefers-contrast: no-preference)', 'selects those with no contrast preference'],
        ['@media (prefers-contrast: less)', 'selects those who asked for less contrast'],
        ['@media (forced-colors: none)', 'selects everyone not in forced-colours mode'],
        [
          '@media (-ms-high-contrast: active)',
          'uses the retired Internet Explorer and legacy Edge feature',
        ],
        ['@media (high-contrast: active)', 'drops the vendor prefix from a retired feature'],
        ['@media (prefers-contrast: high)', 'uses a value from an early draft'],
        ['@media (forced-colors: active)', 'confuses forced colours with a contrast preference'],
        ['@media (contrast: more)', 'drops the prefers- prefix'],
      ],
      facts: { kind: 'rule', source: 'Media Queries 5, §12.3 prefers-contrast' },
      code: true,
    })
  }),
  family('resolution-query', (rng) => {
    const name = rng.pick(['hero', 'pattern', 'texture'])
    return choose(rng, {
      stem: `A CSS background on ${site(rng)} swaps to ${name}@2x.png on screens of at least two device pixels per CSS pixel. Which standard query does that?`,
      key: '@media (min-resolution: 2dppx)',
      wrong: [
        [
          '@media (min-device-pixel-ratio: 2)',
          'drops the -webkit- prefix from a non-standard feature',
        ],
        ['@media (min-resolution: 2dpi)', 'takes dpi for dppx: 2 dots per inch'],
        ['@media (min-width: 2dppx)', 'gives a resolution to a width feature'],
        ['@media (pixel-ratio: 2)', 'invents a feature name'],
      ],
      facts: { kind: 'rule', source: 'Media Queries 4, §5.3 resolution' },
      code: true,
    })
  }),
  family('device-width-deprecated', (rng) => {
    return choose(rng, {
      stem: `An old stylesheet for ${site(rng)} uses @media (max-device-width: 480px). Why should it test width instead?`,
      key: 'width tracks the viewport; device-width is deprecated',
      wrong: [
        [
          'device-width is the page width at 100% zoom, so it breaks on zoom',
          'confuses device-width with the zoomed layout width',
        ],
        [
          'device-width reports the browser window, width the whole screen',
          'swaps what each feature measures',
        ],
        ['No reason: they are the same', 'believes the two features are aliases'],
        [
          'device-width counts device pixels, not CSS px',
          'confuses device-width with physical pixels',
        ],
        ['width is supported only in range syntax', 'invents a syntax limit'],
        ['device-width fails when the meta tag is set', 'reverses what the meta tag does'],
        ['width includes the browser’s toolbars', 'confuses the viewport with the screen'],
      ],
      facts: { kind: 'rule', source: 'Media Queries 4, Appendix A: deprecated media features' },
    })
  }),
  family('link-media-still-downloads', (rng) => {
    const a = rng.pick([900, 1024, 1200])
    return choose(rng, {
      stem: `${site(rng).replace(/^a/, 'A')} loads <link rel="stylesheet" href="wide.css" media="(min-width: ${a}px)">. What does a phone with a 390px viewport do with wide.css?`,
      key: 'Fetches it at low priority but does not apply it',
      wrong: [
        ['Never fetches it', 'believes a non-matching sheet is never requested'],
        ['Downloads and applies it', 'ignores the media attribute altogether'],
        [
          'Skips the download until the viewport is wide enough',
          'believes media stops the download',
        ],
        ['Downloads it, blocking rendering, and applies it', 'ignores the media attribute'],
        [
          'Downloads it, blocking rendering, but does not apply it',
          'believes a non-matching sheet still blocks rendering',
        ],
        [
          'Reports an error, as link takes no media queries',
          'believes link has no media attribute',
        ],
      ],
      facts: {
        kind: 'rule',
        source: 'HTML Standard §4.2.4 and §4.6.7.12; web.dev render-blocking CSS',
      },
    })
  }),
  family('em-breakpoint-user-font', (rng) => {
    const user = rng.pick([18, 20, 24])
    const em = rng.pick([40, 48, 60, 64])
    return choose(rng, {
      stem: `A visitor to ${site(rng)} sets the browser’s default text size to ${user}px. The stylesheet leaves the root font-size alone and has @media (min-width: ${em}em). From what viewport width, in CSS px, does it apply?`,
      key: `${em * user}px`,
      wrong: [
        [`${em * 16}px`, 'assumes ems in queries are fixed at 16px'],
        [`${em * 10}px`, 'counts 1em as 10px'],
        [`${em}px`, 'reads the em figure as pixels'],
      ],
      facts: { kind: 'em-query', em, root: 100, body: user, user },
    })
  }),
  family('zoom-blocking-viewport', (rng) => {
    return choose(rng, {
      stem: `A client asks the freelancer to add user-scalable=no to the viewport meta tag of ${site(rng)} so the layout “stays tidy”. What is the right reply?`,
      key: 'Decline: blocking zoom fails WCAG 1.4.4',
      wrong: [
        ['Add it', 'accepts a request that fails WCAG 1.4.4'],
        ['Add it with initial-scale=1', 'believes initial-scale keeps zoom available'],
        ['It is fine: WCAG counts only desktop zoom', 'invents a desktop-only reading'],
        [
          'It is fine if maximum-scale=2 is also set',
          'believes a cap of 200% satisfies the criterion with zoom blocked',
        ],
        ['It only affects Android, so add it', 'believes the setting is platform-limited'],
        [
          'It is needed for media queries to work',
          'confuses the tag’s width setting with its zoom setting',
        ],
      ],
      facts: { kind: 'rule', source: 'WCAG 2.2 SC 1.4.4; Understanding SC 1.4.4' },
    })
  }),
]
