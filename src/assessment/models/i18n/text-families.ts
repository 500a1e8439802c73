import type { Rng } from '../../rng.js'
import { cap, family, product } from './i18n-text.js'

// Unicode text: UTF-16 code units (what String.length counts), code points, user-perceived
// characters (extended grapheme clusters, as Intl.Segmenter finds them), UTF-8 bytes,
// normalisation, locale case mapping and collation. Each piece's counts are typed here from its
// code points; the key test asks the JavaScript engine again.

/** A piece of text with its UTF-16 units, code points, graphemes and UTF-8 bytes. */
interface Piece {
  readonly text: string
  readonly name: string
  readonly units: number
  readonly points: number
  readonly graphemes: number
  readonly bytes: number
}
const piece = (
  text: string,
  name: string,
  units: number,
  points: number,
  graphemes: number,
  bytes: number,
): Piece => ({
  text,
  name,
  units,
  points,
  graphemes,
  bytes,
})

const PIECES: readonly Piece[] = [
  piece('\u{1F44D}\u{1F3FD}', 'thumbs-up with a skin-tone modifier', 4, 2, 1, 8),
  piece(
    '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
    'family emoji joined by zero-width joiners',
    8,
    5,
    1,
    18,
  ),
  piece('\u{1F1EB}\u{1F1F7}', 'French flag (two regional indicators)', 4, 2, 1, 8),
  piece('e\u0301', 'e followed by a combining acute accent', 2, 2, 1, 3),
  piece('😀', 'grinning face', 2, 1, 1, 4),
  piece('ñ', 'precomposed n with tilde', 1, 1, 1, 2),
  piece('€', 'euro sign', 1, 1, 1, 3),
  piece('日本', 'two kanji', 2, 2, 2, 6),
  piece('\u2764\uFE0F', 'heart with variation selector 16', 2, 2, 1, 6),
  piece('ab', 'two ASCII letters', 2, 2, 2, 2),
]

function mix(rng: Rng): readonly Piece[] {
  const picked = rng.shuffle(PIECES.slice(0, 5)).slice(0, 2)
  return rng.shuffle([...picked, rng.pick(PIECES.slice(5))])
}
const sum = (ps: readonly Piece[], k: 'units' | 'points' | 'graphemes' | 'bytes') =>
  ps.reduce((a, p) => a + p[k], 0)
const described = (ps: readonly Piece[]) => ps.map((p) => `${p.text} (${p.name})`).join(', then ')

/** A string's count of one kind, for the mistakes that count a normalised form. */
function measure(s: string, what: 'units' | 'points' | 'graphemes' | 'bytes'): number {
  if (what === 'units') return s.length
  if (what === 'points') return [...s].length
  if (what === 'bytes') return new TextEncoder().encode(s).length
  return [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].length
}

const measureFamily = (
  id: string,
  what: 'units' | 'points' | 'graphemes' | 'bytes',
  code: string,
  task: string,
) =>
  family(id, (rng) => {
    const ps = mix(rng)
    const s = ps.map((p) => p.text).join('')
    const names: Record<string, string> = {
      units: 'counts UTF-16 code units, as .length does',
      points: 'counts code points, as [...s].length does',
      graphemes: 'counts user-perceived characters',
      bytes: 'counts UTF-8 bytes',
    }
    return {
      stem: `${task} The string is ${described(ps)}, with nothing else. What does \`${code}\` give?`,
      key: String(sum(ps, what)),
      wrong: (['units', 'points', 'graphemes', 'bytes'] as const)
        .filter((k) => k !== what)
        .map((k) => [String(sum(ps, k)), names[k]!] as [string, string])
        .concat([
          ...(what === 'points'
            ? []
            : [[String(sum(ps, 'units') * 2), 'counts UTF-16 bytes'] as [string, string]]),
          what === 'points'
            ? ([
                String(
                  [...s].filter((c) => !/[\u200d\ufe0f\u0300-\u036f\u{1F3FB}-\u{1F3FF}]/u.test(c))
                    .length,
                ),
                'skips the invisible joiners, variation selectors, modifiers and combining marks',
              ] as [string, string])
            : ([String(sum(ps, 'points') * 4), 'counts UTF-32 bytes'] as [string, string]),
          ...(what === 'points'
            ? []
            : [
                [
                  String(sum(ps, 'units') * 2 + 2),
                  'counts UTF-16 bytes with a byte-order mark',
                ] as [string, string],
              ]),
          [
            String(measure(s.normalize('NFC'), what)),
            'expects the text to arrive in NFC, merging e and its combining accent',
          ] as [string, string],
          [
            String(measure(s.normalize('NFD'), what)),
            'counts the text after NFD decomposition',
          ] as [string, string],
        ]),
      figures: { s },
    }
  })

