import { ruleFamily, type TypoFamily } from './typo-text.js'

/**
 * CSS font properties as the specifications define them: the font shorthand's order and resets
 * (CSS Fonts 4, §2.7), generic families (§2.1.3), synthesis (§2.8), fragmentation controls
 * (CSS Fragmentation 3, §3.3) and hyphenation (CSS Text 3, §5.4).
 */
export const CSS_RULE_FAMILIES: readonly TypoFamily[] = [
  ruleFamily(
    'font-shorthand-order',
    'CSS Fonts 4, §2.7 font shorthand grammar',
    [
      {
        rule: 'order-italic-bold',
        stem: 'Which font declaration is valid CSS for italic bold 18px Georgia on a 1.5 line?',
        key: 'font: italic 700 18px/1.5 Georgia, serif',
        wrong: [
          ['font: 18px/1.5 italic 700 Georgia, serif', 'puts style and weight after the size'],
          ['font: italic 700 Georgia, serif 18px/1.5', 'puts the size after the family'],
          [
            'font: italic 700 1.5/18px Georgia, serif',
            'swaps size and line-height round the slash',
          ],
          ['font: italic 700 18px Georgia, serif / 1.5', 'puts the line-height at the end'],
        ],
      },
      {
        rule: 'order-needs-family',
        stem: 'Which font declaration is valid CSS?',
        key: 'font: 600 1rem/1.4 system-ui',
        wrong: [
          ['font: 600 1rem/1.4', 'leaves out the required family'],
          ['font: 600 system-ui 1rem/1.4', 'puts the family before the size'],
          ['font: 600 /1.4 1rem system-ui', 'writes the line-height before the size'],
          ['font: system-ui 600', 'leaves out the required size'],
        ],
      },
      {
        rule: 'order-small-caps',
        stem: 'Which font declaration is valid CSS for small caps at 14px in Garamond?',
        key: 'font: small-caps 14px "EB Garamond", serif',
        wrong: [
          ['font: 14px small-caps "EB Garamond", serif', 'puts the variant after the size'],
          ['font: small-caps "EB Garamond", serif 14px', 'puts the size after the family'],
          [
            'font: small-caps 14px serif, "EB Garamond"',
            'puts the generic family first, so it always wins',
          ],
        ],
      },
    ],
    true,
  ),
  ruleFamily(
    'font-shorthand-resets',
    'CSS Fonts 4, §2.7: the shorthand resets unlisted longhands',
    [
      {
        rule: 'reset-line-height',
        stem: 'A rule sets line-height: 1.8 and then, in the same block, font: 16px Georgia, serif. What line-height applies?',
        key: 'normal, as the shorthand reset it',
        wrong: [
          ['1.8, as the shorthand leaves line-height alone', 'thinks unlisted longhands survive'],
          ['16px, matching the font-size', 'thinks the size sets the line'],
          ['1.5, the browser default', 'believes browsers default to 1.5'],
        ],
      },
      {
        rule: 'reset-weight',
        stem: 'A .lead rule sets font-weight: 600, and a later rule of equal specificity sets font: 20px/1.4 Inter, sans-serif on it. What weight applies?',
        key: 'normal (400), reset by the shorthand',
        wrong: [
          ['600, as the shorthand omits the weight', 'thinks unlisted longhands survive'],
          ['700, the shorthand’s default weight', 'believes the shorthand defaults to bold'],
          ['The inherited weight of the parent', 'thinks omitted values inherit'],
        ],
      },
      {
        rule: 'reset-features',
        stem: 'A rule sets font-variant-numeric: tabular-nums, then font: 14px/1.3 Inter, sans-serif later in the block. What happens to the figures?',
        key: 'They revert to the default figures, as font resets font-variant-numeric',
        wrong: [
          [
            'They stay tabular, as font cannot set numeric variants',
            'thinks a shorthand only resets what it can set',
          ],
          ['They turn old-style, the shorthand’s default', 'invents a default'],
          [
            'The declaration is invalid and ignored',
            'thinks the shorthand conflicts with the longhand',
          ],
        ],
      },
    ],
  ),
  ruleFamily(
    'generic-family-in-stacks',
    'CSS Fonts 4, §2.1.3 generic font families',
    [
      {
        rule: 'generic-last-unquoted',
        stem: 'Which font-family stack is written correctly for body text?',
        key: 'font-family: "Source Serif 4", Georgia, serif',
        wrong: [
          ['font-family: Georgia', 'leaves no generic for when Georgia is missing'],

          [
            'font-family: serif, "Source Serif 4", Georgia',
            'puts the generic first, so it always wins',
          ],
          ['font-family: Source Serif 4 Georgia serif', 'leaves out the commas between families'],
        ],
      },
      {
        rule: 'generic-code',
        stem: 'Which stack suits code samples?',
        key: 'font-family: ui-monospace, Menlo, Consolas, monospace',
        wrong: [
          [
            'font-family: "ui-monospace", "Menlo", "Consolas", "monospace"',
            'quotes every name, which turns the generics into family names',
          ],
          ['font-family: Courier', 'leaves no generic fallback'],
          ['font-family: Menlo, Consolas, sans-serif', 'falls back to a proportional generic'],
          ['font-family: monospace, Menlo, Consolas', 'puts the generic first, so it always wins'],
          [
            'font-family: Menlo, Consolas, "monospace"',
            'quotes the generic, which makes it a family name',
          ],
        ],
      },
    ],
    true,
  ),
  ruleFamily('font-synthesis', 'CSS Fonts 4, §2.8 font-synthesis', [
    {
      rule: 'faux-bold',
      stem: 'Only the regular face of a web font loads, and text in <strong> appears. What does the browser show by default?',
      key: 'A synthesised bold, smeared from the regular face',
      wrong: [
        ['The fallback font’s bold', 'thinks a missing weight switches the family'],
        ['The regular face, unbolded', 'forgets that synthesis is on by default'],
        ['Invisible text until a bold face loads', 'confuses a missing face with loading'],
      ],
    },
    {
      rule: 'stop-faux',
      stem: 'A brand face ships no italic, and the client rejects slanted fakes. Which declaration stops the browser slanting the roman?',
      key: 'font-synthesis: none',
      wrong: [
        ['font-style: normal on em and i', 'also removes the emphasis the markup asked for'],
        ['font-display: block', 'confuses loading behaviour with synthesis'],
        [
          'font-style: normal !important',
          'also removes the emphasis the markup asked for, and more',
        ],
      ],
    },
  ]),
  ruleFamily('widows-and-orphans', 'CSS Fragmentation 3, §3.3 widows and orphans', [
    {
      rule: 'orphans',
      stem: 'A print stylesheet sets p { orphans: 3 }. What does it guarantee at a page break inside a paragraph?',
      key: 'At least 3 lines stay at the bottom of the first page',
      wrong: [
        [
          'Orphaned headings move to the next page',
          'confuses orphans with break-after on headings',
        ],
        ['At least 3 lines carry over to the top of the next page', 'confuses orphans with widows'],
        ['No paragraph under 3 lines is split', 'reads it as a paragraph-length limit'],
        ['The last line holds at least 3 words', 'confuses it with a runt rule'],
      ],
    },
    {
      rule: 'widows',
      stem: 'A print stylesheet sets p { widows: 2 }. What does it guarantee at a page break inside a paragraph?',
      key: 'At least 2 lines start the next page',
      wrong: [
        [
          'A heading is never left alone at the foot of a page',
          'confuses widows with break-after on headings',
        ],
        ['At least 2 lines stay at the bottom of the first page', 'confuses widows with orphans'],
        ['The last line holds at least 2 words', 'confuses it with a runt rule'],
        ['No more than 2 paragraphs end on a page', 'reads it as a paragraph count'],
      ],
    },
  ]),
  ruleFamily('hyphenation-and-rivers', 'CSS Text 3, §5.4 hyphens; §7 text-align', [
    {
      rule: 'hyphens-need-lang',
      stem: 'A narrow justified column shows rivers of white. You add hyphens: auto, but nothing hyphenates. What is most likely missing?',
      key: 'lang="en" on the html element',
      wrong: [
        ['hyphens: manual on the html element', 'uses manual, which breaks only at soft hyphens'],
        ['text-align: justify-all', 'confuses last-line alignment with hyphenation'],
        ['word-break: break-all', 'breaks words anywhere instead of hyphenating'],
      ],
    },
    {
      rule: 'ragged-narrow',
      stem: 'A 30-character column is justified without hyphenation and shows rivers. What is the usual fix?',
      key: 'text-align: start, set ragged right',
      wrong: [
        ['word-spacing: 0.25em to even out the gaps', 'widens the gaps that make rivers'],
        ['text-align-last: justify as well', 'adds a line of stretched gaps'],
        ['line-height: 1.2, for tighter leading', 'changes vertical space, not the gaps'],
      ],
    },
  ]),
]
