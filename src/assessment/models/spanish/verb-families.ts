import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { conjugateMarked, es, type Person, type Tense, type Term } from './es-engine.js'

// Verb forms in the sentences a Spanish-speaking freelancer writes for clients. Forms come from
// the conjugator (Nueva gramática de la lengua española, RAE and ASALE 2009, chapter 4); the
// choice of tense and mood follows the Nueva gramática chapters 23 (tense and aspect: the
// preterite for bounded past events, the imperfect for habits and backgrounds), 25 (the
// subjunctive after volition, emotion, doubt, purpose, impersonal evaluation, temporal cuando
// and antes de que referring to the future, ojalá), 47 (conditional clauses) and 37 (ser, estar).

/** Regular verbs with an object, safe in every tense (no spelling or stem change, no hiatus). */
const VERBS: readonly (readonly [string, string])[] = [
  ['revisar', 'el contrato'],
  ['preparar', 'el presupuesto'],
  ['terminar', 'la traducción'],
  ['contestar', 'los correos'],
  ['firmar', 'el acuerdo'],
  ['confirmar', 'la reserva'],
  ['presentar', 'la propuesta'],
  ['completar', 'el formulario'],
  ['cancelar', 'el pedido'],
  ['redactar', 'el informe'],
  ['editar', 'el catálogo'],
  ['diseñar', 'el folleto'],
  ['responder', 'a la reclamación'],
  ['vender', 'la licencia'],
  ['aprender', 'el nuevo programa'],
  ['recibir', 'el pago'],
  ['compartir', 'el enlace'],
  ['cumplir', 'el plazo'],
  ['añadir', 'los datos'],
  ['imprimir', 'las facturas'],
]
const SUBJECTS: Partial<Record<Person, readonly string[]>> = {
  '1s': ['yo'],
  '3s': ['Lucía', 'el cliente', 'la editora', 'Martín', 'usted', 'la agencia'],
  '1p': ['nosotros', 'mi socia y yo'],
  '3p': ['los clientes', 'ustedes', 'Ana y Pablo', 'los editores'],
}
const OTHER: Record<Person, Person> = {
  '1s': '3s',
  '2s': '3s',
  '3s': '3p',
  '1p': '3p',
  '2p': '3p',
  '3p': '3s',
}

interface Pick {
  readonly inf: string
  readonly obj: string
  readonly p: Person
  readonly subj: string
}
function pick(rng: Rng, persons: readonly Person[] = ['1s', '3s', '1p', '3p']): Pick {
  const [inf, obj] = rng.pick(VERBS)
  const p = rng.pick(persons)
  return { inf, obj, p, subj: rng.pick(SUBJECTS[p]!) }
}
const c = (inf: string, t: Tense, p: Person): Term => ['c', inf, t, p]
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const fill = (sentence: string, inf: string) =>
  `Complete the sentence from a client message with the right form of «${inf}»: «${sentence}»`

/** A fill-in family: the key in one tense and the named wrong tenses or persons. */
function fillIn(
  id: string,
  frame: (s: Pick) => string,
  keyTense: Tense,
  wrongs: readonly (readonly [Tense | 'person' | 'inf' | ((s: Pick) => Term), string])[],
  persons?: readonly Person[],
): ScenarioFamily {
  return es(id, (rng) => {
    const s = pick(rng, persons)
    return {
      stem: fill(frame(s), s.inf),
      key: c(s.inf, keyTense, s.p),
      wrong: wrongs.map(([t, m]) =>
        typeof t === 'function'
          ? [t(s), m]
          : t === 'person'
            ? [c(s.inf, keyTense, OTHER[s.p]), m]
            : t === 'inf'
              ? [['s', s.inf], m]
              : [c(s.inf, t, s.p), m],
      ),
    }
  })
}

const PERSON_SLIP = 'makes the verb agree with the wrong person or number'

