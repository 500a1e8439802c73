import { choose, family, type RuleCase, ruleFamily, type TypoFamily } from './typo-text.js'

/** Parses a unicode-range list (CSS Fonts 4, §4.5) into inclusive [from, to] code point ranges. */
export function parseUnicodeRange(text: string): [number, number][] {
  return text.split(/\s*,\s*/).map((part) => {
    const body = part.replace(/^U\+/i, '')
    if (body.includes('-')) {
      const [a, b] = body.split('-')
      return [Number.parseInt(a!, 16), Number.parseInt(b!, 16)]
    }
    if (body.includes('?'))
      return [
        Number.parseInt(body.replace(/\?/g, '0'), 16),
        Number.parseInt(body.replace(/\?/g, 'F'), 16),
      ]
    const v = Number.parseInt(body, 16)
    return [v, v]
  })
}

const SUBSETS = [
  ['latin.woff2', 'U+0000-00FF'],
  ['latin-ext.woff2', 'U+0100-024F'],
  ['greek.woff2', 'U+0370-03FF'],
  ['cyrillic.woff2', 'U+0400-04FF'],
] as const

const TEXTS = [
  ['Café Zürich', ['latin.woff2']],
  ['Łódź Ōsaka', ['latin.woff2', 'latin-ext.woff2']],
  ['Ωmega Café', ['latin.woff2', 'greek.woff2']],
  ['Москва', ['cyrillic.woff2']],
  ['Łódź – Москва', ['latin.woff2', 'latin-ext.woff2', 'cyrillic.woff2']],
  ['Ελλάδα', ['greek.woff2']],
] as const

const F = 'CSS Fonts 4, §4.9 font-display'
const display = (rule: string, need: string, key: string, wrong: [string, string][]): RuleCase => ({
  rule,
  stem: `For ${need}, which font-display value fits?`,
  key,
  wrong,
})

/**
 * Web font loading: font-display periods (block, swap, failure), @font-face src order and format
 * hints, preloading, MIME types and subsetting by unicode-range (a subset downloads only when the
 * page uses a character in its range).
 */
