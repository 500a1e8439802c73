import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { es, type Person, type Term } from './es-engine.js'

// Pronouns and register. Rules: Nueva gramática de la lengua española (RAE and ASALE, 2009),
// chapter 16 (personal pronouns: clitics before a conjugated verb and a negative command,
// attached to an infinitive, gerund or affirmative command, indirect before direct object, le
// and les becoming se before lo, la, los, las; conmigo, contigo; entre tú y yo, según tú) and
// 16.9–16.10 with the DPD entries "leísmo" (le for a thing as direct object is incorrect),
// "laísmo" (la for an indirect object is incorrect), "le" (le for a plural indirect object is
// incorrect), "imperativo" (the infinitive is not a command: rellenen, not rellenar; vosotros
// drops the -d before os: registraos), "usted" (third-person verb and possessive su) and
// "vosotros" (used in Spain only; ustedes is the plural of tú and usted in the Americas).

const REGULAR: readonly (readonly [string, string, 'm' | 'f', boolean])[] = [
  ['revisar', 'contrato', 'm', false],
  ['preparar', 'facturas', 'f', true],
  ['firmar', 'propuesta', 'f', false],
  ['confirmar', 'pedidos', 'm', true],
  ['completar', 'formulario', 'm', false],
  ['editar', 'fotos', 'f', true],
  ['cancelar', 'reserva', 'f', false],
]
const DO = (g: 'm' | 'f', pl: boolean) => `${g === 'm' ? 'lo' : 'la'}${pl ? 's' : ''}`
const art = (g: 'm' | 'f', pl: boolean) =>
  pl ? (g === 'm' ? 'los' : 'las') : g === 'm' ? 'el' : 'la'
const GIVE: readonly (readonly [string, string, 'm' | 'f', boolean])[] = [
  ['enviar', 'contrato', 'm', false],
  ['mandar', 'facturas', 'f', true],
  ['entregar', 'traducción', 'f', false],
  ['explicar', 'cambios', 'm', true],
  ['presentar', 'propuesta', 'f', false],
]
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

