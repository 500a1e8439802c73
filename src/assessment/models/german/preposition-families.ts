import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Case, type Det, de, genderOf, np, type Slot, s, type Term } from './de-engine.js'

// Prepositions with their case and pronouns (Duden, Die Grammatik, 9th ed.): durch, für, gegen,
// ohne, um take the accusative; aus, bei, mit, nach, seit, von, zu the dative; an, auf, hinter,
// in, neben, über, unter, vor, zwischen the accusative for a direction and the dative for a
// place; wegen, trotz, während the genitive in written standard German. Personal, reflexive and
// relative pronouns by case; da- and wo-compounds for things.

const M = ['Vertrag', 'Termin', 'Bericht', 'Entwurf', 'Auftrag']
const F = ['Rechnung', 'Übersetzung', 'Anfrage', 'Datei', 'Agentur']
const N = ['Angebot', 'Dokument', 'Projekt', 'Formular']
const ADJ = ['neu', 'aktuell', 'letzt', 'wichtig']

const wrongCase = (g: 'm' | 'f' | 'n', det: Det, c: Case): Slot => [det, g, c]

/** A preposition governing one case: the key is the phrase in it; mistakes decline it for another. */
function governed(
  id: string,
  c: Case,
  frames: readonly (readonly [string, string, readonly string[]])[],
  why: string,
): ScenarioFamily {
  return de(id, (rng: Rng) => {
    const [prep, frame, nouns] = rng.pick(frames)
    const noun = rng.pick(nouns)
    const adj = rng.pick(ADJ)
    const g = genderOf(noun)
    const slot: Slot = ['der', g, c]
    const whole = (k: Case) => ({
      a: wrongCase(g, 'der', k),
      e: wrongCase(g, 'der', k),
      n: wrongCase(g, 'der', k),
    })
    const others = (['akk', 'dat', 'gen', 'nom'] as const).filter(
      (k) => k !== c && !(k === 'gen' && c !== 'gen'),
    )
    const wrong: [Term, string][] = others.map((k) => [
      np(slot, adj, noun, whole(k)),
      k === 'nom'
        ? `leaves the phrase in the nominative after ${prep}`
        : `uses the ${({ akk: 'accusative', dat: 'dative', gen: 'genitive' } as const)[k]} after ${prep}`,
    ])
    wrong.push([
      np(slot, adj, noun, { e: wrongCase(g, 'none', c) }),
      'copies the article’s ending onto the adjective',
    ])
    wrong.push([
      np(slot, adj, noun, { e: wrongCase(g, 'der', 'nom') }),
      'declines the article but gives the adjective the nominative -e',
    ])
    if (c === 'gen' && g !== 'f') {
      wrong.push([
        np(slot, adj, noun, { a: wrongCase(g, 'der', 'dat') }),
        'uses the dative article but keeps the genitive -s',
      ])
      wrong.push([
        np(slot, adj, noun, { n: wrongCase(g, 'der', 'nom') }),
        'drops the genitive -s of the noun',
      ])
    }
    if (c === 'gen' && g === 'f') {
      wrong.push([
        np(slot, adj, noun, { a: wrongCase('m', 'der', 'gen') }),
        'uses the masculine genitive article des',
      ])
      wrong.push([
        ['f', '{0}s', np(slot, adj, noun)],
        'adds the genitive -s of masculine and neuter nouns to a feminine noun',
      ])
    }
    return {
      stem: `A translator proofreads: «${frame.replace('___', `${prep} ___`)}» ${why} Which phrase (definite article, «${adj}», «${noun}») fills the gap?`,
      key: np(slot, adj, noun),
      wrong,
    }
  })
}

const PERSONAL: Record<string, readonly [string, string, string]> = {
  // nominative, accusative, dative
  ich: ['ich', 'mich', 'mir'],
  er: ['er', 'ihn', 'ihm'],
  sie: ['sie', 'sie', 'ihr'],
  wir: ['wir', 'uns', 'uns'],
  Sie: ['Sie', 'Sie', 'Ihnen'],
}

