import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { es, type Term } from './es-engine.js'

// Gender and number agreement. Rules: Nueva gramática de la lengua española (RAE and ASALE,
// 2009), chapters 2 (gender), 3 (number), 13 (quantifiers: apocope of primero, tercero, bueno,
// malo, alguno, ninguno, grande, cualquiera), 17–18 (possessives, cuyo) and the DPD entries
// "el" (2: el before feminine nouns beginning with stressed a-, but esta, esa, aquella, toda,
// mucha and the adjectives stay feminine: el agua fría, esta aula), "medio" (invariable as an
// adverb: medio abierta), "bastante" (invariable as an adverb), "cuyo" (agrees with the possessed
// noun), "gente" and "-aje".

const g = (stem: string, fem: boolean, pl = false) => `${stem}${fem ? 'a' : 'o'}${pl ? 's' : ''}`

const STRESSED_A: readonly (readonly [string, string, string])[] = [
  // noun, plural, adjective stem
  ['agua', 'aguas', 'frí'],
  ['aula', 'aulas', 'vací'],
  ['área', 'áreas', 'restringid'],
  ['alma', 'almas', 'generos'],
  ['arma', 'armas', 'peligros'],
  ['águila', 'águilas', 'dorad'],
  ['hacha', 'hachas', 'afilad'],
]
const DETERMINERS: readonly (readonly [string, string])[] = [
  ['esta', 'este'],
  ['esa', 'ese'],
  ['aquella', 'aquel'],
  ['toda el', 'todo el'],
  ['la misma', 'el mismo'],
]

/** Nouns whose ending misleads: gender, article and an adjective stem. */
const MISLEADING: Record<string, readonly (readonly [string, 'f' | 'm', string])[]> = {
  feminineInO: [
    ['mano', 'f', 'derech'],
    ['foto', 'f', 'antigu'],
    ['moto', 'f', 'nuev'],
    ['radio', 'f', 'pequeñ'],
  ],
  masculineInA: [
    ['problema', 'm', 'resuelt'],
    ['sistema', 'm', 'antigu'],
    ['tema', 'm', 'complicad'],
    ['programa', 'm', 'nuev'],
    ['idioma', 'm', 'extranjer'],
    ['mapa', 'm', 'detallad'],
    ['día', 'm', 'complet'],
  ],
  masculineInAje: [
    ['mensaje', 'm', 'enviad'],
    ['viaje', 'm', 'organizad'],
    ['porcentaje', 'm', 'exact'],
    ['equipaje', 'm', 'perdid'],
    ['paisaje', 'm', 'precios'],
  ],
  feminineInEOrConsonant: [
    ['clave', 'f', 'secret'],
    ['fuente', 'f', 'citad'],
    ['red', 'f', 'privad'],
    ['señal', 'f', 'clar'],
    ['costumbre', 'f', 'antigu'],
    ['base', 'f', 'sólid'],
    ['fase', 'f', 'previ'],
  ],
}
const adjForm = (stem: string, fem: boolean) => g(stem, fem)

function misleading(id: string, key: keyof typeof MISLEADING, why: string): ScenarioFamily {
  return es(id, (rng) => {
    const [noun, gender, adj] = rng.pick(MISLEADING[key]!)
    const fem = gender === 'f'
    const art = (f: boolean) => (f ? 'la' : 'el')
    const phrase = (f1: boolean, f2: boolean) => `${art(f1)} ${noun} ${adjForm(adj, f2)}`
    const wrong: [Term, string][] = [
      [['s', phrase(!fem, !fem)], `takes the noun's ending as its gender: ${why}`],
      [
        ['s', phrase(fem, !fem)],
        'gets the article right but makes the adjective agree with the ending',
      ],
      [['s', phrase(!fem, fem)], 'uses the wrong article though the adjective agrees'],
    ]
    return {
      stem: `In a product description, which noun phrase with «${noun}» and the adjective «${adjForm(adj, false)}» agrees correctly?`,
      key: ['s', phrase(fem, fem)],
      wrong,
    }
  })
}

const NATIONALITIES: readonly (readonly [string, string])[] = [
  // masculine singular as written, marked feminine stem (stress on the same syllable)
  ['alemán', 'alemAn'],
  ['inglés', 'inglEs'],
  ['francés', 'francEs'],
  ['japonés', 'japonEs'],
  ['portugués', 'portuguEs'],
  ['irlandés', 'irlandEs'],
  ['danés', 'danEs'],
]

