import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  type Division,
  type EsSpec,
  es,
  misdivide,
  spell,
  syllables,
  type Term,
} from './es-engine.js'

// Accents and spelling by the Ortografía de la lengua española (RAE and ASALE, 2010): chapter I,
// "La acentuación gráfica" (the general rules for agudas, llanas and esdrújulas; hiatus with a
// stressed i or u; monosyllables such as fue, dio, vio and guion never take a tilde; the tilde
// diacrítica: tú/tu, él/el, mí/mi, sí/si, sé/se, té/te, dé/de, más/mas, aún/aun; interrogatives
// and exclamatives; porque, por qué, porqué and por que; adverbs in -mente keep the adjective's
// tilde; capitals keep the tilde); chapter I, the letter r (rr after a prefix ending in a vowel:
// antirrobo); the chapter on capital letters (gentilicios and months in lower case); the
// chapter on word division at line ends (syllables; ch, ll, rr never split); the chapter on
// prefixes (ex- joined to a one-word base, apart from a multiword one: exministra, ex primer
// ministro). The same rules are in the DPD entries "tilde", "ex-", "porque", "mayúsculas".

type Variant = readonly [right: Term, wrong: Term, mistake: string]

/** Two slots, each right or wrong: the key has both right, each distractor one or two slips. */
function twoSlots(frame: string, a: Variant, b: Variant): EsSpec {
  const at = (x: Term, y: Term): Term => ['f', frame, x, y]
  return {
    stem: '',
    key: at(a[0], b[0]),
    wrong: [
      [at(a[1], b[0]), a[2]],
      [at(a[0], b[1]), b[2]],
      [at(a[1], b[1]), a[2] === b[2] ? `${a[2]}, in both words` : `${a[2]}; and ${b[2]}`],
    ],
  }
}

/** A word's right spelling and the tilde slip it invites (dropped when needed, added when not). */
function slip(marked: string, needed: string, unneeded: string): Variant {
  const right: Term = ['a', marked]
  return spell(marked) === marked.toLowerCase()
    ? [right, ['t', marked], unneeded]
    : [right, ['n', marked], needed]
}

function accentPair(id: string, words: readonly string[], needed: string, unneeded: string) {
  return es(id, (rng) => {
    const [w1, w2] = rng.shuffle(words)
    const s = twoSlots('{0} y {1}', slip(w1!, needed, unneeded), slip(w2!, needed, unneeded))
    return {
      ...s,
      stem: 'A client’s glossary lists two words. Which pair is spelled correctly by the RAE accent rules?',
    }
  })
}

const AGUDAS = [
  'camiOn',
  'cafE',
  'sofA',
  'despuEs',
  'autobUs',
  'interEs',
  'menU',
  'relOj',
  'ciudAd',
  'papEl',
  'hotEl',
  'actitUd',
  'capAz',
  'trabajadOr',
]
const LLANAS = [
  'Arbol',
  'lApiz',
  'difIcil',
  'Util',
  'cArcel',
  'azUcar',
  'mOvil',
  'exAmen',
  'Orden',
  'jOven',
  'cAsa',
  'tEma',
  'crIsis',
  'lUnes',
]
const ESDRUJULAS = [
  'telEfono',
  'nUmero',
  'pAgina',
  'mUsica',
  'cAmara',
  'pUblico',
  'rApido',
  'Ultimo',
  'mEtodo',
  'catAlogo',
  'crEdito',
]
const HIATUS = [
  'dIa',
  'paIs',
  'reUne',
  'oIdo',
  'baUl',
  'maIz',
  'continUa',
  'frIo',
  'tenIa',
  'actUa',
  'categorIa',
  'garantIa',
]
const MONOSYLLABLES = ['fuE', 'fuI', 'diO', 'viO', 'fE', 'piE', 'guiOn', 'huI', 'tI', 'riO']

