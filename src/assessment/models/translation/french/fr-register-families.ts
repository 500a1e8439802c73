import type { TranslationFamily } from '../translation-model.js'

/**
 * English → French (France): register (vous with clients, tu with friends, as the bracketed
 * context in the source says), letter and email formulas, and idioms rendered by meaning with
 * French set phrases.
 */
export const FR_REGISTER_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'vous-to-client',
    source: '[Email to a client] Thank you for your order.',
    frame:
      '⟦⟪Merci pour;Merci de⟫ votre commande|Merci pour ta commande=register: tu to a client|Merci à votre commande=wrong preposition: "à" after "merci"|Merci pour votre ordre=false friend: "ordre" means "command, sequence"⟧.',
  },
  {
    id: 'pourriez-vous-to-client',
    source: '[To a client] Could you confirm the date?',
    frame:
      '⟦Pourriez-vous confirmer la date\u00a0?|Pourrais-tu confirmer la date\u00a0?=register: tu to a client|Pouviez-vous confirmer la date\u00a0?=wrong mood: imperfect "pouviez" for the polite conditional|Pourriez-vous confirmer le date\u00a0?=gender: masculine for the feminine "date"⟧',
  },
  {
    id: 'tu-to-a-friend',
    source: '[Message to a friend] Can you call me tomorrow?',
    frame:
      '⟦⟪Tu peux m\'appeler;Peux-tu m\'appeler⟫ demain\u00a0?|Pouvez-vous m\'appeler demain\u00a0?=register: vous to a friend|Tu peux me appeler demain\u00a0?=spelling: "me" not elided before a vowel|Tu peux m\'appeler hier\u00a0?=mistranslation: "tomorrow" rendered as "yesterday"⟧',
  },
  {
    id: 'comment-allez-vous',
    source: '[To a client you have just met] How are you?',
    frame:
      '⟦Comment allez-vous\u00a0?|Comment vas-tu\u00a0?=register: tu to a client just met|Comment êtes-vous\u00a0?=literal calque: "how are you" with "être" (asks what you are like)|Comment va-vous\u00a0?=form: "va" (tu, il) with "vous" (needs "allez")⟧',
  },
  {
    id: 'letter-salutation-monsieur',
    source: '[Formal letter to Mr Dupont] Dear Mr Dupont,',
    frame:
      '⟦Monsieur,|Monsieur Dupont,=format: the surname after "Monsieur" in a French salutation|Mon cher Dupont,=register: familiar salutation in a formal letter|Chère Monsieur,=agreement: feminine "chère" for a man⟧',
  },
  {
    id: 'email-closing',
    source: '[Closing a business email] Kind regards,',
    frame:
      '⟦⟪Cordialement;Bien cordialement⟫,|Gentils regards,=literal calque of "kind regards"|Bien à toi,=register: tu in a business email|Bisous,=register: a closing between friends in a business email⟧',
  },
  {
    id: 'please-find-attached',
    source: '[Formal email] Please find attached the invoice.',
    frame:
      '⟦⟪Vous trouverez;Veuillez trouver⟫ ci-joint la facture|Tu trouveras ci-joint la facture=register: tu in a formal email|S\'il vous plaît, trouvez attachée la facture=literal calque of the English formula|Vous trouverez ci-dessous la facture=mistranslation: "attached" rendered as "below"⟧.',
  },
  {
    id: 'feel-free-to-contact',
    source: '[To a customer] Feel free to contact us.',
    frame:
      '⟦N\'hésitez pas à nous contacter|Sentez-vous libre de nous contacter=literal calque of "feel free to"|N\'hésite pas à nous contacter=register: tu to a customer|N\'hésitez pas de nous contacter=wrong preposition: "de" after "hésiter" (needs "à")⟧.',
  },
  {
    id: 'raining-cats-and-dogs',
    source: 'It is raining cats and dogs.',
    frame:
      'Il pleut ⟦⟪des cordes;à verse⟫|des chats et des chiens=idiom translated literally|des chiens et des chats=idiom translated literally|un peu=mistranslation: heavy rain rendered as light rain⟧.',
  },
  {
    id: 'piece-of-cake',
    source: '[About an exam] It was a piece of cake.',
    frame:
      'C\'était ⟦⟪du gâteau;un jeu d\'enfant⟫|un morceau de gâteau=idiom translated literally|une part de gâteau=idiom translated literally|très difficile=mistranslation: "easy" rendered as "very hard"⟧.',
  },
  {
    id: 'arm-and-a-leg',
    source: 'The repair cost an arm and a leg.',
    frame:
      'La réparation ⟦a coûté ⟪les yeux de la tête;une fortune⟫|a coûté un bras et une jambe=idiom translated literally|a coûté une jambe et un bras=idiom translated literally|n\'a presque rien coûté=mistranslation: "very expensive" rendered as "almost free"⟧.',
  },
  {
    id: 'pull-someones-leg',
    source: '[To a friend] Are you pulling my leg?',
    frame:
      '⟦⟪Tu me fais marcher;Tu te moques de moi⟫\u00a0?|Tu tires ma jambe\u00a0?=idiom translated literally|Tu me tires la jambe\u00a0?=idiom translated literally|Vous me faites marcher\u00a0?=register: vous to a friend⟧',
  },
  {
    id: 'once-in-a-blue-moon',
    source: 'We see each other once in a blue moon.',
    frame:
      'Nous nous voyons ⟦⟪très rarement;tous les trente-six du mois⟫|une fois dans une lune bleue=idiom translated literally|une fois par lune bleue=idiom translated literally|tous les jours=mistranslation: "rarely" rendered as "every day"⟧.',
  },
  {
    id: 'cat-out-of-the-bag',
    source: 'Paul let the cat out of the bag.',
    frame:
      'Paul ⟦a vendu la mèche|a laissé le chat sortir du sac=idiom translated literally|a sorti le chat du sac=idiom translated literally|a gardé le secret=mistranslation: "revealed the secret" rendered as "kept it"⟧.',
  },
  {
    id: 'in-a-nutshell',
    source: 'In a nutshell, the project is late.',
    frame:
      '⟦⟪En bref;En résumé⟫|Dans une coquille de noix=idiom translated literally|Dans la coquille de noix=idiom translated literally|Au contraire=mistranslation: "in short" rendered as "on the contrary"⟧, le projet est en retard.',
  },
  {
    id: 'on-the-other-hand',
    source: 'On the other hand, the price is high.',
    frame:
      '⟦⟪En revanche;D\'un autre côté⟫|Sur l\'autre main=literal calque of "on the other hand"|De l\'autre main=literal calque of "on the other hand"|Par conséquent=mistranslation: "on the other hand" rendered as "consequently"⟧, le prix est élevé.',
  },
  {
    id: 'two-birds-one-stone',
    source: 'With this trip we kill two birds with one stone.',
    frame:
      "Avec ce voyage, nous ⟦faisons d'une pierre deux coups|tuons deux oiseaux avec une pierre=idiom translated literally|tuons deux oiseaux d'une pierre=idiom translated literally|faisons d'une pierre deux coup=number: singular noun after \"deux\"⟧.",
  },
  {
    id: 'under-the-weather',
    source: 'Claire is a bit under the weather today.',
    frame:
      "Claire ⟦⟪n'est pas dans son assiette;est un peu souffrante⟫ aujourd'hui|est un peu sous le temps aujourd'hui=idiom translated literally|est un peu sous la météo aujourd'hui=idiom translated literally|est de très bonne humeur aujourd'hui=mistranslation: \"unwell\" rendered as \"in a very good mood\"⟧.",
  },
]
