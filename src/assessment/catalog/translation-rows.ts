import { type CatalogRow, row } from './catalog-row.js'

/**
 * Language-pair translation tests: each item gives an English source and asks for the correct
 * target-language translation among others that each make one named translation error.
 */
export const TRANSLATION_ROWS: readonly CatalogRow[] = [
  row(
    'translation-english-spanish',
    'Translation English to Spanish',
    'Writing & Translation',
    6,
    40,
    [
      ['esGrammar', 35],
      ['esLexis', 30],
      ['esRegister', 20],
      ['esConventions', 15],
    ],
    {
      label: 'translate English into Spanish',
      jobTaskAnalysis:
        'A freelance English-to-Spanish translator renders client texts (business email and ' +
        'letters, web and marketing copy, product and help pages, short reports) into Spanish ' +
        'as written in Spain, the variety every key is written in; words and usages that differ ' +
        'in Latin American Spanish are avoided. Reviewers of such work mark four kinds of error. ' +
        'Grammar that does not transfer word for word (ser and estar, the subjunctive after ' +
        'conjunctions and verbs of wanting, preterite and imperfect, agreement, the personal ' +
        '"a", "se" passives and impersonal "haber") is the most frequent correction: 35 %. ' +
        'Lexical transfer, false friends such as "actualmente" or "librería" and calqued ' +
        'collocations such as "hacer una decisión", follows: 30 %. Register and idiom (usted ' +
        'with clients and tú with friends as the brief says, fixed business formulas, idioms ' +
        'rendered by meaning) is 20 %. Writing conventions the Ortografía de la lengua ' +
        'española (2010) sets (lower-case months, days and languages, opening question and ' +
        'exclamation marks, diacritics that change meaning, letter greetings, numbers and ' +
        'amounts) are 15 %. Decimal separators and digit grouping, where the Ortografía ' +
        'accepts both usages, are not tested. Each wrong option holds exactly one such error; ' +
        'where options differ in other words too, every variant of those words is correct.',
    },
  ),
  row(
    'translation-english-german',
    'Translation English to German',
    'Writing & Translation',
    6,
    40,
    [
      ['deGrammar', 35],
      ['deLexis', 30],
      ['deRegister', 20],
      ['deConventions', 15],
    ],
    {
      label: 'translate English into German',
      jobTaskAnalysis:
        'A freelance English-to-German translator renders client texts (business email and ' +
        'letters, web and marketing copy, product and help pages, short reports) into standard ' +
        'written German as used in Germany, the variety every key is written in; Swiss and ' +
        'Austrian usages (ss for ß, Jänner) are not tested. Reviewers of such work mark four ' +
        'kinds of error. Grammar that does not transfer word for word (verb-second and ' +
        'verb-final order, case after prepositions and verbs, adjective endings, sein or haben ' +
        'in the perfect, separable verbs, werden passives, the Konjunktiv II of politeness and ' +
        'conditions) is the most frequent correction: 35 %. Lexical transfer, false friends ' +
        'such as "aktuell", "bekommen" or "Gift" and calqued collocations such as "eine ' +
        'Entscheidung machen", follows: 30 %. Register and idiom (Sie with clients and du with ' +
        'friends as the brief says, the capital Sie and Ihr, letter formulas as DIN 5008 sets ' +
        'them, idioms rendered by meaning) is 20 %. Writing conventions (capital nouns, dates ' +
        'with an ordinal point, decimal comma and thousands point, 24-hour times and "halb", ' +
        'commas before subordinate clauses, hyphenated and closed compounds) are 15 %. Each ' +
        'wrong option holds exactly one such error; where options differ in other words too, ' +
        'every variant of those words is correct.',
    },
  ),
  row(
    'translation-english-french',
    'Translation English to French',
    'Writing & Translation',
    6,
    40,
    [
      ['frGrammar', 35],
      ['frLexis', 30],
      ['frRegister', 20],
      ['frConventions', 15],
    ],
    {
      label: 'translate English into French',
      jobTaskAnalysis:
        'A freelance English-to-French translator renders client texts (business email and ' +
        'letters, web and marketing copy, product and help pages, short reports) into French ' +
        'as written in France, the variety every key is written in; Belgian, Swiss and ' +
        'Canadian usages (septante, courriel as the norm, no space before ?) are not tested. ' +
        'Reviewers of such work mark four kinds of error. Grammar that does not transfer word ' +
        'for word (être or avoir in compound tenses, participle agreement, the subjunctive ' +
        'after conjunctions and "il faut que", partitives and "de" after a negation, pronoun ' +
        'order, prepositions with countries and cities, "depuis" and "il y a") is the most ' +
        'frequent correction: 35 %. Lexical transfer, false friends such as "actuellement", ' +
        '"librairie" or "éventuellement" and calqued collocations such as "faire une décision", ' +
        'follows: 30 %. Register and idiom (vous with clients and tu with friends as the brief ' +
        'says, letter and email formulas, idioms rendered by meaning) is 20 %. Writing ' +
        'conventions of French typography (lower-case months, days, languages and nationality ' +
        'adjectives, "1er", Roman-numeral centuries, decimal comma and space-grouped thousands, ' +
        '24-hour times, guillemets, the no-break space before ? ! : ;, "M.") are 15 %. Each ' +
        'wrong option holds exactly one such error; where options differ in other words too, ' +
        'every variant of those words is correct.',
    },
  ),
  row(
    'translation-english-italian',
    'Translation English to Italian',
    'Writing & Translation',
    6,
    40,
    [
      ['itGrammar', 35],
      ['itLexis', 30],
      ['itRegister', 20],
      ['itConventions', 15],
    ],
    {
      label: 'translate English into Italian',
      jobTaskAnalysis:
        'A freelance English-to-Italian translator renders client texts (business email and ' +
        'letters, web and marketing copy, product and help pages, short reports) into standard ' +
        'Italian as written in Italy, the variety every key is written in; usages on which ' +
        'Italian style guides differ (the € sign before or after the amount, a space before %, ' +
        'feminine forms of profession names) are not tested. Reviewers of such work mark four ' +
        'kinds of error. Grammar that does not transfer word for word (essere or avere in ' +
        'compound tenses, participle agreement, the congiuntivo after conjunctions and ' +
        'impersonal verbs, "lo" and "uno" before s and a consonant, clitic and partitive pronouns, ' +
        '"da" and "fa") is the most frequent correction: 35 %. Lexical transfer, false friends ' +
        'such as "attualmente", "libreria" or "eventualmente" and calqued collocations such as ' +
        '"fare una decisione", follows: 30 %. Register and idiom (Lei with clients and tu with ' +
        'friends as the brief says, letter and email formulas, idioms rendered by meaning) is ' +
        '20 %. Writing conventions (lower-case months, days, languages and nationality ' +
        'adjectives, decimal comma, invariable "euro", the accents of è and perché, "po\'" and ' +
        '"qual è") are 15 %. Each wrong option holds exactly one such error; where options ' +
        'differ in other words too, every variant of those words is correct.',
    },
  ),
  row(
    'translation-english-portuguese',
    'Translation English to Portuguese',
    'Writing & Translation',
    6,
    40,
    [
      ['ptGrammar', 35],
      ['ptLexis', 30],
      ['ptRegister', 20],
      ['ptConventions', 15],
    ],
    {
      label: 'translate English into Portuguese',
      jobTaskAnalysis:
        'A freelance English-to-Portuguese translator renders client texts (business email and ' +
        'letters, web and marketing copy, product, app and help pages, short reports) into ' +
        'Brazilian Portuguese, the variety every key is written in, spelt by the 1990 ' +
        'Orthographic Agreement (mandatory in Brazil since 2016); European usages (estar a + ' +
        'infinitive, facto, receção, palavra-passe) are not keyed, and a European form appears ' +
        'only as the error it is in a Brazilian text. Reviewers of such work mark four kinds of error. Grammar that does ' +
        'not transfer word for word (ser and estar, the future subjunctive after quando and se, ' +
        'the present subjunctive after embora, para que and espero que, preterite and ' +
        'imperfect, the personal infinitive, impersonal haver and fazer, contractions and the ' +
        'crase, the complements verbs take, the pronoun after não) is the most frequent ' +
        'correction: 35 %. Lexical transfer, false friends such as "atualmente", "livraria" or ' +
        '"pretender" and calqued collocations such as "fazer uma decisão", follows: 30 %. ' +
        'Register and idiom (the address a Brazilian reader expects, from você between friends ' +
        'to Vossa Excelência for a minister, no colloquial "a gente", "tô" or "pra" in formal ' +
        'writing, letter and email formulas, idioms rendered by meaning) is 20 %. Writing ' +
        'conventions (lower-case months, days, languages and nationality adjectives, 1º for the ' +
        'first of the month, decimal comma and thousands point with R$, clock times with h, the ' +
        "Agreement's spelling and the accents that still tell words apart, por que and porque, " +
        'mal and mau) are 15 %. Each wrong option holds exactly one such error; where options ' +
        'differ in other words too, every variant of those words is correct.',
    },
  ),
  row(
    'translation-english-dutch',
    'Translation English to Dutch',
    'Writing & Translation',
    6,
    40,
    [
      ['nlGrammar', 35],
      ['nlLexis', 30],
      ['nlRegister', 20],
      ['nlConventions', 15],
    ],
    {
      label: 'translate English into Dutch',
      jobTaskAnalysis:
        'A freelance English-to-Dutch translator renders client texts (business email and ' +
        'letters, web and marketing copy, product, app and help pages, short reports) into ' +
        'standard Dutch as written in the Netherlands, the variety every key is written in, ' +
        'spelt as the Woordenlijst Nederlandse Taal (2015) spells; Belgian usages (solliciteren ' +
        'op, voor … te, gij) are not keyed and appear only as the error they are in a Dutch ' +
        'text for the Netherlands. Reviewers of such work mark four kinds of error. Grammar ' +
        'that does not transfer word for word (verb-second after a fronted phrase, the verb at ' +
        'the end of a subordinate clause, de and het, adjective endings, hebben or zijn in the ' +
        'perfect, separable verbs, om … te, relative die and dat, geen, dan after a comparative) ' +
        'is the most frequent correction: 35 %. Lexical transfer, false friends such as ' +
        '"actueel", "eventueel" or "braaf" and calqued collocations such as "een beslissing ' +
        'maken", follows: 30 %. Register and idiom (u with clients and je with friends as the ' +
        'brief says, lower-case u, letter and email formulas, idioms rendered by meaning) is ' +
        '20 %. Writing conventions (lower-case months and days, capitalised languages and ' +
        'nationality adjectives, decimal comma and thousands point, 15.00 uur and half drie, ' +
        "verb endings in d or t, closed compounds, foto's, IJ and e-mail) are 15 %. Each wrong " +
        'option holds exactly one such error; where options differ in other words too, every ' +
        'variant of those words is correct.',
    },
  ),
  row(
    'translation-english-polish',
    'Translation English to Polish',
    'Writing & Translation',
    6,
    40,
    [
      ['plGrammar', 35],
      ['plLexis', 30],
      ['plRegister', 20],
      ['plConventions', 15],
    ],
    {
      label: 'translate English into Polish',
      jobTaskAnalysis:
        'A freelance English-to-Polish translator renders client texts (business email and ' +
        'letters, web and marketing copy, product, app and help pages, short reports) into ' +
        'standard Polish as written in Poland, the variety every key is written in, spelt and ' +
        'punctuated as the PWN spelling dictionary sets out. Reviewers of such work mark ' +
        'four kinds of error. Grammar that does not transfer word for word (perfective and ' +
        'imperfective aspect, the case a verb, preposition or negation governs, the genitive ' +
        'after "nie" and after numbers from five, agreement of numerals and past tenses with ' +
        'masculine-personal nouns, reflexive "się", no articles and no English progressive) is ' +
        'the most frequent correction: 35 %. Lexical transfer, false friends such as ' +
        '"aktualnie", "ewentualnie", "konkurs" or "sympatyczny" and calqued collocations such ' +
        'as "zrobić decyzję", follows: 30 %. Register and idiom (Pan and Pani with clients and ' +
        'ty with friends as the brief says, the capital Pan, Pani and Państwo in letters, ' +
        'letter and email formulas, idioms rendered by meaning) is 20 %. Writing conventions ' +
        '(diacritics, lower-case months, days, languages and nationality adjectives, dates ' +
        'with the month in the genitive, decimal comma and space-grouped thousands, zł after ' +
        'the amount, 24-hour times, the quotation marks „…”, the comma before "że" and ' +
        '"który") are 15 %. Grouping four-digit numbers, on which Polish usage differs, is not ' +
        'tested. Each wrong option holds exactly one such error; where options differ in other ' +
        'words too, every variant of those words is correct.',
    },
  ),
  row(
    'translation-english-russian',
    'Translation English to Russian',
    'Writing & Translation',
    6,
    40,
    [
      ['ruGrammar', 35],
      ['ruLexis', 30],
      ['ruRegister', 20],
      ['ruConventions', 15],
    ],
    {
      label: 'translate English into Russian',
      jobTaskAnalysis:
        'A freelance English-to-Russian translator renders client texts (business email and ' +
        'letters, web and marketing copy, product, app and help pages, short reports) into ' +
        'standard Russian as written in Russia, the variety every key is written in, spelt and ' +
        'punctuated as the rules of Russian spelling and punctuation (1956, and the reference ' +
        'books that follow them) set out. Reviewers of such work mark four kinds of error. ' +
        'Grammar that does not transfer word for word (the case a preposition, verb or ' +
        'numeral governs, the genitive singular after 2, 3 and 4 and the genitive plural from ' +
        '5, perfective and imperfective aspect, verbs of motion, past tenses agreeing with the ' +
        'gender of the subject, no articles and no English progressive, the order that puts ' +
        'new information last) is the most frequent correction: 35 %. Lexical transfer, false ' +
        'friends such as "аккуратный", "фамилия", "магазин" or "декада" and calqued ' +
        'collocations such as "сделать решение", follows: 30 %. Register and idiom (Вы with ' +
        'clients and ты with friends as the brief says, the capital Вы to one reader in a ' +
        'letter, letter and email formulas, idioms rendered by meaning) is 20 %. Writing ' +
        'conventions (lower-case months, days, languages and nationality adjectives, dates ' +
        'with the month in the genitive and "г.", decimal comma and space-grouped thousands, ' +
        '₽ or "руб." after the amount, 24-hour times, the quotation marks «…» with „…“ inside, ' +
        'the spaced dash, ordinal numerals with their ending, names transliterated by the ' +
        'system a brief names) are 15 %. Keys write ё where it belongs; е for ё, which Russian ' +
        "print allows, is an error only where the brief's style guide asks for ё. Each wrong " +
        'option holds exactly one such error; ' +
        'where options differ in other words too, every variant of those words is correct.',
    },
  ),
  row(
    'translation-english-japanese',
    'Translation English to Japanese',
    'Writing & Translation',
    6,
    40,
    [
      ['jaGrammar', 35],
      ['jaLexis', 30],
      ['jaRegister', 20],
      ['jaConventions', 15],
    ],
    {
      label: 'translate English into Japanese',
      jobTaskAnalysis:
        'A freelance English-to-Japanese translator renders client texts (business email and ' +
        'letters, web and marketing copy, product, app and help pages, short reports) into ' +
        'standard Japanese as written in Japan, the variety every key is written in, in kanji ' +
        'and kana with full-width punctuation. Reviewers of such work mark four kinds of error. ' +
        'Grammar that does not transfer word for word (the particles は, が, を, に and で, ' +
        'counters after numerals such as 本, 枚, 台, 冊, 匹 and 人 with their sound changes, ' +
        'past, ている and non-past forms, relative clauses placed before the noun, the polite ' +
        'です/ます and the plain forms kept consistent in one text) is the most frequent ' +
        'correction: 35 %. Lexical transfer, katakana loanwords whose Japanese meaning differs ' +
        'from the English word (マンション, クレーム, スマート, テンション) and calqued ' +
        'collocations, follows: 30 %. Register and idiom (keigo in business email: 尊敬語 for ' +
        'what the client does, 謙譲語 for what the writer does, 丁寧語 throughout; set phrases ' +
        'such as よろしくお願いいたします and お世話になっております; idioms rendered by ' +
        'meaning) is 20 %. Writing conventions (dates as 2026年12月4日 with the Western year ' +
        'unless a brief asks for the era name, large numbers in 万 and 億, yen amounts, 24-hour ' +
        'or 午前/午後 times, the full-width 。、「」 with 『』 inside, foreign names in katakana) ' +
        'are 15 %. Choices on which Japanese style guides differ (half- or full-width digits, ' +
        'kanji or kana for the same word) are not tested. Each wrong option holds exactly one ' +
        'such error; where options differ in other words too, every variant of those words is ' +
        'correct.',
    },
  ),
  row(
    'translation-english-chinese',
    'Translation English to Chinese',
    'Writing & Translation',
    6,
    40,
    [
      ['zhGrammar', 35],
      ['zhLexis', 30],
      ['zhRegister', 20],
      ['zhConventions', 15],
    ],
    {
      label: 'translate English into Chinese',
      jobTaskAnalysis:
        'A freelance English-to-Chinese translator renders client texts (business email and ' +
        'letters, web and marketing copy, product, app and help pages, short reports) into ' +
        'standard Chinese as written in mainland China, in simplified characters, the variety ' +
        'every key is written in; traditional characters and Taiwan or Hong Kong usages are ' +
        'not tested. Reviewers of such work mark four kinds of error. Grammar that does not ' +
        'transfer word for word (the measure word a noun takes after a number or a ' +
        'demonstrative, the aspect particles 了, 过 and 着, the 把 and 被 constructions, time ' +
        'and place phrases before the verb, relative clauses with 的 before the noun, ' +
        'comparison with 比 and no 很 after it, no English plural or articles) is the most ' +
        'frequent correction: 35 %. Lexical transfer, calques and false friends across the ' +
        'pair such as "open a meeting" or "make a decision" word for word, collocations ' +
        'Chinese builds with another verb, and set business terms, follows: 30 %. Register ' +
        'and idiom (您 with clients and 你 with friends as the brief says, letter and email ' +
        'formulas such as 敬请 and 此致敬礼, idioms rendered by meaning) is 20 %. Writing ' +
        'conventions (dates as 2026年12月4日, large numbers counted in 万 and 亿, yuan amounts ' +
        'with ¥ or 元, times, full-width punctuation ，。、“”《》, no spaces between words, ' +
        'foreign names transliterated with the middle dot ·) are 15 %. Each wrong option ' +
        'holds exactly one such error; where options differ in other words too, every variant ' +
        'of those words is correct.',
    },
  ),
  row(
    'translation-english-arabic',
    'Translation English to Arabic',
    'Writing & Translation',
    6,
    40,
    [
      ['arGrammar', 35],
      ['arLexis', 30],
      ['arRegister', 20],
      ['arConventions', 15],
    ],
    {
      label: 'translate English into Arabic',
      jobTaskAnalysis:
        'A freelance English-to-Arabic translator renders client texts (business email and ' +
        'letters, web and marketing copy, product, app and help pages, short reports) into ' +
        'Modern Standard Arabic as written for business and the web across the Arab world, the ' +
        'variety every key is written in; dialect words are an error in such texts, and ' +
        'vowel marks are written only where a text of this kind writes them (the tanwīn of the ' +
        'accusative). Reviewers of such work mark four kinds of error. Grammar that does not ' +
        'transfer word for word (numerals 3 to 10 in the opposite gender of their noun with a ' +
        'genitive plural, 11 to 99 with an accusative singular, 100 and 1000 with a genitive ' +
        'singular and the dual for two; non-human plurals taking feminine singular agreement; ' +
        'the verb singular before its subject and agreeing in number after it; the idafa ' +
        'without ال or nūn on its first term; definiteness of noun and adjective; the ' +
        'accusative after كان, ليس and أنّ; لم and لن with their verb forms) is the most ' +
        'frequent correction: 35 %. Lexical transfer, an English word rendered in its wrong ' +
        'sense ("policy", "balance", "charge", "customs"), calques such as "make a decision" ' +
        'with صنع, and business terms with an established Arabic form, follows: 30 %. Register ' +
        'and idiom (the plural of respect and set formulas to clients and in formal letters, ' +
        'never a dialect phrase or a blunt command, idioms rendered by meaning) is 20 %. ' +
        "Writing conventions as the brief names the reader's locale, written as the CLDR data " +
        'of that locale gives them (Gregorian dates with the month names of Egypt and the Gulf ' +
        'or of the Levant, Hijri dates by the Umm al-Qura calendar when a form asks for them, ' +
        'Arabic-Indic or Western digits with their separators, currency symbols after the ' +
        'amount, ٪, times with ص and م, the Arabic comma ، and question mark ؟, و before ' +
        'every item of a list, foreign names transliterated) are 15 %. Choices on which Arabic ' +
        'style guides differ (مئة or مائة, hamza spellings, full vowelling) are not tested. ' +
        'Each wrong option holds exactly one such error; where options differ in other words ' +
        'too, every variant of those words is correct.',
    },
  ),
]
