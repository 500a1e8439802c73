import type { TranslationFamily } from '../translation-model.js'

/**
 * English → German (Germany): writing conventions a translation must switch (capital nouns,
 * dates with ordinal points, decimal comma and thousands point, clock times, commas before
 * subordinate clauses, hyphenated and closed compounds), as the Duden rules and DIN 5008 state
 * them.
 */
export const DE_CONVENTIONS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'nouns-capitalised',
    source: 'We have received your ⟨invoice;letter⟩.',
    frame:
      'Wir haben ⟦Ihre ⟨Rechnung;Nachricht⟩ erhalten|Ihre ⟨rechnung;nachricht⟩ erhalten=capitalisation: a noun written in lower case|Ihre ⟨Rechnung;Nachricht⟩ Erhalten=capitalisation: a participle capitalised|Ihre ⟨Rechnung;Nachricht⟩ bekommt=form: present tense for the participle|ihre ⟨Rechnung;Nachricht⟩ erhalten=capitalisation: lower-case "ihre" means "her, their"⟧.',
  },
  {
    id: 'date-ordinal-point',
    source: 'The contract ends on 3 March 2026.',
    frame:
      'Der Vertrag endet ⟦am 3. März 2026|am 3 März 2026=format: day without its ordinal point|am März 3, 2026=format: English month-day order|im 3. März 2026=wrong preposition: "im" for a date (needs "am")|am 3. märz 2026=capitalisation: month name in lower case|am 3. Mai 2026=mistranslation: "March" rendered as "May"⟧.',
  },
  {
    id: 'decimal-comma',
    source: 'The interest rate is 2.5 per cent.',
    frame:
      'Der Zinssatz ⟪beträgt;liegt bei⟫ ⟦2,5 Prozent|2.5 Prozent=format: decimal point (German uses a decimal comma)|25 Prozent=mistranslation: decimal separator dropped|2,5 Promille=mistranslation: per cent rendered as per mille|2,5 Prozentpunkte=mistranslation: "per cent" rendered as "percentage points"⟧.',
  },
  {
    id: 'thousands-point',
    source: 'The car costs €12,500.',
    frame:
      'Das Auto kostet ⟦12.500 ⟪Euro;€⟫|12,500 ⟪Euro;€⟫=format: comma as thousands separator (reads as twelve and a half)|€12.500=format: currency symbol before the amount|12.500 Euros=number: "Euro" given a plural -s|12.500 Dollar=mistranslation: the currency changed⟧.',
  },
  {
    id: 'clock-time-24h',
    source: 'The meeting is at 3 p.m.',
    frame:
      'Die Besprechung ist ⟦um ⟪15 Uhr;15:00 Uhr⟫|am 15 Uhr=wrong preposition: "am" with a clock time (needs "um")|um 15 Uhren=number: "Uhr" in a time made plural|um 3 pm=format: English 12-hour clock mark⟧.',
  },
  {
    id: 'half-past',
    source: 'We meet at half past four.',
    frame:
      'Wir treffen uns ⟦um halb fünf|um halb vier=literal calque: German "halb vier" is 3:30 (half to four)|um halb nach vier=literal calque of "half past"|um vier und halb=literal calque of "half past"⟧.',
  },
  {
    id: 'weekday-capitalised',
    source: 'The office is closed on Monday.',
    frame:
      'Das Büro ist ⟦am Montag geschlossen|am montag geschlossen=capitalisation: weekday in lower case|auf Montag geschlossen=wrong preposition: "on" rendered as "auf"|im Montag geschlossen=wrong preposition: "im" for a day (needs "am")|am Montag geöffnet=mistranslation: "closed" rendered as "open"|an Montag geschlossen=omission: the article of "am" (an dem)⟧.',
  },
  {
    id: 'comma-before-dass',
    source: 'I think that the price is too high.',
    frame:
      'Ich ⟪glaube;denke⟫⟦, dass der Preis zu hoch ist|~dass der Preis zu hoch ist=punctuation: no comma before a "dass" clause|, dass der Preis ist zu hoch=word order: finite verb not at the end of a subordinate clause|, das der Preis zu hoch ist=spelling: pronoun "das" for the conjunction "dass"|, dass der Preis zu niedrig ist=mistranslation: "high" rendered as "low"⟧.',
  },
  {
    id: 'commas-around-relative-clause',
    source: 'The laptop that I ordered has arrived.',
    frame:
      '⟦Der Laptop, den ich bestellt habe, ist angekommen|Der Laptop den ich bestellt habe ist angekommen=punctuation: a relative clause without its commas|Der Laptop, das ich bestellt habe, ist angekommen=gender: neuter relative pronoun for "Laptop"|Der Laptop, den ich bestellt habe, hat angekommen=auxiliary: "haben" with "ankommen" (needs "sein")|Der Laptop, den ich bestellt habe ist angekommen=punctuation: the relative clause not closed by a comma⟧.',
  },
  {
    id: 'nationality-adjective-lowercase',
    source: 'Our German customers are satisfied.',
    frame:
      '⟦Unsere deutschen Kunden sind zufrieden|Unsere Deutschen Kunden sind zufrieden=capitalisation: nationality adjective capitalised|Unsere deutsche Kunden sind zufrieden=adjective ending: no -n after a possessive in the plural|Unsere deutschen Kunden waren zufrieden=wrong tense: present rendered as past|Unsere deutschen Kunden sind unzufrieden=mistranslation: "satisfied" rendered as "dissatisfied"|Unsere deutschsprachigen Kunden sind zufrieden=mistranslation: "German" rendered as "German-speaking"⟧.',
  },
  {
    id: 'hyphenated-compound',
    source: 'The IT department is on the second floor.',
    frame:
      '⟦Die IT-Abteilung|Die IT Abteilung=spelling: compound with an abbreviation written apart (needs a hyphen)|Die IT-abteilung=capitalisation: noun after the hyphen in lower case|Das IT-Abteilung=gender: neuter article for "Abteilung"|Die It-Abteilung=capitalisation: the abbreviation "IT" written "It"⟧ ist im ⟪zweiten Stock;zweiten Obergeschoss⟫.',
  },
  {
    id: 'closed-compound',
    source: 'Please contact our customer service.',
    frame:
      'Bitte wenden Sie sich an ⟦unseren ⟪Kundenservice;Kundendienst⟫|unseren Kunden Service=spelling: compound noun written as two words|unseren Kundenservices=number: plural ending for one service|unserem ⟪Kundenservice;Kundendienst⟫=case: dative after "sich wenden an" (needs the accusative)|unseren Kundeservice=spelling: the linking -n of "Kunden-" dropped⟧.',
  },
  {
    id: 'billion-milliarde',
    source: 'The company is worth one billion euros.',
    frame:
      'Das Unternehmen ist ⟦eine Milliarde Euro|eine Billion Euro=false friend: "Billion" is a million million|eine Million Euro=mistranslation: "billion" rendered as "million"|ein Milliarde Euro=gender: masculine "ein" for the feminine "Milliarde"|eine Billiarde Euro=mistranslation: "Billiarde" is a thousand million million⟧ wert.',
  },
  {
    id: 'ordinal-floor',
    source: 'Our office is on the 2nd floor.',
    frame:
      'Unser Büro ist ⟦im ⟪zweiten;2.⟫ Stock|im 2nd Stock=format: English ordinal suffix|im zweiter Stock=adjective ending: strong ending after "im"|im dritten Stock=mistranslation: "2nd" rendered as "third"|im 2ten Stock=format: ordinal written with "ten"⟧.',
  },
  {
    id: 'sie-form-capital-imperative',
    source: '[Sign in a shop] Please ask our staff.',
    frame:
      'Bitte ⟦wenden Sie sich an unsere Mitarbeiter|wenden sie sich an unsere Mitarbeiter=capitalisation: lower-case "sie" in a polite imperative|wenden Sie sich an unseren Mitarbeiter=number: one employee for the staff|wenden Sie an unsere Mitarbeiter=omission: the reflexive "sich"|wenden Sie sich an unsere Mitarbeitern=case: dative plural -n after "an" with the accusative⟧.',
  },
  {
    id: 'quantity-million-abbreviation',
    source: 'The app has 2 million users.',
    frame:
      'Die App hat ⟦⟪2 Millionen;zwei Millionen;2 Mio.⟫ Nutzer|2 Million Nutzer=number: "Million" not made plural|2 Milliarden Nutzer=mistranslation: "million" rendered as "billion"|2 Millionen von Nutzern=literal calque: "of" added after the number⟧.',
  },
]
