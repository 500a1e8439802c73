import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { es } from './es-engine.js'

// Numbers, dates and punctuation in Spanish copy. Number formats follow the es-ES locale (CLDR,
// as Intl.NumberFormat('es-ES') gives them: comma for decimals, a point between thousands only
// from five digits on) and the Ortografía de la lengua española (RAE and ASALE, 2010), chapter
// VIII on numerals (years never grouped; the percent sign and unit symbols separated by a space;
// symbols take no period and no plural; abbreviated ordinals 3.º, 3.ª with a period; cardinals up
// to thirty in one word: dieciséis, veintidós; hundreds agree in gender: doscientas; compound
// ordinals decimotercero in one word with the first element invariable and without its tilde;
// partitives in -avo are not ordinals), chapter III on punctuation (the opening ¿ and ¡ placed
// where the question or exclamation begins; no period after ? or !; the period after closing
// quotation marks; angular quotes « » first; no comma between subject and verb; a comma before
// etc. and never ellipsis after it) and the DPD entries "billón", "guion" (a range is written
// de 2019 a 2024 or entre 2019 y 2024, never de 2019-2024) and "ordinales".

const es4 = (n: number) => n.toFixed(2).replace('.', ',')
const grouped = (n: number, sep: string, dec: string, digits = 2) => {
  const [int, frac] = n.toFixed(digits).split('.')
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, sep)}${frac ? dec + frac : ''}`
}

/** Cardinal words for 16, 22, 23 and 26, marked for stress; their tilde comes from the rules. */
const TILDE_NUMBERS: readonly (readonly [number, string, string])[] = [
  [16, 'diecisEis', 'diez y seis'],
  [22, 'veintidOs', 'veinte y dos'],
  [23, 'veintitrEs', 'veinte y tres'],
  [26, 'veintisEis', 'veinte y seis'],
]
const HUNDREDS: Record<number, readonly [string, string?]> = {
  2: ['doscientas'],
  3: ['trescientas'],
  4: ['cuatrocientas'],
  5: ['quinientas', 'cincocientas'],
  6: ['seiscientas'],
  7: ['setecientas', 'sietecientas'],
  8: ['ochocientas'],
  9: ['novecientas', 'nuevecientas'],
}
const TEENS: Record<number, readonly [string, string]> = {
  // ordinal stem (after decimo-, decimoctavo merging the o), partitive stem
  13: ['tercer', 'trece'],
  14: ['cuart', 'catorce'],
  15: ['quint', 'quince'],
  16: ['sext', 'dieciseis'],
  17: ['séptim', 'diecisiete'],
  18: ['octav', 'dieciocho'],
}
const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
]
const WEEKDAYS = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado']
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

function drawDate(rng: Rng) {
  const y = rng.int(2025, 2028)
  const mo = rng.int(0, 11)
  const d = rng.int(13, 28)
  const wd = new Date(Date.UTC(y, mo, d)).getUTCDay()
  return { y, mo, d, wd }
}

export const NUMBER_FAMILIES: readonly ScenarioFamily[] = [
  es('spanish-four-digit-numbers-are-not-grouped', (rng) => {
    const n = rng.int(1001, 9999) + rng.int(1, 99) / 100
    return {
      stem: `A Spanish (es-ES) invoice shows an amount of ${grouped(n, ',', '.')} in English notation. How is it written in the Spanish copy?`,
      key: ['s', es4(n)],
      wrong: [
        [['s', grouped(n, '.', ',')], 'groups a four-digit number, which Spanish leaves ungrouped'],
        [
          ['s', grouped(n, ',', '.')],
          'keeps the English comma for thousands and point for decimals',
        ],
        [['s', n.toFixed(2)], 'keeps the English decimal point'],
      ],
    }
  }),
  es('spanish-decimal-comma-and-thousands-point', (rng) => {
    const n = rng.int(10_000, 9_999_999) + rng.int(1, 99) / 100
    return {
      stem: `A report for a client in Spain (es-ES style sheet: point between thousands, comma for decimals) must show ${grouped(n, ',', '.')} (English notation). Which is right?`,
      key: ['s', grouped(n, '.', ',')],
      wrong: [
        [['s', grouped(n, ',', '.')], 'keeps the English separators'],
        [['s', grouped(n, '.', '.')], 'uses the point for both thousands and decimals'],
        [['s', grouped(n, ',', ',')], 'uses the comma for both thousands and decimals'],
      ],
    }
  }),
  es('spanish-percent-sign-with-a-space', (rng) => {
    const v = rng.int(11, 99) + rng.pick([0.5, 0.25, 0.75, 0.2])
    const dec = (sep: string) => String(v).replace('.', sep)
    return {
      stem: `Write the rate ${v}% (English notation) in a Spanish (es-ES) report.`,
      key: ['s', `${dec(',')} %`],
      wrong: [
        [['s', `${dec(',')}%`], 'joins the percent sign to the figure, as English does'],
        [['s', `${dec('.')} %`], 'keeps the English decimal point'],
        [['s', `${dec('.')}%`], 'keeps the English notation unchanged'],
        [
          ['s', `${dec("'")} %`],
          'marks the decimals with an apostrophe, which the Ortografía rejects',
        ],
        [
          ['s', `${dec("'")}%`],
          'marks the decimals with an apostrophe and joins the percent sign to the figure',
        ],
      ],
    }
  }),
  es('spanish-billion-is-mil-millones', (rng) => {
    const whole = rng.int(2, 9)
    const tenth = rng.int(1, 9)
    const millions = whole * 1000 + tenth * 100
    return {
      stem: `An English press release says “${whole}.${tenth} billion euros”. How is the amount written in the Spanish version?`,
      key: ['s', `${millions} millones de euros`],
      wrong: [
        [
          ['s', `${whole},${tenth} billones de euros`],
          'translates billion as billón, which is a million millions',
        ],
        [['s', `${whole},${tenth} millones de euros`], 'drops a factor of a thousand'],
        [
          ['s', `${whole}.${tenth} billones de euros`],
          'translates billion as billón and keeps the English decimal point',
        ],
        [
          ['s', `${whole}.${tenth} mil millones de euros`],
          'reads billion as mil millones but keeps the English decimal point',
        ],
      ],
    }
  }),
  es('spanish-abbreviated-ordinals', (rng) => {
    const fem = rng.next() < 0.5
    const n = rng.pick([2, 4, 5, 6, 7, 8, 9])
    const noun = fem
      ? rng.pick(['edición', 'planta', 'convocatoria', 'semana'])
      : rng.pick(['piso', 'aniversario', 'puesto', 'congreso'])
    const letters: Record<number, string> = {
      2: 'do',
      4: 'to',
      5: 'to',
      6: 'to',
      7: 'mo',
      8: 'vo',
      9: 'no',
    }
    const art = fem ? 'la' : 'el'
    const mark = fem ? 'ª' : 'º'
    const other = fem ? 'º' : 'ª'
    return {
      stem: `Write the abbreviated ordinal in «${art} ___ ${noun}» (number ${n}).`,
      key: ['s', `${art} ${n}.${mark} ${noun}`],
      wrong: [
        [
          ['s', `${art} ${n}${mark} ${noun}`],
          'leaves out the period before the superscript letter',
        ],
        [['s', `${art} ${n}.${other} ${noun}`], 'uses the superscript of the other gender'],
        [
          ['s', `${art} ${n}${other} ${noun}`],
          'uses the other gender’s superscript and leaves out the period',
        ],
        [
          ['s', `${art} ${n}${fem ? `${letters[n]!.slice(0, -1)}a` : letters[n]} ${noun}`],
          'writes the ending letters on the line instead of a superscript',
        ],
      ],
    }
  }),
  es('spanish-compound-ordinals-13-to-18', (rng) => {
    const n = rng.int(13, 18)
    const [stem, part] = TEENS[n]!
    const fem = rng.next() < 0.5
    const end = fem ? 'a' : 'o'
    const noun = fem ? 'edición' : 'congreso'
    // tercero shortens to tercer before a masculine noun (decimotercer congreso)
    const ord = (f: boolean) =>
      n === 13 && !f ? 'decimotercer' : `decimo${stem}${f ? 'a' : 'o'}`.replace('decimoo', 'decimo')
    const art = fem ? 'la' : 'el'
    return {
      stem: `Write out «${art} ${n}.${fem ? 'ª' : 'º'} ${noun}» in words for a formal invitation.`,
      key: ['s', `${art} ${ord(fem)} ${noun}`],
      wrong: [
        [
          ['s', `${art} ${part}av${end} ${noun}`],
          'uses the partitive (-avo, a fraction) as an ordinal',
        ],
        [
          ['s', `${art} ${ord(fem).replace('decimo', 'décimo')} ${noun}`],
          'keeps décimo’s tilde inside the one-word compound',
        ],
        [['s', `${art} ${ord(!fem)} ${noun}`], 'gives the ordinal the wrong gender'],
        [
          ['s', `${art} decim${end} ${n === 13 && !fem ? 'tercer' : stem + end} ${noun}`],
          'writes the two-word form without the tilde its first word then keeps',
        ],
        ...(fem
          ? ([
              [
                ['s', `${art} décimo ${stem}a ${noun}`],
                'leaves décimo masculine in the two-word form, where both words agree',
              ],
            ] as const)
          : []),
      ],
    }
  }),
  es('spanish-cardinals-up-to-thirty-in-one-word-with-tilde', (rng) => {
    const [n, marked, split] = rng.pick(TILDE_NUMBERS)
    return {
      stem: `Write ${n} in words on a cheque (talón) for a client.`,
      key: ['a', marked],
      wrong: [
        [['n', marked], 'drops the tilde the one-word aguda needs'],
        [['s', split], 'uses the split spelling the Ortografía (2010) treats as obsolete'],
        [['a', marked.replace('veinti', 'venti')], 'drops the i of veinti-'],
        [['n', marked.replace('veinti', 'venti')], 'drops the i of veinti- and the tilde'],
      ],
    }
  }),
  es('spanish-veintiun-before-a-masculine-noun', (rng) => {
    const noun = rng.pick(['días', 'clientes', 'pedidos', 'artículos'])
    return {
      stem: `Write 21 in words: «En total son ___ ${noun}.»`,
      key: ['f', `{0} ${noun}`, ['a', 'veintiUn']],
      wrong: [
        [['s', `veintiuno ${noun}`], 'keeps the full form uno before the noun'],
        [['f', `{0} ${noun}`, ['n', 'veintiUn']], 'drops the tilde of veintiún'],
        [['s', `veinte y un ${noun}`], 'uses the obsolete split spelling'],
        [['s', `ventiún ${noun}`], 'drops the i of veinti-, as it is often pronounced'],
      ],
    }
  }),
  es('spanish-hundreds-agree-with-a-feminine-noun', (rng) => {
    const h = rng.int(2, 9)
    const [fem, odd] = HUNDREDS[h]!
    const noun = rng.pick(['facturas', 'unidades', 'páginas', 'personas'])
    const masc = fem.replace(/as$/, 'os')
    return {
      stem: `Write ${h}00 in words: «Hemos revisado ___ ${noun}.»`,
      key: ['s', `${fem} ${noun}`],
      wrong: [
        [['s', `${masc} ${noun}`], 'uses the masculine hundreds with a feminine noun'],
        [
          ['s', `${odd ?? fem.replace('cientas', ' cientas')} ${noun}`],
          odd
            ? 'builds the hundred regularly instead of its irregular form'
            : 'writes the hundred as two words',
        ],
        [
          ['s', `${odd ? odd.replace(/as$/, 'os') : fem.replace('cientas', ' cientos')} ${noun}`],
          odd
            ? 'builds the hundred regularly and in the masculine'
            : 'writes the hundred as two words and in the masculine',
        ],
        [
          ['s', `${fem.replace('cientas', 'sientas')} ${noun}`],
          'writes s for the c, a seseo spelling',
        ],
      ],
    }
  }),
  es('spanish-long-date-in-lower-case', (rng) => {
    const { y, mo, d, wd } = drawDate(rng)
    const day = WEEKDAYS[wd]!
    const month = MONTHS[mo]!
    return {
      stem: `Write the date ${y}-${String(mo + 1).padStart(2, '0')}-${d} in full, with the weekday, in «La firma será el ___.»`,
      key: ['s', `${day}, ${d} de ${month} de ${y}`],
      wrong: [
        [
          ['s', `${cap(day)}, ${d} de ${cap(month)} de ${y}`],
          'capitalises weekday and month, as English does',
        ],
        [['s', `${day}, ${d} de ${cap(month)} de ${y}`], 'capitalises the month, as English does'],
        [['s', `${day}, ${month} ${d}, ${y}`], 'keeps the English order month, day, year'],
        [
          ['s', `${cap(day)}, ${d} de ${month} de ${y}`],
          'capitalises the weekday, as English does',
        ],
        [
          ['s', `${cap(day)}, ${cap(month)} ${d}, ${y}`],
          'keeps the English order and capitals for weekday and month',
        ],
      ],
    }
  }),
  es('spanish-years-are-never-grouped', (rng) => {
    const y = rng.int(2019, 2026)
    const amount = rng.int(12, 98) * 1000 + rng.int(1, 9) * 100
    const g = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
    return {
      stem: 'Which sentence writes the year and the amount correctly for an es-ES client (style sheet: a point between thousands)?',
      key: ['s', `En ${y} facturamos ${g(amount, '.')} euros.`],
      wrong: [
        [
          ['s', `En ${g(y, '.')} facturamos ${g(amount, '.')} euros.`],
          'groups the digits of a year',
        ],
        [
          ['s', `En ${y} facturamos ${g(amount, ',')} euros.`],
          'groups the thousands with an English comma',
        ],
        [
          ['s', `En ${g(y, ',')} facturamos ${g(amount, ',')} euros.`],
          'groups the year and uses English commas',
        ],
      ],
    }
  }),
  es('spanish-question-marks-open-where-the-question-begins', (rng) => {
    const [lead, q] = rng.pick([
      ['Le escribo por su pedido', 'lo ha recibido ya'],
      ['Hemos revisado el presupuesto', 'podemos llamarle mañana'],
      ['Falta una firma en el contrato', 'nos lo puede devolver firmado'],
      ['La factura vence el viernes', 'necesita más tiempo'],
    ])
    return {
      stem: 'Only the second part is a question. Which is punctuated correctly?',
      key: ['s', `${lead}: ¿${q}?`],
      wrong: [
        [
          ['s', `¿${lead}: ${q}?`],
          'opens the question at the start of the sentence, not where the question begins',
        ],
        [['s', `${lead}: ${q}?`], 'leaves out the opening question mark, as English does'],
        [['s', `${lead}: ¿${q}?.`], 'adds a period after the closing question mark'],
        [
          ['s', `${lead}: ${q}?.`],
          'leaves out the opening mark and adds a period after the closing one',
        ],
        [['s', `¿${lead}: ${q}?.`], 'opens the question too early and adds a period after it'],
      ],
    }
  }),
  es('spanish-exclamation-marks-open-where-the-exclamation-begins', (rng) => {
    const [lead, ex] = rng.pick([
      ['Gracias por su compra', 'esperamos verle pronto'],
      ['Su pedido ya está en camino', 'qué rapidez'],
      ['Hemos cerrado el trimestre', 'enhorabuena a todo el equipo'],
    ])
    return {
      stem: 'Only the second part is an exclamation. Which is punctuated correctly?',
      key: ['s', `${lead}: ¡${ex}!`],
      wrong: [
        [['s', `¡${lead}: ${ex}!`], 'opens the exclamation at the start of the sentence'],
        [['s', `${lead}: ${ex}!`], 'leaves out the opening exclamation mark, as English does'],
        [['s', `${lead}: ¡${ex}!.`], 'adds a period after the closing exclamation mark'],
        [
          ['s', `${lead}: ${ex}!.`],
          'leaves out the opening mark and adds a period after the closing one',
        ],
        [['s', `¡${lead}: ${ex}!.`], 'opens the exclamation too early and adds a period after it'],
      ],
    }
  }),
  es('spanish-period-after-closing-quotes', (rng) => {
    const [who, quote] = rng.pick([
      ['El cliente escribió', 'Lo necesito para el lunes'],
      ['La directora respondió', 'Aprobamos la propuesta'],
      ['El proveedor confirmó', 'El envío sale hoy'],
    ])
    return {
      stem: 'Which sentence punctuates the quotation as the RAE prescribes?',
      key: ['s', `${who}: «${quote}».`],
      wrong: [
        [
          ['s', `${who}: «${quote}.»`],
          'puts the period inside the closing quotation marks, as English does',
        ],
        [
          ['s', `${who}: «${quote}.».`],
          'puts a period both inside and outside the quotation marks',
        ],
        [['s', `${who}: “${quote}.”`], 'uses English quotation marks with the period inside'],
      ],
    }
  }),
  es('spanish-no-comma-between-subject-and-verb', (rng) => {
    const [subj, rel, pred] = rng.pick([
      ['los clientes', 'que pagaron tarde', 'recibirán un aviso'],
      ['las facturas', 'que superen los mil euros', 'necesitan una segunda firma'],
      ['los textos', 'que lleguen después del viernes', 'se traducirán la semana siguiente'],
    ])
    // A comment clause opens the sentence and is closed by its comma (Ortografía, III, 3.4.2.1.2).
    const lead = rng.pick(['Como ya sabe', 'Como le indicamos', 'Como acordamos'])
    return {
      stem: `Only some of «${subj}» are meant (a defining clause). Which sentence is punctuated correctly?`,
      key: ['s', `${lead}, ${subj} ${rel} ${pred}.`],
      wrong: [
        [
          ['s', `${lead}, ${subj} ${rel}, ${pred}.`],
          'puts a comma between the subject and its verb',
        ],
        [
          ['s', `${lead}, ${subj}, ${rel}, ${pred}.`],
          'encloses the defining clause in commas, making it non-defining',
        ],
        [
          ['s', `${lead}, ${subj}, ${rel} ${pred}.`],
          'opens a parenthetical comma and never closes it',
        ],
        [
          ['s', `${lead} ${subj} ${rel} ${pred}.`],
          'leaves the opening comment clause without the comma that closes it',
        ],
        [
          ['s', `${lead} ${subj} ${rel}, ${pred}.`],
          'moves the comma from the end of the comment clause to between subject and verb',
        ],
      ],
    }
  }),
  es('spanish-unit-symbols', (rng) => {
    const [unit, n] = rng.pick([
      ['km', rng.int(12, 480)],
      ['kg', rng.int(2, 90)],
      ['min', rng.int(15, 55)],
      ['h', rng.int(2, 9)],
      ['cm', rng.int(12, 95)],
    ] as const)
    return {
      stem: `Write the measurement (${n}, unit symbol ${unit}) in a product sheet.`,
      key: ['s', `${n} ${unit}`],
      wrong: [
        [['s', `${n} ${unit}s`], 'adds a plural -s to a symbol'],
        [['s', `${n} ${unit}.`], 'puts a period after a symbol, as after an abbreviation'],
        [['s', `${n}${unit}`], 'joins the symbol to the figure without a space'],
        [
          ['s', `${n} ${unit.charAt(0).toUpperCase()}${unit.slice(1)}`],
          'capitalises a lower-case symbol',
        ],
        [
          ['s', `${n} ${unit}s.`],
          'treats the symbol as an abbreviation, with a plural -s and a period',
        ],
        [['s', `${n}${unit}s`], 'adds a plural -s and joins the symbol to the figure'],
      ],
    }
  }),
  es('spanish-year-ranges-de-a-or-entre-y', (rng) => {
    const a = rng.int(2010, 2020)
    const b = a + rng.int(2, 6)
    const entre = rng.next() < 0.5
    const key = entre ? `entre ${a} y ${b}` : `de ${a} a ${b}`
    return {
      stem: `Which phrase gives the period ${a}–${b} correctly in running text? «Las ventas crecieron ___.»`,
      key: ['s', key],
      wrong: [
        [['s', `de ${a}-${b}`], 'mixes the preposition de with a dash'],
        [['s', `entre ${a}-${b}`], 'mixes entre with a dash'],
        [['s', `entre ${a} a ${b}`], 'pairs entre with a instead of y'],
        [['s', `desde ${a} y ${b}`], 'pairs desde with y'],
      ],
    }
  }),
  es('spanish-etc-punctuation', (rng) => {
    const items = rng
      .shuffle(['facturas', 'albaranes', 'presupuestos', 'contratos', 'recibos'])
      .slice(0, 3)
    const list = `${items[0]}, ${items[1]}, ${items[2]}`
    return {
      stem: 'Which list ends with etc. as the RAE prescribes?',
      key: ['s', `Adjunte ${list}, etc.`],
      wrong: [
        [
          ['s', `Adjunte ${list}, etc...`],
          'adds an ellipsis after etc., which already means “and the rest”',
        ],
        [['s', `Adjunte ${list} y etc.`], 'puts y before etc., repeating its meaning'],
        [['s', `Adjunte ${list}, etc`], 'leaves out the period of the abbreviation etc.'],
        [['s', `Adjunte ${list} y etc...`], 'puts y before etc. and adds an ellipsis after it'],
        [['s', `Adjunte ${list} etc.`], 'leaves out the comma before etc.'],
      ],
    }
  }),
]