export const PRONOUN_FAMILIES: readonly ScenarioFamily[] = [
  es('spanish-direct-object-pronoun-for-things-no-leismo', (rng) => {
    const [inf, noun, g, pl] = rng.pick(REGULAR)
    const part = `${inf.slice(0, -2)}ado`
    const sent = (p: string) => `¿${cap(art(g, pl))} ${noun}? Ya ${p} he ${part}.`
    return {
      stem: 'Which reply to the client uses the right object pronoun?',
      key: ['s', sent(DO(g, pl))],
      wrong: [
        [['s', sent(pl ? 'les' : 'le')], 'uses le or les for a thing as direct object (leísmo)'],
        [['s', sent(DO(g === 'm' ? 'f' : 'm', pl))], 'gives the pronoun the wrong gender'],
        [['s', sent(DO(g, !pl))], 'gives the pronoun the wrong number'],
        [
          ['s', sent(pl ? 'le' : 'les')],
          'uses le or les for a thing (leísmo), in the wrong number',
        ],
        [
          ['s', sent(DO(g === 'm' ? 'f' : 'm', !pl))],
          'gives the pronoun the wrong gender and number',
        ],
      ],
    }
  }),
  es('spanish-indirect-object-pronoun-no-laismo', (rng) => {
    const [who, fem, pl] = rng.pick([
      ['A la clienta', true, false],
      ['A la directora', true, false],
      ['A las socias', true, true],
      ['Al cliente', false, false],
      ['A los proveedores', false, true],
    ] as const)
    const thing = rng.pick(['el presupuesto', 'la factura', 'el enlace', 'las muestras'])
    const s = (p: string) => `${who} ${p} enviamos ${thing} ayer.`
    return {
      stem: 'Which sentence uses the right indirect object pronoun?',
      key: ['s', s(pl ? 'les' : 'le')],
      wrong: [
        [
          ['s', s(fem ? (pl ? 'las' : 'la') : pl ? 'los' : 'lo')],
          fem
            ? 'uses la or las for an indirect object (laísmo)'
            : 'uses lo or los for an indirect object (loísmo)',
        ],
        [
          ['s', s(pl ? 'le' : 'les')],
          pl
            ? 'uses singular le for a plural indirect object'
            : 'uses plural les for a single person',
        ],
        [['s', s('se')], 'uses se where no direct object pronoun follows'],
      ],
    }
  }),
  es('spanish-se-lo-with-the-right-direct-object', (rng) => {
    const [noun, g, pl] = rng.pick([
      ['Las facturas', 'f', true],
      ['El informe', 'm', false],
      ['Los contratos', 'm', true],
      ['La contraseña', 'f', false],
    ] as const)
    const sent = (c: string) => `¿${noun}? ${c} mando hoy mismo al cliente.`
    return {
      stem: 'Which reply replaces both objects with pronouns correctly?',
      key: ['s', sent(`Se ${DO(g, pl)}`)],
      wrong: [
        [['s', sent(`Le ${DO(g, pl)}`)], 'keeps le before lo, la, los or las instead of se'],
        [
          ['s', sent(`${cap(DO(g, pl))} le`)],
          'puts the direct object pronoun before the indirect one',
        ],
        [
          ['s', sent(`Se ${DO(g === 'm' ? 'f' : 'm', pl)}`)],
          'gives the direct object pronoun the wrong gender',
        ],
        [
          ['s', sent(`Se ${DO(g, !pl)}`)],
          'makes the direct object pronoun agree with the client, not the thing',
        ],
        [
          ['s', sent(`Les ${DO(g, pl)}`)],
          'keeps les before the direct object pronoun instead of se',
        ],
        [
          ['s', sent(`Le ${DO(g === 'm' ? 'f' : 'm', pl)}`)],
          'keeps le instead of se and gives the pronoun the wrong gender',
        ],
      ],
    }
  }),
  es('spanish-clitic-attached-to-an-affirmative-command', (rng) => {
    const [inf, noun, g, pl] = rng.pick(REGULAR)
    const p: Person = rng.pick(['3s', '2s', '3p'])
    const cmd: Term = ['c', inf, 'imp', p]
    const o = DO(g, pl)
    return {
      stem: `Write the affirmative command of «${inf}» (${p === '2s' ? 'tú' : p === '3s' ? 'usted' : 'ustedes'}) with the pronoun for «${art(g, pl)} ${noun}»: «${cap(art(g, pl))} ${noun}: ___ antes del viernes, por favor.»`,
      key: ['j', cmd, ['s', o]],
      wrong: [
        [['f', `{0}${o}`, cmd], 'attaches the pronoun but drops the tilde the longer word needs'],
        [['f', `${o} {0}`, cmd], 'puts the pronoun before an affirmative command'],
        [['f', `{0} ${o}`, cmd], 'writes the attached pronoun as a separate word'],
        [
          ['j', ['c', inf, 'imp', p === '3p' ? '3s' : p === '3s' ? '2s' : '3s'], ['s', o]],
          p === '3p'
            ? 'uses the usted command for several people addressed as ustedes'
            : p === '3s'
              ? 'uses the tú command with someone addressed as usted'
              : 'uses the usted command with someone addressed as tú',
        ],
        [
          ['j', cmd, ['s', pl ? 'les' : 'le']],
          'uses le or les for a thing as direct object (leísmo)',
        ],
        [['j', ['c', inf, 'inf'], ['s', o]], 'uses the infinitive with the pronoun as the command'],
      ],
    }
  }),
  es('spanish-clitic-before-a-negative-command', (rng) => {
    const [inf, noun, g, pl] = rng.pick(REGULAR)
    const o = DO(g, pl)
    return {
      stem: `Write the negative usted command of «${inf}» with the pronoun for «${art(g, pl)} ${noun}»: «${cap(art(g, pl))} ${noun}: no ___ todavía.»`,
      key: ['f', `${o} {0}`, ['c', inf, 'psubj', '3s']],
      wrong: [
        [['j', ['c', inf, 'psubj', '3s'], ['s', o]], 'attaches the pronoun to a negative command'],
        [
          ['f', `${o} {0}`, ['c', inf, 'pres', '3s']],
          'uses the indicative, the tú command form, for a negative command',
        ],
        [
          ['f', `{0} ${o}`, ['c', inf, 'psubj', '3s']],
          'puts the pronoun after the verb as a separate word',
        ],
        [
          ['f', `{0}${o}`, ['c', inf, 'psubj', '3s']],
          'attaches the pronoun to a negative command and drops the tilde the longer word needs',
        ],
        [['j', ['c', inf, 'inf'], ['s', o]], 'uses the infinitive with the pronoun as the command'],
      ],
    }
  }),
  es('spanish-clitic-with-a-gerund', (rng) => {
    const [inf, noun, g, pl] = rng.pick(REGULAR)
    const o = DO(g, pl)
    const aux = rng.pick(['Estamos', 'Estoy', 'Seguimos'])
    const ger: Term = ['c', inf, 'ger']
    return {
      stem: `Which sentence is correct? (${art(g, pl)} ${noun} is being worked on)`,
      key: ['f', `${aux} {0}.`, ['j', ger, ['s', o]]],
      wrong: [
        [
          ['f', `${aux} {0}${o}.`, ger],
          'attaches the pronoun but drops the tilde the longer word needs',
        ],
        [['f', `${aux} ${o} {0}.`, ger], 'puts the pronoun between the auxiliary and the gerund'],
        [['f', `${aux} {0} ${o}.`, ger], 'writes the attached pronoun as a separate word'],
        [
          ['f', `${aux} {0}.`, ['j', ger, ['s', pl ? 'les' : 'le']]],
          'uses le or les for a thing as direct object (leísmo)',
        ],
        [['f', `${aux} {0}.`, ['j', ger, ['s', DO(g, !pl)]]], 'gives the pronoun the wrong number'],
      ],
    }
  }),
  es('spanish-two-clitics-with-an-infinitive', (rng) => {
    const [inf, noun, g, pl] = rng.pick(GIVE)
    const o = DO(g, pl)
    const v = rng.pick(['Quiero', 'Vamos a', 'Podemos'])
    const i: Term = ['c', inf, 'inf']
    return {
      stem: `Replace both objects with pronouns: «${v} ${inf} ${art(g, pl)} ${noun} al cliente hoy.»`,
      key: ['f', `${v} {0} hoy.`, ['j', i, ['s', 'se'], ['s', o]]],
      wrong: [
        [
          ['f', `${v} {0}se${o} hoy.`, i],
          'attaches both pronouns but drops the tilde the longer word needs',
        ],
        [
          ['f', `${v} {0} hoy.`, ['j', i, ['s', o], ['s', 'se']]],
          'puts the direct object pronoun before se',
        ],
        [['f', `${v} se ${o} {0} hoy.`, i], 'puts the pronouns between the two verbs'],
        [
          ['f', `${v} le ${o} {0} hoy.`, i],
          'puts le and the direct object pronoun between the two verbs',
        ],
        [
          ['f', `${v} {0} hoy.`, ['j', i, ['s', 'le'], ['s', o]]],
          'keeps le before the direct object pronoun instead of se',
        ],
        [
          ['f', `${v} {0} hoy.`, ['j', i, ['s', 'se'], ['s', DO(g, !pl)]]],
          'gives the direct object pronoun the wrong number',
        ],
      ],
    }
  }),
  es('spanish-pronouns-after-prepositions', (rng) => {
    const [frame, key, wrongs] = rng.pick([
      [
        'Esta carta es para ___.',
        'mí',
        [
          ['mi', 'drops the tilde, writing the possessive mi'],
          ['yo', 'uses the subject pronoun after a preposition'],
          ['me', 'uses the object clitic after a preposition'],
        ],
      ],
      [
        'El paquete es para ___, Laura.',
        'ti',
        [
          ['tí', 'puts a tilde on ti, a monosyllable that never takes one'],
          ['tú', 'uses the subject pronoun after para'],
          ['te', 'uses the object clitic after a preposition'],
        ],
      ],
      [
        '¿Puede venir a la reunión ___? (with me)',
        'conmigo',
        [
          ['con mí', 'writes con mí instead of conmigo'],
          ['con yo', 'uses the subject pronoun after con'],
          ['con migo', 'splits conmigo into two words'],
        ],
      ],
      [
        'Hablaré ___ mañana, Ana. (with you)',
        'contigo',
        [
          ['con ti', 'writes con ti instead of contigo'],
          ['con tú', 'uses the subject pronoun after con'],
          ['con tigo', 'splits contigo into two words'],
        ],
      ],
      [
        'Esto queda ___. (between you and me)',
        'entre tú y yo',
        [
          ['entre ti y mí', 'uses prepositional forms after entre, which takes subject pronouns'],
          ['entre tú y mí', 'mixes a subject and a prepositional pronoun after entre'],
          ['entre ti y yo', 'uses ti after entre, which takes subject pronouns'],
        ],
      ],
      [
        '___, el plazo es suficiente. (according to you)',
        'Según tú',
        [
          ['Según ti', 'uses the prepositional form after según, which takes subject pronouns'],
          ['Según tí', 'uses the prepositional form with a wrong tilde'],
          ['Segun tú', 'drops the tilde of según'],
        ],
      ],
    ] as const)
    return {
      stem: `Which form fills the gap? «${frame}»`,
      key: ['s', key],
      wrong: wrongs.map(([w, m]) => [['s', w], m] as const),
    }
  }),
  es('spanish-register-usted-kept-consistent', (rng) => {
    const POSSESSIVES: Record<string, readonly [string, string, string]> = {
      dirección: ['su', 'tu', 'vuestra'],
      'número de pedido': ['su', 'tu', 'vuestro'],
      NIF: ['su', 'tu', 'vuestro'],
      firma: ['su', 'tu', 'vuestra'],
      datos: ['sus', 'tus', 'vuestros'],
    }
    const [inf, obj] = rng.pick([
      ['enviar', 'dirección'],
      ['confirmar', 'número de pedido'],
      ['indicar', 'NIF'],
      ['revisar', 'firma'],
      ['actualizar', 'datos'],
    ] as const)
    const [su, tu, vuestro] = POSSESSIVES[obj]!
    const with_ = (p: Person, poss: string): Term => [
      'f',
      `¿{0} ${inf}nos ${poss} ${obj}?`,
      ['cap', ['c', 'poder', 'cond', p]],
    ]
    return {
      stem: 'A new corporate client is addressed as usted throughout. Which request fits the email?',
      key: with_('3s', su),
      wrong: [
        [with_('2s', tu), 'switches to tú with a client addressed as usted'],
        [with_('3s', tu), 'mixes the usted verb with the tú possessive'],
        [with_('2p', vuestro), 'uses vosotros forms for a single client'],
        [with_('3p', su), 'uses the ustedes verb for a single client'],
        [
          ['f', `¿{0} ${inf}nos ${tu} ${obj}?`, ['cap', ['c', 'poder', 'pres', '3s']]],
          'mixes the usted verb (puede) with the tú possessive',
        ],
      ],
    }
  }),
  es('spanish-register-ustedes-for-clients-in-the-americas', (rng) => {
    const [verb, thing] = rng.pick([
      ['recordamos', 'facturas vencen'],
      ['informamos', 'pedidos salen'],
      ['confirmamos', 'reservas están activas'],
    ])
    const s = (ob: string, pos: string) => `${ob} ${verb} que ${pos} ${thing} el viernes.`
    const vu = thing.startsWith('pedidos') ? 'vuestros' : 'vuestras'
    return {
      stem: 'A circular to several clients in Mexico. Which sentence fits?',
      key: ['s', s('Les', 'sus')],
      wrong: [
        [['s', s('Os', vu)], 'uses vosotros, which is used only in Spain'],
        [['s', s('Les', vu)], 'mixes ustedes (les) with the vosotros possessive'],
        [['s', s('Os', 'sus')], 'mixes the vosotros pronoun os with the ustedes possessive'],
      ],
    }
  }),
  es('spanish-register-vosotros-kept-consistent', (rng) => {
    const [inf, obj] = rng.pick([
      ['revisar', 'tareas'],
      ['terminar', 'traducciones'],
      ['preparar', 'presentaciones'],
      ['recibir', 'instrucciones'],
    ] as const)
    const s = (p: Person, poss: string): Term => [
      'f',
      `¿{0} {1} ya ${poss} ${obj}?`,
      ['cap', ['c', 'haber', 'pres', p]],
      ['c', inf, 'part'],
    ]
    return {
      stem: 'An informal message to a team of colleagues in Madrid, written with vosotros. Which question is consistent?',
      key: s('2p', 'vuestras'),
      wrong: [
        [s('2p', 'sus'), 'mixes the vosotros verb with the ustedes possessive'],
        [s('3p', 'vuestras'), 'uses the ustedes verb with the vosotros possessive'],
        [s('2s', 'vuestras'), 'uses the singular tú verb for a group'],
        [
          [
            'f',
            `¿{0} {1}as ya vuestras ${obj}?`,
            ['cap', ['c', 'haber', 'pres', '2p']],
            ['s', inf.slice(0, -2) + (inf.endsWith('ir') ? 'id' : 'ad')],
          ],
          'makes the participle agree with the object after haber, as French does',
        ],
        [s('3p', 'sus'), 'uses ustedes throughout, as in the Americas, for a team in Spain'],
        [s('2s', 'tus'), 'addresses the whole team as one person (tú)'],
        [
          [
            'f',
            `¿Ustedes {0} {1} ya vuestras ${obj}?`,
            ['c', 'haber', 'pres', '2p'],
            ['c', inf, 'part'],
          ],
          'pairs ustedes with the vosotros verb, as western Andalusian speech does',
        ],
      ],
    }
  }),
  es('spanish-vosotros-command-with-os-drops-the-d', (rng) => {
    const [base, cls] = rng.pick([
      ['registr', 'ar'],
      ['apunt', 'ar'],
      ['conect', 'ar'],
      ['prepar', 'ar'],
      ['inscrib', 'ir'],
      ['reun', 'ir'],
    ] as const)
    const v = { ar: 'A', er: 'E', ir: 'I' }[cls]
    return {
      stem: `Tell your team in Spain (vosotros) to use «${base}${cls}se» as a command: «___ antes del lunes.»`,
      key: ['cap', ['a', `${base}${v}os`]],
      wrong: [
        [['cap', ['s', `${base}${cls}os`]], 'uses the infinitive with os as the command'],
        [['cap', ['s', `${base}${cls.slice(0, 1)}dos`]], 'keeps the -d of the command before os'],
        [['cap', ['s', `${base}${cls}se`]], 'uses the bare infinitive as the command'],
        [['cap', ['s', `${base}${cls.slice(0, 1)}d`]], 'drops the pronoun os from the command'],
        cls === 'ar'
          ? [['cap', ['t', `${base}${v}os`]], 'puts a tilde on a llana ending in -s (apuntáos)']
          : [['cap', ['n', `${base}${v}os`]], 'drops the tilde that marks the hiatus in -íos'],
        [
          ['cap', ['j', ['c', `${base}${cls}`, 'imp', '2s'], ['s', 'te']]],
          'uses the tú command for a group',
        ],
        [
          ['cap', ['j', ['c', `${base}${cls}`, 'imp', '3p'], ['s', 'se']]],
          'uses the ustedes command, as in the Americas, for a team in Spain',
        ],
      ],
    }
  }),
  es('spanish-usted-takes-third-person-verbs', (rng) => {
    // Stem-changing verbs, whose usted form a learner also regularises (pode for puede).
    const [inf, rest, regular] = rng.pick([
      ['querer', 'recibir la factura por correo', 'quere'],
      ['poder', 'firmar el contrato hoy', 'pode'],
      ['preferir', 'pagar por transferencia', 'prefere'],
      ['tener', 'alguna pregunta más', 'tene'],
      ['pensar', 'venir a la presentación', 'pensa'],
    ] as const)
    return {
      stem: fill(`¿Usted ___ ${rest}?`, inf),
      key: ['c', inf, 'pres', '3s'],
      wrong: [
        [['s', regular], 'leaves out the stem change (e to ie, o to ue) of the stressed stem'],
        [['c', inf, 'pres', '2s'], 'uses the tú verb form with usted'],
        [['c', inf, 'pres', '3p'], 'uses the plural ustedes form for one client'],
        [['c', inf, 'pres', '2p'], 'uses the vosotros form with usted'],
        [['s', inf], 'leaves the verb in the infinitive'],
      ],
    }
  }),
  es('spanish-infinitive-is-not-a-command', (rng) => {
    const [inf, obj] = rng.pick([
      ['rellenar', 'el formulario'],
      ['completar', 'sus datos'],
      ['adjuntar', 'el justificante'],
      ['indicar', 'el número de pedido'],
      ['firmar', 'las dos copias'],
    ] as const)
    return {
      stem: fill(`Estimados clientes: por favor, ___ ${obj} antes del día 15.`, inf),
      key: ['c', inf, 'imp', '3p'],
      wrong: [
        [['s', inf], 'uses the infinitive as a command'],
        [['c', inf, 'imp', '2p'], 'uses the vosotros command with clients addressed as ustedes'],
        [['c', inf, 'pres', '3p'], 'uses the present indicative instead of the command form'],
        [['c', inf, 'imp', '3s'], 'uses the singular usted command for several clients'],
      ],
    }
  }),
  es('spanish-letter-salutation-estimado', (rng) => {
    const [title, fem, name] = rng.pick([
      ['señora', true, 'López'],
      ['señor', false, 'Ruiz'],
      ['doctora', true, 'Martín'],
      ['señor', false, 'Castro'],
    ] as const)
    const e = fem ? 'Estimada' : 'Estimado'
    const o = fem ? 'Estimado' : 'Estimada'
    return {
      stem: 'Which salutation opens a formal email correctly?',
      key: ['s', `${e} ${title} ${name}:`],
      wrong: [
        [['s', `${o} ${title} ${name}:`], 'makes estimado agree in the wrong gender'],
        [
          ['s', `${e} ${cap(title)} ${name}:`],
          'capitalises a title (señor, señora, doctora) inside the salutation',
        ],
        [['s', `${e} ${title} ${name},`], 'ends the salutation with a comma, as English does'],
        [
          ['s', `${o} ${cap(title)} ${name}:`],
          'makes estimado agree in the wrong gender and capitalises the title',
        ],
        [
          ['s', `${e} ${cap(title)} ${name},`],
          'capitalises the title and ends with a comma, as English does',
        ],
      ],
    }
  }),
  es('spanish-relative-quien-after-a-preposition', (rng) => {
    const [ante, pl] = rng.pick([
      ['La clienta', false],
      ['El editor', false],
      ['Los proveedores', true],
      ['Las traductoras', true],
    ] as const)
    const q = pl ? 'quienes' : 'quien'
    return {
      stem: `Complete: «${ante} con ___ hablé ayer ${pl ? 'han' : 'ha'} confirmado el pedido.»`,
      key: ['s', `con ${q}`],
      wrong: [
        [['s', 'con que'], 'uses a bare que after a preposition for a person'],
        [['s', `con ${pl ? 'quiénes' : 'quién'}`], 'puts a tilde on the relative quien'],
        [['s', `con ${pl ? 'quien' : 'quienes'}`], 'gives quien the wrong number'],
        [['s', `con ${pl ? 'quién' : 'quiénes'}`], 'gives quien the wrong number and a tilde'],
        [['s', 'con qué'], 'uses a bare que for a person, with a tilde'],
      ],
    }
  }),
]

const fill = (sentence: string, inf: string) =>
  `Complete the sentence with the right form of «${inf}»: «${sentence}»`
