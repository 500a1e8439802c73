import type { Rng } from '../../rng.js'
import { MONTH_NAMES } from '../month-names.js'
import { client, family, redrawn, type WordFamily, worked } from './msword-text.js'
import { bothSlips, datePicture, type Moment, numberPicture } from './pictures.js'

// Field results under the \@ date-time picture and \# numeric picture switches, as documented in
// "Format field results" (Microsoft Support, Word) and ECMA-376 Part 1 (field switches) (see
// pictures.ts). Every stem states the moment or value the field is updated with.

const moment = (rng: Rng): Moment => {
  const y = rng.int(2025, 2028)
  const mo = rng.int(1, 12)
  const d = rng.int(1, 28)
  // Hours, minutes, months and days kept apart, so a picture read wrongly shows another value.
  let h = rng.int(1, 22)
  let mi = rng.int(10, 58)
  while (mi === mo || mi === d || mi === h) mi = rng.int(10, 58)
  while (h === mo || h === d || h === 12) h = rng.int(1, 22)
  return { y, mo, d, h, mi }
}
const when = (t: Moment) =>
  `${t.d} ${MONTH_NAMES[t.mo - 1]} ${t.y} at ${String(t.h).padStart(2, '0')}:${String(t.mi).padStart(2, '0')} (24-hour clock)`
const field = (name: string, pic: string) => `{ ${name} \\@ "${pic}" }`

type PicSlip = readonly [slip: string, pic: string, mistake: string]
/**
 * The single slips and every pair of them made together, so that the key is not the one option
 * a single edit away from all the others.
 */
function withPairs(base: string, slips: readonly PicSlip[]): PicSlip[] {
  const out: PicSlip[] = [...slips]
  slips.forEach(([sa, pa, ma], i) => {
    for (const [sb, pb, mb] of slips.slice(i + 1)) {
      const pic = bothSlips(base, pa, pb)
      // Two edits that meet inside one run of letters ("mmM") make a picture nobody writes.
      if (pic !== undefined && !/mM|Mm|dD|hH|Hh/.test(pic))
        out.push([`${sa}+${sb}`, pic, `${ma}; and ${mb}`])
    }
  })
  return out
}

/** A picture wanted for a layout, and the slips a practitioner makes writing it. */
interface WantedPicture {
  readonly id: string
  readonly purpose: string
  readonly pic: string
  readonly wrong: readonly (readonly [slip: string, pic: string, mistake: string])[]
}