export const WEBFONT_FAMILIES: readonly TypoFamily[] = [
  family('unicode-range-downloads', (rng) => {
    const [text, files] = rng.pick(TEXTS)
    const all = SUBSETS.map(([f]) => f)
    const key = files.join(' and ')
    const missing = all.filter((f) => !(files as readonly string[]).includes(f))
    return choose(rng, {
      stem: `One family is split into subsets by unicode-range: ${SUBSETS.map(([f, r]) => `${f} (${r})`).join(', ')}. A heading reading “${text}” is the only text in that family. Which files does the browser download?`,
      key,
      wrong: [
        [all.join(' and '), 'expects every declared subset to download'],
        [
          files.length > 1 ? files[0]! : missing.at(-1)!,
          files.length > 1
            ? 'stops at the first subset that matches'
            : 'picks the subset for the wrong script',
        ],
        missing.length > 1
          ? [[...files, missing[0]!].join(' and '), 'adds a neighbouring subset']
          : [files.slice(0, -1).join(' and '), 'drops the subset for the last script in the text'],
        files.length > 1
          ? [files.slice(1).join(' and '), 'drops the first subset the text needs']
          : [
              [...new Set(['latin.woff2', ...files])].join(' and '),
              'expects the Latin subset to load for any text',
            ],
      ],
      facts: { kind: 'unicode-range', text, subsets: SUBSETS.map((s) => [...s]) },
    })
  }),
  ruleFamily('font-display-choice', F, [
    display('swap', 'a brand face that must always appear, with text readable at once', 'swap', [
      ['block', 'hides the text for up to three seconds'],
      ['optional', 'may never show the brand face on a first visit'],
      ['fallback', 'gives up on the brand face after about three seconds'],
    ]),
    display(
      'optional',
      'a body face where no layout shift after first paint is acceptable',
      'optional',
      [
        ['swap', 'swaps late and shifts the layout'],
        ['block', 'hides text and still swaps'],
        ['auto', 'leaves it to the browser, usually block'],
      ],
    ),
    display('block', 'an icon font where fallback letters would show as gibberish', 'block', [
      ['swap', 'shows the ligature names as words at once'],
      ['optional', 'may leave the gibberish on a first visit'],
      ['fallback', 'shows the fallback letters almost at once'],
    ]),
    display(
      'fallback',
      'a face that should appear only if it arrives within about three seconds',
      'fallback',
      [
        ['swap', 'swaps however late it arrives'],
        ['optional', 'gives the font almost no time'],
        ['block', 'hides the text while waiting'],
      ],
    ),
  ]),
  ruleFamily('fout-foit', F, [
    {
      rule: 'foit',
      stem: 'Visitors see blank space where headings should be until the web font arrives. What is that called, and which font-display value causes it?',
      key: 'FOIT, a flash of invisible text, from block',
      wrong: [
        ['FOUT, from fallback', 'confuses the short swap period with unstyled text'],
        ['FOUT, a flash of unstyled text, from swap', 'confuses invisible with unstyled'],
        ['FOIT, from swap', 'blames the value that shows text at once'],
        ['CLS, from optional', 'confuses it with layout shift'],
      ],
    },
    {
      rule: 'fout',
      stem: 'Visitors see headings in Arial that jump to the brand face a moment later. What is that called?',
      key: 'FOUT, a flash of unstyled text',
      wrong: [
        ['Invisible text, or FOIT', 'confuses unstyled with invisible'],
        ['FOIT, or invisible text', 'confuses unstyled with invisible'],
        [
          'FOFT, the faux-text stage of two-stage loading',
          'confuses it with the two-stage loading strategy',
        ],
        ['CLS from a late-loading stylesheet', 'confuses font swapping with blocking CSS'],
      ],
    },
  ]),
  ruleFamily(
    'font-face-src-order',
    'CSS Fonts 4, §4.3 src; the first usable source is used',
    [
      {
        rule: 'woff2-first',
        stem: 'Which @font-face src serves WOFF2 to browsers that take it and WOFF to the rest?',
        key: 'src: url(brand.woff2) format("woff2"), url(brand.woff) format("woff")',
        wrong: [
          [
            'src: url(brand.woff) format("woff"), url(brand.woff2) format("woff2")',
            'lists WOFF first, so WOFF2 is never used',
          ],
          [
            'src: url(brand.woff2) format("woff"), url(brand.woff) format("woff2")',
            'swaps the format hints',
          ],
          [
            'src: url(brand.woff2), url(brand.woff) format("woff2")',
            'puts the hint on the wrong file',
          ],
        ],
      },
      {
        rule: 'local-first',
        stem: 'A font may already be installed on visitors’ machines. Which src tries the installed copy before downloading?',
        key: 'src: local("Inter"), url(inter.woff2) format("woff2")',
        wrong: [
          [
            'src: url(inter.woff2) format("woff2"), local("Inter")',
            'downloads first, so local() is never tried',
          ],
          ['src: url(local/Inter.woff2)', 'reads local as a folder'],
          ['src: local(inter.woff2)', 'gives local() a file name instead of a face name'],
        ],
      },
    ],
    true,
  ),
  ruleFamily(
    'font-preload',
    'HTML Living Standard, link rel=preload; Fetch, CORS mode for fonts',
    [
      {
        rule: 'preload-crossorigin',
        stem: 'A preload link for brand.woff2 has rel="preload", as="font" and type="font/woff2", yet the font downloads twice. Which attribute is missing?',
        key: 'crossorigin',
        wrong: [
          ['fetchpriority="high"', 'thinks a low priority causes a second fetch'],
          ['media="all"', 'confuses preload matching with media'],
          ['as="style"', 'declares the font as a stylesheet'],
          ['integrity', 'thinks a missing hash makes the browser fetch again'],
        ],
      },
      {
        rule: 'mime',
        stem: 'Which Content-Type should the server send with .woff2 files?',
        key: 'font/woff2',
        wrong: [
          ['application/font-woff2', 'uses the old unofficial type'],
          ['application/octet-stream', 'sends a generic binary type'],
          ['application/x-font-woff2', 'uses an unregistered x- type'],
        ],
      },
    ],
    true,
  ),
  ruleFamily('woff2-and-subsetting', 'W3C WOFF 2.0 Recommendation; CSS Fonts 4, §4.5', [
    {
      rule: 'woff2-brotli',
      stem: 'Why is a WOFF2 file usually smaller than the WOFF of the same font?',
      key: 'Brotli compression and glyph transforms',
      wrong: [
        ['It keeps only the glyphs used on the page', 'confuses the format with subsetting'],
        ['It drops hinting and kerning data', 'thinks WOFF2 strips features'],
        ['It holds only Latin glyphs', 'confuses the format with subsetting'],
        ['It stores glyphs as bitmaps', 'confuses it with bitmap fonts'],
      ],
    },
    {
      rule: 'subset-effect',
      stem: 'You subset a brand font to Basic Latin for an English site. What is the risk?',
      key: 'Names with accents fall back to another font',
      wrong: [
        [
          'Hinting for screen rendering is dropped',
          'thinks subsetting removes hinting of kept glyphs',
        ],
        [
          'Kerning between Latin letters is lost',
          'thinks subsetting drops layout data for kept glyphs',
        ],
        ['The font can no longer be cached', 'confuses file size with caching'],
        ['Bold and italic stop working', 'confuses glyph subsetting with styles'],
      ],
    },
    {
      rule: 'variable-range',
      stem: 'One variable font file covers weights 100 to 900. How do you declare that in @font-face?',
      key: 'font-weight: 100 900',
      wrong: [
        ['font-weight: 100-900', 'writes the range with a hyphen, as in prose'],
        [
          'One @font-face per weight, pointing at the same file',
          'repeats the file per weight instead of declaring a range',
        ],
        ['font-variation-settings: "wght" 900', 'sets one fixed axis value, the top of the range'],
        [
          'font-variation-settings: "wght" 100 900',
          'puts a range in a setting that takes one value',
        ],
      ],
    },
  ]),
]
