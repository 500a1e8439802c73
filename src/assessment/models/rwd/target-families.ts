import { choose, family, fmt, px, type RwdFamily, site } from './rwd-text.js'

/**
 * Pointer target size (WCAG 2.2 SC 2.5.8, AA: at least 24 × 24 CSS px, or undersized targets
 * spaced so a 24px circle centred on each meets no other target or circle; SC 2.5.5, AAA: 44 ×
 * 44) and the box a padded control actually gets (CSS 2.1 §10.6.1: a block's content height is
 * its line-height; padding adds on both sides). The mistakes: the AAA or platform figures taken
 * for AA, the gap taken for the spacing, padding counted once, font-size taken for line height.
 */
export const TARGET_FAMILIES: readonly RwdFamily[] = [
  family('coarse-pointer-targets', (rng) => {
    return choose(rng, {
      stem: `On ${site(rng)}, buttons get min-height: 44px only where the main input is a finger, whatever the screen width. Which media query wraps that rule?`,
      key: '@media (pointer: coarse)',
      wrong: [
        ['@media (pointer: fine)', 'selects mouse and stylus users, the opposite'],
        ['@media (max-width: 768px)', 'treats a narrow screen as proof of touch'],
        ['@media (hover: hover)', 'selects devices that can hover, mostly mice'],
        ['@media (touch-enabled)', 'invents a feature from an old script library'],
        ['@media (any-pointer: none)', 'selects devices with no pointer at all'],
      ],
      facts: { kind: 'rule', source: 'Media Queries 4, §5.1 pointer' },
      code: true,
    })
  }),
  family('target-size-aa', (rng) => {
    const ui = rng.pick(['icon buttons', 'pagination links', 'close buttons', 'carousel dots'])
    return choose(rng, {
      stem: `A client needs ${site(rng)} to meet WCAG 2.2 at level AA. What minimum target size applies to its ${ui}, unless an exception such as spacing applies?`,
      key: '24 × 24 CSS px',
      wrong: [
        ['44 × 44 CSS px', 'applies the AAA criterion 2.5.5'],
        ['48 × 48 CSS px', 'applies Android’s Material guidance'],
        ['16 × 16 CSS px', 'takes the default text size for a target size'],
        ['9 × 9 mm on screen', 'uses a physical size WCAG does not set'],
      ],
      facts: { kind: 'rule', source: 'WCAG 2.2 SC 2.5.8 Target Size (Minimum)' },
    })
  }),
  family('target-size-aaa', (rng) => {
    return choose(rng, {
      stem: `A public-sector client asks that the buttons on ${site(rng)} meet WCAG 2.2 level AAA for target size. What minimum applies?`,
      key: '44 × 44 CSS px',
      wrong: [
        [
          '24 × 24 CSS px, with 20px gaps',
          'counts spacing toward the enhanced size, which only the AA criterion allows',
        ],
        ['24 × 24 CSS px', 'applies the AA criterion 2.5.8'],
        ['48 × 48 dp', 'applies Android’s Material guidance'],
        ['9 mm square', 'uses a physical size WCAG does not set'],
        ['32 × 32 CSS px', 'splits the difference between the AA and AAA figures'],
      ],
      facts: { kind: 'rule', source: 'WCAG 2.2 SC 2.5.5 Target Size (Enhanced)' },
    })
  }),
  family('target-spacing-gap', (rng) => {
    const s = rng.pick([14, 16, 18, 20])
    return choose(rng, {
      stem: `Social icons on ${site(rng)} are ${s} × ${s} CSS px, in a single row, vertically centred. Under the spacing exception of WCAG 2.2 SC 2.5.8, what is the smallest horizontal gap between neighbouring icons that passes?`,
      key: px(24 - s),
      wrong: [
        ['0px', 'counts undersized icons as passing without spacing'],
        ['44px', 'requires the AAA 44px as the gap itself'],
        ['24px', 'requires the gap itself to be 24px'],
        [px(44 - s), 'uses the 44px of the AAA criterion'],
        [px((24 - s) / 2), 'checks each circle against the neighbouring icon only, not its circle'],
        [px(12), 'takes the 12px radius as the gap'],
      ],
      facts: { kind: 'target-gap', size: s },
    })
  }),
  family('padded-button-height', (rng) => {
    const f = rng.pick([12, 14, 16])
    const lh = rng.pick([1, 1.25, 1.5])
    const pad = rng.pick([2, 4, 6, 8])
    return choose(rng, {
      stem: `A text button on ${site(rng)} is display: inline-block; font-size: ${f}px; line-height: ${lh}; padding: ${pad}px 12px; border: 0; box-sizing: border-box, with one line of text. How tall is its target?`,
      key: px(f * lh + 2 * pad),
      wrong: [
        [px(f * lh + pad), 'counts the vertical padding once'],
        [px(f + 2 * pad), 'takes the font-size for the line height'],
        [px(f * lh + 24), 'takes the horizontal padding for the vertical'],
        [px(f * lh), 'leaves the padding out, as if border-box included it'],
        [px(f * lh + 2 * pad + 24), 'adds the horizontal padding to the vertical'],
        [px(f * 1.2 + 2 * pad), 'takes the line height as the usual normal of 1.2'],
      ],
      facts: { kind: 'button-height', f, lh, pad },
    })
  }),
  family('inline-link-exception', (rng) => {
    return choose(rng, {
      stem: `An audit of ${site(rng)} against WCAG 2.2 SC 2.5.8 finds 18px-tall links inside paragraphs of body text. What applies to them?`,
      key: 'They pass: targets in a sentence are exempt',
      wrong: [
        ['They fail: every target needs 24 × 24 CSS px', 'overlooks the inline exception'],
        ['They fail unless underlined', 'confuses link styling with target size'],
        ['They pass only on desktop screens', 'invents a device condition'],
        ['They need padding of 24px around each', 'confuses the spacing circle with padding'],
      ],
      facts: { kind: 'rule', source: 'WCAG 2.2 SC 2.5.8, Inline exception' },
    })
  }),
  family('enlarge-hit-area', (rng) => {
    const s = rng.pick([16, 18, 20])
    return choose(rng, {
      stem: `A ${s}px close icon on ${site(rng)} must give a 44 × 44 CSS px target without changing how it looks. Which approach works?`,
      key: `${fmt((44 - s) / 2)}px padding on each side`,
      wrong: [
        [`${44 - s}px padding on each side`, 'adds the whole shortfall on each side'],
        ['A 44px icon', 'enlarges the icon itself'],
        ['outline: 14px', 'expects an outline to receive clicks'],
        [`transform: scale(${fmt(44 / s)}) on the icon`, 'enlarges the icon itself'],
        [`A ${44 - s}px margin around the button`, 'expects a margin to receive clicks'],
        ['cursor: pointer over a wider area', 'changes the cursor, not the target'],
      ],
      facts: { kind: 'target-padding', size: s },
    })
  }),
  family('hover-on-touch', (rng) => {
    const ui = rng.pick(['dropdown menu', 'image caption', 'share-button bar'])
    return choose(rng, {
      stem: `${ui === 'image caption' ? 'An' : 'A'} ${ui} on ${site(rng)} appears only on :hover. What happens on a phone, and what is the fix?`,
      key: 'Hover is emulated on tap, unreliably; open it on tap',
      wrong: [
        ['Leave it as it is', 'assumes hover works everywhere'],
        [
          'Phones show it on the first tap and follow the link on the second, always',
          'trusts an emulation that differs by browser and element',
        ],
        [
          'Phones map hover to a long press, so nothing is needed',
          'trusts an emulation that differs by browser',
        ],
        ['Hover works on touch with touch-action: hover', 'invents a touch-action value'],
        ['Add cursor: pointer to make it hoverable', 'confuses the cursor with hover support'],
        ['Use :focus-within instead of :hover on desktop', 'fixes the desktop, not the phone'],
        [
          'Wrap it in @media (hover: hover) so phones show it',
          'reads the query backwards: it keeps the hover styles from phones',
        ],
        ['Use :active, which phones hold while touched', 'shows it only while the finger is down'],
      ],
      facts: { kind: 'rule', source: 'Media Queries 4, §5.2 hover: none on touch screens' },
    })
  }),
  family('breakpoints-by-content', (rng) => {
    return choose(rng, {
      stem: `A freelancer is choosing breakpoints for ${site(rng)}. Where should they go?`,
      key: 'Where the content’s layout starts to break',
      wrong: [
        ['Where a popular phone’s screen width ends', 'ties the layout to one device model'],
        ['Where the layout looks best on the designer’s laptop', 'tests on one screen only'],
        [
          'At 375, 768 and 1024px, the popular devices',
          'ties the layout to devices that change every year',
        ],
        ['Every 100px, to be safe', 'adds breakpoints the content does not need'],
        ['Only at 768px, for tablets', 'assumes one breakpoint fits all content'],
        ['At the widths a CSS framework ships with', 'adopts defaults without testing the content'],
      ],
      facts: { kind: 'rule', source: 'MDN, Responsive design: breakpoints set by content' },
    })
  }),
  family('mobile-first-base', (rng) => {
    return choose(rng, {
      stem: `A stylesheet for ${site(rng)} is written mobile-first. What do its unqueried base styles target?`,
      key: 'The narrowest screens',
      wrong: [
        ['Tablets', 'takes the middle size as the base'],
        [
          'Desktop screens, with max-width queries that take the layout apart for phones',
          'describes desktop-first',
        ],
        ['The desktop; max-width queries strip it down', 'describes desktop-first'],
        [
          'Only phones; other devices need a separate stylesheet',
          'confuses mobile-first with a separate mobile site',
        ],
        ['Every screen equally; queries only fix bugs', 'ignores how min-width queries build up'],
        ['Touch input; mouse styles need (pointer: fine)', 'confuses screen width with input type'],
      ],
      facts: { kind: 'rule', source: 'MDN, Responsive design: mobile first' },
    })
  }),
]