const WANTED: readonly WantedPicture[] = [
  {
    id: 'date-picture-us-letter-date',
    purpose: 'the US letter style, full month name then day and four-digit year',
    pic: 'MMMM d, yyyy',
    wrong: [
      ['lowerMonth', 'mmmm d, yyyy', 'writes the month in lower case, which Word reads as minutes'],
      ['abbrev', 'MMM d, yyyy', 'uses three Ms, which gives the abbreviated month name'],
      ['padDay', 'MMMM dd, yyyy', 'doubles the d, which pads single-digit days with a zero'],
      ['weekday', 'MMMM dddd, yyyy', 'uses four ds, which gives the weekday name'],
      ['shortYear', 'MMMM d, yy', 'uses two ys, which gives a two-digit year'],
    ],
  },
  {
    id: 'date-picture-uk-long-date',
    purpose: 'the British long style, day, full month name and four-digit year',
    pic: 'd MMMM yyyy',
    wrong: [
      ['lowerMonth', 'd mmmm yyyy', 'writes the month in lower case, which Word reads as minutes'],
      ['abbrev', 'd MMM yyyy', 'uses three Ms, which gives the abbreviated month name'],
      ['weekday', 'ddd MMMM yyyy', 'uses three ds, which gives the abbreviated weekday'],
      ['numMonth', 'd MM yyyy', 'uses two Ms, which gives the month as a number'],
      ['shortYear', 'd MMMM yy', 'uses two ys, which gives a two-digit year'],
    ],
  },
  {
    id: 'date-picture-weekday-date',
    purpose: 'the weekday in full, then the day and full month name, for a meeting notice',
    pic: 'dddd d MMMM',
    wrong: [
      ['abbrevDay', 'ddd d MMMM', 'uses three ds, which abbreviates the weekday'],
      ['dayNumber', 'dd d MMMM', 'uses two ds, which gives the day number with a zero'],
      ['lowerMonth', 'dddd d mmmm', 'writes the month in lower case, which Word reads as minutes'],
      ['monthFirst', 'dddd MMMM d', 'puts the month before the day, the US order'],
      ['abbrevMonth', 'dddd d MMM', 'uses three Ms, which abbreviates the month'],
      ['quotedMonth', "dddd d 'MMMM'", 'puts MMMM in quotes, which prints the letters as text'],
      ['withYear', 'dddd d MMMM yyyy', 'copies a long-date picture, which adds the year'],
    ],
  },
  {
    id: 'date-picture-iso-date',
    purpose:
      'an ISO 8601 date, four-digit year, two-digit month and two-digit day, for a file reference',
    pic: 'yyyy-MM-dd',
    wrong: [
      ['lowerMonth', 'yyyy-mm-dd', 'writes the month in lower case, which Word reads as minutes'],
      ['noPad', 'yyyy-M-d', 'uses single letters, which drop the leading zeros'],
      ['shortYear', 'yy-MM-dd', 'uses two ys, which gives a two-digit year'],
      ['swapped', 'yyyy-dd-MM', 'swaps the day and month places'],
      ['abbrev', 'yyyy-MMM-dd', 'uses three Ms, which gives the month name'],
    ],
  },
  {
    id: 'date-picture-month-year',
    purpose: 'the full month name and four-digit year only, for a report cover',
    pic: 'MMMM yyyy',
    wrong: [
      ['lowerMonth', 'mmmm yyyy', 'writes the month in lower case, which Word reads as minutes'],
      ['abbrev', 'MMM yyyy', 'uses three Ms, which abbreviates the month'],
      ['numMonth', 'MM yyyy', 'uses two Ms, which gives the month as a number'],
      ['shortYear', 'MMMM yy', 'uses two ys, which gives a two-digit year'],
      ['weekday', 'dddd yyyy', 'uses ds, which give the weekday rather than the month'],
      ['quotedYear', "MMMM 'yyyy'", 'puts yyyy in quotes, which prints the letters as text'],
      ['withDay', 'd MMMM yyyy', 'copies a long-date picture, which adds the day'],
    ],
  },
  {
    id: 'time-picture-12-hour',
    purpose: 'the time on the 12-hour clock with a lower-case am or pm, for a minutes heading',
    pic: 'h:mm am/pm',
    wrong: [
      ['upperH', 'H:mm am/pm', 'uses an upper-case H, which gives the 24-hour clock'],
      ['upperM', 'h:MM am/pm', 'writes the minutes in upper case, which Word reads as the month'],
      ['noMeridiem', 'h:mm', 'leaves out am/pm, so morning and evening look alike'],
      ['singleM', 'h:m am/pm', 'uses one m, which drops the zero from minutes under ten'],
    ],
  },
  {
    id: 'time-picture-24-hour',
    purpose: 'the time on the 24-hour clock with two-digit hours and minutes, for a timesheet',
    pic: 'HH:mm',
    wrong: [
      ['lowerH', 'hh:mm', 'uses a lower-case h, which gives the 12-hour clock'],
      ['upperM', 'HH:MM', 'writes the minutes in upper case, which Word reads as the month'],
      ['singleH', 'H:mm', 'uses one H, which drops the zero from hours under ten'],
      ['seconds', 'HH:ss', 'writes seconds where the minutes belong'],
    ],
  },
]