export const VERB_FAMILIES: readonly ScenarioFamily[] = [
  fillIn(
    'spanish-preterite-dated-completed-action',
    (s) =>
      `${rngless(['Ayer', 'El lunes pasado', 'En marzo', 'Hace dos días'], s)} ${s.subj} ___ ${s.obj}.`,
    'pret',
    [
      ['impf', 'uses the imperfect for a single completed action with a dated time marker'],
      ['pres', 'keeps the present tense for a finished past action'],
      ['person', PERSON_SLIP],
      ['cond', 'uses the conditional, as if the action were hypothetical'],
      ['inf', 'leaves the verb in the infinitive'],
    ],
  ),
  fillIn(
    'spanish-imperfect-habitual-past',
    (s) =>
      `${rngless(['Antes', 'El año pasado', 'Cuando empezamos', 'En la otra agencia'], s)}, ${s.subj} siempre ___ ${s.obj} los viernes.`,
    'impf',
    [
      ['pret', 'uses the preterite for a repeated past habit'],
      ['pres', 'uses the present for a habit the time marker puts in the past'],
      ['person', PERSON_SLIP],
      ['isubj', 'uses the imperfect subjunctive where no trigger asks for a subjunctive'],
    ],
  ),
  fillIn(
    'spanish-imperfect-interrupted-background',
    (s) => `Mientras ${s.subj} ___ ${s.obj}, se cortó la conexión.`,
    'impf',
    [
      ['pret', 'uses the preterite for the ongoing background action that was interrupted'],
      ['pres', 'uses the present in a past narrative'],
      ['ger', 'puts the gerund after mientras, as English does with “while doing”'],
      ['person', PERSON_SLIP],
      ['inf', 'leaves the verb in the infinitive'],
    ],
  ),
  fillIn(
    'spanish-preterite-interrupting-event',
    (s) => `Estaba en una reunión cuando ${s.subj} ___ ${s.obj} por fin.`,
    'pret',
    [
      ['impf', 'uses the imperfect for the event that interrupts the background'],
      ['pres', 'uses the present in a past narrative'],
      ['person', PERSON_SLIP],
      ['psubj', 'uses the subjunctive after cuando for a past, factual event'],
    ],
    ['3s', '3p'],
  ),
  fillIn(
    'spanish-present-for-routine',
    (s) => `Normalmente ${s.subj} ___ ${s.obj} los lunes por la mañana.`,
    'pres',
    [
      ['person', PERSON_SLIP],
      ['impf', 'uses the imperfect for a present routine'],
      ['psubj', 'uses the subjunctive in a plain statement of fact'],
      ['inf', 'leaves the verb in the infinitive'],
    ],
  ),
  fillIn(
    'spanish-future-for-a-promise',
    (s) => `No se preocupe: mañana a primera hora ${s.subj} ___ ${s.obj}.`,
    'fut',
    [
      ['cond', 'uses the conditional instead of the future for a firm promise'],
      ['psubj', 'uses the present subjunctive in a main clause without a trigger'],
      ['pret', 'uses the preterite for an action that is still to come'],
      ['person', PERSON_SLIP],
    ],
  ),
  fillIn(
    'spanish-subjunctive-after-volition',
    (s) => `La directora quiere que ${s.subj} ___ ${s.obj} hoy mismo.`,
    'psubj',
    [
      ['pres', 'uses the indicative after querer que with a different subject'],
      ['inf', 'keeps the infinitive though the subordinate clause has its own subject'],
      ['isubj', 'uses the imperfect subjunctive after a present-tense trigger'],
      ['fut', 'uses the future, as English “will”'],
      ['person', PERSON_SLIP],
    ],
    ['3s', '1p', '3p'],
  ),
  fillIn(
    'spanish-subjunctive-after-cuando-future',
    (s) => `Cuando ${s.subj} ___ ${s.obj}, pasaremos a la siguiente fase.`,
    'psubj',
    [
      ['fut', 'uses the future after cuando for a future event'],
      ['pres', 'uses the indicative after cuando for an event still to come'],
      ['cond', 'uses the conditional after cuando'],
      ['person', PERSON_SLIP],
    ],
  ),
  fillIn(
    'spanish-subjunctive-after-impersonal-evaluation',
    (s) =>
      `${rngless(['Es importante', 'Es necesario', 'Es imprescindible', 'Es fundamental'], s)} que ${s.subj} ___ ${s.obj} antes del viernes.`,
    'psubj',
    [
      ['pres', 'uses the indicative after an impersonal evaluation such as es necesario que'],
      ['fut', 'uses the future after an impersonal evaluation such as es necesario que'],
      ['isubj', 'uses the imperfect subjunctive after a present-tense trigger'],
      ['person', PERSON_SLIP],
    ],
  ),
  fillIn(
    'spanish-subjunctive-after-para-que',
    (s) => `Le escribo para que ${s.subj} ___ ${s.obj} cuanto antes.`,
    'psubj',
    [
      ['pres', 'uses the indicative after para que, a conjunction of purpose'],
      ['inf', 'keeps the infinitive though para que introduces a new subject'],
      ['fut', 'uses the future after para que'],
      ['isubj', 'uses the imperfect subjunctive after a present-tense main verb'],
      ['person', PERSON_SLIP],
    ],
    ['3s', '3p'],
  ),
  fillIn(
    'spanish-subjunctive-after-antes-de-que',
    (s) => `Necesitamos el visto bueno antes de que ${s.subj} ___ ${s.obj}.`,
    'psubj',
    [
      ['pres', 'uses the indicative after antes de que, which always takes the subjunctive'],
      ['fut', 'uses the future after antes de que'],
      ['inf', 'keeps the infinitive though antes de que introduces a new subject'],
      ['person', PERSON_SLIP],
    ],
    ['3s', '3p'],
  ),
  fillIn(
    'spanish-subjunctive-after-negated-belief',
    (s) => `No creo que ${s.subj} ___ ${s.obj} a tiempo.`,
    'psubj',
    [
      ['pres', 'uses the indicative after no creer que, a negated belief'],
      ['fut', 'uses the future after no creo que'],
      ['isubj', 'uses the imperfect subjunctive for a present doubt'],
      ['person', PERSON_SLIP],
    ],
    ['3s', '1p', '3p'],
  ),
  fillIn(
    'spanish-indicative-after-affirmed-belief',
    (s) => `Creo que ${s.subj} ya ___ ${s.obj} ayer por la tarde.`,
    'pret',
    [
      ['psubj', 'uses the subjunctive after an affirmative creer que'],
      ['isubj', 'uses the imperfect subjunctive after an affirmative creer que'],
      ['fut', 'uses the future for an action dated yesterday'],
      ['person', PERSON_SLIP],
    ],
    ['3s', '3p'],
  ),
  fillIn(
    'spanish-subjunctive-after-emotion',
    (s) =>
      `${rngless(['Nos alegra', 'Nos preocupa', 'Nos sorprende', 'Nos encanta'], s)} que ${s.subj} ___ ${s.obj} esta semana.`,
    'psubj',
    [
      ['pres', 'uses the indicative after a verb of emotion'],
      ['inf', 'keeps the infinitive though the clause has its own subject'],
      ['isubj', 'uses the imperfect subjunctive after a present-tense trigger'],
      ['person', PERSON_SLIP],
    ],
    ['3s', '3p'],
  ),
  fillIn(
    'spanish-subjunctive-after-ojala',
    (s) => `Ojalá ${s.subj} ___ ${s.obj} mañana sin problemas.`,
    'psubj',
    [
      ['pres', 'uses the indicative after ojalá'],
      ['fut', 'uses the future after ojalá'],
      ['cond', 'uses the conditional after ojalá'],
      ['person', PERSON_SLIP],
    ],
    ['3s', '3p'],
  ),
  fillIn(
    'spanish-imperfect-subjunctive-after-past-trigger',
    (s) => `Ayer la directora pidió que ${s.subj} ___ ${s.obj} esa misma tarde, y así se hizo.`,
    'isubj',
    [
      ['psubj', 'keeps the present subjunctive after a past trigger for a past action'],
      ['impf', 'uses the imperfect indicative after pedir que'],
      ['cond', 'uses the conditional after pedir que'],
      ['inf', 'keeps the infinitive though the clause has its own subject'],
    ],
    ['1s', '1p', '3p'],
  ),
  fillIn(
    'spanish-imperfect-subjunctive-in-unreal-si-clause',
    (s) => `Si ${s.subj} ___ ${s.obj} hoy, podríamos publicarlo mañana.`,
    'isubj',
    [
      ['cond', 'puts the conditional in the si clause, as in “si tendría”'],
      ['psubj', 'uses the present subjunctive after si'],
      ['impf', 'uses the imperfect indicative in an unreal condition'],
      ['person', PERSON_SLIP],
      ['fut', 'puts the future in the si clause, as English “if they will”'],
    ],
  ),
  fillIn(
    'spanish-conditional-in-unreal-main-clause',
    (s) => `Si tuviéramos el material completo, ${s.subj} ___ ${s.obj} esta misma semana.`,
    'cond',
    [
      ['fut', 'uses the future in the main clause of an unreal condition'],
      ['isubj', 'repeats the imperfect subjunctive in the main clause'],
      ['impf', 'uses the imperfect indicative in the main clause'],
      ['person', PERSON_SLIP],
      [
        (s) => ['n', conjugateMarked(s.inf, 'cond', s.p)],
        'drops the tilde of the conditional ending -ía',
      ],
    ],
  ),
  fillIn(
    'spanish-progressive-gerund',
    (s) =>
      `En este momento ${s.subj} ${['estoy', 'está', 'estamos', 'están'][['1s', '3s', '1p', '3p'].indexOf(s.p)]} ___ ${s.obj}.`,
    'ger',
    [
      ['part', 'uses the past participle after estar for an action in progress'],
      ['inf', 'leaves the infinitive after estar'],
      ['pres', 'conjugates the verb again after estar'],
      [
        (s) => ['s', `${s.inf.slice(0, -2)}${s.inf.endsWith('ar') ? 'iendo' : 'ando'}`],
        'gives the verb the gerund ending of the other conjugation',
      ],
    ],
  ),
  ...irregularFamilies(),
]

