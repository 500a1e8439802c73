import { type CatalogRow, row } from './catalog-row.js'

/** German as a freelance translator, writer or tutor working into German uses it with clients. */
export const GERMAN_ROW: CatalogRow = row(
  'german-language',
  'German language',
  'Writing & Translation',
  4,
  40,
  [
    ['germanCases', 20],
    ['germanVerbs', 20],
    ['germanOrder', 20],
    ['germanPrepositions', 20],
    ['germanSpelling', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelancer who translates or writes into German, or tutors it (a translator delivering ' +
      'final copy, a content writer, a language tutor correcting learners’ texts), produces ' +
      'correct standard written German at about CEFR B2 in emails, offers, invoices, reports ' +
      'and web copy, and corrects other people’s drafts. Spell-checkers miss most of the errors ' +
      'that matter, because every wrong form is itself a word. Declension: the article and the ' +
      'strong, weak or mixed adjective ending for gender, number and case, the n-declension of ' +
      'weak masculines, the dative plural -n and the genitive -s: 20 %. Verb forms: the present ' +
      'of strong verbs with a vowel change, the Perfekt with haben or sein and the participle of ' +
      'strong, separable, inseparable and -ieren verbs, the Präteritum of strong, mixed and modal ' +
      'verbs, the Konjunktiv II of polite requests and unreal conditions, and the passive: 20 %. ' +
      'Word order: the finite verb second in a main clause and last in a subordinate one, the ' +
      'separable prefix and the infinitive at the end, the double infinitive, the order of ' +
      'pronoun objects, and conjunctions that do or do not take a position: 20 %. Prepositions ' +
      'and pronouns: the accusative, dative and genitive prepositions, two-way prepositions by ' +
      'place or direction, contractions, verbs with a dative or accusative object, the polite ' +
      'Sie in every form, relative and reflexive pronouns and da-compounds: 20 %. Numbers, dates ' +
      'and spelling: amounts, percentages, dates and times by DIN 5008 and the de-DE locale, ' +
      'Milliarde for billion, numbers in words, ß or ss, capitals for nouns and nominalised ' +
      'words, compounds as one word: 20 %. Items follow Duden, Die Grammatik (9th ed.), the ' +
      'amtliche Regelung der deutschen Rechtschreibung (2006, revised 2024) and DIN 5008; each ' +
      'stem states the convention it depends on. A 25-item form gives each of the five domains ' +
      'five items. Vocabulary and idiom, reading comprehension, translation from English as ' +
      'such, style, the Konjunktiv I of reported speech and regional usage (Austria, ' +
      'Switzerland) are not tested.',
    scoredItems: 25,
  },
)
