import type { TranslationFamily } from '../translation-model.js'

/**
 * English → German (Germany, standard written German): grammar that does not transfer word for
 * word (verb position, case after prepositions and verbs, adjective endings, auxiliaries,
 * separable verbs, the subjunctive of politeness and conditions).
 */
export const DE_GRAMMAR_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'verb-second-after-adverbial',
    source: 'Tomorrow we will send the ⟨invoice;contract⟩.',
    frame:
      'Morgen ⟦⟪schicken;senden⟫ wir ⟨die Rechnung;den Vertrag⟩|wir ⟪schicken;senden⟫ ⟨die Rechnung;den Vertrag⟩=word order: subject before the verb after a fronted adverb (verb second)|⟪schickten;sendeten⟫ wir ⟨die Rechnung;den Vertrag⟩=wrong tense: future rendered as past|⟪schicken;senden⟫ wir ⟨der Rechnung;dem Vertrag⟩=case: dative for the direct object⟧.',
  },
  {
    id: 'verb-final-in-dass-clause',
    source: 'I know that the ⟨client;tenant⟩ has paid.',
    frame:
      'Ich weiß, ⟦dass der ⟨Kunde;Mieter⟩ bezahlt hat|dass der ⟨Kunde;Mieter⟩ hat bezahlt=word order: finite verb not at the end of a subordinate clause|das der ⟨Kunde;Mieter⟩ bezahlt hat=spelling: pronoun "das" for the conjunction "dass"|dass der ⟨Kunde;Mieter⟩ bezahlt hatte=wrong tense: present perfect rendered as pluperfect|dass der ⟨Kunde;Mieter⟩ bezahlen hat=form: infinitive for the participle⟧.',
  },
  {
    id: 'sein-perfect-for-motion',
    source: 'The ⟨delegation;team⟩ travelled to Berlin yesterday.',
    frame:
      '⟨Die Delegation;Das Team⟩ ⟦ist gestern nach Berlin gereist|hat gestern nach Berlin gereist=auxiliary: "haben" with a verb of motion (needs "sein")|ist gestern zu Berlin gereist=wrong preposition: "zu" for travel to a city (needs "nach")|ist gestern nach Berlin reisen=form: infinitive for the participle|ist gestern in Berlin gereist=wrong preposition: "in" (location) for the destination⟧.',
  },
  {
    id: 'zu-for-going-to-a-person',
    source: '⟨I;My colleague⟩ ⟨am;is⟩ going to the doctor.',
    frame:
      '⟨Ich gehe;Mein Kollege geht⟩ ⟦zum Arzt|nach dem Arzt=wrong preposition: "nach" (cities, countries) for going to a person|zu der Arzt=case: nominative after "zu" (needs the dative)|in den Arzt=wrong preposition: "in" for going to a person|zum Ärztin=gender: masculine article for a feminine noun⟧.',
  },
  {
    id: 'fuer-takes-accusative',
    source: 'The letter is for the ⟨manager;new colleague⟩.',
    frame:
      'Der Brief ist ⟦für den ⟨Geschäftsführer;neuen Kollegen⟩|für dem ⟨Geschäftsführer;neuen Kollegen⟩=case: dative after "für" (needs the accusative)|für der ⟨Geschäftsführer;neue Kollege⟩=case: nominative after "für"|von dem ⟨Geschäftsführer;neuen Kollegen⟩=mistranslation: "for" rendered as "from"⟧.',
  },
  {
    id: 'mit-dative-weak-noun',
    source: 'I am travelling with my colleague.',
    frame:
      'Ich ⟪reise;fahre⟫ ⟦mit meinem Kollegen|mit meinem Kollege=form: weak noun without its -n ending|mit mein Kollege=case: no dative after "mit"|mit meinen Kollegen=number: "my colleagues" for one colleague|mit meinem Kollegin=gender: masculine possessive for a feminine noun⟧.',
  },
  {
    id: 'two-way-prepositions',
    source: '⟨Put the file on the table.;The file is lying on the table.⟩',
    frame:
      '⟦⟨Legen Sie die Akte auf den Tisch;Die Akte liegt auf dem Tisch⟩|⟨Legen Sie die Akte auf dem Tisch;Die Akte liegt auf den Tisch⟩=case: after "auf", accusative for movement and dative for position swapped|⟨Legen Sie die Akte an den Tisch;Die Akte liegt an dem Tisch⟩=wrong preposition: "an" (beside) for "on"|⟨Legen Sie die Akte auf der Tisch;Die Akte liegt auf der Tisch⟩=gender: feminine article for "Tisch"⟧.',
  },
  {
    id: 'adjective-ending-after-der',
    source: 'The new colleague starts on Monday.',
    frame:
      '⟦Der neue Kollege ⟪beginnt am Montag;fängt am Montag an⟫|Der neuer Kollege ⟪beginnt am Montag;fängt am Montag an⟫=adjective ending: strong ending after the definite article|Die neue Kollege ⟪beginnt am Montag;fängt am Montag an⟫=gender: feminine article for "Kollege"|Der neue Kollege ⟪begann am Montag;fing am Montag an⟫=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'adjective-ending-after-ein',
    source: 'A new ⟨colleague;supplier⟩ starts next week.',
    frame:
      '⟦Ein neuer ⟨Kollege;Lieferant⟩|Ein neue ⟨Kollege;Lieferant⟩=adjective ending: weak ending after "ein" (needs -er)|Ein neuen ⟨Kollege;Lieferant⟩=adjective ending: accusative ending for the subject|Eine neue ⟨Kollege;Lieferant⟩=gender: feminine article for a masculine noun⟧ ⟪beginnt nächste Woche;fängt nächste Woche an⟫.',
  },
  {
    id: 'separable-verb-prefix',
    source: 'The train departs at eight.',
    frame:
      'Der Zug ⟦fährt um acht Uhr ab|abfährt um acht Uhr=word order: separable prefix not separated in a main clause|fährt an acht Uhr ab=wrong preposition: "an" with a clock time (needs "um")|fuhr um acht Uhr ab=wrong tense: present rendered as past|fährt um acht Uhr an=wrong prefix: "anfahren" (start moving, hit) for "abfahren"⟧.',
  },
  {
    id: 'modal-infinitive-at-end',
    source: 'We can deliver the goods tomorrow.',
    frame:
      'Wir ⟦können die Ware morgen liefern|können liefern die Ware morgen=word order: infinitive not at the end after a modal|können die Ware morgen zu liefern=form: "zu" after a modal verb|konnten die Ware morgen liefern=wrong tense: present rendered as past|können die Ware morgen geliefert=form: participle for the infinitive⟧.',
  },
  {
    id: 'zu-infinitive-after-planen',
    source: 'We plan to open a new office.',
    frame:
      'Wir planen, ⟦ein neues Büro zu eröffnen|ein neues Büro eröffnen=omission: the "zu" of the infinitive clause|zu eröffnen ein neues Büro=word order: object after the infinitive|einen neuen Büro zu eröffnen=gender: masculine for the neuter "Büro"|ein neues Büro zu schließen=mistranslation: "open" rendered as "close"⟧.',
  },
  {
    id: 'seit-plus-present-for-duration',
    source: '⟨I have;My sister has⟩ been living in Munich for three years.',
    frame:
      '⟨Ich wohne;Meine Schwester wohnt⟩ ⟦seit drei Jahren|für drei Jahre=literal calque: "for" rendered as "für" for a duration still running|seit drei Jahre=case: no dative plural -n after "seit"|vor drei Jahren=mistranslation: "for three years" rendered as "three years ago"⟧ in München.',
  },
  {
    id: 'vor-for-ago',
    source: 'The parcel arrived two days ago.',
    frame:
      'Das Paket ⟦ist vor zwei Tagen angekommen|ist vor zwei Tage angekommen=case: no dative plural -n after "vor"|ist seit zwei Tagen angekommen=mistranslation: "ago" rendered as "for, since"|hat vor zwei Tagen angekommen=auxiliary: "haben" with a verb of motion (needs "sein")|ist vor zwei Wochen angekommen=mistranslation: "days" rendered as "weeks"⟧.',
  },
  {
    id: 'feminine-nouns-in-ung',
    source: 'The ⟨delivery;meeting⟩ has been postponed.',
    frame:
      '⟦Die ⟨Lieferung;Besprechung⟩ wurde verschoben|Der ⟨Lieferung;Besprechung⟩ wurde verschoben=gender: masculine article for a noun in -ung|Das ⟨Lieferung;Besprechung⟩ wurde verschoben=gender: neuter article for a noun in -ung|Die ⟨Lieferung;Besprechung⟩ wurde abgesagt=mistranslation: "postponed" rendered as "cancelled"⟧.',
  },
  {
    id: 'werden-passive',
    source: 'The contract was signed yesterday.',
    frame:
      'Der Vertrag ⟦wurde gestern unterschrieben|wird gestern unterschrieben=wrong tense: present passive for a past event|wurde gestern unterschreiben=form: infinitive for the participle|hat gestern unterschrieben=voice: active "hat" makes the contract the signer|wurde gestern gekündigt=mistranslation: "signed" rendered as "terminated"⟧.',
  },
  {
    id: 'moechte-for-would-like',
    source: 'I would like to order two tickets.',
    frame:
      'Ich ⟦⟪möchte zwei Karten bestellen;würde gern zwei Karten bestellen⟫|würde mögen zwei Karten bestellen=literal calque of "would like"|mochte zwei Karten bestellen=wrong mood: past indicative "mochte" for "möchte"|möchte zwei Karten bestellt=form: participle for the infinitive⟧.',
  },
  {
    id: 'conditional-konjunktiv-ii',
    source: 'If the ⟨client;company⟩ had the budget, it would buy the licence.',
    frame:
      'Wenn ⟨der Kunde;die Firma⟩ das Budget ⟦hätte, würde ⟨er;sie⟩ die Lizenz kaufen|hatte, würde ⟨er;sie⟩ die Lizenz kaufen=mood: past indicative in an unreal condition (needs "hätte")|hätte, ⟨er;sie⟩ würde die Lizenz kaufen=word order: subject before the verb after a fronted clause|hat, würde ⟨er;sie⟩ die Lizenz kaufen=tense sequence: present indicative with "würde"|hätte, wird ⟨er;sie⟩ die Lizenz kaufen=mood: future "wird" for "would"⟧.',
  },
  {
    id: 'helfen-takes-dative',
    source: 'Can you help the new colleague?',
    frame:
      '⟦⟪Können;Könnten⟫ Sie dem neuen Kollegen helfen|⟪Können;Könnten⟫ Sie den neuen Kollegen helfen=case: accusative after "helfen" (needs the dative)|⟪Können;Könnten⟫ Sie dem neuen Kollege helfen=form: weak noun without its -n ending|⟪Können;Könnten⟫ Sie dem neuen Kollegen geholfen=form: participle for the infinitive⟧?',
  },
  {
    id: 'gefallen-construction',
    source: 'The customers like the new design.',
    frame:
      '⟦Den Kunden gefällt das neue Design|Die Kunden gefallen das neue Design=literal calque: "like" given the English subject and object|Den Kunden gefallen das neue Design=agreement: verb agrees with the people, not with what is liked|Den Kunden gefällt die neue Design=gender: feminine for the neuter "Design"|Den Kunden gefiel das neue Design=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'kein-for-no',
    source: 'We have no time ⟨today;this week⟩.',
    frame:
      'Wir ⟦haben ⟨heute;diese Woche⟩ keine Zeit|haben ⟨heute;diese Woche⟩ nicht Zeit=negation: "nicht" before a noun without article (needs "kein")|haben ⟨heute;diese Woche⟩ kein Zeit=form: "kein" without its feminine -e|hatten ⟨heute;diese Woche⟩ keine Zeit=wrong tense: present rendered as past|haben ⟨heute;diese Woche⟩ viel Zeit=mistranslation: negation lost⟧.',
  },
  {
    id: 'als-for-single-past-event',
    source: 'When I arrived, the meeting had already started.',
    frame:
      '⟦Als ich ankam, hatte die Besprechung schon begonnen|Wenn ich ankam, hatte die Besprechung schon begonnen=wrong conjunction: "wenn" for a single past event (needs "als")|Wann ich ankam, hatte die Besprechung schon begonnen=wrong conjunction: question word "wann" for "when"|Als ich ankam, die Besprechung hatte schon begonnen=word order: subject before the verb after a fronted clause|Als ich ankam, hatte die Besprechung noch nicht begonnen=mistranslation: "already" rendered as "not yet"⟧.',
  },
  {
    id: 'relative-pronoun-case',
    source: 'The colleague I called is ill.',
    frame:
      'Der Kollege, ⟦den ich angerufen habe, ist krank|der ich angerufen habe, ist krank=case: nominative relative pronoun for the object (needs "den")|dem ich angerufen habe, ist krank=case: dative relative pronoun ("anrufen" takes the accusative)|den ich habe angerufen, ist krank=word order: finite verb not at the end of the relative clause|den ich angerufen habe, ist gesund=mistranslation: "ill" rendered as "healthy"⟧.',
  },
  {
    id: 'lassen-for-having-done',
    source: 'We are having the office renovated.',
    frame:
      'Wir ⟦lassen das Büro renovieren|haben das Büro renoviert=mistranslation: "we renovated it ourselves" for having it done|lassen das Büro renoviert=form: participle after "lassen" (needs the infinitive)|machen das Büro renovieren=literal calque: "machen" for "have something done"⟧.',
  },
  {
    id: 'um-zu-for-purpose',
    source: 'We called to confirm the appointment.',
    frame:
      'Wir haben angerufen, ⟦um den Termin zu bestätigen|für den Termin zu bestätigen=literal calque: "für" for the purpose "to" (needs "um … zu")|um den Termin bestätigen=omission: the "zu" of "um … zu"|um zu bestätigen den Termin=word order: object after the infinitive|um den Termin abzusagen=mistranslation: "confirm" rendered as "cancel"⟧.',
  },
  {
    id: 'adjective-ending-no-article-plural',
    source: 'New customers receive a discount.',
    frame:
      '⟦Neue Kunden ⟪erhalten;bekommen⟫ einen Rabatt|Neuen Kunden ⟪erhalten;bekommen⟫ einen Rabatt=adjective ending: dative ending on the subject|Neue Kunden ⟪erhalten;bekommen⟫ ein Rabatt=gender: neuter article for "Rabatt"|Neue Kunden ⟪erhielten;bekamen⟫ einen Rabatt=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'es-gibt-for-there-are',
    source: 'There are three options.',
    frame:
      '⟦Es gibt drei Möglichkeiten|Es geben drei Möglichkeiten=agreement: "es gibt" made plural|Es gibt drei Möglichkeit=number: singular noun after "drei"|Es gab drei Möglichkeiten=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'als-in-comparisons',
    source: 'The new model is cheaper than the old one.',
    frame:
      'Das neue Modell ist ⟦⟪billiger;günstiger⟫ als das alte|⟪billiger;günstiger⟫ dann das alte=false friend: "dann" (then) for "than"|⟪billiger;günstiger⟫ als der alte=gender: masculine for the neuter "Modell"|so ⟪billig;günstig⟫ wie das alte=mistranslation: comparative rendered as equality|teurer als das alte=mistranslation: "cheaper" rendered as "more expensive"⟧.',
  },
  {
    id: 'wo-vs-wohin',
    source: 'Where are you sending the parcel?',
    frame:
      '⟦Wohin schicken Sie das Paket|Wo schicken Sie das Paket=wrong adverb: "wo" (where, position) for a destination (needs "wohin")|Wohin schicken Sie den Paket=gender: masculine article for the neuter "Paket"|Wohin schickten Sie das Paket=wrong tense: present rendered as past|Woher schicken Sie das Paket=mistranslation: "where to" rendered as "where from"⟧?',
  },
  {
    id: 'wissen-vs-kennen',
    source: 'I know this ⟨city;area⟩ well.',
    frame:
      'Ich ⟦kenne ⟨diese Stadt;diese Gegend⟩ gut|weiß ⟨diese Stadt;diese Gegend⟩ gut=wrong verb: "wissen" (know a fact) for knowing a place (needs "kennen")|kannte ⟨diese Stadt;diese Gegend⟩ gut=wrong tense: present rendered as past|kenne ⟨dieser Stadt;dieser Gegend⟩ gut=case: dative for the direct object|kenne ⟨diesen Stadt;diesen Gegend⟩ gut=gender: masculine for a feminine noun⟧.',
  },
]