const wantedFamily = (w: WantedPicture): WordFamily =>
  redrawn(w.id, (rng) => {
    const t = moment(rng)
    const target = datePicture(w.pic, t)
    return worked(rng, {
      stem: `A virtual assistant sets up a DATE field in ${client(rng)}’s letter template to show ${w.purpose}. Updated on ${when(t)}, it must read “${target}”. Which field code does that?`,
      kind: 'date-code',
      in: { t, target },
      key: field('DATE', w.pic),
      // A slip that happens to give the same result on this date (dd on the 21st) is no mistake.
      wrong: withPairs(w.pic, w.wrong)
        .filter(([, pic]) => datePicture(pic, t) !== target)
        .map(([slip, pic, mistake]) => [slip, field('DATE', pic), mistake] as const),
      code: true,
    })
  })

/** A field as a colleague wrote it, and the result of reading each of its letters wrongly. */
interface ShownPicture {
  readonly id: string
  readonly pic: string
  readonly misreadings: readonly (readonly [slip: string, pic: string, mistake: string])[]
}

const SHOWN: readonly ShownPicture[] = [
  {
    id: 'date-result-minutes-for-month',
    pic: 'dd/mm/yyyy',
    misreadings: [
      ['asMonth', 'dd/MM/yyyy', 'reads the lower-case mm as the month, which Word does not'],
      ['noPad', 'd/m/yyyy', 'drops the leading zeros that the doubled letters ask for'],
      ['asHour', 'dd/HH/yyyy', 'reads mm as the hour'],
      ['usOrder', 'MM/dd/yyyy', 'puts the month first, as a US system date would'],
    ],
  },
  {
    id: 'date-result-abbreviated-weekday',
    pic: 'ddd d MMM yy',
    misreadings: [
      ['fullDay', 'dddd d MMM yy', 'gives the weekday in full for three ds'],
      ['dayNum', 'dd d MMM yy', 'reads ddd as a padded day number'],
      ['fullMonth', 'ddd d MMMM yy', 'gives the month in full for three Ms'],
      ['longYear', 'ddd d MMM yyyy', 'gives a four-digit year for yy'],
    ],
  },
  {
    id: 'date-result-12-hour-clock',
    pic: 'h:mm AM/PM',
    misreadings: [
      ['as24', 'H:mm AM/PM', 'keeps the 24-hour figure though h is the 12-hour clock'],
      ['pad', 'hh:mm AM/PM', 'pads the hour with a zero'],
      ['monthMin', 'h:MM AM/PM', 'reads mm as the month'],
      ['noMeridiem', 'h:mm', 'leaves the AM/PM marker out of the result'],
    ],
  },
  {
    id: 'date-result-literal-text',
    pic: "'Week of' d MMMM",
    misreadings: [
      ['noQuotes', "'Week of' dd MMMM", 'pads the day with a zero'],
      ['abbrev', "'Week of' d MMM", 'abbreviates the month'],
      ['usOrder', "'Week of' MMMM d", 'puts the month before the day'],
      ['weekday', "'Week of' dddd MMMM", 'shows the weekday name for d'],
    ],
  },
]

const shownFamily = (s: ShownPicture): WordFamily =>
  family(s.id, (rng) => {
    const t = moment(rng)
    return worked(rng, {
      stem: `A colleague’s template for ${client(rng)} holds the field { DATE \\@ "${s.pic}" }. What does it show when updated on ${when(t)}?`,
      kind: 'date-result',
      in: { t, pic: s.pic },
      key: datePicture(s.pic, t),
      wrong: withPairs(s.pic, s.misreadings).map(
        ([slip, pic, mistake]) => [slip, datePicture(pic, t), mistake] as const,
      ),
    })
  })

const money = (rng: Rng) => rng.int(100000, 9999999) / 100