const APOCOPE: readonly (readonly [string, string, string])[] = [
  // full masculine, apocopated, feminine
  ['primero', 'primer', 'primera'],
  ['tercero', 'tercer', 'tercera'],
  ['bueno', 'buen', 'buena'],
  ['malo', 'mal', 'mala'],
  ['alguno', 'algún', 'alguna'],
  ['ninguno', 'ningún', 'ninguna'],
]
const NOUNS_M = ['día', 'intento', 'resultado', 'cliente', 'paso']
const NOUNS_F = ['semana', 'vez', 'versión', 'opción', 'entrega']

export const AGREEMENT_FAMILIES: readonly ScenarioFamily[] = [
  es('spanish-el-before-stressed-a-feminine-adjective', (rng) => {
    const [noun, , adj] = rng.pick(STRESSED_A)
    return {
      stem: `«${noun}» is feminine and begins with a stressed a. Which phrase is correct?`,
      key: ['s', `el ${noun} ${adj}a`],
      wrong: [
        [['s', `la ${noun} ${adj}a`], 'writes la before a feminine noun beginning with stressed a'],
        [['s', `el ${noun} ${adj}o`], 'takes the article el as a sign of masculine gender'],
        [['s', `la ${noun} ${adj}o`], 'uses la and a masculine adjective'],
      ],
    }
  }),
  es('spanish-stressed-a-nouns-keep-feminine-determiners', (rng) => {
    const [noun, , adj] = rng.pick(STRESSED_A)
    const [fem, masc] = rng.pick(DETERMINERS)
    return {
      stem: `Which phrase is correct with the feminine noun «${noun}»?`,
      key: ['s', `${fem} ${noun} ${adj}a`],
      wrong: [
        [
          ['s', `${masc} ${noun} ${adj}a`],
          'extends the el-before-stressed-a rule to other determiners',
        ],
        [['s', `${masc} ${noun} ${adj}o`], 'treats the noun as masculine throughout'],
        [['s', `${fem} ${noun} ${adj}o`], 'makes the adjective masculine'],
      ],
    }
  }),
  misleading(
    'spanish-feminine-nouns-ending-in-o',
    'feminineInO',
    'these nouns end in -o but are feminine',
  ),
  misleading(
    'spanish-masculine-nouns-ending-in-a',
    'masculineInA',
    'these nouns end in -a but are masculine',
  ),
  misleading('spanish-masculine-nouns-in-aje', 'masculineInAje', 'nouns in -aje are masculine'),
  misleading(
    'spanish-feminine-nouns-in-e-or-consonant',
    'feminineInEOrConsonant',
    'this noun is feminine though its ending does not show it',
  ),
  es('spanish-nationality-adjective-feminine-plural', (rng) => {
    const [masc, marked] = rng.pick(NATIONALITIES)
    const noun = rng.pick(['empresas', 'agencias', 'clientas', 'editoriales'])
    const fem = `${marked}as`
    return {
      stem: `Make «${masc}» agree: «Trabajamos con varias ${noun} ___.»`,
      key: ['f', `${noun} {0}`, ['a', fem]],
      wrong: [
        [
          ['f', `${noun} {0}`, ['t', fem]],
          'keeps the masculine form’s tilde, which the llana feminine loses',
        ],
        [
          ['f', `${noun} {0}`, ['a', `${marked}es`]],
          'uses the masculine plural with a feminine noun',
        ],
        [['s', `${noun} ${masc}`], 'leaves the adjective invariable, as in English'],
        [['f', `${noun} {0}`, ['cap', ['a', fem]]], 'capitalises the nationality, as English does'],
      ],
    }
  }),
  es('spanish-plural-of-nouns-in-z', (rng) => {
    const [sing, plMarked, naiveMarked, n] = rng.pick([
      ['vez', 'vEces', 'vEzes', 'tres'],
      ['luz', 'lUces', 'lUzes', 'dos'],
      ['lápiz', 'lApices', 'lApizes', 'cinco'],
      ['voz', 'vOces', 'vOzes', 'dos'],
      ['cruz', 'crUces', 'crUzes', 'cuatro'],
      ['actriz', 'actrIces', 'actrIzes', 'tres'],
      ['disfraz', 'disfrAces', 'disfrAzes', 'seis'],
    ] as const)
    return {
      stem: `Write the plural of «${sing}»: «Necesitamos ${n} ___.»`,
      key: ['a', plMarked],
      wrong: [
        [['a', naiveMarked], 'adds -es without changing z to c before e'],
        [['s', sing], 'leaves the noun singular after a plural number'],
        [['a', plMarked.replace('c', 's')], 'writes s for the c, a seseo spelling'],
        [['s', `${sing}s`], 'adds a bare -s after the consonant'],
      ],
    }
  }),
  es('spanish-invariable-plural-of-unstressed-is', (rng) => {
    const [art, noun, artPl, wrongArt] = rng.pick([
      ['la', 'crisis', 'las', 'los'],
      ['el', 'análisis', 'los', 'las'],
      ['la', 'tesis', 'las', 'los'],
      ['la', 'dosis', 'las', 'los'],
      ['el', 'paréntesis', 'los', 'las'],
      ['la', 'síntesis', 'las', 'los'],
    ] as const)
    return {
      stem: `Write the plural of «${art} ${noun}» in «Revisamos todas ___ de este año.»`,
      key: ['s', `${artPl} ${noun}`],
      wrong: [
        [['s', `${artPl} ${noun}es`], 'adds -es, as for words stressed on the final syllable'],
        [['s', `${artPl} ${noun.slice(0, -2)}es`], 'uses the Latin and English plural in -es'],
        [['s', `${wrongArt} ${noun}`], 'gives the invariable noun the wrong article'],
      ],
    }
  }),
  es('spanish-apocope-of-adjectives-before-nouns', (rng) => {
    const masculine = rng.next() < 0.5
    // Alguno and ninguno are determiners and take no article (ningún intento, not el ningún
    // intento); they are drawn only with masculine nouns, where their apocope shows.
    const [full, short, fem] = rng.pick(
      masculine ? APOCOPE : APOCOPE.filter(([f]) => f !== 'alguno' && f !== 'ninguno'),
    )
    const bare = full === 'alguno' || full === 'ninguno'
    const the = (article: string) => (bare ? '' : `${article} `)
    if (masculine) {
      const noun = rng.pick(NOUNS_M)
      return {
        stem: `Which phrase is correct before the masculine noun «${noun}»?`,
        key: ['s', `${the('el')}${short} ${noun}`],
        wrong: [
          [
            ['s', `${the('el')}${full} ${noun}`],
            'keeps the full form before a masculine singular noun',
          ],
          [['s', `${the('la')}${fem} ${noun}`], 'treats the noun as feminine'],
          [['s', `${the('el')}${noun} ${short}`], 'uses the shortened form after the noun'],
        ],
      }
    }
    const noun = rng.pick(NOUNS_F)
    return {
      stem: `Which phrase is correct before the feminine noun «${noun}»?`,
      key: ['s', `la ${fem} ${noun}`],
      wrong: [
        [['s', `la ${short} ${noun}`], 'shortens the adjective before a feminine noun'],
        [['s', `el ${short} ${noun}`], 'treats the noun as masculine'],
        [['s', `la ${full} ${noun}`], 'uses the masculine form with a feminine noun'],
      ],
    }
  }),
  es('spanish-participle-agrees-after-estar', (rng) => {
    const [noun, fem, pl, inf] = rng.pick([
      ['Las facturas', true, true, 'pagar'],
      ['Los contratos', false, true, 'firmar'],
      ['La propuesta', true, false, 'aprobar'],
      ['Las reservas', true, true, 'confirmar'],
      ['Los pedidos', false, true, 'cancelar'],
    ] as const)
    const part = (f: boolean, p: boolean) => `${inf.slice(0, -2)}ad${f ? 'a' : 'o'}${p ? 's' : ''}`
    return {
      stem: fill(`${noun} ya ${pl ? 'están' : 'está'} ___.`, inf),
      key: ['s', part(fem, pl)],
      wrong: [
        [['s', part(false, false)], 'leaves the participle invariable, as after haber'],
        [['s', part(!fem, pl)], 'makes the participle agree in the wrong gender'],
        [['s', part(fem, !pl)], 'makes the participle agree in the wrong number'],
        [['c', inf, 'ger'], 'uses the gerund after estar for a result'],
      ],
    }
  }),
  es('spanish-participle-invariable-after-haber', (rng) => {
    const [obj, fem, pl, inf] = rng.pick([
      ['las facturas', true, true, 'revisar'],
      ['los contratos', false, true, 'firmar'],
      ['la propuesta', true, false, 'presentar'],
      ['las reservas', true, true, 'confirmar'],
      ['los pedidos', false, true, 'preparar'],
    ] as const)
    const part = (f: boolean, p: boolean) => `${inf.slice(0, -2)}ad${f ? 'a' : 'o'}${p ? 's' : ''}`
    return {
      stem: fill(
        `¿${obj.charAt(0).toUpperCase() + obj.slice(1)}? Ya ${fem ? 'la' : 'lo'}${pl ? 's' : ''} hemos ___ esta mañana.`,
        inf,
      ),
      key: ['s', part(false, false)],
      wrong: [
        [
          ['s', part(fem, pl)],
          'makes the participle agree with the object after haber, as French does',
        ],
        [['s', part(!fem, pl)], 'makes the participle agree after haber, in the wrong gender'],
        [['c', inf, 'ger'], 'uses the gerund after haber'],
        [['c', inf, 'pret', '1p'], 'repeats a conjugated form after the auxiliary'],
        [
          ['s', `${inf.slice(0, -2)}ao`],
          'writes the colloquial pronunciation that drops the d of -ado',
        ],
      ],
    }
  }),
  es('spanish-collective-noun-takes-a-singular-verb', (rng) => {
    const [noun, fem] = rng.pick([
      ['La gente', true],
      ['El equipo', false],
      ['El personal', false],
      ['El público', false],
      ['La plantilla', true],
    ] as const)
    const adj = (f: boolean, p: boolean) => `content${f ? 'a' : 'o'}${p ? 's' : ''}`
    return {
      stem: `Complete: «${noun} ___ muy ___ con el nuevo horario.»`,
      key: ['s', `está ${adj(fem, false)}`],
      wrong: [
        [
          ['s', `están ${adj(fem, true)}`],
          'makes verb and adjective plural for a singular collective noun',
        ],
        [
          ['s', `están ${adj(fem, false)}`],
          'makes only the verb plural for a singular collective noun',
        ],
        [['s', `está ${adj(!fem, false)}`], 'makes the adjective agree in the wrong gender'],
        [['s', `es ${adj(fem, false)}`], 'uses ser for a passing state of mind'],
      ],
    }
  }),
  es('spanish-medio-as-adverb-is-invariable', (rng) => {
    const [noun, verb, stem, fem, pl, english] = rng.pick([
      ['La oficina', 'está', 'vací', true, false, 'empty'],
      ['Las cajas', 'están', 'llen', true, true, 'full'],
      ['La traducción', 'está', 'terminad', true, false, 'finished'],
      ['Los archivos', 'están', 'descargad', false, true, 'downloaded'],
      ['Las puertas', 'están', 'abiert', true, true, 'open'],
    ] as const)
    const a = (f: boolean) => `${stem}${f ? 'a' : 'o'}${pl ? 's' : ''}`
    const m = (f: boolean) => `medi${f ? 'a' : 'o'}${pl ? 's' : ''}`
    const ser = pl ? 'son' : 'es'
    return {
      stem: `Complete: «${noun} ___.» (${pl ? 'are' : 'is'} half ${english}) Which is correct?`,
      key: ['s', `${verb} medio ${a(fem)}`],
      wrong: [
        [['s', `${verb} ${m(fem)} ${a(fem)}`], 'makes the adverb medio agree with the noun'],
        [['s', `${verb} medio ${a(!fem)}`], 'makes the adjective agree in the wrong gender'],
        [
          ['s', `${verb} ${pl ? 'mitades' : 'mitad'} ${a(fem)}`],
          'translates “half” as the noun mitad',
        ],
        [['s', `${ser} medio ${a(fem)}`], 'uses ser for a state'],
        [
          ['s', `${ser} ${m(fem)} ${a(fem)}`],
          'uses ser for a state and makes the adverb medio agree with the noun',
        ],
      ],
    }
  }),
  es('spanish-cuyo-agrees-with-the-possessed-noun', (rng) => {
    const [ante, poss, f, p] = rng.pick([
      ['la empresa', 'clientes', false, true],
      ['el autor', 'novelas', true, true],
      ['la agencia', 'director', false, false],
      ['el proveedor', 'factura', true, false],
      ['los clientes', 'pedidos', false, true],
    ] as const)
    const cuyo = (ff: boolean, pp: boolean) => `cuy${ff ? 'a' : 'o'}${pp ? 's' : ''}`
    const anteFem = ante.startsWith('la')
    const anteP = ante.startsWith('los')
    return {
      stem: `Complete: «Hablamos con ${ante} ___ reclamaron ayer.» (whose ${poss})`,
      key: ['s', `${cuyo(f, p)} ${poss}`],
      wrong: [
        [
          ['s', `${cuyo(anteFem, anteP)} ${poss}`],
          'makes cuyo agree with the owner instead of the thing owned',
        ],
        [['s', `que ${p ? 'sus' : 'su'} ${poss}`], 'writes que su instead of cuyo (quesuismo)'],
        [['s', `cuyo ${poss}`], 'leaves cuyo invariable'],
        [['s', `de quien ${poss}`], 'copies English “of whom” word order'],
        [
          ['s', `de quién ${poss}`],
          'copies “of whom” and writes the interrogative quién, with its tilde',
        ],
      ],
    }
  }),
  es('spanish-possessive-su-agrees-with-the-thing-owned', (rng) => {
    const [owner, noun, adjStem, f] = rng.pick([
      ['Ana', 'facturas', 'pendient', true],
      ['El cliente', 'pedidos', 'urgent', false],
      ['La editora', 'correcciones', 'final', true],
      ['Nuestro socio', 'contratos', 'vigent', false],
    ] as const)
    const adj = (pl: boolean) =>
      adjStem === 'final' ? (pl ? 'finales' : 'final') : `${adjStem}e${pl ? 's' : ''}`
    void f
    return {
      stem: `Complete: «${owner} ya ha enviado ___.» (her/his, plural things)`,
      key: ['s', `sus ${noun} ${adj(true)}`],
      wrong: [
        [
          ['s', `su ${noun} ${adj(true)}`],
          'makes the possessive agree with the single owner, as English his/her',
        ],
        [['s', `sus ${noun} ${adj(false)}`], 'leaves the adjective singular'],
        [
          ['s', `su ${noun} ${adj(false)}`],
          'makes the possessive agree with the single owner and leaves the adjective singular, as English does both',
        ],
        [
          ['s', `suyas ${noun} ${adj(true)}`.replace('suyas', f ? 'suyas' : 'suyos')],
          'puts the stressed possessive before the noun',
        ],
      ],
    }
  }),
  es('spanish-bastante-as-adverb-is-invariable', (rng) => {
    const [adjSg, adjPl, noun] = rng.pick([
      ['difícil', 'difíciles', 'Las preguntas eran'],
      ['caro', 'caros', 'Los envíos son'],
      ['largo', 'largos', 'Los textos son'],
      ['útil', 'útiles', 'Sus comentarios fueron'],
    ] as const)
    return {
      stem: `Complete: «${noun} ___.» (quite + adjective)`,
      key: ['s', `bastante ${adjPl}`],
      wrong: [
        [['s', `bastantes ${adjPl}`], 'makes the adverb bastante plural'],
        [['s', `bastante ${adjSg}`], 'leaves the adjective singular with a plural subject'],
        [['s', `bastantes ${adjSg}`], 'makes the adverb plural and the adjective singular'],
      ],
    }
  }),
  es('spanish-ambos-agreement', (rng) => {
    const [noun, fem] = rng.pick([
      ['versiones', true],
      ['facturas', true],
      ['presupuestos', false],
      ['archivos', false],
      ['propuestas', true],
    ] as const)
    const adj = (f: boolean) => `revisad${f ? 'a' : 'o'}s`
    return {
      stem: `Complete: «Le adjunto ___ ${noun} ___.» (both, revised)`,
      key: ['s', `${fem ? 'ambas' : 'ambos'} ${noun} ${adj(fem)}`],
      wrong: [
        [['s', `${fem ? 'ambos' : 'ambas'} ${noun} ${adj(fem)}`], 'gives ambos the wrong gender'],
        [
          ['s', `${fem ? 'ambos' : 'ambas'} ${noun} ${adj(!fem)}`],
          'gives ambos and the adjective the wrong gender',
        ],
        [
          [
            's',
            `ambos los ${noun} ${adj(fem)}`.replace('ambos los', fem ? 'ambas las' : 'ambos los'),
          ],
          'adds the article after ambos, as English “both the”',
        ],
        [
          [
            's',
            `${fem ? 'ambas' : 'ambos'} de las ${noun} ${adj(fem)}`.replace(
              ' las ',
              fem ? ' las ' : ' los ',
            ),
          ],
          'translates English “both of the” word for word',
        ],
      ],
    }
  }),
]

const fill = (sentence: string, inf: string) =>
  `Complete the sentence with the right form of «${inf}»: «${sentence}»`