export const TEXT_FAMILIES = [
  measureFamily(
    'utf16-length',
    'units',
    's.length',
    "A username limit is enforced with the string's length property.",
  ),
  measureFamily(
    'code-point-count',
    'points',
    '[...s].length',
    'A validator spreads the string into an array, which iterates by code point.',
  ),
  measureFamily(
    'utf8-bytes',
    'bytes',
    'new TextEncoder().encode(s).length',
    'A database column limit is in UTF-8 bytes, checked by encoding the string.',
  ),
  family('nfd-length', (rng) => {
    const [word, composed] = rng.pick([
      ['Ångström', 2],
      ['crème brûlée', 3],
      ['São Paulo', 1],
      ['Zürich', 1],
      ['naïve café', 2],
      ['Dvořák', 2],
    ] as const)
    const n = [...word].length
    return {
      stem: `A search index stores names in NFD (canonical decomposition), where each accented Latin letter here becomes its base letter plus one combining mark. The name "${word}" arrives in NFC. What is \`'${word}'.normalize('NFD').length\`?`,
      key: String(n + composed),
      wrong: [
        [String(n), 'expects normalisation never to change the length'],
        [String(n - composed), 'thinks NFD removes the accents'],
        [String(n + 2 * composed), 'counts UTF-8 bytes of the NFD form'],
        [String(2 * n), 'counts UTF-16 bytes of the NFC form'],
        [String(new TextEncoder().encode(word).length), 'counts UTF-8 bytes'],
        [String(2 * (n + composed)), 'counts UTF-16 bytes of the NFD form'],
        [String(composed), 'counts only the combining marks added'],
      ],
      figures: { word },
    }
  }),
  family('nfc-equality-count', (rng) => {
    // NFC and NFD spellings of one letter, the Angstrom sign against Å, and two NFKC-only pairs.
    const pairs = rng
      .shuffle([
        ['\u00e9', 'e\u0301', true],
        ['\u00f1', 'n\u0303', true],
        ['\u212b', '\u00c5', true],
        ['\ufb01', 'fi', false],
        ['\u2460', '1', false],
        ['u\u0308', '\u00fc', true],
        ['\u00c5', '\u00c5', true],
      ] as const)
      .slice(0, 4)
    const canon = pairs.filter(([, , c]) => c).length
    const already = pairs.filter(([a, b]) => a === b).length
    return {
      stem: `A deduplication job compares four pairs of strings after \`a.normalize('NFC') === b.normalize('NFC')\`. Each pair, written as code points: ${pairs.map(([a, b]) => `${cps(a)} vs ${cps(b)}`).join('; ')}. NFC unifies canonical equivalents only; compatibility forms such as ligatures and circled digits need NFKC. How many pairs compare equal?`,
      key: String(canon),
      wrong: [
        [String(already), 'compares without normalising'],
        ['4', 'expects NFC to fold compatibility characters too'],
        [String(4 - canon), 'counts the pairs that differ'],
        [
          String(canon + 1 <= 4 ? canon + 1 : canon - 1),
          'treats the ligature as canonically equal',
        ],
        [
          String(canon - pairs.filter(([a]) => a === '\u212b').length),
          'treats the Angstrom sign as a compatibility character that NFC keeps',
        ],
      ],
      figures: { pairs: pairs.map(([a, b]) => `${a}|${b}`).join(',') },
    }
  }),
]

/** Code points written as U+XXXX, space-separated. */
export function cps(s: string): string {
  return [...s]
    .map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
    .join(' ')
}

