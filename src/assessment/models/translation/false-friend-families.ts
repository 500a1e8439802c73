import type { UsageFamily } from '../editing/editing-model.js'

const ask = (language: string, source: string) =>
  `Source text (${language}): «${source}» Which English translation is accurate?`

/**
 * Translation into English from Spanish, French and German sources holding two or three false
 * friends each (words that look like an English word of another meaning). Only long-documented
 * pairs whose dictionary senses leave no doubt in the sentence given.
 */
export const FALSE_FRIEND_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'es-embarazada-asistir',
    stem: ask('Spanish', 'Mi hermana está embarazada, así que no asistió a la reunión.'),
    frames: [
      "My sister is ⟦pregnant|embarrassed=reads 'embarazada' as 'embarrassed'⟧, so she did not ⟦attend|assist=reads 'asistir a' as 'assist'⟧ the meeting.",
    ],
  },
  {
    id: 'es-actualmente-libreria',
    stem: ask('Spanish', 'Actualmente trabajo en una librería.'),
    frames: [
      "⟦Currently|Actually=reads 'actualmente' as 'actually'⟧, I work in a ⟦bookshop|library=reads 'librería' as 'library' (a library is a 'biblioteca')⟧.",
    ],
  },
  {
    id: 'es-constipado-realizar',
    stem: ask('Spanish', 'Estoy constipado y hoy no voy a realizar la prueba.'),
    frames: [
      "I ⟦have a cold|am constipated=reads 'constipado' as 'constipated'⟧ and will not ⟦carry out|realise=reads 'realizar' as 'realise'⟧ the test today.",
    ],
  },
  {
    id: 'es-carpeta-exito',
    stem: ask('Spanish', 'La carpeta está en la mesa y el lanzamiento fue un éxito.'),
    frames: [
      "The ⟦folder|carpet=reads 'carpeta' as 'carpet'⟧ is on the table, and the launch was a ⟦success|exit=reads 'éxito' as 'exit'⟧.",
    ],
  },
  {
    id: 'fr-actuellement-location',
    stem: ask('French', 'Actuellement, je cherche une location près de la gare.'),
    frames: [
      "⟦Currently|Actually=reads 'actuellement' as 'actually'⟧, I am looking for a ⟦rental|location=reads 'location' (a rental) as the English 'location'⟧ near the station.",
    ],
  },
  {
    id: 'fr-assister-deception',
    stem: ask('French', "J'ai assisté à la conférence, mais c'était une déception."),
    frames: [
      "I ⟦attended|assisted=reads 'assister à' as 'assist'⟧ the conference, but it was a ⟦disappointment|deception=reads 'déception' as 'deception'⟧.",
    ],
  },
  {
    id: 'fr-blesse-sensible',
    stem: ask('French', 'Il a été blessé et il est très sensible.'),
    frames: [
      "He was ⟦injured|blessed=reads 'blessé' as 'blessed'⟧ and he is very ⟦sensitive|sensible=reads 'sensible' as the English 'sensible'⟧.",
    ],
  },
  {
    id: 'fr-monnaie-eventuellement',
    stem: ask(
      'French',
      "Vous n'avez pas de monnaie ? Nous pourrons éventuellement payer par carte.",
    ),
    frames: [
      "Don't you have any ⟦change|money=reads 'monnaie' (coins, change) as 'money'⟧? We could ⟦possibly|eventually=reads 'éventuellement' as 'eventually'⟧ pay by card.",
    ],
  },
  {
    id: 'de-chef-bekommen-handy',
    stem: ask('German', 'Mein Chef hat ein neues Handy bekommen.'),
    frames: [
      "My ⟦boss|chef=reads 'Chef' as 'chef'⟧ ⟦got|became=reads 'bekommen' as 'become'⟧ a new ⟦mobile phone|handy tool=reads 'Handy' (a mobile phone) as the English 'handy'⟧.",
    ],
  },
  {
    id: 'de-aktuell-eventuell',
    stem: ask('German', 'Die aktuelle Version ist eventuell fehlerhaft.'),
    frames: [
      "The ⟦current|actual=reads 'aktuell' as 'actual'⟧ version is ⟦possibly|eventually=reads 'eventuell' as 'eventually'⟧ faulty.",
    ],
  },
  {
    id: 'de-gift-also',
    stem: ask('German', 'Die Pilze sind giftig, also iss sie nicht.'),
    frames: [
      "The mushrooms are ⟦poisonous|a gift=reads 'giftig' (from 'Gift', poison) as 'gift'⟧, ⟦so|also=reads 'also' (so, therefore) as the English 'also'⟧ do not eat them.",
    ],
  },
  {
    id: 'de-bekommen-rente',
    stem: ask('German', 'Meine Großmutter bekommt eine kleine Rente.'),
    frames: [
      "My grandmother ⟦receives|becomes=reads 'bekommen' as 'become'⟧ a small ⟦pension|rent=reads 'Rente' as 'rent'⟧.",
    ],
  },
]
