import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Agr, adj, f, fr, pp, s, type Term } from './fr-engine.js'

// Pronouns, determiners and register in client messages, by Le Bon Usage (Grevisse and Goosse,
// 16th ed., 2016): y for à and a thing and lui, leur for à and a person (§§ 678-679); en for de + a
// thing and for a quantity (§§ 676-677); the order of conjoint pronouns, me/te/nous/vous before
// le/la/les before lui/leur before y before en, and after the verb in the affirmative imperative
// with le/la/les first and moi, toi (§§ 680-682); the partitive reduced to de after a negation of
// quantity and after adverbs of quantity (§§ 585-588); relative qui (subject), que (direct
// object), dont (complement with de), où (place, time), lequel after a preposition for a thing
// (§§ 712-723); ce qui / ce que in indirect questions (§ 1162); celui agreeing with the noun it
// stands for (§ 697); the pronoun leur invariable, the determiner leur agreeing (§ 616); mon,
// ton, son before a feminine noun opening with a vowel (§ 608).

const answer = (q: string) =>
  `A client asks «${q}» Which reply, replacing the complement with a pronoun, is correct?`

export const OBJECT_PRONOUN_FAMILIES: readonly ScenarioFamily[] = [
  fr('french-y-replaces-a-plus-thing', (rng) => {
    const [q, part] = rng.pick([
      ['Vous avez pensé à la mise à jour ?', 'pensé'],
      ['Vous avez répondu au questionnaire ?', 'répondu'],
      ['Vous avez participé à la réunion ?', 'participé'],
      ['Vous avez réfléchi à notre offre ?', 'réfléchi'],
    ] as const)
    return {
      stem: answer(q),
      key: s(`Oui, j’y ai ${part}.`),
      wrong: [
        [s(`Oui, j’en ai ${part}.`), 'uses en, which stands for de and a thing, not à and a thing'],
        [s(`Oui, je l’ai ${part}.`), 'treats the à-complement as a direct object'],
        [s(`Oui, je lui ai ${part}.`), 'uses lui, which stands for à and a person, for a thing'],
        [s(`Oui, j’ai ${part}.`), 'drops the pronoun the à-complement needs, as English can'],
        [s(`Oui, je leur ai ${part}.`), 'uses leur, which stands for à and people, for a thing'],
      ],
      facts: { pronoun: 'y' },
    }
  }),
  fr('french-lui-leur-replace-a-plus-person', (rng) => {
    const [q, plural] = rng.pick([
      ['Vous avez répondu à la cliente ?', false],
      ['Vous avez écrit au directeur ?', false],
      ['Vous avez téléphoné aux fournisseurs ?', true],
      ['Vous avez répondu aux traducteurs ?', true],
      ['Vous avez parlé à Mme Roux ?', false],
    ] as const)
    const part = /avez (\S+)/.exec(q)![1]!
    const key = plural ? 'leur' : 'lui'
    return {
      stem: answer(q),
      key: s(`Oui, je ${key} ai ${part}.`),
      wrong: [
        [s(`Oui, j’y ai ${part}.`), 'uses y, which stands for à and a thing, for a person'],
        [
          s(`Oui, je ${plural ? 'les ' : 'l’'}ai ${part}.`),
          'treats the indirect object as a direct one',
        ],
        [
          s(`Oui, je ${plural ? 'lui' : 'leur'} ai ${part}.`),
          'gives the indirect pronoun the wrong number',
        ],
        // leurs for the pronoun is a common slip; lui never takes s, so no singular counterpart
        ...(plural
          ? [[s(`Oui, je leurs ai ${part}.`), 'adds a plural s to an invariable pronoun'] as const]
          : []),
        [s(`Oui, j’en ai ${part}.`), 'uses en, which stands for de and a thing'],
      ],
      facts: { pronoun: key },
    }
  }),
  fr('french-en-replaces-de-plus-thing', (rng) => {
    const [q, rest] = rng.pick([
      ['Vous avez besoin du fichier source ?', 'ai besoin'],
      ['Vous avez parlé du budget ?', 'ai parlé'],
      ['Vous êtes sûr du chiffre ?', 'suis sûr'],
      ['Vous avez envie de ce projet ?', 'ai envie'],
    ] as const)
    // je elides before ai, not before suis
    const je = rest.startsWith('ai') ? 'j’' : 'je '
    return {
      stem: answer(q),
      key: s(`Oui, j’en ${rest}.`),
      wrong: [
        [s(`Oui, j’y ${rest}.`), 'uses y, which stands for à and a thing, for de and a thing'],
        [
          s(`Oui, je ${rest.startsWith('ai') ? 'l’' : 'le '}${rest}.`),
          'treats the de-complement as a direct object',
        ],
        [s(`Oui, je lui ${rest}.`), 'uses lui, which stands for à and a person'],
        [s(`Oui, ${je}${rest}.`), 'drops the pronoun the de-complement needs'],
        [
          s(`Oui, ${je}${rest} de lui.`),
          'keeps de lui for a thing, which stands only for a person',
        ],
      ],
      facts: { pronoun: 'en' },
    }
  }),
  fr('french-en-with-a-quantity', (rng) => {
    const [q, n, agreed] = rng.pick([
      ['Vous avez préparé des exemples ?', 'trois', 'préparés'],
      ['Vous avez reçu des devis ?', 'deux', 'reçus'],
      ['Vous avez trouvé des références ?', 'plusieurs', 'trouvées'],
      ['Vous avez traduit des fiches ?', 'cinq', 'traduites'],
    ] as const)
    const [, verb] = /avez (\S+)/.exec(q)!
    const part = ` ${verb}`
    return {
      stem: answer(q),
      key: s(`Oui, j’en ai${part} ${n}.`),
      wrong: [
        [s(`Oui, je les ai${part} ${n}.`), 'uses les, a definite direct object, with a quantity'],
        [s(`Oui, j’ai${part} ${n}.`), 'drops en, which a number without its noun needs'],
        [s(`Oui, j’y ai${part} ${n}.`), 'uses y, which stands for à and a thing'],
        [s(`Oui, je leur ai${part} ${n}.`), 'uses leur, which stands for à and people'],
        [
          s(`Oui, j’en ai ${agreed} ${n}.`),
          'agrees the participle with en as with a preceding direct object',
        ],
        [
          s(`Oui, je les ai ${agreed} ${n}.`),
          'uses les with a quantity and agrees the participle with it',
        ],
      ],
      facts: { pronoun: 'en' },
    }
  }),
  fr('french-direct-pronoun-and-participle-agreement', (rng) => {
    const [q, agr] = rng.pick([
      ['Vous avez envoyé la facture ?', 'fs'],
      ['Vous avez corrigé les épreuves ?', 'fp'],
      ['Vous avez signé le contrat ?', 'ms'],
      ['Vous avez préparé les devis ?', 'mp'],
    ] as const)
    const [, verb] = /avez (\S+)/.exec(q)!
    const inf = `${verb!.slice(0, -1)}er`
    const pro = agr[1] === 'p' ? 'les ' : 'l’'
    const line = (p: string, part: Term) => f(`Oui, je ${p}ai {0}.`, part)
    return {
      stem: answer(q),
      key: line(pro, pp(inf, agr)),
      wrong: [
        [
          line(pro, pp(inf, 'ms')),
          'leaves the participle unagreed after a preceding pronoun object',
        ],
        [
          line(agr[1] === 'p' ? 'leur ' : 'lui ', pp(inf, 'ms')),
          'uses an indirect pronoun for a direct object',
        ],
        agr[1] === 'p'
          ? [line('l’', pp(inf, agr)), 'elides les before ai as if it were le or la']
          : [
              line(agr === 'fs' ? 'la ' : 'le ', pp(inf, agr)),
              'does not elide the pronoun before ai',
            ],
        [f('Oui, j’y ai {0}.', pp(inf, 'ms')), 'uses y for a direct object'],
        [line(pro, s(inf)), 'writes the participle as its homophone infinitive'],
      ],
      facts: { agr },
    }
  }),
]