/** A deterministic choice among phrasings, keyed on the drawn verb so the frame stays one call. */
function rngless(options: readonly string[], s: Pick): string {
  let h = 0
  for (const ch of s.inf + s.subj) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  return options[h % options.length]!
}

function irregularFamilies(): ScenarioFamily[] {
  const SPELLING: readonly (readonly [string, string, string])[] = [
    ['buscar', 'buscE', 'el documento que faltaba'],
    ['pagar', 'pagE', 'la factura pendiente'],
    ['organizar', 'organizE', 'la reunión con el cliente'],
    ['explicar', 'explicE', 'el presupuesto'],
    ['entregar', 'entregE', 'la traducción'],
    ['actualizar', 'actualizE', 'la web'],
    ['indicar', 'indicE', 'la dirección de envío'],
  ]
  const STRONG: readonly (readonly [string, string, string, string])[] = [
    // verb, regularised 3s (marked), strong 3s stressed on the ending (marked), object
    ['tener', 'teniO', 'tuvO', 'un problema con el envío'],
    ['hacer', 'haciO', 'hizO', 'los cambios'],
    ['poder', 'podiO', 'pudO', 'terminarlo'],
    ['decir', 'deciO', 'dijO', 'la fecha'],
    ['poner', 'poniO', 'pusO', 'el anuncio'],
    ['querer', 'queriO', 'quisO', 'revisarlo'],
    ['traer', 'traiO', 'trajO', 'los documentos'],
    ['estar', 'estO', 'estuvO', 'en la oficina'],
  ]
  const STEM: readonly (readonly [string, string])[] = [
    ['pensar', 'cambiar de proveedor'],
    ['empezar', 'el proyecto en enero'],
    ['entender', 'el problema'],
    ['preferir', 'el pago por transferencia'],
    ['volver', 'a llamar mañana'],
    ['encontrar', 'la factura'],
    ['recordar', 'la fecha'],
    ['pedir', 'un presupuesto'],
    ['repetir', 'la prueba'],
    ['poder', 'firmar hoy'],
    ['querer', 'una reunión'],
  ]
  const PARTICIPLES: readonly (readonly [string, string, string, string])[] = [
    ['hacer', 'hacido', 'hechos', 'los cambios'],
    ['escribir', 'escribido', 'escritos', 'los informes'],
    ['abrir', 'abrido', 'abierta', 'la cuenta'],
    ['poner', 'ponido', 'puestos', 'los anuncios'],
    ['decir', 'decido', 'dicha', 'la fecha de entrega'],
    ['resolver', 'resolvido', 'resueltas', 'las incidencias'],
  ]
  return [
    es('spanish-preterite-spelling-change-first-person', (rng) => {
      const [inf, naive, obj] = rng.pick(SPELLING)
      return {
        stem: fill(`Ayer por la tarde ___ yo misma ${obj}.`, inf),
        key: ['c', inf, 'pret', '1s'],
        wrong: [
          [
            ['t', naive],
            'keeps c, g or z before é instead of writing qu, gu or c (Ortografía 2010)',
          ],
          [
            ['c', inf, 'psubj', '1s'],
            'writes the subjunctive form, the preterite without its tilde',
          ],
          [['c', inf, 'pret', '3s'], 'uses the third person for yo'],
          [['c', inf, 'impf', '1s'], 'uses the imperfect for a single completed action'],
        ],
      }
    }),
    es('spanish-irregular-strong-preterite', (rng) => {
      const [inf, regular, stressed, obj] = rng.pick(STRONG)
      const who = rng.pick(['el cliente', 'la traductora', 'el proveedor'])
      return {
        stem: fill(`El martes pasado ${who} ___ ${obj}.`, inf),
        key: ['c', inf, 'pret', '3s'],
        wrong: [
          [['a', regular], 'regularises an irregular preterite'],
          [['t', stressed], 'stresses the strong preterite on its ending, as regular ones are'],
          [['c', inf, 'impf', '3s'], 'uses the imperfect for a single completed action'],
          [['c', inf, 'pret', '1s'], 'uses the first person form of the strong preterite'],
        ],
      }
    }),
    es('spanish-stem-changing-present', (rng) => {
      const [inf, obj] = rng.pick(STEM)
      const p = rng.pick<Person>(['3s', '1p', '3p'])
      const subj = rng.pick(SUBJECTS[p]!)
      const stem = inf.slice(0, -2)
      const end = { ar: ['a', 'Amos', 'an'], er: ['e', 'Emos', 'en'], ir: ['e', 'Imos', 'en'] }[
        inf.slice(-2) as 'ar'
      ]!
      const diph = (['3s', '1p', '3p'] as const).indexOf(p as '3s')
      const wrong: (readonly [Term, string])[] = [
        [['c', inf, 'impf', p], 'uses the imperfect for a present fact'],
        [['c', inf, 'pres', OTHER[p]], PERSON_SLIP],
      ]
      if (p === '1p')
        wrong.push([
          ['a', `${diphthongStem(inf)}${end[1]}`],
          'changes the stem in nosotros, where the stem is unstressed',
        ])
      else wrong.push([['a', `${stem}${end[diph]}`], 'leaves out the stem change under stress'])
      wrong.push([['c', inf, 'psubj', p], 'uses the subjunctive in a plain statement'])
      return {
        stem: fill(`${cap(subj)} ___ ${obj}.`, inf),
        key: ['c', inf, 'pres', p],
        wrong,
      }
    }),
    es('spanish-irregular-participle-after-haber', (rng) => {
      const [inf, regular, agreed, obj] = rng.pick(PARTICIPLES)
      const aux = rng.pick(['Ya hemos', 'Ya he', 'Esta mañana han', 'Todavía no ha'])
      return {
        stem: fill(`${aux} ___ ${obj}.`, inf),
        key: ['c', inf, 'part'],
        wrong: [
          [['s', regular], 'regularises an irregular participle'],
          [['c', inf, 'ger'], 'uses the gerund after haber'],
          [['c', inf, 'pret', '3s'], 'uses the preterite after the auxiliary haber'],
          [['s', agreed], 'makes the participle agree with the object after haber'],
        ],
      }
    }),
  ]
}