const PLURAL_GAINS: readonly (readonly [string, string])[] = [
  ['examen', 'exAmen'],
  ['joven', 'jOven'],
  ['origen', 'orIgen'],
  ['imagen', 'imAgen'],
  ['margen', 'mArgen'],
  ['volumen', 'volUmen'],
  ['resumen', 'resUmen'],
  ['crimen', 'crImen'],
]
const PLURAL_LOSES: readonly (readonly [string, string])[] = [
  ['canción', 'canciOn'],
  ['versión', 'versiOn'],
  ['reunión', 'reuniOn'],
  ['edición', 'ediciOn'],
  ['opción', 'opciOn'],
  ['razón', 'razOn'],
  ['avión', 'aviOn'],
  ['información', 'informaciOn'],
]

const DIACRITIC_PRONOUNS: readonly (readonly [string, Variant, Variant])[] = [
  [
    '{0} me dijo que {1} informe estaba listo.',
    [['s', 'Él'], ['s', 'El'], 'drops the tilde of the pronoun él'],
    [['s', 'el'], ['s', 'él'], 'puts the pronoun’s tilde on the article el'],
  ],
  [
    '¿{0} tienes ya {1} contraseña?',
    [['s', 'Tú'], ['s', 'Tu'], 'drops the tilde of the subject pronoun tú'],
    [['s', 'tu'], ['s', 'tú'], 'puts a tilde on the possessive tu'],
  ],
  [
    'Para {0}, {1} prioridad es la calidad.',
    [['s', 'mí'], ['s', 'mi'], 'drops the tilde of the pronoun mí after a preposition'],
    [['s', 'mi'], ['s', 'mí'], 'puts a tilde on the possessive mi'],
  ],
  [
    'Esto es para {0}: {1} jefa ya lo ha aprobado.',
    [['s', 'ti'], ['s', 'tí'], 'puts a tilde on ti, a monosyllable that never takes one'],
    [['s', 'tu'], ['s', 'tú'], 'puts a tilde on the possessive tu'],
  ],
  [
    'Se lo di a {0} y {1} lo firmó enseguida.',
    [['s', 'él'], ['s', 'el'], 'drops the tilde of the pronoun él after a preposition'],
    [['s', 'él'], ['s', 'el'], 'drops the tilde of the subject pronoun él'],
  ],
]
const DIACRITIC_OTHERS: readonly (readonly [string, Variant, Variant])[] = [
  [
    '{0} usted quiere, le enviamos {1} muestras.',
    [['s', 'Si'], ['s', 'Sí'], 'puts a tilde on the conditional conjunction si'],
    [['s', 'más'], ['s', 'mas'], 'drops the tilde of the quantity adverb más'],
  ],
  [
    'No {0} si el cliente {1} ha conectado hoy.',
    [['s', 'sé'], ['s', 'se'], 'drops the tilde of sé, the verb saber'],
    [['s', 'se'], ['s', 'sé'], 'puts a tilde on the pronoun se'],
  ],
  [
    'Le pedimos que nos {0} su opinión antes {1} las cinco.',
    [['s', 'dé'], ['s', 'de'], 'drops the tilde of dé, the verb dar'],
    [['s', 'de'], ['s', 'dé'], 'puts a tilde on the preposition de'],
  ],
  [
    'Dijo que {0} al presupuesto; {1} así, pidió un descuento.',
    [['s', 'sí'], ['s', 'si'], 'drops the tilde of the affirmative sí'],
    [['s', 'aun'], ['s', 'aún'], 'puts a tilde on aun meaning “even”'],
  ],
  [
    '{0} no hemos recibido el pago; {1} tarde lo revisaremos.',
    [['s', 'Aún'], ['s', 'Aun'], 'drops the tilde of aún meaning “still”'],
    [['s', 'más'], ['s', 'mas'], 'drops the tilde of the adverb más'],
  ],
  [
    '¿Quiere un {0} o un café? {1} lo preparo enseguida.',
    [['s', 'té'], ['s', 'te'], 'drops the tilde of the noun té'],
    [['s', 'Se'], ['s', 'Sé'], 'puts a tilde on the pronoun se'],
  ],
]
const QUESTION_WORDS: readonly (readonly [string, Variant, Variant])[] = [
  [
    'Pregúntele {0} quiere recibirlo y, {1} lo reciba, que nos avise.',
    [
      ['s', 'cuándo'],
      ['s', 'cuando'],
      'drops the tilde of an interrogative in an indirect question',
    ],
    [['s', 'cuando'], ['s', 'cuándo'], 'puts a tilde on cuando as a plain time conjunction'],
  ],
  [
    '¿{0} está la oficina {1} trabaja usted?',
    [['s', 'Dónde'], ['s', 'Donde'], 'drops the tilde of the interrogative dónde'],
    [['s', 'donde'], ['s', 'dónde'], 'puts a tilde on the relative donde'],
  ],
  [
    'No sé {0} cuesta el envío; el precio {1} le dimos era orientativo.',
    [
      ['s', 'cuánto'],
      ['s', 'cuanto'],
      'drops the tilde of the interrogative in an indirect question',
    ],
    [['s', 'que'], ['s', 'qué'], 'puts a tilde on the relative que'],
  ],
  [
    '¿{0} quiere que hagamos? Haremos lo {1} usted nos diga.',
    [['s', 'Qué'], ['s', 'Que'], 'drops the tilde of the interrogative qué'],
    [['s', 'que'], ['s', 'qué'], 'puts a tilde on the relative que in lo que'],
  ],
  [
    'Explíquenos {0} funciona y lo haremos {1} usted prefiera.',
    [['s', 'cómo'], ['s', 'como'], 'drops the tilde of cómo in an indirect question'],
    [['s', 'como'], ['s', 'cómo'], 'puts a tilde on the relative adverb como'],
  ],
]

