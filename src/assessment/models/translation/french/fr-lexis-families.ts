import type { TranslationFamily } from '../translation-model.js'

/**
 * English → French (France): long-documented false friends (each wrong reading a real French
 * word of another meaning) and verb–noun collocations French builds with another verb.
 */
export const FR_LEXIS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'actually-en-fait',
    source: 'Actually, the deadline is Friday.',
    frame:
      '⟦⟪En fait;En réalité⟫|Actuellement=false friend: "actuellement" means "currently"|À l\'heure actuelle=false friend: "à l\'heure actuelle" means "at present"|En théorie=mistranslation: "actually" rendered as "in theory"⟧, la date limite est vendredi.',
  },
  {
    id: 'eventually-finalement',
    source: 'Eventually, the client accepted the proposal.',
    frame:
      '⟦⟪Finalement;Au bout du compte⟫|Éventuellement=false friend: "éventuellement" means "possibly, if need be"|Possiblement=mistranslation: "eventually" rendered as "possibly"|Au début=mistranslation: "eventually" rendered as "at first"⟧, le client a accepté la proposition.',
  },
  {
    id: 'library-bibliotheque',
    source: 'I borrowed this book from the ⟨university;city⟩ library.',
    frame:
      'J\'ai emprunté ce livre à la ⟦bibliothèque|librairie=false friend: "librairie" means "bookshop"|libraire=false friend: "libraire" means "bookseller"|bibliographie=mistranslation: "bibliographie" means "reading list"⟧ ⟨de l\'université;municipale⟩.',
  },
  {
    id: 'attend-assister-a',
    source: 'The ⟨director;lawyer⟩ attended the meeting yesterday.',
    frame:
      '⟨Le directeur;L\'avocate⟩ ⟦a assisté à la réunion|a attendu la réunion=false friend: "attendre" means "wait for"|a assisté la réunion=omission: the "à" of "assister à" ("assister quelqu\'un" means "help")|a attendu à la réunion=false friend: "attendre" means "wait"|assistera à la réunion=wrong tense: past rendered as future⟧ hier.',
  },
  {
    id: 'sensible-raisonnable',
    source: 'It was a sensible decision.',
    frame:
      'C\'était une décision ⟦⟪raisonnable;sensée⟫|sensible=false friend: "sensible" means "sensitive"|sensationnelle=mistranslation: "sensible" rendered as "sensational"|insensée=mistranslation: "sensible" rendered as "senseless"⟧.',
  },
  {
    id: 'actual-reel',
    source: 'The actual cost was higher than planned.',
    frame:
      'Le coût ⟦réel a été plus élevé|actuel a été plus élevé=false friend: "actuel" means "current"|actualisé a été plus élevé=false friend: "actualisé" means "updated"|réel a été moins élevé=mistranslation: "higher" rendered as "lower"|réel a été plus élevée=agreement: feminine participle for "le coût"⟧ que prévu.',
  },
  {
    id: 'lecture-conference',
    source: 'The lecture starts at nine.',
    frame:
      '⟦La conférence commence|La lecture commence=false friend: "lecture" means "reading"|Le lecteur commence=false friend: "lecteur" means "reader"|La conférence a commencé=wrong tense: present rendered as past|La conférence commencent=agreement: plural verb for a singular subject⟧ à neuf heures.',
  },
  {
    id: 'location-emplacement',
    source: 'The location of the office is ideal.',
    frame:
      '⟦L\'emplacement du bureau est idéal|La location du bureau est idéale=false friend: "location" means "rental"|La locution du bureau est idéale=false friend: "locution" means "phrase, expression"|L\'emplacement du bureau est idéale=agreement: feminine adjective for "emplacement"|L\'emplacement du bureau était idéal=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'sympathetic-comprehensif',
    source: 'The ⟨doctor;landlord⟩ was very sympathetic.',
    frame:
      '⟨Le médecin;Le propriétaire⟩ ⟦a été très compréhensif|a été très sympathique=false friend: "sympathique" means "friendly, likeable"|a été très compréhensible=false friend: "compréhensible" means "understandable"|a été très compréhensive=agreement: feminine adjective for a man|a été très incompréhensif=mistranslation: "sympathetic" rendered as "unsympathetic"⟧.',
  },
  {
    id: 'rest-se-reposer',
    source: 'After the trip, we rested.',
    frame:
      'Après le voyage, ⟦nous nous sommes reposés|nous sommes restés=false friend: "rester" means "stay"|nous avons reposé=omission: the reflexive "nous" of "se reposer"|nous nous sommes reposé=agreement: participle not plural after a reflexive "nous"|nous nous reposerons=wrong tense: past rendered as future⟧.',
  },
  {
    id: 'pretend-faire-semblant',
    source: 'The ⟨witness;candidate⟩ pretended to be ill.',
    frame:
      '⟨Le témoin;Le candidat⟩ ⟦a fait semblant d\'être malade|a prétendu être malade=false friend: "prétendre" means "claim"|a fait semblant être malade=omission: the "de" of "faire semblant de"|a fait semblant d\'être malades=agreement: plural adjective for one person|fera semblant d\'être malade=wrong tense: past rendered as future⟧.',
  },
  {
    id: 'change-monnaie',
    source: 'Do you have any change?',
    frame:
      'Avez-vous ⟦de la monnaie\u00a0?|du change\u00a0?=false friend: "change" means "currency exchange"|de l\'argent\u00a0?=mistranslation: "change" rendered as "money"|du monnaie\u00a0?=gender: masculine partitive for the feminine "monnaie"⟧',
  },
  {
    id: 'journey-trajet',
    source: 'The journey took three hours.',
    frame:
      '⟦Le ⟪trajet;voyage⟫ a duré trois heures|La journée a duré trois heures=false friend: "journée" means "day"|Le ⟪trajet;voyage⟫ a duré trois jours=mistranslation: "hours" rendered as "days"|Le ⟪trajet;voyage⟫ durera trois heures=wrong tense: past rendered as future|Le ⟪trajet;voyage⟫ a duré trois heure=number: singular noun after "trois"⟧.',
  },
  {
    id: 'large-grand',
    source: 'We need a large room for the workshop.',
    frame:
      'Nous avons besoin ⟦d\'une grande salle|d\'une salle large=false friend: "large" means "wide"|d\'un grand salle=gender: masculine for the feminine "salle"|d\'une petite salle=mistranslation: "large" rendered as "small"|d\'une grande salles=number: plural noun after "une"⟧ pour l\'atelier.',
  },
  {
    id: 'preservative-conservateur',
    source: 'This product contains no preservatives.',
    frame:
      'Ce produit ne contient ⟦aucun conservateur|aucun préservatif=false friend: "préservatif" means "condom"|aucune conservateur=gender: feminine "aucune" for the masculine "conservateur"|que des conservateurs=mistranslation: "no preservatives" rendered as "only preservatives"⟧.',
  },
  {
    id: 'resume-reprendre',
    source: 'We will resume the meeting after lunch.',
    frame:
      'Nous ⟦reprendrons la réunion|résumerons la réunion=false friend: "résumer" means "summarise"|terminerons la réunion=mistranslation: "resume" rendered as "finish"|reprendrons le réunion=gender: masculine for the feminine "réunion"⟧ après le déjeuner.',
  },
  {
    id: 'cave-grotte',
    source: 'We visited a cave in the mountains.',
    frame:
      'Nous avons visité ⟦une grotte|une cave=false friend: "cave" means "cellar"|un grotte=gender: masculine for the feminine "grotte"|une cage=mistranslation: "cave" rendered as "cage"⟧ dans la montagne.',
  },
  {
    id: 'advertisement-publicite',
    source: 'We saw your advertisement in the newspaper.',
    frame:
      'Nous avons vu ⟦votre ⟪annonce;publicité⟫|votre avertissement=false friend: "avertissement" means "warning"|votre annonceur=false friend: "annonceur" means "advertiser"|votre article=mistranslation: "advertisement" rendered as "article"⟧ dans le journal.',
  },
  {
    id: 'support-soutenir',
    source: 'The board supports the new plan.',
    frame:
      'Le conseil d\'administration ⟦soutient le nouveau plan|supporte le nouveau plan=false friend: "supporter" means "tolerate, bear"|soutenait le nouveau plan=wrong tense: present rendered as past|soutiendra le nouveau plan=wrong tense: present rendered as future|soutient la nouvelle plan=gender: feminine for the masculine "plan"⟧.',
  },
  {
    id: 'fabric-tissu',
    source: 'This fabric is made in Italy.',
    frame:
      '⟦Ce tissu est fabriqué en Italie|Cette fabrique est fabriquée en Italie=false friend: "fabrique" means "factory"|Ce tissu est fabriqué à Italie=wrong preposition: "à" before a feminine country (needs "en")|Cette tissu est fabriqué en Italie=gender: feminine for the masculine "tissu"⟧.',
  },
  {
    id: 'luxurious-luxueux',
    source: 'The hotel is very luxurious.',
    frame:
      'L\'hôtel est très ⟦luxueux|luxurieux=false friend: "luxurieux" means "lustful"|luxuriant=false friend: "luxuriant" means "lush (of plants)"|luxueuse=agreement: feminine adjective for "hôtel"|modeste=mistranslation: "luxurious" rendered as "modest"⟧.',
  },
  {
    id: 'petrol-essence',
    source: 'The car needs petrol.',
    frame:
      'La voiture a besoin ⟦d\'essence|de pétrole=false friend: "pétrole" means "crude oil"|de gazole=mistranslation: "gazole" is diesel|d\'huile=mistranslation: "petrol" rendered as "oil"⟧.',
  },
  {
    id: 'assume-supposer',
    source: 'We assume that the price is correct.',
    frame:
      'Nous ⟦⟪supposons;partons du principe⟫ que le prix est correct|assumons que le prix est correct=false friend: "assumer" means "take on (a responsibility)"|supposerons que le prix est correct=wrong tense: present rendered as future|supposons que le prix est incorrect=mistranslation: negation added⟧.',
  },
  {
    id: 'make-a-decision-prendre',
    source: 'The committee will make a decision tomorrow.',
    frame:
      'Le comité ⟦prendra une décision|fera une décision=literal calque: "make a decision" (French "prendre une décision")|prendra un décision=gender: masculine for the feminine "décision"|a pris une décision=wrong tense: future rendered as past⟧ demain.',
  },
  {
    id: 'ask-a-question-poser',
    source: 'May I ask you a question?',
    frame:
      '⟦Puis-je vous poser une question\u00a0?|Puis-je vous demander une question\u00a0?=literal calque: "ask a question" (French "poser une question")|Puis-je vous poser un question\u00a0?=gender: masculine for the feminine "question"|Puis-je vous poser une réponse\u00a0?=mistranslation: "question" rendered as "answer"⟧',
  },
  {
    id: 'pay-attention-faire-attention',
    source: 'Please pay attention to the safety instructions.',
    frame:
      '⟦Veuillez faire attention aux consignes de sécurité|Veuillez payer attention aux consignes de sécurité=literal calque: "pay attention" (French "faire attention")|Veuillez faire attention des consignes de sécurité=wrong preposition: "de" after "faire attention" (needs "à")|Veuillez faire attention à les consignes de sécurité=form: "à les" not contracted to "aux"⟧.',
  },
  {
    id: 'take-place-avoir-lieu',
    source: 'The conference takes place in Marseille.',
    frame:
      'La conférence ⟦a lieu à Marseille|prend place à Marseille=literal calque: "take place" ("prendre place" means "sit down")|a lieu en Marseille=wrong preposition: "en" before a city|avait lieu à Marseille=wrong tense: present rendered as past|a place à Marseille=literal calque: "place" for "lieu"⟧.',
  },
  {
    id: 'run-a-company-diriger',
    source: 'She has run the company since 2015.',
    frame:
      'Elle ⟦dirige l\'entreprise depuis 2015|court l\'entreprise depuis 2015=literal calque: "run" rendered as "courir"|a dirigé l\'entreprise depuis 2015=wrong tense: passé composé with "depuis" for an ongoing role|dirige l\'entreprise il y a 2015=wrong preposition: "il y a" (ago) for "since"⟧.',
  },
]
