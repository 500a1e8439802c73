import type { ModelDomain } from './model-domains.js'

/** Model-backed domains of the language-pair translation tests, one item model each. */
export const TRANSLATION_DOMAINS = {
  esGrammar: {
    id: 'en-es-grammar',
    title: 'Grammar transfer into Spanish',
    itemModelIds: ['tr-en-es-grammar'],
    outcome:
      'Render English grammar in correct Spanish: ser and estar, the subjunctive, aspect, agreement and impersonal constructions',
  },
  esLexis: {
    id: 'en-es-lexis',
    title: 'False friends and collocations in Spanish',
    itemModelIds: ['tr-en-es-lexis'],
    outcome:
      'Choose the Spanish word a context needs instead of a false friend or a calqued collocation',
  },
  esRegister: {
    id: 'en-es-register',
    title: 'Register and idiom in Spanish',
    itemModelIds: ['tr-en-es-register'],
    outcome:
      'Address readers with the right register and render idioms and business formulas by meaning',
  },
  esConventions: {
    id: 'en-es-conventions',
    title: 'Spanish writing conventions',
    itemModelIds: ['tr-en-es-conventions'],
    outcome: 'Apply Spanish conventions for dates, capitals, punctuation, accents and numbers',
  },
  deGrammar: {
    id: 'en-de-grammar',
    title: 'Grammar transfer into German',
    itemModelIds: ['tr-en-de-grammar'],
    outcome:
      'Render English grammar in correct German: verb position, case, adjective endings, auxiliaries and the subjunctive',
  },
  deLexis: {
    id: 'en-de-lexis',
    title: 'False friends and collocations in German',
    itemModelIds: ['tr-en-de-lexis'],
    outcome:
      'Choose the German word a context needs instead of a false friend or a calqued collocation',
  },
  deRegister: {
    id: 'en-de-register',
    title: 'Register and idiom in German',
    itemModelIds: ['tr-en-de-register'],
    outcome:
      'Address readers with Sie or du as the brief says and render idioms and letter formulas by meaning',
  },
  deConventions: {
    id: 'en-de-conventions',
    title: 'German writing conventions',
    itemModelIds: ['tr-en-de-conventions'],
    outcome: 'Apply German conventions for capitals, dates, numbers, times, commas and compounds',
  },
  frGrammar: {
    id: 'en-fr-grammar',
    title: 'Grammar transfer into French',
    itemModelIds: ['tr-en-fr-grammar'],
    outcome:
      'Render English grammar in correct French: auxiliaries and agreement, the subjunctive, partitives, pronouns and prepositions',
  },
  frLexis: {
    id: 'en-fr-lexis',
    title: 'False friends and collocations in French',
    itemModelIds: ['tr-en-fr-lexis'],
    outcome:
      'Choose the French word a context needs instead of a false friend or a calqued collocation',
  },
  frRegister: {
    id: 'en-fr-register',
    title: 'Register and idiom in French',
    itemModelIds: ['tr-en-fr-register'],
    outcome:
      'Address readers with vous or tu as the brief says and render idioms and letter formulas by meaning',
  },
  frConventions: {
    id: 'en-fr-conventions',
    title: 'French writing conventions',
    itemModelIds: ['tr-en-fr-conventions'],
    outcome:
      'Apply French conventions for dates, capitals, numbers, times, quotation marks and spacing',
  },
  itGrammar: {
    id: 'en-it-grammar',
    title: 'Grammar transfer into Italian',
    itemModelIds: ['tr-en-it-grammar'],
    outcome:
      'Render English grammar in correct Italian: auxiliaries and agreement, the congiuntivo, articles, clitic pronouns and prepositions',
  },
  itLexis: {
    id: 'en-it-lexis',
    title: 'False friends and collocations in Italian',
    itemModelIds: ['tr-en-it-lexis'],
    outcome:
      'Choose the Italian word a context needs instead of a false friend or a calqued collocation',
  },
  itRegister: {
    id: 'en-it-register',
    title: 'Register and idiom in Italian',
    itemModelIds: ['tr-en-it-register'],
    outcome:
      'Address readers with Lei or tu as the brief says and render idioms and letter formulas by meaning',
  },
  itConventions: {
    id: 'en-it-conventions',
    title: 'Italian writing conventions',
    itemModelIds: ['tr-en-it-conventions'],
    outcome: 'Apply Italian conventions for dates, capitals, numbers, times and accents',
  },
  ptGrammar: {
    id: 'en-pt-grammar',
    title: 'Grammar transfer into Portuguese',
    itemModelIds: ['tr-en-pt-grammar'],
    outcome:
      'Render English grammar in correct Brazilian Portuguese: ser and estar, the future and present subjunctive, aspect, agreement, contractions and the crase',
  },
  ptLexis: {
    id: 'en-pt-lexis',
    title: 'False friends and collocations in Portuguese',
    itemModelIds: ['tr-en-pt-lexis'],
    outcome:
      'Choose the Portuguese word a context needs instead of a false friend or a calqued collocation',
  },
  ptRegister: {
    id: 'en-pt-register',
    title: 'Register and idiom in Portuguese',
    itemModelIds: ['tr-en-pt-register'],
    outcome:
      'Address readers as a Brazilian reader expects and render idioms and letter formulas by meaning',
  },
  ptConventions: {
    id: 'en-pt-conventions',
    title: 'Portuguese writing conventions',
    itemModelIds: ['tr-en-pt-conventions'],
    outcome:
      'Apply Brazilian conventions for dates, capitals, numbers and times, and the spelling of the 1990 Orthographic Agreement',
  },
  nlGrammar: {
    id: 'en-nl-grammar',
    title: 'Grammar transfer into Dutch',
    itemModelIds: ['tr-en-nl-grammar'],
    outcome:
      'Render English grammar in correct Dutch: word order, de and het, adjective endings, auxiliaries, separable verbs and relative pronouns',
  },
  nlLexis: {
    id: 'en-nl-lexis',
    title: 'False friends and collocations in Dutch',
    itemModelIds: ['tr-en-nl-lexis'],
    outcome:
      'Choose the Dutch word a context needs instead of a false friend or a calqued collocation',
  },
  nlRegister: {
    id: 'en-nl-register',
    title: 'Register and idiom in Dutch',
    itemModelIds: ['tr-en-nl-register'],
    outcome:
      'Address readers with u or je as the brief says and render idioms and letter formulas by meaning',
  },
  nlConventions: {
    id: 'en-nl-conventions',
    title: 'Dutch writing conventions',
    itemModelIds: ['tr-en-nl-conventions'],
    outcome:
      'Apply Dutch conventions for dates, capitals, numbers and times, and the spelling of the Woordenlijst',
  },
  plGrammar: {
    id: 'en-pl-grammar',
    title: 'Grammar transfer into Polish',
    itemModelIds: ['tr-en-pl-grammar'],
    outcome:
      'Render English grammar in correct Polish: aspect, case government, numerals, agreement and reflexive verbs',
  },
  plLexis: {
    id: 'en-pl-lexis',
    title: 'False friends and collocations in Polish',
    itemModelIds: ['tr-en-pl-lexis'],
    outcome:
      'Choose the Polish word a context needs instead of a false friend or a calqued collocation',
  },
  plRegister: {
    id: 'en-pl-register',
    title: 'Register and idiom in Polish',
    itemModelIds: ['tr-en-pl-register'],
    outcome:
      'Address readers with Pan, Pani, Państwo or ty as the brief says and render idioms and letter formulas by meaning',
  },
  plConventions: {
    id: 'en-pl-conventions',
    title: 'Polish writing conventions',
    itemModelIds: ['tr-en-pl-conventions'],
    outcome:
      'Apply Polish conventions for diacritics, dates, capitals, numbers, currency, times and quotation marks',
  },
  ruGrammar: {
    id: 'en-ru-grammar',
    title: 'Grammar transfer into Russian',
    itemModelIds: ['tr-en-ru-grammar'],
    outcome:
      'Render English grammar in correct Russian: cases after prepositions, verbs and numerals, aspect, verbs of motion, agreement and word order',
  },
  ruLexis: {
    id: 'en-ru-lexis',
    title: 'False friends and collocations in Russian',
    itemModelIds: ['tr-en-ru-lexis'],
    outcome:
      'Choose the Russian word a context needs instead of a false friend or a calqued collocation',
  },
  ruRegister: {
    id: 'en-ru-register',
    title: 'Register and idiom in Russian',
    itemModelIds: ['tr-en-ru-register'],
    outcome:
      'Address readers with Вы or ты as the brief says and render idioms and letter formulas by meaning',
  },
  ruConventions: {
    id: 'en-ru-conventions',
    title: 'Russian writing conventions',
    itemModelIds: ['tr-en-ru-conventions'],
    outcome:
      'Apply Russian conventions for dates, capitals, numbers, currency, times, quotation marks, dashes and transliteration',
  },
  jaGrammar: {
    id: 'en-ja-grammar',
    title: 'Grammar transfer into Japanese',
    itemModelIds: ['tr-en-ja-grammar'],
    outcome:
      'Render English grammar in correct Japanese: particles, counters and numerals, tense and aspect, relative clauses and the polite and plain forms',
  },
  jaLexis: {
    id: 'en-ja-lexis',
    title: 'False friends and collocations in Japanese',
    itemModelIds: ['tr-en-ja-lexis'],
    outcome:
      'Choose the Japanese word a context needs instead of a katakana false friend or a calqued collocation',
  },
  jaRegister: {
    id: 'en-ja-register',
    title: 'Register and idiom in Japanese',
    itemModelIds: ['tr-en-ja-register'],
    outcome:
      'Use keigo (sonkeigo, kenjōgo and teineigo) as a business email needs and render set phrases and idioms by meaning',
  },
  jaConventions: {
    id: 'en-ja-conventions',
    title: 'Japanese writing conventions',
    itemModelIds: ['tr-en-ja-conventions'],
    outcome:
      'Apply Japanese conventions for dates, numbers with 万 and 億, yen amounts, times, full-width punctuation and katakana names',
  },
  zhGrammar: {
    id: 'en-zh-grammar',
    title: 'Grammar transfer into Chinese',
    itemModelIds: ['tr-en-zh-grammar'],
    outcome:
      'Render English grammar in correct Simplified Chinese: measure words, aspect particles, 把 and 被, the place of time and place phrases, 的 clauses and comparison with 比',
  },
  zhLexis: {
    id: 'en-zh-lexis',
    title: 'False friends, calques and collocations in Chinese',
    itemModelIds: ['tr-en-zh-lexis'],
    outcome:
      'Choose the Chinese word a context needs instead of a literal calque, a wrong collocation or a near term of another meaning',
  },
  zhRegister: {
    id: 'en-zh-register',
    title: 'Register and idiom in Chinese',
    itemModelIds: ['tr-en-zh-register'],
    outcome:
      'Address readers with 您 or 你 as the brief says and render letter formulas and idioms by meaning',
  },
  zhConventions: {
    id: 'en-zh-conventions',
    title: 'Chinese writing conventions',
    itemModelIds: ['tr-en-zh-conventions'],
    outcome:
      'Apply mainland Chinese conventions for dates, numbers with 万 and 亿, yuan amounts, times, full-width punctuation and transliterated names',
  },
  arGrammar: {
    id: 'en-ar-grammar',
    title: 'Grammar transfer into Arabic',
    itemModelIds: ['tr-en-ar-grammar'],
    outcome:
      'Render English grammar in correct Modern Standard Arabic: number and noun agreement with the dual, non-human plurals, verb and subject agreement, the idafa, definiteness, case after كان, ليس and أنّ, and negation with لم and لن',
  },
  arLexis: {
    id: 'en-ar-lexis',
    title: 'False friends, calques and terminology in Arabic',
    itemModelIds: ['tr-en-ar-lexis'],
    outcome:
      'Choose the Arabic word a context needs instead of a wrong sense of the English word, a word-for-word calque or a near business term of another meaning',
  },
  arRegister: {
    id: 'en-ar-register',
    title: 'Register and idiom in Arabic',
    itemModelIds: ['tr-en-ar-register'],
    outcome:
      'Write to clients in formal Modern Standard Arabic with the set formulas of business letters and email, and render idioms by meaning',
  },
  arConventions: {
    id: 'en-ar-conventions',
    title: 'Arabic writing conventions',
    itemModelIds: ['tr-en-ar-conventions'],
    outcome:
      'Apply the conventions of the Arabic locale a brief names for dates (Gregorian or Hijri), digits, separators, currency, percentages and times, the Arabic comma and question mark, lists and transliterated names',
  },
} as const satisfies Record<string, ModelDomain>