export const CASE_FAMILIES = [
  family('turkish-uppercase', (rng) => {
    const w = rng.pick(['istanbul', 'izmir', 'sivas', 'bilgi', 'tahsin'])
    const tr = w.replace(/i/g, 'İ').toUpperCase()
    return {
      stem: `A Turkish build uppercases a city name for a heading with \`'${w}'.toLocaleUpperCase('tr-TR')\`. In Turkish, dotted i uppercases to İ (U+0130) and dotless ı to I. What results?`,
      key: tr,
      wrong: [
        [w.toUpperCase(), 'uppercases without the Turkish locale rule'],
        [w.replace(/i/g, 'ı').toUpperCase(), 'maps i to dotless ı first'],
        [w[0]!.toUpperCase() + w.slice(1), 'capitalises only the first letter'],
        [tr.replace(/İ/g, 'Í'), 'uses an acute-accented I'],
      ],
      figures: { w },
    }
  }),
  family('turkish-lowercase', (rng) => {
    const w = rng.pick(['ISPARTA', 'IĞDIR', 'KIRIKKALE', 'DIYARBAKIR', 'MILAS'])
    const tr = w.replace(/I/g, 'ı').toLowerCase()
    return {
      stem: `A Turkish sign-up form lowercases a typed city with \`'${w}'.toLocaleLowerCase('tr')\`. In Turkish, I lowercases to dotless ı (U+0131) and İ to i. What results?`,
      key: tr,
      wrong: [
        [w.toLowerCase(), 'lowercases without the Turkish locale rule'],
        [w[0] + w.slice(1).replace(/I/g, 'ı').toLowerCase(), 'leaves the first letter capital'],
        [w.replace(/I/g, 'i̇').toLowerCase(), 'keeps a combining dot over each i'],
        [
          w.replace(/I/g, 'ı').toLowerCase().replace(/ı/, 'i'),
          'applies the Turkish rule after the first i only',
        ],
      ],
      figures: { w },
    }
  }),
  family('sharp-s-uppercase', (rng) => {
    const w = rng.pick(['größe', 'grüße', 'süße', 'fußgänger', 'äußerst'])
    const fold = (t: string) => t.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u')
    const translit = (t: string) => t.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue')
    return {
      stem: `A German product feed shouts a word with \`'${w}'.toUpperCase()\`. Unicode's default full case mapping uppercases ß to SS; the capital ẞ (U+1E9E) is never produced by it. What results?`,
      key: w.replace(/ß/g, 'SS').toUpperCase(),
      wrong: [
        [w.toUpperCase().replace(/SS/g, 'ß'), 'expects ß to have no uppercase and stay'],
        [w.replace(/ß/g, 'ẞ').toUpperCase(), 'expects the capital sharp s'],
        [w.replace(/ß/g, 'SZ').toUpperCase(), 'uses the old SZ spelling'],
        [fold(w).toUpperCase(), 'expects the umlauts to lose their dots in capitals'],
        [w.replace(/[a-z]/g, (c) => c.toUpperCase()), 'uppercases only the ASCII letters'],
        [
          translit(w).toUpperCase(),
          'expects the umlauts to be written ae, oe, ue as in ASCII-only German',
        ],
      ],
      figures: { w },
    }
  }),
  family('uppercase-length', (rng) => {
    const w = rng.pick([
      '\ufb02o\u00df',
      'gro\u00dfe \ufb01rma',
      '\ufb02ie\u00dfen',
      '\ufb01le stra\u00dfe',
      'wei\u00df\ufb01sch',
    ])
    const up = w.toUpperCase()
    const lig = [...w].filter((c) => 'ﬁﬂﬃ'.includes(c))
    return {
      stem: `A fixed-width label pads to a length after \`'${w}'.toUpperCase()\`. Unicode full case mapping turns ß into SS and each Latin ligature (ﬁ, ﬂ, ﬃ) into its separate capitals. What is the length of the result?`,
      key: String(up.length),
      wrong: [
        [String(w.length), 'expects case mapping never to change length'],
        [
          String(w.length + [...w].filter((c) => c === 'ß').length),
          'expands ß but not the ligatures',
        ],
        [String(w.length + lig.length), 'expands the ligatures but not ß'],
        [String(up.length + 1), 'counts a final terminator'],
        [String(new TextEncoder().encode(up).length), 'counts UTF-8 bytes of the result'],
        [String(2 * up.length), 'counts UTF-16 bytes of the result'],
        [String(up.length - w.length), 'counts only the characters the mapping added'],
      ],
      figures: { w },
    }
  }),
  family('collation-base-equal', (rng) => {
    const pairs = rng
      .shuffle([
        ['résumé', 'resume', 'accent'],
        ['Côte', 'cote', 'accent and case'],
        ['Paris', 'paris', 'case'],
        ['Élodie', 'elodie', 'accent and case'],
        ['naïve', 'naive', 'accent'],
        ['Zoe', 'Zoë', 'accent'],
      ] as const)
      .slice(0, 4)
    const sens = rng.pick(['base', 'accent'] as const)
    const eq = (k: string) => (sens === 'base' ? true : !k.includes('accent'))
    const count = pairs.filter(([, , k]) => eq(k)).length
    return {
      stem: `A French search box matches names with \`new Intl.Collator('fr', { sensitivity: '${sens}' }).compare(a, b) === 0\`. 'base' ignores accents and case; 'accent' ignores case but not accents. How many of these pairs match: ${pairs.map(([a, b]) => `${a} / ${b}`).join(', ')}?`,
      key: String(count),
      wrong: [
        ['0', 'compares code units exactly'],
        [
          String(pairs.filter(([, , k]) => k === 'case').length),
          'expects only case to be ignored at any sensitivity',
        ],
        [
          String(sens === 'base' ? pairs.filter(([, , k]) => k === 'accent').length : pairs.length),
          sens === 'base' ? 'ignores accents but not case' : 'reads accent as ignoring accents',
        ],
        [
          String(pairs.filter(([, , k]) => !k.includes('case')).length),
          'expects case always to matter',
        ],
      ],
      figures: { sens, pairs: pairs.map(([a, b]) => `${a}|${b}`).join(',') },
    }
  }),
]

