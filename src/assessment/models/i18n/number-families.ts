import { cap, digitsOf, family, fixed, lakh, pairsAll, product, threes } from './i18n-text.js'

// Locale-aware number and currency formatting, as Node's ICU writes it. Keys follow the stated
// locale's conventions from the tables here; spaces ICU writes as no-break spaces are shown as
// ordinary spaces, as each stem says.

const SPACES = 'Any no-break space in the output is shown here as an ordinary space.'

export const NUMBER_FAMILIES = [
  family('en-in-grouping', (rng) => {
    const d = digitsOf(rng, 6, 9)
    return {
      stem: `${cap(product(rng))} shows a customer count with \`new Intl.NumberFormat('en-IN').format(${d})\`. What does it display?`,
      key: lakh(d),
      wrong: [
        [threes(d, ','), 'groups in threes as en-US does'],
        [pairsAll(d), 'groups every two digits, including the last three'],
        [threes(d, '.'), 'uses the German period separator'],
        [d, 'expects no grouping for a non-US locale'],
        [lakh(d, '.'), 'groups in lakhs but with periods'],
      ],
      figures: { d },
    }
  }),
  family('de-de-two-decimals', (rng) => {
    const minor = Number(digitsOf(rng, 6, 8))
    const [w, f] = fixed(minor, 2)
    return {
      stem: `An invoice line in a German build is formatted with \`new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(${w}.${f})\`. What does it display?`,
      key: `${threes(w, '.')},${f}`,
      wrong: [
        [`${threes(w, ',')}.${f}`, 'keeps the en-US separators'],
        [`${threes(w, ' ')},${f}`, 'groups with spaces as fr-FR does'],
        [`${w},${f}`, 'expects no thousands grouping in German'],
        [`${threes(w, '.')}.${f}`, 'swaps only the grouping separator'],
        [`${threes(w, "'")}.${f}`, 'uses the Swiss apostrophe grouping'],
      ],
      figures: { minor },
    }
  }),
  family('de-de-euro-placement', (rng) => {
    const minor = Number(digitsOf(rng, 5, 7))
    const [w, f] = fixed(minor, 2)
    const g = threes(w, '.')
    return {
      stem: `A German checkout formats a total with \`new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(${w}.${f})\`. ${SPACES} What does it display?`,
      key: `${g},${f} €`,
      wrong: [
        [`€${g},${f}`, 'puts the symbol first as in en-US'],
        [`€${threes(w, ',')}.${f}`, 'formats as en-US with a euro sign'],
        [`${g},${f} EUR`, 'expects the ISO code, not the symbol'],
        [`${threes(w, ',')}.${f} €`, 'moves the symbol but keeps en-US separators'],
        [`€ ${g},${f}`, 'uses the Dutch symbol-first layout'],
      ],
      figures: { minor },
    }
  }),
  family('jpy-zero-decimals', (rng) => {
    const whole = Number(digitsOf(rng, 4, 6))
    const tenths = rng.pick([1, 2, 3, 4, 6, 7, 8, 9])
    const v = `${whole}.${tenths}`
    const up = tenths >= 5 ? whole + 1 : whole
    const g = (n: number) => threes(String(n), ',')
    return {
      stem: `A travel app formats a fare with \`new Intl.NumberFormat('en-US', { style: 'currency', currency: 'JPY' }).format(${v})\`. The yen has no minor unit in ISO 4217, and ICU rounds half away from zero. What does it display?`,
      key: `¥${g(up)}`,
      wrong: [
        [`¥${g(whole)}.${tenths}0`, 'assumes every currency shows two decimals'],
        [`¥${g(tenths >= 5 ? whole : whole + 1)}`, 'rounds the wrong way'],
        [`¥${g(whole * 10 + tenths)}`, 'treats the amount as minor units to multiply out'],
        [`${g(up)} ¥`, 'places the symbol after the number in en-US'],
        [`¥${g(whole)}.${tenths}`, 'keeps the fraction as typed'],
        [`￥${g(up)}`, 'uses the fullwidth yen sign that ja-JP formatting shows'],
        [`${g(up)}円`, 'writes 円 after the number, as Japanese prose does'],
      ],
      figures: { v },
    }
  }),
  family('en-in-rupee-currency', (rng) => {
    const minor = Number(digitsOf(rng, 7, 10))
    const [w, f] = fixed(minor, 2)
    return {
      stem: `An Indian storefront formats a price with \`new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' }).format(${w}.${f})\`. What does it display?`,
      key: `₹${lakh(w)}.${f}`,
      wrong: [
        [`₹${threes(w, ',')}.${f}`, 'applies en-US grouping to en-IN'],
        [`${lakh(w)}.${f} ₹`, 'puts the symbol after the number'],
        [`₹${pairsAll(w)}.${f}`, 'groups every two digits, including the last three'],
        [`INR ${lakh(w)}.${f}`, 'expects the ISO code, not the symbol'],
        [`₹${lakh(w)}`, 'drops the paise as if INR had no minor unit'],
        [`Rs.${lakh(w)}.${f}`, 'writes the older Rs. abbreviation'],
        [`₹ ${lakh(w)}.${f}`, 'expects a space after the symbol'],
        [`₨${lakh(w)}.${f}`, 'expects the older rupee sign ₨ (U+20A8)'],
        [`$${lakh(w)}.${f}`, 'passes the currency code USD'],
        [
          `${lakh(w)}${f.replace(/0+$/, '') ? `.${f.replace(/0+$/, '')}` : ''}`,
          "omits style: 'currency', so the currency option is ignored",
        ],
      ],
      figures: { minor },
    }
  }),
  family('percent-fraction-input', (rng) => {
    const permille = rng.int(11, 989)
    const r = permille % 10
    if (r === 5) return percentCase(permille + 1)
    return percentCase(permille)
  }),
  family('de-de-percent-one-decimal', (rng) => {
    const tenThousandths = rng.int(101, 9899)
    const last = tenThousandths % 10
    const t = last === 5 ? tenThousandths + 1 : tenThousandths
    const x = `0.${String(t).padStart(4, '0')}`
    const oneDp = Math.round(t / 10)
    // ICU drops a trailing zero fraction digit when only the maximum is set.
    const a = oneDp % 10 === 0 ? `${oneDp / 10}` : `${Math.floor(oneDp / 10)},${oneDp % 10}`
    const b = `${Math.floor(oneDp / 10)}.${oneDp % 10}`
    return {
      stem: `A German analytics page formats a conversion rate with \`new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 }).format(${x})\`. CLDR's German percent pattern is #,##0 % (the number, a no-break space, then the sign), with a comma for decimals; the minimum fraction digits stay at the default 0, and rounding is half away from zero. ${SPACES} What does it display?`,
      key: `${a} %`,
      wrong: [
        [`${b}%`, 'writes the en-US percentage'],
        [`${a}%`, 'leaves out the space German puts before %'],
        [`${Math.round(t / 100)} %`, 'expects whole percent, the default maximum'],
        [
          `${Math.round(t / 1000) * 10} %`,
          'rounds the fraction to one decimal before scaling it to a percentage',
        ],
        [
          `${Math.floor(oneDp / 10)},${oneDp % 10} %`,
          'keeps a trailing zero, as if the minimum were also one digit',
        ],
        [`% ${a}`, 'puts the sign first as in Turkish'],
        [`${b} %`, 'adds the German space but keeps the decimal point'],
        [
          `${Math.floor(t / 100)},${String(t % 100).padStart(2, '0')} %`,
          'expects every digit of the input to show, ignoring maximumFractionDigits',
        ],
      ],
      figures: { x },
    }
  }),
  family('compact-short-en-us', (rng) => {
    const [k, u] = rng.pick([
      [3, 'K'],
      [6, 'M'],
      [9, 'B'],
    ] as const)
    const i = rng.int(1, 998)
    const f = digitsOf(rng, k, k).replace(/^./, String(rng.int(0, 9)))
    const n = `${i}${f}`
    // Two significant digits below 10 units (one decimal), whole units from 10 up.
    const shown =
      i < 10 ? i * 10 + Number(f[0]) + (Number(f[1]) >= 5 ? 1 : 0) : i + (Number(f[0]) >= 5 ? 1 : 0)
    const text = (v: number, tenths: boolean) =>
      tenths ? `${Math.floor(v / 10)}${v % 10 ? `.${v % 10}` : ''}` : String(v)
    const cut = i < 10 ? i * 10 + Number(f[0]) : i
    return {
      stem: `A dashboard tile shows a view count with \`new Intl.NumberFormat('en-US', { notation: 'compact' }).format(${n})\`. Compact notation keeps two significant digits unless the whole part already has more, rounding half away from zero. What does it display?`,
      key: `${text(shown, i < 10)}${u}`,
      wrong: [
        [`${i}.${f.slice(0, 2)}${u}`, 'keeps two decimals as a fixed format would'],
        [`${text(cut, i < 10)}${u}`, 'truncates instead of rounding'],
        [`${i}${u}`, 'drops the fraction of the unit'],
        [
          `${threes(`${i}${f.slice(0, 3)}`, ',')}${k === 3 ? '' : k === 6 ? 'K' : 'M'}`,
          'uses the next smaller unit',
        ],
        [
          `${text(shown, i < 10)}${u === 'B' ? 'G' : u === 'M' ? 'Mn' : 'k'}`,
          'writes the SI or finance abbreviation',
        ],
        [
          `${i < 100 ? `${text(shown, i < 10)}` : String(Math.round(i / 10) * 10)}${i < 100 ? '' : u}`,
          i < 100 ? 'drops the unit letter' : 'rounds to two significant digits even above 99',
        ],
      ],
      figures: { n },
    }
  }),
]

