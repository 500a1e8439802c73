import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family, spot } from './spot.js'

/** A word the style's dictionary spells `right`, a misspelling writers make, and why they make it. */
type Entry = readonly [right: string, wrong: string, slip: string]

type Variety = 'American' | 'British'

const HOUSE: Record<Variety, string> = {
  American:
    'The client’s house style is American spelling, taking the first form Merriam-Webster lists.',
  British:
    'The client’s house style is British spelling: -ise where a word may take -ise or -ize, otherwise the first form Collins lists.',
}

/** A word of a pattern with the doubt that makes a proofreader mark its correct form. */
interface Pooled {
  readonly entry: Entry
  readonly doubt: string
}

/** Every pattern's words by variety: an item's other options come from any pattern. */
const POOL: Record<Variety, Pooled[]> = { American: [], British: [] }

/**
 * Three entries of other words, nearest first in the length of the form shown: options of one
 * length give a candidate who reads length nothing to go on.
 */
function nearest(
  rng: Parameters<ScenarioFamily['draw']>[0],
  variety: Variety,
  first: Entry,
  shown: (e: Entry) => string,
): Pooled[] {
  const length = shown(first).length
  const taken = new Set([first[0], first[1]])
  const out: Pooled[] = []
  const byDistance = rng
    .shuffle(POOL[variety])
    .sort(
      (a, b) => Math.abs(shown(a.entry).length - length) - Math.abs(shown(b.entry).length - length),
    )
  for (const p of byDistance) {
    if (out.length === 3) break
    if (taken.has(p.entry[0]) || taken.has(p.entry[1])) continue
    taken.add(p.entry[0])
    taken.add(p.entry[1])
    out.push(p)
  }
  return out
}

/**
 * One spelling pattern: an item asks either for the one misspelled word among four from the proof
 * (the pattern's misspelling among correct words a proofreader unsure of their own patterns would
 * mark) or for the one correct word among four the author typed (the pattern's word among the
 * usual misspellings of others).
 */
export function pattern(
  id: string,
  variety: Variety,
  entries: readonly Entry[],
  doubt: string,
): ScenarioFamily {
  POOL[variety].push(...entries.map((entry) => ({ entry, doubt })))
  return family(id, (rng) => {
    const first = rng.pick(entries)
    if (rng.next() < 0.5) {
      return spot(
        `${HOUSE[variety]} Which word in the proof is misspelled?`,
        first[1],
        nearest(rng, variety, first, (e) => e[1]).map(({ entry: [right], doubt: why }) => ({
          text: right,
          mistake: `${why}: marked the correct “${right}”`,
        })),
      )
    }
    return spot(
      `${HOUSE[variety]} The author typed these four words. Which one is spelled correctly?`,
      first[0],
      nearest(rng, variety, first, (e) => e[0]).map(({ entry: [, wrong, slip] }) => ({
        text: wrong,
        mistake: slip,
      })),
    )
  })
}