/** Direct objects, by pronoun, and recipients, by indirect pronoun. */
const THINGS: readonly (readonly [string, string])[] = [
  ['le devis', 'le'],
  ['la facture', 'la'],
  ['les épreuves', 'les'],
  ['le contrat', 'le'],
  ['la maquette', 'la'],
]
const RECIPIENTS: readonly (readonly [string, string])[] = [
  ['à la cliente', 'lui'],
  ['aux clients', 'leur'],
  ['au directeur', 'lui'],
  ['aux traductrices', 'leur'],
]
const SWAP_DIRECT: Record<string, string> = { le: 'la', la: 'le', les: 'le' }
const SWAP_INDIRECT: Record<string, string> = { lui: 'leur', leur: 'lui' }
/** le or la elided before a vowel, as the written form needs. */
const before = (pro: string, word: string) =>
  pro !== 'les' && /^[aeéiouhy]/.test(word) ? 'l’' : `${pro} `

export const PRONOUN_ORDER_FAMILIES: readonly ScenarioFamily[] = [
  fr('french-pronoun-order-le-before-lui', (rng) => {
    const [thing, d] = rng.pick(THINGS)
    const [to, i] = rng.pick(RECIPIENTS)
    const verb = rng.pick(['envoyons', 'montrons', 'présentons', 'transmettons'])
    return {
      stem: `Replace both complements with pronouns: «Nous ${verb} ${thing} ${to}.»`,
      key: s(`Nous ${d} ${i} ${verb}.`),
      wrong: [
        [
          s(`Nous ${i} ${d} ${verb}.`),
          'puts the indirect pronoun first, as with me, te, nous, vous',
        ],
        [
          s(`Nous ${d} ${SWAP_INDIRECT[i]} ${verb}.`),
          'gives the indirect pronoun the wrong number',
        ],
        [
          s(`Nous ${SWAP_DIRECT[d]} ${i} ${verb}.`),
          'gives the direct pronoun the gender or number of the recipient',
        ],
        [s(`Nous ${before(d, 'y')}y ${verb}.`), 'uses y for a person'],
        [s(`Nous ${i} en ${verb}.`), 'uses en for a definite object'],
        [
          s(`Nous ${SWAP_INDIRECT[i]} ${d} ${verb}.`),
          'puts the indirect pronoun first, in the wrong number',
        ],
      ],
      facts: { order: `${d} ${i}` },
    }
  }),
  fr('french-pronoun-order-me-before-le', (rng) => {
    const [thing, d] = rng.pick(THINGS)
    const [verb, inf] = rng.pick([
      ['envoyer', 'envoyer'],
      ['transmettre', 'transmettre'],
      ['renvoyer', 'renvoyer'],
      ['montrer', 'montrer'],
    ] as const)
    const elided = (p: string) => `${before(p, inf)}${inf}`
    const me = /^[aeéiou]/.test(inf) ? 'm’' : 'me '
    return {
      stem: `Replace the object with a pronoun in this request: «Pourriez-vous ${before('me', verb).replace('l’', 'm’')}${verb} ${thing} ?»`,
      key: s(`Pourriez-vous me ${elided(d)} ?`),
      wrong: [
        [
          s(`Pourriez-vous ${d} ${me}${inf} ?`),
          'puts le, la, les before me, as it goes before lui',
        ],
        [
          s(`Pourriez-vous me ${d} ${inf} ?`),
          d === 'les'
            ? 'repeats the pronoun order of English'
            : 'does not elide the pronoun before a vowel',
        ],
        [s(`Pourriez-vous ${elided(d)} à moi ?`), 'translates “… it to me” word for word'],
        [
          s(`Pourriez-vous ${me}${inf} ${d} ?`),
          'puts the object pronoun after the verb, as English does',
        ],
        [
          s(`Pourriez-vous me ${elided(d === 'les' ? 'la' : 'les')} ?`),
          'gives the pronoun the wrong number',
        ],
        [s(`Pourriez-vous ${elided(d)} ?`), 'drops me, the person the thing is sent to'],
      ],
      facts: { order: `me ${d}` },
    }
  }),
  fr('french-affirmative-imperative-pronoun-order', (rng) => {
    const [thing, d] = rng.pick(THINGS)
    const verb = rng.pick(['Envoyez', 'Montrez', 'Transmettez', 'Renvoyez'])
    return {
      stem: `Replace the object with a pronoun in this request: «${verb}-moi ${thing}.»`,
      key: s(`${verb}-${d}-moi.`),
      wrong: [
        [s(`${verb}-moi-${d}.`), 'keeps moi before the object pronoun, as in the order of nouns'],
        [s(`${verb}-${d}-me.`), 'uses me after the verb, where the imperative needs moi'],
        [
          s(`Me ${before(d, verb.toLowerCase())}${verb.toLowerCase()}.`),
          'puts the pronouns before an affirmative imperative',
        ],
        [s(`${verb}-${d} à moi.`), 'translates “… it to me” word for word'],
        [s(`${verb}-${SWAP_DIRECT[d]}-moi.`), 'gives the pronoun the wrong gender or number'],
        [s(`${verb}-me-${d}.`), 'keeps the order and the form me of a declarative sentence'],
      ],
      facts: { order: `${d}-moi` },
    }
  }),
]

