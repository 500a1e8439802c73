import { choose, family, px, ruleFamily, type TypoFamily } from './typo-text.js'

const B = 'Bringhurst, The Elements of Typographic Style'

/** Further OpenType selectors (registry and CSS Fonts 4, §6.3, §6.10). */
export const MORE_FEATURE_FAMILIES: readonly TypoFamily[] = [
  ruleFamily('alternate-set-ranges', 'OpenType feature tag registry: ss01–ss20, cv01–cv99', [
    {
      rule: 'ss-max',
      stem: 'How many stylistic sets can an OpenType font register as ssNN features?',
      key: 'Twenty, from ss01 to ss20',
      wrong: [
        [
          'Ninety-nine, as for character variants',
          'confuses stylistic sets with character variants',
        ],

        ['10, one for each digit', 'assumes a single digit range'],
        ['Any number, named freely', 'thinks the tags are free-form'],
      ],
    },
    {
      rule: 'cv-one-char',
      stem: 'How does a cvNN feature differ from an ssNN feature?',
      key: 'cvNN alters one glyph, ssNN a set',
      wrong: [
        ['Character variants are for capitals, sets for lowercase', 'invents a case split'],
        ['cvNN only affects figures', 'confuses character variants with figure styles'],

        ['They are synonyms kept for old software', 'thinks the two are aliases'],
        ['cvNN works only in variable fonts', 'confuses character variants with axes'],
      ],
    },
  ]),
  ruleFamily('position-variant', 'CSS Fonts 4, §6.3 font-variant-position', [
    {
      rule: 'sups',
      stem: 'A footnote reference uses font-variant-position: super. What does the browser do?',
      key: 'Swaps in the font’s designed superior glyphs',
      wrong: [
        ['Raises the span by half an em', 'confuses it with a baseline shift'],
        [
          'Shrinks and raises ordinary glyphs, like vertical-align: super',
          'confuses it with synthesised superscript',
        ],
        ['Nothing unless also set in font-feature-settings', 'thinks it needs both'],
        ['Raises the whole line of text', 'confuses glyph position with line position'],
      ],
    },
    {
      rule: 'synthesise-missing',
      stem: 'A span sets font-variant-position: super, but the font has no superior glyphs for its characters. What does the browser do?',
      key: 'Synthesises smaller, raised glyphs',
      wrong: [
        [
          'Uses the superscript glyphs of the fallback font only',
          'confuses feature fallback with font fallback',
        ],
        ['Shows them unchanged', 'thinks a missing feature does nothing'],
        [
          'Falls back to another font that has them',
          'confuses feature fallback with font fallback',
        ],
        ['Hides the characters until a font with them loads', 'confuses it with font loading'],
      ],
    },
  ]),
]

