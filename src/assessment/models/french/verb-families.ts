import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Agr, c, f, fr, type Person, pp, s, type Tense, type Term, text } from './fr-engine.js'

// Verb forms in the sentences a French-writing freelancer sends clients. The choice of tense and
// mood follows Le Bon Usage (Grevisse and Goosse, 16th ed., 2016): passé composé for a bounded
// past event and imparfait for habits and backgrounds (§§ 887-888), the future after quand for a
// future event (§ 887 b), the present after si of condition and the imparfait after si of an
// unreal one with the conditional in the main clause (§ 1157), the subjunctive after il faut
// que, vouloir que, bien que, pour que, avant que, emotion, doubt and a negated opinion, the
// indicative after espérer and an affirmed certainty (§§ 1124-1125, 1138-1147); être as the
// auxiliary of aller, arriver, partir, venir, rester and pronominal verbs (§ 811).

/** Verbs with a direct object, conjugated with avoir, safe in every tense used here. */
const VERBS: readonly (readonly [string, string])[] = [
  ['envoyer', 'le devis'],
  ['terminer', 'la traduction'],
  ['corriger', 'les épreuves'],
  ['finir', 'la relecture'],
  ['choisir', 'la police'],
  ['vendre', 'la licence'],
  ['rendre', 'le manuscrit'],
  ['remplir', 'le formulaire'],
  ['préparer', 'la facture'],
  ['signer', 'le contrat'],
  ['valider', 'la maquette'],
  ['prendre', 'la décision'],
  ['écrire', 'le communiqué'],
  ['recevoir', 'le paiement'],
  ['comprendre', 'le cahier des charges'],
  ['partager', 'le lien'],
  ['lancer', 'la campagne'],
  ['fournir', 'les sources'],
  ['établir', 'le planning'],
  ['publier', 'l’article'],
]
/**
 * Verbs whose present subjunctive is not their indicative in the third person singular (a -er
 * verb's is: qu'il termine, il termine), so a subjunctive item tests the mood.
 */
const SUBJ_VERBS: readonly (readonly [string, string])[] = [
  ['finir', 'la relecture'],
  ['choisir', 'la police'],
  ['remplir', 'le formulaire'],
  ['fournir', 'les sources'],
  ['établir', 'le planning'],
  ['vendre', 'la licence'],
  ['rendre', 'le manuscrit'],
  ['prendre', 'la décision'],
  ['écrire', 'le communiqué'],
  ['recevoir', 'le paiement'],
  ['comprendre', 'le cahier des charges'],
  ['faire', 'le point'],
  ['mettre', 'le site à jour'],
  ['savoir', 'la réponse'],
]
const SUBJECTS: Partial<Record<Person, readonly string[]>> = {
  '3s': ['la cliente', 'Claire', 'notre graphiste', 'le client', 'Marc', 'l’agence'],
  '1p': ['nous'],
  '2p': ['vous'],
  '3p': ['les clients', 'nos traducteurs', 'Léa et Hugo', 'les rédactrices'],
}
const OTHER: Record<Person, Person> = {
  '1s': '3s',
  '2s': '3s',
  '3s': '3p',
  '1p': '3s',
  '2p': '3p',
  '3p': '3s',
}

interface Pick {
  readonly inf: string
  readonly obj: string
  readonly p: Person
  readonly subj: string
}
function draw(
  rng: Rng,
  persons: readonly Person[] = ['3s', '1p', '2p', '3p'],
  verbs = VERBS,
): Pick {
  const [inf, obj] = rng.pick(verbs)
  const p = rng.pick(persons)
  return { inf, obj, p, subj: rng.pick(SUBJECTS[p]!) }
}
/** Passé composé with avoir, participle unagreed. */
const pcAvoir = (inf: string, p: Person): Term => f('{0} {1}', c('avoir', 'pres', p), pp(inf, 'ms'))
/** The same with être, the wrong auxiliary for these verbs. */
const pcEtre = (inf: string, p: Person): Term => f('{0} {1}', c('être', 'pres', p), pp(inf, 'ms'))

