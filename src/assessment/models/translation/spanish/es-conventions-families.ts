import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Spanish (Spain): writing conventions a translation must switch (dates, capitals,
 * opening question and exclamation marks, diacritics that change meaning, letter greetings,
 * numbers and amounts), as the Ortografía de la lengua española (2010) states them. Decimal
 * separators and thousands grouping, on which it accepts both usages, are not tested.
 */
export const ES_CONVENTIONS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'date-day-month-lowercase',
    source: 'The contract starts on 1 March.',
    frame:
      'El contrato ⟪empieza;comienza⟫ ⟦el 1 de marzo|el 1 de Marzo=capitalisation: month name capitalised|el marzo 1=format: English month-day order|en 1 de marzo=wrong preposition: "on" rendered as "en"|el 1 marzo=omission: the "de" between day and month⟧.',
  },
  {
    id: 'weekday-lowercase',
    source: 'See you on Monday.',
    frame:
      '⟦⟪Nos vemos;Hasta⟫ el lunes|Nos vemos el Lunes=capitalisation: weekday capitalised|Hasta el Lunes=capitalisation: weekday capitalised|Nos vemos en lunes=wrong preposition: "on" rendered as "en"|Nos vemos los lunes=mistranslation: plural means "every Monday"⟧.',
  },
  {
    id: 'opening-question-mark',
    source: '[To a colleague] Do you have the file?',
    frame:
      '⟦¿Tienes el ⟪archivo;fichero⟫?|Tienes el ⟪archivo;fichero⟫?=punctuation: no opening question mark|¿Tienes el ⟪archivo;fichero⟫¿=punctuation: opening mark used to close|¿Tenías el ⟪archivo;fichero⟫?=wrong tense: present rendered as imperfect⟧',
  },
  {
    id: 'opening-exclamation-mark',
    source: 'Congratulations on the new job!',
    frame:
      '⟦¡⟪Enhorabuena;Felicidades⟫ por el nuevo trabajo!|⟪Enhorabuena;Felicidades⟫ por el nuevo trabajo!=punctuation: no opening exclamation mark|¡⟪Enhorabuena;Felicidades⟫ por el nuevo trabajo¡=punctuation: opening mark used to close|¡⟪Enhorabuena;Felicidades⟫ para el nuevo trabajo!=wrong preposition: "para" for the reason of a congratulation⟧',
  },
  {
    id: 'language-names-lowercase',
    source: 'Our team speaks English and French.',
    frame:
      'Nuestro equipo habla ⟦⟪inglés y francés;el inglés y el francés⟫|Inglés y Francés=capitalisation: language names capitalised|el Inglés y el Francés=capitalisation: language names capitalised|inglés e francés=conjunction: "e" replaces "y" only before an i sound|inglés y frances=accent: "francés" written without its accent⟧.',
  },
  {
    id: 'title-sentence-case',
    source: 'Have you read One Hundred Years of Solitude?',
    frame:
      '¿Has leído ⟦Cien años de soledad|Cien Años de Soledad=capitalisation: English title case in a Spanish title|Cien Años De Soledad=capitalisation: every word of a title capitalised|Cien años en soledad=mistranslation: the published title changed⟧?',
  },
  {
    id: 'clock-time',
    source: 'The meeting is at 3 in the afternoon.',
    frame:
      'La reunión ⟪es;será⟫ ⟦a las tres de la tarde|a la tres de la tarde=agreement: singular article for "tres"|en las tres de la tarde=wrong preposition: "en" with a clock time|a las tres de la mañana=mistranslation: "afternoon" rendered as "morning"⟧.',
  },
  {
    id: 'centuries-roman-numerals',
    source: 'The company was founded in the 21st century.',
    frame:
      'La empresa ⟪se fundó;fue fundada⟫ ⟦en el siglo XXI|en el siglo 21º=format: ordinal digits where centuries take Roman numerals|en el 21º siglo=format: English ordinal order|en el siglo XX=mistranslation: 21st rendered as 20th⟧.',
  },
  {
    id: 'currency-after-amount',
    source: 'The ticket costs 25 euros.',
    frame:
      'La entrada ⟦cuesta ⟪25 euros;25 €⟫|cuesta €25=format: currency symbol before the amount|cuesta 25 euro=number: "euro" not made plural|costó 25 euros=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'donde-accent-indirect-question',
    source: "I don't know where the file is.",
    frame:
      'No sé ⟦dónde está|donde está=accent: "dónde" in an indirect question needs its accent|dónde es=ser/estar: ser for the location of a thing (needs estar)|adónde está=wrong adverb: "adónde" (where to) for "where"⟧ el ⟪archivo;fichero⟫.',
  },
  {
    id: 'si-accent-yes',
    source: 'The client said yes.',
    frame:
      'El cliente ⟦⟪dijo;respondió⟫ que sí|dijo que si=accent: "si" (if) for "sí" (yes)|respondió que si=accent: "si" (if) for "sí" (yes)|dijo que no=mistranslation: "yes" rendered as "no"|dice que sí=wrong tense: past rendered as present⟧.',
  },
  {
    id: 'el-accent-pronoun',
    source: 'The ⟨report;contract⟩ is for him.',
    frame:
      '⟨El informe;El contrato⟩ es para ⟦él|el=accent: article "el" for the pronoun "él"|ella=mistranslation: "him" rendered as "her"|le=pronoun form: "le" after a preposition (needs "él")⟧.',
  },
  {
    id: 'por-que-question',
    source: 'Why did the client cancel the order?',
    frame:
      '¿⟦Por qué|Porque=spelling: "porque" (because) for "por qué" (why)|Por que=accent: "por qué" in a question needs its accent|Porqué=spelling: the noun "porqué" (the reason) for "por qué"⟧ ⟪canceló el cliente el pedido;el cliente canceló el pedido⟫?',
  },
  {
    id: 'letter-greeting-colon',
    source: 'Dear Ms García,',
    frame:
      '⟦Estimada ⟪Sra.;señora⟫ García:|Estimada ⟪Sra.;señora⟫ García,=punctuation: comma after a letter greeting (Spanish uses a colon)|Estimado ⟪Sra.;señora⟫ García:=agreement: masculine "estimado" for a woman|Estimada Sra García:=punctuation: abbreviation "Sra." without its full stop⟧',
  },
  {
    id: 'acronym-plural-invariable',
    source: 'Three NGOs signed the agreement.',
    frame:
      "⟦Tres ONG firmaron|Tres ONGs firmaron=number: an acronym given a plural -s (it is invariable)|Tres ONG's firmaron=number: plural acronym written with an apostrophe|Tres ONG firmó=agreement: singular verb for a plural subject⟧ el ⟪acuerdo;convenio⟫.",
  },
  {
    id: 'ordinal-floor',
    source: 'Our office is on the 3rd floor.',
    frame:
      'Nuestra oficina está en ⟦⟪la tercera planta;el tercer piso⟫|la 3rd planta=format: English ordinal suffix|el tercer planta=gender: masculine article for "planta"|la tercer planta=form: "tercer" is the masculine short form|la segunda planta=mistranslation: "3rd" rendered as "second"⟧.',
  },
  {
    id: 'one-o-clock',
    source: "It's one o'clock.",
    frame:
      '⟦Es la una⟪; en punto⟫|Son la una=agreement: plural verb for "la una"|Es la uno=gender: "uno" for the hour "la una"|Es a la una=wrong preposition: "a la una" means "at one"⟧.',
  },
  {
    id: 'millones-de',
    source: 'The app has 2 million users.',
    frame:
      'La aplicación tiene ⟦2 millones de usuarios|2 millones usuarios=omission: the "de" after "millones"|2 millón de usuarios=number: "millón" not made plural|2 mil millones de usuarios=mistranslation: "million" rendered as "billion"⟧.',
  },
  {
    id: 'billion-mil-millones',
    source: 'The company is worth one billion euros.',
    frame:
      'La empresa ⟪vale;está valorada en⟫ ⟦mil millones de euros|un billón de euros=false friend: "billón" is a million million|mil millones euros=omission: the "de" after "millones"|un millón de euros=mistranslation: "billion" rendered as "million"⟧.',
  },
]
