import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Italian: writing conventions a translation must switch (lower-case months, days,
 * languages and nationality adjectives, "1°", decimal comma, invariable "euro", accents on è,
 * perché and po', "qual è" without an apostrophe). The symbol position of € and the space before
 * %, where Italian usage varies, are not tested.
 */
export const IT_CONVENTIONS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'date-lowercase-month',
    source: 'The contract starts on 1 March.',
    frame:
      'Il contratto ⟪inizia;decorre⟫ ⟦⟪il 1° marzo;il primo marzo⟫|il 1° Marzo=capitalisation: month name capitalised|il marzo 1°=format: English month-day order|su 1° marzo=wrong preposition: "on" rendered as "su"|il 1st marzo=format: English ordinal suffix⟧.',
  },
  {
    id: 'weekday-lowercase',
    source: 'The office is closed on Monday.',
    frame:
      'L\'ufficio ⟦è chiuso lunedì|è chiuso Lunedì=capitalisation: weekday capitalised|è chiuso su lunedì=wrong preposition: "on" rendered as "su"|è aperto lunedì=mistranslation: "closed" rendered as "open"|era chiuso lunedì=wrong tense: present rendered as past|è chiusa lunedì=agreement: feminine participle for "ufficio"⟧.',
  },
  {
    id: 'decimal-comma',
    source: 'The interest rate is 2.5 per cent.',
    frame:
      'Il tasso di interesse è ⟦del 2,5 per cento|del 2.5 per cento=format: decimal point (Italian uses a decimal comma)|del 25 per cento=mistranslation: decimal separator dropped|del 2,5 per mille=mistranslation: per cent rendered as per mille|del 2.5%=format: decimal point (Italian uses a decimal comma)⟧.',
  },
  {
    id: 'thousands-and-invariable-euro',
    source: 'The car costs 12,500 euros.',
    frame:
      'L\'auto costa ⟦12.500 euro|12,500 euro=format: comma as thousands separator (reads as twelve and a half)|12.500 euros=number: "euro" given a plural -s (it is invariable)|1.250 euro=mistranslation: the amount divided by ten|12.500 euri=number: an invented plural "euri" (it is invariable)⟧.',
  },
  {
    id: 'clock-time',
    source: 'The meeting is at 3 p.m.',
    frame:
      'La riunione è ⟦⟪alle 15;alle tre del pomeriggio⟫|alle 3 pm=format: English 12-hour clock mark|a le 15=form: "a le" not contracted to "alle"|alle tre di mattina=mistranslation: 3 p.m. rendered as 3 a.m.⟧.',
  },
  {
    id: 'nationality-adjective-lowercase',
    source: 'Our Italian customers are satisfied.',
    frame:
      '⟦I nostri clienti italiani sono soddisfatti|I nostri clienti Italiani sono soddisfatti=capitalisation: nationality adjective capitalised|I nostri clienti italiani sono soddisfatte=agreement: feminine participle for "clienti"|I nostri clienti italiani erano soddisfatti=wrong tense: present rendered as past|I nostri italiani clienti sono soddisfatti=word order: nationality adjective before the noun⟧.',
  },
  {
    id: 'language-names-lowercase',
    source: 'She speaks English and German.',
    frame:
      'Parla ⟦inglese e tedesco|Inglese e Tedesco=capitalisation: language names capitalised|l\'Inglese e il Tedesco=capitalisation: language names capitalised|inglese e olandese=mistranslation: "German" rendered as "Dutch"|inglese e Tedesco=capitalisation: language name capitalised⟧.',
  },
  {
    id: 'century',
    source: 'The company was founded in the 21st century.',
    frame:
      'L\'azienda ⟪è stata fondata;è nata⟫ ⟦nel ⟪XXI;ventunesimo⟫ secolo|nel 21st secolo=format: English ordinal suffix|nel XX secolo=mistranslation: "21st" rendered as "20th"|in XXI secolo=form: "in" without the article (needs "nel")⟧.',
  },
  {
    id: 'billion-miliardo',
    source: 'The company is worth one billion euros.',
    frame:
      'L\'azienda vale ⟦un miliardo di euro|un bilione di euro=false friend: "bilione" is a million million|un milione di euro=mistranslation: "billion" rendered as "million"|un miliardo euro=omission: the "di" after "miliardo"|una miliardo di euro=gender: feminine "una" for the masculine "miliardo"⟧.',
  },
  {
    id: 'milioni-di',
    source: 'The app has 2 million users.',
    frame:
      'L\'applicazione ha ⟦2 milioni di utenti|2 milione di utenti=number: "milione" not made plural|2 milioni utenti=omission: the "di" after "milioni"|2 miliardi di utenti=mistranslation: "million" rendered as "billion"|2 millioni di utenti=spelling: "milioni" written with a double l⟧.',
  },
  {
    id: 'e-accent-verb',
    source: 'The office is closed today.',
    frame:
      'L\'ufficio ⟦è chiuso|e chiuso=accent: the conjunction "e" for the verb "è"|é chiuso=accent: acute "é" for the grave "è"|è chiusa=agreement: feminine participle for "ufficio"|era chiuso=wrong tense: present rendered as past⟧ oggi.',
  },
  {
    id: 'perche-accent',
    source: 'Why did the client cancel the order?',
    frame:
      '⟦Perché|Perchè=accent: grave "è" where "perché" takes the acute|Perche=accent: "perché" without its accent|Per che=spelling: "perché" split in two⟧ il cliente ha annullato l\'ordine?',
  },
  {
    id: 'po-apostrophe',
    source: 'We need a bit more time.',
    frame:
      'Ci serve ⟦un po\' più di tempo|un pò più di tempo=accent: "pò" with an accent where "po\'" takes an apostrophe|un po più di tempo=spelling: "po" without its apostrophe|un pó più di tempo=accent: "pó" with an accent where "po\'" takes an apostrophe|un po\' meno di tempo=mistranslation: "more" rendered as "less"⟧.',
  },
  {
    id: 'qual-e-no-apostrophe',
    source: 'What is the price?',
    frame:
      '⟦Qual è il prezzo|Qual\'è il prezzo=spelling: "qual è" written with an apostrophe (it is a truncation, not an elision)|Qual è la prezzo=gender: feminine for the masculine "prezzo"|Qual era il prezzo=wrong tense: present rendered as past⟧?',
  },
]