type Form = Tense | 'pc' | 'person' | 'etre' | 'ppinf'
const formOf = (form: Form, x: Pick, key: Form): Term => {
  if (form === 'pc') return pcAvoir(x.inf, x.p)
  if (form === 'etre') return pcEtre(x.inf, x.p)
  // the participle written as its homophone infinitive (a terminer for a terminé)
  if (form === 'ppinf') return f('{0} {1}', c('avoir', 'pres', x.p), s(x.inf))
  if (form === 'person')
    return key === 'pc' ? pcAvoir(x.inf, OTHER[x.p]) : c(x.inf, key as Tense, OTHER[x.p])
  return c(x.inf, form, x.p)
}
const fill = (sentence: string, inf: string) =>
  `Complete the sentence from a client message with the right form of «${inf}»: «${sentence}»`

const PERSON_SLIP = 'makes the verb agree with the wrong person or number'

/** A fill-in family: the key in one form and the named wrong forms. */
function fillIn(
  id: string,
  frame: (x: Pick, rng: Rng) => string,
  key: Form,
  wrongs: readonly (readonly [Form, string])[],
  persons?: readonly Person[],
  verbs = VERBS,
): ScenarioFamily {
  return fr(id, (rng) => {
    const x = draw(rng, persons, verbs)
    return {
      stem: fill(frame(x, rng), x.inf),
      key: formOf(key, x, key),
      // a subjunctive spelled as the present indicative (envoie, reçoivent) would be the present,
      // which is right French for a near future; such a slip is left out
      wrong: wrongs
        .filter(
          ([w]) =>
            w !== 'subj' ||
            key === 'subj' ||
            text(c(x.inf, 'subj', x.p)) !== text(c(x.inf, 'pres', x.p)),
        )
        .map(([w, m]) => [formOf(w, x, key), m] as const),
    }
  })
}
const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1)

