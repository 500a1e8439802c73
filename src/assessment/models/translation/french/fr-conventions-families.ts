import type { TranslationFamily } from '../translation-model.js'

/**
 * English → French (France): writing conventions a translation must switch (lower-case months,
 * days, languages and nationality adjectives, "1er", Roman-numeral centuries, decimal comma and
 * space-grouped thousands, 24-hour times, guillemets, the no-break space before ? ! : ;, "M."),
 * as the Lexique des règles typographiques en usage à l'Imprimerie nationale states them.
 */
export const FR_CONVENTIONS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'date-premier-lowercase-month',
    source: 'The contract starts on 1 March.',
    frame:
      'Le contrat ⟪commence;débute⟫ ⟦le 1er mars|le 1er Mars=capitalisation: month name capitalised|le mars 1er=format: English month-day order|sur le 1er mars=wrong preposition: "on" rendered as "sur"|le 1st mars=format: English ordinal suffix⟧.',
  },
  {
    id: 'weekday-lowercase',
    source: 'The office is closed on Monday.',
    frame:
      'Le bureau ⟦est fermé lundi|est fermé Lundi=capitalisation: weekday capitalised|est fermé sur lundi=wrong preposition: "on" rendered as "sur"|est ouvert lundi=mistranslation: "closed" rendered as "open"|était fermé lundi=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'decimal-comma',
    source: 'The interest rate is 2.5 per cent.',
    frame:
      "Le taux d'intérêt ⟪est de;s'élève à⟫ ⟦2,5\u00a0%|2.5\u00a0%=format: decimal point (French uses a decimal comma)|25\u00a0%=mistranslation: decimal separator dropped|2,5 pour mille=mistranslation: per cent rendered as per mille⟧.",
  },
  {
    id: 'thousands-space',
    source: 'The car costs €12,500.',
    frame:
      'La voiture coûte ⟦12\u00a0500 ⟪euros;€⟫|12,500 ⟪euros;€⟫=format: comma as thousands separator (reads as twelve and a half)|€12\u00a0500=format: currency symbol before the amount|12\u00a0500 euro=number: "euro" not made plural⟧.',
  },
  {
    id: 'clock-time',
    source: 'The meeting is at 3 p.m.',
    frame:
      'La réunion a lieu ⟦à ⟪15\u00a0h;15\u00a0heures⟫|à 3 pm=format: English 12-hour clock mark|à 15 heure=number: "heure" not made plural|à 3\u00a0heures du matin=mistranslation: 3 p.m. rendered as 3 a.m.⟧.',
  },
  {
    id: 'space-before-question-mark',
    source: '[To a colleague] Are you coming to the meeting?',
    frame:
      '⟦Tu viens à la réunion\u00a0?|Tu viens à la réunion?=punctuation: no space before the question mark|Tu viens en la réunion\u00a0?=wrong preposition: "en" before an article (needs "à")|Tu venais à la réunion\u00a0?=wrong tense: present rendered as imperfect⟧',
  },
  {
    id: 'guillemets',
    source: 'The sign says "Closed".',
    frame:
      'Le panneau ⟪indique;affiche⟫ ⟦«\u00a0Fermé\u00a0»|"Fermé"=punctuation: English quotation marks in French text|«\u00a0Ouvert\u00a0»=mistranslation: "Closed" rendered as "Open"|«\u00a0Fermer\u00a0»=spelling: infinitive "fermer" for the participle "fermé"⟧.',
  },
  {
    id: 'nationality-adjective-lowercase',
    source: 'Our French customers are satisfied.',
    frame:
      '⟦Nos clients français sont satisfaits|Nos clients Français sont satisfaits=capitalisation: nationality adjective capitalised|Nos français clients sont satisfaits=word order: nationality adjective before the noun|Nos clients français sont satisfaites=agreement: feminine participle for "clients"|Nos clients français étaient satisfaits=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'language-names-lowercase',
    source: 'She speaks English.',
    frame:
      "Elle parle ⟦⟪anglais;l'anglais⟫|Anglais=capitalisation: language name capitalised|l'Anglais=capitalisation: language name capitalised|anglaise=form: feminine adjective for the language name⟧.",
  },
  {
    id: 'century-roman-numerals',
    source: 'The company was founded in the 21st century.',
    frame:
      'L\'entreprise ⟪a été fondée;est née⟫ ⟦au XXIe siècle|au 21st siècle=format: English ordinal suffix|au siècle XXI=word order: numeral after "siècle"|au XXe siècle=mistranslation: "21st" rendered as "20th"|en XXIe siècle=wrong preposition: "en" for "au" with a century⟧.',
  },
  {
    id: 'billion-milliard',
    source: 'The company is worth one billion euros.',
    frame:
      'L\'entreprise vaut ⟦un milliard d\'euros|un billion d\'euros=false friend: "billion" is a million million|un million d\'euros=mistranslation: "billion" rendered as "million"|un milliard euros=omission: the "de" after "milliard"|une milliard d\'euros=gender: feminine "une" for the masculine "milliard"⟧.',
  },
  {
    id: 'millions-de',
    source: 'The app has 2 million users.',
    frame:
      'L\'application compte ⟦2\u00a0millions d\'utilisateurs|2\u00a0million d\'utilisateurs=number: "million" not made plural|2\u00a0millions utilisateurs=omission: the "de" after "millions"|2\u00a0milliards d\'utilisateurs=mistranslation: "million" rendered as "billion"⟧.',
  },
  {
    id: 'currency-after-amount',
    source: 'The ticket costs 25 euros.',
    frame:
      'Le billet ⟦coûte ⟪25\u00a0euros;25\u00a0€⟫|coûte €25=format: currency symbol before the amount|coûte 25 euro=number: "euro" not made plural|coûtait 25 euros=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'monsieur-abbreviation',
    source: 'Mr Dupont will call you tomorrow.',
    frame:
      '⟦M.\u00a0Dupont|Mr Dupont=format: English abbreviation "Mr" (French writes "M.")|Mr. Dupont=format: English abbreviation "Mr." (French writes "M.")|Mme\u00a0Dupont=mistranslation: "Mr" rendered as "Mrs"⟧ vous appellera demain.',
  },
  {
    id: 'a-accent-preposition',
    source: 'The director is in Paris this week.',
    frame:
      'La directrice est ⟦à Paris|a Paris=spelling: the verb "a" for the preposition "à"|en Paris=wrong preposition: "en" before a city|au Paris=wrong preposition: "au" before a city without article⟧ cette semaine.',
  },
  {
    id: 'ou-accent-where',
    source: 'Where is the file?',
    frame:
      '⟦Où est le fichier\u00a0?|Ou est le fichier\u00a0?=spelling: "ou" (or) for "où" (where)|Où est la fichier\u00a0?=gender: feminine for the masculine "fichier"|Où était le fichier\u00a0?=wrong tense: present rendered as past⟧',
  },
]
