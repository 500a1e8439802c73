import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Agr, adj, f, fr, pp, reg, s, type Term } from './fr-engine.js'

// Agreement in client copy. Past participles follow Le Bon Usage (Grevisse and Goosse, 16th ed.,
// 2016) § 936 (with être, with the subject), § 943 (with avoir, with a direct object placed
// before the verb, never with the subject nor a direct object after it), § 944 (no agreement with
// en) and §§ 947-948 (a pronominal verb agrees with its reflexive pronoun only when that pronoun
// is the direct object: elles se sont réunies, elles se sont téléphoné). Adjective feminines and
// plurals follow §§ 538-549 (-eux/-euse, -if/-ive, doubled consonants in -el, -ien, -on, -éen,
// -er/-ère, -al/-aux, blanc/blanche, public/publique) and § 555 (compound colour adjectives stay
// invariable: des rideaux bleu foncé); agreement with nouns of both genders goes to the masculine
// plural (§ 439); demi before a noun is invariable and joined by a hyphen, after it agrees in
// gender only (§ 561); tout agrees with the noun it determines (§ 639).

/** Nouns a participle or adjective agrees with, by gender and number. */
const OBJECTS: readonly (readonly [string, Agr, string])[] = [
  // noun with its article, agreement, the object pronoun that stands for it
  ['la facture', 'fs', 'l’'],
  ['les brochures', 'fp', 'les'],
  ['les devis', 'mp', 'les'],
  ['la traduction', 'fs', 'l’'],
  ['les maquettes', 'fp', 'les'],
  ['les textes', 'mp', 'les'],
  ['la lettre', 'fs', 'l’'],
  ['les épreuves', 'fp', 'les'],
]
const TRANSITIVE = [
  'envoyer',
  'corriger',
  'valider',
  'préparer',
  'recevoir',
  'écrire',
  'prendre',
  'mettre',
  'finir',
  'vendre',
] as const
const MISAGREE: Record<Agr, Agr> = { ms: 'fs', fs: 'ms', mp: 'fp', fp: 'mp' }
const OTHER_NUMBER: Record<Agr, Agr> = { ms: 'mp', fs: 'fp', mp: 'ms', fp: 'fs' }
const PLURAL: Record<Agr, Agr> = { ms: 'mp', fs: 'fp', mp: 'mp', fp: 'fp' }
const fill = (sentence: string, word: string) =>
  `Complete the sentence from a client message with the right form of «${word}»: «${sentence}»`
const capFirst = (t: string) => t.charAt(0).toUpperCase() + t.slice(1)

/** The named wrong participles around a key participle agreed `agr`. */
function participleSlips(
  inf: string,
  agr: Agr,
  ruleSlip: readonly [Agr, string],
): [Term, string][] {
  return [
    [pp(inf, ruleSlip[0]), ruleSlip[1]],
    [pp(inf, MISAGREE[agr]), 'agrees the participle in the wrong gender'],
    [pp(inf, OTHER_NUMBER[agr]), 'agrees the participle in the wrong number'],
    [s(inf), 'writes the participle as its homophone infinitive'],
    [pp(inf, MISAGREE[OTHER_NUMBER[agr]]), 'agrees the participle in the wrong gender and number'],
  ]
}

/** Two participles in one sentence, shown as one answer. */
const pair = (a: Term, b: Term) => f('{0} … {1}', a, b)
const twoSlots = (sentence: string, first: string, second: string) =>
  `Complete the sentence from a client message with the participles of «${first}» and «${second}», in that order: «${sentence}»`
/**
 * The named wrong pairs around a key whose first participle stays unagreed and whose second
 * agrees `agr`: each rule broken alone, both broken, and slips in the second.
 */
function pairSlips(
  first: string,
  second: string,
  agr: Agr,
  [firstRule, secondRule]: readonly [string, string],
): [Term, string][] {
  return [
    [pair(pp(first, agr), pp(second, agr)), firstRule],
    [pair(pp(first, 'ms'), pp(second, 'ms')), secondRule],
    [pair(pp(first, agr), pp(second, 'ms')), 'swaps the two rules of agreement'],
    [
      pair(pp(first, 'ms'), pp(second, MISAGREE[agr])),
      'agrees the second participle in the wrong gender',
    ],
    [pair(s(first), pp(second, agr)), 'writes the first participle as its homophone infinitive'],
  ]
}