/** The stem with its stressed diphthong or raised vowel, as in the singular forms. */
function diphthongStem(inf: string): string {
  const table: Record<string, string> = {
    pensar: 'piens',
    empezar: 'empiez',
    entender: 'entiend',
    preferir: 'prefier',
    volver: 'vuelv',
    encontrar: 'encuentr',
    recordar: 'recuerd',
    pedir: 'pid',
    repetir: 'repit',
    poder: 'pued',
    querer: 'quier',
  }
  return table[inf]!
}

// ser and estar with adjectives whose meaning changes (Nueva gramática 37.8; DPD, "estar"):
// estar listo 'ready', ser listo 'clever'; estar aburrido 'bored', ser aburrido 'boring'; estar
// seguro 'sure', ser seguro 'safe'; estar atento 'paying attention', ser atento 'courteous'.
const SER_ESTAR: readonly (readonly [string, 'ser' | 'estar', string, 'm' | 'f', string])[] = [
  ['El documento ya {V} para imprimir.', 'estar', 'list', 'm', 'ready'],
  ['La traducción ya {V} para enviar al cliente.', 'estar', 'list', 'f', 'ready'],
  ['La nueva pasarela de pago {V} muy {A}: cifra todos los datos.', 'ser', 'segur', 'f', 'safe'],
  ['El cliente {V} de que quiere cambiar el diseño.', 'estar', 'segur', 'm', 'sure'],
  ['La clienta {V} de su decisión.', 'estar', 'segur', 'f', 'sure'],
  ['El vídeo {V} tan {A} que nadie lo vio entero.', 'ser', 'aburrid', 'm', 'boring'],
  ['La recepcionista {V} siempre muy {A} con las visitas.', 'ser', 'atent', 'f', 'courteous'],
  ['El técnico {V} hoy {A}: no tiene tareas pendientes.', 'estar', 'aburrid', 'm', 'bored'],
]

