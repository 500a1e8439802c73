import type { TranslationFamily } from '../translation-model.js'

/**
 * English → German (Germany): register (Sie with clients, du with friends, as the bracketed
 * context in the source says; the capital "Sie/Ihr" that tells a client from "they"), business
 * letter formulas as DIN 5008 sets them, and idioms rendered by meaning with German set phrases.
 */
export const DE_REGISTER_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'ihre-to-client',
    source: '[Email to a client] Thank you for your ⟨order;enquiry⟩.',
    frame:
      '⟪Vielen Dank;Herzlichen Dank⟫ ⟦für Ihre ⟨Bestellung;Anfrage⟩|für deine ⟨Bestellung;Anfrage⟩=register: du to a client|für ihre ⟨Bestellung;Anfrage⟩=capitalisation: lower-case "ihre" means "her, their"|für Ihren ⟨Bestellung;Anfrage⟩=gender: masculine possessive for a feminine noun⟧.',
  },
  {
    id: 'koennten-sie-to-client',
    source: '[To a client] Could you send me the contract?',
    frame:
      '⟦⟪Könnten Sie;Würden Sie⟫ mir den Vertrag ⟪schicken;zusenden⟫|Könntest du mir den Vertrag ⟪schicken;zusenden⟫=register: du to a client|Könnten sie mir den Vertrag ⟪schicken;zusenden⟫=capitalisation: lower-case "sie" means "they"|Konnten Sie mir den Vertrag ⟪schicken;zusenden⟫=wrong mood: past indicative "konnten" for the polite "könnten"⟧?',
  },
  {
    id: 'du-to-a-friend',
    source: '[Message to a friend] Are you coming tonight?',
    frame:
      '⟦Kommst du heute Abend|Kommen Sie heute Abend=register: Sie to a friend|Kommst du heute abend=capitalisation: "Abend" after "heute" is a noun|Kamst du heute Abend=wrong tense: present rendered as past⟧?',
  },
  {
    id: 'letter-salutation',
    source: '[Formal letter] Dear Mr Weber,',
    frame:
      '⟦Sehr geehrter Herr Weber,|Sehr geehrte Herr Weber,=adjective ending: feminine/plural ending for one man|Teurer Herr Weber,=literal calque: "dear" rendered as "teuer" (expensive)|Sehr geehrter Hr. Weber,=format: "Herr" abbreviated in a salutation|Sehr geehrter Herr Weber:=punctuation: colon after a German salutation (needs a comma)⟧',
  },
  {
    id: 'letter-closing',
    source: '[Closing a formal letter] Kind regards,',
    frame:
      '⟦⟪Mit freundlichen Grüßen;Freundliche Grüße⟫|⟪Mit freundlichen Grüßen;Freundliche Grüße⟫,=punctuation: comma after the closing formula (DIN 5008 sets none)|Mit freundliche Grüßen=adjective ending: no dative plural -n|Freundliche Grüßen=form: dative plural "Grüßen" without "mit"⟧',
  },
  {
    id: 'please-find-attached',
    source: '[Formal email] Please find attached the invoice.',
    frame:
      '⟦⟪Anbei erhalten Sie;Im Anhang finden Sie⟫ die Rechnung|Bitte finden Sie angehängt die Rechnung=literal calque of the English formula|Anbei erhältst du die Rechnung=register: du in a formal email|Anbei erhalten sie die Rechnung=capitalisation: lower-case "sie" means "they"⟧.',
  },
  {
    id: 'look-forward-to-reply',
    source: '[Formal email] I look forward to your reply.',
    frame:
      'Ich ⟦freue mich auf Ihre Antwort|freue mich für Ihre Antwort=wrong preposition: "sich freuen für" (glad for someone)|freue auf Ihre Antwort=omission: the reflexive "mich"|freue mich auf deine Antwort=register: du in a formal email|freue mich auf ihre Antwort=capitalisation: lower-case "ihre" means "her, their"⟧.',
  },
  {
    id: 'feel-free-to-contact',
    source: '[To a customer] Feel free to contact us.',
    frame:
      '⟦⟪Wenden Sie sich gern an uns;Kontaktieren Sie uns gern⟫|Fühlen Sie sich frei, uns zu kontaktieren=literal calque of "feel free to"|Wende dich gern an uns=register: du to a customer|Wenden sie sich gern an uns=capitalisation: lower-case "sie" means "they"⟧.',
  },
  {
    id: 'raining-cats-and-dogs',
    source: 'It is raining cats and dogs.',
    frame:
      'Es ⟦⟪regnet in Strömen;schüttet wie aus Eimern⟫|regnet Katzen und Hunde=idiom translated literally|regnet Hunde und Katzen=idiom translated literally|regnet ein bisschen=mistranslation: heavy rain rendered as light rain⟧.',
  },
  {
    id: 'piece-of-cake',
    source: '[About an exam] It was a piece of cake.',
    frame:
      'Das war ⟦⟪ein Kinderspiel;kinderleicht⟫|ein Stück Kuchen=idiom translated literally|ein Stück Torte=idiom translated literally|sehr schwierig=mistranslation: "easy" rendered as "very hard"⟧.',
  },
  {
    id: 'break-a-leg',
    source: '[To a colleague before a presentation] Break a leg!',
    frame:
      '⟦⟪Hals- und Beinbruch;Toi, toi, toi⟫|Brich dir ein Bein=idiom translated literally|Brich ein Bein=idiom translated literally|Viel Pech=mistranslation: a wish of good luck rendered as "bad luck"⟧!',
  },
  {
    id: 'two-birds-one-stone',
    source: 'With this trip we kill two birds with one stone.',
    frame:
      'Mit dieser Reise ⟦schlagen wir zwei Fliegen mit einer Klappe|töten wir zwei Vögel mit einem Stein=idiom translated literally|schlagen wir zwei Vögel mit einem Stein=idiom translated literally|wir schlagen zwei Fliegen mit einer Klappe=word order: subject before the verb after a fronted phrase⟧.',
  },
  {
    id: 'not-my-cup-of-tea',
    source: 'Opera is not my cup of tea.',
    frame:
      'Oper ist ⟦⟪nicht mein Ding;nicht mein Fall⟫|nicht meine Tasse Tee=idiom translated literally|nicht mein Becher Tee=idiom translated literally|genau mein Ding=mistranslation: the negation dropped⟧.',
  },
  {
    id: 'pull-someones-leg',
    source: '[To a friend] Are you pulling my leg?',
    frame:
      '⟦Willst du mich auf den Arm nehmen|Ziehst du an meinem Bein=idiom translated literally|Ziehst du mein Bein=idiom translated literally|Wollen Sie mich auf den Arm nehmen=register: Sie to a friend⟧?',
  },
  {
    id: 'arm-and-a-leg',
    source: 'The repair cost an arm and a leg.',
    frame:
      'Die Reparatur ⟦hat ⟪ein Vermögen;ein Heidengeld⟫ gekostet|hat einen Arm und ein Bein gekostet=idiom translated literally|hat ein Bein und einen Arm gekostet=idiom translated literally|hat fast nichts gekostet=mistranslation: "very expensive" rendered as "almost free"⟧.',
  },
  {
    id: 'in-a-nutshell',
    source: 'In a nutshell, the project is late.',
    frame:
      '⟦⟪Kurz gesagt;Kurzum⟫|In einer Nussschale=idiom translated literally|In der Nussschale=idiom translated literally|Im Gegenteil=mistranslation: "in short" rendered as "on the contrary"⟧: Das Projekt ist im Verzug.',
  },
  {
    id: 'on-the-other-hand',
    source: 'On the other hand, the price is high.',
    frame:
      '⟦⟪Andererseits;Auf der anderen Seite⟫ ist der Preis hoch|An der anderen Hand ist der Preis hoch=literal calque of "on the other hand"|Andererseits der Preis ist hoch=word order: subject before the verb after a fronted adverb|Deshalb ist der Preis hoch=mistranslation: "on the other hand" rendered as "therefore"⟧.',
  },
  {
    id: 'on-cloud-nine',
    source: 'Since the promotion she has been on cloud nine.',
    frame:
      'Seit der Beförderung ⟦ist sie ⟪im siebten Himmel;auf Wolke sieben⟫|ist sie auf Wolke neun=idiom translated literally (German says "Wolke sieben")|ist sie im neunten Himmel=idiom translated literally|ist sie am Boden zerstört=mistranslation: "overjoyed" rendered as "devastated"⟧.',
  },
]