export const TENSE_FAMILIES: readonly ScenarioFamily[] = [
  fillIn(
    'french-passe-compose-dated-completed-action',
    (x, rng) =>
      `${rng.pick(['Hier', 'Lundi dernier', 'En mars', 'Il y a deux jours'])}, ${x.subj} ___ ${x.obj}.`,
    'pc',
    [
      ['impf', 'uses the imparfait for a single completed action with a dated time marker'],
      ['pres', 'keeps the present for a finished past action'],
      ['etre', 'builds the passé composé with être instead of avoir'],
      ['person', PERSON_SLIP],
      ['ppinf', 'writes the participle as its homophone infinitive'],
    ],
  ),
  fillIn(
    'french-imparfait-habitual-past',
    (x, rng) =>
      `${rng.pick(['Autrefois', 'L’an dernier', 'À nos débuts', 'Dans mon ancienne agence'])}, ${x.subj} ___ toujours ${x.obj} le vendredi.`,
    'impf',
    [
      ['pc', 'uses the passé composé for a repeated past habit'],
      ['pres', 'uses the present for a habit the time marker puts in the past'],
      ['cond', 'uses the conditional, whose -ais endings look like the imparfait’s'],
      ['person', PERSON_SLIP],
      ['subj', 'uses the subjunctive where no trigger asks for it'],
    ],
  ),
  fillIn(
    'french-imparfait-interrupted-background',
    (x) => `${cap(x.subj)} ___ ${x.obj} quand la connexion a coupé.`,
    'impf',
    [
      ['pc', 'uses the passé composé for the ongoing background action that was interrupted'],
      ['pres', 'uses the present in a past narrative'],
      ['cond', 'uses the conditional, whose -ais endings look like the imparfait’s'],
      ['person', PERSON_SLIP],
      ['fut', 'uses the future in a past narrative'],
    ],
  ),
  fillIn(
    'french-passe-compose-interrupting-event',
    (x) => `J’étais en réunion quand ${x.subj} ___ enfin ${x.obj}.`,
    'pc',
    [
      ['impf', 'uses the imparfait for the event that interrupts the background'],
      ['pres', 'uses the present in a past narrative'],
      ['etre', 'builds the passé composé with être instead of avoir'],
      ['person', PERSON_SLIP],
      ['ppinf', 'writes the participle as its homophone infinitive'],
    ],
    ['3s', '3p'],
  ),
  fillIn(
    'french-present-for-routine',
    (x) => `En général, ${x.subj} ___ ${x.obj} le lundi matin.`,
    'pres',
    [
      ['impf', 'uses the imparfait for a present routine'],
      ['subj', 'uses the subjunctive in a plain statement of fact'],
      ['person', PERSON_SLIP],
      ['inf', 'leaves the verb in the infinitive'],
      ['cond', 'uses the conditional in a plain statement of fact'],
    ],
  ),
  fillIn(
    'french-future-for-a-promise',
    (x) => `Ne vous inquiétez pas : demain matin, ${x.subj} ___ ${x.obj}.`,
    'fut',
    [
      ['cond', 'uses the conditional instead of the future for a firm promise'],
      ['subj', 'uses the subjunctive in a main clause without a trigger'],
      ['pc', 'uses the passé composé for an action still to come'],
      ['person', PERSON_SLIP],
      ['impf', 'uses the imparfait for an action still to come'],
    ],
  ),
  fillIn(
    'french-future-after-quand',
    (x) => `Quand ${x.subj} ___ ${x.obj}, nous passerons à l’étape suivante.`,
    'fut',
    [
      ['pres', 'uses the present after quand for a future event, as English does after when'],
      ['subj', 'uses the subjunctive after quand, as Spanish does after cuando'],
      ['cond', 'uses the conditional after quand'],
      ['person', PERSON_SLIP],
      ['impf', 'uses the imparfait after quand for an event still to come'],
    ],
  ),
  fillIn(
    'french-present-after-si-of-condition',
    (x) => `Si ${x.subj} ___ ${x.obj} avant midi, nous livrerons demain.`,
    'pres',
    [
      ['fut', 'uses the future after si of condition, as English will'],
      ['cond', 'uses the conditional after si'],
      ['subj', 'uses the subjunctive after si'],
      ['person', PERSON_SLIP],
      ['impf', 'uses the imparfait of an unreal condition for a real one'],
    ],
  ),
  fillIn(
    'french-imparfait-after-si-of-unreal-condition',
    (x) => `Si ${x.subj} ___ ${x.obj} aujourd’hui, nous pourrions livrer demain.`,
    'impf',
    [
      ['cond', 'uses the conditional after si, as in “si j’aurais”'],
      ['pres', 'uses the present after si though the main clause is conditional'],
      ['subj', 'uses the subjunctive after si'],
      ['person', PERSON_SLIP],
      ['fut', 'uses the future after si'],
    ],
  ),
  fillIn(
    'french-conditional-in-unreal-main-clause',
    (x) => `Si nous avions plus de temps, ${x.subj} ___ ${x.obj} dès aujourd’hui.`,
    'cond',
    [
      ['fut', 'uses the future in the main clause of an unreal condition'],
      ['impf', 'uses the imparfait in the main clause as well as after si'],
      ['subj', 'uses the subjunctive in the main clause'],
      ['person', PERSON_SLIP],
      ['pres', 'uses the present in the main clause of an unreal condition'],
    ],
  ),
]

/** Subjunctive triggers, each with the sentence around the verb. */
const SUBJ_TRIGGERS: readonly (readonly [string, (x: Pick) => string, string])[] = [
  [
    'french-subjunctive-after-il-faut-que',
    (x) => `Il faut que ${x.subj} ___ ${x.obj} avant vendredi.`,
    'il faut que',
  ],
  [
    'french-subjunctive-after-vouloir-que',
    (x) => `La directrice veut que ${x.subj} ___ ${x.obj} aujourd’hui.`,
    'vouloir que',
  ],
  [
    'french-subjunctive-after-bien-que',
    (x) => `Bien que ${x.subj} ___ ${x.obj} chaque semaine, le retard persiste.`,
    'bien que',
  ],
  [
    'french-subjunctive-after-pour-que',
    (x) => `Je vous écris pour que ${x.subj} ___ ${x.obj} sans attendre.`,
    'pour que',
  ],
  [
    'french-subjunctive-after-avant-que',
    (x) => `Je vous appellerai avant que ${x.subj} ___ ${x.obj}.`,
    'avant que',
  ],
  [
    'french-subjunctive-after-emotion',
    (x) => `Je suis ravie que ${x.subj} ___ ${x.obj} cette semaine.`,
    'être ravi que',
  ],
  [
    'french-subjunctive-after-doubt',
    (x) => `Je doute que ${x.subj} ___ ${x.obj} ce mois-ci.`,
    'douter que',
  ],
  [
    'french-subjunctive-after-negated-opinion',
    (x) => `Je ne pense pas que ${x.subj} ___ ${x.obj} à temps.`,
    'ne pas penser que',
  ],
  [
    'french-subjunctive-after-il-est-important-que',
    (x) => `Il est important que ${x.subj} ___ ${x.obj} rapidement.`,
    'il est important que',
  ],
]

