import type { ModelDomain } from './model-domains.js'

/** The Spanish language test's domains, each served by one scenario model of its own families. */
export const SPANISH_DOMAINS = {
  spanishVerbs: {
    id: 'spanish-verbs',
    title: 'Verb tense, mood and forms',
    itemModelIds: ['spanish-verbs'],
    outcome:
      'Choose and form the tense and mood a sentence needs (preterite or imperfect, subjunctive after its triggers, conditional), ser or estar, por or para, and irregular forms',
  },
  spanishAgreement: {
    id: 'spanish-agreement',
    title: 'Gender and number agreement',
    itemModelIds: ['spanish-agreement'],
    outcome:
      'Make articles, determiners, adjectives and participles agree with nouns whose gender their ending hides, and form plurals',
  },
  spanishOrthography: {
    id: 'spanish-orthography',
    title: 'Accents, capitals and spelling',
    itemModelIds: ['spanish-orthography'],
    outcome:
      'Place tildes by the RAE rules (agudas, llanas, esdrújulas, hiatus, the tilde diacrítica), use lower case where English capitalises, divide words and write prefixes',
  },
  spanishPronouns: {
    id: 'spanish-pronouns-register',
    title: 'Pronouns and register of address',
    itemModelIds: ['spanish-pronouns-register'],
    outcome:
      'Place and choose object pronouns without leísmo or laísmo, and keep tú, usted, vosotros or ustedes consistent with the client addressed',
  },
  spanishNumbers: {
    id: 'spanish-numbers-punctuation',
    title: 'Numbers, dates and punctuation',
    itemModelIds: ['spanish-numbers-punctuation'],
    outcome:
      'Write numbers, percentages, ordinals, dates and units as Spanish copy needs them, and punctuate questions, quotations and lists',
  },
} as const satisfies Record<string, ModelDomain>
