import { family, type PyFamily, predict, raises, several, WORDS } from './probe.js'

const py = (x: string): string => `'${x}'`
const strs = (xs: readonly string[]): string => `[${xs.map(py).join(', ')}]`
const codeOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** str.strip with a set of characters, written again from its definition. */
const stripSet = (s: string, chars: string, left = true, right = true): string => {
  let i = 0
  let j = s.length
  while (left && i < j && chars.includes(s[i]!)) i++
  while (right && j > i && chars.includes(s[j - 1]!)) j--
  return s.slice(i, j)
}

/**
 * Text and bytes as client scripts meet them: parsing, splitting, formatting numbers,
 * encodings and the str methods that return new strings.
 */
export const STRING_FAMILIES: readonly PyFamily[] = [
  family('format-thousands-and-percent', (rng) => {
    const amount = (rng.int(1, 98) * 1000 + rng.int(100, 999) + rng.int(1, 9) / 10).toFixed(1)
    let k = rng.int(101, 899)
    if (k % 10 === 5) k += 2
    const share = (k / 1000).toFixed(3)
    const [whole, dec] = amount.split('.') as [string, string]
    const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',')
    const pct = `${(k / 10).toFixed(1)}%`
    return predict({
      code: `amount = ${amount}\nshare = ${share}\nprint(f'{amount:,.2f} {share:.1%}')`,
      key: `${grouped}.${dec}0 ${pct}`,
      wrong: [
        [
          `${grouped}.${dec}0 ${Number(share).toFixed(1)}%`,
          'believes the % format adds a percent sign without multiplying by 100',
        ],
        [`${grouped}.${dec} ${pct}`, 'believes .2f drops a trailing zero'],
        [`${grouped}.${dec}00 ${pct}`, 'reads .2f as two more decimals after those the number has'],
        [
          `${grouped.replace(/,/g, '.')},${dec}0 ${pct}`,
          'writes the separators the continental European way',
        ],
      ],
    })
  }),
  family('split-default-versus-space', (rng) => {
    const [a, b, c] = several(rng, WORDS, 3)
    return predict({
      code: `line = '${a}  ${b} ${c}'\nprint(line.split(), line.split(' '))`,
      key: `${strs([a, b, c])} ${strs([a, '', b, c])}`,
      wrong: [
        [
          `${strs([a, b, c])} ${strs([a, b, c])}`,
          'believes split with a blank also merges runs of blanks',
        ],
        [
          `${strs([a, '', b, c])} ${strs([a, '', b, c])}`,
          'believes split with no argument keeps empty strings',
        ],
        [`${strs([a, '', b, c])} ${strs([a, b, c])}`, 'mixes up which form merges runs of blanks'],
        [raises('ValueError'), 'believes split with a blank refuses a run of blanks'],
        [raises('TypeError'), 'believes split needs its separator given by keyword'],
      ],
    })
  }),
  family('strip-takes-a-set-of-characters', (rng) => {
    const name = rng.pick([
      'costs.csv',
      'sales.csv',
      'scores.csv',
      'stats.csv',
      'csv_dump.csv',
      'vcs.csv',
    ])
    const suffix = '.csv'
    return predict({
      code: `name = '${name}'\nprint(repr(name.strip('${suffix}')))`,
      key: py(stripSet(name, suffix)),
      wrong: [
        [
          py(name.slice(0, -suffix.length)),
          'believes strip removes the exact string from the ends',
        ],
        [py(stripSet(name, suffix, false, true)), 'believes strip works only at the end'],
        [
          py(stripSet(name.slice(0, -suffix.length), suffix, true, false)),
          'believes strip removes the suffix once, then only leading characters',
        ],
        [py(name), 'believes strip with an argument still removes only whitespace'],
        [py(stripSet(name, suffix, true, false)), 'believes strip works only at the start'],
        ["''", 'believes strip keeps removing until no character is left'],
        [
          py([...name].filter((ch) => !suffix.includes(ch)).join('')),
          'believes strip removes the listed characters everywhere, as replace would',
        ],
      ],
    })
  }),
  family('utf8-length-in-bytes', (rng) => {
    const w = rng.pick([
      'café',
      'naïve',
      'Zürich',
      'Ångström',
      'façade',
      '€uro',
      'Straße',
      'São Paulo',
    ])
    const chars = [...w].length
    const bytes = Buffer.byteLength(w, 'utf8')
    return predict({
      code: `text = '${w}'\ndata = text.encode('utf-8')\nprint(len(text), len(data))`,
      key: `${chars} ${bytes}`,
      wrong: [
        [`${chars} ${chars}`, 'believes UTF-8 keeps one byte per character'],
        [`${bytes} ${bytes}`, 'believes len of a str counts its bytes'],
        [`${chars} ${2 * chars}`, 'believes UTF-8 uses two bytes for every character'],
      ],
      apart: [['one byte per character', 'counts its bytes']],
    })
  }),
  family('negative-index-and-step', (rng) => {
    const s = rng.pick(['ABCDEFGH', 'PQRSTUVW', 'KLMNOPQR', 'abcdefgh', 'mnopqrst'])
    const k = rng.int(2, 4)
    const back = [...s]
      .reverse()
      .filter((_, i) => i % 2 === 0)
      .join('')
    const frontThenBack = [...s]
      .filter((_, i) => i % 2 === 0)
      .reverse()
      .join('')
    return predict({
      code: `code = '${s}'\nprint(code[-${k}:], code[::-2])`,
      key: `${s.slice(-k)} ${back}`,
      wrong: [
        [`${s.slice(-k - 1)} ${back}`, 'counts negative positions from 0 at the end'],
        [
          `${s.slice(-k)} ${frontThenBack}`,
          'believes a negative step picks from the start and then reverses',
        ],
        [
          `${s.slice(-k, -1)} ${back}`,
          'believes an omitted stop still leaves the last character out',
        ],
      ],
    })
  }),
  family('string-methods-return-new-strings', (rng) => {
    const w = rng.pick(['ada', 'lin', 'omar', 'zoe', 'ravi'])
    const cap = w[0]!.toUpperCase() + w.slice(1)
    return predict({
      code: `name = '  ${w} '\nname.strip()\nname.title()\nprint(repr(name))`,
      key: py(`  ${w} `),
      wrong: [
        [py(cap), 'believes string methods change the string in place'],
        [py(w), 'believes strip changes the string in place but title does not'],
        [py(`  ${cap} `), 'believes title changes the string in place but strip does not'],
        [raises('AttributeError'), 'believes a str has no title method, only capitalize'],
        [raises('TypeError'), 'believes string methods need the string passed in again'],
      ],
    })
  }),
  family('sorted-strings-capitals-first', (rng) => {
    // One lowercase word before the capitalised one and one after it, alphabetically.
    const low = [
      rng.pick(['apple', 'cherry', 'damson']),
      rng.pick(['pear', 'quince', 'plum', 'tangerine']),
    ]
    const upper = rng.pick(['Fig', 'Grape', 'Kiwi', 'Lemon', 'Mango'])
    const xs = rng.shuffle([...low, upper])
    const byCode = [...xs].sort(codeOrder)
    const byCase = [...xs].sort((a, b) => codeOrder(a.toLowerCase(), b.toLowerCase()))
    const lowFirst = [...low.sort(codeOrder), upper]
    const byLength = [...xs].sort((a, b) => a.length - b.length || codeOrder(a, b))
    return predict({
      code: `fruit = ${strs(xs)}\nprint(sorted(fruit))`,
      key: strs(byCode),
      wrong: [
        [strs(byCase), 'believes sorted ignores letter case'],
        [strs(lowFirst), 'believes lowercase letters sort before capitals'],
        [strs(byLength), 'believes strings sort by length first'],
      ],
    })
  }),
  family('int-of-a-decimal-string', (rng) => {
    const w = rng.int(2, 40)
    const d = rng.int(6, 9)
    const s = `${w}.${d}`
    return predict({
      code: `raw = '${s}'\nprint(int(float(raw)))\nprint(int(raw))`,
      lines: true,
      key: `${w} ${raises('ValueError')}`,
      wrong: [
        [`${w} ${w}`, 'believes int() parses a decimal string by cutting off the fraction'],
        [
          `${w + 1} ${raises('ValueError')}`,
          'believes int() rounds a float to the nearest whole number',
        ],
        [`${w + 1} ${w + 1}`, 'believes int() rounds and parses any number written as text'],
      ],
    })
  }),
  family('utf8-bytes-read-as-latin1', (rng) => {
    const w = rng.pick(['café', 'naïve', 'Zürich', 'señor', 'Köln', 'Málaga', 'crème'])
    const garbled = Buffer.from(w, 'utf8').toString('latin1')
    const asQ = [...w].map((ch) => (ch.charCodeAt(0) > 127 ? '?' : ch)).join('')
    return predict({
      code: `data = '${w}'.encode('utf-8')\nprint(data.decode('latin-1'))`,
      key: garbled,
      wrong: [
        [
          `b'${[...Buffer.from(w, 'utf8')].map((b) => (b < 128 ? String.fromCharCode(b) : `\\x${b.toString(16)}`)).join('')}'`,
          'believes decode returns the bytes unchanged',
        ],
        [`'${garbled}'`, 'believes print shows the text with its quotes, as repr does'],
        [w, 'believes any decoding gives back the original text'],
        [raises('UnicodeDecodeError'), 'believes latin-1 refuses bytes above 127'],
        [asQ, 'believes bytes of another encoding become question marks'],
        [
          [...w].filter((ch) => ch.charCodeAt(0) < 128).join(''),
          'believes bytes the encoding cannot read are dropped',
        ],
      ],
    })
  }),
  family('print-list-and-unpacked', (rng) => {
    const [a, b] = several(rng, WORDS, 2)
    return predict({
      code: `tags = ['${a}', '${b}']\nprint(tags)\nprint(*tags, sep=', ')`,
      lines: true,
      key: `['${a}', '${b}'] ${a}, ${b}`,
      wrong: [
        [`[${a}, ${b}] ${a}, ${b}`, 'believes print shows the strings in a list without quotes'],
        [`['${a}', '${b}'] ['${a}', '${b}']`, 'believes the star passes the list as one argument'],
        [`['${a}', '${b}'] ${a} ${b}`, 'believes sep is ignored when arguments are unpacked'],
        [`['${a}', '${b}'] ${a}, ${b},`, 'believes sep is also written after the last item'],
        [`${a} ${b} ${a}, ${b}`, 'believes print shows a list as its items between blanks'],
      ],
      apart: [['without quotes', 'the star passes the list']],
    })
  }),
  family('find-returns-minus-one', (rng) => {
    const w = rng.pick([
      'invoice-2024.pdf',
      'backup_old.tar',
      'summary.final.txt',
      'photo-edit.png',
    ])
    const ch = rng.pick(['.', '-', '_'].filter((c) => w.includes(c)))
    const missing = rng.pick(['#', '@', '%'])
    const at = w.indexOf(ch)
    return predict({
      code: `name = '${w}'\nprint(name.find('${ch}'), name.find('${missing}'))`,
      key: `${at} -1`,
      wrong: [
        [raises('ValueError'), 'believes find raises when the text is missing, as index does'],
        [`${at} None`, 'believes find returns None when the text is missing'],
        [`${at + 1} -1`, 'counts string positions from 1'],
        [`${at} 0`, 'believes find gives 0 when the text is missing'],
      ],
    })
  }),
  family('bytes-index-and-slice', (rng) => {
    const s = rng.pick(['AB', 'OK', 'GO', 'HI', 'ZX'])
    const code = s.charCodeAt(0)
    return predict({
      code: `data = b'${s}'\nprint(data[0], data[:1])`,
      key: `${code} b'${s[0]}'`,
      wrong: [
        [`${s[0]} b'${s[0]}'`, 'believes indexing bytes gives a one-character string'],
        [`b'${s[0]}' b'${s[0]}'`, 'believes indexing bytes gives a bytes object'],
        [`${code} ${code}`, 'believes slicing bytes gives an int'],
      ],
    })
  }),
  family('zero-padded-width', (rng) => {
    const n = rng.int(11, 99)
    const w = rng.int(4, 6)
    return predict({
      code: `order = ${n}\nprint(f'{order:0${w}d}')`,
      key: String(n).padStart(w, '0'),
      wrong: [
        [String(n).padEnd(w, '0'), 'believes zero padding is added on the right'],
        ['0'.repeat(w) + String(n), 'reads the width as a count of zeros to add'],
        [
          String(n).padStart(w + 1, '0'),
          'believes the leading zero of the spec is printed besides the width',
        ],
        [String(n), 'believes the zero in the spec is ignored without a fill character'],
      ],
    })
  }),
  family('title-after-apostrophes', (rng) => {
    const [a, b] = rng.pick([
      ["o'neil's", 'cafe'],
      ["dan's", 'garage'],
      ["mike's", 'bikes'],
      ["lee's", 'bakery'],
    ] as const)
    const t = `${a} ${b}`
    const title = t.replace(/[a-z]+/g, (w) => w[0]!.toUpperCase() + w.slice(1))
    const spaces = t.replace(/(^|\s)([a-z])/g, (_, p, c) => p + c.toUpperCase())
    const possessive = title.replace(/'S\b/g, "'s")
    const capitalize = t[0]!.toUpperCase() + t.slice(1)
    return predict({
      code: `print('${t.replace(/'/g, "\\'")}'.title())`,
      key: title,
      wrong: [
        [spaces, 'believes title capitalises only after spaces'],
        [possessive, 'believes title knows English possessives'],
        [capitalize, 'confuses title with capitalize'],
        [t.toUpperCase(), 'confuses title with upper'],
        [
          title.replace(/ ([A-Z])/g, (_, c: string) => ` ${c.toLowerCase()}`),
          'believes title changes only the first word',
        ],
      ],
    })
  }),
]
