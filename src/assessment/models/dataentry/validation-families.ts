import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import {
  ean13,
  ibanCheck,
  isbn10,
  luhn,
  mod10,
  tenMinus,
  unweighted,
  upcA,
} from './check-digits.js'
import { Client, client, digits, family, three } from './records.js'

/** A test card number's body (Visa test range), never a real card. */
const cardBody = (rng: Rng) => `4000${digits(rng, 11)}`

/** A number with two neighbouring digits at `at` swapped; refused when they are equal. */
function swapAt(s: string, at: number): string {
  if (s[at] === s[at + 1]) throw new VariantError('swapping equal digits changes nothing')
  return s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2)
}

/** The number with the digit at `at` replaced by another digit. */
function mistype(rng: Rng, s: string, at: number): string {
  const d = (Number(s[at]) + rng.int(1, 9)) % 10
  return s.slice(0, at) + d + s.slice(at + 1)
}

/** Email addresses a client's list holds: the unusual but valid and the invalid. */
const VALID_UNUSUAL = [
  ['anna+orders@example.com', 'thought a plus tag makes an address invalid'],
  ['j.o.smith@mail.example.co.uk', 'thought a subdomain makes an address invalid'],
  ['li_wei@tea-house.example', 'thought a hyphen in the domain makes it invalid'],
  ['o.reilly@example.ie', 'thought dots in the local part make it invalid'],
  ['sales@example.travel', 'thought a top-level domain must be two or three letters'],
] as const
const INVALID = [
  ['anna..lee@example.com', 'missed the two dots in a row'],
  ['mark.jones@example,com', 'missed the comma in the domain'],
  ['sara lee@example.com', 'missed the space in the local part'],
  ['tom.@example.org', 'missed the dot just before the @'],
  ['kim@@example.net', 'missed the doubled @'],
  ['info@example', 'missed the domain with no dot'],
] as const

