import type { TranslationFamily } from '../translation-model.js'

/**
 * English → German (Germany): long-documented false friends (each wrong reading a real German
 * word of another meaning) and verb–noun collocations German builds with another verb.
 */
export const DE_LEXIS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'become-werden',
    source: 'The situation became difficult.',
    frame:
      '⟪Die Lage;Die Situation⟫ ⟦wurde schwierig|bekam schwierig=false friend: "bekommen" means "get, receive"|wird schwierig=wrong tense: past rendered as present|wurde einfach=mistranslation: "difficult" rendered as "easy"|war schwierig=mistranslation: "war" (was) for "became", a state for a change|wurde schwieriger=mistranslation: comparative "more difficult" for "difficult"⟧.',
  },
  {
    id: 'gift-geschenk',
    source: 'Thank you for the ⟨lovely;generous⟩ gift.',
    frame:
      '⟪Vielen Dank;Danke⟫ ⟦für das ⟨schöne;großzügige⟩ Geschenk|für das ⟨schöne;großzügige⟩ Gift=false friend: "Gift" means "poison"|für den ⟨schönen;großzügigen⟩ Geschenk=gender: masculine for the neuter "Geschenk"|für dem ⟨schönen;großzügigen⟩ Geschenk=case: dative after "für"|für das ⟨schöne;großzügige⟩ Geschäft=mistranslation: "Geschäft" means "shop, deal"|für den ⟨schönen;großzügigen⟩ Gefallen=mistranslation: "Gefallen" means "favour"⟧.',
  },
  {
    id: 'actual-tatsaechlich',
    source: 'The actual costs were higher than planned.',
    frame:
      '⟦Die tatsächlichen Kosten waren höher|Die aktuellen Kosten waren höher=false friend: "aktuell" means "current"|Die tatsächliche Kosten waren höher=adjective ending: singular ending for a plural noun|Die tatsächlichen Kosten waren niedriger=mistranslation: "higher" rendered as "lower"|Die aktualisierten Kosten waren höher=false friend: "aktualisiert" means "updated"⟧ als ⟪geplant;vorgesehen⟫.',
  },
  {
    id: 'eventually-schliesslich',
    source: 'Eventually, the client accepted the ⟨offer;proposal⟩.',
    frame:
      '⟦⟪Schließlich;Letztendlich⟫ nahm der Kunde|Eventuell nahm der Kunde=false friend: "eventuell" means "possibly"|Schließlich der Kunde nahm=word order: subject before the verb after a fronted adverb|Zuerst nahm der Kunde=mistranslation: "eventually" rendered as "at first"|Gelegentlich nahm der Kunde=mistranslation: "gelegentlich" means "occasionally"|Möglicherweise nahm der Kunde=mistranslation: "eventually" rendered as "possibly"⟧ ⟨das Angebot;den Vorschlag⟩ an.',
  },
  {
    id: 'sensible-vernuenftig',
    source: 'That is a sensible decision.',
    frame:
      'Das ist eine ⟦⟪vernünftige;sinnvolle⟫ Entscheidung|sensible Entscheidung=false friend: "sensibel" means "sensitive"|⟪vernünftiger;sinnvoller⟫ Entscheidung=adjective ending: strong masculine ending for a feminine noun|unvernünftige Entscheidung=mistranslation: "sensible" rendered as "unreasonable"|sensitive Entscheidung=false friend: "sensitiv" means "sensitive"|sensationelle Entscheidung=mistranslation: "sensible" rendered as "sensational"⟧.',
  },
  {
    id: 'chef-koch',
    source: 'My brother is a chef.',
    frame:
      'Mein Bruder ⟦ist Koch|ist Chef=false friend: "Chef" means "boss, head"|war Koch=wrong tense: present rendered as past|ist Kellner=mistranslation: "Kellner" is the waiter|ist Köchin=gender: feminine "Köchin" for a man⟧.',
  },
  {
    id: 'handy-praktisch',
    source: 'This app is very handy.',
    frame:
      '⟦Diese App ist sehr praktisch|Diese App ist sehr handy=false friend: "Handy" is a noun meaning "mobile phone"|Dieser App ist sehr praktisch=gender: masculine "dieser" for the feminine "App"|Diese App ist sehr unpraktisch=mistranslation: "handy" rendered as "impractical"|Diese App war sehr praktisch=wrong tense: present rendered as past|Diese App ist sehr händisch=false friend: "händisch" means "done by hand, manual"|Diese App ist ein Handy=false friend: "Handy" means "mobile phone"⟧.',
  },
  {
    id: 'also-auch',
    source: 'We also need the ⟨invoice;receipt⟩.',
    frame:
      'Wir ⟦brauchen auch ⟨die Rechnung;die Quittung⟩|brauchen also ⟨die Rechnung;die Quittung⟩=false friend: "also" means "so, therefore"|brauchen auch ⟨der Rechnung;der Quittung⟩=case: dative for the direct object|brauchten auch ⟨die Rechnung;die Quittung⟩=wrong tense: present rendered as past|brauchen nur ⟨die Rechnung;die Quittung⟩=mistranslation: "also" rendered as "only"|brauchen daher ⟨die Rechnung;die Quittung⟩=mistranslation: "daher" means "therefore"|brauchen sogar ⟨die Rechnung;die Quittung⟩=mistranslation: "sogar" means "even"⟧.',
  },
  {
    id: 'will-wird',
    source: 'The client will call tomorrow.',
    frame:
      'Der Kunde ⟦⟪ruft morgen an;wird morgen anrufen⟫|will morgen anrufen=false friend: "will" means "wants to"|rief morgen an=wrong tense: future rendered as past|wird morgen rufen an=word order: separable verb split after "werden"|wird morgen angerufen=voice: passive "will be called" for "will call"|wird heute anrufen=mistranslation: "tomorrow" rendered as "today"⟧.',
  },
  {
    id: 'brave-mutig',
    source: 'The firefighters were very brave.',
    frame:
      'Die Feuerwehrleute ⟦waren sehr mutig|waren sehr brav=false friend: "brav" means "well-behaved"|waren sehr mutige=adjective ending: an ending on a predicative adjective|waren sehr ängstlich=mistranslation: "brave" rendered as "fearful"|sind sehr mutig=wrong tense: past rendered as present|waren sehr mutlos=mistranslation: "mutlos" means "discouraged"|waren sehr übermütig=mistranslation: "übermütig" means "reckless, high-spirited"⟧.',
  },
  {
    id: 'sympathetic-verstaendnisvoll',
    source: 'The ⟨doctor;landlord⟩ was very sympathetic.',
    frame:
      '⟨Der Arzt;Der Vermieter⟩ ⟦war sehr verständnisvoll|war sehr sympathisch=false friend: "sympathisch" means "likeable"|war sehr verständlich=false friend: "verständlich" means "understandable"|war sehr verständnislos=mistranslation: "sympathetic" rendered as "uncomprehending"|war sehr sympathisierend=false friend: "sympathisierend" means "sympathising with a cause"⟧.',
  },
  {
    id: 'map-stadtplan',
    source: 'Do you have a map of the city?',
    frame:
      'Haben Sie ⟦⟪einen Stadtplan;eine Karte der Stadt⟫|eine Mappe der Stadt=false friend: "Mappe" means "folder"|einen Stadtpläne=number: plural noun after "einen"|ein Stadtplan=case: nominative for the direct object|eine Stadtmappe=false friend: "Mappe" means "folder"|einen Stadtrat=mistranslation: "Stadtrat" is the city council⟧?',
  },
  {
    id: 'undertaker-bestatter',
    source: 'The undertaker organised the funeral.',
    frame:
      '⟦Der Bestatter organisierte die Beerdigung|Der Unternehmer organisierte die Beerdigung=false friend: "Unternehmer" means "entrepreneur"|Der Bestatter organisierte das Beerdigung=gender: neuter for the feminine "Beerdigung"|Der Bestatter organisiert die Beerdigung=wrong tense: past rendered as present|Der Bestatter organisierte die Hochzeit=mistranslation: "funeral" rendered as "wedding"|Der Unterhändler organisierte die Beerdigung=mistranslation: "Unterhändler" means "negotiator"⟧.',
  },
  {
    id: 'art-kunst',
    source: 'She studies modern art.',
    frame:
      'Sie ⟦studiert moderne Kunst|studiert moderne Art=false friend: "Art" means "kind, manner"|studiert modernen Kunst=adjective ending: weak ending without an article|studierte moderne Kunst=wrong tense: present rendered as past|studiert moderne Musik=mistranslation: "art" rendered as "music"|studiert moderne Arten=false friend: "Arten" means "kinds, species"⟧.',
  },
  {
    id: 'spend-ausgeben',
    source: 'We spent 500 euros on software.',
    frame:
      'Wir haben ⟦500 Euro für Software ausgegeben|500 Euro für Software gespendet=false friend: "spenden" means "donate"|500 Euro auf Software ausgegeben=wrong preposition: "on" rendered as "auf" (needs "für")|500 Euros für Software ausgegeben=number: "Euro" given a plural -s|500 Euro für Software eingenommen=mistranslation: "spent" rendered as "earned"|500 Euro für Software gesendet=mistranslation: "senden" means "send"|500 Euro für Software ausgeliehen=mistranslation: "ausleihen" means "lend, borrow"⟧.',
  },
  {
    id: 'fast-schnell',
    source: 'The new server is very fast.',
    frame:
      '⟦Der neue Server ist sehr schnell|Der neue Server ist sehr fast=false friend: "fast" means "almost"|Der neuer Server ist sehr schnell=adjective ending: strong ending after the definite article|Der neue Server ist sehr langsam=mistranslation: "fast" rendered as "slow"|Der neue Server war sehr schnell=wrong tense: present rendered as past|Der neue Server ist fast schnell=false friend: "fast" means "almost"⟧.',
  },
  {
    id: 'rent-miete',
    source: 'The rent is due on the first of the month.',
    frame:
      '⟦Die Miete ist am Ersten des Monats fällig|Die Rente ist am Ersten des Monats fällig=false friend: "Rente" means "pension"|Die Miete ist im Ersten des Monats fällig=wrong preposition: "im" for a date (needs "am")|Der Miete ist am Ersten des Monats fällig=gender: masculine article for "Miete"|Die Miete ist am Ende des Monats fällig=mistranslation: "first" rendered as "end"|Die Rendite ist am Ersten des Monats fällig=mistranslation: "Rendite" means "yield on an investment"⟧.',
  },
  {
    id: 'note-notiz',
    source: 'I left a note on your desk.',
    frame:
      'Ich habe ⟦eine Notiz auf Ihren Schreibtisch gelegt|eine Note auf Ihren Schreibtisch gelegt=false friend: "Note" means "mark, grade, banknote"|eine Notiz auf Ihrem Schreibtisch gelegt=case: dative after "auf" with movement (needs the accusative)|einen Notiz auf Ihren Schreibtisch gelegt=gender: masculine for the feminine "Notiz"|eine Notiz unter Ihren Schreibtisch gelegt=mistranslation: "on" rendered as "under"|ein Notizbuch auf Ihren Schreibtisch gelegt=mistranslation: "Notizbuch" means "notebook"⟧.',
  },
  {
    id: 'provision-bestimmung',
    source: 'The contract contains a provision on termination.',
    frame:
      'Der Vertrag ⟦enthält eine Bestimmung zur Kündigung|enthält eine Provision zur Kündigung=false friend: "Provision" means "sales commission"|enthält einen Bestimmung zur Kündigung=gender: masculine for the feminine "Bestimmung"|enthielt eine Bestimmung zur Kündigung=wrong tense: present rendered as past|enthält keine Bestimmung zur Kündigung=mistranslation: negation added|enthält eine Vorsorge zur Kündigung=mistranslation: "Vorsorge" means "precaution"|enthält eine Versorgung zur Kündigung=mistranslation: "Versorgung" means "supply"⟧.',
  },
  {
    id: 'gym-fitnessstudio',
    source: 'I go to the gym every morning.',
    frame:
      'Ich gehe ⟦jeden Morgen ins Fitnessstudio|jeden Morgen ins Gymnasium=false friend: "Gymnasium" means "grammar school"|jeden Morgen im Fitnessstudio=case: dative "im" for movement (needs "ins")|jeden Morgens ins Fitnessstudio=case: genitive ending on an accusative time phrase|jeden Abend ins Fitnessstudio=mistranslation: "morning" rendered as "evening"⟧.',
  },
  {
    id: 'mist-nebel',
    source: 'There was mist over the lake.',
    frame:
      '⟦Über dem See lag Nebel|Über dem See lag Mist=false friend: "Mist" means "manure, rubbish"|Über den See lag Nebel=case: accusative after "über" for a position (needs the dative)|Über der See lag Nebel=gender: "die See" is the sea, not a lake|Über dem See lag Schnee=mistranslation: "mist" rendered as "snow"|Über dem See lag Müll=mistranslation: "Müll" means "rubbish"⟧.',
  },
  {
    id: 'take-a-photo-machen',
    source: 'May I take a photo of the ⟨building;product⟩?',
    frame:
      '⟦Darf ich ein Foto ⟨vom Gebäude;vom Produkt⟩ machen|Darf ich ein Foto ⟨vom Gebäude;vom Produkt⟩ nehmen=literal calque: "take a photo" (German "ein Foto machen")|Darf ich ein Foto ⟨vom Gebäude;vom Produkt⟩ zu machen=form: "zu" after a modal verb|Darf ich einen Foto ⟨vom Gebäude;vom Produkt⟩ machen=gender: masculine for the neuter "Foto"⟧?',
  },
  {
    id: 'make-a-decision-treffen',
    source: 'The board will make a decision next week.',
    frame:
      'Der Vorstand ⟦wird nächste Woche eine Entscheidung ⟪treffen;fällen⟫|wird nächste Woche eine Entscheidung machen=literal calque: "make a decision" (German "eine Entscheidung treffen")|wird nächste Woche einen Entscheidung ⟪treffen;fällen⟫=gender: masculine for the feminine "Entscheidung"|hat nächste Woche eine Entscheidung getroffen=wrong tense: future rendered as perfect|wird nächste Woche eine Entscheidung nehmen=literal calque: "take a decision" (German "eine Entscheidung treffen")⟧.',
  },
  {
    id: 'ask-a-question-stellen',
    source: 'May I ask you a question?',
    frame:
      '⟦Darf ich Ihnen eine Frage stellen|Darf ich Ihnen eine Frage fragen=literal calque: "ask a question" (German "eine Frage stellen")|Darf ich Sie eine Frage stellen=case: accusative "Sie" for the dative "Ihnen"|Darf ich Ihnen einen Frage stellen=gender: masculine for the feminine "Frage"|Darf ich Ihnen eine Antwort stellen=mistranslation: "question" rendered as "answer"|Darf ich Ihnen eine Frage bitten=wrong verb: "bitten" means "ask for, request"⟧?',
  },
  {
    id: 'take-place-stattfinden',
    source: 'The ⟨conference;meeting⟩ takes place in Hamburg.',
    frame:
      '⟨Die Konferenz;Das Treffen⟩ ⟦findet in Hamburg statt|nimmt in Hamburg Platz=literal calque: "take place" (German "stattfinden"; "Platz nehmen" means "sit down")|stattfindet in Hamburg=word order: separable prefix not separated in a main clause|fand in Hamburg statt=wrong tense: present rendered as past|findet nach Hamburg statt=wrong preposition: "nach" (destination) for a location|findet in Hamburg Platz=literal calque: "place" rendered as "Platz"⟧.',
  },
  {
    id: 'pay-attention-achten',
    source: 'Please pay attention to the safety instructions.',
    frame:
      'Bitte ⟦⟪achten Sie auf;beachten Sie⟫ die Sicherheitshinweise|bezahlen Sie Aufmerksamkeit auf die Sicherheitshinweise=literal calque: "pay attention" word for word|achten Sie an die Sicherheitshinweise=wrong preposition: "an" after "achten" (needs "auf")|achten Sie auf den Sicherheitshinweise=case: "den" with the accusative plural (needs "die")|zahlen Sie Aufmerksamkeit für die Sicherheitshinweise=literal calque: "pay attention" word for word⟧.',
  },
  {
    id: 'preservatives-konservierungsstoffe',
    source: 'This product contains no preservatives.',
    frame:
      'Dieses Produkt enthält ⟦keine Konservierungsstoffe|keine Präservative=false friend: "Präservativ" means "condom"|keinen Konservierungsstoffe=form: "keinen" (dative plural, masculine accusative) for the accusative plural|kein Konservierungsstoffe=form: "kein" without its plural -e|nur Konservierungsstoffe=mistranslation: "no" rendered as "only"⟧.',
  },
  {
    id: 'familiar-bekannt',
    source: 'This name sounds familiar.',
    frame:
      '⟦Dieser Name ⟪kommt mir bekannt vor;klingt vertraut⟫|Dieser Name klingt familiär=false friend: "familiär" means "relating to the family"|Diese Name ⟪kommt mir bekannt vor;klingt vertraut⟫=gender: feminine for the masculine "Name"|Dieser Name ⟪kommt mir fremd vor;klingt fremd⟫=mistranslation: "familiar" rendered as "strange"⟧.',
  },
  {
    id: 'out-of-stock-nicht-vorraetig',
    source: 'This item is out of stock.',
    frame:
      'Dieser Artikel ist ⟦⟪nicht vorrätig;nicht auf Lager⟫|außer Stock=literal calque: "out of stock" ("Stock" means "stick, floor")|nicht im Stock=literal calque: "stock" rendered as "Stock" ("stick, floor")|wieder vorrätig=mistranslation: "out of stock" rendered as "back in stock"|außer Lager=literal calque: "out of" rendered as "außer"⟧.',
  },
]
