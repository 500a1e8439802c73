import { choose, family, fmt, ruleFamily, type TypoFamily } from './typo-text.js'

/**
 * Fallback metric matching (CSS Fonts 5, @font-face descriptors): ascent-override and
 * descent-override are the web font's ascender and descender over its units per em, as
 * percentages; size-adjust scales the fallback so its average advance matches the web font's.
 */
export const FALLBACK_FAMILIES: readonly TypoFamily[] = [
  family('ascent-override-percent', (rng) => {
    const upm = rng.pick([1000, 2048])
    const asc = upm === 1000 ? rng.pick([880, 920, 969, 1050]) : rng.pick([1854, 1900, 1984])
    return choose(rng, {
      stem: `To stop the layout jumping when a web font loads, you give the fallback @font-face the web font’s ascender: ${asc} units at ${upm} units per em. What ascent-override, to two decimals?`,
      key: `${fmt((asc / upm) * 100)}%`,
      wrong: [
        [
          `${fmt((asc / (upm === 1000 ? 2048 : 1000)) * 100)}%`,
          `assumes ${upm === 1000 ? '2048' : '1000'} units per em`,
        ],
        [`${fmt((upm / asc) * 100)}%`, 'inverts the ratio'],
        [`${fmt(asc / 10)}%`, 'divides the units by ten'],
        [`${fmt(((upm - asc) / upm) * 100)}%`, 'takes the rest of the em, the descent room'],
      ],
      facts: { kind: 'ascent', asc, upm },
    })
  }),
  family('size-adjust-fallback', (rng) => {
    const web = rng.pick([0.5, 0.52, 0.54, 0.56])
    const fb = rng.pick([0.45, 0.49, 0.58, 0.6])
    return choose(rng, {
      stem: `The web font’s average character is ${web}em wide; the local fallback’s is ${fb}em. What size-adjust on the fallback @font-face makes lines break in the same places, to two decimals?`,
      key: `${((web / fb) * 100).toFixed(2)}%`,
      wrong: [
        [`${((fb / web) * 100).toFixed(2)}%`, 'inverts the ratio'],
        [`${(100 + (web - fb) * 100).toFixed(2)}%`, 'adds the difference in hundredths of an em'],
        [`${(web * 100).toFixed(2)}%`, 'enters the web font’s own width as the percentage'],
        [
          `${(Math.abs(web - fb) * 100).toFixed(2)}%`,
          'takes the width difference as the percentage',
        ],
      ],
      facts: { kind: 'size-adjust-percent', web, fb },
    })
  }),
  family('font-face-rule-count', (rng) => {
    const weights = rng.pick([2, 3, 4, 5])
    const italics = rng.pick([true, false])
    const formats = rng.pick([1, 2])
    const styles = italics ? 2 : 1
    return choose(rng, {
      stem: `A static (non-variable) family is self-hosted in ${weights} weights${italics ? ', each with its italic' : ', roman only'}, each face offered as ${formats === 1 ? 'WOFF2 only' : 'WOFF2 with a WOFF fallback'}. How many @font-face rules do you write?`,
      key: String(weights * styles),
      wrong: [
        [
          String(weights * styles * formats),
          'writes a rule per file format instead of listing formats in src',
        ],
        [String(weights + styles), 'adds weights and styles instead of multiplying'],
        [String(weights), 'forgets the italics need rules of their own'],
        ['1', 'expects one rule to cover every static face'],
      ],
      facts: { kind: 'face-count', weights, styles },
    })
  }),
  ruleFamily(
    'font-loading-decisions',
    'CSS Font Loading 3; HTTP cache partitioning in current browsers',
    [
      {
        rule: 'cache-partition',
        stem: 'A client wants fonts from a public CDN “because visitors will already have them cached from other sites”. What do you tell them?',
        key: 'Caches are now split per site, so that gain is gone',
        wrong: [
          ['Partly: only Google-hosted fonts share a cache', 'believes one host is exempt'],
          [
            'True: the CDN copy is almost always cached already',
            'relies on the shared cache browsers dropped',
          ],
          ['True, but only for WOFF files', 'invents a format rule'],
          ['False: fonts are never cached by browsers', 'overcorrects to no caching at all'],
        ],
      },
      {
        rule: 'fonts-ready',
        stem: 'A script must measure text only after the web fonts in use have loaded. What does it wait for?',
        key: 'document.fonts.ready',
        wrong: [
          ['requestAnimationFrame', 'waits one frame, not for the fonts'],

          ['window.onload only', 'misses fonts that load after the load event'],
          ['DOMContentLoaded', 'fires before fonts load'],
          ['A fixed three-second timeout', 'guesses at the block period'],
        ],
      },
    ],
  ),
  ruleFamily('language-and-kerning-controls', 'CSS Fonts 4, §§6.4, 6.11; OpenType locl', [
    {
      rule: 'locl-lang',
      stem: 'Bulgarian text in a Cyrillic font shows Russian letterforms. The font has Bulgarian locl forms. What is the first fix?',
      key: 'lang="bg"',
      wrong: [
        ['unicode-bidi: isolate', 'confuses text direction with language'],
        ['font-feature-settings: "ss01"', 'reaches for a stylistic set'],
        ['font-language-override: "RUS"', 'overrides to the wrong language'],
        ['lang="ru"', 'marks the text with the language whose forms it already shows'],
      ],
    },
    {
      rule: 'font-kerning',
      stem: 'Which declaration turns kerning off in a monospaced code block where it misaligns columns?',
      key: 'font-kerning: none',
      wrong: [
        ['font-feature-settings: "liga" 0', 'switches ligatures off, not kerning'],
        ['letter-spacing: 0', 'sets tracking, leaving kerning'],
        ['font-variant-ligatures: none', 'turns off ligatures, not kerning'],
        ['word-spacing: 0', 'confuses word gaps with pair spacing'],
      ],
    },
  ]),
]