export const PREPOSITION_FAMILIES: readonly ScenarioFamily[] = [
  governed(
    'ger-accusative-prepositions',
    'akk',
    [
      ['für', 'Vielen Dank ___.', M],
      ['ohne', 'Wir können ___ nicht anfangen.', ['Vertrag', 'Entwurf', 'Auftrag', 'Termin']],
      ['gegen', 'Der Kunde hat nichts ___.', ['Entwurf', 'Vertrag', 'Termin']],
      ['durch', 'Wir sparen viel Zeit ___.', ['Drucker', 'Computer']],
    ],
    'durch, für, gegen, ohne and um take the accusative.',
  ),
  governed(
    'ger-dative-prepositions',
    'dat',
    [
      ['mit', 'Ich bin ___ zufrieden.', [...M, ...F, ...N]],
      ['nach', 'Ich melde mich ___.', ['Termin', 'Sitzung', 'Präsentation']],
      ['von', 'Die Zahlen stammen ___.', ['Bericht', 'Agentur', 'Dokument', 'Angebot']],
      ['bei', 'Es gibt ein Problem ___.', ['Datei', 'Drucker', 'Projekt', 'Übersetzung']],
      ['aus', 'Das Zitat stammt ___.', ['Bericht', 'Dokument', 'Kapitel', 'Präsentation']],
    ],
    'aus, bei, mit, nach, seit, von and zu take the dative.',
  ),
  governed(
    'ger-genitive-prepositions-in-writing',
    'gen',
    [
      ['wegen', 'Die Lieferung verzögert sich ___.', ['Drucker', 'Computer', 'Anfrage']],
      ['trotz', 'Der Kunde hat ___ nicht geantwortet.', ['Rechnung', 'Anfrage']],
      ['während', 'Ich war ___ nicht erreichbar.', ['Sitzung', 'Präsentation']],
    ],
    'The client’s style guide asks for the genitive after wegen, trotz and während.',
  ),
  de('ger-two-way-preposition-dative-for-a-place', (rng) => {
    const [prep, noun] = rng.pick([
      ['auf', 'Website'],
      ['auf', 'Liste'],
      ['auf', 'Schreibtisch'],
      ['neben', 'Drucker'],
      ['unter', 'Schreibtisch'],
      ['auf', 'Regal'],
    ] as const)
    const g = genderOf(noun)
    const adj = rng.pick(['neu', 'klein', 'erst'])
    const slot: Slot = ['der', g, 'dat']
    const online = noun === 'Website' || noun === 'Liste'
    const akk: Slot = ['der', g, 'akk']
    return {
      stem: `A translator checks: «${online ? 'Die Datei steht' : 'Die Mappe liegt'} ${prep} ___.» It says where something is (wo?). Which phrase with the definite article and «${adj}» completes it after «${prep}»?`,
      key: np(slot, adj, noun),
      wrong: [
        [
          np(slot, adj, noun, { a: akk, e: akk, n: akk }),
          'uses the accusative, as for a direction',
        ],
        [
          np(slot, adj, noun, { a: ['der', g, 'nom'], e: ['der', g, 'nom'], n: ['der', g, 'nom'] }),
          'leaves the phrase in the nominative',
        ],
        [
          np(slot, adj, noun, { e: ['none', g, 'dat'] }),
          'copies the article’s ending onto the adjective',
        ],
        [np(slot, adj, noun, { e: ['der', g, 'nom'] }), 'gives the adjective the nominative -e'],
      ],
    }
  }),
  de('ger-two-way-preposition-accusative-for-a-direction', (rng) => {
    const [prep, noun, verb] = rng.pick([
      ['auf', 'Website', 'stelle die Datei'],
      ['auf', 'Liste', 'setze die Datei'],
      ['auf', 'Schreibtisch', 'lege die Mappe'],
      ['neben', 'Drucker', 'stelle die Mappe'],
      ['in', 'Ordner', 'lege die Datei'],
      ['auf', 'Regal', 'stelle die Mappe'],
    ] as const)
    const g = genderOf(noun)
    const adj = rng.pick(['neu', 'klein', 'erst'])
    const slot: Slot = ['der', g, 'akk']
    const dat: Slot = ['der', g, 'dat']
    return {
      stem: `A translator checks: «Ich ${verb} ${prep} ___.» It says where something goes (wohin?). Which phrase with the definite article and «${adj}» completes it after «${prep}»?`,
      key: np(slot, adj, noun),
      wrong: [
        [np(slot, adj, noun, { a: dat, e: dat, n: dat }), 'uses the dative, as for a place'],
        [
          np(slot, adj, noun, { a: ['der', g, 'nom'], e: ['der', g, 'nom'] }),
          'leaves the phrase in the nominative',
        ],
        [
          np(slot, adj, noun, { e: ['none', g, 'akk'] }),
          'copies the article’s ending onto the adjective',
        ],
        [np(slot, adj, noun, { a: dat }), 'uses the dative article with the accusative ending'],
        [np(slot, adj, noun, { e: ['der', g, 'dat'] }), 'gives the adjective the dative -en'],
        [
          np(slot, adj, noun, { e: ['der', g, 'nom'] }),
          'declines the article but gives the adjective the nominative -e',
        ],
      ],
    }
  }),
  de('ger-contraction-of-zu-with-the-article', (rng) => {
    const [noun, g] = rng.pick([
      ['Termin', 'm'],
      ['Flughafen', 'm'],
      ['Büro', 'n'],
      ['Treffen', 'n'],
      ['Sitzung', 'f'],
      ['Agentur', 'f'],
      ['Präsentation', 'f'],
    ] as const)
    const key = g === 'f' ? 'zur' : 'zum'
    return {
      stem: `In «Ich komme morgen ___ ${noun}.» zu takes the dative and contracts with the article as written German usually does. Which words fill the gap («${noun}» is ${{ m: 'masculine', f: 'feminine', n: 'neuter' }[g]})?`,
      key: s(key),
      wrong: [
        [s(g === 'f' ? 'zum' : 'zur'), 'uses the contraction of the other gender'],
        [s(`zu ${g === 'm' ? 'den' : g === 'f' ? 'die' : 'das'}`), 'uses the accusative after zu'],
        [s(`zu ${g === 'm' ? 'der' : g === 'f' ? 'die' : 'das'}`), 'uses the nominative after zu'],
        [s(g === 'f' ? 'zu dem' : 'zu der'), 'writes out a dative article of the wrong gender'],
        [s('zu'), 'leaves out the article, as English to'],
        [s('nach'), 'uses nach, the to of towns and countries, and no article'],
      ],
    }
  }),
  de('ger-dative-verbs-take-a-dative-pronoun', (rng) => {
    const [verb, rest, people] = rng.pick([
      ['helfen', 'Können Sie ___ bei der Übersetzung helfen?', ['ich', 'er']],
      ['danken', 'Ich danke ___ für die schnelle Antwort.', ['Sie', 'er']],
      ['antworten', 'Ich antworte ___ morgen.', ['Sie', 'er']],
      ['gefallen', 'Hat ___ der Entwurf gefallen?', ['Sie', 'er']],
      ['gratulieren', 'Wir gratulieren ___ zum Jubiläum.', ['Sie', 'er']],
    ] as const)
    const who = rng.pick(people)
    const [nom, acc, dat] = PERSONAL[who]!
    const gen: Record<string, string> = { ich: 'meiner', er: 'seiner', Sie: 'Ihrer' }
    return {
      stem: `«${verb}» takes a dative object. In «${rest}», which pronoun for «${who}» fills the gap?`,
      key: s(dat),
      wrong: [
        [s(acc), 'uses the accusative, as for a direct object in English'],
        [s(nom), 'uses the nominative'],
        [s(gen[who]!), 'uses the genitive pronoun'],
        ...(who === 'Sie'
          ? [[s('ihnen'), 'writes the polite Ihnen in lower case (them)'] as [Term, string]]
          : []),
        ...(who === 'er' ? [[s('ihnen'), 'uses the plural dative'] as [Term, string]] : []),
      ],
    }
  }),
  de('ger-anrufen-and-fragen-take-the-accusative', (rng) => {
    const [rest, people] = rng.pick([
      ['Ich rufe ___ morgen an.', ['Sie', 'er']],
      ['Darf ich ___ etwas fragen?', ['Sie', 'er']],
      ['Wir bitten ___ um Geduld.', ['Sie', 'er']],
      ['Können Sie ___ morgen anrufen?', ['ich', 'er']],
    ] as const)
    const who = rng.pick(people)
    const [nom, acc, dat] = PERSONAL[who]!
    return {
      stem: `anrufen, fragen and bitten take an accusative object. In «${rest}», which pronoun for «${who}» fills the gap?`,
      key: s(acc),
      wrong: [
        [s(dat), 'uses the dative, as for English call to or ask of'],
        [s(nom), 'uses the nominative'],
        [
          s(who === 'Sie' ? 'sie' : who === 'er' ? 'ihnen' : 'meiner'),
          who === 'Sie'
            ? 'writes the polite Sie in lower case (them)'
            : who === 'er'
              ? 'uses the plural dative'
              : 'uses the genitive pronoun',
        ],
        ...(who === 'Sie' ? [[s('ihnen'), 'uses the dative in lower case'] as [Term, string]] : []),
      ],
    }
  }),
  de('ger-polite-sie-capitalised-in-every-form', (rng) => {
    const [noun, g] = rng.pick([
      ['Nachricht', 'f'],
      ['Anfrage', 'f'],
      ['Auftrag', 'm'],
      ['Angebot', 'n'],
      ['Vertrauen', 'n'],
    ] as const)
    const poss = g === 'f' ? 'Ihre' : g === 'm' ? 'Ihren' : 'Ihr'
    const low = poss.toLowerCase()
    return {
      stem: `A translator writes to a client she addresses as Sie: «Ich danke ___ für ___ ${noun}.» Which words fill the gaps?`,
      key: s(`Ihnen … ${poss} ${noun}`),
      wrong: [
        [
          s(`ihnen … ${low} ${noun}`),
          'writes the polite forms in lower case, which means them and their',
        ],
        [s(`Sie … ${poss} ${noun}`), 'uses the accusative Sie after danken'],
        [
          s(`Dir … ${g === 'f' ? 'Deine' : g === 'm' ? 'Deinen' : 'Dein'} ${noun}`),
          'switches to du with a client',
        ],
        [
          s(`Ihnen … ${g === 'f' ? 'Ihrer' : 'Ihrem'} ${noun}`),
          'puts the object of für in the dative',
        ],
        [s(`ihnen … ${poss} ${noun}`), 'writes the polite Ihnen in lower case (them)'],
        [s(`Sie … ${low} ${noun}`), 'uses the accusative Sie and a lower-case possessive'],
      ],
    }
  }),
  de('ger-relative-pronoun-case-from-its-own-clause', (rng) => {
    const [head, g, clause, c, tail] = rng.pick([
      ['Der Kunde', 'm', '___ ich die Rechnung geschickt habe', 'dat', 'hat schon bezahlt'],
      ['Der Kunde', 'm', '___ ich gestern angerufen habe', 'akk', 'ist sehr zufrieden'],
      ['Die Autorin', 'f', '___ ich den Text geschickt habe', 'dat', 'ist sehr zufrieden'],
      ['Der Vertrag', 'm', '___ wir unterschrieben haben', 'akk', 'gilt ab Mai'],
      ['Das Team', 'n', '___ ich geholfen habe', 'dat', 'ist sehr zufrieden'],
      ['Der Lektor', 'm', '___ den Text geprüft hat', 'nom', 'ist sehr gründlich'],
    ] as const)
    const REL: Record<string, Record<Case, string>> = {
      m: { nom: 'der', akk: 'den', dat: 'dem', gen: 'dessen' },
      f: { nom: 'die', akk: 'die', dat: 'der', gen: 'deren' },
      n: { nom: 'das', akk: 'das', dat: 'dem', gen: 'dessen' },
    }
    const own = REL[g]!
    const others = (['nom', 'akk', 'dat'] as const).filter((k) => own[k] !== own[c])
    return {
      stem: `A relative pronoun takes its gender from the noun it refers to and its case from its role in its own clause. «${head}, ${clause}, ${tail}.» Which relative pronoun fills the gap?`,
      key: s(own[c]),
      wrong: [
        ...others.map(
          (k) =>
            [
              s(own[k]),
              k === 'nom'
                ? 'takes the case of the noun in the main clause'
                : `uses the ${k === 'akk' ? 'accusative' : 'dative'}`,
            ] as [Term, string],
        ),
        [s('was'), 'uses was after a noun, as English which'],
        [s(g === 'f' ? 'den' : 'die'), 'takes the wrong gender'],
        [s('wo'), 'uses wo, the relative of place, for a person or thing'],
      ],
    }
  }),
  de('ger-relative-pronoun-dative-plural-denen', (rng) => {
    const [head, clause] = rng.pick([
      ['Die Kunden', 'mit ___ ich arbeite'],
      ['Die Agenturen', 'für ___ ich übersetze'],
      ['Die Kollegen', '___ ich die Datei geschickt habe'],
      ['Die Autoren', 'von ___ die Texte stammen'],
    ] as const)
    const acc = head.startsWith('Die Agenturen') && clause.startsWith('für')
    return {
      stem: `«${head}, ${clause}, sind sehr zufrieden.» Which relative pronoun fills the gap? ${acc ? 'für takes the accusative.' : 'The pronoun is a dative plural.'}`,
      key: s(acc ? 'die' : 'denen'),
      wrong: acc
        ? [
            [s('denen'), 'uses the dative after für'],
            [s('den'), 'uses the masculine accusative'],
            [s('deren'), 'uses the genitive'],
            [s('der'), 'uses the feminine singular dative'],
          ]
        : [
            [s('den'), 'uses the article form den for the dative plural relative pronoun'],
            [s('die'), 'uses the nominative plural'],
            [s('dem'), 'uses the singular dative'],
            [s('deren'), 'uses the genitive'],
            [s('dennen'), 'writes denen with a double n'],
            [s('was'), 'uses was, as English which'],
          ],
    }
  }),
  de('ger-relative-pronoun-genitive-dessen-deren', (rng) => {
    const [head, g, owned] = rng.pick([
      ['Die Agentur', 'f', 'Website'],
      ['Der Kunde', 'm', 'Vertrag'],
      ['Das Unternehmen', 'n', 'Broschüre'],
      ['Die Autorin', 'f', 'Roman'],
      ['Der Verlag', 'm', 'Katalog'],
    ] as const)
    const key = g === 'f' ? 'deren' : 'dessen'
    return {
      stem: `Whose: «${head}, ___ ${owned} ich übersetze, ist sehr zufrieden.» Which word fills the gap (the relative genitive agrees with the owner)?`,
      key: s(key),
      wrong: [
        [s(g === 'f' ? 'dessen' : 'deren'), 'agrees with the owned noun or guesses the gender'],
        [s('wessen'), 'uses the interrogative wessen'],
        [
          s(g === 'f' ? 'die ihre' : g === 'm' ? 'der seine' : 'das seine'),
          'paraphrases with a pronoun and a possessive',
        ],
        [s(g === 'f' ? 'der' : 'dem'), 'uses the dative relative pronoun'],
      ],
    }
  }),
  de('ger-reflexive-dative-when-there-is-an-accusative-object', (rng) => {
    const [verb, obj] = rng.pick([
      ['ansehen', 'die Datei'],
      ['merken', 'den Termin'],
      ['überlegen', 'das Angebot'],
      ['notieren', 'die Zahlen'],
    ] as const)
    const who = rng.pick(['ich', 'du'] as const)
    const form: Record<string, Record<string, string>> = {
      ich: { ansehen: 'sehe … an', merken: 'merke', überlegen: 'überlege', notieren: 'notiere' },
      du: {
        ansehen: 'siehst … an',
        merken: 'merkst',
        überlegen: 'überlegst',
        notieren: 'notierst',
      },
    }
    const [fin, pre] = form[who]![verb]!.split(' … ')
    const sent = (pron: string) =>
      `${who === 'ich' ? 'Ich' : 'Du'} ${fin} ${pron} ${obj}${pre ? ` ${pre}` : ''}.`
    const late = (pron: string) =>
      `${who === 'ich' ? 'Ich' : 'Du'} ${fin} ${obj} ${pron}${pre ? ` ${pre}` : ''}.`
    return {
      stem: `With an accusative object already in the clause, the reflexive pronoun is dative. Which sentence (sich ${verb}) is correct?`,
      key: s(sent(who === 'ich' ? 'mir' : 'dir')),
      wrong: [
        [
          s(sent(who === 'ich' ? 'mich' : 'dich')),
          'uses the accusative reflexive as with sich freuen',
        ],
        [s(sent('sich')), 'uses the third-person sich for every person'],
        [
          s(late(who === 'ich' ? 'mir' : 'dir')),
          'puts the reflexive pronoun after the noun object',
        ],
        ...(verb === 'merken' || verb === 'überlegen'
          ? [
              [
                s(sent(who === 'ich' ? 'dir' : 'mir')),
                'uses the pronoun of the other person, which is not reflexive',
              ] as [Term, string],
            ]
          : []),
        ...(verb === 'merken'
          ? [
              [
                s(`${who === 'ich' ? 'Ich' : 'Du'} ${fin} ${obj}.`),
                'leaves out the reflexive pronoun, as English remember',
              ] as [Term, string],
            ]
          : []),
      ],
    }
  }),
  de('ger-da-compound-for-a-thing', (rng) => {
    const [phrase, prep, noun, g] = rng.pick([
      ['Ich warte auf Ihre Antwort.', 'auf', 'Antwort', 'f'],
      ['Wir freuen uns über den Auftrag.', 'über', 'Auftrag', 'm'],
      ['Ich denke an den Termin.', 'an', 'Termin', 'm'],
      ['Es geht um das Honorar.', 'um', 'Honorar', 'n'],
      ['Ich bin mit dem Ergebnis zufrieden.', 'mit', 'Ergebnis', 'n'],
      ['Ich habe nichts gegen den Vorschlag.', 'gegen', 'Vorschlag', 'm'],
    ] as const)
    const vowel = /^[aeiouäöü]/.test(prep)
    const dat = prep === 'mit'
    const pron = g === 'f' ? 'sie' : g === 'm' ? (dat ? 'ihm' : 'ihn') : dat ? 'ihm' : 'es'
    return {
      stem: `«${phrase}» The noun «${noun}» is a thing. Which phrase replaces «${prep}» and the noun phrase in the next sentence?`,
      key: s(`da${vowel ? 'r' : ''}${prep}`),
      wrong: [
        [s(`${prep} ${pron}`), 'uses the preposition with a personal pronoun, as for a person'],
        [s(`${prep} es`), 'uses the preposition with es, as English it'],
        [
          s(`da${vowel ? '' : 'r'}${prep}`),
          vowel ? 'leaves out the r before a vowel' : 'adds an r before a consonant',
        ],
        [s(`wo${vowel ? 'r' : ''}${prep}`), 'uses the question form wo-'],
      ],
    }
  }),
  de('ger-seit-with-the-present-and-dative-plural', (rng) => {
    const n = rng.pick(['zwei', 'drei', 'vier', 'fünf'])
    const [unit, dat, acc] = rng.pick([
      ['Jahr', 'Jahren', 'Jahre'],
      ['Monat', 'Monaten', 'Monate'],
    ] as const)
    return {
      stem: `A translator’s profile: she started ${{ zwei: 'two', drei: 'three', vier: 'four', fünf: 'five' }[n]} ${unit === 'Jahr' ? 'years' : 'months'} ago and still works for the agency. «Ich arbeite ___ für die Agentur.» Which phrase fills the gap?`,
      key: s(`seit ${n} ${dat}`),
      wrong: [
        [s(`für ${n} ${acc}`), 'translates English for with für'],
        [s(`seit ${n} ${acc}`), 'leaves out the dative plural -n after seit'],
        [s(`vor ${n} ${dat}`), 'uses vor (ago), the start, for a period still running'],
        [s(`seit ${n} ${unit}`), 'uses the singular after a number'],
        [s(`während ${n} ${dat}`), 'uses während (during) for a period still running'],
        [s(`für ${n} ${dat}`), 'uses für with the dative plural'],
      ],
    }
  }),
  de('ger-possessive-ihr-declined-for-case', (rng) => {
    const [noun, g] = rng.pick([
      ['Auftrag', 'm'],
      ['Anfrage', 'f'],
      ['Angebot', 'n'],
      ['Bericht', 'm'],
      ['Nachricht', 'f'],
    ] as const)
    const [prep, c, frame] = rng.pick([
      ['für', 'akk', 'Vielen Dank für ___ {n}.'],
      ['mit', 'dat', 'Wir sind mit ___ {n} sehr zufrieden.'],
      ['nach', 'dat', 'Nach ___ {n} habe ich sofort begonnen.'],
    ] as const)
    const E: Record<Case, Record<string, string>> = {
      nom: { m: '', f: 'e', n: '' },
      akk: { m: 'en', f: 'e', n: '' },
      dat: { m: 'em', f: 'er', n: 'em' },
      gen: { m: 'es', f: 'er', n: 'es' },
    }
    const form = (k: Case) => `Ihr${E[k][g]}`
    const other: Case = c === 'akk' ? 'dat' : 'akk'
    return {
      stem: `A reply to a client addressed as Sie: «${frame.replace('{n}', noun)}» Which form of the possessive Ihr fits after «${prep}» («${noun}» is ${{ m: 'masculine', f: 'feminine', n: 'neuter' }[g]})?`,
      key: s(form(c)),
      wrong: [
        [s(form(other)), `uses the ${other === 'akk' ? 'accusative' : 'dative'} after ${prep}`],
        [s(form('nom')), 'leaves the possessive without a case ending'],
        [s(form(c).toLowerCase()), 'writes the polite possessive in lower case (their)'],
        [s(form('gen')), 'uses the genitive ending'],
        [s(`Ihr${E[c][g === 'm' ? 'n' : 'm']}`), 'declines it for the wrong gender'],
        [
          s(form(other).toLowerCase()),
          `writes it in lower case and uses the ${other === 'akk' ? 'accusative' : 'dative'}`,
        ],
        [s(E[c][g] ? `Eur${E[c][g]}` : 'Euer'), 'uses euer, the possessive of plural ihr, for Sie'],
        [s(`Dein${E[c][g]}`), 'switches to du with a client'],
      ],
    }
  }),
]
