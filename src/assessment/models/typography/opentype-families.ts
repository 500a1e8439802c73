import { type RuleCase, ruleFamily, type TypoFamily } from './typo-text.js'

const REG = 'OpenType feature tag registry (Microsoft Typography)'

/** A case asking which feature tag delivers a need. */
const tag = (rule: string, need: string, key: string, wrong: [string, string][]): RuleCase => ({
  rule,
  stem: `Which OpenType feature tag do you switch on in font-feature-settings to get ${need}?`,
  key,
  wrong,
})

/**
 * OpenType layout features and variation axes as the registries define them, and how CSS
 * Fonts 4 reaches them: font-variant-* keywords (§6), font-feature-settings (§7.1) and the
 * features browsers turn on by default (§7.1, shaping defaults).
 */
export const OPENTYPE_FAMILIES: readonly TypoFamily[] = [
  ruleFamily('feature-tag-figures', REG, [
    tag('tnum', 'figures of equal width that align in columns', '"tnum"', [
      ['"lnum"', 'confuses equal width with cap height'],
      ['"pnum"', 'picks proportional figures'],
      ['"onum"', 'picks old-style figures'],
      ['"zero"', 'confuses it with the slashed zero'],
    ]),
    tag('onum', 'old-style figures with ascenders and descenders', '"onum"', [
      ['"lnum"', 'picks lining figures'],
      ['"tnum"', 'confuses figure height with width'],
      ['"ordn"', 'confuses old-style with ordinals'],
      ['"smcp"', 'confuses text figures with small caps'],
    ]),
    tag('lnum', 'figures of cap height in a face whose default figures are old-style', '"lnum"', [
      ['"onum"', 'picks old-style figures'],
      ['"tnum"', 'confuses height with width'],
      ['"case"', 'confuses lining figures with case-sensitive forms'],
      ['"c2sc"', 'confuses capitals-height figures with capital small caps'],
    ]),
    tag('zero', 'a zero with a slash to tell it from a capital O', '"zero"', [
      ['"ss01"', 'assumes it always lives in a stylistic set'],
      ['"onum"', 'confuses it with old-style figures'],
      ['"tnum"', 'picks tabular figures'],
      ['"lnum"', 'picks lining figures'],
    ]),
  ]),
  ruleFamily('feature-tag-caps', REG, [
    tag('smcp', 'small capitals from lowercase letters', '"smcp"', [
      ['"c2sc"', 'converts capitals instead of lowercase'],
      ['"case"', 'confuses small caps with case-sensitive forms'],
      ['"pcap"', 'picks petite caps'],
      ['"titl"', 'picks titling alternates'],
    ]),
    tag('c2sc', 'small capitals from uppercase letters, as for acronyms', '"c2sc"', [
      ['"smcp"', 'converts lowercase only'],
      ['"case"', 'confuses it with case-sensitive forms'],
      ['"unic"', 'picks unicase'],
      ['"pcap"', 'picks petite caps'],
    ]),
    tag('case', 'punctuation and hyphens raised to sit with capitals', '"case"', [
      ['"c2sc"', 'confuses it with capital small caps'],
      ['"cpsp"', 'picks capital spacing'],
      ['"smcp"', 'picks small caps'],
      ['"titl"', 'picks titling alternates'],
    ]),
  ]),
  ruleFamily('feature-tag-ligatures-and-more', REG, [
    tag('dlig', 'decorative ligatures such as ct and st, off by default', '"dlig"', [
      ['"liga"', 'picks the standard ligatures, already on'],
      ['"hlig"', 'picks historical ligatures'],
      ['"calt"', 'picks contextual alternates'],
      ['"swsh"', 'picks swashes'],
    ]),
    tag('frac', 'diagonal fractions from figures around a slash', '"frac"', [
      ['"afrc"', 'picks stacked fractions'],
      ['"sups"', 'sets superiors only'],
      ['"numr"', 'sets numerators only'],
      ['"ordn"', 'confuses fractions with ordinals'],
    ]),
    tag('ordn', 'raised ordinal letters, as in 1st', '"ordn"', [
      ['"sups"', 'raises every letter, not just ordinals'],
      ['"frac"', 'confuses ordinals with fractions'],
      ['"sinf"', 'picks scientific inferiors'],
      ['"smcp"', 'picks small caps'],
    ]),
    tag('ss01', 'the designer’s first alternate set of letterforms', '"ss01"', [
      ['"salt"', 'picks the generic stylistic alternates'],
      ['"cv01"', 'picks one character variant'],
      ['"swsh"', 'picks swashes'],
      ['"aalt"', 'picks access all alternates'],
    ]),
  ]),
  ruleFamily(
    'variant-keyword-to-feature',
    'CSS Fonts 4, §6 font-variant-* feature mappings',
    [
      {
        rule: 'v-tabular',
        stem: 'Which font-variant keyword declaration turns on the OpenType tnum feature?',
        key: 'font-variant-numeric: tabular-nums',
        wrong: [
          ['font-variant-numeric: lining-nums', 'maps tnum to lining'],
          ['font-variant-caps: tabular-nums', 'puts the keyword on the caps property'],
          ['font-variant-numeric: proportional-nums', 'maps tnum to its opposite'],
        ],
      },
      {
        rule: 'v-all-small-caps',
        stem: 'Which declaration turns on both smcp and c2sc?',
        key: 'font-variant-caps: all-small-caps',
        wrong: [
          ['font-variant-caps: small-caps', 'turns on smcp only'],
          ['font-variant-caps: all-petite-caps', 'uses petite caps'],
          ['text-transform: uppercase; font-size: 0.8em', 'fakes small caps by scaling capitals'],
        ],
      },
      {
        rule: 'v-diagonal',
        stem: 'Which declaration turns on the OpenType frac feature?',
        key: 'font-variant-numeric: diagonal-fractions',
        wrong: [
          ['font-variant-numeric: stacked-fractions', 'maps frac to afrc'],
          ['font-variant-numeric: ordinal', 'maps frac to ordinals'],
          ['font-variant-position: super', 'raises the numerator only'],
        ],
      },
      {
        rule: 'v-dlig',
        stem: 'Which declaration turns on the OpenType dlig feature?',
        key: 'font-variant-ligatures: discretionary-ligatures',
        wrong: [
          ['font-variant-ligatures: common-ligatures', 'maps dlig to liga and clig'],
          ['font-variant-ligatures: historical-ligatures', 'maps dlig to hlig'],
          ['font-variant-ligatures: contextual', 'maps dlig to calt'],
        ],
      },
    ],
    true,
  ),
  ruleFamily(
    'feature-settings-syntax',
    'CSS Fonts 4, §7.1 font-feature-settings',
    [
      {
        rule: 'syntax-two-tags',
        stem: 'Which declaration turns on tabular and lining figures together?',
        key: 'font-feature-settings: "tnum" 1, "lnum" 1',
        wrong: [
          ['font-feature-settings: tnum, lnum', 'leaves the tags unquoted'],
          ['font-feature-settings: "tnum" 1 "lnum" 1', 'leaves out the comma'],
          ['font-feature-settings: "tnum, lnum"', 'quotes both tags as one string'],
          ['font-feature-settings: "tnum" 1, "lnum" 0', 'switches lining figures off'],
        ],
      },
      {
        rule: 'syntax-off',
        stem: 'Which declaration switches off standard ligatures?',
        key: 'font-feature-settings: "liga" 0',
        wrong: [
          ['font-feature-settings: "liga" none', 'uses none, which is not a feature value'],
          ['font-feature-settings: "liga"', 'switches the feature on'],
          ['font-feature-settings: no-liga', 'invents a keyword form'],
          ['font-feature-settings: "liga" -1', 'takes -1 for off'],
        ],
      },
    ],
    true,
  ),
  ruleFamily('feature-settings-override', 'CSS Fonts 4, §7.1: one value replaces the whole list', [
    {
      rule: 'override-list',
      stem: 'The body element sets font-feature-settings: "tnum"; a table heading inside sets font-feature-settings: "smcp". What does the heading get?',
      key: 'Small caps, default figures',
      wrong: [
        ['Small caps with tabular figures', 'expects the lists to merge'],
        ['Tabular figures without small caps', 'expects the inherited value to win'],
        ['Neither, as the two settings conflict', 'thinks two settings cancel out'],
      ],
    },
    {
      rule: 'use-variant',
      stem: 'The body element sets font-feature-settings: "tnum"; you want small caps on table headings without losing the tabular figures. What do you write?',
      key: 'font-variant-caps: small-caps on the headings',
      wrong: [
        ['font-feature-settings: "smcp" on the headings', 'replaces the inherited tnum'],
        ['font-feature-settings: "tnum" "smcp"', 'leaves out the comma'],
        ['font-variant: small-caps tabular-nums on body', 'puts small caps on all the text'],
      ],
    },
  ]),
  ruleFamily('default-on-features', 'CSS Fonts 4, §7.1; OpenType shaping defaults', [
    {
      rule: 'default-kern-liga',
      stem: 'Which OpenType features does a browser apply to Latin text without any font-feature-settings?',
      key: 'kern, liga, clig and calt, among others',
      wrong: [
        ['None until you switch each on', 'thinks every feature starts off'],
        ['kern only', 'forgets the default ligatures'],
        ['liga, dlig and smcp', 'counts optional features as defaults'],
      ],
    },
    {
      rule: 'need-switch',
      stem: 'Which of these must a designer switch on explicitly to see it?',
      key: 'smcp, small capitals',
      wrong: [
        ['kern, kerning', 'forgets kerning is on by default'],
        ['liga, standard ligatures', 'forgets standard ligatures are on by default'],
        ['calt, contextual alternates', 'forgets contextual alternates are on by default'],
      ],
    },
    {
      rule: 'ligatures-spacing',
      stem: 'A heading with letter-spacing: 0.1em loses its fi ligature. Why?',
      key: 'Browsers drop optional ligatures when letter-spacing is not zero',
      wrong: [
        ['The font has no fi ligature at that weight', 'blames the font'],
        ['letter-spacing switches kerning off', 'confuses kerning with ligatures'],
        ['Ligatures need font-feature-settings in headings', 'thinks they are off by default'],
      ],
    },
  ]),
  ruleFamily(
    'variation-axis-to-property',
    'OpenType registered axes; CSS Fonts 4, §§2.2–2.4, 6.13',
    [
      {
        rule: 'wght',
        stem: 'Which CSS property drives a variable font’s registered wght axis?',
        key: 'font-weight',
        wrong: [
          ['font-stretch', 'maps the width axis instead'],
          ['font-optical-sizing', 'maps the optical size axis instead'],
          ['font-variation-settings only', 'forgets registered axes have high-level properties'],
        ],
      },
      {
        rule: 'wdth',
        stem: 'Which CSS property drives a variable font’s registered wdth axis?',
        key: 'font-stretch',
        wrong: [
          ['font-weight', 'maps the weight axis instead'],
          ['letter-spacing', 'confuses glyph width with tracking'],
          ['font-size-adjust', 'confuses width with x-height'],
        ],
      },
      {
        rule: 'opsz',
        stem: 'Which CSS property lets the browser set a variable font’s opsz axis from the font-size?',
        key: 'font-optical-sizing: auto',
        wrong: [
          ['font-size-adjust', 'confuses optical size with x-height matching'],
          ['font-stretch: auto', 'maps opsz to the width axis'],
          ['text-rendering: optimizeLegibility', 'confuses it with rendering hints'],
        ],
      },
      {
        rule: 'slnt',
        stem: 'A variable font has a slnt axis. Which CSS value asks for a 10° slant?',
        key: 'font-style: oblique 10deg',
        wrong: [
          ['font-style: italic 10deg', 'gives italic an angle'],
          ['transform: skewX(-10deg)', 'skews the box instead of using the axis'],
          [
            'font-variation-settings: "slnt" 10',
            'gets the sign wrong, as slnt runs negative for a rightward slant',
          ],
        ],
      },
    ],
  ),
]