/** Words whose code-unit order differs from a dictionary's, for the sort families. */
const WORDS = [
  'almond',
  'Banana',
  'cherry',
  'Äpfel',
  'zebra',
  'Zürich',
  'éclair',
  'Eagle',
  'óscar',
  'Oslo',
]

/** Dictionary order as the root collation sorts these words: letters first, then accents, then case. */
const DICTIONARY = [
  'almond',
  'Äpfel',
  'Banana',
  'cherry',
  'Eagle',
  'éclair',
  'óscar',
  'Oslo',
  'zebra',
  'Zürich',
]

export const SORT_FAMILIES = [
  family('code-unit-sort', (rng) => {
    const ws = rng.shuffle(WORDS).slice(0, 4)
    const byUnits = [...ws].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    const dict = DICTIONARY.filter((w) => ws.includes(w))
    const lower = [...ws].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1))
    return {
      stem: `${cap(product(rng))} sorts a list of names with a bare \`names.sort()\`, which compares UTF-16 code units: capitals (A–Z) come before small letters, and accented letters come after z. The list is ${ws.join(', ')}. In what order does it come out?`,
      key: byUnits.join(', '),
      wrong: [
        [dict.join(', '), 'expects sort() to use dictionary order'],
        [lower.join(', '), 'expects sort() to ignore case'],
        [[...byUnits].reverse().join(', '), 'reads the comparison backwards'],
        [ws.join(', '), 'expects sort() to leave strings in place without a comparator'],
      ],
      figures: { ws: ws.join(',') },
    }
  }),
  family('locale-collation-order', (rng) => {
    const [lang, name, ws, key, wrongLang] = rng.pick([
      [
        'sv',
        'Swedish',
        ['Ödla', 'Oslo', 'Ärla', 'Åsa'],
        ['Oslo', 'Åsa', 'Ärla', 'Ödla'],
        ['Ärla', 'Åsa', 'Ödla', 'Oslo'],
      ],
      [
        'de',
        'German',
        ['Zebra', 'Öl', 'Ofen', 'Äpfel'],
        ['Äpfel', 'Ofen', 'Öl', 'Zebra'],
        ['Äpfel', 'Öl', 'Ofen', 'Zebra'],
      ],
      [
        'es',
        'Spanish',
        ['oso', 'ñandú', 'nube', 'zorro'],
        ['nube', 'ñandú', 'oso', 'zorro'],
        ['ñandú', 'nube', 'oso', 'zorro'],
      ],
      [
        'fi',
        'Finnish',
        ['Ähtäri', 'Zeta', 'Åland', 'Aho', 'Öljy'],
        ['Aho', 'Zeta', 'Åland', 'Ähtäri', 'Öljy'],
        ['Aho', 'Ähtäri', 'Åland', 'Öljy', 'Zeta'],
      ],
    ] as const)
    const units = [...ws].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    return {
      stem: `A ${name} contacts list is sorted with \`new Intl.Collator('${lang}').compare\`. ${lang === 'de' ? 'German (standard) sorts ä, ö, ü with a, o, u.' : lang === 'es' ? 'Spanish sorts ñ as its own letter after n.' : `${name} sorts å, ä, ö as separate letters after z, in that order.`} Letters not named here sort as in English, and case and accents decide only between otherwise equal words. The list is ${ws.join(', ')}. In what order does it come out?`,
      key: key.join(', '),
      wrong: [
        [units.join(', '), 'sorts by code unit'],
        [
          wrongLang.join(', '),
          lang === 'de'
            ? 'applies the German phonebook order (ä as ae, ö as oe)'
            : lang === 'es'
              ? 'sorts ñ with n as an accented n, as English does'
              : 'sorts accented letters with their base letters as German does',
        ],
        [[...key].reverse().join(', '), 'reads the comparison backwards'],
        [ws.join(', '), 'expects the collator to keep the input order'],
      ],
      figures: { lang, ws: ws.join(',') },
    }
  }),
  family('numeric-collation', (rng) => {
    const base = rng.pick(['file', 'Chapter ', 'img_', 'v'])
    const nums = rng.shuffle([1, 2, 9, 10, 11, 20, 100]).slice(0, 4)
    const ws = nums.map((n) => `${base}${n}`)
    const num = [...nums].sort((a, b) => a - b).map((n) => `${base}${n}`)
    const units = [...ws].sort()
    return {
      stem: `A file browser sorts ${ws.join(', ')} with \`new Intl.Collator('en', { numeric: true }).compare\`, which compares runs of digits by their numeric value. In what order does it come out?`,
      key: num.join(', '),
      wrong: [
        [units.join(', '), 'compares digits one character at a time'],
        [[...num].reverse().join(', '), 'reads the comparison backwards'],
        [
          [...nums]
            .sort((a, b) => String(b).length - String(a).length || a - b)
            .map((n) => `${base}${n}`)
            .join(', '),
          'puts longer numbers first',
        ],
        [ws.join(', '), 'expects the collator to keep the input order'],
      ],
      figures: { ws: ws.join(',') },
    }
  }),
  family('regex-dot-unicode-flag', (rng) => {
    const set = rng
      .shuffle([
        '\u{1F600}',
        'é',
        '\u{1F1EB}\u{1F1F7}',
        'e\u0301',
        'a',
        '日',
        '\u{1F44D}\u{1F3FD}',
        '\u{20BB7}',
      ])
      .slice(0, 5)
    const flag = rng.pick(['u', ''])
    const hit = set.filter((c) => (flag ? /^.$/u : /^.$/).test(c)).length
    const noFlag = set.filter((c) => /^.$/.test(c)).length
    const withFlag = set.filter((c) => /^.$/u.test(c)).length
    return {
      stem: `A validator accepts one-character initials with \`/^.$/${flag}\`. ${flag ? 'With the u flag, . matches one code point.' : 'Without the u flag, . matches one UTF-16 code unit.'} How many of these strings (code points: ${set.map(cps).join('; ')}) does it accept?`,
      key: String(hit),
      wrong: [
        [
          String(flag ? noFlag : withFlag),
          flag
            ? 'forgets the u flag makes . match a code point'
            : 'expects . to match a code point without the u flag',
        ],
        [String(set.length), 'expects . to match a user-perceived character'],
        [
          String(set.filter((c) => c.length === 1 && c.charCodeAt(0) < 0x80).length),
          'expects . to match ASCII only',
        ],
        [String(set.length - hit), 'counts the rejected strings'],
      ],
      figures: { set: set.join(','), flag },
    }
  }),
]

