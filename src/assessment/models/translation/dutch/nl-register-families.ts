import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Dutch (the Netherlands): register (u or je as the bracketed context in the source
 * says, lower-case "u"), letter and email formulas, and idioms rendered by meaning with Dutch set
 * phrases.
 */
export const NL_REGISTER_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'letter-salutation',
    source: '[Formal letter] Dear Mr De Vries,',
    frame:
      '⟦⟪Geachte heer De Vries;Geachte meneer De Vries⟫,|Lieve heer De Vries,=register: the intimate "lieve" in a formal letter|Hoi heer De Vries,=register: a casual greeting in a formal letter|Geachte mevrouw De Vries,=mistranslation: "Mr" rendered as "Mrs"|Geachte heer de Vries,=capitalisation: "de" in lower case with no first name or initial before it⟧',
  },
  {
    id: 'email-closing',
    source: '[Closing a business email] Kind regards,',
    frame:
      '⟦⟪Met vriendelijke groet;Met vriendelijke groeten;Vriendelijke groet⟫,|Liefs,=register: a closing between friends in a business email|Met vriendelijk groet,=adjective ending: no -e before a de-word|Met aardige groeten,=literal calque of "kind regards"⟧',
  },
  {
    id: 'u-to-a-client',
    source: '[Formal email to a client] Thank you for your order.',
    frame:
      '⟦⟪Bedankt;Hartelijk dank⟫ voor uw bestelling|⟪Bedankt;Hartelijk dank⟫ voor je bestelling=register: "je" to a client in a formal email|⟪Bedankt;Hartelijk dank⟫ voor jouw bestelling=register: "jouw" to a client in a formal email|⟪Bedankt;Hartelijk dank⟫ voor uw bestellingen=number: plural for one order⟧.',
  },
  {
    id: 'je-to-a-friend',
    source: '[Message to a friend] Can you call me tomorrow?',
    frame:
      '⟦⟪Kun je;Kan je⟫ me morgen bellen|Kunt u me morgen bellen=register: "u" to a friend|Kan ik je morgen bellen=mistranslation: who calls whom reversed|⟪Kun je;Kan je⟫ me gisteren bellen=mistranslation: "tomorrow" rendered as "yesterday"⟧?',
  },
  {
    id: 'lower-case-u',
    source: '[Formal letter] We thank you for your letter.',
    frame:
      '⟪Wij danken;We danken⟫ ⟦u voor uw brief|U voor Uw brief=capitalisation: "u" and "uw" capitalised (kept for God)|je voor je brief=register: "je" in a formal letter|u voor uw brieven=number: plural for one letter⟧.',
  },
  {
    id: 'please-find-attached',
    source: '[Formal email] Please find the invoice attached.',
    frame:
      '⟦⟪In de bijlage vindt u de factuur;Bijgaand ontvangt u de factuur⟫|Gelieve de factuur bijgevoegd te vinden=literal calque of the English formula|In de bijlage vind u de factuur=spelling: "vind" without the -t that "u" takes|In de bijlage vind je de factuur=register: "je" in a formal email⟧.',
  },
  {
    id: 'feel-free-to-contact',
    source: '[To a customer] Feel free to contact us.',
    frame:
      '⟦⟪Neem gerust contact met ons op;Aarzel niet om contact met ons op te nemen⟫|Voel je vrij om contact met ons op te nemen=literal calque of "feel free to"|Neem gerust contact met ons=omission: the separable "op" of "opnemen"|Neem gerust kontakt met ons op=spelling: "kontakt" for "contact"⟧.',
  },
  {
    id: 'raining-cats-and-dogs',
    source: 'It is raining cats and dogs again.',
    frame:
      '⟦⟪Het regent alweer pijpenstelen;Het giet alweer;Het regent weer pijpenstelen⟫|Het regent alweer katten en honden=idiom translated literally|Het sneeuwt alweer hard=mistranslation: rain rendered as snow|Het regende alweer pijpenstelen=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'piece-of-cake',
    source: 'The test was a piece of cake.',
    frame:
      '⟪Het examen;De toets⟫ ⟦was ⟪een fluitje van een cent;een makkie⟫|was een stuk taart=idiom translated literally|was erg moeilijk=mistranslation: "a piece of cake" rendered as "very hard"|is een fluitje van een cent=wrong tense: past rendered as present⟧.',
  },
  {
    id: 'two-birds-with-one-stone',
    source: 'With this plan we kill two birds with one stone.',
    frame:
      'Met dit plan ⟦slaan we twee vliegen in één klap|doden we twee vogels met één steen=idiom translated literally|slaan we één vlieg in één klap=mistranslation: "two" rendered as "one"|sloegen we twee vliegen in één klap=wrong tense: present rendered as past|we slaan twee vliegen in één klap=word order: no inversion after a fronted phrase⟧.',
  },
  {
    id: 'cost-an-arm-and-a-leg',
    source: 'The repair cost an arm and a leg.',
    frame:
      'De reparatie ⟦kostte ⟪een vermogen;een rib uit mijn lijf⟫|kostte een arm en een been=idiom translated literally|kostte bijna niets=mistranslation: "an arm and a leg" rendered as "next to nothing"|kost een vermogen=wrong tense: past rendered as present⟧.',
  },
  {
    id: 'beat-around-the-bush',
    source: 'Stop beating around the bush.',
    frame:
      '⟦⟪Draai niet om de hete brij heen;Stop met eromheen draaien⟫|Sla niet rond de struik=idiom translated literally|Kom niet ter zake=mistranslation: the idiom rendered as its opposite|Draai niet om de hete brij=omission: the "heen" of "om … heen draaien"⟧.',
  },
  {
    id: 'not-my-cup-of-tea',
    source: 'Jazz is not my cup of tea.',
    frame:
      'Jazz ⟦is niet ⟪mijn ding;aan mij besteed⟫|is niet mijn kopje thee=idiom translated literally|is mijn ding=negation: "not" dropped|was niet mijn ding=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'out-of-the-blue',
    source: 'Last week the client called out of the blue.',
    frame:
      '⟪Vorige week;Afgelopen week⟫ ⟦belde de klant ⟪plotseling;uit het niets⟫|belde de klant uit het blauw=idiom translated literally|belde de klant expres=mistranslation: "out of the blue" rendered as "on purpose"|belt de klant plotseling=wrong tense: past rendered as present|de klant belde plotseling=word order: no inversion after a fronted phrase⟧.',
  },
  {
    id: 'call-it-a-day',
    source: 'Let us call it a day.',
    frame:
      'Laten we ⟦⟪er voor vandaag mee stoppen;het voor vandaag voor gezien houden⟫|het een dag noemen=idiom translated literally|een dag afspreken=mistranslation: read as fixing a date|er voor vandaag mee beginnen=mistranslation: "stop" rendered as "start"⟧.',
  },
  {
    id: 'looking-forward-to-your-reply',
    source: '[Closing a business email] I look forward to your reply.',
    frame:
      '⟦⟪Ik zie uw reactie graag tegemoet;Ik kijk uit naar uw reactie;Ik wacht uw reactie graag af⟫|Ik kijk vooruit naar uw reactie=literal calque of "look forward to"|Ik zie je reactie graag tegemoet=register: "je" in a business email|Ik zag uw reactie graag tegemoet=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'no-slang-in-a-report',
    source: '[Formal report] We recommend changing the supplier.',
    frame:
      '⟦⟪Wij raden aan;We raden aan⟫ om van leverancier te wisselen|Wij raden aan om van leverancier te switchen=register: the informal anglicism "switchen" in a formal report|Wij raden aan om ff van leverancier te wisselen=register: the chat abbreviation "ff" in a formal report|Wij raden af om van leverancier te wisselen=mistranslation: "recommend" rendered as "advise against"|Wij raadden aan om van leverancier te wisselen=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'apologise-for-the-inconvenience',
    source: '[To a customer] We apologise for the inconvenience.',
    frame:
      '⟦⟪Onze excuses;Excuses⟫ voor het ongemak|Wij apologiseren voor de inconveniëntie=literal calque of the English formula|⟪Onze excuses;Excuses⟫ voor de ongemak=article: "de" for "het ongemak"|⟪Onze excuses;Excuses⟫ voor het gemak=mistranslation: "inconvenience" rendered as "convenience"⟧.',
  },
  {
    id: 'to-whom-it-may-concern',
    source: '[Heading of a reference letter] To whom it may concern',
    frame:
      '⟦Aan wie het aangaat|Aan wie het mag betreffen=literal calque of the English formula|Aan wie het aangaan=agreement: plural verb for "het"|Aan wie het aanging=wrong tense: present rendered as past⟧',
  },
  {
    id: 'see-you-tomorrow',
    source: '[Message to a colleague] See you tomorrow!',
    frame:
      '⟦⟪Tot morgen;Tot morgen dan⟫|Tot overmorgen=mistranslation: "tomorrow" rendered as "the day after tomorrow"|Tot gisteren=mistranslation: "tomorrow" rendered as "yesterday"|Tot straks=mistranslation: "tomorrow" rendered as "later today"⟧!',
  },
  {
    id: 'app-instruction-je',
    source: '[Instruction in an app that addresses its users with je] Enter your password.',
    frame:
      '⟦⟪Voer je wachtwoord in;Vul je wachtwoord in⟫|Voer uw wachtwoord in=register: "uw" where the app uses "je"|Betreed je wachtwoord=literal calque: "enter" as "betreden" (walk into)|Voer je wachtwoord=omission: the separable "in" of "invoeren"⟧.',
  },
  {
    id: 'have-a-nice-weekend',
    source: '[To a customer, at the end of a call] Have a nice weekend!',
    frame:
      '⟦⟪Fijn weekend;Prettig weekend⟫|Fijn weekend gehad=wrong tense: a wish for the coming weekend rendered as past|Fijne weekend=adjective ending: -e before the neuter "weekend"|Fijne week=mistranslation: "weekend" rendered as "week"⟧!',
  },
]
