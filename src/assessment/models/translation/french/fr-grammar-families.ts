import type { TranslationFamily } from '../translation-model.js'

/**
 * English → French (France): grammar that does not transfer word for word (être or avoir in
 * compound tenses, participle agreement, the subjunctive, partitives and negation, pronoun
 * order, prepositions with places, "depuis" and "il y a"). `\u00a0` is the no-break space French
 * typography puts before ? ! : ; and inside « ».
 */
export const FR_GRAMMAR_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'etre-auxiliary-for-motion',
    source: 'The ⟨delegation;team⟩ arrived yesterday.',
    frame:
      '⟨La délégation;L\'équipe⟩ ⟦est arrivée|a arrivé=auxiliary: "avoir" with a verb of motion (needs "être")|est arrivé=agreement: participle not feminine after "être"|a arrivée=auxiliary: "avoir" with a verb of motion (needs "être")|arrivera=wrong tense: past rendered as future⟧ hier.',
  },
  {
    id: 'subjunctive-after-il-faut-que',
    source: 'The ⟨client;tenant⟩ has to come in person.',
    frame:
      'Il faut que ⟨le client;le locataire⟩ ⟦vienne|vient=mood: indicative after "il faut que" (needs the subjunctive)|viendra=mood: future after "il faut que" (needs the subjunctive)|venait=mood: imperfect indicative after "il faut que"⟧ en personne.',
  },
  {
    id: 'subjunctive-after-bien-que',
    source: 'Although the price is high, we accept the ⟨offer;quote⟩.',
    frame:
      'Bien que le prix ⟦soit élevé|est élevé=mood: indicative after "bien que" (needs the subjunctive)|sera élevé=mood: future after "bien que" (needs the subjunctive)|soit élevée=agreement: feminine adjective for "le prix"|était élevé=wrong tense: present rendered as imperfect⟧, nous acceptons ⟨l\'offre;le devis⟩.',
  },
  {
    id: 'subjunctive-after-pour-que',
    source: 'We are sending the invoice so that the client can pay it.',
    frame:
      'Nous envoyons la facture ⟦pour que le client puisse la payer|pour que le client peut la payer=mood: indicative after "pour que" (needs the subjunctive)|pour que le client pourra la payer=mood: future after "pour que" (needs the subjunctive)|pour le client pouvoir la payer=literal calque: "pour", a subject and an infinitive|pour que le client puisse le payer=agreement: masculine pronoun for "la facture"⟧.',
  },
  {
    id: 'subjunctive-after-avant-que',
    source: 'Call me before the client leaves.',
    frame:
      'Appelez-moi ⟦avant que le client ⟪parte;ne parte⟫|avant que le client part=mood: indicative after "avant que" (needs the subjunctive)|avant que le client partira=mood: future after "avant que" (needs the subjunctive)|après que le client est parti=mistranslation: "before" rendered as "after"|avant le client part=literal calque: "avant" as a conjunction without "que"⟧.',
  },
  {
    id: 'depuis-present-for-duration',
    source: 'I have lived in Lyon for three years.',
    frame:
      '⟦⟪J\'habite à Lyon depuis trois ans;Cela fait trois ans que j\'habite à Lyon⟫|J\'ai habité à Lyon pour trois ans=literal calque: "have lived … for" rendered word for word|J\'habite à Lyon il y a trois ans=mistranslation: "for three years" rendered as "three years ago"|J\'habite à Lyon pendant trois ans=wrong preposition: "pendant" for a duration still running|J\'habite en Lyon depuis trois ans=wrong preposition: "en" before a city⟧.',
  },
  {
    id: 'il-y-a-for-ago',
    source: 'The parcel arrived two days ago.',
    frame:
      'Le colis ⟦est arrivé il y a deux jours|a arrivé il y a deux jours=auxiliary: "avoir" with a verb of motion (needs "être")|est arrivé deux jours il y a=word order: "il y a" placed after the period as English "ago"|arrivera dans deux jours=mistranslation: "two days ago" rendered as "in two days"⟧.',
  },
  {
    id: 'partitive-article',
    source: 'I drink coffee every morning.',
    frame:
      'Je bois ⟦du café|café=omission: the partitive article before a mass noun|de café=form: "de" without the article in an affirmative sentence|le café=article: definite "le" for coffee in general after "boire"⟧ ⟪tous les matins;chaque matin⟫.',
  },
  {
    id: 'de-after-negation',
    source: 'We have no more paper.',
    frame:
      'Nous ⟦n\'avons plus de papier|n\'avons plus du papier=article: partitive "du" after a negation (needs "de")|avons plus de papier=omission: the "ne" of the negation (reads as "more paper")|n\'avons pas de papier=mistranslation: "no more" rendered as "no"|n\'avons plus le papier=article: definite "le" for "any more paper"⟧.',
  },
  {
    id: 'masculine-probleme',
    source: 'The ⟨problem;system⟩ is serious.',
    frame:
      '⟦⟨Le problème;Le système⟩ est grave|⟨La problème;La système⟩ est grave=gender: a masculine noun in -ème treated as feminine|⟨Le problème;Le système⟩ est graves=agreement: plural adjective for a singular noun|⟨Le problème;Le système⟩ était grave=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'nouveau-vs-neuf',
    source: 'The new law is strict.',
    frame:
      '⟦La nouvelle loi est stricte|La neuve loi est stricte=wrong adjective: "neuf" (brand new, unused) for "nouveau" (recent)|Le nouveau loi est stricte=gender: masculine for the feminine "loi"|La nouvelle loi est strict=agreement: masculine adjective for a feminine noun|La nouvelle loi était stricte=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'nouvel-before-vowel',
    source: 'They are opening a new hotel.',
    frame:
      '⟪Ils ouvrent;On ouvre⟫ ⟦un nouvel hôtel|un nouveau hôtel=form: "nouveau" not changed to "nouvel" before a vowel sound|une nouvelle hôtel=gender: feminine for the masculine "hôtel"|un neuf hôtel=wrong adjective: "neuf" placed before the noun for "new"⟧.',
  },
  {
    id: 'avoir-besoin-de',
    source: 'We need a translator.',
    frame:
      'Nous ⟦avons besoin d\'un traducteur|avons besoin un traducteur=omission: the "de" of "avoir besoin de"|avons besoin de un traducteur=spelling: "de" not elided before a vowel|sommes besoin d\'un traducteur=auxiliary: "être" for "avoir besoin"|avions besoin d\'un traducteur=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'plaire-construction',
    source: 'The customers like the new design.',
    frame:
      '⟦⟪Les clients aiment le nouveau design;Le nouveau design plaît aux clients⟫|Le nouveau design plaît les clients=wrong preposition: "plaire" takes "à" before the person|Les clients plaisent le nouveau design=literal calque: "like" given the English subject and object|Les clients aiment la nouvelle design=gender: feminine for the masculine "design"|Les clients aimaient le nouveau design=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'si-clause-imparfait',
    source: 'If the ⟨client;company⟩ had the budget, it would buy the licence.',
    frame:
      'Si ⟨le client;l\'entreprise⟩ ⟦avait le budget, ⟨il;elle⟩ achèterait|aurait le budget, ⟨il;elle⟩ achèterait=mood: conditional after "si" (needs the imperfect)|avait le budget, ⟨il;elle⟩ achètera=tense sequence: future after an imperfect "si" clause|a le budget, ⟨il;elle⟩ achèterait=tense sequence: present after "si" with a conditional|avait le budget, ⟨elle;il⟩ achèterait=gender: pronoun does not match the subject⟧ la licence.',
  },
  {
    id: 'le-lui-pronoun-order',
    source: '[About the report the manager needed] I gave it to him yesterday.',
    frame:
      '⟦Je le lui ai donné|Je lui l\'ai donné=word order: indirect pronoun before the direct one (needs "le lui")|Je le leur ai donné=number: "leur" (them) for one person|Je le lui ai donnée=agreement: feminine participle for the masculine "le"|Je le lui donnerai=wrong tense: past rendered as future⟧ hier.',
  },
  {
    id: 'participle-agreement-preceding-object',
    source: 'Here are the letters I wrote.',
    frame:
      'Voici les lettres que ⟦j\'ai écrites|j\'ai écrit=agreement: participle not agreeing with the preceding direct object|j\'ai écrits=agreement: masculine participle for "les lettres"|j\'ai écrite=agreement: singular participle for "les lettres"|je suis écrit=auxiliary: "être" for "écrire"⟧.',
  },
  {
    id: 'profession-without-article',
    source: 'My sister is a lawyer.',
    frame:
      'Ma sœur ⟦est avocate|est une avocate=article: indefinite article before an unqualified profession after "être"|était avocate=wrong tense: present rendered as past|sera avocate=wrong tense: present rendered as future|est avocats=number: plural for one person⟧.',
  },
  {
    id: 'en-before-feminine-country',
    source: 'The team is travelling to Spain.',
    frame:
      'L\'équipe ⟪part;se rend⟫ ⟦en Espagne|à Espagne=wrong preposition: "à" before a feminine country (needs "en")|au Espagne=wrong preposition: "au" before a feminine country|dans Espagne=wrong preposition: "dans" without an article before a country|en Allemagne=mistranslation: "Spain" rendered as "Germany"⟧.',
  },
  {
    id: 'au-before-masculine-country',
    source: 'Our partners live in Portugal.',
    frame:
      'Nos partenaires ⟦vivent au Portugal|vivent en Portugal=wrong preposition: "en" before a masculine country (needs "au")|vivent à Portugal=wrong preposition: "à" before a country|vivent à le Portugal=form: "à le" not contracted to "au"|vivaient au Portugal=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'venir-de-for-have-just',
    source: 'I have just sent the message.',
    frame:
      '⟦Je viens d\'envoyer le message|J\'ai juste envoyé le message=literal calque: "have just" (reads as "I only sent")|Je viens envoyer le message=omission: the "de" of "venir de" (reads as "I am coming to send")|Je venais d\'envoyer le message=wrong tense: "I had just" for "I have just"|Je vais envoyer le message=mistranslation: "have just sent" rendered as "am going to send"⟧.',
  },
  {
    id: 'dont-with-avoir-besoin-de',
    source: 'The file I need is on the server.',
    frame:
      'Le fichier ⟦dont j\'ai besoin|que j\'ai besoin=relative pronoun: "que" where "avoir besoin de" needs "dont"|qui j\'ai besoin=relative pronoun: "qui" where "avoir besoin de" needs "dont"|dont j\'avais besoin=wrong tense: present rendered as past|dont j\'ai besoin de=addition: "de" repeated after "dont"⟧ est sur le serveur.',
  },
  {
    id: 'ce-que-for-what',
    source: 'This is what the ⟨client;director⟩ asked for.',
    frame:
      'Voici ⟦ce que ⟨le client;la directrice⟩ a demandé|que ⟨le client;la directrice⟩ a demandé=omission: the "ce" of "ce que" for "what"|quoi ⟨le client;la directrice⟩ a demandé=literal calque: "quoi" for relative "what"|ce que ⟨le client;la directrice⟩ demandera=wrong tense: past rendered as future|ce qui ⟨le client;la directrice⟩ a demandé=relative pronoun: "ce qui" for the object "ce que"⟧.',
  },
  {
    id: 'infinitive-after-avant-de',
    source: 'Before signing, read the contract carefully.',
    frame:
      '⟦Avant de signer|Avant signant=literal calque: "before …ing" as a present participle|Avant de signant=literal calque: present participle after a preposition (needs the infinitive)|Avant signer=omission: the "de" of "avant de"|Après avoir signé=mistranslation: "before" rendered as "after"⟧, lisez ⟪attentivement le contrat;le contrat avec attention⟫.',
  },
  {
    id: 'infinitive-as-subject',
    source: 'Reading every day is important.',
    frame:
      '⟦Lire ⟪tous les jours;chaque jour⟫ est important|Lisant ⟪tous les jours;chaque jour⟫ est important=literal calque: present participle as a subject (needs the infinitive)|Le lisant ⟪tous les jours;chaque jour⟫ est important=literal calque: an article and a participle as a noun|Lire ⟪tous les jours;chaque jour⟫ est importante=agreement: feminine adjective for an infinitive subject|Lire toute la journée est important=mistranslation: "every day" rendered as "all day"⟧.',
  },
  {
    id: 'il-y-a-existential',
    source: 'There are two errors in the table.',
    frame:
      '⟦Il y a deux erreurs|Il y ont deux erreurs=agreement: "il y a" made plural|Là sont deux erreurs=literal calque: "there are" rendered as "là sont"|Il y avait deux erreurs=wrong tense: present rendered as past|Il y a deux erreur=number: singular noun after "deux"⟧ dans le tableau.',
  },
  {
    id: 'faire-causative',
    source: 'We are having the office renovated.',
    frame:
      'Nous ⟦faisons rénover le bureau|avons le bureau rénové=literal calque: "have something done" word for word|faisons rénové le bureau=form: participle after causative "faire" (needs the infinitive)|rénovons le bureau=mistranslation: "we renovate it ourselves" for having it done|faisons rénover la bureau=gender: feminine for the masculine "bureau"⟧.',
  },
  {
    id: 'plus-de-before-numbers',
    source: 'More than 100 clients answered the survey.',
    frame:
      '⟦Plus de 100 clients ont répondu|Plus que 100 clients ont répondu=literal calque: "plus que" before a number (needs "plus de")|Moins de 100 clients ont répondu=mistranslation: "more than" rendered as "less than"|Plus de 100 clients ont répondus=agreement: participle with "avoir" made plural|Plus de 100 clients répondront=wrong tense: past rendered as future⟧ ⟪à l\'enquête;au questionnaire⟫.',
  },
  {
    id: 'meilleur-comparative',
    source: 'This solution is better.',
    frame:
      'Cette solution ⟦est meilleure|est plus bonne=form: "plus bon" for the irregular "meilleur"|est meilleur=agreement: masculine adjective for "solution"|est la meilleure=mistranslation: comparative rendered as superlative|était meilleure=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'quel-agreement',
    source: 'Which options do you prefer?',
    frame:
      '⟦Quelles options préférez-vous\u00a0?|Quels options préférez-vous\u00a0?=agreement: masculine "quels" for the feminine "options"|Quelle options préférez-vous\u00a0?=agreement: singular "quelle" for a plural noun|Quelles options préfériez-vous\u00a0?=wrong tense: present rendered as imperfect⟧',
  },
]