export const NFKC_FAMILIES = [
  family('nfkc-length', (rng) => {
    const parts = rng
      .shuffle([
        ['\ufb01', 'the ligature ﬁ', 2],
        ['\u2460', 'the circled digit ①', 1],
        ['\u33cf', 'the square kt sign ㏏', 2],
        ['\uff21', 'the fullwidth letter Ａ', 1],
        ['\u00bd', 'the fraction ½', 3],
        ['\u2122', 'the trade mark sign ™', 2],
      ] as const)
      .slice(0, 3)
    const s = parts.map(([c]) => c).join('')
    const n = parts.reduce((a, [, , l]) => a + l, 0)
    return {
      stem: `A search indexer folds compatibility characters with \`s.normalize('NFKC')\`. The string is ${parts.map(([, d]) => d).join(', then ')}, nothing else. Under NFKC, ﬁ → fi, ① → 1, ㏏ → kt, Ａ → A, ½ → 1⁄2 (three characters) and ™ → TM. What is the length of the result?`,
      key: String(n),
      wrong: [
        ['3', 'expects one character out per character in'],
        ...(parts.some(([c]) => c === '\u00bd')
          ? [[String(n - 1), 'reads ½ as the two characters 1 and 2'] as [string, string]]
          : []),
        [
          String(n - parts.filter(([c]) => c === '\u2122' || c === '\u33cf').length),
          'expects letter-like symbols such as ™ to stay single',
        ],
        [
          String(n - parts.filter(([c]) => c === '\ufb01').length),
          'expects the ligature to stay, as NFC keeps it',
        ],
        [String(new TextEncoder().encode(s).length), 'counts UTF-8 bytes of the input'],
        [
          String(new TextEncoder().encode(s.normalize('NFKC')).length),
          'counts UTF-8 bytes of the result',
        ],
        ['6', 'counts UTF-16 bytes of the input'],
      ],
      figures: { s },
    }
  }),
]