/** Nouns for partitive items: gender, whether they open with a vowel, and plural. */
const MASS: readonly (readonly [string, 'm' | 'f' | 'p'])[] = [
  ['budget', 'm'],
  ['temps', 'm'],
  ['marge', 'f'],
  ['argent', 'm'],
  ['expérience', 'f'],
  ['retours', 'p'],
  ['exemples', 'p'],
  ['visibilité', 'f'],
]
const vowel = (n: string) => /^[aeéiou]/.test(n)
const partitive = (n: string, g: 'm' | 'f' | 'p') =>
  g === 'p' ? `des ${n}` : vowel(n) ? `de l’${n}` : g === 'm' ? `du ${n}` : `de la ${n}`
const reduced = (n: string) => (vowel(n) ? `d’${n}` : `de ${n}`)

export const DETERMINER_FAMILIES: readonly ScenarioFamily[] = [
  fr('french-partitive-becomes-de-after-negation', (rng) => {
    const [n, g] = rng.pick(MASS)
    return {
      stem: `Complete the negation of «Nous avons ${partitive(n, g)}»: «Nous n’avons pas ___.»`,
      key: s(reduced(n)),
      wrong: [
        [s(partitive(n, g)), 'keeps the partitive article after a negation'],
        [s(n), 'drops de, as English “no budget” has no article'],
        ...(vowel(n) ? [[s(`de ${n}`), 'does not elide de before a vowel'] as [Term, string]] : []),
        [
          s(`de ${g === 'p' ? 'les' : g === 'm' ? 'le' : 'la'} ${n}`),
          'splits the partitive into de and the definite article',
        ],
        ...(g === 'p'
          ? []
          : [
              [
                s(`${g === 'f' ? 'une' : 'un'} ${n}`),
                'replaces the partitive with an indefinite determiner',
              ] as [Term, string],
            ]),
        [
          s(g === 'f' ? `du ${n}` : `de la ${n}`),
          'keeps the partitive after a negation, in the wrong gender',
        ],
      ],
      facts: { noun: n },
    }
  }),
  fr('french-de-after-an-adverb-of-quantity', (rng) => {
    const [n, g] = rng.pick(MASS)
    const adv = rng.pick(['beaucoup', 'peu', 'assez', 'trop', 'tellement'])
    return {
      stem: `Complete the sentence: «Ce projet demande ${adv} ___.»`,
      key: s(reduced(n)),
      wrong: [
        [s(partitive(n, g)), 'keeps the partitive article after an adverb of quantity'],
        ...(vowel(n) ? [[s(`de ${n}`), 'does not elide de before a vowel'] as [Term, string]] : []),
        [
          s(`de ${g === 'p' ? 'les' : g === 'm' ? 'le' : 'la'} ${n}`),
          'splits the partitive into de and the definite article',
        ],
        [s(n), 'drops de, as English “much time” has no preposition'],
        [
          s(g === 'f' ? `du ${n}` : g === 'p' ? `du ${n}` : `de la ${n}`),
          'keeps a partitive in the wrong gender or number',
        ],
      ],
      facts: { noun: n },
    }
  }),
  fr('french-demonstrative-celui-agrees-with-its-noun', (rng) => {
    const [noun, agr] = rng.pick([
      ['Ce devis', 'ms'],
      ['Cette offre', 'fs'],
      ['Ces tarifs', 'mp'],
      ['Ces conditions', 'fp'],
      ['Cette version', 'fs'],
    ] as const)
    const other: Record<Agr, Agr> = { ms: 'fs', fs: 'ms', mp: 'fp', fp: 'mp' }
    const num: Record<Agr, Agr> = { ms: 'mp', fs: 'fp', mp: 'ms', fp: 'fs' }
    return {
      stem: `Complete the comparison with the demonstrative pronoun: «${noun} ${agr[1] === 'p' ? 'sont' : 'est'} plus clair${agr === 'fs' ? 'e' : agr === 'mp' ? 's' : agr === 'fp' ? 'es' : ''} que ___ de mars.»`,
      key: adj('celui', agr),
      wrong: [
        [adj('celui', other[agr]), 'gives the pronoun the wrong gender'],
        [adj('celui', num[agr]), 'gives the pronoun the wrong number'],
        [s('ce'), 'uses the determiner ce as a pronoun'],
        [s('cela'), 'uses cela, which stands for no noun'],
        [adj('celui', other[num[agr]]), 'gives the pronoun the wrong gender and number'],
      ],
      facts: { agr },
    }
  }),
  fr('french-leur-pronoun-invariable-leur-determiner-agrees', (rng) => {
    const [noun, plural] = rng.pick([
      ['factures', true],
      ['contrats', true],
      ['accès', true],
      ['facture', false],
      ['devis signé', false],
    ] as const)
    const pair = (a: string, b: string) => s(`Nous ${a} avons envoyé ${b} ${noun}.`)
    const det = plural ? 'leurs' : 'leur'
    const wrongDet = plural ? 'leur' : 'leurs'
    return {
      stem: `Complete «Nous ___ avons envoyé ___ ${noun}.» (to the clients, each their own ${noun.split(' ')[0]})`,
      key: pair('leur', det),
      wrong: [
        [pair('leurs', det), 'makes the pronoun leur plural, though it never takes s'],
        [pair('leur', wrongDet), 'gives the determiner the wrong number for its noun'],
        [pair('leurs', wrongDet), 'makes the pronoun plural and the determiner the wrong number'],
        [pair('les', det), 'uses les, a direct object pronoun, for “to them”'],
      ],
      facts: { plural },
    }
  }),
  fr('french-mon-son-before-a-feminine-vowel-noun', (rng) => {
    const noun = rng.pick(['adresse', 'équipe', 'entreprise', 'offre', 'agence', 'idée'])
    const [who, m, f2] = rng.pick([
      ['Je vous envoie', 'mon', 'ma'],
      ['La cliente a changé', 'son', 'sa'],
      ['Marc nous présente', 'son', 'sa'],
    ] as const)
    return {
      stem: `Complete the sentence with the possessive: «${who} ___ ${noun}.»`,
      key: s(`${m} ${noun}`),
      wrong: [
        [
          s(`${f2} ${noun}`),
          'uses the feminine form before a vowel, where French uses the masculine',
        ],
        [s(`${f2[0]}’${noun}`), 'elides the possessive as the article la is elided'],
        [s(`${m === 'mon' ? 'son' : 'mon'} ${noun}`), 'uses the possessive of the wrong person'],
        [s(`leur ${noun}`), 'uses leur for a single owner'],
        [s(`${m === 'mon' ? 'sa' : 'ma'} ${noun}`), 'uses the feminine form of the wrong person'],
      ],
      facts: { noun },
    }
  }),
]

