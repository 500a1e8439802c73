import type { Rng } from '../../rng.js'
import { MONTH_NAMES } from '../month-names.js'
import { Client, digits, family, three } from './records.js'

const pad = (n: number) => String(n).padStart(2, '0')
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`

/** The English ordinal suffix of a day of the month up to 12. */
const ordinal = (d: number) => (d === 1 ? 'st' : d === 2 ? 'nd' : d === 3 ? 'rd' : 'th')

/** A day and month both at most 12 and different, so a slash date reads two ways. */
function ambiguousDay(rng: Rng): { m: number; d: number } {
  const m = rng.int(1, 12)
  let d = rng.int(1, 12)
  while (d === m) d = rng.int(1, 12)
  return { m, d }
}

/** Telephone numbers in fictional or documentation ranges, as a client's form holds them. */
const TRUNK_ZERO = [
  { country: 'GB', name: 'a UK', code: '44', national: () => '020 7946 0', n: 3 },
  { country: 'DE', name: 'a Berlin', code: '49', national: () => '030 2345 6', n: 3 },
  { country: 'FR', name: 'a Paris', code: '33', national: () => '01 42 68 5', n: 3 },
  { country: 'AU', name: 'a Sydney', code: '61', national: () => '02 9876 5', n: 3 },
  { country: 'NL', name: 'an Amsterdam', code: '31', national: () => '020 555 4', n: 3 },
] as const

/** Formats and standardisation: dates, telephone numbers, names, postcodes and numbers. */
export const FORMAT_FAMILIES = [
  family('slash-date-by-source-locale-to-iso', (rng) => {
    const { m, d } = ambiguousDay(rng)
    const yy = rng.int(20, 28)
    const uk = rng.next() < 0.5
    const text = uk ? `${pad(d)}/${pad(m)}/${yy}` : `${pad(m)}/${pad(d)}/${yy}`
    const office = uk ? 'its Manchester office (UK dates)' : 'its Chicago office (US dates)'
    return three(rng, {
      stem: `${Client(rng)} sends an order export from ${office}; every order is from 2020 or later. An order is dated ${text}. What do you enter in the ISO 8601 date column?`,
      key: iso(2000 + yy, m, d),
      wrong: [
        [iso(2000 + yy, d, m), 'read the date in the other country’s order'],
        [iso(1900 + yy, m, d), 'expanded the two-digit year into the 1900s'],
        [iso(2000 + (uk ? d : m), uk ? m : d, yy), 'read the slash date as year first'],
        [iso(1900 + yy, d, m), 'read the other country’s order and the 1900s'],
        [iso(1900 + (uk ? d : m), uk ? m : d, yy), 'read it year first, in the 1900s'],
      ],
      facts: { text, order: uk ? 'dmy' : 'mdy', century: 2000 },
    })
  }),
  family('iso-date-to-us-slash-format', (rng) => {
    const { m, d } = ambiguousDay(rng)
    const y = rng.int(2023, 2027)
    return three(rng, {
      stem: `A US client’s invoicing tool imports dates only as MM/DD/YYYY. Your cleaned sheet holds ${iso(y, m, d)}. What do you type?`,
      key: `${pad(m)}/${pad(d)}/${y}`,
      wrong: [
        [`${pad(d)}/${pad(m)}/${y}`, 'wrote the day first as in UK dates'],
        [`${m}/${d}/${y}`, 'dropped the zero padding the format requires'],
        [
          `${pad(m)}/${pad(d)}/${String(y).slice(2)}`,
          'shortened the year the format writes in full',
        ],
        [`${y}/${pad(d)}/${pad(m)}`, 'kept the year first and swapped the rest'],
        [`${d}/${m}/${y}`, 'wrote the day first and dropped the padding'],
      ],
      facts: { y, m, d, format: 'en-US' },
    })
  }),
  family('iso-date-to-uk-long-date', (rng) => {
    const { m, d } = ambiguousDay(rng)
    const y = rng.int(2023, 2027)
    return three(rng, {
      stem: `${Client(rng)}’s style sheet writes dates in letters as “day month year”, with no ordinals or commas. A record holds ${iso(y, m, d)}. What goes in the letter?`,
      key: `${d} ${MONTH_NAMES[m - 1]} ${y}`,
      wrong: [
        [`${m} ${MONTH_NAMES[d - 1]} ${y}`, 'read the ISO date as year, day, month'],
        [`${MONTH_NAMES[m - 1]} ${d}, ${y}`, 'wrote the US month-first long date'],
        [`${MONTH_NAMES[m - 1]} ${d} ${y}`, 'put the month first, as US dates do'],
        [`${d}${ordinal(d)} ${MONTH_NAMES[m - 1]} ${y}`, 'added the ordinal the style sheet drops'],
      ],
      facts: { y, m, d, format: 'en-GB-long' },
    })
  }),
  family('national-phone-to-e164-dropping-trunk-zero', (rng) => {
    const c = rng.pick(TRUNK_ZERO)
    const national = `${c.national()}${digits(rng, c.n)}`
    const compact = national.replace(/ /g, '')
    const intl = `+${c.code} ${national.slice(1)}`
    return three(rng, {
      stem: `${Client(rng)}’s CRM stores phone numbers in E.164. A contact at ${c.name} number gave “${national}”. What do you store?`,
      key: `+${c.code}${compact.slice(1)}`,
      wrong: [
        [`+${c.code}${compact}`, 'kept the trunk 0 after the country code'],
        [`00${c.code}${compact.slice(1)}`, 'wrote the 00 exit code instead of the plus'],
        [intl, 'kept the spaces E.164 leaves out'],
        [compact, 'stored the national number without the country code'],
        [`+${c.code} ${national}`, 'wrote the trunk 0 into the international form'],
      ],
      facts: { input: national, country: c.country },
    })
  }),
  family('italian-phone-to-e164-keeping-zero', (rng) => {
    const national = `06 ${digits(rng, 4)} ${digits(rng, 4)}`
    const compact = national.replace(/ /g, '')
    return three(rng, {
      stem: `A supplier in Rome lists its landline as “${national}”. The client’s CRM stores E.164. What do you store?`,
      key: `+39${compact}`,
      wrong: [
        [`+39${compact.slice(1)}`, 'dropped the leading 0 that Italian numbers keep'],
        [`0039${compact}`, 'wrote the 00 exit code instead of the plus'],
        [`+39 ${national}`, 'kept the spaces E.164 leaves out'],
        [`+39 ${national.slice(1)}`, 'dropped the 0 in the spaced international form'],
        [compact, 'stored the national number without the country code'],
      ],
      facts: { input: national, country: 'IT' },
    })
  }),
  family('nanp-phone-to-e164', (rng) => {
    const area = rng.pick(['212', '415', '312', '617', '206', '303'])
    const line = `01${digits(rng, 2)}`
    const national = `(${area}) 555-${line}`
    return three(rng, {
      stem: `${Client(rng)} imports contacts into a dialler that needs E.164. A US lead wrote “${national}”. What do you enter?`,
      key: `+1${area}555${line}`,
      wrong: [
        [`+${area}555${line}`, 'left out the country code 1'],
        [`001${area}555${line}`, 'wrote the 00 exit code instead of the plus'],
        [`011${area}555${line}`, 'wrote the US 011 exit code instead of the plus'],
        [`+1 ${area}-555-${line}`, 'kept the separators E.164 leaves out'],
        [`+1 (${area}) 555-${line}`, 'put +1 before the national format'],
        [`001 ${area}-555-${line}`, 'wrote the 00 exit code and kept the separators'],
        [`+${area}-555-${line}`, 'left out the 1 and kept the separators'],
      ],
      facts: { input: national, country: 'US' },
    })
  }),
  family('surname-prefix-capitalisation-by-style-sheet', (rng) => {
    const [prefix, rest] = rng.pick([
      ['Mc', 'donald'],
      ['Mc', 'kenzie'],
      ['Mc', 'gregor'],
      ["O'", 'brien'],
      ["O'", 'connor'],
      ["O'", 'neill'],
    ] as const)
    const raw =
      rng.next() < 0.5 ? `${prefix}${rest}`.toUpperCase() : `${prefix}${rest}`.toLowerCase()
    const cap = rest[0]!.toUpperCase() + rest.slice(1)
    const mc = prefix === 'Mc'
    return three(rng, {
      stem: `${Client(rng)}’s style sheet: “Capitalise the letter after Mc and after O’; keep the apostrophe.” A web form gave the surname “${raw}”. What do you enter?`,
      key: `${prefix}${cap}`,
      wrong: [
        [`${prefix}${rest}`, 'capitalised only the first letter of the name'],
        [`${prefix}${rest}`.toUpperCase(), 'left the name in capitals'],
        [
          mc ? `Mac${cap}` : `O${cap}`,
          mc ? 'changed the Mc prefix to Mac' : 'dropped the apostrophe',
        ],
        [mc ? `Mc ${cap}` : `O ${cap}`, 'split the prefix off as a word'],
        [mc ? `Mc ${rest}` : `O ${rest}`, 'split the prefix off and lowered the rest'],
      ],
      facts: { raw, rule: 'mc-o' },
    })
  }),
  family('dutch-particle-sorted-surname', (rng) => {
    const [given, particle, main] = rng.pick([
      ['Jan', 'van der', 'Berg'],
      ['Anouk', 'van den', 'Broek'],
      ['Pieter', 'van de', 'Ven'],
      ['Sanne', 'van der', 'Meer'],
      ['Daan', 'van den', 'Heuvel'],
    ] as const)
    const [p1, p2] = particle.split(' ') as [string, string]
    const title = (s: string) => s[0]!.toUpperCase() + s.slice(1)
    return three(rng, {
      stem: `${Client(rng)} keeps Dutch customers in a list sorted “Surname, Given name”, by the Dutch rule: file under the main surname, particles after the given name. How do you enter ${given} ${particle} ${main}?`,
      key: `${main}, ${given} ${particle}`,
      wrong: [
        [`${particle} ${main}, ${given}`, 'filed under the particle as in Belgian names'],
        [`${title(p1)} ${title(p2)} ${main}, ${given}`, 'filed under capitalised particles'],
        [`${p2} ${main}, ${given} ${p1}`, 'split the particle between the fields'],
      ],
      facts: { given, particle, main },
    })
  }),
  family('uk-postcode-spacing', (rng) => {
    const outward = rng.pick(['SW1A', 'EC1V', 'NW10', 'CR2', 'BS8', 'LS11', 'M1', 'B33'])
    const inward = `${rng.int(1, 9)}${rng.pick(['AB', 'DN', 'EQ', 'HT', 'LW', 'RZ', 'XJ'])}`
    const raw = `${outward}${inward}`.toLowerCase()
    const up = raw.toUpperCase()
    return three(rng, {
      stem: `${Client(rng)}’s mailing list must hold UK postcodes in capitals with one space before the last three characters. A row reads “${raw}”. What do you enter?`,
      key: `${outward} ${inward}`,
      wrong: [
        [`${up.slice(0, 3)} ${up.slice(3)}`, 'put the space after the first three characters'],
        [up, 'left out the space the format needs'],
        [`${outward} ${inward}`.toLowerCase(), 'left the postcode in lower case'],
        [`${up.slice(0, 2)} ${up.slice(2)}`, 'put the space after the area letters'],
      ],
      facts: { raw },
    })
  }),
  family('us-zip-plus-four', (rng) => {
    const zip = `0${rng.int(1, 6)}${digits(rng, 3)}`
    const plus = `${rng.int(1, 9)}${digits(rng, 3)}`
    return three(rng, {
      stem: `${Client(rng)}’s shipping export holds nine-digit ZIP codes with no separator, such as “${zip}${plus}” for a New England address. The carrier wants ZIP+4. What do you enter?`,
      key: `${zip}-${plus}`,
      wrong: [
        [`${zip.slice(1)}-${plus}`, 'lost the leading zero to a number format'],
        [`${zip.slice(0, 4)}-${zip.slice(4)}${plus}`, 'put the hyphen after four digits'],
        [`${zip} ${plus}`, 'used a space where ZIP+4 has a hyphen'],
        [`${zip.slice(1)} ${plus}`, 'lost the leading zero and used a space'],
        [`${zip.slice(1)}${plus}`, 'lost the leading zero and left out the hyphen'],
      ],
      facts: { raw: `${zip}${plus}` },
    })
  }),
  family('decimal-comma-amount-to-plain-number', (rng) => {
    const whole = rng.int(1, 98)
    const hundreds = rng.int(100, 999)
    const cents = rng.int(11, 99)
    const text = `${whole}.${hundreds},${cents}`
    return three(rng, {
      stem: `A German supplier’s invoice total reads “${text} €”. The client’s sheet takes plain numbers with a decimal point and no grouping. What do you type?`,
      key: `${whole}${hundreds}.${cents}`,
      wrong: [
        [`${whole}.${hundreds}${cents}`, 'read the grouping point as the decimal point'],
        [`${whole}${hundreds}${cents}`, 'stripped every separator'],
        [`${whole}.${hundreds}`, 'read the number only up to the comma'],
        [`${whole}${hundreds},${cents}`, 'dropped the grouping point but kept the decimal comma'],
        [`${hundreds}.${cents}`, 'dropped the figures before the grouping point'],
      ],
      facts: { text, locale: 'de-DE' },
    })
  }),
  family('plain-number-to-german-format', (rng) => {
    const millions = rng.int(1, 9)
    const thousands = rng.int(100, 999)
    const units = rng.int(100, 999)
    const tenth = rng.int(1, 9)
    const g = `${millions}.${thousands}.${units}`
    return three(rng, {
      stem: `A German client’s report shows amounts in German style with two decimals. Your sheet holds ${millions}${thousands}${units}.${tenth}. What does the report show?`,
      key: `${g},${tenth}0`,
      wrong: [
        [`${millions},${thousands},${units}.${tenth}0`, 'kept the English separators'],
        [`${g},${tenth}`, 'dropped the second decimal'],
        [`${millions}${thousands}${units},${tenth}0`, 'left out the thousands points'],
        [`${g}.${tenth}0`, 'grouped German style but kept the decimal point'],
        [`${millions}${thousands}${units}.${tenth}0`, 'left the number as the sheet holds it'],
      ],
      facts: { value: Number(`${millions}${thousands}${units}.${tenth}`), locale: 'de-DE' },
    })
  }),
  family('local-time-to-utc-iso-8601', (rng) => {
    const zone = rng.pick([
      { city: 'Berlin', tz: 'Europe/Berlin', winter: 1 },
      { city: 'Madrid', tz: 'Europe/Madrid', winter: 1 },
      { city: 'New York', tz: 'America/New_York', winter: -5 },
      { city: 'Chicago', tz: 'America/Chicago', winter: -6 },
    ])
    const summer = rng.next() < 0.5
    const month = summer ? rng.int(5, 8) : rng.pick([1, 2, 12])
    const day = rng.int(2, 27)
    const hour = rng.int(8, 17)
    const minute = rng.pick([0, 15, 30, 45])
    const offset = zone.winter + (summer ? 1 : 0)
    const at = (h: number) => {
      const t = new Date(Date.UTC(2025, month - 1, day, h, minute))
      return `${t.toISOString().slice(0, 16)}Z`
    }
    return three(rng, {
      stem: `${Client(rng)}’s booking log must hold times in UTC as ISO 8601. A call was booked for ${pad(hour)}:${pad(minute)} local time in ${zone.city} on ${iso(2025, month, day)}. What do you enter?`,
      key: at(hour - offset),
      wrong: [
        [
          at(hour - (summer ? zone.winter : zone.winter + 1)),
          'used the offset of the other season',
        ],
        [at(hour + offset), 'added the offset instead of subtracting it'],
        [at(hour), 'labelled the local time as UTC'],
      ],
      facts: { local: `${iso(2025, month, day)}T${pad(hour)}:${pad(minute)}`, tz: zone.tz },
    })
  }),
  family('iso-3166-country-code', (rng) => {
    const [country, key, wrong] = rng.pick([
      [
        'United Kingdom',
        'GB',
        [
          ['UK', 'used the common abbreviation'],
          ['EN', 'used the language code for English'],
          ['GR', 'took the first letters of Great Britain'],
        ],
      ],
      [
        'Germany',
        'DE',
        [
          ['GE', 'took the first two letters of the English name'],
          ['GM', 'used the FIPS code'],
          ['GR', 'took the first and third letters of the English name'],
        ],
      ],
      [
        'Switzerland',
        'CH',
        [
          ['SW', 'took the first two letters of the English name'],
          ['SZ', 'used the FIPS code'],
          ['SC', 'took the first two letters of the German name Schweiz'],
        ],
      ],
      [
        'Spain',
        'ES',
        [
          ['SP', 'took the first two letters of the English name'],
          ['SN', 'took the first and last letters of the English name'],
          ['SA', 'took the first and third letters of the English name'],
        ],
      ],
      [
        'South Africa',
        'ZA',
        [
          ['SA', 'took the initials of the English name'],
          ['SF', 'used the FIPS code'],
          ['AF', 'took the letters of Africa'],
        ],
      ],
      [
        'Austria',
        'AT',
        [
          ['AU', 'took the first two letters of the English name'],
          ['AR', 'took the first and fourth letters of the English name'],
          ['OS', 'took the first two letters of the German name Österreich'],
        ],
      ],
    ] as const)
    return three(rng, {
      stem: `${Client(rng)}’s shipping import takes ISO 3166-1 alpha-2 country codes. An order’s country column reads “${country}”. What do you enter?`,
      key,
      wrong: wrong.map(([t, m]) => [t, m] as const),
      facts: { country },
    })
  }),
  family('iso-4217-currency-code', (rng) => {
    const [currency, key, wrong] = rng.pick([
      [
        'Swiss francs',
        'CHF',
        [
          ['SFR', 'used the Swiss shop abbreviation'],
          ['SWF', 'built the code from the English name'],
          ['FRS', 'used the franc abbreviation'],
        ],
      ],
      [
        'Japanese yen',
        'JPY',
        [
          ['YEN', 'wrote the currency name'],
          ['JPN', 'used the country’s three-letter code'],
          ['JYN', 'built the code from the English name'],
        ],
      ],
      [
        'Danish kroner',
        'DKK',
        [
          ['DKR', 'used the Danish shop abbreviation'],
          ['DNK', 'used the country’s three-letter code'],
          ['KRD', 'built the code from the currency name'],
        ],
      ],
      [
        'Mexican pesos',
        'MXN',
        [
          ['MXP', 'used the code of the pre-1993 peso'],
          ['MEX', 'used the country’s three-letter code'],
          ['MPS', 'built the code from the English name'],
        ],
      ],
      [
        'South African rand',
        'ZAR',
        [
          ['SAR', 'used the Saudi riyal’s code'],
          ['RND', 'built the code from the currency name'],
          ['ZAF', 'used the country’s three-letter code'],
        ],
      ],
    ] as const)
    return three(rng, {
      stem: `${Client(rng)}’s invoice import takes ISO 4217 currency codes. A supplier invoice is in ${currency}. What do you enter?`,
      key,
      wrong: wrong.map(([t, m]) => [t, m] as const),
      facts: { currency },
    })
  }),
  family('local-time-as-iso-8601-with-offset', (rng) => {
    const zone = rng.pick([
      { city: 'Berlin', tz: 'Europe/Berlin', winter: 1 },
      { city: 'Paris', tz: 'Europe/Paris', winter: 1 },
      { city: 'Athens', tz: 'Europe/Athens', winter: 2 },
    ])
    const summer = rng.next() < 0.5
    const month = summer ? rng.int(5, 8) : rng.pick([1, 2, 12])
    const day = rng.int(2, 27)
    const hour = rng.int(8, 17)
    const offset = zone.winter + (summer ? 1 : 0)
    const date = iso(2025, month, day)
    const off = (h: number) => `+${pad(h)}:00`
    return three(rng, {
      stem: `${Client(rng)}’s system takes local times in ISO 8601 with the UTC offset. A delivery in ${zone.city} is booked for ${pad(hour)}:30 local time on ${date}. What do you enter?`,
      key: `${date}T${pad(hour)}:30${off(offset)}`,
      wrong: [
        [
          `${date}T${pad(hour)}:30${off(summer ? zone.winter : zone.winter + 1)}`,
          'used the offset of the other season',
        ],
        [`${date}T${pad(hour)}:30Z`, 'marked the local time as UTC'],
        [`${date}T${pad(hour - offset)}:30${off(offset)}`, 'converted to UTC but kept the offset'],
        [`${date}T${pad(hour)}:30-${pad(offset)}:00`, 'wrote the offset with a minus sign'],
        [`${date}T${pad(hour + offset)}:30${off(offset)}`, 'added the offset to the local time'],
        [
          `${date}T${pad(hour)}:30-${pad(summer ? zone.winter : zone.winter + 1)}:00`,
          'used the other season’s offset, with a minus sign',
        ],
        [`${date}T${pad(hour + offset)}:30Z`, 'added the offset and marked the time as UTC'],
      ],
      facts: { local: `${date}T${pad(hour)}:30`, tz: zone.tz },
    })
  }),
]