export const PARTICIPLE_FAMILIES: readonly ScenarioFamily[] = [
  fr('french-participle-agrees-with-preceding-que', (rng) => {
    const [noun, agr] = rng.pick(OBJECTS)
    const inf = rng.pick(TRANSITIVE)
    return {
      stem: fill(`Voici ${noun} que nous avons ___ hier.`, inf),
      key: pp(inf, agr),
      wrong: participleSlips(inf, agr, [
        'ms',
        'leaves the participle unagreed though its direct object que comes first',
      ]),
    }
  }),
  fr('french-participle-agrees-with-preceding-object-pronoun', (rng) => {
    const [noun, agr, pro] = rng.pick(OBJECTS)
    const inf = rng.pick(TRANSITIVE)
    const before = pro === 'l’' ? 'l’' : 'les '
    return {
      stem: fill(`${capFirst(noun)} ? Nous ${before}avons ___ ce matin.`, inf),
      key: pp(inf, agr),
      wrong: participleSlips(inf, agr, [
        'ms',
        'leaves the participle unagreed though the pronoun object comes first',
      ]),
    }
  }),
  fr('french-participle-ignores-a-following-object', (rng) => {
    const [noun, agr, pro] = rng.pick(OBJECTS)
    const [first, second] = rng.shuffle(TRANSITIVE).slice(0, 2) as [string, string]
    return {
      stem: twoSlots(
        `Nous avons ___ ${noun} hier et nous ${pro === 'l’' ? 'l’' : 'les '}avons ___ ce matin.`,
        first,
        second,
      ),
      key: pair(pp(first, 'ms'), pp(second, agr)),
      wrong: pairSlips(first, second, agr, [
        'agrees the first participle with a direct object that comes after it',
        'leaves the second participle unagreed though its pronoun object comes first',
      ]),
      facts: { agr },
    }
  }),
  fr('french-participle-never-agrees-with-en', (rng) => {
    const [noun, agr, count] = rng.pick([
      ['Des brochures', 'fp', 'trois cents'],
      ['Des devis', 'mp', 'plusieurs'],
      ['Des maquettes', 'fp', 'quatre'],
      ['Des textes', 'mp', 'une dizaine'],
      ['Des épreuves', 'fp', 'deux séries'],
    ] as const)
    const [first, second] = rng
      .shuffle(['envoyer', 'corriger', 'préparer', 'recevoir', 'finir', 'vendre'])
      .slice(0, 2) as [string, string]
    return {
      stem: twoSlots(
        `${noun} ? Nous en avons ___ ${count}, et ${agr === 'fp' ? 'celles que vous avez ___ sont parties' : 'ceux que vous avez ___ sont partis'}.`,
        first,
        second,
      ),
      key: pair(pp(first, 'ms'), pp(second, agr)),
      wrong: pairSlips(first, second, agr, [
        'agrees the participle with en as with a preceding direct object',
        'leaves the participle unagreed though its direct object que comes first',
      ]),
      facts: { agr },
    }
  }),
  fr('french-pronominal-participle-agrees-with-direct-reflexive', (rng) => {
    const [subj, agr] = rng.pick([
      ['Les deux équipes', 'fp'],
      ['Nos associés', 'mp'],
      ['Les traductrices', 'fp'],
      ['Marc et Léa', 'mp'],
      ['La cheffe de projet', 'fs'],
    ] as const)
    const [inf, rest] = rng.pick([
      ['réunir', 'lundi pour le lancement'],
      ['retrouver', 'au salon de Lyon'],
      ['rencontrer', 'chez le client'],
      ['préparer', 'pour l’audit'],
    ] as const)
    const be = agr[1] === 'p' ? 'sont' : 'est'
    return {
      stem: fill(`${subj} se ${be} ___ ${rest}.`, inf),
      key: pp(inf, agr),
      wrong: participleSlips(inf, agr, [
        'ms',
        'leaves the participle unagreed though se is its direct object',
      ]),
    }
  }),
  fr('french-pronominal-participle-ignores-indirect-reflexive', (rng) => {
    const [subj, agr] = rng.pick([
      ['Les deux rédactrices', 'fp'],
      ['Nos associés', 'mp'],
      ['Claire et Inès', 'fp'],
      ['Les chefs de projet', 'mp'],
    ] as const)
    const first = rng.pick(['téléphoner', 'parler', 'écrire', 'répondre'])
    const second = rng.pick(['retrouver', 'rencontrer', 'réunir'])
    return {
      stem: twoSlots(`${subj} se sont ___ lundi, puis se sont ___ au salon.`, first, second),
      key: pair(pp(first, 'ms'), pp(second, agr)),
      wrong: pairSlips(first, second, agr, [
        'agrees the first participle as if se were its direct object (se is indirect here)',
        'leaves the second participle unagreed though se is its direct object',
      ]),
      facts: { agr },
    }
  }),
]