/** Spelling patterns behind the words writers most often misspell, and the variety rules. */
export const PROOF_SPELLING_FAMILIES: readonly ScenarioFamily[] = [
  pattern(
    'doubled-consonants',
    'American',
    [
      ['accommodate', 'accomodate', 'a single m in accommodate'],
      ['committee', 'commitee', 'a single t in committee'],
      ['embarrass', 'embarass', 'a single r in embarrass'],
      ['occurrence', 'occurence', 'a single r in occurrence'],
      ['possession', 'posession', 'a single s after po- in possession'],
      ['millennium', 'millenium', 'a single n in millennium'],
      ['questionnaire', 'questionaire', 'a single n in questionnaire'],
      ['commitment', 'committment', 'doubled the t of commit before -ment'],
      ['harass', 'harrass', 'a doubled r in harass'],
      ['occasion', 'occassion', 'a doubled s in occasion'],
      ['necessary', 'neccessary', 'a doubled c in necessary'],
      ['recommend', 'reccomend', 'a doubled c and single m in recommend'],
    ],
    'unsure which consonant doubles',
  ),
  pattern(
    'i-before-e',
    'American',
    [
      ['receive', 'recieve', 'ie after c in receive'],
      ['achieve', 'acheive', 'ei in achieve'],
      ['weird', 'wierd', 'i before e in weird, an exception'],
      ['seize', 'sieze', 'i before e in seize, an exception'],
      ['foreign', 'foriegn', 'i before e in foreign, an exception'],
      ['receipt', 'reciept', 'ie after c in receipt'],
      ['height', 'hieght', 'i before e in height'],
      ['leisure', 'liesure', 'i before e in leisure, an exception'],
      ['believe', 'beleive', 'ei in believe'],
      ['field', 'feild', 'ei in field'],
      ['neighbor', 'nieghbor', 'i before e in neighbor, which sounds “ay”'],
    ],
    'applied “i before e except after c” where the word is an exception',
  ),
  pattern(
    'ant-or-ent-endings',
    'American',
    [
      ['independent', 'independant', '-ant for -ent in independent'],
      ['relevant', 'relevent', '-ent for -ant in relevant'],
      ['existence', 'existance', '-ance for -ence in existence'],
      ['persistent', 'persistant', '-ant for -ent in persistent'],
      ['resistance', 'resistence', '-ence for -ance in resistance'],
      ['attendance', 'attendence', '-ence for -ance in attendance'],
      ['consistent', 'consistant', '-ant for -ent in consistent'],
      ['apparent', 'apparant', '-ant for -ent in apparent'],
      ['permanent', 'permanant', '-ant for -ent in permanent'],
      ['maintenance', 'maintainance', 'kept the spelling of maintain in maintenance'],
    ],
    'confused the -ant and -ent endings',
  ),
  pattern(
    'able-or-ible-endings',
    'American',
    [
      ['responsible', 'responsable', '-able for -ible in responsible'],
      ['accessible', 'accessable', '-able for -ible in accessible'],
      ['irresistible', 'irresistable', '-able for -ible in irresistible'],
      ['available', 'availible', '-ible for -able in available'],
      ['dependable', 'dependible', '-ible for -able in dependable'],
      ['reversible', 'reversable', '-able for -ible in reversible'],
      ['indispensable', 'indispensible', '-ible for -able in indispensable'],
      ['compatible', 'compatable', '-able for -ible in compatible'],
      ['feasible', 'feasable', '-able for -ible in feasible'],
      ['sensible', 'sensable', '-able for -ible in sensible'],
    ],
    'confused the -able and -ible endings',
  ),
  pattern(
    'silent-e-before-suffixes',
    'American',
    [
      ['noticeable', 'noticable', 'dropped the e that keeps the c soft in noticeable'],
      ['manageable', 'managable', 'dropped the e that keeps the g soft in manageable'],
      ['argument', 'arguement', 'kept the e of argue before -ment'],
      ['truly', 'truely', 'kept the e of true before -ly'],
      ['ninth', 'nineth', 'kept the e of nine in ninth'],
      ['awful', 'aweful', 'kept the e of awe before -ful'],
      ['changeable', 'changable', 'dropped the e that keeps the g soft in changeable'],
      ['using', 'useing', 'kept the e of use before -ing'],
      ['writing', 'writeing', 'kept the e of write before -ing'],
      ['likely', 'likly', 'dropped the e of like before -ly'],
    ],
    'misapplied the rule for a silent e before a suffix',
  ),
  pattern(
    'unstressed-vowels',
    'American',
    [
      ['separate', 'seperate', 'e for the unstressed a in separate'],
      ['definitely', 'definately', 'a for the unstressed i in definitely'],
      ['grammar', 'grammer', 'e for the unstressed a in grammar'],
      ['calendar', 'calender', 'e for the unstressed a in calendar'],
      ['cemetery', 'cemetary', 'a for the unstressed e in cemetery'],
      ['desperate', 'desparate', 'a for the unstressed e in desperate'],
      ['category', 'catagory', 'a for the unstressed e in category'],
      ['privilege', 'privelege', 'e for the unstressed i in privilege'],
      ['existent', 'existant', '-ant for the unstressed -ent in existent'],
      ['repetition', 'repitition', 'i for the unstressed e in repetition'],
    ],
    'guessed the vowel of an unstressed syllable',
  ),
  pattern(
    'dropped-or-added-letters',
    'American',
    [
      ['government', 'goverment', 'dropped the silent n of government'],
      ['February', 'Febuary', 'dropped the first r of February'],
      ['library', 'libary', 'dropped the first r of library'],
      ['environment', 'enviroment', 'dropped the n of environment'],
      ['temperature', 'temprature', 'dropped the unstressed e of temperature'],
      ['surprise', 'suprise', 'dropped the r of surprise'],
      ['pronunciation', 'pronounciation', 'spelled pronunciation like pronounce'],
      ['mischievous', 'mischievious', 'added an i to mischievous'],
      ['athlete', 'athelete', 'added an e to athlete'],
      ['especially', 'expecially', 'an x for the s of especially'],
    ],
    'expected letters as the word is said aloud',
  ),
  pattern(
    'cede-ceed-sede',
    'American',
    [
      ['supersede', 'supercede', '-cede for the one -sede word, supersede'],
      ['exceed', 'excede', '-cede for -ceed in exceed'],
      ['proceed', 'procede', '-cede for -ceed in proceed'],
      ['succeed', 'succede', '-cede for -ceed in succeed'],
      ['precede', 'preceed', '-ceed for -cede in precede'],
      ['concede', 'conceed', '-ceed for -cede in concede'],
      ['recede', 'receed', '-ceed for -cede in recede'],
      ['intercede', 'interceed', '-ceed for -cede in intercede'],
    ],
    'mixed up the -cede, -ceed and -sede words',
  ),
  pattern(
    'ally-adverbs',
    'American',
    [
      ['publicly', 'publically', 'added -ally to public, whose adverb is publicly'],
      ['basically', 'basicly', '-ly for -ally after basic'],
      ['accidentally', 'accidently', 'dropped the -al- of accidentally'],
      ['incidentally', 'incidently', 'dropped the -al- of incidentally'],
      ['finally', 'finaly', 'a single l in finally'],
      ['usually', 'usualy', 'a single l in usually'],
      ['specifically', 'specificly', '-ly for -ally after specific'],
      ['dramatically', 'dramaticly', '-ly for -ally after dramatic'],
    ],
    'unsure when an adverb takes -ally',
  ),
  pattern(
    'closed-and-open-compounds',
    'American',
    [
      ['a lot', 'alot', 'closed up a lot'],
      ['in fact', 'infact', 'closed up in fact'],
      ['thank you', 'thankyou', 'closed up thank you'],
      ['in case', 'incase', 'closed up in case'],
      ['as well', 'aswell', 'closed up as well'],
      ['at least', 'atleast', 'closed up at least'],
      ['each other', 'eachother', 'closed up each other'],
      ['no one', 'noone', 'closed up no one'],
    ],
    'unsure which compounds are written as one word',
  ),
  pattern(
    'american-not-british-forms',
    'American',
    [
      ['color', 'colour', 'a British -our spelling'],
      ['center', 'centre', 'a British -re spelling'],
      ['traveled', 'travelled', 'the British doubled l before -ed'],
      ['organize', 'organise', 'a British -ise spelling'],
      ['analyze', 'analyse', 'a British -yse spelling'],
      ['defense', 'defence', 'a British -ence noun'],
      ['catalog', 'catalogue', 'the British -ogue spelling'],
      ['aluminum', 'aluminium', 'the British aluminium'],
      ['gray', 'grey', 'the British grey'],
      ['advertise', 'advertize', 'an -ize for a word that is -ise in American spelling too'],
      ['exercise', 'exercize', 'an -ize for a word that is -ise in American spelling too'],
      ['surprise', 'surprize', 'an -ize for a word that is -ise in American spelling too'],
    ],
    'confused American and British forms',
  ),
  pattern(
    'british-ise-not-american-forms',
    'British',
    [
      ['colour', 'color', 'an American -or spelling'],
      ['centre', 'center', 'an American -er spelling'],
      ['travelled', 'traveled', 'the American single l before -ed'],
      ['organise', 'organize', 'an -ize spelling in an -ise style'],
      ['analyse', 'analyze', 'an American -yze spelling'],
      ['defence', 'defense', 'the American defense'],
      ['catalogue', 'catalog', 'the American catalog'],
      ['ageing', 'aging', 'the American aging'],
      ['capsize', 'capsise', 'an -ise for capsize, which is -ize in every spelling'],
      ['grey', 'gray', 'the American gray'],
      ['manoeuvre', 'maneuver', 'the American maneuver'],
      ['jewellery', 'jewelry', 'the American jewelry'],
    ],
    'confused British and American forms',
  ),
]