export const PICTURE_FAMILIES: readonly WordFamily[] = [
  ...WANTED.map(wantedFamily),
  ...SHOWN.map(shownFamily),
  family('numeric-picture-currency-code', (rng) => {
    // Whole amounts plus a tenth-place fraction: no rounding tie at one place or none.
    const v = rng.int(1000, 99999) + rng.pick([0.1, 0.3, 0.4, 0.6, 0.8])
    const sym = rng.pick(['$', '£', '€'])
    const target = numberPicture(`${sym}#,##0.00`, v)
    const code = (p: string) => `{ MERGEFIELD Fee \\# "${p}" }`
    return worked(rng, {
      stem: `In ${client(rng)}’s fee letters, the Excel column Fee holds ${v} and must show as ${target}. Which merge field does that?`,
      kind: 'number-code',
      in: { v, target },
      key: code(`${sym}#,##0.00`),
      wrong: [
        [
          'noCents',
          code(`${sym}#,##0`),
          'leaves the decimal places out, so the cents are rounded away',
        ],
        ['noGroup', code(`${sym}0.00`), 'leaves the comma out, so thousands are not grouped'],
        ['oneDp', code(`${sym}#,##0.0`), 'gives one decimal place instead of two'],
        ['noSymbol', code('#,##0.00'), 'leaves the currency symbol out of the picture'],
        ['threeDp', code(`${sym}#,##0.000`), 'gives three decimal places instead of two'],
        ['spaced', code(`${sym} #,##0.00`), 'puts a space between the symbol and the amount'],
        [
          'noSymbol+noCents',
          code('#,##0'),
          'leaves both the currency symbol and the decimal places out of the picture',
        ],
        [
          'spaced+threeDp',
          code(`${sym} #,##0.000`),
          'puts a space after the symbol, and gives three decimal places instead of two',
        ],
        [
          'spaced+oneDp',
          code(`${sym} #,##0.0`),
          'puts a space after the symbol, and gives one decimal place instead of two',
        ],
        [
          'noSymbol+noGroup',
          code('0.00'),
          'leaves both the currency symbol and the comma out of the picture',
        ],
        [
          'noGroup+noCents',
          code(`${sym}0`),
          'leaves both the comma and the decimal places out, so neither thousands nor cents show',
        ],
        [
          'rawValue',
          '{ MERGEFIELD Fee }',
          'relies on the Excel cell format, which the merge does not carry',
        ],
      ],
      code: true,
    })
  }),
  family('numeric-picture-rounds-whole', (rng) => {
    let v = rng.int(100000, 9999999) / 100
    while (Math.round(v * 100) % 100 === 50 || Math.round(v * 100) % 100 < 10) v = money(rng)
    return worked(rng, {
      stem: `A merged quotation for ${client(rng)} uses { MERGEFIELD Total \\# "#,##0" }, and the record’s Total is ${v}. What does the letter show?`,
      kind: 'number-result',
      in: { v, pic: '#,##0' },
      key: numberPicture('#,##0', v),
      wrong: [
        [
          'truncate',
          numberPicture('#,##0', Math.trunc(v)),
          'cuts the decimals off instead of rounding',
        ],
        ['raw', String(v), 'expects the picture to leave the value as stored'],
        ['noGroup', numberPicture('0', v), 'ignores the comma that groups thousands'],
        [
          'keepCents',
          numberPicture('#,##0.00', v),
          'keeps two decimals though the picture has none',
        ],
        ['roundUp', numberPicture('#,##0', Math.ceil(v)), 'rounds up whatever the fraction'],
      ],
    })
  }),
  family('numeric-picture-negative-section', (rng) => {
    // At least four digits before the point, so no # placeholder is left without a digit.
    const v = -(rng.int(100000, 9999999) / 100)
    const pic = '$#,##0.00;($#,##0.00)'
    return worked(rng, {
      stem: `A statement merge for ${client(rng)} shows balances with { MERGEFIELD Balance \\# "${pic}" }. A record’s Balance is ${v}. What does the statement show?`,
      kind: 'number-result',
      in: { v, pic },
      key: numberPicture(pic, v),
      wrong: [
        [
          'minus',
          `-${numberPicture('$#,##0.00', -v)}`,
          'keeps the minus sign, ignoring the negative part of the picture',
        ],
        ['both', `(-${numberPicture('$#,##0.00', -v)})`, 'adds the minus sign inside the brackets'],
        ['positive', numberPicture('$#,##0.00', -v), 'drops the sign and uses the positive part'],
        [
          'minusInside',
          `$-${numberPicture('#,##0.00', -v)}`,
          'puts the minus after the currency symbol',
        ],
      ],
    })
  }),
  family('numeric-picture-percent-not-scaled', (rng) => {
    let pct = rng.int(11, 95)
    // A value ending in 5 at the second place would be a rounding tie at one place.
    while (pct % 10 === 5) pct = rng.int(11, 95)
    const v = pct / 100
    const field1 = `{ MERGEFIELD Rate \\# "0.0%" }`
    return worked(rng, {
      stem: `${client(rng).replace(/^./, (c) => c.toUpperCase())}’s Excel sheet shows a Rate of ${pct}% (stored as ${v}). The merge field reads ${field1}. What does the merged letter show?`,
      kind: 'number-result',
      in: { v, pic: '0.0%' },
      key: numberPicture('0.0%', v),
      wrong: [
        [
          'scaled',
          `${pct.toFixed(1)}%`,
          'expects % to multiply by 100, as it does in Excel; in Word it is a plain character',
        ],
        ['raw', String(v), 'expects the picture to be ignored'],
        ['excel', `${pct}%`, 'expects the merge to carry the Excel cell format'],
        ['unrounded', `${v}%`, 'keeps both stored decimals though the picture gives one place'],
        [
          'noLeadingZero',
          `${numberPicture('0.0%', v).slice(1)}`,
          'reads the 0 before the point as optional, as # would be, so drops it',
        ],
      ],
    })
  }),
  family('numeric-picture-zero-padding', (rng) => {
    const n = rng.int(7, 998)
    const width = rng.pick([4, 5, 6])
    const pic = '0'.repeat(width)
    return worked(rng, {
      stem: `Invoice numbers for ${client(rng)} are merged with { MERGEFIELD InvNo \\# "${pic}" }. For a record whose InvNo is ${n}, what is printed?`,
      kind: 'number-result',
      in: { v: n, pic },
      key: numberPicture(pic, n),
      wrong: [
        ['raw', String(n), 'expects zeros in the picture to be ignored'],
        ['trailing', String(n).padEnd(width, '0'), 'pads with zeros on the right'],
        [
          'extra',
          `${pic}${n}`,
          'puts the zeros in front of the number instead of filling the width',
        ],
        [
          'short',
          String(n).padStart(width - 1, '0'),
          'pads to one place fewer than the picture has',
        ],
        [
          'trailing+short',
          String(n).padEnd(width - 1, '0'),
          'pads on the right, and to one place fewer than the picture has',
        ],
        [
          'hash',
          `${n}`.padStart(width, '#'),
          'expects the picture’s unfilled places to print as # signs',
        ],
      ],
    })
  }),
  family('numeric-picture-signed-variance', (rng) => {
    const v = (rng.next() < 0.5 ? -1 : 1) * (rng.int(11, 999) / 10 + 0.07)
    const pic = '+0.0;-0.0'
    const abs = Math.abs(v).toFixed(1)
    return worked(rng, {
      stem: `A budget report for ${client(rng)} shows each variance with { = {REF Var} \\# "${pic}" }. The bookmarked Var is ${v.toFixed(2)}. What shows?`,
      kind: 'number-result',
      in: { v, pic },
      key: numberPicture(pic, v),
      wrong: [
        ['unsigned', abs, 'expects the sign to be dropped'],
        ['flipped', `${v < 0 ? '+' : '-'}${abs}`, 'applies the other part of the picture'],
        [
          'twoDp',
          `${v < 0 ? '-' : '+'}${Math.abs(v).toFixed(2)}`,
          'keeps two decimals though the picture has one',
        ],
        [
          'truncated',
          `${v < 0 ? '-' : '+'}${(Math.trunc(Math.abs(v) * 10) / 10).toFixed(1)}`,
          'cuts off the second decimal instead of rounding',
        ],
        [
          'roundedWhole',
          `${v < 0 ? '-' : '+'}${Math.round(Math.abs(v))}`,
          'rounds to a whole number',
        ],
      ],
    })
  }),
]