/** Adjectives by the rule that forms their feminine or plural. */
const ADJECTIVE_CLASSES: readonly (readonly [string, string, readonly string[], readonly Agr[]])[] =
  [
    // id, rule named in the mistake, adjectives, forms the key takes (drawn)
    [
      'french-adjective-feminine-eux-euse',
      'changing -eux to -euse',
      ['avantageux', 'sérieux', 'rigoureux', 'ambitieux', 'généreux', 'précieux'],
      ['fs', 'fp'],
    ],
    [
      'french-adjective-feminine-if-ive',
      'changing -if to -ive',
      ['attractif', 'créatif', 'définitif', 'positif', 'compétitif', 'exclusif'],
      ['fs', 'fp'],
    ],
    [
      'french-adjective-feminine-doubles-consonant',
      'doubling the final consonant',
      ['professionnel', 'annuel', 'ancien', 'européen', 'bon', 'officiel'],
      ['fs', 'fp'],
    ],
    [
      'french-adjective-feminine-er-ere',
      'changing -er to -ère with a grave accent',
      ['premier', 'dernier', 'entier', 'étranger', 'régulier', 'particulier'],
      ['fs', 'fp'],
    ],
    [
      'french-adjective-feminine-c-che-que',
      'the irregular feminine in -che or -que',
      ['franc', 'public', 'sec'],
      ['fs', 'fp'],
    ],
    [
      'french-adjective-irregular-feminine',
      'its irregular feminine',
      ['long', 'faux', 'bref', 'nouveau'],
      ['fs', 'fp'],
    ],
  ]
const NOUNS: Record<Agr, readonly string[]> = {
  fs: ['une offre', 'une proposition', 'une version', 'une réponse'],
  fp: ['des offres', 'des propositions', 'des réponses'],
  ms: ['un contrat', 'un projet'],
  mp: ['des devis', 'des contrats', 'des projets', 'des salons'],
}
/** Adjectives placed before the noun in set phrases, so the item reads as French does. */
const BEFORE = new Set(['premier', 'dernier', 'long', 'bref', 'nouveau', 'bon', 'gentil', 'ancien'])

