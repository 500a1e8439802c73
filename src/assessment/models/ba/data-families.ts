import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { Client, cited, family, worked } from './ba-text.js'

// Data modelling: multiplicities from business rules, keys and link tables, normal forms from
// stated dependencies, and gaps in a CRUD matrix.

/** Rule wordings for how many of one entity relate to one of the other, and their range. */
const HOW_MANY = [
  ['exactly one', '1..1'],
  ['at most one', '0..1'],
  ['one or more', '1..*'],
  ['any number of', '0..*'],
] as const
const PAIRS = [
  ['Customer', 'Order'],
  ['Order', 'Order line'],
  ['Policy', 'Claim'],
  ['Employee', 'Timesheet'],
  ['Supplier', 'Contract'],
  ['Patient', 'Appointment'],
] as const
const ranged = (a: string, ra: string, rb: string, b: string) => `${a} [${ra}] —— [${rb}] ${b}`

const wordsFor = (r: string) => HOW_MANY.find(([, x]) => x === r)![0]
const plural = (w: string, e: string) =>
  w === 'one or more' || w === 'any number of' ? `${e.toLowerCase()}s` : e.toLowerCase()

/** Tables with their key, the dependencies stated, and the highest normal form they reach. */
interface Table {
  name: string
  key: string[]
  cols: string[]
  fds: [string[], string][]
  multi?: string
}
const TABLES: Table[] = [
  {
    name: 'OrderLine',
    key: ['order_id', 'product_id'],
    cols: ['quantity', 'product_name'],
    fds: [
      [['order_id', 'product_id'], 'quantity'],
      [['product_id'], 'product_name'],
    ],
  },
  {
    name: 'Enrolment',
    key: ['student_id', 'course_id'],
    cols: ['grade', 'course_title'],
    fds: [
      [['student_id', 'course_id'], 'grade'],
      [['course_id'], 'course_title'],
    ],
  },
  {
    name: 'Shift',
    key: ['employee_id', 'shift_date'],
    cols: ['hours', 'employee_name'],
    fds: [
      [['employee_id', 'shift_date'], 'hours'],
      [['employee_id'], 'employee_name'],
    ],
  },
  {
    name: 'Employee',
    key: ['employee_id'],
    cols: ['dept_id', 'dept_name'],
    fds: [
      [['employee_id'], 'dept_id'],
      [['dept_id'], 'dept_name'],
    ],
  },
  {
    name: 'Invoice',
    key: ['invoice_no'],
    cols: ['customer_id', 'customer_city'],
    fds: [
      [['invoice_no'], 'customer_id'],
      [['customer_id'], 'customer_city'],
    ],
  },
  {
    name: 'Booking',
    key: ['booking_id'],
    cols: ['room_no', 'room_rate'],
    fds: [
      [['booking_id'], 'room_no'],
      [['room_no'], 'room_rate'],
    ],
  },
  {
    name: 'Product',
    key: ['product_id'],
    cols: ['name', 'unit_price'],
    fds: [
      [['product_id'], 'name'],
      [['product_id'], 'unit_price'],
    ],
  },
  {
    name: 'Payment',
    key: ['payment_id'],
    cols: ['invoice_no', 'amount'],
    fds: [
      [['payment_id'], 'invoice_no'],
      [['payment_id'], 'amount'],
    ],
  },
  {
    name: 'Contact',
    key: ['contact_id'],
    cols: ['name', 'phone_numbers'],
    fds: [[['contact_id'], 'name']],
    multi: 'phone_numbers',
  },
  {
    name: 'Supplier',
    key: ['supplier_id'],
    cols: ['name', 'product_codes'],
    fds: [[['supplier_id'], 'name']],
    multi: 'product_codes',
  },
]
const NF = ['Not in 1NF', '1NF but not 2NF', '2NF but not 3NF', 'In 3NF'] as const
function normalForm(t: Table): (typeof NF)[number] {
  if (t.multi) return NF[0]
  const prime = new Set(t.key)
  const partial = t.fds.some(
    ([l, r]) => !prime.has(r) && l.every((a) => prime.has(a)) && l.length < t.key.length,
  )
  if (partial) return NF[1]
  const transitive = t.fds.some(([l, r]) => !prime.has(r) && l.some((a) => !prime.has(a)))
  return transitive ? NF[2] : NF[3]
}
const fdText = ([l, r]: [string[], string]) => `${l.join(', ')} → ${r}`

const ENTITIES = ['Customer', 'Order', 'Invoice', 'Product', 'Supplier', 'Shipment'] as const
const PROCESSES = [
  'Take order',
  'Ship order',
  'Bill customer',
  'Manage catalogue',
  'Close account',
] as const

