import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Dutch (the Netherlands): writing conventions a translation must switch (lower-case
 * months and days, capitalised languages and nationality adjectives, decimal comma and
 * thousands point, "15.00 uur" and "half drie"), and the spelling of the Woordenlijst
 * Nederlandse Taal: verb endings in d or t, closed compounds, the linking n, the apostrophe of
 * "foto's", "IJ" and "e-mail".
 */
export const NL_CONVENTIONS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'date-lowercase-month',
    source: 'The contract starts on 1 March.',
    frame:
      'Het contract ⟦⟪gaat in op 1 maart;begint op 1 maart⟫|gaat in op 1 Maart=capitalisation: month name capitalised|gaat in op 1e maart=format: an ordinal ending on the day of a date|gaat in op maart 1=format: English month-day order⟧.',
  },
  {
    id: 'weekday-lowercase',
    source: 'The office is closed on Monday.',
    frame:
      'Het kantoor ⟦⟪is maandag gesloten;is op maandag gesloten;is maandag dicht⟫|is Maandag gesloten=capitalisation: weekday capitalised|is maandag open=mistranslation: "closed" rendered as "open"|zijn maandag gesloten=agreement: plural verb for one office⟧.',
  },
  {
    id: 'language-names-capitalised',
    source: 'She speaks English and German.',
    frame:
      '⟪Ze;Zij⟫ spreekt ⟦⟪Engels en Duits;Duits en Engels⟫|engels en duits=capitalisation: language names in lower case (Dutch capitalises them)|Engels en Nederlands=mistranslation: "German" rendered as "Dutch"|Engels en Deens=mistranslation: "German" rendered as "Danish"⟧.',
  },
  {
    id: 'nationality-adjective-capitalised',
    source: 'Our Dutch customers are satisfied.',
    frame:
      '⟦Onze Nederlandse klanten zijn|Onze nederlandse klanten zijn=capitalisation: nationality adjective in lower case|Ons Nederlandse klanten zijn=pronoun: "ons" with a plural noun|Onze Nederlands klanten zijn=adjective ending: no -e before a plural noun⟧ ⟪tevreden;content⟫.',
  },
  {
    id: 'decimal-comma',
    source: 'The interest rate is 2.5%.',
    frame:
      '⟪De rente;Het rentepercentage⟫ is ⟦⟪2,5%;2,5 procent⟫|2.5%=format: decimal point (Dutch uses a decimal comma)|25%=mistranslation: the decimal separator dropped|0,25%=mistranslation: the rate divided by ten⟧.',
  },
  {
    id: 'thousands-point-euro',
    source: 'The car costs €45,000.',
    frame:
      'De auto kost ⟦⟪€ 45.000;45.000 euro⟫|€ 45,000=format: comma as thousands separator (reads as forty-five)|45.000 €=format: euro sign after the amount|€ 4.500=mistranslation: the amount divided by ten⟧.',
  },
  {
    id: 'clock-time-uur',
    source: 'The meeting is at 3 p.m.',
    frame:
      'De vergadering is ⟦⟪om 15.00 uur;om drie uur ’s middags⟫|om 3 PM=format: English 12-hour clock mark|om 3 uur ’s nachts=mistranslation: 3 p.m. rendered as 3 a.m.|om 15.00 uren=number: plural "uren" after a clock time⟧.',
  },
  {
    id: 'half-past-is-half-to-the-next-hour',
    source: 'The train leaves at half past two.',
    frame:
      'De trein ⟦⟪vertrekt om half drie;vertrekt om 14.30 uur⟫|vertrekt om half twee=mistranslation: Dutch "half twee" is half an hour before two|vertrekt om twee en half=literal calque: "half past two" as "twee en half"|vertrok om half drie=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'wordt-third-person',
    source: 'Tomorrow the report will be sent.',
    frame:
      'Morgen ⟦wordt het rapport ⟪verstuurd;verzonden⟫|word het rapport verstuurd=spelling: "word" without the -t of the third person|wordt het rapport verstuurt=spelling: the participle "verstuurd" written with a -t|werd het rapport verstuurd=wrong tense: future rendered as past⟧.',
  },
  {
    id: 'word-je-inverted',
    source: '[To a friend] Are you being picked up?',
    frame:
      '⟦⟪Word je;Word jij⟫ opgehaald|Wordt je opgehaald=spelling: a -t before an inverted "je"|⟪Word je;Word jij⟫ opgehaalt=spelling: the participle "opgehaald" written with a -t|Werd je opgehaald=wrong tense: present rendered as past⟧?',
  },
  {
    id: 'geupdatet',
    source: 'We have updated the website.',
    frame:
      '⟪We;Wij⟫ hebben de website ⟦⟪geüpdatet;bijgewerkt⟫|geüpdated=spelling: "-d" where the stem "updat-" ends in t (needs "geüpdatet")|geupdatet=spelling: the trema of "geüpdatet" dropped|updaten=form: infinitive for the participle⟧.',
  },
  {
    id: 'verhuisd-with-d',
    source: 'We moved to Utrecht last year.',
    frame:
      '⟪We;Wij⟫ ⟦zijn ⟪vorig jaar;afgelopen jaar⟫ naar Utrecht verhuisd|zijn vorig jaar naar Utrecht verhuist=spelling: "-t" after "verhuis" (the infinitive has z, so the ending is -d)|hebben vorig jaar naar Utrecht verhuisd=auxiliary: "hebben" with a move to a place (needs "zijn")|zijn vorig jaar naar Utrecht verhuizen=form: infinitive for the participle⟧.',
  },
  {
    id: 'closed-compound',
    source: 'Please contact customer service.',
    frame:
      '⟪Neem contact op met;Wend u tot⟫ ⟦de klantenservice|de klanten service=spelling: a compound written as two words|de klanten-service=spelling: a hyphen in a compound that takes none|het klantenservice=article: "het" for "de klantenservice"⟧.',
  },
  {
    id: 'linking-n-pannenkoeken',
    source: 'We ate pancakes.',
    frame:
      '⟪We;Wij⟫ aten ⟦pannenkoeken|pannekoeken=spelling: without the linking n the current spelling writes|pannenkoek=number: singular for "pancakes"|pannen koeken=spelling: a compound written as two words⟧.',
  },
  {
    id: 'apostrophe-plural-after-vowel',
    source: 'Send me the photos.',
    frame:
      '⟪Stuur me;Stuur mij⟫ ⟦de foto\'s|de fotos=spelling: no apostrophe before the plural -s after a long vowel|de foto=number: singular for "the photos"|het foto\'s=article: "het" before a plural⟧.',
  },
  {
    id: 'ij-capital',
    source: 'We are going to Iceland in June.',
    frame:
      '⟪We;Wij⟫ gaan in juni naar ⟦IJsland|Ijsland=capitalisation: the digraph "ij" capitalised as "Ij" (needs "IJ")|Ierland=mistranslation: "Iceland" rendered as "Ireland"|Iceland=mistranslation: the English name left untranslated⟧.',
  },
  {
    id: 'surname-particle-capital',
    source: 'I spoke with Mr De Vries.',
    frame:
      'Ik heb ⟦met ⟪de heer;meneer⟫ De Vries gesproken|met ⟪de heer;meneer⟫ de Vries gesproken=capitalisation: "de" in lower case with no first name or initial before it|met mevrouw De Vries gesproken=mistranslation: "Mr" rendered as "Mrs"|met ⟪de heer;meneer⟫ De Vries gesprokken=spelling: "gesprokken" with a double k⟧.',
  },
  {
    id: 'e-mail-hyphen',
    source: 'Send me an email.',
    frame:
      '⟪Stuur me;Stuur mij⟫ ⟦⟪een e-mail;een mailtje⟫|een email=spelling: "email" is enamel (needs "e-mail")|een E-mail=capitalisation: "e-mail" capitalised|een e-mails=number: plural after "een"⟧.',
  },
  {
    id: 'miljard-not-biljoen',
    source: 'The company is worth one billion euros.',
    frame:
      'Het bedrijf is ⟦⟪een miljard euro;1 miljard euro⟫ waard|een biljoen euro waard=false friend: "biljoen" is a million million|een miljoen euro waard=mistranslation: "billion" rendered as "million"|een miljard euros waard=number: "euro" given a plural -s after a number⟧.',
  },
  {
    id: 'century-ordinal',
    source: 'The company was founded in the 19th century.',
    frame:
      'Het bedrijf is ⟦in de ⟪negentiende;19de;19e⟫ eeuw ⟪opgericht;gesticht⟫|in de 19th eeuw opgericht=format: English ordinal suffix|in de achttiende eeuw opgericht=mistranslation: "19th" rendered as "18th"|in de negentiende eeuw opgerigt=spelling: "opgerigt" for "opgericht"⟧.',
  },
  {
    id: 'vindt-third-person',
    source: 'She thinks the proposal is good.',
    frame:
      '⟪Ze;Zij⟫ ⟦vindt het voorstel ⟪goed;prima⟫|vind het voorstel goed=spelling: "vind" without the -t of the third person|vint het voorstel goed=spelling: "vint" for "vindt"|vond het voorstel goed=wrong tense: present rendered as past⟧.',
  },
]