/** Setting choices for special text, as book typography states them. */
export const MORE_SETTING_FAMILIES: readonly TypoFamily[] = [
  ruleFamily('monospace-and-tabular-use', `${B}, §§4.3.1, 11.1; type practice`, [
    {
      rule: 'code',
      stem: 'Code samples in documentation must keep columns of characters aligned. Which type do you set them in?',
      key: 'A monospaced face',
      wrong: [
        ['The body face with tabular figures', 'aligns digits but not letters'],
        ['A condensed sans', 'confuses narrow with fixed-width'],
        ['The body face with letter-spacing', 'spaces evenly but widths still vary'],
      ],
    },
    {
      rule: 'table-numbers',
      stem: 'A financial table in a proportional sans needs aligned digits. Do you switch the table to a monospaced face?',
      key: 'No: tabular figures in the same face align the digits',
      wrong: [
        ['Yes: only monospaced faces align digits', 'overlooks tabular figures'],
        ['Yes, but only for the totals row', 'mixes faces inside a table'],
        ['No: right-aligning proportional figures is enough', 'thinks alignment fixes widths'],
      ],
    },
  ]),
  ruleFamily('hanging-punctuation', `${B}, §§4.1.1; CSS Text 4 hanging-punctuation`, [
    {
      rule: 'hang-quote',
      stem: 'A pull quote starts with an opening quotation mark, and its left edge looks indented. What do you do?',
      key: 'Hang the mark into the margin',
      wrong: [
        [
          'Indent the remaining lines to match the first',
          'moves the whole block instead of the mark',
        ],
        ['Remove the quotation mark', 'changes the text'],
        ['Centre the quote', 'hides the problem with a new alignment'],
      ],
    },
    {
      rule: 'hang-css',
      stem: 'Which CSS property hangs an opening quotation mark outside the text box where supported?',
      key: 'hanging-punctuation: first',
      wrong: [
        ['text-indent: -0.5em', 'hangs the whole first line by a guess'],
        ['margin-left: -0.5em on the blockquote', 'pulls the whole block left'],
        ['hanging-punctuation: allow-end', 'hangs only stops and commas at line ends'],
      ],
    },
  ]),
  ruleFamily('reversed-type', 'Type practice for reversed (light on dark) text', [
    {
      rule: 'reverse-weight',
      stem: 'Body copy is reversed out, white on a dark panel, and looks thin and sparkly. What adjustment helps?',
      key: 'A slightly heavier weight, a touch more spacing',
      wrong: [
        ['A lighter weight so the strokes look crisper on dark', 'goes the wrong way'],
        ['Tighter leading to hold the text together', 'changes vertical space'],
        ['A smaller size to reduce the glare of the white', 'makes thin strokes worse'],
      ],
    },
    {
      rule: 'reverse-serif',
      stem: 'Small reversed text on a printed dark panel uses a high-contrast Didone. What is the risk?',
      key: 'Ink spread fills in its fine hairlines',
      wrong: [
        ['Didones cannot be printed in white ink', 'invents a printing limit'],
        ['The serifs will thicken into slabs on press', 'overstates the effect on serifs'],
        [
          'None: high contrast always reads better',
          'confuses stroke contrast with colour contrast',
        ],
      ],
    },
  ]),
]

/** The visitor's text-size setting: rem and em follow it, px does not (CSS Values 4, §6.1.1). */
export const MORE_ACCESS_FAMILIES: readonly TypoFamily[] = [
  family('user-default-text-size', (rng) => {
    const user = rng.pick([20, 24])
    const v = rng.pick([1, 1.125, 1.25])
    const unit = rng.pick(['rem', 'px'] as const)
    const declared = unit === 'rem' ? `${v}rem` : `${v * 16}px`
    return choose(rng, {
      stem: `A visitor sets the browser’s default text size to ${user}px (not zoom). Body text is font-size: ${declared}, with no font-size on html. What size does it render at, to two decimals?`,
      key: px(unit === 'rem' ? v * user : v * 16),
      wrong: [
        [
          px(unit === 'rem' ? v * 16 : v * user),
          unit === 'rem' ? 'expects rem to ignore the setting' : 'expects px to follow the setting',
        ],
        [px(user), 'takes the default size as the body size'],
        [px(v * user * (user / 16)), 'scales by the setting twice'],
        [px(16), 'expects the 16px default whatever is set'],
      ],
      facts: { kind: 'user-size', user, v, unit },
    })
  }),
  ruleFamily('hosted-font-display', 'Google Fonts CSS API documentation; CSS Fonts 4, §4.9', [
    {
      rule: 'display-param',
      stem: 'A page loads a family from the Google Fonts CSS API and shows invisible text while it loads. What do you change?',
      key: 'Add &display=swap to the stylesheet URL',
      wrong: [
        ['Add font-display: swap to the link tag', 'puts a descriptor on an HTML element'],
        ['Add font-display: swap to the body rule', 'puts a @font-face descriptor in a style rule'],
        ['Add rel="preload" to the stylesheet link', 'changes priority, not display'],
        ['Add async to the stylesheet link', 'uses a script attribute on a link'],
      ],
    },
    {
      rule: 'preconnect',
      stem: 'Which hint shortens the Google Fonts file requests, which come from another origin?',
      key: '<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>',
      wrong: [
        [
          '<link rel="preload" href="https://fonts.googleapis.com/css2" as="style">',
          'preloads the CSS, not the font host',
        ],
        [
          '<meta http-equiv="x-dns-prefetch-control" content="on">',
          'turns DNS prefetching on but names no host',
        ],
        [
          '<link rel="dns-prefetch" href="https://fonts.googleapis.com">',
          'warms up only the CSS origin’s DNS',
        ],
        [
          '<link rel="prefetch" href="https://fonts.gstatic.com">',
          'prefetches a page, not a connection',
        ],
      ],
    },
  ]),
]