export const ADJECTIVE_FAMILIES: readonly ScenarioFamily[] = [
  ...ADJECTIVE_CLASSES.map(([id, rule, words, agrs]) =>
    fr(id, (rng: Rng) => {
      const ms = rng.pick(words)
      const agr = rng.pick(agrs)
      const noun = rng.pick(NOUNS[agr])
      const [det, n] = noun.split(' ') as [string, string]
      // des becomes de before a plural adjective that precedes its noun (de nouvelles offres)
      const where = BEFORE.has(ms) ? `${det === 'des' ? 'de' : det} ___ ${n}` : `${noun} ___`
      return {
        stem: fill(`Voici ${where}.`, ms),
        key: adj(ms, agr),
        wrong: [
          [
            reg(ms, agr),
            `adds the bare ${{ ms: '', mp: 's', fs: 'e', fp: 'es' }[agr]} instead of ${rule}`,
          ],
          [adj(ms, 'ms'), 'leaves the adjective in the masculine singular'],
          [adj(ms, MISAGREE[agr]), 'agrees the adjective in the wrong gender'],
          [adj(ms, OTHER_NUMBER[agr]), 'agrees the adjective in the wrong number'],
          [
            reg(ms, OTHER_NUMBER[agr]),
            `adds the bare endings in the wrong number instead of ${rule}`,
          ],
          [
            reg(ms, MISAGREE[OTHER_NUMBER[agr]]),
            `adds the bare endings in the wrong gender and number instead of ${rule}`,
          ],
        ],
      }
    }),
  ),
  fr('french-adjective-plural-al-aux', (rng) => {
    const ms = rng.pick(['régional', 'national', 'international', 'principal', 'original', 'légal'])
    const mascFirst = rng.next() < 0.5
    const [m, w] = [rng.pick(['des contrats', 'des devis', 'des projets']), rng.pick(NOUNS.fp)]
    const both = (a: Term, b: Term) => (mascFirst ? pair(a, b) : pair(b, a))
    const sentence = mascFirst ? `Voici ${m} ___ et ${w} ___.` : `Voici ${w} ___ et ${m} ___.`
    return {
      stem: fill(sentence, ms).replace('the right form', 'the right forms, in order,'),
      key: both(adj(ms, 'mp'), adj(ms, 'fp')),
      wrong: [
        [
          both(reg(ms, 'mp'), adj(ms, 'fp')),
          'adds the bare s in the masculine plural instead of changing -al to -aux',
        ],
        [both(adj(ms, 'mp'), adj(ms, 'mp')), 'carries -aux into the feminine plural'],
        [both(adj(ms, 'fp'), adj(ms, 'fp')), 'agrees both adjectives in the feminine plural'],
        [both(adj(ms, 'ms'), adj(ms, 'fs')), 'leaves both adjectives in the singular'],
        [both(adj(ms, 'mp'), adj(ms, 'fs')), 'leaves the feminine adjective in the singular'],
        [both(reg(ms, 'mp'), reg(ms, 'mp')), 'adds the bare s to both and forgets the feminine e'],
      ],
    }
  }),
  fr('french-adjective-mixed-genders-take-masculine-plural', (rng) => {
    const a = rng.pick([
      'Le rapport et la présentation',
      'La maquette et le texte',
      'Le devis et la facture',
      'La brochure et le site',
    ])
    const [x, y] = rng.shuffle(['prêt', 'complet', 'définitif', 'validé', 'relu']).slice(0, 2) as [
      string,
      string,
    ]
    const both = (g: Agr, h: Agr = g) => pair(adj(x, g), adj(y, h))
    return {
      stem: `Complete the sentence from a client message with the right forms of «${x}» and «${y}», in that order: «${a} sont ___ et ___.»`,
      key: both('mp'),
      wrong: [
        [both('fp'), 'agrees in the feminine plural because one noun is feminine'],
        [both('fs'), 'agrees with the feminine noun only'],
        [both('ms'), 'agrees with the masculine noun only, in the singular'],
        [both('mp', 'fp'), 'agrees the second adjective in the feminine plural'],
        [both('fp', 'mp'), 'agrees the first adjective in the feminine plural'],
      ],
    }
  }),
  fr('french-vous-of-politeness-takes-a-singular-attribute', (rng) => {
    const [addr, agr] = rng.pick([
      ['Madame Martin', 'fs'],
      ['Monsieur Durand', 'ms'],
      ['Madame Leroy', 'fs'],
      ['Monsieur Petit', 'ms'],
    ] as const)
    const [others, them, agr2] = rng.pick([
      ['vos associés', 'sont-ils', 'mp'],
      ['vos équipes', 'sont-elles', 'fp'],
    ] as const)
    const ms = rng.pick(['satisfait', 'prêt', 'sûr', 'intéressé', 'certain'])
    const two = (a: Agr, b: Agr = agr2) => pair(adj(ms, a), adj(ms, b))
    const single: Record<Agr, Agr> = { ms: 'ms', fs: 'fs', mp: 'ms', fp: 'fs' }
    return {
      stem: `Complete the message to one client addressed as vous with the right forms of «${ms}», in order: «${addr}, êtes-vous ___ de notre proposition ? Et ${others}, ${them} ___ ?»`,
      key: two(agr),
      wrong: [
        [two(PLURAL[agr]), 'agrees with vous as a plural though it addresses one person'],
        [two(MISAGREE[agr]), 'agrees in the wrong gender for the person addressed'],
        [two(MISAGREE[PLURAL[agr]]), 'agrees in the plural and in the wrong gender'],
        [two(agr, single[agr2]), 'leaves the attribute of the plural subject in the singular'],
        [
          two(agr, MISAGREE[agr2]),
          'agrees the attribute of the plural subject in the wrong gender',
        ],
      ],
      facts: { agr, agr2 },
    }
  }),
  fr('french-compound-colour-adjective-is-invariable', (rng) => {
    const [[noun, agr], [noun2, agr2]] = rng.shuffle([
      ['des rideaux', 'mp'],
      ['des vestes', 'fp'],
      ['des boutons', 'mp'],
      ['des étiquettes', 'fp'],
    ] as const) as unknown as [readonly [string, Agr], readonly [string, Agr]]
    const [colour, shade] = rng.pick([
      ['bleu', 'foncé'],
      ['vert', 'clair'],
      ['bleu', 'clair'],
      ['vert', 'foncé'],
    ] as const)
    const compound = (a: Term, b: Term) => f('{0} {1}', a, b)
    const two = (a: Term, b: Term) => pair(a, b)
    const simple = adj(colour, agr2)
    return {
      stem: `Complete the catalogue sentence with «${colour} ${shade}» and then «${colour}», each in its right form: «Le catalogue présente ${noun} ___ et ${noun2} ___.»`,
      key: two(s(`${colour} ${shade}`), simple),
      wrong: [
        [
          two(compound(reg(colour, agr), reg(shade, agr)), simple),
          'agrees both words of the compound as if each were a simple adjective',
        ],
        [
          two(compound(reg(colour, agr), s(shade)), simple),
          'agrees the colour word of the compound and leaves the shade',
        ],
        [two(s(`${colour}-${shade}`), simple), 'joins the colour and its shade with a hyphen'],
        [
          two(s(`${colour} ${shade}`), s(colour)),
          'leaves the simple colour adjective invariable as well',
        ],
        [
          two(compound(reg(colour, agr), reg(shade, agr)), s(colour)),
          'swaps the rules: agrees the compound and leaves the simple colour invariable',
        ],
      ],
      facts: { agr, agr2 },
    }
  }),
  fr('french-demi-before-the-noun-is-invariable', (rng) => {
    const before = rng.pick(['heure', 'journée', 'matinée'])
    // a feminine noun after, so the two places take different forms (deux jours et demi would
    // make the key the shortest pair in every draw)
    const unit = rng.pick(['heures', 'semaines', 'journées'])
    const agr: Agr = 'fs'
    const two = (g: Agr, h: Agr) => pair(adj('demi', g), adj('demi', h))
    return {
      stem: `Complete the sentence from a client message with the right forms of «demi», in order: «La relecture prendra une ___-${before} et la mise en page deux ${unit} et ___.»`,
      key: two('ms', agr),
      wrong: [
        [two('fs', agr), 'agrees demi with the noun it precedes'],
        [two('ms', 'ms'), 'leaves demi unagreed after the noun'],
        [two('fs', 'fs'), 'agrees demi in the feminine in both places'],
        [
          two('fs', MISAGREE[agr]),
          'swaps the two rules: agrees demi before the noun, not after it',
        ],
        [
          two('ms', PLURAL[agr]),
          'agrees demi in number with deux, though it agrees in gender only',
        ],
        [two('ms', MISAGREE[agr]), 'agrees demi after the noun in the wrong gender'],
        [two('fp', 'fp'), 'agrees demi in gender and number in both places'],
        [two('mp', 'fp'), 'makes demi plural in both places'],
        [two('fs', 'fp'), 'agrees demi before the noun and in number with deux after it'],
      ],
      facts: { agr },
    }
  }),
  fr('french-tout-agrees-with-its-noun', (rng) => {
    const [noun, agr] = rng.pick([
      ['les pages', 'fp'],
      ['les fichiers', 'mp'],
      ['la semaine', 'fs'],
      ['le document', 'ms'],
      ['les annexes', 'fp'],
      ['les chapitres', 'mp'],
    ] as const)
    return {
      stem: fill(`Nous avons relu ___ ${noun}.`, 'tout'),
      key: adj('tout', agr),
      wrong: [
        [adj('tout', MISAGREE[agr]), 'agrees tout in the wrong gender'],
        [adj('tout', OTHER_NUMBER[agr]), 'agrees tout in the wrong number'],
        [adj('tout', MISAGREE[OTHER_NUMBER[agr]]), 'agrees tout in the wrong gender and number'],
        [reg('tout', agr), 'adds a bare s to tout instead of its plural tous'],
      ],
    }
  }),
]

export const AGREEMENT_FAMILIES: readonly ScenarioFamily[] = [
  ...PARTICIPLE_FAMILIES,
  ...ADJECTIVE_FAMILIES,
]
