import { ruleFamily, type TypoFamily } from './typo-text.js'

const B = 'Bringhurst, The Elements of Typographic Style'

/**
 * Setting rules a typesetter follows and can cite: pairing, measure, leading against size,
 * spacing terms, letterspacing of capitals, paragraph marking and figures in text.
 */
export const SETTING_FAMILIES: readonly TypoFamily[] = [
  ruleFamily(
    'pairing-relationship',
    'Williams, The Non-Designer’s Design Book, type contrast chapters',
    [
      {
        rule: 'conflict',
        stem: 'In Robin Williams’s terms (The Non-Designer’s Design Book), what is the relationship when a client pairs two geometric sans faces of similar weight, one for headings and one for body?',
        key: 'Conflicting: too alike to contrast, too different to match',
        wrong: [
          ['Concordant: one family, so it is harmonious', 'takes two similar faces for one family'],
          ['Contrasting: two faces always contrast', 'counts any two faces as contrast'],
          [
            'Complementary: alike faces always pair well',
            'assumes likeness alone makes a pairing work',
          ],
        ],
      },
      {
        rule: 'contrast',
        stem: 'In Robin Williams’s terms (The Non-Designer’s Design Book), what is the relationship when a heavy slab-serif display face is paired with a light humanist sans body?',
        key: 'Contrasting: clearly different in structure and weight',
        wrong: [
          ['Conflicting: two classes always clash', 'treats every cross-class pairing as a clash'],
          ['Concordant: both are readable at text sizes', 'confuses readability with concord'],
          ['Monotone: both are set in one colour', 'confuses type contrast with colour'],
        ],
      },
      {
        rule: 'concord',
        stem: 'In Robin Williams’s terms (The Non-Designer’s Design Book), what is the relationship when a report uses one family throughout, varying only weight and size?',
        key: 'Concordant: one family, harmonious and calm',
        wrong: [
          ['Conflicting: weights of one face compete', 'mistakes weight changes for a clash'],
          [
            'Contrasting: any change of weight is contrast',
            'counts weight alone as structural contrast',
          ],
          [
            'Unpaired: a single family cannot be a pairing',
            'thinks a relationship needs two families',
          ],
        ],
      },
    ],
  ),
  ruleFamily('pairing-metric-to-match', `${B}, §6.5; type pairing practice`, [
    {
      rule: 'match-x-height',
      stem: 'A sans is set inline next to a serif in the same running line. Which proportion should be closest so neither looks too big?',
      key: 'The lowercase x-height',
      wrong: [
        ['The stem weight', 'matches weight, which changes colour, not apparent size'],
        ['Cap height', 'matches capitals, which are rare in running text'],
        ['The descender depth', 'matches the part the eye notices least'],
        [
          'The average character width',
          'matches width, which changes the line length, not the apparent size',
        ],
      ],
    },
    {
      rule: 'size-from-x-height',
      stem: 'Two faces at the same font-size look different sizes. What usually explains it?',
      key: 'Their x-heights differ',
      wrong: [
        ['Their ascenders differ in height', 'credits ascenders, which few letters have'],
        ['Their em squares differ in pixels', 'thinks the em changes between fonts at one size'],
        ['One face has heavier serifs', 'credits serifs with apparent size'],
        ['The browser rounds one of them down', 'blames rendering for a design difference'],
      ],
    },
  ]),
  ruleFamily('measure-range', `${B}, §2.1.2; WCAG 2.2 SC 1.4.8`, [
    {
      rule: 'single-column',
      stem: 'In characters per line, what measure does Bringhurst’s The Elements of Typographic Style (§2.1.2) give for a single column of serif body text?',
      key: '45 to 75, ideally about 66',
      wrong: [
        ['Up to 40', 'uses the narrow range for multi-column news setting'],
        ['80 to 100, for fewer line breaks', 'treats WCAG’s 80 as the target, not the ceiling'],
        ['As wide as the viewport allows', 'lets the viewport set the measure'],
      ],
    },
    {
      rule: 'wcag-ceiling',
      stem: 'In characters per line, what line length does WCAG 1.4.8 (AAA) set for blocks of Latin text?',
      key: 'No more than 80',
      wrong: [
        ['66 or fewer', 'takes the typographers’ ideal for the WCAG limit'],
        ['At least 80 characters', 'reads the limit as a minimum'],
        ['Up to 40, as for CJK', 'uses the figure WCAG gives for CJK text'],
      ],
    },
    {
      rule: 'multi-column',
      stem: 'In characters per line, what measure does Bringhurst’s The Elements of Typographic Style (§2.1.2) give for multi-column text such as a newsletter?',
      key: 'About 40 to 50',
      wrong: [
        ['45 to 75 characters, as for one column', 'uses the single-column range'],
        ['Exactly 66', 'applies the single-column ideal'],
        ['80 to 100, for fewer line breaks', 'treats WCAG’s ceiling as a target'],
      ],
    },
  ]),
  ruleFamily('leading-against-size', `${B}, §2.2`, [
    {
      rule: 'display-tighter',
      stem: 'A 16px body is set at line-height 1.5. What unitless leading suits its 48px display headline?',
      key: 'Less: about 1.1 to 1.2',
      wrong: [
        ['The same 1.5, to keep one ratio across every size', 'keeps the body ratio at every size'],
        ['More, around 1.8, as big type needs more room', 'scales leading up with size'],
        [
          'Exactly 1.0, solid, for every heading',
          'sets display type solid regardless of ascenders',
        ],
      ],
    },
    {
      rule: 'long-measure-more',
      stem: 'The client widens a text column from 60 to 80 characters per line. What should happen to the leading?',
      key: 'Increase it a little for the return sweep',
      wrong: [
        ['Reduce it to keep the page’s colour', 'links width and leading the wrong way'],
        ['Leave it: leading depends on font-size only', 'ignores the measure'],
        ['Set it solid, as a long line is already airy', 'confuses horizontal and vertical space'],
      ],
    },
    {
      rule: 'large-x-more',
      stem: 'A face with a large x-height replaces one with a small x-height at the same size. What do you do with the leading?',
      key: 'Open it up a little',
      wrong: [
        [
          'Tighten it, as the letters already look bigger',
          'reads bigger letters as needing less space',
        ],
        ['Keep it: leading is set per size, not per face', 'thinks face proportions do not matter'],
        ['Halve it', 'overcorrects the density change'],
      ],
    },
  ]),
  ruleFamily('spacing-terms', 'Standard typesetting terms, as in type glossaries', [
    {
      rule: 'kerning',
      stem: 'You close up the gap between a capital A and V in a headline. What is that adjustment called?',
      key: 'Kerning',
      wrong: [
        ['Tracking', 'confuses a pair adjustment with range spacing'],
        ['Leading', 'confuses horizontal with vertical spacing'],
        ['Justification', 'confuses pair spacing with line filling'],
      ],
    },
    {
      rule: 'tracking',
      stem: 'You add the same extra space between every letter of a line of capitals. What is that adjustment called?',
      key: 'Tracking, or letterspacing',
      wrong: [
        ['Kerning', 'confuses range spacing with pair spacing'],
        ['Leading', 'confuses horizontal with vertical spacing'],
        ['Word spacing', 'confuses letter gaps with word gaps'],
      ],
    },
    {
      rule: 'leading',
      stem: 'You change the distance from one baseline to the next. What is that called?',
      key: 'Leading',
      wrong: [
        ['Tracking', 'confuses vertical with horizontal spacing'],
        ['Kerning', 'confuses line spacing with pair spacing'],
        ['Paragraph spacing', 'confuses space inside a paragraph with between paragraphs'],
      ],
    },
  ]),
  ruleFamily('letterspacing-capitals', `${B}, §§2.1.6–2.1.8`, [
    {
      rule: 'caps-track-open',
      stem: 'A navigation label is set in all capitals with text-transform: uppercase. Following Bringhurst’s rule to letterspace strings of capitals (§2.1.6), what should its letter-spacing be?',
      key: 'Slightly positive, a few hundredths of an em',
      wrong: [
        ['Zero, as for running lowercase text', 'treats capitals like lowercase'],
        ['Negative, to keep the label compact', 'tightens caps that need air'],
        ['Doubled word-spacing, with letters left alone', 'confuses letter with word spacing'],
      ],
    },
    {
      rule: 'lowercase-no-track',
      stem: 'A designer letterspaces lowercase body text by 0.1em for “air”. What do you advise?',
      key: 'Leave lowercase body text at its designed spacing',
      wrong: [
        ['Keep it: more space always reads better', 'assumes spacing helps at any size'],
        ['Use 0.2em instead for a clearer effect', 'doubles down on the mistake'],
        ['Turn kerning off to compensate', 'confuses kerning with tracking'],
      ],
    },
  ]),
  ruleFamily('paragraph-marking', `${B}, §2.3.1–2.3.2`, [
    {
      rule: 'indent-or-space',
      stem: 'A book’s paragraphs have a 1em first-line indent. What space goes between paragraphs?',
      key: 'None: the indent already marks it',
      wrong: [
        ['Two lines, as between sections', 'uses section spacing between paragraphs'],
        ['One full line, for extra clarity', 'marks every paragraph twice'],
        ['Half a line, as a compromise between the two', 'still doubles the marking'],
        ['A line and a half for long chapters', 'adds space by length'],
      ],
    },
    {
      rule: 'no-indent-after-heading',
      stem: 'Paragraphs are marked with a first-line indent. What happens to the first paragraph after a heading?',
      key: 'Flush left, with no indent',
      wrong: [
        ['A hanging indent', 'confuses it with bibliography setting'],
        [
          'A double indent to make it stand out',
          'emphasises the opening instead of dropping the marker',
        ],
        ['The usual indent, like the others', 'indents where no paragraph break needs marking'],
        ['Centred under the heading', 'confuses it with a display setting'],
      ],
    },
  ]),
  ruleFamily('figure-style-choice', `${B}, §§3.2.1, 4.3.1`, [
    {
      rule: 'table-figures',
      stem: 'A price table’s columns must align digit under digit. Which figures do you set?',
      key: 'Tabular lining figures',
      wrong: [
        ['Proportional old-style figures', 'picks the running-text style for a table'],
        ['Proportional lining figures', 'matches height but not width'],
        ['Superior figures', 'confuses alignment with footnote figures'],
      ],
    },
    {
      rule: 'text-figures',
      stem: 'A novel’s running text, set in an old-style serif, mentions years and page numbers. Which figures sit best?',
      key: 'Proportional old-style (text) figures',
      wrong: [
        ['Tabular lining figures', 'uses table figures in running text'],
        ['Small capitals', 'confuses figures with capitals'],
        ['Superior figures', 'confuses text figures with reference marks'],
      ],
    },
    {
      rule: 'caps-figures',
      stem: 'A headline set in all capitals contains a year. Which figures sit with the capitals?',
      key: 'Lining (cap-height) figures',
      wrong: [
        ['Old-style figures', 'lets descending figures break the cap line'],
        ['Superior figures', 'shrinks the year into reference marks'],
        ['Proportional old-style figures', 'lets descending figures break the cap line'],
      ],
    },
  ]),
]