/** Validation and check digits: barcodes, ISBNs, card test numbers, IBANs and email rules. */
export const VALIDATION_FAMILIES = [
  family('ean13-check-digit', (rng) => {
    const body = `${rng.pick(['40', '50', '54', '87', '76'])}${digits(rng, 10)}`
    return three(rng, {
      stem: `${Client(rng)}’s product label lost its last barcode digit: the first twelve of the EAN-13 read ${body}. Which full barcode do you key in?`,
      key: body + ean13(body),
      wrong: [
        [body + mod10(body, 3), 'weighted the digits 3, 1 as in UPC-A'],
        [body + mod10(body, 1, false), 'used the remainder, not 10 minus it'],
        [body + unweighted(body), 'added the digits without weights'],
        [body + luhn(body), 'used the card-number Luhn rule'],
      ],
      facts: { scheme: 'ean' },
    })
  }),
  family('upc-a-check-digit', (rng) => {
    const body = `0${digits(rng, 10)}`
    return three(rng, {
      stem: `A US supplier’s spreadsheet gives only the first eleven digits of a UPC-A: ${body}. Which twelve-digit UPC do you enter?`,
      key: body + upcA(body),
      wrong: [
        [body + mod10(body, 1), 'weighted the digits 1, 3 as in EAN-13'],
        [body + mod10(body, 3, false), 'used the remainder, not 10 minus it'],
        [body + unweighted(body), 'added the digits without weights'],
        [body + luhn(body), 'used the card-number Luhn rule'],
      ],
      facts: { scheme: 'upc' },
    })
  }),
  family('isbn10-to-isbn13', (rng) => {
    const body = `${rng.pick(['0', '1'])}${digits(rng, 8)}`
    const old = body + isbn10(body)
    const b13 = `978${body}`
    return three(rng, {
      stem: `${Client(rng)}, a bookseller, moves its catalogue to ISBN-13. A book’s ISBN-10 is ${old}. What is its ISBN-13?`,
      key: b13 + ean13(b13),
      wrong: [
        [`978${old}`, 'kept the ISBN-10 check digit'],
        [b13 + mod10(b13, 3), 'weighted the digits 3, 1'],
        [b13 + mod10(b13, 1, false), 'used the remainder, not 10 minus it'],
        [`979${body}${ean13(`979${body}`)}`, 'used the 979 prefix for an ISBN-10 book'],
      ].filter(([t]) => !t!.endsWith('X')) as [string, string][],
      facts: { scheme: 'isbn13', isbn10: old },
    })
  }),
  family('isbn10-check-digit', (rng) => {
    const body = `${rng.pick(['0', '1'])}${digits(rng, 8)}`
    return three(rng, {
      stem: `A used-book seller’s list lost the last character of an ISBN-10: it starts ${body}. Which ISBN-10 do you enter?`,
      key: body + isbn10(body),
      wrong: [
        [body + isbn10(body, false), 'used the remainder, not 11 minus it'],
        [body + mod10(body, 1), 'used the EAN-13 weights 1, 3'],
        [body + tenMinus(body), 'took mod 10 in place of mod 11'],
        [`${body}0`, 'wrote the check value 10 as 0'],
      ].filter((_, i) => i < 3 || isbn10(body) === 'X') as [string, string][],
      facts: { scheme: 'isbn10' },
    })
  }),
  family('luhn-check-digit-for-test-card', (rng) => {
    const body = cardBody(rng)
    return three(rng, {
      stem: `${Client(rng)} tests its booking form with a payment-provider test card. The first fifteen digits are ${body}. Which sixteen-digit number passes the Luhn check?`,
      key: body + luhn(body),
      wrong: [
        [body + luhn(body, false), 'added doubled digits of 10 or more as they stand'],
        [body + luhn(body, true, false), 'doubled every second digit from the left'],
        [body + unweighted(body), 'added the digits without doubling any'],
        [body + mod10(body, 1), 'used the barcode weights 1, 3'],
      ],
      facts: { scheme: 'card' },
    })
  }),
  family('luhn-catches-keying-errors', (rng) => {
    // Four different test numbers, each valid before keying; three carry a keying slip.
    const valid = () => {
      const body = cardBody(rng)
      return body + luhn(body)
    }
    const passes = (n: string) => luhn(n.slice(0, -1)) === n.slice(-1)
    const swapped = swapAt(valid(), rng.int(5, 13))
    const wrong: [string, string][] = [
      [swapped, 'accepted a number with two digits swapped'],
      [mistype(rng, valid(), rng.int(4, 14)), 'accepted a number with one digit mistyped'],
      [mistype(rng, valid(), 15), 'accepted a number with its last digit mistyped'],
    ]
    return three(rng, {
      stem: `A colleague keyed four payment-provider test card numbers for ${client(rng)}’s checkout test. Only one passes the Luhn check. Which?`,
      key: valid(),
      wrong: wrong.filter(([t]) => !passes(t)),
      facts: { scheme: 'card' },
    })
  }),
  family('iban-check-digits', (rng) => {
    const c = rng.pick([
      { cc: 'GB', bban: () => `NWBK${digits(rng, 14)}` },
      { cc: 'DE', bban: () => digits(rng, 18) },
      { cc: 'NL', bban: () => `ABNA${digits(rng, 10)}` },
    ])
    const bban = c.bban()
    const iban = (check: string) => `${c.cc}${check}${bban}`
    return three(rng, {
      stem: `A supplier emailed its bank details to ${client(rng)} with the two IBAN check digits smudged: country ${c.cc}, BBAN ${bban}. Which IBAN do you key into the payments file?`,
      key: iban(ibanCheck(c.cc, bban)),
      wrong: [
        [iban(ibanCheck(c.cc, bban, false)), 'left the country code in front for the mod-97'],
        [iban(ibanCheck(c.cc, bban, true, 97)), 'subtracted the remainder from 97'],
        [iban(ibanCheck(c.cc, bban, true, 0)), 'used the remainder as the check digits'],
      ],
      facts: { scheme: 'iban' },
    })
  }),
  family('iban-catches-keying-errors', (rng) => {
    // Four suppliers' IBANs, each valid before keying; three carry a keying slip.
    const valid = () => {
      const bban = digits(rng, 18)
      return `DE${ibanCheck('DE', bban)}${bban}`
    }
    return three(rng, {
      stem: `Four German suppliers’ IBANs were keyed into ${client(rng)}’s payment file. Only one passes the mod-97 check. Which one can be paid as keyed?`,
      key: valid(),
      wrong: [
        [swapAt(valid(), rng.int(6, 19)), 'passed an IBAN with two digits swapped'],
        [mistype(rng, valid(), rng.int(5, 21)), 'passed an IBAN with one digit mistyped'],
        [swapAt(valid(), 2), 'passed an IBAN with its check digits swapped'],
      ],
      facts: { scheme: 'iban' },
    })
  }),
  family('ean-check-misses-swap-of-digits-five-apart', (rng) => {
    const lo = rng.int(0, 4)
    const hi = lo + 5
    const other = rng.pick([1, 2, 3, 4].map((k) => [lo, (lo + k) % 10]))
    return three(rng, {
      stem: `${Client(rng)} asks which keying slip its EAN-13 barcode check digit can let through. Which is it?`,
      key: `Neighbouring digits ${lo} and ${hi} swapped`,
      wrong: [
        [
          `Neighbouring digits ${other[0]} and ${other[1]} swapped`,
          'thought weights 1, 3 miss other swaps',
        ],
        [
          `One digit keyed as ${rng.int(1, 9)} instead of 0`,
          'thought a single wrong digit can pass',
        ],
        [
          `The check digit keyed as ${rng.int(1, 9)} instead of 0`,
          'thought the check digit is not checked',
        ],
      ],
      facts: { lo, hi },
    })
  }),
  family('email-unusual-but-valid', (rng) => {
    const [good] = rng.pick(VALID_UNUSUAL)
    const bad = rng.shuffle(INVALID).slice(0, 4)
    return three(rng, {
      stem: `${Client(rng)}’s newsletter import keeps only addresses that pass its check (one @; before it, letters, digits and . _ + - with no dot first, last or doubled; after it, labels of letters, digits and hyphens joined by single dots, at least two labels; no spaces or commas anywhere). Which one is kept?`,
      key: good,
      wrong: bad.map(([t, m]) => [t, m.replace('missed', 'kept despite')] as const),
      facts: { scheme: 'email', keyValid: true },
    })
  }),
  family('email-invalid-caught', (rng) => {
    const [bad] = rng.pick(INVALID)
    const good = rng.shuffle(VALID_UNUSUAL).slice(0, 4)
    return three(rng, {
      stem: `Before ${client(rng)}’s mailing, you flag addresses that fail its check (one @; before it, letters, digits and . _ + - with no dot first, last or doubled; after it, labels of letters, digits and hyphens joined by single dots, at least two labels; no spaces or commas anywhere). Which one do you flag?`,
      key: bad,
      wrong: good,
      facts: { scheme: 'email', keyValid: false },
    })
  }),
]
