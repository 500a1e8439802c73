import { type RuleCase, ruleFamily, type TypoFamily } from './typo-text.js'

const U = 'The Unicode Standard, code charts (General Punctuation, Latin-1)'
const H = 'HTML Living Standard, named character references'

const point = (rule: string, mark: string, key: string, wrong: [string, string][]): RuleCase => ({
  rule,
  stem: `A developer asks which Unicode code point to put in the template for ${mark}. Which one?`,
  key,
  wrong,
})

const entity = (rule: string, mark: string, key: string, wrong: [string, string][]): RuleCase => ({
  rule,
  stem: `In an HTML template you type ${mark} as a named character reference. Which one?`,
  key,
  wrong,
})

/**
 * Which character a mark is, as code point, named reference or space a typesetter specifies to a
 * developer: the spelling and style of marks in copy is the proofreading test's, not this one's.
 */
export const CHARACTER_FAMILIES: readonly TypoFamily[] = [
  ruleFamily('code-point-for-dash', U, [
    point('en-dash', 'an en dash in “9–5”', 'U+2013', [
      ['U+2014', 'takes the em dash'],
      ['U+002D', 'keeps the hyphen-minus'],
      ['U+2212', 'takes the minus sign'],
      ['U+2010', 'takes the hyphen'],
    ]),
    point('em-dash', 'an em dash setting off an aside', 'U+2014', [
      ['U+2013', 'takes the en dash'],
      ['U+2015', 'takes the horizontal bar used for quotations'],
      ['U+002D', 'keeps the hyphen-minus'],
    ]),
    point('minus', 'the minus in a temperature of −5 °C', 'U+2212', [
      ['U+002D', 'keeps the hyphen-minus'],
      ['U+2013', 'uses the en dash as a minus'],
      ['U+2010', 'takes the hyphen'],
    ]),
  ]),
  ruleFamily('code-point-for-quote-or-prime', U, [
    point('apostrophe', 'the apostrophe in “don’t”', 'U+2019', [
      ['U+0027', 'keeps the straight typewriter apostrophe'],
      ['U+2018', 'takes the opening single quote'],
      ['U+2032', 'takes the prime'],
    ]),
    point('prime', 'the foot mark in 6′ 2″', 'U+2032', [
      ['U+2019', 'takes the curly apostrophe for a prime'],
      ['U+0027', 'keeps the straight apostrophe'],
      ['U+00B4', 'takes the acute accent'],
    ]),
    point('double-prime', 'the inch mark in 6′ 2″', 'U+2033', [
      ['U+201D', 'takes the closing double quote for a double prime'],
      ['U+0022', 'keeps the straight double quote'],
      ['U+2032', 'takes the single prime'],
    ]),
    point('left-double', 'an opening double quotation mark in English', 'U+201C', [
      ['U+201D', 'takes the closing double quote'],
      ['U+201E', 'takes the German low opening quote'],
      ['U+0022', 'keeps the straight quote'],
    ]),
  ]),
  ruleFamily('code-point-for-space', U, [
    point('nbsp', 'a space that must not break between “10” and “km”', 'U+00A0', [
      ['U+0020', 'keeps the ordinary space'],
      ['U+2009', 'takes the thin space, which may break'],
      ['U+200B', 'takes the zero-width space, a break opportunity'],
    ]),
    point(
      'narrow-nbsp',
      'the narrow no-break space before a French colon or inside guillemets',
      'U+202F',
      [
        ['U+00A0', 'takes the full-width no-break space'],
        ['U+2009', 'takes the thin space, which may break'],
        ['U+2002', 'takes the en space'],
      ],
    ),
    point('ellipsis', 'a single-character ellipsis', 'U+2026', [
      ['U+22EF', 'takes the midline ellipsis from maths'],
      ['U+00B7', 'takes the middle dot'],
      ['U+2024', 'takes the one-dot leader'],
    ]),
  ]),
  ruleFamily('named-character-reference', H, [
    entity('ndash', 'an en dash', '&ndash;', [
      ['&mdash;', 'takes the em dash'],
      ['&minus;', 'takes the minus sign'],
      ['&hyphen;', 'takes the hyphen'],
    ]),
    entity('rsquo', 'a curly apostrophe', '&rsquo;', [
      ['&lsquo;', 'takes the opening single quote'],
      ['&apos;', 'takes the straight apostrophe'],
      ['&prime;', 'takes the prime'],
    ]),
    entity('nbsp', 'a no-break space', '&nbsp;', [
      ['&ensp;', 'takes the en space, which may break'],
      ['&thinsp;', 'takes the thin space, which may break'],
      ['&zwnj;', 'takes the zero-width non-joiner'],
    ]),
    entity('hellip', 'an ellipsis', '&hellip;', [
      ['&vellip;', 'takes the vertical ellipsis'],
      ['&middot;', 'takes the middle dot'],
      ['&ctdot;', 'takes the midline ellipsis'],
    ]),
    entity('shy', 'a soft hyphen that shows only at a line break', '&shy;', [
      ['&hyphen;', 'takes the visible hyphen'],
      ['&minus;', 'takes the minus sign'],
      ['&zwnj;', 'takes the zero-width non-joiner'],
    ]),
  ]),
  ruleFamily('break-control-characters', U, [
    {
      rule: 'nb-hyphen',
      stem: 'A phone number like 020-7946-0018 must not break across lines at its hyphens. Which character do you use for them?',
      key: 'The non-breaking hyphen, U+2011',
      wrong: [
        ['The soft (discretionary) hyphen, U+00AD', 'uses a hyphen that marks a break point'],
        ['The en dash, U+2013', 'changes the mark and still allows a break'],
        ['The hyphen, U+2010', 'picks the ordinary breaking hyphen'],
      ],
    },
    {
      rule: 'zwsp',
      stem: 'A long URL in a narrow sidebar needs places where it may wrap without a visible mark. Which character do you insert after the slashes?',
      key: 'The zero-width space, U+200B',
      wrong: [
        ['The no-break space, U+00A0', 'adds space and forbids the break'],
        ['The soft (discretionary) hyphen, U+00AD', 'shows a hyphen in the URL at the break'],
        ['The word joiner, U+2060', 'forbids the break it should allow'],
        [
          'The zero-width no-break space, U+FEFF',
          'uses the byte-order mark, which forbids the break',
        ],
      ],
    },
  ]),
]
