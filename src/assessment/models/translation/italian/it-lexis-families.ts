import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Italian: long-documented false friends (each wrong reading a real Italian word of
 * another meaning) and verb–noun collocations Italian builds with another verb.
 */
export const IT_LEXIS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'actually-in-realta',
    source: 'Actually, the deadline is Friday.',
    frame:
      '⟦⟪In realtà;In effetti⟫|Attualmente=false friend: "attualmente" means "currently"|Al momento=mistranslation: "actually" rendered as "at the moment"|In teoria=mistranslation: "actually" rendered as "in theory"⟧, la scadenza è venerdì.',
  },
  {
    id: 'eventually-alla-fine',
    source: 'Eventually, the client accepted the proposal.',
    frame:
      '⟦⟪Alla fine;Infine⟫|Eventualmente=false friend: "eventualmente" means "possibly, if need be"|Possibilmente=false friend: "possibilmente" means "if possible"|All\'inizio=mistranslation: "eventually" rendered as "at first"|Evidentemente=mistranslation: "evidentemente" means "evidently"⟧ il cliente ha accettato la proposta.',
  },
  {
    id: 'library-biblioteca',
    source: 'I borrowed this book from the library.',
    frame:
      'Ho preso in prestito questo libro ⟦in biblioteca|in libreria=false friend: "libreria" means "bookshop"|in bibliografia=mistranslation: "bibliografia" means "reading list"|in archivio=mistranslation: "library" rendered as "archive"|in una libreria=false friend: "libreria" means "bookshop"⟧.',
  },
  {
    id: 'sensible-sensato',
    source: 'It was a sensible decision.',
    frame:
      'È stata una decisione ⟦⟪sensata;ragionevole⟫|sensibile=false friend: "sensibile" means "sensitive"|sensazionale=mistranslation: "sensible" rendered as "sensational"|insensata=mistranslation: "sensible" rendered as "senseless"⟧.',
  },
  {
    id: 'actual-effettivo',
    source: 'The actual cost was higher than planned.',
    frame:
      'Il costo ⟦⟪effettivo;reale⟫ è stato più alto|attuale è stato più alto=false friend: "attuale" means "current"|attualizzato è stato più alto=false friend: "attualizzato" means "updated, discounted to present value"|⟪effettivo;reale⟫ è stato più basso=mistranslation: "higher" rendered as "lower"⟧ del previsto.',
  },
  {
    id: 'lecture-lezione',
    source: 'The lecture starts at nine.',
    frame:
      '⟦La ⟪lezione;conferenza⟫ inizia|La lettura inizia=false friend: "lettura" means "reading"|Il lettore inizia=false friend: "lettore" means "reader"|La ⟪lezione;conferenza⟫ iniziano=agreement: plural verb for a singular subject|La ⟪lezione;conferenza⟫ è iniziata=wrong tense: present rendered as past⟧ alle nove.',
  },
  {
    id: 'argument-litigio',
    source: 'The partners had an argument about money.',
    frame:
      'I soci ⟦hanno avuto ⟪una discussione;un litigio⟫|hanno avuto un argomento=false friend: "argomento" means "topic"|hanno avuto un\'argomentazione=false friend: "argomentazione" means "line of reasoning"|avranno ⟪una discussione;un litigio⟫=wrong tense: past rendered as future⟧ per soldi.',
  },
  {
    id: 'sympathetic-comprensivo',
    source: 'The doctor was very sympathetic.',
    frame:
      'Il medico ⟦è stato molto comprensivo|è stato molto simpatico=false friend: "simpatico" means "friendly, likeable"|è stato molto comprensibile=false friend: "comprensibile" means "understandable"|è stato molto comprensiva=agreement: feminine adjective for "il medico"|è stato molto incomprensivo=mistranslation: "sympathetic" rendered as "unsympathetic"⟧.',
  },
  {
    id: 'pretend-fingere',
    source: 'The witness pretended to be ill.',
    frame:
      'Il testimone ⟦⟪ha finto di essere malato;ha fatto finta di essere malato⟫|ha preteso di essere malato=false friend: "pretendere" means "demand, claim"|ha finto essere malato=omission: the "di" of "fingere di"|ha finto di essere malata=agreement: feminine adjective for "il testimone"|fingerà di essere malato=wrong tense: past rendered as future⟧.',
  },
  {
    id: 'fabric-tessuto',
    source: 'This fabric is made in Portugal.',
    frame:
      '⟦⟪Questo tessuto è prodotto;Questa stoffa è prodotta⟫ in Portogallo|Questa fabbrica è prodotta in Portogallo=false friend: "fabbrica" means "factory"|⟪Questo tessuto è prodotto;Questa stoffa è prodotta⟫ a Portogallo=wrong preposition: "a" before a country|⟪Questo tessuto è prodotto;Questa stoffa è prodotta⟫ in Spagna=mistranslation: "Portugal" rendered as "Spain"⟧.',
  },
  {
    id: 'parents-genitori',
    source: 'The pupils came with their parents.',
    frame:
      'Gli alunni ⟦sono venuti con i loro genitori|sono venuti con i loro parenti=false friend: "parenti" means "relatives"|sono venuti con le loro genitori=gender: feminine article for "genitori"|hanno venuto con i loro genitori=auxiliary: "avere" with a verb of motion (needs "essere")|verranno con i loro genitori=wrong tense: past rendered as future|sono venuti con i loro padri=mistranslation: "padri" means "fathers"⟧.',
  },
  {
    id: 'attend-partecipare',
    source: 'The director attended the meeting yesterday.',
    frame:
      'Ieri il direttore ⟦ha partecipato alla riunione|ha atteso la riunione=false friend: "attendere" means "wait for"|ha partecipato la riunione=omission: the "a" of "partecipare a"|ha partecipato nella riunione=wrong preposition: "in" after "partecipare" (needs "a")|parteciperà alla riunione=wrong tense: past rendered as future⟧.',
  },
  {
    id: 'record-registrare',
    source: 'We recorded the interview for the minutes.',
    frame:
      '⟦Abbiamo registrato l\'intervista|Abbiamo ricordato l\'intervista=false friend: "ricordare" means "remember"|Abbiamo registrato il intervista=gender: masculine article for "intervista"|Registreremo l\'intervista=wrong tense: past rendered as future|Abbiamo registrato l\'intervento=mistranslation: "intervento" is a speech or an operation⟧ per il verbale.',
  },
  {
    id: 'editor-redattore',
    source: 'The editor corrected the article.',
    frame:
      '⟦Il redattore ha corretto l\'articolo|L\'editore ha corretto l\'articolo=false friend: "editore" means "publisher"|Il redattore ha corretta l\'articolo=agreement: feminine participle with "avere"|Il redattore correggerà l\'articolo=wrong tense: past rendered as future|Il lettore ha corretto l\'articolo=mistranslation: "editor" rendered as "reader"|L\'editrice ha corretto l\'articolo=false friend: "editrice" means "publishing house"⟧.',
  },
  {
    id: 'large-grande',
    source: 'We need a large room for the workshop.',
    frame:
      'Abbiamo bisogno di ⟦una sala grande|una sala larga=false friend: "largo" means "wide"|un sala grande=gender: masculine article for "sala"|una sala piccola=mistranslation: "large" rendered as "small"|una sala grandi=agreement: plural adjective for one room⟧ per il laboratorio.',
  },
  {
    id: 'camera-macchina-fotografica',
    source: 'I bought a new camera.',
    frame:
      'Ho comprato ⟦una nuova macchina fotografica|una nuova camera=false friend: "camera" means "room"|un nuovo macchina fotografica=gender: masculine for the feminine "macchina"|una nuova macchina=mistranslation: "macchina" alone means "car"|una nuova fotocopiatrice=mistranslation: "fotocopiatrice" is a photocopier⟧.',
  },
  {
    id: 'preservatives-conservanti',
    source: 'This product contains no preservatives.',
    frame:
      'Questo prodotto non contiene ⟦conservanti|preservativi=false friend: "preservativo" means "condom"|coloranti=mistranslation: "coloranti" are colourings|che conservanti=mistranslation: "no preservatives" rendered as "only preservatives"|conservatori=false friend: "conservatore" means "conservative, curator"⟧.',
  },
  {
    id: 'resume-riprendere',
    source: 'We will resume the meeting after lunch.',
    frame:
      '⟦Riprenderemo la riunione|Riassumeremo la riunione=false friend: "riassumere" means "summarise"|Termineremo la riunione=mistranslation: "resume" rendered as "finish"|Riprenderemo il riunione=gender: masculine for the feminine "riunione"⟧ dopo pranzo.',
  },
  {
    id: 'educated-istruito',
    source: 'The candidates are highly educated.',
    frame:
      'I candidati sono ⟦molto istruiti|molto educati=false friend: "educato" means "polite, well-mannered"|molto istruite=agreement: feminine plural for "i candidati"|molto ignoranti=mistranslation: "educated" rendered as "ignorant"|molto istruito=agreement: singular adjective for a plural subject|molto istruttivi=mistranslation: "istruttivo" means "instructive"⟧.',
  },
  {
    id: 'magazine-rivista',
    source: 'I read the article in a magazine.',
    frame:
      'Ho letto l\'articolo ⟦su una rivista|su un magazzino=false friend: "magazzino" means "warehouse"|su un rivista=gender: masculine article for "rivista"|su un libro=mistranslation: "magazine" rendered as "book"⟧.',
  },
  {
    id: 'make-a-decision-prendere',
    source: 'The committee will make a decision tomorrow.',
    frame:
      'Il comitato ⟦prenderà una decisione|farà una decisione=literal calque: "make a decision" (Italian "prendere una decisione")|prenderà un decisione=gender: masculine article for "decisione"|ha preso una decisione=wrong tense: future rendered as past|prenderà una decisioni=number: plural noun after "una"⟧ domani.',
  },
  {
    id: 'ask-a-question-fare',
    source: 'May I ask you a question?',
    frame:
      '⟦Posso farle una domanda|Posso chiederle una domanda=literal calque: "ask a question" (Italian "fare una domanda")|Posso farle un domanda=gender: masculine article for "domanda"|Posso farle una risposta=mistranslation: "question" rendered as "answer"|Posso domandarle una domanda=literal calque: "ask a question" (Italian "fare una domanda")⟧?',
  },
  {
    id: 'pay-attention-fare-attenzione',
    source: 'Please pay attention to the safety instructions.',
    frame:
      '⟦Si prega di ⟪fare attenzione;prestare attenzione⟫ alle istruzioni di sicurezza|Si prega di pagare attenzione alle istruzioni di sicurezza=literal calque: "pay attention" word for word|Si prega di fare attenzione delle istruzioni di sicurezza=wrong preposition: "di" after "fare attenzione" (needs "a")|Si prega di fare attenzione a le istruzioni di sicurezza=form: "a le" not contracted to "alle"⟧.',
  },
  {
    id: 'take-place-svolgersi',
    source: 'The conference takes place in Turin.',
    frame:
      'La conferenza ⟦⟪si svolge;si tiene⟫ a Torino|prende posto a Torino=literal calque: "take place" ("prendere posto" means "sit down")|⟪si svolge;si tiene⟫ in Torino=wrong preposition: "in" before a city|⟪si svolgeva;si teneva⟫ a Torino=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'run-a-company-dirigere',
    source: 'She has run the company since 2015.',
    frame:
      '⟦⟪Dirige;Gestisce⟫ l\'azienda dal 2015|Corre l\'azienda dal 2015=literal calque: "run" rendered as "correre"|⟪Dirige;Gestisce⟫ l\'azienda da 2015=form: "da" without the article before a year|⟪Diresse;Gestì⟫ l\'azienda dal 2015=wrong tense: passato remoto for a role that continues⟧.',
  },
  {
    id: 'petrol-benzina',
    source: 'The car needs petrol.',
    frame:
      'L\'auto ha bisogno di ⟦benzina|petrolio=false friend: "petrolio" means "crude oil"|gasolio=mistranslation: "gasolio" is diesel|olio=mistranslation: "petrol" rendered as "oil"⟧.',
  },
  {
    id: 'firm-azienda',
    source: 'She works for a large firm.',
    frame:
      'Lavora per ⟦una grande ⟪azienda;ditta⟫|una grande firma=false friend: "firma" means "signature" (or a fashion label)|un grande ⟪azienda;ditta⟫=gender: masculine article for a feminine noun|una piccola ⟪azienda;ditta⟫=mistranslation: "large" rendered as "small"⟧.',
  },
  {
    id: 'cold-freddo',
    source: 'The soup is cold.',
    frame:
      'La minestra ⟦è fredda|è calda=false friend: "caldo" means "hot"|è freddo=agreement: masculine adjective for "minestra"|era fredda=wrong tense: present rendered as past|è fresca=mistranslation: "fresco" means "cool, fresh"⟧.',
  },
  {
    id: 'assume-supporre',
    source: 'We assume that the price is correct.',
    frame:
      '⟦⟪Supponiamo;Presumiamo⟫ che il prezzo sia corretto|Pretendiamo che il prezzo sia corretto=false friend: "pretendere" means "demand"|⟪Supponiamo;Presumiamo⟫ che il prezzo sia sbagliato=mistranslation: "correct" rendered as "wrong"|⟪Supponiamo;Presumiamo⟫ che il prezzo sia corretta=agreement: feminine adjective for "il prezzo"⟧.',
  },
  {
    id: 'estate-tenuta',
    source: 'They bought an estate in Tuscany.',
    frame:
      'Hanno comprato ⟦una tenuta in Toscana|un\'estate in Toscana=false friend: "estate" means "summer"|un tenuta in Toscana=gender: masculine article for "tenuta"|una tenuta a Toscana=wrong preposition: "a" before a region|una tenuta in Umbria=mistranslation: "Tuscany" rendered as "Umbria"⟧.',
  },
]