const PORQUE_FORMS = {
  porque: 'the causal conjunction porque',
  'por qué': 'the interrogative por qué',
  porqué: 'the noun porqué (“the reason”)',
  'por que': 'the preposition por with the relative que',
} as const
type Porque = keyof typeof PORQUE_FORMS
const PORQUE_CASES: readonly (readonly [string, Porque])[] = [
  ['No pudimos enviarlo ___ faltaba la dirección.', 'porque'],
  ['Le devolvimos el pago ___ el pedido llegó dañado.', 'porque'],
  ['¿___ no se ha enviado todavía el pedido?', 'por qué'],
  ['No entendemos ___ se ha retrasado la entrega.', 'por qué'],
  ['Explíquenos el ___ de ese cambio de precio.', 'porqué'],
  ['Nadie nos ha dado un ___ convincente.', 'porqué'],
  ['Esa es la razón ___ cambiamos de proveedor.', 'por que'],
  ['Ese fue el motivo ___ cancelamos el contrato.', 'por que'],
]

const MENTE = [
  'rApido',
  'pUblico',
  'prActico',
  'Ultimo',
  'lOgico',
  'automAtico',
  'econOmico',
  'tEcnico',
  'Unico',
  'especIfico',
]
const HEADINGS: readonly (readonly [string, string])[] = [
  ['Ultima', 'actualizaciOn'],
  ['atenciOn', 'telefOnica'],
  ['informaciOn', 'bAsica'],
  ['envIo', 'rApido'],
  ['polItica', 'pUblica'],
  ['catAlogo', 'tEcnico'],
]
const GENTILICIOS = [
  'mexicanos',
  'argentinos',
  'franceses',
  'alemanes',
  'chilenos',
  'italianos',
  'canadienses',
]
const MONTHS = ['enero', 'marzo', 'abril', 'junio', 'septiembre', 'octubre', 'diciembre']
const DIVISIBLE = [
  'escuadrIlla',
  'cuadrIlla',
  'aplicaciOnes',
  'publicaciOnes',
  'fabricaciOnes',
  'explicaciOnes',
  'abreviatUra',
  'agradeciEndo',
  'arriEndo',
  'replicaciOnes',
]
const DIVISION_MISTAKES = {
  digraph: 'splits the digraph ch, ll or rr, a single sound',
  cluster: 'splits a consonant and l or r group that opens a syllable',
  diphthong: 'splits a diphthong into two syllables',
  coda: 'closes the syllable with the consonant that opens the next, as English does',
} as const

