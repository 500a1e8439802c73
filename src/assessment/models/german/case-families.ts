import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  type Case,
  type Det,
  de,
  f,
  type Gender,
  genderOf,
  np,
  type Slot,
  s,
  type Term,
} from './de-engine.js'

// Articles, adjective endings and noun declension (Duden, Die Grammatik, 9th ed.: the strong,
// weak and mixed adjective declension; the n-declension of weak masculines; dative plural -n).

const ADJ = ['neu', 'wichtig', 'aktuell', 'dringend', 'klein', 'kurz', 'ausführlich', 'letzt']
const M = ['Auftrag', 'Termin', 'Vertrag', 'Bericht', 'Entwurf']
const MER = ['Computer', 'Drucker', 'Ordner']
const F = ['Rechnung', 'Übersetzung', 'Anfrage', 'Datei', 'Frist']
const N = ['Angebot', 'Dokument', 'Projekt', 'Formular', 'Kapitel']
const WEAKM = ['Kunde', 'Kollege', 'Praktikant', 'Kandidat', 'Assistent', 'Journalist']

const other = (g: Gender, c: Case, det: Det = 'der'): Slot => [det, g, c]

/** A family asking for one noun phrase in a stated frame: the key is the slot throughout. */
function phrase(
  id: string,
  pick: (r: Rng) => {
    stem: string
    slot: Slot
    adj: string
    noun: string
    wrong: readonly (readonly [{ a?: Slot; e?: Slot; n?: Slot } | Term, string])[]
  },
): ScenarioFamily {
  return de(id, (rng) => {
    const d = pick(rng)
    return {
      stem: d.stem,
      key: np(d.slot, d.adj, d.noun),
      wrong: d.wrong.map(
        ([o, m]) =>
          [
            Array.isArray(o)
              ? (o as Term)
              : np(d.slot, d.adj, d.noun, o as { a?: Slot; e?: Slot; n?: Slot }),
            m,
          ] as const,
      ),
    }
  })
}

const fill = (frame: string, adj: string, noun: string, note: string) =>
  `A freelance translator proofreads a client's email. Which phrase fills the gap in «${frame}» (adjective «${adj}», noun «${noun}», ${genderName(noun)})? ${note}`
const genderName = (noun: string) =>
  ({ m: 'masculine', f: 'feminine', n: 'neuter' })[genderOf(noun)]

