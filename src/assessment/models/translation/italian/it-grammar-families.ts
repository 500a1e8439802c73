import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Italian (standard Italian as written in Italy): grammar that does not transfer word
 * for word (essere or avere, participle agreement, the congiuntivo after conjunctions and
 * impersonal verbs, articles before s and a consonant, clitic pronouns, "da" and "fa").
 */
export const IT_GRAMMAR_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'essere-auxiliary-for-motion',
    source: 'The delegation arrived yesterday.',
    frame:
      'La delegazione ⟦è arrivata|ha arrivato=auxiliary: "avere" with a verb of motion (needs "essere")|è arrivato=agreement: participle not feminine after "essere"|ha arrivata=auxiliary: "avere" with a verb of motion (needs "essere")|arriverà=wrong tense: past rendered as future⟧ ieri.',
  },
  {
    id: 'congiuntivo-after-e-necessario-che',
    source: 'It is necessary that the client signs today.',
    frame:
      'È necessario che il cliente ⟦firmi|firma=mood: indicative after "è necessario che" (needs the congiuntivo)|firmerà=mood: future after "è necessario che" (needs the congiuntivo)|firmasse=tense sequence: past congiuntivo after a present main clause⟧ oggi.',
  },
  {
    id: 'congiuntivo-after-benche',
    source: 'Although the price is high, we accept the offer.',
    frame:
      'Benché il prezzo ⟦sia alto|è alto=mood: indicative after "benché" (needs the congiuntivo)|sarà alto=mood: future after "benché" (needs the congiuntivo)|sia alta=agreement: feminine adjective for "il prezzo"|era alto=wrong tense: present rendered as past⟧, accettiamo l\'offerta.',
  },
  {
    id: 'congiuntivo-after-affinche',
    source: 'We are sending the invoice so that the client can pay it.',
    frame:
      'Inviamo la fattura ⟦affinché il cliente possa pagarla|affinché il cliente può pagarla=mood: indicative after "affinché" (needs the congiuntivo)|affinché il cliente potrà pagarla=mood: future after "affinché" (needs the congiuntivo)|per il cliente potere pagarla=literal calque: "per", a subject and an infinitive|affinché il cliente possa pagarlo=agreement: masculine pronoun for "la fattura"⟧.',
  },
  {
    id: 'congiuntivo-after-prima-che',
    source: 'Call me before the client leaves.',
    frame:
      '⟪Mi chiami;Mi telefoni⟫ ⟦prima che il cliente parta|prima che il cliente parte=mood: indicative after "prima che" (needs the congiuntivo)|prima che il cliente partirà=mood: future after "prima che" (needs the congiuntivo)|dopo che il cliente è partito=mistranslation: "before" rendered as "after"|prima il cliente parte=literal calque: "prima" as a conjunction without "che"⟧.',
  },
  {
    id: 'da-present-for-duration',
    source: 'I have been living in Milan for three years.',
    frame:
      '⟦Vivo a Milano da tre anni|Ho vissuto a Milano per tre anni=literal calque: "have lived … for" (reads as a period now over)|Vivo a Milano tre anni fa=mistranslation: "for three years" rendered as "three years ago"|Vivo in Milano da tre anni=wrong preposition: "in" before a city|Vivo a Milano per tre anni=wrong preposition: "per" for a duration still running⟧.',
  },
  {
    id: 'fa-for-ago',
    source: 'The parcel arrived two days ago.',
    frame:
      'Il pacco ⟦è arrivato due giorni fa|ha arrivato due giorni fa=auxiliary: "avere" with a verb of motion (needs "essere")|è arrivato fa due giorni=word order: "fa" before the period|arriverà tra due giorni=mistranslation: "two days ago" rendered as "in two days"⟧.',
  },
  {
    id: 'articulated-preposition',
    source: 'The keys are on the table.',
    frame:
      'Le chiavi sono ⟦sul tavolo|su il tavolo=form: "su il" not contracted to "sul"|sulla tavolo=gender: feminine for the masculine "tavolo"|nel tavolo=wrong preposition: "nel" (inside) for "on"|sotto il tavolo=mistranslation: "on" rendered as "under"⟧.',
  },
  {
    id: 'masculine-problema',
    source: 'The ⟨problem;system⟩ is serious.',
    frame:
      '⟦⟨Il problema;Il sistema⟩ è grave|⟨La problema;La sistema⟩ è grave=gender: a masculine noun in -ma treated as feminine|⟨Il problema;Il sistema⟩ è gravi=agreement: plural adjective for a singular noun|⟨Il problema;Il sistema⟩ era grave=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'lo-before-s-consonant',
    source: 'The student has arrived.',
    frame:
      '⟦Lo studente è arrivato|Il studente è arrivato=article: "il" before s and a consonant (needs "lo")|Lo studente è arrivata=agreement: feminine participle for "lo studente"|Lo studente ha arrivato=auxiliary: "avere" with a verb of motion (needs "essere")⟧.',
  },
  {
    id: 'uno-before-s-consonant',
    source: 'We offer a discount to new customers.',
    frame:
      'Offriamo ⟦uno sconto|un sconto=article: "un" before s and a consonant (needs "uno")|una sconto=gender: feminine article for the masculine "sconto"|uno sconti=number: plural noun after "uno"⟧ ai nuovi clienti.',
  },
  {
    id: 'piacere-construction',
    source: 'The customers like the new design.',
    frame:
      '⟦⟪Ai clienti piace il nuovo design;Il nuovo design piace ai clienti⟫|I clienti piacciono il nuovo design=literal calque: "like" given the English subject and object|Ai clienti piacciono il nuovo design=agreement: verb agrees with the people, not with what is liked|Ai clienti gli piace il nuovo design=pronoun: "gli" repeats "ai clienti"|Ai clienti piaceva il nuovo design=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'periodo-ipotetico',
    source: 'If the client had the budget, he would buy the licence.',
    frame:
      'Se il cliente ⟦avesse il budget, comprerebbe|avrebbe il budget, comprerebbe=mood: conditional after "se" (needs the imperfect congiuntivo)|avesse il budget, comprerà=tense sequence: future after an unreal "se" clause|ha il budget, comprerebbe=tense sequence: present after "se" with a conditional|aveva il budget, comprerebbe=mood: imperfect indicative in an unreal condition⟧ la licenza.',
  },
  {
    id: 'glielo-combined-pronoun',
    source: '[About the report the manager needed] I gave it to him yesterday.',
    frame:
      '⟦Gliel\'ho dato|Gli l\'ho dato=form: "gli" and "lo" not joined as "glielo"|Lo gli ho dato=word order: direct pronoun before the indirect one|Gliel\'ho data=agreement: feminine participle for the masculine "lo"|Glielo darò=wrong tense: past rendered as future⟧ ieri.',
  },
  {
    id: 'participle-agreement-with-clitic',
    source: '[About the letters] I wrote them yesterday.',
    frame:
      '⟦Le ho scritte|Le ho scritto=agreement: participle not agreeing with the clitic "le"|Li ho scritti=gender: masculine pronoun for "le lettere"|Le ho scritta=agreement: singular participle for "le"|Le scriverò=wrong tense: past rendered as future⟧ ieri.',
  },
  {
    id: 'no-article-singular-family',
    source: 'My sister lives in Rome.',
    frame:
      '⟦Mia sorella vive a Roma|La mia sorella vive a Roma=article: article before a possessive with a singular relative|Mia sorella vive in Roma=wrong preposition: "in" before a city|Mia sorella viveva a Roma=wrong tense: present rendered as past|Mio sorella vive a Roma=gender: masculine possessive for "sorella"⟧.',
  },
  {
    id: 'in-before-country',
    source: 'Our partners live in Portugal.',
    frame:
      'I nostri partner ⟦vivono in Portogallo|vivono a Portogallo=wrong preposition: "a" before a country (needs "in")|vivono al Portogallo=wrong preposition: "al" before a country|vivevano in Portogallo=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'appena-for-have-just',
    source: 'I have just sent the message.',
    frame:
      '⟦Ho appena inviato il messaggio|Ho giusto inviato il messaggio=literal calque: "just" rendered as "giusto"|Avevo appena inviato il messaggio=wrong tense: "I had just" for "I have just"|Ho appena inviata il messaggio=agreement: feminine participle with "avere"|Sto per inviare il messaggio=mistranslation: "have just sent" rendered as "am about to send"⟧.',
  },
  {
    id: 'di-cui-with-aver-bisogno',
    source: 'The file I need is on the server.',
    frame:
      'Il file ⟦di cui ho bisogno|che ho bisogno=relative pronoun: "che" where "aver bisogno di" needs "di cui"|cui ho bisogno=relative pronoun: "cui" without the "di" of "aver bisogno di"|di cui avevo bisogno=wrong tense: present rendered as past⟧ è sul server.',
  },
  {
    id: 'quello-che-for-what',
    source: 'This is what the client asked for.',
    frame:
      'Questo è ⟦⟪quello che;ciò che⟫ ha chiesto il cliente|che ha chiesto il cliente=omission: "quello" of "quello che" for "what"|cosa ha chiesto il cliente=literal calque: interrogative "cosa" for relative "what"|⟪quello che;ciò che⟫ chiederà il cliente=wrong tense: past rendered as future⟧.',
  },
  {
    id: 'infinitive-after-prima-di',
    source: 'Before signing, read the contract carefully.',
    frame:
      '⟦Prima di firmare|Prima firmando=literal calque: "before …ing" as a gerund|Prima di firmando=literal calque: gerund after a preposition (needs the infinitive)|Prima firmare=omission: the "di" of "prima di"|Dopo aver firmato=mistranslation: "before" rendered as "after"⟧, legga ⟪attentamente il contratto;il contratto con attenzione⟫.',
  },
  {
    id: 'infinitive-as-subject',
    source: 'Reading every day is important.',
    frame:
      '⟦Leggere ⟪ogni giorno;tutti i giorni⟫ è importante|Leggendo ⟪ogni giorno;tutti i giorni⟫ è importante=literal calque: gerund as a subject (needs the infinitive)|Leggere ⟪ogni giorno;tutti i giorni⟫ è importanti=agreement: plural adjective for an infinitive subject|Leggere tutto il giorno è importante=mistranslation: "every day" rendered as "all day"⟧.',
  },
  {
    id: 'ci-sono-existential',
    source: 'There are two errors in the table.',
    frame:
      '⟦Ci sono due errori|C\'è due errori=agreement: singular "c\'è" for a plural subject|Ci sono due errore=number: singular noun after "due"|Là sono due errori=literal calque: "there are" rendered as "là sono"⟧ nella tabella.',
  },
  {
    id: 'fare-causative',
    source: 'We are having the office renovated.',
    frame:
      '⟦Facciamo ristrutturare l\'ufficio|Abbiamo l\'ufficio ristrutturato=literal calque: "have something done" word for word|Facciamo ristrutturato l\'ufficio=form: participle after causative "fare" (needs the infinitive)|Ristrutturiamo l\'ufficio=mistranslation: "we renovate it ourselves" for having it done⟧.',
  },
  {
    id: 'piu-di-before-numbers',
    source: 'More than 100 clients answered the survey.',
    frame:
      '⟦Più di 100 clienti hanno risposto|Più che 100 clienti hanno risposto=literal calque: "più che" before a number (needs "più di")|Meno di 100 clienti hanno risposto=mistranslation: "more than" rendered as "less than"|Più di 100 clienti hanno risposti=agreement: participle with "avere" made plural|Più di 100 clienti risponderanno=wrong tense: past rendered as future⟧ al questionario.',
  },
  {
    id: 'migliore-comparative',
    source: 'This solution is better.',
    frame:
      'Questa soluzione ⟦è migliore|è più meglio=form: "più" added to the comparative "meglio"|è migliori=number: plural adjective for one solution|è la migliore=mistranslation: comparative rendered as superlative|era migliore=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'quale-agreement',
    source: 'Which options do you prefer?',
    frame:
      '⟦Quali opzioni preferisce|Quale opzioni preferisce=agreement: singular "quale" for a plural noun|Quali opzione preferisce=number: singular noun after "quali"|Quali opzioni preferiva=wrong tense: present rendered as imperfect⟧?',
  },
  {
    id: 'ne-partitive',
    source: '[How many copies do you have?] I have three.',
    frame:
      '⟦Ne ho tre|Ho tre=omission: the partitive "ne" with a number alone|Li ho tre=pronoun: "li" for the partitive "ne"|Ne ho tre di loro=literal calque: "three of them" added after "ne"|Ne avevo tre=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'negative-concord-nessuno',
    source: 'Nobody called this morning.',
    frame:
      '⟦⟪Non ha chiamato nessuno;Nessuno ha chiamato⟫ stamattina|Ha chiamato nessuno stamattina=omission: the "non" Italian needs before the verb when "nessuno" follows|Nessuno non ha chiamato stamattina=negation: "non" after a preverbal "nessuno"|Non ha chiamato qualcuno stamattina=literal calque: "anybody" rendered as "qualcuno"⟧.',
  },
  {
    id: 'si-impersonale',
    source: 'English is spoken in this office.',
    frame:
      'In questo ufficio ⟦si parla inglese|è parlato inglese=literal calque: English passive (needs the impersonal "si")|si parlano inglese=agreement: plural verb for a singular subject|si parla Inglese=capitalisation: language name capitalised|si parlava inglese=wrong tense: present rendered as past⟧.',
  },
]