export const RELATIVE_FAMILIES: readonly ScenarioFamily[] = [
  fr('french-relative-qui-subject-que-object', (rng) => {
    const [sentence, role] = rng.pick([
      ['Le traducteur ___ a relu le texte part demain.', 'subject'],
      ['La cliente ___ vous a écrit attend une réponse.', 'subject'],
      ['Le fichier ___ pose problème est joint.', 'subject'],
      ['Le texte ___ vous avez relu est parfait.', 'object'],
      ['La version ___ nous avons envoyée est la bonne.', 'object'],
      ['Le devis ___ le client a signé est arrivé.', 'object'],
    ] as const)
    const key = role === 'subject' ? 'qui' : 'que'
    return {
      stem: `Complete with the relative pronoun: «${sentence}»`,
      key: s(key),
      wrong: [
        [
          s(role === 'subject' ? 'que' : 'qui'),
          role === 'subject'
            ? 'uses que for the subject of the relative clause'
            : 'uses qui for the direct object of the relative clause',
        ],
        [s('dont'), 'uses dont, which stands for a complement with de'],
        [s('lequel'), 'uses lequel without a preposition'],
        [s('quoi'), 'uses quoi, which refers to no noun antecedent'],
        [s('ce que'), 'uses ce que, which has no antecedent'],
        [s('où'), 'uses où for a noun that is not a place or a time'],
      ],
      facts: { role },
    }
  }),
  fr('french-relative-dont-or-ou', (rng) => {
    const [sentence, role] = rng.pick([
      ['Le fichier ___ vous avez besoin est joint.', 'de'],
      ['Le projet ___ nous avons parlé commence lundi.', 'de'],
      ['La traductrice ___ je vous ai parlé est libre.', 'de'],
      ['Le jour ___ nous avons livré, le site a planté.', 'time'],
      ['La ville ___ se tient le salon est Lyon.', 'place'],
      ['Le dossier ___ j’ai rangé les fichiers est partagé.', 'place'],
    ] as const)
    const key = role === 'de' ? 'dont' : 'où'
    return {
      stem: `Complete with the relative pronoun: «${sentence}»`,
      key: s(key),
      wrong: [
        [
          s(role === 'de' ? 'où' : 'dont'),
          role === 'de' ? 'uses où for a complement with de' : 'uses dont for a place or a time',
        ],
        [
          s('que'),
          role === 'de'
            ? 'uses que, as English “that”, for a complement with de'
            : 'uses que, as English “that”, for a place or time',
        ],
        [s('qui'), 'uses qui, the subject relative'],
        [s('quand'), 'uses quand as English “when” after a noun'],
        [s('lequel'), 'uses lequel without a preposition'],
        role === 'de'
          ? [s('donc'), 'writes the conjunction donc (so) for the relative dont']
          : [s('ou'), 'writes the relative où without its accent, as the conjunction ou'],
      ],
      facts: { role },
    }
  }),
  fr('french-lequel-after-a-preposition-agrees', (rng) => {
    const [noun, agr] = rng.pick([
      ['Le logiciel', 'ms'],
      ['La plateforme', 'fs'],
      ['Les outils', 'mp'],
      ['Les méthodes', 'fp'],
    ] as const)
    const prep = rng.pick(['avec', 'sur', 'par'])
    const other: Record<Agr, Agr> = { ms: 'fs', fs: 'ms', mp: 'fp', fp: 'mp' }
    const num: Record<Agr, Agr> = { ms: 'mp', fs: 'fp', mp: 'ms', fp: 'fs' }
    return {
      stem: `Complete with the relative pronoun: «${noun} ${prep} ___ nous travaillons ${agr[1] === 'p' ? 'sont' : 'est'} fiable${agr[1] === 'p' ? 's' : ''}.»`,
      key: adj('lequel', agr),
      wrong: [
        [adj('lequel', other[agr]), 'gives lequel the wrong gender'],
        [adj('lequel', num[agr]), 'gives lequel the wrong number'],
        [s('quoi'), 'uses quoi after a preposition for a noun antecedent'],
        [s('que'), 'uses que after a preposition'],
        [s('qui'), 'uses qui after a preposition for a thing, where it stands only for people'],
      ],
      facts: { agr },
    }
  }),
  fr('french-ce-qui-or-ce-que-in-indirect-questions', (rng) => {
    const [rest, role] = rng.pick([
      ['vous intéresse', 'subject'],
      ['pose problème', 'subject'],
      ['vous préférez', 'object'],
      ['le client attend', 'object'],
      ['vous convient le mieux', 'subject'],
      ['nous devons corriger', 'object'],
    ] as const)
    const key = role === 'subject' ? 'ce qui' : 'ce que'
    return {
      stem: `Complete the indirect question: «Dites-nous ___ ${rest}.»`,
      key: s(key),
      // both readings of each slip, so the key is not the one option most like the rest
      wrong: [
        [s(role === 'subject' ? 'ce que' : 'ce qui'), 'swaps ce qui and ce que'],
        [
          s(role === 'subject' ? 'qu’est-ce qui' : 'qu’est-ce que'),
          'keeps the direct-question form in an indirect question',
        ],
        [
          s(role === 'subject' ? 'qu’est-ce que' : 'qu’est-ce qui'),
          'keeps the direct-question form and swaps qui and que',
        ],
        [s('quoi'), 'uses quoi, as English “what”'],
        [
          s(role === 'subject' ? 'qui' : 'que'),
          'drops ce, leaving a relative without an antecedent',
        ],
        [s(role === 'subject' ? 'que' : 'qui'), 'drops ce and swaps qui and que'],
      ],
      facts: { role },
    }
  }),
  fr('french-vous-register-kept-consistent', (rng) => {
    const [a, b] = rng.pick([
      ['message', 'répondrons'],
      ['commande', 'livrerons'],
      ['demande', 'rappellerons'],
      ['dossier', 'contacterons'],
    ] as const)
    const fem = ['commande', 'demande'].includes(a)
    const tu = fem ? 'ta' : 'ton'
    const line = (p: string, o: string) => s(`${p} ${a} … nous ${o} ${b}`)
    return {
      stem: `A client wrote to you as vous. Complete your reply: «Madame, nous avons bien reçu ___ ${a} et nous ___ ${b} demain.»`,
      key: line('votre', 'vous'),
      wrong: [
        [line(tu, 'vous'), 'slips into tu in the possessive'],
        [line('votre', 'te'), 'slips into tu in the object pronoun'],
        [line(tu, 'te'), 'answers a client who wrote vous with tu'],
        [line('vos', 'vous'), 'uses the plural possessive for one thing'],
        [line('votre', 'vous en'), 'adds en with no de-complement to stand for'],
      ],
      facts: { register: 'vous' },
    }
  }),
]

export const PRONOUN_FAMILIES: readonly ScenarioFamily[] = [
  ...OBJECT_PRONOUN_FAMILIES,
  ...PRONOUN_ORDER_FAMILIES,
  ...DETERMINER_FAMILIES,
  ...RELATIVE_FAMILIES,
]