/** A CRUD matrix with one entity missing a given letter everywhere, and another missing a different one. */
function crud(rng: Rng, missing: string) {
  const ents = rng.shuffle([...ENTITIES]).slice(0, 5)
  const m: Record<string, Record<string, string>> = {}
  for (const p of PROCESSES) {
    m[p] = {}
    for (const e of ents) m[p]![e] = ['C', 'R', 'U', 'D'].filter(() => rng.next() < 0.3).join('')
  }
  // Every letter somewhere for every entity, so only the drawn gaps are gaps.
  for (const e of ents) for (const l of ['C', 'R', 'U', 'D']) m[rng.pick([...PROCESSES])]![e] += l
  const [gap, ...others] = ents
  for (const p of PROCESSES) m[p]![gap!] = m[p]![gap!]!.replaceAll(missing, '')
  const decoys = ['C', 'R', 'U', 'D'].filter((l) => l !== missing)
  others.slice(0, 3).forEach((e, k) => {
    for (const p of PROCESSES) m[p]![e] = m[p]![e]!.replaceAll(decoys[k]!, '')
  })
  for (const p of PROCESSES)
    for (const e of ents)
      m[p]![e] =
        [...new Set(m[p]![e]!)].sort((a, b) => 'CRUD'.indexOf(a) - 'CRUD'.indexOf(b)).join('') ||
        '–'
  const text = PROCESSES.map((p) => `${p}: ${ents.map((e) => `${e} ${m[p]![e]}`).join(', ')}`).join(
    '; ',
  )
  return {
    ents,
    gap: gap!,
    others: others.slice(0, 3),
    text,
    flat: PROCESSES.map((p) => ents.map((e) => m[p]![e]).join(',')).join('|'),
  }
}

/** UML class relationships (UML 2.5.1, 9.5 and 11.5) by the business statement they model. */
const RELATIONS = {
  Association: [
    'A customer places orders; either can exist without the other being deleted.',
    'A doctor treats patients, and each keeps its own life cycle.',
  ],
  Aggregation: [
    'A team is made up of employees, who stay employed if the team is disbanded.',
    'A playlist groups songs; deleting the playlist leaves the songs in the library.',
  ],
  Composition: [
    'An order line cannot exist without its order and is deleted with it.',
    'A room belongs to one building and ceases to exist when the building record is deleted.',
  ],
  Generalization: [
    'A savings account is a kind of bank account, with everything an account has plus interest.',
    'A contractor is a kind of worker, sharing all of a worker’s attributes.',
  ],
} as const
const RELATION_SLIPS: Record<keyof typeof RELATIONS, string> = {
  Association: 'draws a plain association wherever two classes are linked',
  Aggregation:
    'draws aggregation for any whole–part wording, even when the part dies with the whole',
  Composition: 'draws composition for any whole–part wording, even when the parts live on',
  Generalization: 'reads any “has” or “is made of” as inheritance',
}