export const CASE_FAMILIES: readonly ScenarioFamily[] = [
  phrase('ger-weak-ending-after-definite-article-nominative', (r) => {
    // Things that can lie in an attachment: not an appointment or an order.
    const noun = r.pick(['Vertrag', 'Bericht', 'Entwurf', ...N])
    const adj = r.pick(ADJ)
    const g = genderOf(noun)
    return {
      stem: fill(
        '___ liegt im Anhang.',
        adj,
        noun,
        'Use the definite article; the phrase is the subject.',
      ),
      slot: ['der', g, 'nom'],
      adj,
      noun,
      wrong: [
        [{ e: other(g, 'nom', 'none') }, 'gives the adjective the strong ending after der/das'],
        [
          s(`${g === 'm' ? 'der' : 'das'} ${adj} ${noun}`),
          'leaves the attributive adjective uninflected, as in English',
        ],
        [
          s(`${g === 'm' ? 'das' : 'der'} ${adj} ${noun}`),
          'guesses the other gender and leaves the adjective uninflected',
        ],
        [{ a: other(g, 'akk'), e: other(g, 'akk') }, 'puts the subject in the accusative'],
        [{ e: other(g, 'dat') }, 'uses -en, the ending of every oblique case, in the nominative'],
        [
          { a: other(g === 'm' ? 'n' : 'm', 'nom'), e: other(g === 'm' ? 'n' : 'm', 'nom') },
          'guesses the gender: der and das swapped',
        ],
        [
          { a: other('f', 'nom'), e: other('f', 'nom') },
          'uses die, as if every noun were feminine',
        ],
      ],
    }
  }),
  phrase('ger-masculine-accusative-object-definite', (r) => {
    const noun = r.pick(['Vertrag', 'Bericht', 'Entwurf'])
    const adj = r.pick(ADJ)
    return {
      stem: fill(
        'Ich schicke Ihnen heute ___.',
        adj,
        noun,
        'Use the definite article; the phrase is the direct object.',
      ),
      slot: ['der', 'm', 'akk'],
      adj,
      noun,
      wrong: [
        [
          { a: other('m', 'nom'), e: other('m', 'nom') },
          'leaves the direct object in the nominative',
        ],
        [{ e: other('m', 'nom') }, 'changes the article to den but not the adjective ending'],
        [
          { a: other('m', 'dat'), e: other('m', 'dat') },
          'puts the direct object in the dative, as after Ihnen',
        ],
        [{ e: other('m', 'akk', 'none') }, 'gives the adjective the strong ending after den'],
        [{ a: other('m', 'nom') }, 'declines the ending but keeps the nominative article der'],
      ],
    }
  }),
  phrase('ger-mixed-ending-masculine-nominative-after-ein', (r) => {
    const noun = r.pick(M)
    const adj = r.pick(ADJ.filter((a) => a !== 'letzt'))
    return {
      stem: fill(
        'Heute ist ___ eingegangen.',
        adj,
        noun,
        'Use the indefinite article ein; the phrase is the subject.',
      ),
      slot: ['ein', 'm', 'nom'],
      adj,
      noun,
      wrong: [
        [
          { e: other('m', 'nom', 'der') },
          'gives the weak ending -e after ein, which shows no gender',
        ],
        [
          { a: other('m', 'akk', 'ein'), e: other('m', 'akk', 'ein') },
          'puts the subject in the accusative',
        ],
        [{ e: other('n', 'nom', 'ein') }, 'gives the neuter ending -es to a masculine noun'],
        [{ e: other('m', 'dat', 'ein') }, 'uses -en after ein as after every oblique ein-word'],
        [
          { a: other('f', 'nom', 'ein'), e: other('f', 'nom', 'ein') },
          'treats the noun as feminine',
        ],
      ],
    }
  }),
  phrase('ger-mixed-ending-neuter-after-ein', (r) => {
    const noun = r.pick(N)
    const adj = r.pick(ADJ.filter((a) => a !== 'letzt'))
    return {
      stem: fill(
        'Wir haben ___ erstellt.',
        adj,
        noun,
        'Use the indefinite article ein; the phrase is the direct object.',
      ),
      slot: ['ein', 'n', 'akk'],
      adj,
      noun,
      wrong: [
        [
          { e: other('n', 'akk', 'der') },
          'gives the weak ending -e after ein, which shows no gender',
        ],
        [
          { a: other('m', 'akk', 'ein'), e: other('m', 'akk', 'ein') },
          'declines the neuter noun as a masculine accusative',
        ],
        [{ e: other('m', 'nom', 'ein') }, 'gives the masculine ending -er to a neuter noun'],
        [{ e: other('n', 'dat', 'ein') }, 'uses -en, as for an oblique case'],
        [
          { a: other('n', 'dat', 'ein'), e: other('n', 'dat', 'ein') },
          'puts the direct object in the dative',
        ],
      ],
    }
  }),
  phrase('ger-masculine-accusative-after-ein', (r) => {
    // What one arranges (vereinbart): an appointment or a contract.
    const noun = r.pick(['Termin', 'Vertrag'])
    const adj = r.pick(['neu', 'kurz', 'wichtig'])
    return {
      stem: fill(
        'Können wir ___ vereinbaren?',
        adj,
        noun,
        'Use the indefinite article ein; the phrase is the direct object.',
      ),
      slot: ['ein', 'm', 'akk'],
      adj,
      noun,
      wrong: [
        [{ a: other('m', 'nom', 'ein') }, 'keeps ein, the nominative article, for the object'],
        [
          { a: other('m', 'nom', 'ein'), e: other('m', 'nom', 'ein') },
          'leaves the object in the nominative',
        ],
        [
          { e: other('m', 'nom', 'ein') },
          'changes the article to einen but keeps the nominative -er',
        ],
        [
          { a: other('m', 'dat', 'ein'), e: other('m', 'dat', 'ein') },
          'puts the object in the dative',
        ],
        [{ a: other('n', 'akk', 'ein'), e: other('n', 'akk', 'ein') }, 'treats the noun as neuter'],
      ],
    }
  }),
  phrase('ger-dative-after-mit-definite', (r) => {
    const noun = r.pick([...MER, ...F])
    const adj = r.pick(ADJ)
    const g = genderOf(noun)
    return {
      stem: fill(
        'Ich arbeite seit Montag mit ___.',
        adj,
        noun,
        'Use the definite article; mit takes the dative.',
      ),
      slot: ['der', g, 'dat'],
      adj,
      noun,
      wrong: [
        [{ a: other(g, 'akk'), e: other(g, 'akk') }, 'uses the accusative after mit, as after für'],
        [{ e: other(g, 'nom') }, 'gives the nominative ending -e after the dative article'],
        [{ e: other(g, 'dat', 'none') }, 'copies the article’s -em or -er onto the adjective'],
        [
          { a: other(g === 'f' ? 'm' : 'f', 'dat'), e: other(g === 'f' ? 'm' : 'f', 'dat') },
          'takes the wrong gender for the noun',
        ],
        [
          { a: other(g, 'nom'), e: other(g, 'nom') },
          'leaves the phrase in the nominative after a preposition',
        ],
      ],
    }
  }),
  phrase('ger-dative-plural-noun-takes-n', (r) => {
    const noun = r.pick([
      'Auftrag',
      'Vertrag',
      'Termin',
      'Angebot',
      'Dokument',
      'Projekt',
      'Entwurf',
    ])
    const adj = r.pick(ADJ)
    return {
      stem: fill(
        'Ich bin mit ___ sehr zufrieden.',
        adj,
        noun,
        'Use the plural with the definite article; mit takes the dative.',
      ),
      slot: ['der', 'p', 'dat'],
      adj,
      noun,
      wrong: [
        [{ n: other('p', 'nom') }, 'omits the dative plural -n on the noun'],
        [{ a: other('m', 'dat') }, 'uses the singular dative article dem with the plural'],
        [
          { a: other('p', 'nom') },
          'marks the dative on the noun only and keeps the nominative article die',
        ],
        [{ a: other('f', 'dat') }, 'takes der, the feminine dative article, for the plural'],
        [
          { a: other('m', 'dat'), n: other('p', 'nom') },
          'uses the singular article dem and omits the plural -n',
        ],
      ],
    }
  }),
  phrase('ger-strong-dative-without-article', (r) => {
    const [adj, noun, frame] = r.pick([
      ['groß', 'Interesse', 'Wir haben Ihr Angebot mit ___ gelesen.'],
      ['besonder', 'Interesse', 'Wir verfolgen Ihr Projekt mit ___.'],
      ['groß', 'Erfolg', 'Wir haben das Projekt mit ___ abgeschlossen.'],
      ['groß', 'Aufwand', 'Die Datei wurde mit ___ repariert.'],
      ['besonder', 'Sorgfalt', 'Ich prüfe jeden Vertrag mit ___.'],
      ['groß', 'Sorgfalt', 'Die Übersetzung wurde mit ___ geprüft.'],
    ] as const)
    const g = genderOf(noun)
    return {
      stem: fill(frame, adj, noun, 'No article: the adjective shows the case.'),
      slot: ['none', g, 'dat'],
      adj,
      noun,
      wrong: [
        [
          { e: other(g, 'dat', 'der') },
          'gives the weak ending -en though no article shows the case',
        ],
        [{ e: other(g, 'nom', 'none') }, 'uses the nominative strong ending'],
        [{ e: other(g, 'akk', 'none') }, 'uses the accusative strong ending after mit'],
        [{ e: other(g === 'f' ? 'm' : 'f', 'dat', 'none') }, 'takes the wrong gender for the noun'],
        [{ e: other(g, 'nom', 'der') }, 'gives the weak ending -e, as after an article'],
      ],
    }
  }),
  de('ger-strong-genitive-adjective-takes-en', (rng) => {
    const when = rng.pick(['Anfang', 'Mitte', 'Ende'])
    const adj = rng.pick(['nächst', 'letzt', 'kommend'])
    const [noun, gen] = rng.pick([
      ['Monat', 'Monats'],
      ['Jahr', 'Jahres'],
      ['Quartal', 'Quartals'],
    ] as const)
    const det = noun === 'Monat' ? 'er' : 'es'
    return {
      stem: `A translator confirms a delivery date: «Die Übersetzung ist ___ fertig.» Which phrase is correct written German (${when} + adjective «${adj}» + «${noun}», a genitive without an article)?`,
      key: s(`${when} ${adj}en ${gen}`),
      wrong: [
        [
          s(`${when} ${adj}es ${gen}`),
          'gives the adjective the der-word ending -es (as in dieses)',
        ],
        [s(`${when} ${adj}en ${noun}`), 'drops the genitive -s of the noun'],
        [
          s(`${when} ${adj}er ${gen}`),
          'gives the adjective the strong -er of the feminine genitive (Ende letzter Woche)',
        ],
        [s(`${when} ${adj}em ${gen}`), 'gives the adjective the dative -em but keeps the -s'],
        [s(`${when} ${adj}${det} ${noun}`), 'leaves the phrase in the nominative'],
        [s(`${when} ${adj}em ${noun}`), 'puts the phrase in the dative'],
      ],
    }
  }),
  phrase('ger-weak-masculine-noun-in-the-dative', (r) => {
    const noun = r.pick(WEAKM)
    const adj = r.pick(['neu', 'wichtig', 'letzt'])
    return {
      stem: fill(
        'Ich habe ___ gestern die Unterlagen geschickt.',
        adj,
        noun,
        'Use the definite article; the phrase is the indirect object, one person (singular). The noun is a weak masculine.',
      ),
      slot: ['der', 'm', 'dat'],
      adj,
      noun,
      wrong: [
        [{ n: other('m', 'nom') }, 'does not add the n-declension ending to the weak masculine'],
        [
          { a: other('m', 'akk'), e: other('m', 'akk') },
          'puts the indirect object in the accusative',
        ],
        [{ e: other('m', 'dat', 'none') }, 'copies the article’s -em onto the adjective'],
        [
          { e: other('m', 'dat', 'none'), n: other('m', 'nom') },
          'copies -em onto the adjective and leaves the weak noun without -n',
        ],
        [
          { a: other('m', 'akk'), e: other('m', 'akk'), n: other('m', 'nom') },
          'uses the accusative article and no -n',
        ],
      ],
    }
  }),
  de('ger-weak-masculine-genitive-has-no-s', (rng) => {
    const noun = rng.pick(WEAKM)
    const form = noun + (noun.endsWith('e') ? 'n' : 'en')
    return {
      stem: `In a report: «Die Unterschrift ___ fehlt noch.» Which genitive of «der ${noun}» (a weak masculine) is correct?`,
      key: s(`des ${form}`),
      wrong: [
        [s(`des ${noun}s`), 'gives the weak masculine the strong genitive -s'],
        [s(`des ${form}s`), 'adds the strong -s to the n-declension ending as well'],
        [s(`des ${noun}`), 'leaves the noun uninflected'],
        [s(`dem ${form}`), 'uses the dative for the genitive'],
        [s(`der ${form}`), 'uses the feminine or plural article der'],
        [s(`dem ${noun}`), 'uses the dative and leaves the noun uninflected'],
        ...(noun.endsWith('e')
          ? []
          : [[s(`des ${noun}es`), 'gives the weak masculine the strong genitive -es'] as const]),
      ],
    }
  }),
  phrase('ger-genitive-strong-masculine-neuter-takes-s', (r) => {
    const noun = r.pick(['Computer', 'Drucker', 'Ordner', 'Büro', 'Zimmer'])
    const adj = r.pick(['neu', 'erst', 'klein', 'letzt'])
    const g = genderOf(noun)
    return {
      stem: fill(
        'Die Reparatur ___ kostet 200 Euro.',
        adj,
        noun,
        'Use the definite article; the phrase is a genitive attribute.',
      ),
      slot: ['der', g, 'gen'],
      adj,
      noun,
      wrong: [
        [
          { a: other(g, 'dat'), e: other(g, 'dat'), n: other(g, 'dat') },
          'uses the dative, as after von',
        ],
        [
          f(`des ${adj}es {0}`, np(['none', g, 'gen'], '', noun)),
          'copies the article’s -es onto the adjective',
        ],
        [
          { a: other('f', 'gen'), e: other('f', 'gen'), n: other('f', 'gen') },
          'uses the feminine genitive article der',
        ],
        [
          f(`des ${adj}es {0}`, np(['none', g, 'nom'], '', noun)),
          'copies the article’s -es onto the adjective and drops the noun’s -s',
        ],
        [{ n: other(g, 'nom') }, 'drops the genitive -s of the noun'],
        [
          { a: other(g, 'dat'), e: other(g, 'dat') },
          'uses the dative article and ending but keeps the genitive -s',
        ],
      ],
    }
  }),
  phrase('ger-feminine-genitive-has-no-s', (r) => {
    const noun = r.pick(['Sitzung', 'Präsentation', 'Übersetzung', 'Rechnung', 'Frist'])
    const adj = r.pick(['letzt', 'neu', 'erst'])
    return {
      stem: fill(
        'Am Ende ___ haben wir die Preise besprochen.',
        adj,
        noun,
        'Use the definite article; the phrase is a genitive attribute.',
      ),
      slot: ['der', 'f', 'gen'],
      adj,
      noun,
      wrong: [
        [
          { a: other('m', 'gen'), e: other('m', 'gen'), n: other('m', 'gen') },
          'uses the masculine genitive des',
        ],
        [{ e: other('f', 'nom') }, 'gives the adjective the nominative -e after der'],
        [{ a: other('f', 'nom'), e: other('f', 'nom') }, 'leaves the phrase in the nominative'],
        [{ e: other('f', 'gen', 'none') }, 'copies the article’s -er onto the adjective'],
      ],
    }
  }),
  phrase('ger-strong-plural-without-article', (r) => {
    const noun = r.pick(['Auftrag', 'Vertrag', 'Angebot', 'Projekt', 'Termin', 'Entwurf'])
    const adj = r.pick(['neu', 'dringend', 'klein', 'kurz'])
    return {
      stem: fill(
        '___ bearbeite ich immer zuerst.',
        adj,
        noun,
        'Plural, no article; the phrase is the direct object.',
      ),
      slot: ['none', 'p', 'akk'],
      adj,
      noun,
      wrong: [
        [
          { e: other('p', 'akk', 'der') },
          'gives the weak plural -en though no article shows the case',
        ],
        [{ e: other('m', 'nom', 'none') }, 'gives the masculine nominative -er'],
        [
          { e: other('p', 'dat', 'none'), n: other('p', 'dat') },
          'puts the phrase in the dative plural',
        ],
        [
          f(`${adj} {0}`, np(['none', 'p', 'akk'], '', noun)),
          'leaves the attributive adjective uninflected, as in English',
        ],
        [
          f(`${adj}e {0}`, np(['none', 'n', 'akk'], '', noun)),
          'gives the adjective the plural -e but leaves the noun singular',
        ],
      ],
    }
  }),
  phrase('ger-weak-ending-after-keine-plural', (r) => {
    const noun = r.pick([
      'Auftrag',
      'Vertrag',
      'Angebot',
      'Projekt',
      'Termin',
      'Entwurf',
      'Anfrage',
    ])
    const adj = r.pick(['neu', 'dringend', 'weiter', 'offen'])
    return {
      stem: fill(
        'Zurzeit habe ich ___.',
        adj,
        noun,
        'Use kein- in the plural; the phrase is the direct object.',
      ),
      slot: ['kein', 'p', 'akk'],
      adj,
      noun,
      wrong: [
        [
          { e: other('p', 'akk', 'none') },
          'gives the strong plural -e as if there were no determiner',
        ],
        [{ a: other('p', 'dat', 'kein'), e: other('p', 'dat', 'kein') }, 'uses the dative keinen'],
        [
          { a: other('m', 'akk', 'kein'), e: other('m', 'akk', 'kein'), n: other('m', 'akk') },
          'uses the masculine singular keinen with a singular noun',
        ],
        [
          { a: other('p', 'dat', 'kein') },
          'writes keinen, the masculine or dative form, for the plural',
        ],
      ],
    }
  }),
  phrase('ger-gender-from-the-suffix', (r) => {
    const noun = r.pick([
      'Lösung',
      'Freiheit',
      'Möglichkeit',
      'Partnerschaft',
      'Präsentation',
      'Häkchen',
      'Instrument',
      'Dokument',
    ])
    const adj = r.pick(['neu', 'klein', 'wichtig'])
    const g = genderOf(noun)
    const alt: 'm' | 'f' | 'n' = g === 'f' ? 'n' : 'f'
    return {
      stem: `A client’s draft has the noun «${noun}». By its suffix (-ung, -heit, -keit, -schaft, -tion feminine; -chen, -lein and most -ment nouns neuter), which subject phrase with the definite article and «${adj}» is correct?`,
      slot: ['der', g, 'nom'],
      adj,
      noun,
      wrong: [
        [
          { a: other('m', 'nom'), e: other('m', 'nom') },
          'takes der, the masculine, as a default guess',
        ],
        [
          { a: other(alt, 'nom'), e: other(alt, 'nom') },
          'ignores the suffix and guesses the other gender',
        ],
        [
          { a: other('m', 'nom'), e: other('m', 'nom', 'none') },
          'takes der and gives the adjective the strong -er',
        ],
        [
          { a: other(alt, 'nom'), e: other(alt, 'nom', 'none') },
          'guesses the other gender and gives the adjective a strong ending',
        ],
        [{ e: other(g, 'nom', 'none') }, 'gives the adjective the strong ending after the article'],
        [{ e: other(g, 'dat') }, 'uses -en, the ending of the oblique cases'],
        [
          s(`${g === 'f' ? 'die' : 'das'} ${adj} ${noun}`),
          'leaves the attributive adjective uninflected, as in English',
        ],
      ],
    }
  }),
  phrase('ger-compound-takes-the-gender-of-its-last-part', (r) => {
    const noun = r.pick([
      'Kundendatei',
      'Kundengespräch',
      'Projektleitung',
      'Rechnungsdatum',
      'Arbeitsvertrag',
      'Terminänderung',
    ])
    const adj = r.pick(['neu', 'aktuell'])
    const g = genderOf(noun)
    const first: Record<string, 'm' | 'f' | 'n'> = {
      Kundendatei: 'm',
      Kundengespräch: 'm',
      Projektleitung: 'n',
      Rechnungsdatum: 'f',
      Arbeitsvertrag: 'f',
      Terminänderung: 'm',
    }
    const f1 = first[noun]!
    const third: 'm' | 'f' | 'n' =
      (['m', 'f', 'n'] as const).find((x) => x !== g && x !== f1) ?? 'n'
    return {
      stem: `A German compound takes the gender of its last part. Which subject phrase with the definite article, «${adj}» and «${noun}» is correct?`,
      slot: ['der', g, 'nom'],
      adj,
      noun,
      wrong: [
        [
          { a: other(f1, 'nom'), e: other(f1, 'nom') },
          'takes the gender of the first part of the compound',
        ],
        [{ a: other(third, 'nom'), e: other(third, 'nom') }, 'guesses a gender neither part has'],
        [
          { a: other(f1, 'nom'), e: other(f1, 'nom', 'none') },
          'takes the first part’s gender and gives the adjective a strong ending',
        ],
        [
          { a: other(f1, 'nom'), e: other(f1, 'dat') },
          'takes the first part’s gender and the ending -en',
        ],
        [{ e: other(g, 'nom', 'none') }, 'gives the adjective the strong ending after the article'],
        [{ e: other(g, 'dat') }, 'uses -en, the ending of the oblique cases'],
      ],
    }
  }),
]
