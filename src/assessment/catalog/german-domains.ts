import type { ModelDomain } from './model-domains.js'

/** The German language test's domains, each served by one scenario model of its own families. */
export const GERMAN_DOMAINS = {
  germanCases: {
    id: 'ger-articles-adjective-endings',
    title: 'Articles, adjective endings and noun declension',
    itemModelIds: ['ger-articles-adjective-endings'],
    outcome:
      'Decline articles, adjectives and nouns for gender, number and case: strong, weak and mixed adjective endings, the n-declension, the dative plural and the genitive',
  },
  germanVerbs: {
    id: 'ger-verb-forms',
    title: 'Verb forms',
    itemModelIds: ['ger-verb-forms'],
    outcome:
      'Form the present of strong verbs, the Perfekt with haben or sein and the right participle, the Präteritum, the Konjunktiv II and the passive',
  },
  germanOrder: {
    id: 'ger-word-order',
    title: 'Word order',
    itemModelIds: ['ger-word-order'],
    outcome:
      'Place the finite verb second, first or last as the clause demands, and infinitives, participles and separable prefixes at the end',
  },
  germanPrepositions: {
    id: 'ger-prepositions-pronouns',
    title: 'Prepositions with case, and pronouns',
    itemModelIds: ['ger-prepositions-pronouns'],
    outcome:
      'Give each preposition its case (two-way prepositions by place or direction), and choose personal, polite, reflexive and relative pronouns and da-compounds',
  },
  germanSpelling: {
    id: 'ger-numbers-dates-spelling',
    title: 'Numbers, dates and spelling',
    itemModelIds: ['ger-numbers-dates-spelling'],
    outcome:
      'Write amounts, percentages, dates, times and numbers in words as German copy needs them, ß or ss, and capitals by the 2006 rules',
  },
} as const satisfies Record<string, ModelDomain>