export const DATA_FAMILIES: readonly ScenarioFamily[] = [
  family('uml-relationship-kind', (rng) => {
    const labels = Object.keys(RELATIONS) as (keyof typeof RELATIONS)[]
    const label = rng.pick(labels)
    const text = rng.pick(RELATIONS[label])
    return cited(rng, {
      stem: `${Client(rng)}’s domain expert says: “${text}” Which UML relationship models it in the class diagram?`,
      table: 'uml-relation',
      situation: text,
      key: [label, label],
      wrong: labels.map((l) => [l, l, RELATION_SLIPS[l]] as const),
    })
  }),
  family('multiplicity-from-rules', (rng) => {
    const [a, b] = rng.pick(PAIRS)
    const [wb, rb] = rng.pick(HOW_MANY.slice(2))
    const [wa, ra] = rng.pick(HOW_MANY.slice(0, 2))
    const mustMay = (r: string) => (r[0] === '0' ? `1${r.slice(1)}` : `0${r.slice(1)}`)
    return worked(rng, {
      stem: `${Client(rng)}’s rules: each ${a.toLowerCase()} has ${wb} ${plural(wb, b)}; each ${b.toLowerCase()} belongs to ${wa} ${a.toLowerCase()}. Which UML multiplicities are right (each range written at the end of the entity it counts)?`,
      in: { a, b, wa, wb },
      key: ranged(a, ra, rb, b),
      wrong: [
        [
          'swapped',
          ranged(a, rb, ra, b),
          'writes each range at the entity the sentence starts from',
        ],
        [
          'optionalMany',
          ranged(a, ra, mustMay(rb), b),
          `reads “${wordsFor(rb)}” as ${rb[0] === '0' ? 'at least one' : 'possibly none'}`,
        ],
        [
          'optionalOne',
          ranged(a, mustMay(ra), rb, b),
          `reads “${wordsFor(ra)}” as ${ra[0] === '0' ? 'exactly one' : 'at most one'}`,
        ],
        ['manyToMany', ranged(a, '0..*', rb, b), 'makes both ends many'],
      ],
    })
  }),
  family('highest-normal-form', (rng) => {
    const t = rng.pick(TABLES)
    const nf = normalForm(t)
    const slips: Record<string, string> = {
      [NF[0]]: 'reads the same value repeated over rows as a repeating group',
      [NF[1]]:
        'reads any dependency not on the whole key, even between non-key columns, as partial',
      [NF[2]]: 'takes a non-key column named after another entity as a transitive dependency',
      [NF[3]]: 'checks only that every column depends on the key somehow',
    }
    return worked(rng, {
      stem: `${t.name}(${[...t.key.map((c) => `${c} (key)`), ...t.cols].join(', ')}) holds these dependencies: ${t.fds.map(fdText).join('; ')}${t.multi ? `; ${t.multi} holds a comma-separated list` : ''}. What is the highest normal form it is in?`,
      in: { t: t.name },
      key: nf,
      wrong: NF.filter((n) => n !== nf).map((n) => [n, n, slips[n]!] as const),
    })
  }),
  family('dependency-to-split-out', (rng) => {
    const t = rng.pick(TABLES.filter((x) => !x.multi && normalForm(x) !== 'In 3NF'))
    const bad = t.fds.find(
      ([l, r]) =>
        !t.key.includes(r) && (l.length < t.key.length || l.some((a) => !t.key.includes(a))),
    )!
    const good = t.fds.filter((f) => f !== bad)
    return worked(rng, {
      stem: `${t.name}(${[...t.key.map((c) => `${c} (key)`), ...t.cols].join(', ')}) has these dependencies: ${t.fds.map(fdText).join('; ')}. Which dependency should be moved into a table of its own to reach 3NF?`,
      in: { t: t.name },
      key: fdText(bad),
      wrong: [
        ['keyFd', fdText(good[0]!), 'moves out a dependency on the whole key'],
        [
          'reversed',
          `${bad[1]} → ${bad[0].join(', ')}`,
          'reads the dependency the wrong way round',
        ],
        [
          'keyPart',
          `${t.key.join(', ')} → ${bad[0].join(', ')}`,
          'splits out the key’s own columns',
        ],
        [
          'keyToBad',
          `${t.key.join(', ')} → ${bad[1]}`,
          'moves the column the key reaches through it, with the key',
        ],
      ],
    })
  }),
  family('crud-entity-never-created', (rng) => {
    const c = crud(rng, 'C')
    return worked(rng, {
      stem: `A CRUD matrix (processes by entities, – for no access): ${c.text}. Which entity has a gap, because no process creates it?`,
      in: { ents: c.ents.join('|'), m: c.flat },
      key: c.gap,
      wrong: c.others.map(
        (e, k) =>
          [
            ['noRead', 'noUpdate', 'noDelete'][k]!,
            e,
            [
              'picks the entity no process reads',
              'picks the entity no process updates',
              'picks the entity no process deletes',
            ][k]!,
          ] as const,
      ),
    })
  }),
  family('crud-entity-never-deleted', (rng) => {
    const c = crud(rng, 'D')
    return worked(rng, {
      stem: `Checking a CRUD matrix for data that is never retired (– for no access): ${c.text}. Which entity does no process delete or archive?`,
      in: { ents: c.ents.join('|'), m: c.flat },
      key: c.gap,
      wrong: c.others.map(
        (e, k) =>
          [
            ['noCreate', 'noRead', 'noUpdate'][k]!,
            e,
            [
              'picks the entity no process creates',
              'picks the entity no process reads',
              'picks the entity no process updates',
            ][k]!,
          ] as const,
      ),
    })
  }),
  family('candidate-key-from-dependencies', (rng) => {
    const [a, b, c, d] = ['A', 'B', 'C', 'D'] as const
    const shapes = [
      {
        fds: [
          [a, b],
          [b, c],
          [c, d],
        ],
        key: a,
      },
      {
        fds: [
          [`${a}${b}`, c],
          [c, d],
        ],
        key: `${a}${b}`,
      },
      {
        fds: [
          [a, c],
          [b, d],
        ],
        key: `${a}${b}`,
      },
      {
        fds: [
          [b, c],
          [c, d],
          [d, a],
        ],
        key: b,
      },
    ] as const
    const s = rng.pick(shapes)
    const rel = [a, b, c, d].join(', ')
    const fd = s.fds.map(([l, r]) => `${[...l].join(', ')} → ${r}`).join('; ')
    const sorted = (x: string) => [...x].sort().join(', ')
    const extra = [a, b, c, d].find((x) => !s.key.includes(x))!
    const lhs = s.fds.map(([l]) => l).find((l) => l !== s.key) ?? s.fds[0]![0]
    return worked(rng, {
      stem: `Relation R(${rel}) has only these functional dependencies: ${fd}. Which set of attributes is its candidate key?`,
      in: { fd: s.fds.map(([l, r]) => `${l}>${r}`).join(';') },
      key: `{${sorted(s.key)}}`,
      wrong: [
        [
          'superkey',
          `{${sorted(s.key + extra)}}`,
          'adds an attribute the key already determines, so it is not minimal',
        ],
        [
          'otherLhs',
          `{${sorted(lhs)}}`,
          'takes the left side of another dependency without checking what it reaches',
        ],
        [
          'lastRhs',
          `{${s.fds[s.fds.length - 1]![1]}}`,
          'takes the attribute at the end of the chain',
        ],
        ['all', `{${rel}}`, 'takes every attribute'],
      ],
    })
  }),
]
