import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Italian: register (Lei with clients, tu with friends, as the bracketed context in
 * the source says), letter and email formulas, and idioms rendered by meaning with Italian set
 * phrases.
 */
export const IT_REGISTER_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'lei-to-client',
    source: '[Email to a client] Thank you for your order.',
    frame:
      '⟦⟪Grazie per il suo ordine;La ringraziamo per il suo ordine⟫|Grazie per il tuo ordine=register: tu to a client|Ti ringraziamo per il tuo ordine=register: tu to a client|Grazie per la sua ordine=gender: feminine for the masculine "ordine"⟧.',
  },
  {
    id: 'potrebbe-to-client',
    source: '[To a client] Could you confirm the date?',
    frame:
      '⟦Potrebbe confermare la data|Potresti confermare la data=register: tu to a client|Poteva confermare la data=wrong mood: imperfect "poteva" for the polite conditional|Potrebbe confermare il data=gender: masculine for the feminine "data"⟧?',
  },
  {
    id: 'tu-to-a-friend',
    source: '[Message to a friend] Can you call me tomorrow?',
    frame:
      '⟦⟪Mi puoi chiamare;Puoi chiamarmi⟫ domani|⟪Mi può chiamare;Può chiamarmi⟫ domani=register: Lei to a friend|Ti posso chiamare domani=mistranslation: who calls whom reversed|Mi puoi chiamare ieri=mistranslation: "tomorrow" rendered as "yesterday"⟧?',
  },
  {
    id: 'come-sta',
    source: '[To a client you have just met] How are you?',
    frame:
      '⟦Come sta|Come stai=register: tu to a client just met|Come è=literal calque: "how are you" with "essere" (asks what you are like)|Come stava=wrong tense: present rendered as imperfect⟧?',
  },
  {
    id: 'letter-salutation',
    source: '[Formal letter] Dear Mr Rossi,',
    frame:
      '⟦⟪Gentile;Egregio⟫ signor Rossi,|Egregia signor Rossi,=agreement: feminine "egregia" for a man|Gentile signora Rossi,=mistranslation: "Mr" rendered as "Mrs"|Ciao signor Rossi,=register: informal greeting in a formal letter⟧',
  },
  {
    id: 'email-closing',
    source: '[Closing a business email] Kind regards,',
    frame:
      '⟦⟪Cordiali saluti;Distinti saluti⟫,|Gentili riguardi,=literal calque of "kind regards"|Cordiale saluti,=agreement: singular adjective for "saluti"|Un abbraccio,=register: a closing between friends in a business email⟧',
  },
  {
    id: 'please-find-attached',
    source: '[Formal email] Please find attached the invoice.',
    frame:
      '⟦⟪In allegato trova la fattura;Le invio in allegato la fattura⟫|Per favore trovi allegata la fattura=literal calque of the English formula|In allegato trovi la fattura=register: tu in a formal email|In allegata trova la fattura=form: "in allegato" is invariable⟧.',
  },
  {
    id: 'feel-free-to-contact',
    source: '[To a customer] Feel free to contact us.',
    frame:
      '⟦Non esiti a contattarci|Si senta libero di contattarci=literal calque of "feel free to"|Non esitare a contattarci=register: tu to a customer|Non esiti di contattarci=wrong preposition: "di" after "esitare" (needs "a")⟧.',
  },
  {
    id: 'raining-cats-and-dogs',
    source: 'It is raining cats and dogs.',
    frame:
      "⟦⟪Piove a catinelle;Piove a dirotto⟫|Piovono cani e gatti=idiom translated literally|Piove cani e gatti=idiom translated literally|Piove un po'=mistranslation: heavy rain rendered as light rain⟧.",
  },
  {
    id: 'piece-of-cake',
    source: '[About an exam] It was a piece of cake.',
    frame:
      'È stato ⟦un gioco da ragazzi|un pezzo di torta=idiom translated literally|un pezzetto di torta=idiom translated literally|molto difficile=mistranslation: "easy" rendered as "very hard"⟧.',
  },
  {
    id: 'arm-and-a-leg',
    source: 'The repair cost an arm and a leg.',
    frame:
      'La riparazione ⟦è costata ⟪un occhio della testa;una fortuna⟫|è costata un braccio e una gamba=idiom translated literally|è costata una gamba e un braccio=idiom translated literally|non è costata quasi niente=mistranslation: "very expensive" rendered as "almost free"⟧.',
  },
  {
    id: 'pull-someones-leg',
    source: '[To a friend] Are you pulling my leg?',
    frame:
      '⟦Mi stai prendendo in giro|Mi stai tirando la gamba=idiom translated literally|Mi tiri la gamba=idiom translated literally|Mi sta prendendo in giro=register: Lei to a friend⟧?',
  },
  {
    id: 'once-in-a-blue-moon',
    source: 'We see each other once in a blue moon.',
    frame:
      'Ci vediamo ⟦⟪molto raramente;una volta ogni morte di papa⟫|una volta in una luna blu=idiom translated literally|ogni luna blu=idiom translated literally|tutti i giorni=mistranslation: "rarely" rendered as "every day"⟧.',
  },
  {
    id: 'cat-out-of-the-bag',
    source: 'Marco let the cat out of the bag.',
    frame:
      'Marco ⟦si è lasciato sfuggire il segreto|ha lasciato uscire il gatto dal sacco=idiom translated literally|ha fatto uscire il gatto dalla borsa=idiom translated literally|ha mantenuto il segreto=mistranslation: "revealed the secret" rendered as "kept it"⟧.',
  },
  {
    id: 'in-a-nutshell',
    source: 'In a nutshell, the project is late.',
    frame:
      '⟦⟪In poche parole;In breve⟫|In un guscio di noce=idiom translated literally|Nel guscio di noce=idiom translated literally|Al contrario=mistranslation: "in short" rendered as "on the contrary"⟧, il progetto è in ritardo.',
  },
  {
    id: 'on-the-other-hand',
    source: 'On the other hand, the price is high.',
    frame:
      '⟦⟪D\'altra parte;D\'altro canto⟫|Sull\'altra mano=literal calque of "on the other hand"|Dall\'altra mano=literal calque of "on the other hand"|Quindi=mistranslation: "on the other hand" rendered as "therefore"⟧, il prezzo è alto.',
  },
  {
    id: 'two-birds-one-stone',
    source: 'With this trip we kill two birds with one stone.',
    frame:
      'Con questo viaggio ⟦prendiamo due piccioni con una fava|uccidiamo due uccelli con una pietra=idiom translated literally|prendiamo due uccelli con una pietra=idiom translated literally|prendiamo due piccioni con due fave=mistranslation: the set phrase changed⟧.',
  },
  {
    id: 'break-a-leg',
    source: '[To a colleague before a presentation] Break a leg!',
    frame:
      '⟦In bocca al lupo|Rompiti una gamba=idiom translated literally|Rompi una gamba=idiom translated literally|Buona sfortuna=mistranslation: a wish of good luck rendered as "bad luck"⟧!',
  },
]
