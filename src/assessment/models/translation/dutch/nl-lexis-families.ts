import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Dutch: long-documented false friends (each wrong reading a real Dutch word of another
 * meaning) and verb–noun collocations Dutch builds with another verb than English.
 */
export const NL_LEXIS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'actually-eigenlijk',
    source: 'Actually, the deadline is Friday.',
    frame:
      '⟦⟪Eigenlijk;In feite⟫|Actueel=false friend: "actueel" means "current"|Momenteel=mistranslation: "actually" rendered as "at the moment"|Theoretisch=mistranslation: "actually" rendered as "in theory"⟧ is de ⟪deadline;uiterste datum⟫ vrijdag.',
  },
  {
    id: 'eventually-uiteindelijk',
    source: 'Eventually, the client accepted the proposal.',
    frame:
      '⟦Uiteindelijk|Eventueel=false friend: "eventueel" means "possibly, if need be"|Aanvankelijk=mistranslation: "eventually" rendered as "at first"|Blijkbaar=mistranslation: "blijkbaar" means "apparently"⟧ heeft de klant het voorstel ⟪geaccepteerd;aanvaard⟫.',
  },
  {
    id: 'become-worden',
    source: 'The project became a success.',
    frame:
      'Het project ⟦⟪werd een succes;is een succes geworden⟫|bekwam een succes=false friend: "bekomen" means "recover"|wordt een succes=wrong tense: past rendered as present|werden een succes=agreement: plural verb for one project⟧.',
  },
  {
    id: 'brave-dapper',
    source: 'The firefighters were very brave.',
    frame:
      'De brandweerlieden waren ⟪erg;heel⟫ ⟦⟪dapper;moedig⟫|braaf=false friend: "braaf" means "well-behaved"|dappere=adjective ending: -e on a predicative adjective|laf=mistranslation: "brave" rendered as "cowardly"⟧.',
  },
  {
    id: 'sensible-verstandig',
    source: 'It was a sensible decision.',
    frame:
      'Het was een ⟦⟪verstandige;redelijke⟫ beslissing|sensibele beslissing=false friend: "sensibel" means "sensitive"|sensationele beslissing=mistranslation: "sensible" rendered as "sensational"|verstandig beslissing=adjective ending: no -e before a de-word⟧.',
  },
  {
    id: 'folder-map',
    source: 'Save the file in this folder.',
    frame:
      '⟦⟪Sla het bestand op in deze map;Bewaar het bestand in deze map⟫|Red het bestand in deze map=false friend: "redden" means "rescue"|Sla het bestand op in dit map=pronoun: "dit" for the de-word "map"|Sla het bestand op uit deze map=wrong preposition: "uit" (out of) for "in"⟧.',
  },
  {
    id: 'slim-slank',
    source: 'She is slim.',
    frame:
      '⟪Ze;Zij⟫ is ⟦slank|slim=false friend: "slim" means "clever"|dik=mistranslation: "slim" rendered as "fat"|slanke=adjective ending: -e on a predicative adjective⟧.',
  },
  {
    id: 'rare-zeldzaam',
    source: 'This is a rare bird.',
    frame:
      'Dit is een ⟦⟪zeldzame vogel;vogel die zelden voorkomt⟫|rare vogel=false friend: "raar" means "strange"|zeldzaam vogel=adjective ending: no -e before a de-word|gewone vogel=mistranslation: "rare" rendered as "common"⟧.',
  },
  {
    id: 'brutal-wreed',
    source: 'The attack was brutal.',
    frame:
      'De aanval was ⟦⟪wreed;meedogenloos⟫|brutaal=false friend: "brutaal" means "cheeky"|wrede=adjective ending: -e on a predicative adjective|mild=mistranslation: "brutal" rendered as "mild"⟧.',
  },
  {
    id: 'kind-aardig',
    source: 'Our neighbours are very kind.',
    frame:
      'Onze buren zijn ⟪erg;heel⟫ ⟦⟪aardig;vriendelijk⟫|kind=false friend: "kind" means "child"|aardige=adjective ending: -e on a predicative adjective|onaardig=mistranslation: "kind" rendered as "unkind"⟧.',
  },
  {
    id: 'will-not-wil',
    source: 'I will send the invoice tomorrow.',
    frame:
      'Ik ⟦⟪stuur de factuur morgen;zal de factuur morgen sturen⟫|wil de factuur morgen sturen=false friend: "wil" means "want"|stuurde de factuur morgen=wrong tense: future rendered as past|stuur het factuur morgen=article: "het" for "de factuur"⟧.',
  },
  {
    id: 'preservatives-conserveermiddelen',
    source: 'This jam contains no preservatives.',
    frame:
      'Deze jam bevat geen ⟦⟪conserveermiddelen;conserveringsmiddelen⟫|preservatieven=false friend: "preservatief" means "condom"|conserven=false friend: "conserven" means "tinned food"|kleurstoffen=mistranslation: "preservatives" rendered as "colourings"⟧.',
  },
  {
    id: 'apply-solliciteren-naar',
    source: 'She applied for the job.',
    frame:
      '⟪Ze;Zij⟫ ⟦heeft gesolliciteerd naar de ⟪baan;functie⟫|heeft de baan aangevraagd=literal calque: "apply for" as "aanvragen" (request a permit or a grant)|is gesolliciteerd naar de baan=auxiliary: "zijn" with "solliciteren" (needs "hebben")|solliciteert naar de baan=wrong tense: past rendered as present⟧.',
  },
  {
    id: 'sympathetic-meelevend',
    source: 'The doctor was very sympathetic.',
    frame:
      'De arts was ⟪erg;heel⟫ ⟦⟪meelevend;begripvol⟫|sympathiek=false friend: "sympathiek" means "likeable"|meelevende=adjective ending: -e on a predicative adjective|onverschillig=mistranslation: "sympathetic" rendered as "indifferent"⟧.',
  },
  {
    id: 'fabric-stof',
    source: 'This fabric comes from Italy.',
    frame:
      'Deze ⟦⟪stof komt uit Italië;stof is afkomstig uit Italië⟫|fabriek komt uit Italië=false friend: "fabriek" means "factory"|stof komen uit Italië=agreement: plural verb for one fabric|stof komt van Italië=wrong preposition: "van" for the country of origin (needs "uit")⟧.',
  },
  {
    id: 'make-a-decision-nemen',
    source: 'We must make a decision today.',
    frame:
      '⟪We;Wij⟫ moeten vandaag ⟦een beslissing nemen|een beslissing maken=literal calque: "make a decision" with "maken"|een beslissing te nemen=addition: "te" after a modal verb|een beslissingen nemen=number: plural after "een"⟧.',
  },
  {
    id: 'take-a-photo-maken',
    source: 'May I take a photo?',
    frame:
      'Mag ik ⟦een foto ⟪maken;schieten⟫|een foto te maken=addition: "te" after a modal verb|een foto pakken=literal calque: "take" as "grab"|een foto gemaakt=form: participle for the infinitive⟧?',
  },
  {
    id: 'ask-a-question-stellen',
    source: 'May I ask a question?',
    frame:
      'Mag ik ⟦⟪een vraag stellen;iets vragen⟫|een vraag vragen=literal calque: "ask a question" with "vragen"|een vraag zetten=literal calque: "put a question" with "zetten"|een vraag gesteld=form: participle for the infinitive⟧?',
  },
  {
    id: 'pay-attention-letten-op',
    source: 'Pay attention to the details.',
    frame:
      '⟦⟪Let op de details;Besteed aandacht aan de details⟫|Betaal aandacht aan de details=literal calque: "pay attention" with "betalen"|Let aan de details=wrong preposition: "aan" after "letten" (needs "op")|Let op het details=article: "het" for the plural "details"⟧.',
  },
  {
    id: 'take-place-plaatsvinden',
    source: 'The conference takes place in May.',
    frame:
      'De conferentie ⟦⟪vindt in mei plaats;wordt in mei gehouden⟫|neemt in mei plaats=literal calque: "take place" as "plaatsnemen" (sit down)|vindt in Mei plaats=capitalisation: month name capitalised|vond in mei plaats=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'take-a-course-volgen',
    source: 'I am taking a Spanish course.',
    frame:
      'Ik ⟦⟪volg;doe⟫ een cursus Spaans|neem een cursus Spaans=literal calque: "take a course" with "nemen"|volg een cursus spaans=capitalisation: language name in lower case (Dutch capitalises it)|volgde een cursus Spaans=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'pass-an-exam-slagen',
    source: 'He passed the exam.',
    frame:
      'Hij ⟦⟪is voor het examen geslaagd;heeft het examen gehaald⟫|heeft het examen gepasseerd=literal calque: "pass" as "passeren" (go past)|is voor het examen gezakt=mistranslation: "passed" rendered as "failed"|heeft voor het examen geslaagd=auxiliary: "hebben" with "slagen" (needs "zijn")⟧.',
  },
  {
    id: 'spend-time-doorbrengen',
    source: 'We spent the weekend in Paris.',
    frame:
      '⟪We;Wij⟫ hebben het weekend in Parijs ⟦doorgebracht|uitgegeven=literal calque: "spend" as "uitgeven" (spend money)|doorgebrengd=form: a weak participle for the strong "doorgebracht"|doorbrengen=form: infinitive for the participle⟧.',
  },
  {
    id: 'actual-werkelijk',
    source: 'The actual costs were higher.',
    frame:
      'De ⟦⟪werkelijke;daadwerkelijke⟫ kosten waren hoger|actuele kosten waren hoger=false friend: "actueel" means "current"|werkelijke kosten was hoger=agreement: singular verb for "kosten"|werkelijke kosten waren lager=mistranslation: "higher" rendered as "lower"⟧.',
  },
  {
    id: 'meaning-betekenis',
    source: 'What is the meaning of this word?',
    frame:
      'Wat ⟦is de betekenis|is de mening=false friend: "mening" means "opinion"|is het betekenis=article: "het" for "de betekenis"|was de betekenis=wrong tense: present rendered as past⟧ van dit woord?',
  },
  {
    id: 'glad-blij',
    source: 'I am glad that you came.',
    frame:
      'Ik ben ⟦blij dat je ⟪gekomen bent;bent gekomen⟫|glad dat je gekomen bent=false friend: "glad" means "slippery"|blij dat je gekomen hebt=auxiliary: "hebben" with "komen" (needs "zijn")|bang dat je gekomen bent=mistranslation: "glad" rendered as "afraid"⟧.',
  },
  {
    id: 'ordinary-gewoon',
    source: 'It was an ordinary day.',
    frame:
      'Het was een ⟦⟪gewone;normale;doodgewone⟫ dag|ordinaire dag=false friend: "ordinair" means "vulgar"|gewoon dag=adjective ending: no -e before a de-word|bijzondere dag=mistranslation: "ordinary" rendered as "special"⟧.',
  },
  {
    id: 'undertaker-uitvaartondernemer',
    source: 'My uncle is an undertaker.',
    frame:
      '⟦Mijn oom is ⟪begrafenisondernemer;uitvaartondernemer⟫|Mijn oom is ondernemer=false friend: "ondernemer" means "entrepreneur"|Mijn oom is begrafenisondernemers=number: plural for one person|Mijn tante is begrafenisondernemer=mistranslation: "uncle" rendered as "aunt"⟧.',
  },
]
