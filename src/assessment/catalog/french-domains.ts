import type { ModelDomain } from './model-domains.js'

/** The French language test's domains, each served by one scenario model of its own families. */
export const FRENCH_DOMAINS = {
  frenchVerbs: {
    id: 'french-verbs',
    title: 'Verb tense, mood and auxiliary',
    itemModelIds: ['french-verbs'],
    outcome:
      'Choose and form the tense and mood a sentence needs (passé composé or imparfait, the future after quand, si clauses, the subjunctive after its triggers) and the auxiliary être or avoir',
  },
  frenchAgreement: {
    id: 'french-agreement',
    title: 'Agreement of participles and adjectives',
    itemModelIds: ['french-agreement'],
    outcome:
      'Agree past participles with être, with avoir and a preceding direct object, with en and in pronominal verbs, and adjectives whose feminine or plural is irregular',
  },
  frenchPronouns: {
    id: 'french-pronouns-determiners',
    title: 'Pronouns, determiners and register',
    itemModelIds: ['french-pronouns-determiners'],
    outcome:
      'Choose and order y, en and object pronouns, reduce the partitive after a negation, choose the relative pronoun, and keep vous consistent with a client',
  },
  frenchOrthography: {
    id: 'french-orthography-typography',
    title: 'Spelling, elision and typography',
    itemModelIds: ['french-orthography-typography'],
    outcome:
      'Space high punctuation and guillemets, keep accents on capitals, elide and write the euphonic t, spell homophones, and follow the spelling (traditional or 1990) the client states',
  },
  frenchNumbers: {
    id: 'french-numbers-dates',
    title: 'Numbers, dates and units',
    itemModelIds: ['french-numbers-dates'],
    outcome:
      'Write numbers in words, figures, percentages, amounts in euros, dates, ordinals, times and unit symbols as French copy needs them',
  },
} as const satisfies Record<string, ModelDomain>