const CAP = (t: Term): Term => ['cap', t]

/** Where a division puts its hyphens, as letter offsets into the word. */
const cutsOf = (parts: readonly string[]): Set<number> => {
  const out = new Set<number>()
  let at = 0
  for (const part of parts.slice(0, -1)) {
    at += part.length
    out.add(at)
  }
  return out
}

/**
 * A division with two of the named mistakes at once, as a writer who follows English habits
 * makes them: each mistake's moved hyphens applied to the correct division. Undefined when the
 * word allows only one of them.
 */
function twoMisdivisions(marked: string, a: Division, b: Division): string | undefined {
  const right = syllables(marked).map((x) => x.toLowerCase())
  const word = right.join('')
  const key = cutsOf(right)
  const [ca, cb] = [cutsOf(misdivide(marked, a)), cutsOf(misdivide(marked, b))]
  const moved = (c: Set<number>) => [...c].some((x) => !key.has(x)) || c.size !== key.size
  if (!moved(ca) || !moved(cb)) return undefined
  const cuts = new Set(
    [...key]
      .filter((x) => ca.has(x) && cb.has(x))
      .concat(
        [...ca].filter((x) => !key.has(x)),
        [...cb].filter((x) => !key.has(x)),
      ),
  )
  const sorted = [...cuts].sort((x, y) => x - y)
  const pieces = [0, ...sorted].map((from, i) => word.slice(from, sorted[i] ?? word.length))
  return pieces.join('-')
}