/** Persons whose present subjunctive differs from the indicative for SUBJ_VERBS. */
const SUBJ_PERSONS: readonly Person[] = ['3s', '1p', '2p']

export const MOOD_FAMILIES: readonly ScenarioFamily[] = [
  ...SUBJ_TRIGGERS.map(([id, frame, trigger]) =>
    fillIn(
      id,
      (x) => frame(x),
      'subj',
      [
        ['pres', `uses the indicative after ${trigger}`],
        ['fut', `uses the future after ${trigger}, as English “will”`],
        ['inf', 'keeps the infinitive though the clause has its own subject'],
        ['impf', 'uses the imparfait where the subjunctive is required'],
        ['cond', `uses the conditional after ${trigger}`],
        ['person', PERSON_SLIP],
      ],
      SUBJ_PERSONS,
      SUBJ_VERBS,
    ),
  ),
  fillIn(
    'french-indicative-after-esperer-que',
    (x) => `J’espère que ${x.subj} ___ ${x.obj} bientôt.`,
    'fut',
    [
      ['subj', 'uses the subjunctive after espérer, as after souhaiter'],
      ['cond', 'uses the conditional after espérer que for a hoped-for future'],
      ['inf', 'keeps the infinitive though the clause has its own subject'],
      ['person', PERSON_SLIP],
      ['impf', 'uses the imparfait for an event still to come'],
    ],
  ),
  fillIn(
    'french-indicative-after-affirmed-certainty',
    (x) => `Je suis sûr que ${x.subj} ___ ${x.obj} la semaine prochaine.`,
    'fut',
    [
      ['subj', 'uses the subjunctive after an affirmed certainty, as after a negated one'],
      ['cond', 'uses the conditional after a certainty about the future'],
      ['inf', 'keeps the infinitive though the clause has its own subject'],
      ['person', PERSON_SLIP],
      ['impf', 'uses the imparfait for an event still to come'],
    ],
  ),
]

// ---- Passé composé with être, and the agreement it brings.

/** Subjects with their gender and number, for agreement with être. */
const GENDERED: readonly (readonly [string, Person, Agr])[] = [
  ['la traductrice', '3s', 'fs'],
  ['Marc', '3s', 'ms'],
  ['les clientes', '3p', 'fp'],
  ['Paul et Léa', '3p', 'mp'],
  ['notre cheffe de projet', '3s', 'fs'],
  ['les deux graphistes, Inès et Chloé', '3p', 'fp'],
  ['les stagiaires, Hugo et Tom', '3p', 'mp'],
]
const MOTION: readonly (readonly [string, string])[] = [
  ['aller', 'à Lyon pour le salon'],
  ['partir', 'en congé pour la semaine'],
  ['arriver', 'en retard à la réunion'],
  ['venir', 'au bureau pour signer'],
  ['revenir', 'de Bruxelles dans la soirée'],
  ['rester', 'chez le client tout l’après-midi'],
  ['entrer', 'dans la salle à dix heures'],
]
const MISAGREE: Record<Agr, Agr> = { ms: 'fs', fs: 'ms', mp: 'fp', fp: 'mp' }
const SINGULAR: Record<Agr, Agr> = { ms: 'ms', fs: 'fs', mp: 'ms', fp: 'fs' }

