import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { de, s } from './de-engine.js'

// Numbers, dates and spelling in German copy: DIN 5008 (2020) for amounts, percentages, dates and
// times; the de-DE locale for number and date formats; the amtliche Regelung der deutschen
// Rechtschreibung (Rat für deutsche Rechtschreibung, 2006, revised 2024): ß after a long vowel or
// diphthong, ss after a short one (§§ 2, 25), nouns and nominalised words capitalised (§§ 55–57),
// adjectives of nationality in lower case (§ 63), compounds written as one word (§ 36).

const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
]
const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag']
const pad = (n: number) => String(n).padStart(2, '0')
/** Thousands with points, a decimal comma, two decimals. */
function deAmount(cents: number, group = '.', dec = ','): string {
  const whole = Math.floor(cents / 100)
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, group)
  return `${grouped}${dec}${pad(cents % 100)}`
}

export const SPELLING_FAMILIES: readonly ScenarioFamily[] = [
  de('ger-euro-amount-decimal-comma-and-thousands-point', (rng) => {
    const cents = rng.int(1000, 99999) * 100 + rng.int(1, 99)
    return {
      stem: `An invoice in German for a client who follows DIN 5008 (amount, a space, then the € sign). The total is ${Math.floor(cents / 100)} euros and ${cents % 100} cents. How is it written?`,
      key: s(`${deAmount(cents)} €`),
      wrong: [
        [s(`${deAmount(cents, ',', '.')} €`), 'uses the English comma and decimal point'],
        [s(`€${deAmount(cents)}`), 'puts the € sign before the amount, as in English'],
        [s(`${deAmount(cents, '.', '.')} €`), 'uses points for both thousands and decimals'],
        [s(`${deAmount(cents, ',', ',')} €`), 'uses commas for both thousands and decimals'],
        [s(`${deAmount(cents)}€`), 'leaves out the space before the € sign'],
        [s(`€${deAmount(cents, ',', '.')}`), 'copies the English format unchanged'],
        [
          s(`${deAmount(cents, ',', '.')}€`),
          'uses the English separators and leaves out the space',
        ],
      ],
      facts: { kind: 'euro', v: cents / 100 },
    }
  }),
  de('ger-percent-with-decimal-comma-and-space', (rng) => {
    const tenths = rng.int(1, 39) * 10 + rng.int(1, 9)
    const v = `${Math.floor(tenths / 10)},${tenths % 10}`
    return {
      stem: `A market report in German follows DIN 5008: a space between the number and %. The share is ${Math.floor(tenths / 10)}.${tenths % 10} percent. How is it written?`,
      key: s(`${v} %`),
      wrong: [
        [s(`${v.replace(',', '.')} %`), 'uses the English decimal point'],
        [s(`${v}%`), 'leaves out the space before %'],
        [s(`${v.replace(',', '.')}%`), 'copies the English format unchanged'],
        [
          s(`0,${String(tenths).padStart(3, '0')} %`),
          'writes the share as a decimal fraction and adds the % sign',
        ],
        [
          s(`0.${String(tenths).padStart(3, '0')} %`),
          'writes the share as an English decimal fraction and adds the % sign',
        ],
      ],
      facts: { kind: 'percent', v: tenths / 10 },
    }
  }),
  de('ger-numeric-date-day-month-year', (rng) => {
    const y = rng.int(2025, 2028)
    const m = rng.int(1, 12)
    const d = rng.int(13, 28)
    return {
      stem: `A German contract gives dates in the numeric DIN 5008 form with two-digit day and month (TT.MM.JJJJ). The date is day ${d} of month ${m}, ${y}. How is it written?`,
      key: s(`${pad(d)}.${pad(m)}.${y}`),
      wrong: [
        [s(`${pad(m)}/${pad(d)}/${y}`), 'uses the US order month/day with slashes'],
        [s(`${pad(d)}/${pad(m)}/${y}`), 'uses British slashes'],
        [s(`${pad(m)}.${pad(d)}.${y}`), 'puts the month first'],
        [
          s(`${d}.${m}.${String(y).slice(2)}`),
          'drops the leading zeros and the century the form asks for',
        ],
      ],
      facts: { kind: 'numericDate', y, m, d },
    }
  }),
  de('ger-long-date-with-weekday', (rng) => {
    const y = rng.int(2025, 2028)
    const m = rng.int(0, 11)
    const d = rng.int(1, 28)
    const wd = WEEKDAYS[new Date(Date.UTC(y, m, d)).getUTCDay()]!
    return {
      stem: `A German letter heading gives the date in full with its weekday, the day as an ordinal number. The date is ${y}-${pad(m + 1)}-${pad(d)}. How is it written?`,
      key: s(`${wd}, ${d}. ${MONTHS[m]} ${y}`),
      wrong: [
        [s(`${wd}, ${d} ${MONTHS[m]} ${y}`), 'leaves out the ordinal point after the day'],
        [s(`${wd}, ${MONTHS[m]} ${d}. ${y}`), 'puts the month before the day, as in US English'],
        [
          s(`${wd}, ${d}. ${MONTHS[m]!.toLowerCase()} ${y}`),
          'writes the month in lower case, as in French',
        ],
        [s(`${wd.toLowerCase()}, ${d}. ${MONTHS[m]} ${y}`), 'writes the weekday in lower case'],
        [s(`${wd} ${d}. ${MONTHS[m]} ${y}`), 'leaves out the comma after the weekday'],
        [s(`${wd}, ${d}.${MONTHS[m]} ${y}`), 'leaves out the space after the ordinal point'],
        [
          s(`${wd}, ${MONTHS[m]} ${d}, ${y}`),
          'copies the US order and comma and leaves out the ordinal point',
        ],
        [
          s(`${wd.toLowerCase()}, ${d}. ${MONTHS[m]!.toLowerCase()} ${y}`),
          'writes weekday and month in lower case, as in French',
        ],
        [s(`${wd} ${d} ${MONTHS[m]} ${y}`), 'copies the British form: no comma and no point'],
      ],
      facts: { kind: 'longDate', y, m, d },
    }
  }),
  de('ger-time-24-hour-clock-with-uhr', (rng) => {
    const h = rng.int(13, 22)
    const mm = rng.pick([15, 30, 45, 20, 40])
    return {
      stem: `An invitation in German follows DIN 5008 for times (hh:mm, 24-hour clock, then Uhr). The meeting is at ${h - 12}:${pad(mm)} in the afternoon or evening. How is it written?`,
      key: s(`${h}:${pad(mm)} Uhr`),
      wrong: [
        [s(`${h - 12}:${pad(mm)} Uhr`), 'uses the 12-hour clock'],
        [s(`${h - 12}:${pad(mm)} pm`), 'keeps the English pm'],
        [s(`${h}.${pad(mm)} Uhr`), 'separates hours and minutes with a point, the older style'],
        [s(`${h}:${pad(mm)} h`), 'writes h for Uhr'],
        [s(`${pad(h - 12)}:${pad(mm)} Uhr`), 'uses the 12-hour clock with a leading zero'],
      ],
      facts: { kind: 'time', h, mm },
    }
  }),
  de('ger-milliarde-for-english-billion', (rng) => {
    const whole = rng.int(1, 9)
    const dec = rng.int(1, 9)
    return {
      stem: `A translator renders «${whole}.${dec} billion euros» (US and modern British billion = 10⁹) in German copy. Which is correct?`,
      key: s(`${whole},${dec} Milliarden Euro`),
      wrong: [
        [
          s(`${whole},${dec} Billionen Euro`),
          'takes Billion as the false friend of billion (Billion is 10¹²)',
        ],
        [s(`${whole}.${dec} Milliarden Euro`), 'keeps the English decimal point'],
        [s(`${whole},${dec} Milliarde Euro`), 'keeps Milliarde singular after a number above one'],
        [s(`${whole},${dec} Milliarden Euros`), 'gives Euro an English plural s'],
        [s(`${whole},${dec} Millionen Euro`), 'confuses Million (10⁶) and Milliarde'],
      ],
      facts: { kind: 'billion', whole, dec },
    }
  }),
  de('ger-sharp-s-after-long-vowel-ss-after-short', (rng) => {
    const [longW, shortW] = rng.pick([
      ['Straße', 'Prozess'],
      ['Größe', 'Anschluss'],
      ['Grüße', 'Abschluss'],
      ['Fuß', 'Fluss'],
      ['Gruß', 'Stress'],
      ['Maß', 'Pass'],
    ] as const)
    const ss = (w: string) => w.replaceAll('ß', 'ss')
    const sz = (w: string) => w.replace(/ss(?![aeiouäöü])/, 'ß')
    return {
      stem: `A client in Germany follows the 2006 spelling: ß after a long vowel or diphthong, ss after a short vowel. Which pair is spelled correctly?`,
      key: s(`${longW} … ${shortW}`),
      wrong: [
        [s(`${ss(longW)} … ${shortW}`), 'writes ss everywhere, as Swiss German does'],
        [
          s(`${longW} … ${sz(shortW)}`),
          'writes ß at the end of a syllable after a short vowel, the pre-1996 rule',
        ],
        [s(`${ss(longW)} … ${sz(shortW)}`), 'swaps the two rules'],
        [s(`${longW.replace('ß', 's')} … ${shortW}`), 'writes a single s for ß'],
        [s(`${longW} … ${shortW.replace(/ss$/, 's')}`), 'writes a single s for ss'],
        [
          s(`${longW.replace('ß', 's')} … ${shortW.replace(/ss$/, 's')}`),
          'writes a single s for both ß and ss',
        ],
      ],
    }
  }),
  de('ger-dass-conjunction-das-article-or-relative', (rng) => {
    const [noun, rest] = rng.pick([
      ['Angebot', 'Ihnen gefällt'],
      ['Dokument', 'vollständig ist'],
      ['Projekt', 'pünktlich fertig wird'],
      ['Formular', 'richtig ausgefüllt ist'],
    ] as const)
    return {
      stem: `dass introduces a clause; das is the article or a relative pronoun. Which sentence is spelled correctly?`,
      key: s(`Ich hoffe, dass das ${noun}, das ich geschickt habe, ${rest}.`),
      wrong: [
        [
          s(`Ich hoffe, das das ${noun}, das ich geschickt habe, ${rest}.`),
          'writes the conjunction with one s',
        ],
        [
          s(`Ich hoffe, dass dass ${noun}, dass ich geschickt habe, ${rest}.`),
          'writes the article and relative with ss',
        ],
        [
          s(`Ich hoffe, dass das ${noun}, dass ich geschickt habe, ${rest}.`),
          'writes the relative pronoun as the conjunction',
        ],
        [
          s(`Ich hoffe das das ${noun} das ich geschickt habe ${rest}.`),
          'uses das throughout and leaves out the commas',
        ],
      ],
    }
  }),
  de('ger-nominalised-adjective-after-etwas-nichts', (rng) => {
    const q = rng.pick(['etwas', 'nichts', 'viel'])
    const adj = rng.pick(['neu', 'wichtig', 'interessant', 'dringend'])
    const cap = adj.charAt(0).toUpperCase() + adj.slice(1)
    return {
      stem: `Adjectives used as nouns after etwas, nichts and viel are capitalised and take -es. Which completes «Im Entwurf gibt es ___.»?`,
      key: s(`${q} ${cap}es`),
      wrong: [
        [s(`${q} ${adj}es`), 'writes the nominalised adjective in lower case'],
        [s(`${q} ${cap}e`), 'gives it the weak ending -e'],
        [
          s(`${q.charAt(0).toUpperCase()}${q.slice(1)} ${adj}es`),
          'capitalises the quantifier instead',
        ],
        [s(`${q} ${cap}`), 'leaves the adjective without an ending'],
        [s(`${q} ${adj}e`), 'writes it in lower case with the weak ending -e'],
        [s(`${q} ${adj}`), 'treats it as an uninflected adjective'],
        [
          s(`${q.charAt(0).toUpperCase()}${q.slice(1)} ${cap}es`),
          'capitalises the quantifier as well',
        ],
        [s(`${q} ${cap}en`), 'gives it -en, the ending after an article'],
      ],
    }
  }),
  de('ger-nominalised-infinitive-after-beim-zum', (rng) => {
    const [prep, verb, frame] = rng.pick([
      ['beim', 'korrigieren', 'Mir ist ___ ein Fehler aufgefallen.'],
      ['zum', 'unterschreiben', 'Ich schicke Ihnen den Vertrag ___.'],
      ['beim', 'übersetzen', 'Ich habe ___ eine Frage notiert.'],
      ['zum', 'lesen', 'Hier ist der Text ___.'],
    ] as const)
    const cap = verb.charAt(0).toUpperCase() + verb.slice(1)
    return {
      stem: `An infinitive used as a noun after beim or zum is capitalised. Which fills the gap in «${frame}»?`,
      key: s(`${prep} ${cap}`),
      wrong: [
        [s(`${prep} ${verb}`), 'writes the nominalised infinitive in lower case'],
        [s(`${prep === 'beim' ? 'bei' : 'zu'} ${cap}`), 'drops the article the contraction holds'],
        [s(`${prep} zu ${verb}`), 'adds zu, as before an infinitive'],
        [
          s(`${prep === 'beim' ? 'bei' : 'zu'} ${verb}`),
          'drops the article and writes the verb in lower case',
        ],
      ],
    }
  }),
  de('ger-weekday-adverb-lower-case-compound-noun-capital', (rng) => {
    const [day1, day2] = rng.pick([
      ['Montag', 'Dienstag'],
      ['Mittwoch', 'Donnerstag'],
      ['Freitag', 'Montag'],
      ['Dienstag', 'Freitag'],
    ] as const)
    const [part] = rng.pick([['Abend'], ['Morgen'], ['Nachmittag']] as const)
    const adv = `${day1.toLowerCase()}s`
    return {
      stem: `Weekdays as adverbs (on Mondays) are written in lower case with -s; a weekday joined to a time of day is one capitalised noun. Which sentence is correct?`,
      key: s(`Ich arbeite ${adv}, aber am ${day2}${part.toLowerCase()} habe ich Zeit.`),
      wrong: [
        [
          s(`Ich arbeite ${day1}s, aber am ${day2}${part.toLowerCase()} habe ich Zeit.`),
          'capitalises the adverb',
        ],
        [
          s(`Ich arbeite ${adv}, aber am ${day2} ${part} habe ich Zeit.`),
          'writes the compound as two words',
        ],
        [
          s(
            `Ich arbeite ${adv}, aber am ${day2.toLowerCase()}${part.toLowerCase()} habe ich Zeit.`,
          ),
          'writes the compound noun in lower case',
        ],
        [
          s(`Ich arbeite ${adv}, aber am ${day2} ${part.toLowerCase()} habe ich Zeit.`),
          'follows the pre-1996 rule: time of day apart and in lower case',
        ],
        [
          s(
            `Ich arbeite ${day1}s, aber am ${day2.toLowerCase()}${part.toLowerCase()} habe ich Zeit.`,
          ),
          'swaps the two rules: the adverb capitalised, the noun in lower case',
        ],
      ],
    }
  }),
  de('ger-nationality-adjective-lower-case-language-noun-capital', (rng) => {
    const lang = rng.pick(['deutsch', 'englisch', 'französisch', 'spanisch', 'italienisch'])
    const cap = lang.charAt(0).toUpperCase() + lang.slice(1)
    return {
      stem: `Adjectives of nationality or language are lower case; the language as a noun (auf …) is capitalised. Which sentence is correct?`,
      key: s(`Die ${lang}e Fassung liegt bei; ich schreibe Ihnen auf ${cap}.`),
      wrong: [
        [
          s(`Die ${cap}e Fassung liegt bei; ich schreibe Ihnen auf ${cap}.`),
          'capitalises the adjective, as English does',
        ],
        [
          s(`Die ${lang}e Fassung liegt bei; ich schreibe Ihnen auf ${lang}.`),
          'writes the language noun in lower case, the pre-1996 rule',
        ],
        [
          s(`Die ${cap}e Fassung liegt bei; ich schreibe Ihnen auf ${lang}.`),
          'swaps the two rules',
        ],
        [
          s(`Die ${lang}e Fassung liegt bei; ich schreibe ihnen auf ${cap}.`),
          'writes the polite Ihnen in lower case (them)',
        ],
        [
          s(`Die ${cap}e Fassung liegt bei; ich schreibe ihnen auf ${cap}.`),
          'capitalises the adjective and writes the polite Ihnen in lower case',
        ],
      ],
    }
  }),
  de('ger-compound-noun-one-word-with-linking-element', (rng) => {
    const [first, link, second] = rng.pick([
      ['Vertrag', 's', 'Entwurf'],
      ['Rechnung', 's', 'Nummer'],
      ['Kunde', 'n', 'Service'],
      ['Arbeit', 's', 'Zeit'],
      ['Projekt', '', 'Leitung'],
      ['Liefer', '', 'Termin'],
    ] as const)
    const word = `${first}${link}${second.toLowerCase()}`
    return {
      stem: `German compounds are written as one word, with any linking element (-s-, -n-) the first part takes. Which is correct for «${first.replace(/^Liefer$/, 'liefern')}» + «${second}»?`,
      key: s(word),
      wrong: [
        [s(`${first}${link} ${second}`), 'writes the compound as two words, as English does'],
        [
          s(link ? `${first}${second.toLowerCase()}` : `${first}s${second.toLowerCase()}`),
          link ? 'drops the linking element' : 'adds a linking -s-',
        ],
        [s(`${first}${link}${second}`), 'capitalises the second part inside the word'],
        [s(word.toLowerCase()), 'writes the noun in lower case'],
        [
          s(link ? `${first} ${second}` : `${first}s ${second}`),
          link
            ? 'writes two words and drops the linking element'
            : 'writes two words and adds a linking -s-',
        ],
        [
          s(link ? `${first}${second}` : `${first}s${second}`),
          link
            ? 'capitalises the second part and drops the linking element'
            : 'capitalises the second part and adds a linking -s-',
        ],
      ],
    }
  }),
  de('ger-ordinal-number-takes-a-point', (rng) => {
    const n = rng.int(2, 19)
    const noun = rng.pick(['Entwurf', 'Auflage', 'Kapitel'])
    const art = noun === 'Entwurf' ? 'der' : noun === 'Auflage' ? 'die' : 'das'
    return {
      stem: `A German ordinal written in figures takes a point. The ${n}th ${noun === 'Auflage' ? 'edition' : noun === 'Kapitel' ? 'chapter' : 'draft'} is the subject. How is it written?`,
      key: s(`${art} ${n}. ${noun}`),
      wrong: [
        [s(`${art} ${n} ${noun}`), 'leaves out the ordinal point'],
        [s(`${art} ${n}th ${noun}`), 'keeps the English suffix'],
        [s(`${art} ${n}te ${noun}`), 'writes the ending after the figure'],
        [s(`${art} ${n}-te ${noun}`), 'writes the ending after a hyphen'],
        [s(`${art} ${n}.te ${noun}`), 'writes both the point and the ending'],
      ],
      facts: { kind: 'ordinal', n },
    }
  }),
  de('ger-capitalised-polite-pronouns-not-du-in-a-greeting', (rng) => {
    const name = rng.pick(['Frau Becker', 'Herr Wolf', 'Frau Yilmaz', 'Herr Schulz'])
    const lieb = name.startsWith('Frau') ? 'Sehr geehrte' : 'Sehr geehrter'
    return {
      stem: `A formal email to a new client: the salutation agrees with the person (Sehr geehrte Frau …, Sehr geehrter Herr …), is followed by a comma, and the text begins in lower case. Which opening is correct?`,
      key: s(`${lieb} ${name}, vielen Dank für Ihre Anfrage.`),
      wrong: [
        [
          s(
            `${lieb === 'Sehr geehrte' ? 'Sehr geehrter' : 'Sehr geehrte'} ${name}, vielen Dank für Ihre Anfrage.`,
          ),
          'does not agree geehrt- with the person',
        ],
        [
          s(`${lieb} ${name}, Vielen Dank für Ihre Anfrage.`),
          'capitalises the first word after the comma, as in English',
        ],
        [s(`${lieb} ${name}: vielen Dank für Ihre Anfrage.`), 'uses a colon after the salutation'],
        [
          s(`${lieb} ${name}, vielen Dank für ihre Anfrage.`),
          'writes the polite Ihre in lower case',
        ],
        [
          s(
            `${lieb === 'Sehr geehrte' ? 'Sehr geehrter' : 'Sehr geehrte'} ${name}, Vielen Dank für Ihre Anfrage.`,
          ),
          'does not agree geehrt- and capitalises after the comma',
        ],
        [
          s(`${lieb} ${name}! Vielen Dank für Ihre Anfrage.`),
          'uses an exclamation mark, an older style, where the comma is asked for',
        ],
      ],
    }
  }),
]
