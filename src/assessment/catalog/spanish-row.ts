import { type CatalogRow, row } from './catalog-row.js'

/** Spanish as a freelance writer, editor or support agent uses it with clients. */
export const SPANISH_ROW: CatalogRow = row(
  'spanish-language',
  'Spanish language',
  'Writing & Translation',
  4,
  40,
  [
    ['spanishVerbs', 30],
    ['spanishAgreement', 15],
    ['spanishOrthography', 25],
    ['spanishPronouns', 15],
    ['spanishNumbers', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelancer who writes, edits or answers clients in Spanish (a content writer, a ' +
      'support agent, an editor) produces correct standard written Spanish in emails, web ' +
      'copy, product sheets and reports. The most frequent decisions are verbal: which tense ' +
      'and aspect a past event takes (preterite or imperfect), when a trigger demands the ' +
      'subjunctive, the conditional of unreal conditions, ser or estar, por or para, and the ' +
      'irregular and spelling-changing forms: 30 %. Accents and spelling by the RAE ' +
      'Ortografía (2010), which clients check first and spell-checkers miss where a word ' +
      'exists with and without a tilde: general accent rules, hiatus, the tilde diacrítica, ' +
      'interrogatives, lower case for months and nationalities, word division and prefixes: ' +
      '25 %. Gender and number agreement, above all with nouns whose ending hides their gender ' +
      '(el agua, la mano, el problema) and with participles and quantifiers: 15 %. Pronouns ' +
      'and register: object pronouns and their placement and order, leísmo and laísmo, and ' +
      'keeping tú, usted, vosotros or ustedes consistent with the client addressed: 15 %. ' +
      'Numbers, dates and punctuation conventions that differ from English: decimal comma, ' +
      'ungrouped four-digit numbers, the spaced percent sign, billion as mil millones, ' +
      'ordinals, dates, opening ¿ and ¡, quotation marks: 15 %. Items follow the Nueva ' +
      'gramática (2009), the Ortografía (2010) and the Diccionario panhispánico de dudas, and ' +
      'the es-ES locale for number formats; where usage differs between Spain and the ' +
      'Americas the item names the audience. Vocabulary, translation from English, literary ' +
      'style and regional slang are not tested.',
  },
)
