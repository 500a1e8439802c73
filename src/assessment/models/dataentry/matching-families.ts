import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { Client, digits, family, three } from './records.js'

const GIVEN = ['Anna', 'Tom', 'Priya', 'Lukas', 'Maria', 'Kwame', 'Sofia', 'Ben']
const FAMILY = ['Lee', 'Brown', 'Patel', 'Novak', 'Garcia', 'Mensah', 'Rossi', 'Clark']

/** Two different entries of a list, drawn. */
function twoOf<T>(rng: Rng, xs: readonly T[]): [T, T] {
  const [a, b] = rng.shuffle(xs)
  return [a!, b!]
}

const rows = (a: number, b: number) => `Rows ${Math.min(a, b)} and ${Math.max(a, b)}`

/** De-duplication and matching: normalising before comparing, match rules and merge rules. */
export const MATCHING_FAMILIES = [
  family('duplicate-pair-by-normalised-email', (rng) => {
    const [g1, g2] = twoOf(rng, GIVEN)
    const [f1, f2] = twoOf(rng, FAMILY)
    const l1 = `${g1}.${f1}`.toLowerCase()
    const l2 = `${g2![0]}.${f2}`.toLowerCase()
    const records = rng.shuffle([
      { tag: 'key1', name: `${g1} ${f1}`, email: ` ${g1}.${f1}@Example.com` },
      { tag: 'key2', name: `${g1![0]}. ${f1}`, email: `${l1}@example.com` },
      { tag: 'name', name: `${g1} ${f1}`, email: `${l1}@mail.example.org` },
      { tag: 'dot1', name: `${g2} ${f2}`, email: `${l2}@gmail.com` },
      { tag: 'dot2', name: `${g2![0]}. ${f2}`, email: `${l2.replace('.', '')}@gmail.com` },
    ])
    const at = (tag: string) => records.findIndex((r) => r.tag === tag) + 1
    const list = records.map((r, i) => `${i + 1}: ${r.name}, “${r.email}”`).join('; ')
    return three(rng, {
      stem: `${Client(rng)}’s rule: two contacts are duplicates when their emails match after trimming spaces and ignoring case. Contacts: ${list}. Which two are duplicates?`,
      key: rows(at('key1'), at('key2')),
      wrong: [
        [rows(at('key1'), at('name')), 'matched on the name, not the stated rule'],
        [rows(at('dot1'), at('dot2')), 'applied Gmail’s dot rule the stated rule lacks'],
        [rows(at('key2'), at('name')), 'compared only the part before the @'],
      ],
      facts: { emails: records.map((r) => r.email) },
    })
  }),
  family('unique-contacts-after-normalising-email', (rng) => {
    const base = rng
      .shuffle(FAMILY)
      .slice(0, rng.int(5, 7))
      .map((f, i) => `${GIVEN[i]!.toLowerCase()}.${f.toLowerCase()}@gmail.com`)
    const list = rng.shuffle([
      ...base,
      base[0]!.replace(/^./, (c) => c.toUpperCase()),
      `${base[1]} `,
      base[2]!,
      base[3]!.replace('.', ''),
    ])
    const shown = list.map((e) => `“${e}”`).join(', ')
    const n = base.length
    return three(rng, {
      stem: `${Client(rng)} counts customers as distinct email addresses after trimming spaces and ignoring case. The order sheet holds: ${shown}. How many customers are there?`,
      key: String(n + 1),
      wrong: [
        [String(n + 3), 'compared the addresses exactly as typed'],
        [String(n + 2), 'ignored case but did not trim spaces'],
        [String(n), 'also ignored dots as Gmail does'],
        [String(n - 2), 'counted only addresses that appear once'],
      ],
      facts: { emails: list },
    })
  }),
  family('merge-survivor-most-recently-updated-non-blank', (rng) => {
    const phones = [0, 1, 2].map(() => `0161 496 0${digits(rng, 3)}`)
    if (new Set(phones).size < 3) throw new VariantError('equal phone numbers')
    // B has the latest update among the records with a phone; C was created later but updated
    // earlier; E was created first; D, updated last, has the phone blank.
    const recs = rng.shuffle([
      { id: 'B', created: 11, updated: 14, phone: phones[0]! },
      { id: 'C', created: 18, updated: 12, phone: phones[1]! },
      { id: 'D', created: 21, updated: 22, phone: '' },
      { id: 'E', created: 1, updated: 5, phone: phones[2]! },
    ])
    const day = (d: number) => String(d).padStart(2, '0')
    const list = recs
      .map(
        (r) =>
          `${r.id}: created 2025-03-${day(r.created)}, updated 2025-04-${day(r.updated)}, phone ${r.phone || '(blank)'}`,
      )
      .join('; ')
    return three(rng, {
      stem: `${Client(rng)} merges four records of one customer. Merge rule: each field takes the most recently updated value that is not blank. Records: ${list}. Which phone does the merged record keep?`,
      key: phones[0]!,
      wrong: [
        [phones[1]!, 'went by the creation date, not the last update'],
        [phones[2]!, 'kept the first record created as the master'],
        ['(blank)', 'let the newest record’s blank win'],
      ],
      facts: { records: recs },
    })
  }),
  family('edit-distance-name-match', (rng) => {
    const key = rng.pick([
      ['Jonson', 'Johnson'],
      ['Philips', 'Phillips'],
      ['Thomson', 'Thompson'],
      ['Mathews', 'Matthews'],
      ['Stewart', 'Steward'],
    ])
    const swap = rng.pick([
      ['Nielsen', 'Neilsen'],
      ['Frieda', 'Freida'],
      ['Brian', 'Brain'],
    ])
    const sound = rng.pick([
      ['Catherine', 'Kathryn'],
      ['Sean', 'Shaun'],
      ['Geoffrey', 'Jeffery'],
    ])
    const initial = rng.pick([
      ['J. Okafor', 'Jude Okafor'],
      ['M. Rossi', 'Marco Rossi'],
    ])
    const pair = (p: readonly string[]) => `${p[0]} and ${p[1]}`
    return three(rng, {
      stem: `${Client(rng)}’s fuzzy-match rule: two names match when, after lower-casing, one needs at most one insertion, deletion or substitution to become the other. Which pair matches?`,
      key: pair(key),
      wrong: [
        [pair(swap), 'counted two swapped letters as one edit'],
        [pair(sound), 'matched names that sound alike'],
        [pair(initial), 'matched an initial to a full name'],
      ],
      facts: { pairs: [key, swap, sound, initial] },
    })
  }),
  family('distinct-phone-numbers-after-e164', (rng) => {
    const tail = digits(rng, 3)
    const a = `0113 496 0${tail}`
    const b = `0161 496 0${tail}`
    const c = `0117 496 0${digits(rng, 3)}`
    if (c.endsWith(tail)) throw new VariantError('the third number shares the last digits')
    const intl = (n: string) => `+44 ${n.slice(1)}`
    const list = rng.shuffle([a, intl(a), b, `+44 (0)${b.slice(1)}`, c, c.replace(/ /g, '')])
    return three(rng, {
      stem: `${Client(rng)} counts distinct phone numbers after converting each to E.164. UK numbers in the sheet: ${list.map((n) => `“${n}”`).join(', ')}. How many distinct numbers?`,
      key: '3',
      wrong: [
        ['6', 'compared the numbers exactly as typed'],
        ['5', 'removed spaces but did not convert'],
        ['2', 'compared only the last four digits'],
        ['4', 'kept the (0) after +44 as a digit'],
      ],
      facts: { numbers: list, country: 'GB' },
    })
  }),
  family('company-name-normalised-match', (rng) => {
    const [stem1, stem2] = twoOf(rng, ['Brightway', 'Northfield', 'Copperleaf', 'Harbourside'])
    const [stem3] = twoOf(rng, ['Greenlane', 'Redbrook', 'Oakmere'])
    const trade = rng.pick(['Supplies', 'Logistics', 'Print'])
    return three(rng, {
      stem: `${Client(rng)}’s supplier list treats two names as one company when they match after ignoring case, punctuation and the suffixes Ltd, Limited and LLC. Which pair is one company?`,
      key: `${stem1} ${trade} Ltd. and ${stem1} ${trade}`,
      wrong: [
        [`${stem2} ${trade} Ltd and ${stem2} ${trade} Co`, 'ignored a Co the rule does not list'],
        [`${stem1} ${trade} Ltd and ${stem2} ${trade} Ltd`, 'matched on the shared words only'],
        [`${stem3} ${trade} LLC and ${stem3} Services LLC`, 'matched on the first word only'],
      ],
      facts: { rule: 'company' },
    })
  }),
  family('remove-duplicates-keeps-first-row', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s order sheet is sorted oldest first, one row per order. The client wants one row per customer email, holding that customer’s latest order. Using Remove Duplicates, which keeps the first row of each email, what do you do?`,
      key: 'Sort newest first, then remove duplicates on email',
      wrong: [
        ['Remove duplicates on email, then sort newest first', 'removed duplicates before sorting'],
        ['Remove duplicates on email and order date', 'matched on a column that always differs'],
        ['Remove duplicates on email as the sheet is sorted', 'kept the oldest order of each'],
        ['Sort by email A to Z, then remove duplicates on email', 'sorted on the matched column'],
      ],
    }),
  ),
  family('same-name-different-birth-date', (rng) => {
    const name = `${rng.pick(GIVEN)} ${rng.pick(FAMILY)}`
    const y1 = rng.int(1960, 1979)
    const y2 = rng.int(1980, 1999)
    return three(rng, {
      stem: `${Client(rng)}’s rule: records are the same person when name and date of birth match, or the email matches. Two records read “${name}, born ${y1}-05-14, ${name.split(' ')[0]!.toLowerCase()}@mail.example.com” and “${name}, born ${y2}-05-14, ${name.split(' ')[1]!.toLowerCase()}@post.example.net”. What do you do?`,
      key: 'Keep both: they are two customers',
      wrong: [
        ['Merge them, since the names match', 'matched on the name alone'],
        ['Keep both, but move the orders to the older one', 'merged the orders of two people'],
        [`Merge them and keep the ${y2} birth date`, 'took a different birth year for a typo'],
        ['Delete the newer record as a duplicate', 'deleted instead of applying the rule'],
      ],
    })
  }),
  family('match-key-construction', (rng) => {
    const given = rng.pick(GIVEN)
    const surname = rng.pick(FAMILY)
    const pc = rng.pick(['LS1 4AB', 'M1 2DN', 'BS8 3EQ', 'CR2 6HT'])
    const low = surname.toLowerCase()
    const code = pc.replace(' ', '').toLowerCase()
    return three(rng, {
      stem: `${Client(rng)} builds a match key: the surname in lower case, a hyphen, then the postcode in lower case with no spaces. What is the key for ${given} ${surname.toUpperCase()}, ${pc}?`,
      key: `${low}-${code}`,
      wrong: [
        [`${low}-${pc.toLowerCase()}`, 'kept the space in the postcode'],
        [`${surname.toUpperCase()}-${pc.replace(' ', '')}`, 'kept the case as typed'],
        [`${given.toLowerCase()}-${code}`, 'used the given name'],
        [`${code}-${low}`, 'put the postcode first'],
        [
          `${low}-${pc.replace(' ', '-').toLowerCase()}`,
          'turned the postcode’s space into a hyphen',
        ],
        [`${given.toLowerCase()}-${pc.toLowerCase()}`, 'used the given name and kept the space'],
        [`${surname.toUpperCase()}-${pc}`, 'kept the case and the space as typed'],
      ],
      facts: { surname: surname.toUpperCase(), postcode: pc },
    })
  }),
  family('transitive-duplicates-count', (rng) => {
    const n = rng.int(7, 10)
    const mail = (i: number) => `c${i + 1}@example.com`
    const tel = (i: number) => `0113 496 0${String(100 + i)}`
    const recs = Array.from({ length: n }, (_, i) => ({ email: mail(i), phone: tel(i) }))
    // 1 shares 0's email; 2 shares 1's phone; 4 shares both with 3.
    recs[1] = { email: mail(0), phone: tel(1) }
    recs[2] = { email: mail(2), phone: tel(1) }
    recs[4] = { email: mail(3), phone: tel(3) }
    const shown = recs.map((r, i) => `${i + 1}: ${r.email}, ${r.phone}`).join('; ')
    return three(rng, {
      stem: `${Client(rng)}’s rule: two records are one customer when their emails match or their phones match, and one customer’s records all merge. Records: ${shown}. How many customers?`,
      key: String(n - 3),
      wrong: [
        [String(n - 1), 'merged only records matching on both'],
        [String(n - 2), 'merged on email only'],
        [String(n), 'counted every row as a customer'],
        ['1', 'matched on the email domain'],
      ],
      facts: { records: recs },
    })
  }),
  family('survivor-record-most-complete', (rng) => {
    const ids = rng.shuffle(['A', 'B', 'C', 'D'])
    // Filled fields out of 6 and last update day: the most complete wins, then the latest.
    const recs = [
      { id: ids[0]!, filled: 5, updated: 8 },
      { id: ids[1]!, filled: 5, updated: 3 },
      { id: ids[2]!, filled: 3, updated: 20 },
      { id: ids[3]!, filled: 4, updated: 1 },
    ]
    const list = rng
      .shuffle(recs)
      .map(
        (r) =>
          `${r.id}: ${r.filled} of 6 fields filled, updated 2025-06-${String(r.updated).padStart(2, '0')}`,
      )
      .join('; ')
    return three(rng, {
      stem: `${Client(rng)}’s merge rule: the surviving record is the one with the most fields filled; a tie goes to the latest update. Duplicates: ${list}. Which record survives?`,
      key: `Record ${recs[0]!.id}`,
      wrong: [
        [`Record ${recs[1]!.id}`, 'broke the tie by the earliest update'],
        [`Record ${recs[2]!.id}`, 'went by the latest update alone'],
        [`Record ${recs[3]!.id}`, 'kept the oldest record as the master'],
      ],
      facts: { records: recs },
    })
  }),
]
