import { type RuleCase, ruleFamily, type TypoFamily } from './typo-text.js'

/** The Vox-ATypI classes (with the common sans subdivisions) as type specimens name them. */
const classify = (
  rule: string,
  face: string,
  key: string,
  wrong: [string, string][],
): RuleCase => ({
  rule,
  stem: `A client wants a typeface “like ${face}” for ${rule.startsWith('sans') ? 'signage' : 'a book interior'}. Which class do you look in?`,
  key,
  wrong,
})

const OLD = 'Old-style (Garalde) serif'
const TRANS = 'Transitional serif'
const DIDONE = 'Didone (modern) serif'
const SLAB = 'Slab serif'
const GROT = 'Neo-grotesque sans'
const GEO = 'Geometric sans'
const HUM = 'Humanist sans'

/**
 * Classification and anatomy, as the Vox-ATypI classification and type specimens describe faces,
 * and the terms a typesetter uses with printers and clients.
 */
export const CLASS_FAMILIES: readonly TypoFamily[] = [
  ruleFamily('classify-serif-face', 'Vox-ATypI classification (1954, ATypI 1962)', [
    classify('garamond', 'Garamond', OLD, [
      [TRANS, 'takes any bookish serif for transitional'],
      [DIDONE, 'confuses old style with “modern” serifs'],
      [SLAB, 'mistakes bracketed serifs for slabs'],
    ]),
    classify('baskerville', 'Baskerville', TRANS, [
      [OLD, 'dates Baskerville with the Renaissance faces'],
      [DIDONE, 'takes its sharper contrast for the Didones’'],
      [SLAB, 'reads its sturdy serifs as slabs'],
    ]),
    classify('bodoni', 'Bodoni', DIDONE, [
      [TRANS, 'stops one stage short, at Baskerville’s class'],
      [OLD, 'puts every classic Italian face in old style'],
      [SLAB, 'reads flat hairline serifs as slabs'],
    ]),
    classify('rockwell', 'Rockwell', SLAB, [
      [DIDONE, 'takes unbracketed serifs for Didone'],
      [GEO, 'sees the circular bowls and forgets the serifs'],
      [TRANS, 'takes any even serif for transitional'],
    ]),
  ]),
  ruleFamily('classify-sans-face', 'Vox-ATypI classification, lineale subdivisions', [
    classify('sans-helvetica', 'Helvetica', GROT, [
      [GEO, 'takes any clean sans for geometric'],
      [HUM, 'confuses neutral with humanist'],
      [SLAB, 'confuses monoline strokes with slab construction'],
    ]),
    classify('sans-futura', 'Futura', GEO, [
      [GROT, 'lumps all modernist sans together'],
      [HUM, 'confuses its classical proportions with humanist forms'],
      [SLAB, 'confuses it with the slab serifs later built on its geometry'],
    ]),
    classify('sans-gill', 'Gill Sans', HUM, [
      [GEO, 'takes the round O for geometric construction'],
      [GROT, 'takes any British sans for a grotesque'],
      [OLD, 'files it with the serif faces it descends from'],
    ]),
  ]),
  ruleFamily('classify-by-stress-and-contrast', 'Vox-ATypI classification, class descriptions', [
    {
      rule: 'stress-diagonal',
      stem: 'A specimen shows diagonal stress, bracketed serifs, moderate contrast and a small x-height. Which class is it?',
      key: OLD,
      wrong: [
        [TRANS, 'takes moderate contrast for transitional'],
        [DIDONE, 'notices contrast, not its angle'],
        [HUM, 'reads calligraphic stress as humanist sans'],
      ],
    },
    {
      rule: 'stress-vertical-extreme',
      stem: 'A specimen shows strictly vertical stress, extreme thick–thin contrast and unbracketed hairline serifs. Which class is it?',
      key: DIDONE,
      wrong: [
        [TRANS, 'stops at upright stress without weighing the contrast'],
        [SLAB, 'takes unbracketed serifs for slabs'],
        [OLD, 'associates high contrast with the oldest faces'],
      ],
    },
    {
      rule: 'stress-low-contrast-heavy-serifs',
      stem: 'A specimen shows almost no stroke contrast and heavy rectangular serifs as thick as the stems. Which class is it?',
      key: SLAB,
      wrong: [
        [DIDONE, 'takes unbracketed serifs alone for Didone'],
        [GEO, 'sees the even stroke and forgets the serifs'],
        [TRANS, 'takes any sturdy serif face for transitional'],
      ],
    },
  ]),
  ruleFamily('anatomy-term', 'Standard type anatomy, as in type specimens and glossaries', [
    {
      rule: 'x-height',
      stem: 'In a specimen, what does x-height measure?',
      key: 'How tall lowercase letters like x are',
      wrong: [
        ['The height of the capital letters', 'confuses x-height with cap height'],
        [
          'The distance from ascender top to descender bottom',
          'confuses x-height with the body size',
        ],
        ['The width of the lowercase x', 'reads the name literally as a width'],
      ],
    },
    {
      rule: 'counter',
      stem: 'What is the counter of a letter?',
      key: 'Enclosed white inside a letter, as in o',
      wrong: [
        ['The curved stroke that encloses a round space', 'confuses counter with bowl'],
        ['The end of a stroke without a serif', 'confuses counter with terminal'],
        ['The space between two letters', 'confuses counter with sidebearing or kerning space'],
      ],
    },
    {
      rule: 'aperture',
      stem: 'What does a typeface’s aperture describe?',
      key: 'How open the gaps of c, e and a are',
      wrong: [
        ['The ratio of x-height to cap height', 'confuses aperture with proportions'],
        ['The width of the letter spacing the designer set', 'confuses aperture with tracking'],
        ['The contrast between thick and thin strokes', 'confuses aperture with stroke contrast'],
      ],
    },
    {
      rule: 'descender',
      stem: 'Which part of the letters g, p and y is the descender?',
      key: 'Whatever drops below the baseline',
      wrong: [
        ['The part that rises above the x-height', 'confuses descender with ascender'],
        ['The tail stroke that ends in a ball', 'confuses descender with terminal'],
        ['The closed round part of the letter', 'confuses descender with bowl'],
      ],
    },
  ]),
  ruleFamily(
    'italic-oblique-small-caps',
    'Bringhurst, The Elements of Typographic Style, §§3.3, 8.5',
    [
      {
        rule: 'true-italic',
        stem: 'How does a true italic differ from an oblique?',
        key: 'It is redrawn with cursive letterforms',
        wrong: [
          ['It is always a separate font file', 'confuses design with packaging'],
          ['It is the same roman with a slight tilt added', 'describes an oblique'],
          [
            'It is slanted at a steeper angle than an oblique',
            'thinks the two differ only in slant angle',
          ],
          ['It is lighter than the roman', 'confuses italic with a light weight'],
          ['It is the roman slanted by the software', 'describes a faux oblique'],
        ],
      },
      {
        rule: 'true-small-caps',
        stem: 'Why set true small caps rather than capitals scaled down to x-height?',
        key: 'Scaled capitals look too light',
        wrong: [
          ['Scaled capitals sit too high', 'thinks scaling moves the baseline'],
          ['Scaled capitals are wider than small caps', 'thinks proportion is the only difference'],
          ['They cannot be kerned', 'confuses drawn glyphs with spacing data'],
          [
            'True small caps rise above the x-height by design',
            'believes small caps must exceed x-height',
          ],
        ],
      },
    ],
  ),
  ruleFamily('weight-class-names', 'OpenType OS/2 usWeightClass; CSS Fonts 4, §2.2', [
    {
      rule: 'w300',
      stem: 'Which numeric font-weight does a face named “Light” get?',
      key: '300',
      wrong: [
        ['200', 'confuses Light with Extra Light'],
        ['100', 'confuses Light with Thin'],
        ['400', 'takes Light for the regular weight'],
      ],
    },
    {
      rule: 'w500',
      stem: 'Which numeric font-weight does a face named “Medium” get?',
      key: '500',
      wrong: [
        ['600', 'confuses Medium with Semi Bold'],
        ['400', 'takes Medium for Regular'],
        ['700', 'confuses Medium with Bold'],
      ],
    },
    {
      rule: 'w600',
      stem: 'Which numeric font-weight does a face named “Semi Bold” get?',
      key: '600',
      wrong: [
        ['500', 'confuses Semi Bold with Medium'],
        ['700', 'takes Semi Bold for Bold'],
        ['800', 'confuses it with Extra Bold'],
      ],
    },
    {
      rule: 'w900',
      stem: 'Which numeric font-weight does a face named “Black” get?',
      key: '900',
      wrong: [
        ['800', 'confuses Black with Extra Bold'],
        ['700', 'takes Black for Bold'],
        ['1000', 'takes the top of the variable range'],
      ],
    },
    {
      rule: 'n500',
      stem: 'A face’s usWeightClass is 500. Which style name does it carry?',
      key: 'Medium',
      wrong: [
        ['Semi Bold', 'confuses Medium with 600'],
        ['Regular', 'takes 500 for the normal weight'],
        ['Bold', 'confuses it with 700'],
      ],
    },
    {
      rule: 'n800',
      stem: 'A face’s usWeightClass is 800. Which style name does it carry?',
      key: 'Extra Bold',
      wrong: [
        ['Black', 'confuses Extra Bold with 900'],
        ['Bold', 'confuses it with 700'],
        ['Semi Bold', 'confuses it with 600'],
      ],
    },
    {
      rule: 'w200',
      stem: 'Which numeric font-weight does a face named “Extra Light” get?',
      key: '200',
      wrong: [
        ['100', 'confuses Extra Light with Thin'],
        ['300', 'takes it for Light'],
      ],
    },
  ]),
  ruleFamily('font-stretch-keywords', 'CSS Fonts 4, §2.4 font-stretch keyword table', [
    {
      rule: 's-condensed',
      stem: 'Which width percentage does font-stretch: condensed map to?',
      key: '75%',
      wrong: [
        ['87.5%', 'confuses condensed with semi-condensed'],
        ['62.5%', 'confuses it with extra-condensed'],
        ['50%', 'confuses it with ultra-condensed'],
        ['80%', 'rounds to a round-looking figure'],
      ],
    },
    {
      rule: 's-semi-expanded',
      stem: 'Which width percentage does font-stretch: semi-expanded map to?',
      key: '112.5%',
      wrong: [
        ['125%', 'confuses semi-expanded with expanded'],
        ['150%', 'confuses it with extra-expanded'],
        ['110%', 'rounds to a round-looking figure'],
        ['87.5%', 'mirrors it to the condensed side'],
      ],
    },
    {
      rule: 's-extra-condensed',
      stem: 'Which width percentage does font-stretch: extra-condensed map to?',
      key: '62.5%',
      wrong: [
        ['50%', 'confuses extra- with ultra-condensed'],
        ['75%', 'confuses it with condensed'],
        ['87.5%', 'confuses it with semi-condensed'],
        ['150%', 'mirrors it to the expanded side'],
      ],
    },
    {
      rule: 's-ultra-expanded',
      stem: 'Which width percentage does font-stretch: ultra-expanded map to?',
      key: '200%',
      wrong: [
        ['150%', 'confuses ultra- with extra-expanded'],
        ['125%', 'confuses it with expanded'],
        ['175%', 'assumes even steps of 25%'],
      ],
    },
  ]),
]