export const ORTHOGRAPHY_FAMILIES: readonly ScenarioFamily[] = [
  accentPair(
    'spanish-accent-agudas',
    AGUDAS,
    'drops the tilde of an aguda ending in a vowel, -n or -s',
    'puts a tilde on an aguda ending in a consonant other than -n or -s',
  ),
  accentPair(
    'spanish-accent-llanas',
    LLANAS,
    'drops the tilde of a llana ending in a consonant other than -n or -s',
    'puts a tilde on a llana ending in a vowel, -n or -s',
  ),
  accentPair(
    'spanish-accent-esdrujulas',
    ESDRUJULAS,
    'drops the tilde every esdrújula carries',
    'puts a tilde where none is needed',
  ),
  accentPair(
    'spanish-accent-hiatus-with-stressed-i-or-u',
    HIATUS,
    'drops the tilde of a stressed i or u in hiatus, as if the vowels formed a diphthong',
    'puts a tilde where none is needed',
  ),
  accentPair(
    'spanish-accent-monosyllables-never-take-the-general-tilde',
    MONOSYLLABLES,
    'drops a needed tilde',
    'puts a tilde on a monosyllable, which the general rules never mark',
  ),
  es('spanish-accent-plural-gains-a-tilde', (rng) => {
    const [sing, m] = rng.pick(PLURAL_GAINS)
    const stressed = m.search(/[AEIOU]/)
    const pl = `${m}es`
    const penult = `${m.slice(0, stressed).toLowerCase()}${m[stressed]!.toLowerCase()}${m.slice(stressed + 1, -2)}${m.slice(-2, -1).toUpperCase()}${m.slice(-1)}es`
    return {
      stem: `Write the plural of «${sing}» for a client’s web page.`,
      key: ['a', pl],
      wrong: [
        [['n', pl], 'drops the tilde the plural needs as an esdrújula'],
        [['t', penult], 'moves the tilde to the syllable before -es'],
        [['a', `${m}s`], 'adds -s instead of -es after a consonant'],
        [['n', `${m}s`], 'adds a bare -s to the singular as written'],
        [['s', sing], 'leaves the noun singular'],
      ],
    }
  }),
  es('spanish-accent-plural-loses-its-tilde', (rng) => {
    const [sing, m] = rng.pick(PLURAL_LOSES)
    const pl = `${m}es`
    return {
      stem: `Write the plural of «${sing}» for a client’s web page.`,
      key: ['a', pl],
      wrong: [
        [['t', pl], 'keeps the singular’s tilde on what is now a llana ending in -s'],
        [['a', `${m}s`], 'adds -s instead of -es after a consonant'],
        [['s', sing], 'leaves the noun singular'],
      ],
    }
  }),
  es('spanish-tilde-diacritica-pronouns-and-determiners', (rng) => {
    const [frame, a, b] = rng.pick(DIACRITIC_PRONOUNS)
    return { ...twoSlots(frame, a, b), stem: 'Which sentence places the tildes correctly?' }
  }),
  es('spanish-tilde-diacritica-si-se-de-te-mas-aun', (rng) => {
    const [frame, a, b] = rng.pick(DIACRITIC_OTHERS)
    return { ...twoSlots(frame, a, b), stem: 'Which sentence places the tildes correctly?' }
  }),
  es('spanish-tilde-on-interrogatives-not-on-relatives', (rng) => {
    const [frame, a, b] = rng.pick(QUESTION_WORDS)
    return { ...twoSlots(frame, a, b), stem: 'Which sentence places the tildes correctly?' }
  }),
  es('spanish-porque-por-que-porque-noun-por-que-relative', (rng) => {
    const [frame, key] = rng.pick(PORQUE_CASES)
    const initial = frame.startsWith('¿___')
    const form = (f: Porque): Term => (initial ? CAP(['s', f]) : ['s', f])
    return {
      stem: `Which form fills the gap? «${frame}»`,
      key: form(key),
      wrong: (Object.keys(PORQUE_FORMS) as Porque[])
        .filter((f) => f !== key)
        .map((f) => [
          form(f),
          `writes ${PORQUE_FORMS[f]} where the sentence needs ${PORQUE_FORMS[key]}`,
        ]),
    }
  }),
  es('spanish-adverbs-in-mente-keep-the-adjectives-tilde', (rng) => {
    const m = rng.pick(MENTE)
    const fem = `${m.slice(0, -1)}a`
    const mente = (t: Term): Term => ['f', '{0}mente', t]
    return {
      stem: `Form the adverb in -mente from «${spell(m)}».`,
      key: mente(['a', fem]),
      wrong: [
        [mente(['n', fem]), 'drops the adjective’s tilde when adding -mente'],
        [mente(['a', m]), 'builds the adverb on the masculine form'],
        [mente(['n', m]), 'builds on the masculine form and drops the tilde'],
      ],
    }
  }),
  es('spanish-capitals-keep-the-tilde', (rng) => {
    const [a, b] = rng.pick(HEADINGS)
    const up = (t: Term): Term => ['up', t]
    const s = twoSlots(
      '{0} {1}',
      [up(['a', a]), up(['n', a]), 'drops the tilde on a capital letter'],
      [up(['a', b]), up(['n', b]), 'drops the tilde on a capital letter'],
    )
    return { ...s, stem: 'A web page heading is set in capitals. Which is spelled correctly?' }
  }),
  es('spanish-lowercase-gentilicios-and-months', (rng) => {
    const who = rng.pick(GENTILICIOS)
    const month = rng.pick(MONTHS)
    const s = twoSlots(
      'Nuestros clientes {0} suelen pagar a finales de {1}.',
      [['s', who], CAP(['s', who]), 'capitalises a nationality, as English does'],
      [['s', month], CAP(['s', month]), 'capitalises a month name, as English does'],
    )
    return { ...s, stem: 'Which sentence follows the RAE rules for capitals?' }
  }),
  es('spanish-word-division-into-syllables', (rng) => {
    const m = rng.pick(DIVISIBLE)
    return {
      stem: `A long word must be divided at line ends. Which division of «${spell(m)}» into syllables is correct?`,
      key: ['syl', m],
      wrong: [
        ...(Object.keys(DIVISION_MISTAKES) as Division[]).map(
          (k) => [['sylx', m, k], DIVISION_MISTAKES[k]] as const,
        ),
        ...(
          [
            ['coda', 'diphthong'],
            ['coda', 'cluster'],
            ['diphthong', 'cluster'],
            ['digraph', 'coda'],
          ] as const
        ).flatMap(([a, b]) => {
          const both = twoMisdivisions(m, a, b)
          return both === undefined
            ? []
            : [[['s', both], `${DIVISION_MISTAKES[a]}; and ${DIVISION_MISTAKES[b]}`] as const]
        }),
      ],
    }
  }),
  es('spanish-plural-of-loanwords-ending-in-a-consonant-cluster', (rng) => {
    // Llanas ending in a consonant other than -l, -r, -n, -d, -z, -j, -s or -x (or in a cluster)
    // take -s and keep their tilde: cómics, récords, tándems, tótems, módems (Ortografía, 2010).
    const m = rng.pick(['cOmic', 'rEcord', 'tAndem', 'tOtem', 'mOdem'])
    const pl = `${m}s`
    return {
      stem: `Write the plural of «${spell(m)}» as the RAE recommends.`,
      key: ['a', pl],
      wrong: [
        [['n', pl], 'drops the tilde of a llana ending in -s after another consonant'],
        [['a', `${m}es`], 'adds -es as for native words ending in -d, -l, -n, -r'],
        [['a', m], 'leaves the loanword without a plural ending'],
        [['n', m], 'keeps the English word as it is: singular and without the tilde'],
      ],
    }
  }),
  es('spanish-prefix-ex-joined-or-apart', (rng) => {
    const one = rng.pick(['directora', 'presidenta', 'ministra', 'socia', 'empleada'])
    const many = rng.pick([
      'jefe de ventas',
      'director general',
      'primer ministro',
      'jefe de prensa',
    ])
    return {
      stem: 'Which sentence writes the prefix ex- as the Ortografía (2010) prescribes?',
      key: ['s', `La ex${one} y el ex ${many} firmaron el acuerdo.`],
      wrong: [
        [
          ['s', `La ex ${one} y el ex ${many} firmaron el acuerdo.`],
          'writes ex- apart from a one-word base',
        ],
        [
          ['s', `La ex${one} y el ex${many} firmaron el acuerdo.`],
          'joins ex- to the first word of a multiword base',
        ],
        [
          ['s', `La ex-${one} y el ex-${many} firmaron el acuerdo.`],
          'joins ex- with a hyphen, as English does',
        ],
        [
          ['s', `La ex-${one} y el ex ${many} firmaron el acuerdo.`],
          'joins ex- with a hyphen to a one-word base',
        ],
        [
          ['s', `La ex${one} y el ex-${many} firmaron el acuerdo.`],
          'joins ex- with a hyphen to a multiword base',
        ],
      ],
    }
  }),
  es('spanish-prefix-doubles-an-initial-r', (rng) => {
    const [pre, base] = rng.pick([
      ['pre', 'requisito'],
      ['anti', 'robo'],
      ['vice', 'rector'],
      ['auto', 'retrato'],
      ['infra', 'representado'],
      ['contra', 'reembolso'],
    ] as const)
    return {
      stem: `Join the prefix «${pre}-» to «${base}».`,
      key: ['s', `${pre}r${base}`],
      wrong: [
        [['s', `${pre}${base}`], 'keeps a single r, which between vowels reads as the tap sound'],
        [['s', `${pre}-${base}`], 'joins the prefix with a hyphen'],
        [['s', `${pre} ${base}`], 'writes the prefix as a separate word'],
      ],
    }
  }),
]
