import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Dutch (standard Dutch as written in the Netherlands): grammar that does not
 * transfer word for word (verb-second after a fronted phrase, the verb at the end of a
 * subordinate clause, de and het, adjective endings, hebben or zijn in the perfect, separable
 * verbs, "om … te", relative "die" and "dat", "geen", "dan" after a comparative).
 */
export const NL_GRAMMAR_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'verb-second-after-fronted-adverb',
    source: 'Tomorrow I will send the report.',
    frame:
      'Morgen ⟦⟪stuur;verstuur⟫ ik het ⟪rapport;verslag⟫|ik ⟪stuur;verstuur⟫ het ⟪rapport;verslag⟫=word order: subject before the verb after a fronted adverb (needs verb-second)|⟪stuur;verstuur⟫ ik de ⟪rapport;verslag⟫=article: "de" for a neuter noun|stuurde ik het ⟪rapport;verslag⟫=wrong tense: future rendered as past⟧.',
  },
  {
    id: 'verb-final-in-subordinate-clause',
    source: 'I know that the client is coming today.',
    frame:
      'Ik weet dat ⟦de klant vandaag ⟪komt;langskomt⟫|de klant komt vandaag=word order: verb not at the end of the subordinate clause|het klant vandaag komt=article: "het" for "de klant"|de klant vandaag kwam=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'no-e-after-een-with-het-word',
    source: 'We have bought a big house.',
    frame:
      '⟪We;Wij⟫ hebben ⟦een ⟪groot;ruim⟫ huis gekocht|een grote huis gekocht=adjective ending: -e after "een" with a neuter noun|een groot huis gekoopt=form: weak participle for the strong "gekocht"|een groot huis verkocht=mistranslation: "bought" rendered as "sold"⟧.',
  },
  {
    id: 'e-after-de-with-adjective',
    source: 'The new colleague starts on Monday.',
    frame:
      '⟦De nieuwe collega begint|De nieuw collega begint=adjective ending: no -e after the definite article|Het nieuwe collega begint=article: "het" for "de collega"|De nieuwe collega begon=wrong tense: present rendered as past|De nieuwe collega beginnen=agreement: plural verb for one colleague⟧ ⟪maandag;op maandag⟫.',
  },
  {
    id: 'zijn-with-motion-to-a-place',
    source: 'The director has gone to Amsterdam.',
    frame:
      'De directeur ⟦is naar Amsterdam ⟪gegaan;vertrokken⟫|heeft naar Amsterdam gegaan=auxiliary: "hebben" with "gaan" to a place (needs "zijn")|is naar Amsterdam gegaand=form: "gegaand" for the participle "gegaan"|is in Amsterdam gegaan=wrong preposition: "in" for the destination (needs "naar")⟧.',
  },
  {
    id: 'hebben-with-werken',
    source: 'This week we have worked hard.',
    frame:
      'Deze week ⟦hebben we ⟪hard;flink⟫ gewerkt|zijn we hard gewerkt=auxiliary: "zijn" with "werken" (needs "hebben")|hebben we gewerkt hard=word order: participle not at the end|werken we hard=wrong tense: present perfect rendered as present|we hebben hard gewerkt=word order: no inversion after a fronted phrase⟧.',
  },
  {
    id: 'separable-verb-split-in-main-clause',
    source: 'I will call you tomorrow.',
    frame:
      '⟦⟪Ik bel je morgen op;Ik bel je morgen⟫|Ik opbel je morgen=form: separable prefix not split off in a main clause|Ik belde je morgen op=wrong tense: future rendered as past|Ik bel je gisteren op=mistranslation: "tomorrow" rendered as "yesterday"⟧.',
  },
  {
    id: 'separable-verb-joined-in-subordinate-clause',
    source: 'I hope that the train arrives on time.',
    frame:
      'Ik hoop dat de trein op tijd ⟦⟪aankomt;arriveert⟫|komt aan=word order: separable verb split in a subordinate clause|aankwam=wrong tense: present rendered as past|aan komt=spelling: a separable verb at the end of a clause written apart⟧.',
  },
  {
    id: 'om-te-for-purpose',
    source: 'We are going to the office to sign the contract.',
    frame:
      'We gaan naar kantoor ⟦om het contract te ⟪tekenen;ondertekenen⟫|voor het contract te tekenen=wrong preposition: "voor … te" (a Belgian colloquial form) for "om … te"|om het contract tekenen=omission: the "te" before the infinitive|om te tekenen het contract=word order: the object after the infinitive⟧.',
  },
  {
    id: 'er-for-there-is',
    source: 'There are two problems with the invoice.',
    frame:
      '⟦⟪Er zijn twee problemen met de factuur;Met de factuur zijn er twee problemen⟫|Daar zijn twee problemen met de factuur=literal calque: "there" as the place word "daar"|Er is twee problemen met de factuur=agreement: singular verb for two problems|Er waren twee problemen met de factuur=wrong tense: present rendered as past|Er zijn twee probleem met de factuur=number: singular noun after "twee"⟧.',
  },
  {
    id: 'plural-en-and-agreement',
    source: 'According to the survey, the customers are satisfied.',
    frame:
      '⟪Volgens het onderzoek;Volgens de enquête⟫ ⟦zijn de klanten tevreden|zijn de klants tevreden=number: plural "-s" for "klanten"|is de klanten tevreden=agreement: singular verb for "de klanten"|waren de klanten tevreden=wrong tense: present rendered as past|de klanten zijn tevreden=word order: no inversion after a fronted phrase⟧.',
  },
  {
    id: 'dat-for-neuter-antecedent',
    source: 'The report that I sent yesterday is ready.',
    frame:
      'Het rapport ⟦⟪dat ik gisteren heb gestuurd;dat ik gisteren gestuurd heb;dat ik gisteren heb verstuurd⟫|die ik gisteren heb gestuurd=relative pronoun: "die" for the neuter "rapport"|wat ik gisteren heb gestuurd=relative pronoun: "wat" after a noun|dat ik gisteren stuur=wrong tense: past rendered as present⟧ is klaar.',
  },
  {
    id: 'die-for-de-word-antecedent',
    source: 'The customer who called this morning wants a refund.',
    frame:
      'De klant ⟦die ⟪vanochtend;vanmorgen⟫ belde|dat ⟪vanochtend;vanmorgen⟫ belde=relative pronoun: "dat" for a de-word|wie ⟪vanochtend;vanmorgen⟫ belde=relative pronoun: "wie" without a preposition|die belde ⟪vanochtend;vanmorgen⟫=word order: verb not at the end of the relative clause⟧ wil zijn geld terug.',
  },
  {
    id: 'geen-for-not-a',
    source: 'We do not have an office in Utrecht.',
    frame:
      '⟪We;Wij⟫ hebben ⟦geen kantoor|niet kantoor=negation: "niet" before a noun without an article (needs "geen")|een kantoor=negation: "not" dropped|geen kantoren=number: plural for "an office"⟧ in Utrecht.',
  },
  {
    id: 'dan-after-comparative',
    source: 'Our office is bigger than the old one.',
    frame:
      'Ons kantoor is ⟦groter dan het ⟪oude;vorige⟫|groter als het oude=wrong comparison: "als" after a comparative (needs "dan")|meer groot dan het oude=form: "meer groot" for "groter"|kleiner dan het oude=mistranslation: "bigger" rendered as "smaller"|groter dan de oude=article: "de" for the neuter "kantoor"⟧.',
  },
  {
    id: 'ons-with-het-word',
    source: 'Our company is growing fast.',
    frame:
      '⟦Ons bedrijf groeit ⟪snel;hard⟫|Onze bedrijf groeit snel=pronoun: "onze" with the neuter "bedrijf"|Ons bedrijf groeit langzaam=mistranslation: "fast" rendered as "slowly"|Ons bedrijf groeide snel=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'passive-past',
    source: 'The invoice was sent yesterday.',
    frame:
      'De factuur ⟦⟪is gisteren verstuurd;werd gisteren verstuurd⟫|heeft gisteren verstuurd=auxiliary: "hebben" in a passive (needs "zijn" or "worden")|wordt gisteren verstuurd=wrong tense: past rendered as present|is gisteren versturen=form: infinitive for the participle⟧.',
  },
  {
    id: 'no-english-progressive',
    source: 'It is raining right now.',
    frame:
      '⟦⟪Het regent nu;Het is nu aan het regenen⟫|Het is regenend nu=literal calque: the English progressive "is raining"|Het regende nu=wrong tense: present rendered as past|Er regent nu=pronoun: "er" for the weather "het"⟧.',
  },
  {
    id: 'al-present-for-duration',
    source: 'I have been living in Utrecht for three years.',
    frame:
      '⟦⟪Ik woon al drie jaar in Utrecht;In Utrecht woon ik al drie jaar⟫|Ik heb drie jaar in Utrecht gewoond=literal calque: "have lived … for" (reads as a period now over)|Ik woonde al drie jaar in Utrecht=wrong tense: "have been living" rendered as past (had been living)|Ik woon al drie jaar op Utrecht=wrong preposition: "op" for a city|Ik woon al drie maanden in Utrecht=mistranslation: "years" rendered as "months"⟧.',
  },
  {
    id: 'geleden-for-ago',
    source: 'The parcel arrived two days ago.',
    frame:
      'Het pakket ⟦is twee dagen geleden ⟪aangekomen;bezorgd⟫|heeft twee dagen geleden aangekomen=auxiliary: "hebben" with "aankomen" (needs "zijn")|is geleden twee dagen aangekomen=word order: "geleden" before the period|is over twee dagen aangekomen=mistranslation: "two days ago" rendered as "in two days"⟧.',
  },
  {
    id: 'zich-verheugen-op',
    source: 'I am looking forward to the holiday.',
    frame:
      '⟦⟪Ik verheug me op de vakantie;Ik kijk uit naar de vakantie;Ik heb zin in de vakantie⟫|Ik verheug op de vakantie=omission: the reflexive "me"|Ik verheug me aan de vakantie=wrong preposition: "aan" after "zich verheugen" (needs "op")|Ik kijk vooruit naar de vakantie=literal calque of "look forward to"⟧.',
  },
  {
    id: 'hun-for-indirect-object',
    source: 'I gave them the documents.',
    frame:
      'Ik heb ⟦⟪hun;ze⟫ de documenten gegeven|hen de documenten gegeven=pronoun: "hen" for the indirect object (needs "hun")|zij de documenten gegeven=pronoun: subject form "zij" as an object|⟪hun;ze⟫ de documenten gegeeft=form: "gegeeft" for the participle "gegeven"⟧.',
  },
  {
    id: 'modal-without-te',
    source: 'I can send the file today.',
    frame:
      'Ik ⟦kan het bestand vandaag ⟪sturen;versturen⟫|kan sturen het bestand vandaag=word order: infinitive not at the end|kan het bestand vandaag te sturen=addition: "te" after a modal verb|kon het bestand vandaag sturen=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'hebben-with-ontmoeten',
    source: 'We met the new director yesterday.',
    frame:
      '⟪We;Wij⟫ hebben gisteren ⟦de nieuwe directeur ⟪ontmoet;leren kennen⟫|de nieuw directeur ontmoet=adjective ending: no -e after the definite article|de nieuwe directeur ontmoetten=form: past tense "ontmoetten" for the participle "ontmoet"|het nieuwe directeur ontmoet=article: "het" for "de directeur"⟧.',
  },
  {
    id: 'verb-final-after-omdat',
    source: 'We are closed because it is a public holiday.',
    frame:
      '⟪We;Wij⟫ zijn gesloten omdat het ⟦⟪een feestdag;een officiële feestdag⟫ is|is een feestdag=word order: verb not at the end after "omdat"|een feestdag was=wrong tense: present rendered as past|een feestdagen is=number: plural after "een"⟧.',
  },
]