// por and para (Nueva gramática 29.8; DPD, "para", "por"): para for purpose, deadline, recipient
// and employer; por for means, cause, rate, exchange, duration and route.
const POR_PARA: readonly (readonly [string, 'por' | 'para', 'por' | 'para', string, string])[] = [
  [
    'Trabajo {0} una agencia de Madrid y cobro {1} hora.',
    'para',
    'por',
    'the employer',
    'a rate per hour',
  ],
  [
    'Le envío el contrato {0} correo electrónico {1} que lo firme.',
    'por',
    'para',
    'the means of sending',
    'purpose (para que)',
  ],
  [
    'Necesitamos la traducción {0} el lunes; gracias {1} su paciencia.',
    'para',
    'por',
    'a deadline',
    'the cause of thanks',
  ],
  [
    'Este presupuesto es {0} usted; lo hemos calculado {1} proyecto, no por horas.',
    'para',
    'por',
    'the recipient',
    'a rate per unit',
  ],
  [
    'Cambiamos el diseño {0} un error de imprenta; la nueva versión es {1} el catálogo de otoño.',
    'por',
    'para',
    'a cause',
    'the destination',
  ],
  [
    'Estuvimos revisando el texto {0} tres horas {1} entregarlo a tiempo.',
    'por',
    'para',
    'a duration',
    'purpose',
  ],
]

