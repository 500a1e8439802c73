import { type CatalogRow, row } from './catalog-row.js'

/** French as a freelance writer, editor or translator into French uses it with clients. */
export const FRENCH_ROW: CatalogRow = row(
  'french-language',
  'French language',
  'Writing & Translation',
  4,
  40,
  [
    ['frenchVerbs', 25],
    ['frenchAgreement', 20],
    ['frenchPronouns', 20],
    ['frenchOrthography', 15],
    ['frenchNumbers', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelancer who writes, edits or translates into French for clients in France (a ' +
      'content writer, a copy editor, a translator delivering final copy) produces correct ' +
      'standard written French in emails, web copy, quotations, invoices and reports, and ' +
      'corrects other people’s drafts. The most frequent decisions are verbal: passé composé ' +
      'or imparfait for a past event, the future after quand, the tenses of si clauses, the ' +
      'subjunctive after its triggers and the indicative after espérer, and être or avoir as ' +
      'the auxiliary: 25 %. Agreement, which spell-checkers miss because every wrong form is ' +
      'itself a word: the past participle with être, with avoir and a preceding direct object, ' +
      'with en and in pronominal verbs, and adjectives whose feminine or plural is not a bare ' +
      'e or s: 20 %. Pronouns, determiners and register: y, en, lui and leur, the order of ' +
      'object pronouns, the partitive after a negation, relative qui, que, dont, où and lequel, ' +
      'and keeping vous consistent with a client: 20 %. Spelling and typography a client’s ' +
      'proofreader checks first: the no-break space before : ; ! ? and inside guillemets, ' +
      'accents on capitals, elision and h aspiré, the euphonic t, homophones (ce/se, ' +
      'c’est/s’est), capitals, and the traditional or the 1990 rectified spelling as the client’s ' +
      'style guide states: 15 %. Numbers, dates and units as French copy writes them, where ' +
      'an English draft misleads: numbers in words on cheques and contracts (vingt and cent, ' +
      'mille, et), decimal comma and space grouping, the percent and euro signs, dates and ' +
      'ordinals, times, unit symbols, milliard for billion: 20 %. Items follow Le Bon Usage ' +
      '(Grevisse and Goosse, 16th ed.), the Lexique des règles typographiques en usage à ' +
      'l’Imprimerie nationale, the 1990 Rectifications de l’orthographe and the fr-FR locale ' +
      'for number formats; each stem names the spelling the client follows where the two ' +
      'spellings differ. Vocabulary and idiom, translation from English as such, literary style, ' +
      'the passé simple and regional usage (Belgium, Switzerland, Québec) are not tested.',
  },
)