export const AUXILIARY_FAMILIES: readonly ScenarioFamily[] = [
  fr('french-passe-compose-with-etre-agrees-with-subject', (rng) => {
    const [subj, p, agr] = rng.pick(GENDERED)
    const [inf, rest] = rng.pick(MOTION)
    const be = c('être', 'pres', p)
    return {
      stem: fill(`Hier, ${subj} ___ ${rest}.`, inf),
      key: f('{0} {1}', be, pp(inf, agr)),
      wrong: [
        [
          f('{0} {1}', c('avoir', 'pres', p), pp(inf, 'ms')),
          `builds the passé composé of ${inf} with avoir`,
        ],
        [f('{0} {1}', be, pp(inf, 'ms')), 'leaves the participle unagreed after être'],
        [f('{0} {1}', be, pp(inf, MISAGREE[agr])), 'agrees the participle in the wrong gender'],
        [
          f('{0} {1}', be, pp(inf, SINGULAR[agr])),
          'agrees the participle in gender but not in number',
        ],
        [
          f('{0} {1}', c('avoir', 'pres', p), pp(inf, agr)),
          `uses avoir and still agrees with the subject`,
        ],
        [
          f('{0} {1}', c('être', 'impf', p), pp(inf, agr)),
          'uses the plus-que-parfait for a dated past event',
        ],
      ],
    }
  }),
  fr('french-passe-compose-with-avoir-ignores-the-subject', (rng) => {
    const [subj, p, agr] = rng.pick(GENDERED.filter(([, , a]) => a !== 'ms'))
    const [inf, obj] = rng.pick(VERBS)
    const have = c('avoir', 'pres', p)
    return {
      stem: fill(`Hier, ${subj} ___ ${obj}.`, inf),
      key: f('{0} {1}', have, pp(inf, 'ms')),
      wrong: [
        [
          f('{0} {1}', have, pp(inf, agr)),
          'agrees the participle with the subject though the auxiliary is avoir',
        ],
        [f('{0} {1}', c('être', 'pres', p), pp(inf, agr)), 'uses être, as for verbs of movement'],
        [f('{0} {1}', have, s(inf)), 'writes the participle as its homophone infinitive'],
        [
          f('{0} {1}', have, pp(inf, SINGULAR[agr] === agr ? 'mp' : SINGULAR[agr])),
          'agrees the participle with part of the subject',
        ],
        [
          f('{0} {1}', c('avoir', 'impf', p), pp(inf, 'ms')),
          'uses the plus-que-parfait for a dated past event',
        ],
        [c(inf, 'pres', p), 'keeps the present for a finished past action'],
        [c(inf, 'impf', p), 'uses the imparfait for a single completed action'],
      ],
    }
  }),
  fr('french-polite-conditional-request', (rng) => {
    const [inf, rest] = rng.pick([
      ['pouvoir', 'm’envoyer le fichier source'],
      ['vouloir', 'bien confirmer la date de livraison'],
      ['pouvoir', 'relire la dernière version'],
      ['vouloir', 'bien signer le bon de commande'],
    ] as const)
    return {
      stem: `Soften this request to a client with the conditional of politeness, using «${inf}»: «___-vous ${rest} ?»`,
      key: f('{0}', c(inf, 'cond', '2p')),
      wrong: [
        [
          c(inf, 'fut', '2p'),
          'uses the future, whose endings differ from the conditional’s by one letter',
        ],
        [
          c(inf, 'impf', '2p'),
          'uses the imparfait, which shares the conditional’s endings but not its stem',
        ],
        [c(inf, 'subj', '2p'), 'uses the subjunctive in a question'],
        [c(inf, 'pres', '2p'), 'keeps the plain present, which is not the conditional asked for'],
        [c(inf, 'cond', '3p'), 'uses the third person plural with vous'],
      ],
    }
  }),
]

export const VERB_FAMILIES: readonly ScenarioFamily[] = [
  ...TENSE_FAMILIES,
  ...MOOD_FAMILIES,
  ...AUXILIARY_FAMILIES,
]