export const VERB_USE_FAMILIES: readonly ScenarioFamily[] = [
  es('spanish-ser-estar-meaning-changing-adjectives', (rng) => {
    const [frame, verb, adj, g, sense] = rng.pick(SER_ESTAR)
    const other = verb === 'ser' ? 'estar' : 'ser'
    const a = (gg: 'm' | 'f') => adj + (gg === 'm' ? 'o' : 'a')
    const og = g === 'm' ? 'f' : 'm'
    const sentence = (v: string, gg: 'm' | 'f') =>
      frame.includes('{A}')
        ? frame.replace('{V}', v).replace('{A}', a(gg))
        : frame.replace('{V}', `${v} ${a(gg)}`)
    const blank = frame.includes('{A}')
      ? frame.replace('{V}', '___').replace('{A}', '___')
      : frame.replace('{V}', '___ ___')
    const vf = (v: string) => ['c', v, 'pres', '3s'] as const
    return {
      stem: `A client's sentence needs ser or estar and the adjective meaning “${sense}”: «${blank}» Which version is right?`,
      key: ['f', sentence('{0}', g), vf(verb)],
      wrong: [
        [
          ['f', sentence('{0}', g), vf(other)],
          `uses ${other}, which gives the adjective its other meaning`,
        ],
        [['f', sentence('{0}', og), vf(verb)], 'makes the adjective agree in the wrong gender'],
        [['f', sentence('{0}', og), vf(other)], `uses ${other} and also the wrong gender`],
      ],
    }
  }),
  es('spanish-passive-ser-versus-resulting-state-estar', (rng) => {
    const [noun, g, inf] = rng.pick([
      ['La factura', 'f', 'pagar'],
      ['El contrato', 'm', 'firmar'],
      ['La propuesta', 'f', 'aprobar'],
      ['El pedido', 'm', 'cancelar'],
      ['La reserva', 'f', 'confirmar'],
    ] as const)
    const part = (gg: string) => `${inf.slice(0, -2)}ad${gg === 'm' ? 'o' : 'a'}`
    const og = g === 'm' ? 'f' : 'm'
    const action = rng.next() < 0.5
    if (action)
      return {
        stem: `The action itself, with its agent: «${noun} ___ ${'___'} ayer por el cliente.» Which words fill the gaps?`,
        key: ['f', `{0} ${part(g)}`, ['c', 'ser', 'pret', '3s']],
        wrong: [
          [
            ['f', `{0} ${part(g)}`, ['c', 'estar', 'pret', '3s']],
            'uses estar for a passive action with an agent',
          ],
          [
            ['f', `{0} ${part(g)}`, ['c', 'ser', 'impf', '3s']],
            'uses the imperfect for a single completed action',
          ],
          [
            ['f', `{0} ${part(og)}`, ['c', 'ser', 'pret', '3s']],
            'does not make the participle agree with the subject',
          ],
          [
            ['f', `{0} ${part(g)}`, ['c', 'estar', 'impf', '3s']],
            'describes a state where the action is meant',
          ],
        ],
      }
    return {
      stem: `The state found, not the action: «Cuando lo comprobé, ${noun.toLowerCase()} ya ___ ___.» Which words fill the gaps?`,
      key: ['f', `{0} ${part(g)}`, ['c', 'estar', 'impf', '3s']],
      wrong: [
        [['f', `{0} ${part(g)}`, ['c', 'ser', 'impf', '3s']], 'uses ser for a resulting state'],
        [
          ['f', `{0} ${part(g)}`, ['c', 'ser', 'pret', '3s']],
          'uses the passive of an action for the state found',
        ],
        [
          ['f', `{0} ${part(og)}`, ['c', 'estar', 'impf', '3s']],
          'does not make the participle agree with the subject',
        ],
        [
          ['f', `{0} ${part(g)}`, ['c', 'estar', 'pret', '3s']],
          'uses the preterite for a background state',
        ],
      ],
    }
  }),
  es('spanish-por-versus-para', (rng) => {
    const [frame, a, b, useA, useB] = rng.pick(POR_PARA)
    const fillAB = (x: string, y: string) => frame.replace('{0}', x).replace('{1}', y)
    const flip = (x: string) => (x === 'por' ? 'para' : 'por')
    return {
      stem: `Which version of this client message uses por and para correctly? «${fillAB('___', '___')}»`,
      key: ['s', fillAB(a, b)],
      wrong: [
        [
          ['s', fillAB(flip(a), flip(b))],
          `swaps both: ${flip(a)} for ${useA} and ${flip(b)} for ${useB}`,
        ],
        [['s', fillAB(flip(a), b)], `uses ${flip(a)} for ${useA}`],
        [['s', fillAB(a, flip(b))], `uses ${flip(b)} for ${useB}`],
      ],
    }
  }),
  es('spanish-formal-command-usted', (rng) => {
    const [inf, obj] = rng.pick(VERBS.filter(([v]) => v !== 'responder'))
    // The object takes the client's possessive, so the register shows twice: su (usted), tu (tú).
    const [art, noun] = obj.split(' ') as [string, string]
    const poss = (usted: boolean) => `${usted ? 'su' : 'tu'}${art === 'los' ? 's' : ''} ${noun}`
    const cmd = (v: Term, usted: boolean): Term => ['f', `{0} ${poss(usted)}`, v]
    return {
      stem: `Complete the request to a client addressed as usted, with «${inf}» and her «${noun}»: «Señora Ruiz, por favor, ___ antes del viernes.»`,
      key: cmd(['c', inf, 'imp', '3s'], true),
      wrong: [
        [
          cmd(['c', inf, 'imp', '2s'], false),
          'switches to tú: the tú command and the tú possessive',
        ],
        [
          cmd(['c', inf, 'imp', '2s'], true),
          'uses the tú command with a client addressed as usted',
        ],
        [
          cmd(['c', inf, 'imp', '3s'], false),
          'uses the tú possessive with a client addressed as usted',
        ],
        [cmd(['s', inf], true), 'uses the infinitive as a command'],
        [
          cmd(['c', inf, 'psubj', '2s'], true),
          'uses the tú subjunctive, the negative tú form, as the command',
        ],
        [cmd(['c', inf, 'imp', '3p'], true), 'uses the ustedes command for a single client'],
      ],
    }
  }),
  es('spanish-dequeismo', (rng) => {
    const [lead, rest] = rng.pick([
      ['Pienso', 'el plazo es demasiado corto'],
      ['Creemos', 'la versión final está lista'],
      ['El cliente nos dijo', 'el pago llegará el lunes'],
      ['Le comunico', 'su pedido ha salido hoy'],
      ['Parece', 'el archivo está dañado'],
    ])
    return {
      stem: `Which sentence is correct in a client email?`,
      key: ['s', `${lead} que ${rest}.`],
      wrong: [
        [
          ['s', `${lead} de que ${rest}.`],
          'adds de before que where the verb takes a direct object (dequeísmo)',
        ],
        [
          ['s', `${lead} qué ${rest}.`],
          'puts a tilde on the conjunction que, which is not interrogative',
        ],
        [['s', `${lead} de qué ${rest}.`], 'adds de (dequeísmo) and a tilde on the conjunction'],
      ],
    }
  }),
  es('spanish-queismo', (rng) => {
    const [lead, rest] = rng.pick([
      ['Estoy seguro', 'el pago llegará el lunes'],
      ['Me alegro', 'le haya gustado la propuesta'],
      ['Me acuerdo', 'usted pidió dos copias'],
      ['Nos dimos cuenta', 'faltaba una página'],
      ['Estamos convencidos', 'el plazo vence mañana'],
    ])
    return {
      stem: `Which sentence is correct in a client email?`,
      key: ['s', `${lead} de que ${rest}.`],
      wrong: [
        [['s', `${lead} que ${rest}.`], 'drops the de the expression requires (queísmo)'],
        [['s', `${lead} en que ${rest}.`], 'uses en, the wrong preposition for this expression'],
        [
          ['s', `${lead} de qué ${rest}.`],
          'puts a tilde on the conjunction que, which is not interrogative',
        ],
      ],
    }
  }),
]
