import { choose, family, ruleFamily, type TypoFamily } from './typo-text.js'

/**
 * Large text under WCAG 2.2 (definition “large scale”): at least 18pt, or 14pt bold, with CSS's
 * 1pt = 4/3 px, so 24px, or 18.67px at weight 700 or more; large text needs 3:1 at AA (SC 1.4.3)
 * and 4.5:1 at AAA (SC 1.4.6), other text 4.5:1 and 7:1.
 */
export function contrastMinimum(px: number, weight: number, level: 'AA' | 'AAA'): string {
  const large = px >= 24 || (weight >= 700 && px >= (14 * 4) / 3)
  if (level === 'AA') return large ? '3:1' : '4.5:1'
  return large ? '4.5:1' : '7:1'
}

const W = 'WCAG 2.2'

export const ACCESS_FAMILIES: readonly TypoFamily[] = [
  family('large-text-contrast-minimum', (rng) => {
    const [size, weight] = rng.pick([
      [18, 400],
      [19, 700],
      [18, 700],
      [20, 400],
      [24, 400],
      [22, 700],
      [16, 700],
      [23, 400],
    ] as const)
    const level = rng.pick(['AA', 'AAA'] as const)
    const key = contrastMinimum(size, weight, level)
    const pointsRead = size >= 18 || (weight >= 700 && size >= 14)
    const asPt = contrastMinimum(pointsRead ? 24 : 0, 400, level)
    const other =
      level === 'AA' ? (key === '3:1' ? '4.5:1' : '3:1') : key === '4.5:1' ? '7:1' : '4.5:1'
    return choose(rng, {
      stem: `A call-to-action label is set at ${size}px, weight ${weight}. What is the minimum contrast ratio for WCAG 2.2 ${level}?`,
      key,
      wrong: [
        [other, 'misjudges whether the label counts as large text'],
        [asPt, 'reads the 18pt and 14pt thresholds as pixels'],
        [level === 'AA' ? '7:1' : '3:1', `applies the ${level === 'AA' ? 'AAA' : 'AA'} figure`],
        [
          pointsRead ? 'Lc 60' : 'Lc 75',
          'gives an APCA lightness-contrast figure from the WCAG 3 draft, not a 2.2 ratio',
        ],
      ],
      facts: { kind: 'contrast', size, weight, level },
    })
  }),
  ruleFamily('text-spacing-failures', `${W}, SC 1.4.12 Text Spacing`, [
    {
      rule: 'clip',
      stem: 'A card title sits in a box with height: 48px; overflow: hidden. Testers apply the 1.4.12 spacing and the second line disappears. Does it pass?',
      key: 'No: content must not be lost when spacing is increased',
      wrong: [
        [
          'Yes: 1.4.12 only asks that authors not block the spacing',
          'forgets the no-loss requirement',
        ],
        [
          'Yes: the spacing is the user’s choice, so clipping is their risk',
          'shifts the failure to the user',
        ],
        ['No, but only at AAA', 'misplaces the criterion’s level'],
      ],
    },
    {
      rule: 'level',
      stem: 'At which conformance level is SC 1.4.12 Text Spacing?',
      key: 'AA',
      wrong: [
        ['A', 'confuses it with the basic criteria'],
        ['AAA', 'confuses it with 1.4.8 Visual Presentation'],
        ['Advisory only', 'thinks it is a technique'],
      ],
    },
    {
      rule: 'important',
      stem: 'A stylesheet sets p { line-height: 1.2 !important }. Why is that a 1.4.12 problem?',
      key: 'It can stop user styles from increasing the line height',
      wrong: [
        [
          '1.2 is below the 1.5 that text must always have',
          'reads the criterion as a default to author',
        ],
        ['!important is banned in accessible CSS', 'overgeneralises'],
        ['It breaks zoom to 200%', 'confuses 1.4.12 with 1.4.4'],
      ],
    },
  ]),
  ruleFamily('resize-text', `${W}, SC 1.4.4 Resize Text`, [
    {
      rule: 'resize-200',
      stem: 'To what size must text be resizable without loss of content or function under SC 1.4.4?',
      key: '200%',
      wrong: [
        ['125%', 'takes the common browser zoom step'],
        ['400%', 'confuses it with the reflow criterion'],
        ['150%', 'confuses it with the line-height figure'],
        ['300%', 'guesses a figure between the two'],
      ],
    },
    {
      rule: 'vw-only',
      stem: 'Headings are sized font-size: 5vw only. Why does that risk failing SC 1.4.4?',
      key: 'Zoom barely enlarges viewport-sized text',
      wrong: [
        ['The text cannot be selected', 'confuses sizing with selection'],
        ['WCAG does not allow vw units for text sizes', 'thinks WCAG bans units'],
        ['The text becomes too large on phones', 'confuses the failure with a design issue'],
        [
          'Screen readers cannot read vw-sized text',
          'confuses visual size with the accessibility tree',
        ],
      ],
    },
  ]),
  ruleFamily('visual-presentation', `${W}, SC 1.4.8 Visual Presentation (AAA)`, [
    {
      rule: 'justify',
      stem: 'Under SC 1.4.8 (AAA), what does WCAG say about fully justified body text?',
      key: 'Text must not be justified (or a mechanism must remove it)',
      wrong: [
        ['Justified text passes if hyphenation is on', 'adds a condition WCAG does not state'],
        ['Justification is required for a clean edge', 'reverses the rule'],
        ['Only headings may not be justified', 'narrows the rule to headings'],
      ],
    },
    {
      rule: 'paragraph',
      stem: 'Under SC 1.4.8 (AAA), what paragraph spacing goes with line spacing of 1.5?',
      key: 'At least 1.5 times the line spacing',
      wrong: [
        ['At least 2 times the font size', 'uses the 1.4.12 test figure'],
        ['Exactly one blank line', 'states a convention, not the criterion'],
        ['At least 0.5em', 'guesses a small value'],
      ],
    },
    {
      rule: 'images-of-text',
      stem: 'A designer exports a quote as a PNG to keep the brand font. Which SC does that risk failing?',
      key: 'SC 1.4.5 Images of Text',
      wrong: [
        ['SC 1.4.12 Text Spacing', 'thinks of spacing first'],
        ['SC 1.4.3 Contrast (Minimum)', 'thinks of colour first'],
        ['SC 1.4.10 Reflow', 'thinks of layout first'],
      ],
    },
  ]),
]