function percentCase(permille: number) {
  const x = `0.${String(permille).padStart(3, '0')}`
  const pct = Math.round(permille / 10)
  return {
    stem: `A survey result is stored as the fraction ${x} and shown with \`new Intl.NumberFormat('en-US', { style: 'percent' }).format(${x})\`, whose default is no decimals, rounding half away from zero. What does it display?`,
    key: `${pct}%`,
    wrong: [
      [`${Math.floor(permille / 10)}.${permille % 10}%`, 'expects the decimal to be kept'],
      [
        `${Math.floor(permille / 10) === pct ? pct + 1 : Math.floor(permille / 10)}%`,
        'rounds the wrong way',
      ],
      [`${x}%`, 'expects the fraction with a percent sign'],
      [`${threes(String(permille * 10), ',')}%`, 'passes the percentage, not the fraction'],
      [`${pct} %`, 'puts a space before % as German does'],
      [`%${pct}`, 'puts % before the number as Turkish does'],
      [`${Math.round(permille / 1000) * 100}%`, 'rounds the fraction to a whole number first'],
    ] as [string, string][],
    figures: { x },
  }
}

export const MORE_NUMBER_FAMILIES = [
  family('ar-eg-native-digits', (rng) => {
    const d = digitsOf(rng, 4, 7)
    const arab = [...'٠١٢٣٤٥٦٧٨٩']
    const pers = [...'۰۱۲۳۴۵۶۷۸۹']
    const map = (s: string, t: readonly string[]) => s.replace(/\d/g, (c) => t[Number(c)]!)
    const g = threes(d, '٬')
    return {
      stem: `An Egyptian build formats a balance with \`new Intl.NumberFormat('ar-EG').format(${d})\`. ICU's default numbering system for ar-EG is Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩) with the Arabic thousands separator ٬. What does it display?`,
      key: map(g, arab),
      wrong: [
        [threes(d, ','), 'expects Western digits for every Arabic locale'],
        [map(g, pers), 'uses the Extended (Persian) Arabic-Indic digits'],
        [map([...g].reverse().join(''), arab), 'reverses the digits for right-to-left text'],
        [map(threes(d, ','), arab), 'keeps the ASCII comma between groups'],
        [map(d, arab), 'expects no grouping in Arabic'],
      ],
      figures: { d },
    }
  }),
  family('parse-localised-input', (rng) => {
    const a = rng.int(1, 99)
    const b = String(rng.int(100, 999))
    const c = rng.int(1, 9)
    const typed = `${a}.${b},${c}`
    const fn = rng.pick(['parseFloat', 'Number'])
    // Numbers as JavaScript prints them: 12.340 shows as 12.34.
    const js = (x: string) => String(Number(x))
    const key = fn === 'parseFloat' ? js(`${a}.${b}`) : 'NaN'
    return {
      stem: `A German user types ${typed} into a price field (period for thousands, comma for decimals), and the code reads it with \`${fn}('${typed}')\`. What value results?`,
      key,
      wrong: [
        [js(`${a}${b}.${c}`), 'expects JavaScript to parse the German convention'],
        [
          fn === 'parseFloat' ? 'NaN' : js(`${a}.${b}`),
          fn === 'parseFloat'
            ? 'expects parseFloat to reject trailing text'
            : 'expects Number to stop at the comma as parseFloat does',
        ],
        [`${a}`, 'expects the period to end the number'],
        [`${a}${b}${c}`, 'expects both separators to be ignored'],
        [js(`${a}.${b}${c}`), 'expects the comma to be skipped'],
      ],
      figures: { typed, fn },
    }
  }),
  family('currency-minor-units', (rng) => {
    const [cur, places] = rng.pick([
      ['KWD', 3],
      ['BHD', 3],
      ['OMR', 3],
      ['JPY', 0],
      ['KRW', 0],
    ] as const)
    const minor = Number(digitsOf(rng, 5, 7))
    // `minor ÷ 10^div` written with `shown` decimals, rounding half away from zero (exact: the
    // figures are integers, so the rounding is done on the digits).
    const as = (div: number, shown: number) => {
      const scale = 10 ** Math.max(0, div - shown)
      const units =
        div > shown ? Math.floor((minor + scale / 2) / scale) : minor * 10 ** (shown - div)
      const [w, f] = fixed(units, shown)
      return `${cur} ${threes(String(Number(w)), ',')}${f ? `.${f}` : ''}`
    }
    return {
      stem: `A payments API returns amounts in the currency's minor units, as ISO 4217 defines them (two decimals for most, none for JPY and KRW, three for KWD, BHD and OMR). An amount of ${minor} in ${cur} is converted to major units and shown with \`Intl.NumberFormat('en-US', { style: 'currency', currency: '${cur}', currencyDisplay: 'code' })\`, which always shows the currency's own ISO 4217 number of decimals, rounding half away from zero. ${SPACES} What does it display?`,
      key: as(places, places),
      wrong: [
        [as(2, places), "divides every currency by 100 (Intl then shows the currency's decimals)"],
        [as(2, 2), `treats ${cur} as a two-decimal currency throughout`],
        [
          places === 0 ? as(0, 2) : as(3, 2),
          'converts correctly but expects Intl to show two decimals for every currency',
        ],
        [
          places === 0 ? as(3, 0) : as(0, 3),
          places === 0
            ? 'divides by 1,000 as for the three-decimal currencies'
            : 'treats the amount as already in major units',
        ],
      ],
      figures: { cur, minor, places },
    }
  }),
  family('es-es-four-digit-grouping', (rng) => {
    const d = digitsOf(rng, 4, 6)
    const key = d.length === 4 ? d : threes(d, '.')
    return {
      stem: `A Spanish build formats an order count with \`new Intl.NumberFormat('es-ES').format(${d})\`. CLDR gives Spanish a minimum grouping of two digits: a separator appears only when the number has at least five digits. What does it display?`,
      key,
      wrong: [
        [
          d.length === 4 ? threes(d, '.') : d,
          d.length === 4
            ? 'groups four-digit numbers as German does'
            : 'applies the four-digit exception to every number',
        ],
        [threes(d, ','), 'keeps the en-US separators'],
        [threes(d, ' '), 'groups with spaces as fr-FR does'],
        [
          d.length === 4 ? `${d.slice(0, 1)},${d.slice(1)}` : `${d.slice(0, -3)},${d.slice(-3)}`,
          'uses a comma, not a period, for grouping',
        ],
        [threes(d, "'"), 'uses the Swiss apostrophe grouping'],
      ],
      figures: { d },
    }
  }),
  family('fr-fr-decimal-comma', (rng) => {
    const w = digitsOf(rng, 4, 7)
    const f = String(rng.int(1, 9))
    return {
      stem: `A French build formats a distance with \`new Intl.NumberFormat('fr-FR').format(${w}.${f})\`. ${SPACES} What does it display?`,
      key: `${threes(w, ' ')},${f}`,
      wrong: [
        [`${threes(w, '.')},${f}`, 'uses the German period for French grouping'],
        [`${threes(w, ',')}.${f}`, 'keeps the en-US separators'],
        [`${threes(w, ' ')}.${f}`, 'groups with spaces but keeps the decimal point'],
        [`${w},${f}`, 'expects no grouping in French'],
        [`${threes(w, "'")},${f}`, 'uses the Swiss apostrophe'],
      ],
      figures: { v: `${w}.${f}` },
    }
  }),
  family('accounting-negative', (rng) => {
    const minor = Number(digitsOf(rng, 5, 7))
    const [w, f] = fixed(minor, 2)
    const g = `${threes(w, ',')}.${f}`
    return {
      stem: `A bookkeeping screen formats a refund of -${w}.${f} with \`new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', currencySign: 'accounting' })\`. What does it display?`,
      key: `($${g})`,
      wrong: [
        [`-$${g}`, 'ignores currencySign and shows the standard minus'],
        [`$-${g}`, 'puts the minus after the symbol'],
        [`($-${g})`, 'keeps the minus inside the parentheses'],
        [`$(${g})`, 'puts the symbol outside the parentheses'],
        [`$${g}`, 'drops the sign entirely'],
      ],
      figures: { v: `-${w}.${f}` },
    }
  }),
  family('significant-digits', (rng) => {
    const d = digitsOf(rng, 5, 7)
    const s = rng.pick([2, 3])
    const head = Number(d.slice(0, s)) + (Number(d[s]) >= 5 ? 1 : 0)
    const rounded = `${head}${'0'.repeat(d.length - s)}`
    const cut = `${d.slice(0, s)}${'0'.repeat(d.length - s)}`
    return {
      stem: `A report rounds a population figure with \`new Intl.NumberFormat('en-US', { maximumSignificantDigits: ${s} }).format(${d})\`, rounding half away from zero. What does it display?`,
      key: threes(rounded, ','),
      wrong: [
        [threes(d, ','), 'reads the option as a limit on fraction digits'],
        [threes(cut, ','), 'truncates instead of rounding'],
        [String(head), 'drops the trailing zeros of the rounded number'],
        [
          threes(
            String(Math.round(Number(d) / 10 ** (d.length - s - 1)) * 10 ** (d.length - s - 1)),
            ',',
          ),
          'keeps one significant digit too many',
        ],
        [
          `${threes(d.slice(0, -s), ',')}`,
          'cuts the last digits off instead of rounding to significance',
        ],
      ],
      figures: { d, s },
    }
  }),
]
