import type { Rng } from '../../rng.js'
import { an } from './spot.js'
import { type SheetRule, sheetFamilies } from './style-sheet.js'

const WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const TENS = ['eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty']
const TEN_FIGURES = [11, 12, 15, 20, 30, 40]
const COUNTED = ['chapters', 'reviewers', 'tables', 'interviews', 'photographs', 'contributors']
const MONTHS = ['January', 'March', 'April', 'June', 'September', 'November']
const pct = (rng: Rng) => rng.pick([3, 6, 8, 12, 15, 24])
const day = (rng: Rng) => rng.int(2, 28)
const yr = (rng: Rng) => rng.int(2019, 2027)
const LISTS = [
  ['editors', 'designers', 'printers'],
  ['Spain', 'Italy', 'Greece'],
  ['maps', 'charts', 'photographs'],
  ['authors', 'agents', 'publishers'],
]
const list = (rng: Rng) => rng.pick(LISTS)
const IZE = ['organize the archive', 'recognize the problem', 'prioritize the corrections']
const YSE = ['analyse the results', 'paralyse the schedule']

/**
 * A British publisher's house style of the kind a proofreader is handed: Oxford -ize spelling with
 * no serial comma, single quotation marks, spaced en rules, per cent in words, day–month dates.
 */
const HOUSE_RULES: readonly SheetRule[] = [
  {
    id: 'numbers-in-words-below-ten',
    statement:
      'Numbers: words for one to nine, figures for 10 and above (seven tables, 14 tables); figures always with units, money, per cent, dates and times.',
    follow: (rng) =>
      rng.next() < 0.5
        ? {
            text: `the ${rng.pick(WORDS)} ${rng.pick(COUNTED)} in this part`,
            mistake: 'applied a figures-for-every-number rule, not the sheet',
          }
        : {
            text: `the ${rng.pick(TEN_FIGURES)} ${rng.pick(COUNTED)} in this part`,
            mistake: 'applied the spell-out-to-one-hundred rule of Chicago, not the sheet',
          },
    breach: (rng) =>
      rng.next() < 0.5
        ? {
            text: `the ${rng.pick(TENS)} ${rng.pick(COUNTED)} in this part`,
            mistake: 'words for a number of 10 or more',
          }
        : {
            text: `the ${rng.int(2, 9)} ${rng.pick(COUNTED)} in this part`,
            mistake: 'a figure for a number below ten',
          },
  },
  {
    id: 'per-cent-in-words',
    statement: 'Percentages: figures with per cent as two words (6 per cent), no % sign in text.',
    follow: (rng) => ({
      text: `${an(pct(rng))} per cent rise in sales`,
      mistake: 'expected the % sign of American and scientific style',
    }),
    breach: (rng) =>
      rng.next() < 0.5
        ? { text: `${an(pct(rng))}% rise in sales`, mistake: 'a % sign in running text' }
        : {
            text: `${an(pct(rng))} percent rise in sales`,
            mistake: 'the American percent as one word',
          },
  },
  {
    id: 'day-month-year-dates',
    statement: 'Dates: day, month, year with no comma and no ordinal (4 March 2026).',
    follow: (rng) => ({
      text: `published on ${day(rng)} ${rng.pick(MONTHS)} ${yr(rng)}`,
      mistake: 'expected the American month-before-day order',
    }),
    breach: (rng) => {
      const d = day(rng)
      return rng.next() < 0.5
        ? {
            text: `published on ${rng.pick(MONTHS)} ${d}, ${yr(rng)}`,
            mistake: 'the American month-before-day order',
          }
        : {
            text: `published on ${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'} ${rng.pick(MONTHS)} ${yr(rng)}`,
            mistake: 'an ordinal the sheet drops from dates',
          }
    },
  },
  {
    id: 'oxford-ize-spelling',
    statement: 'Spelling: Oxford -ize (organize), but -yse (analyse).',
    follow: (rng) =>
      rng.next() < 0.5
        ? {
            text: `asked us to ${rng.pick(IZE)}`,
            mistake: 'took Oxford -ize for American spelling',
          }
        : {
            text: `asked us to ${rng.pick(YSE)}`,
            mistake: 'extended -ize to the -yse words, which Oxford spelling keeps',
          },
    breach: (rng) =>
      rng.next() < 0.5
        ? {
            text: `asked us to ${rng.pick(IZE).replace('ize', 'ise')}`,
            mistake: '-ise where the sheet has Oxford -ize',
          }
        : {
            text: `asked us to ${rng.pick(YSE).replace('yse', 'yze')}`,
            mistake: 'the American -yze spelling',
          },
  },
  {
    id: 'no-serial-comma',
    statement: 'Lists: no comma before the final and (red, white and blue).',
    follow: (rng) => {
      const [a, b, c] = list(rng)
      return { text: `${a}, ${b} and ${c}`, mistake: 'expected a serial (Oxford) comma' }
    },
    breach: (rng) => {
      const [a, b, c] = list(rng)
      return { text: `${a}, ${b}, and ${c}`, mistake: 'a serial comma the sheet does not use' }
    },
  },
  {
    id: 'single-quotation-marks',
    statement: 'Quotation marks: single, with double for a quotation inside a quotation.',
    follow: (rng) => ({
      text: `she called it ‘the ${rng.pick(['final', 'last', 'clean'])} draft’`,
      mistake: 'expected American double quotation marks',
    }),
    breach: (rng) => ({
      text: `she called it “the ${rng.pick(['final', 'last', 'clean'])} draft”`,
      mistake: 'double quotation marks for a first-level quotation',
    }),
  },
  {
    id: 'spaced-en-rule-dashes',
    statement: 'Dashes: a spaced en rule for a parenthetical dash ( – ), never an em rule.',
    follow: (rng) => ({
      text: `proofs – ${rng.int(120, 480)} pages – arrived`,
      mistake: 'expected the closed-up em rule of American style',
    }),
    breach: (rng) =>
      rng.next() < 0.5
        ? {
            text: `proofs—${rng.int(120, 480)} pages—arrived`,
            mistake: 'a closed-up em rule for a parenthetical dash',
          }
        : {
            text: `proofs - ${rng.int(120, 480)} pages - arrived`,
            mistake: 'a hyphen for a dash',
          },
  },
  {
    id: 'initialisms-without-points',
    statement: 'Abbreviations in capitals take no full points (UK, BBC, EU).',
    follow: (rng) => ({
      text: `offices in the ${rng.pick(['UK', 'US', 'EU'])} and abroad`,
      mistake: 'expected the full points of American style (U.K.)',
    }),
    breach: (rng) => ({
      text: `offices in the ${rng.pick(['U.K.', 'U.S.', 'E.U.'])} and abroad`,
      mistake: 'full points in an abbreviation in capitals',
    }),
  },
  {
    id: 'word-list-closed-forms',
    statement: 'Word list: email, online, website (one word, no hyphen).',
    follow: (rng) => ({
      text: rng.pick(['send the email today', 'the online edition', 'on the website']),
      mistake: 'expected the older hyphenated or open form (e-mail, web site)',
    }),
    breach: (rng) =>
      rng.pick([
        { text: 'send the e-mail today', mistake: 'the hyphenated e-mail the word list replaces' },
        { text: 'the on-line edition', mistake: 'the hyphenated on-line the word list replaces' },
        { text: 'on the web site', mistake: 'the open web site the word list replaces' },
      ]),
  },
  {
    id: 'lower-case-job-titles',
    statement: 'Job titles: lower case (the managing editor), capitals only in signatures.',
    follow: (rng) => ({
      text: `the ${rng.pick(['managing editor', 'finance director', 'production manager'])} agreed`,
      mistake: 'expected capitals for a job title',
    }),
    breach: (rng) => ({
      text: `the ${rng.pick(['Managing Editor', 'Finance Director', 'Production Manager'])} agreed`,
      mistake: 'capitals for a job title in running text',
    }),
  },
  {
    id: 'times-with-full-point',
    statement: 'Times: a full point and am or pm without points (9.30 am).',
    follow: (rng) => ({
      text: `the call at ${rng.int(1, 11)}.${rng.pick(['15', '30', '45'])} ${rng.pick(['am', 'pm'])}`,
      mistake: 'expected the American colon and a.m.',
    }),
    breach: (rng) => {
      const h = rng.int(1, 11)
      const m = rng.pick(['15', '30', '45'])
      return rng.next() < 0.5
        ? { text: `the call at ${h}:${m} ${rng.pick(['am', 'pm'])}`, mistake: 'a colon in a time' }
        : {
            text: `the call at ${h}.${m} ${rng.pick(['a.m.', 'p.m.'])}`,
            mistake: 'full points in am or pm',
          }
    },
  },
  {
    id: 'centuries-in-words',
    statement: 'Centuries in words, hyphenated before a noun (twenty-first-century design).',
    follow: (rng) => ({
      text: `${rng.pick(['nineteenth', 'twentieth', 'twenty-first'])}-century design`,
      mistake: 'applied a figures-for-ordinals rule (21st), not the sheet',
    }),
    breach: (rng) => ({
      text: `${rng.pick(['19th', '20th', '21st'])}-century design`,
      mistake: 'figures for a century the sheet spells out',
    }),
  },
  {
    id: 'money-with-million-in-full',
    statement: 'Money: the currency sign and million in full (£5 million), not m or bn.',
    follow: (rng) => ({
      text: `${an(rng.int(2, 40), '£')} million grant`,
      mistake: 'expected the abbreviated £5m of financial pages',
    }),
    breach: (rng) =>
      rng.next() < 0.5
        ? {
            text: `${an(rng.int(2, 40), '£')}m grant`,
            mistake: 'm for million, as financial pages have it',
          }
        : {
            text: `${an(rng.int(2, 40))} million pound grant`,
            mistake: 'the currency in words, not the £ sign',
          },
  },
  {
    id: 'and-not-ampersand',
    statement: 'Write and in running text; an ampersand only in a firm’s registered name.',
    follow: (rng) => ({
      text: `our ${rng.pick(['research and development', 'sales and marketing', 'terms and conditions'])} team`,
      mistake: 'expected the ampersand of tables and headings in running text',
    }),
    breach: (rng) => ({
      text: `our ${rng.pick(['research & development', 'sales & marketing', 'terms & conditions'])} team`,
      mistake: 'an ampersand in running text',
    }),
  },
  {
    id: 'eg-and-ie-without-points',
    statement: 'eg, ie and etc take no full points.',
    follow: (rng) => ({
      text: `${rng.pick(['eg', 'ie'])} the ${rng.pick(['index', 'glossary', 'notes'])}`,
      mistake: 'expected the full points of American style (e.g.)',
    }),
    breach: (rng) => ({
      text: `${rng.pick(['e.g.', 'i.e.'])} the ${rng.pick(['index', 'glossary', 'notes'])}`,
      mistake: 'full points in eg or ie',
    }),
  },
  {
    id: 'units-spaced-after-figures',
    statement: 'Units: figures, a space, and the symbol with no s or point (5 km, 20 kg).',
    follow: (rng) => ({
      text: `${an(rng.int(2, 9))} ${rng.pick(['km', 'kg'])} load`,
      mistake: 'applied the words-below-ten rule to a measurement',
    }),
    breach: (rng) => {
      const unit = rng.pick(['km', 'kg'])
      return rng.next() < 0.5
        ? { text: `${an(rng.int(2, 9))}${unit} load`, mistake: 'a unit closed up to its figure' }
        : { text: `${an(rng.int(2, 9))} ${unit}s load`, mistake: 'a plural s on a unit symbol' }
    },
  },
  {
    id: 'possessive-of-names-in-s',
    statement: 'Possessives of names ending in s add ’s (James’s, Dickens’s).',
    follow: (rng) => ({
      text: `${rng.pick(['James', 'Dickens', 'Jones'])}’s last ${rng.pick(['letter', 'report'])}`,
      mistake: 'applied the apostrophe-only style (James’)',
    }),
    breach: (rng) => ({
      text: `${rng.pick(['James', 'Dickens', 'Jones'])}’ last ${rng.pick(['letter', 'report'])}`,
      mistake: 'an apostrophe alone after a name in s',
    }),
  },
  {
    id: 'decades-without-apostrophe',
    statement: 'Decades in figures with no apostrophe (the 1990s).',
    follow: (rng) => ({
      text: `popular in the ${rng.pick(['1960', '1970', '1980', '1990'])}s`,
      mistake: 'expected an apostrophe before the s of a decade',
    }),
    breach: (rng) => ({
      text: `popular in the ${rng.pick(['1960', '1970', '1980', '1990'])}’s`,
      mistake: 'an apostrophe in the plural of a decade',
    }),
  },
  {
    id: 'lower-case-compass-points',
    statement:
      'Compass points in lower case unless part of a name (north of York; North Yorkshire).',
    follow: (rng) => ({
      text: `the road runs ${rng.pick(['north', 'south', 'east', 'west'])} to York`,
      mistake: 'expected a capital for a compass point',
    }),
    breach: (rng) => ({
      text: `the road runs ${rng.pick(['North', 'South', 'East', 'West'])} to York`,
      mistake: 'a capital on a compass point that is no name',
    }),
  },
  {
    id: 'from-with-to-not-a-rule',
    statement:
      'A span after from or between is written with to or and (from 2019 to 2024), never a rule.',
    follow: (rng) => ({
      text: `from ${rng.int(2015, 2019)} to ${rng.int(2020, 2026)}`,
      mistake: 'wanted an en rule for every span of years',
    }),
    breach: (rng) => ({
      text: `from ${rng.int(2015, 2019)}–${rng.int(2020, 2026)}`,
      mistake: 'an en rule after from',
    }),
  },
  {
    id: 'no-point-after-contractions',
    statement: 'No full point after a contraction (Dr, Mr, Ms, St).',
    follow: (rng) => ({
      text: `${rng.pick(['Dr', 'Ms', 'Mr'])} Patel will chair`,
      mistake: 'expected the American full point after Dr',
    }),
    breach: (rng) => ({
      text: `${rng.pick(['Dr.', 'Ms.', 'Mr.'])} Patel will chair`,
      mistake: 'a full point after a contraction',
    }),
  },
  {
    id: 'comma-in-thousands',
    statement: 'Figures of four or more digits take a comma (1,500; 12,000), except years.',
    follow: (rng) => ({
      text: `a print run of ${rng.int(2, 40)},${rng.pick(['000', '500'])} copies`,
      mistake: 'expected the SI thin space (12 500)',
    }),
    breach: (rng) => {
      const n = `${rng.int(2, 40)}`
      const r = rng.pick(['000', '500'])
      return rng.next() < 0.5
        ? {
            text: `a print run of ${n}${r} copies`,
            mistake: 'no comma in a figure of four or more digits',
          }
        : { text: `a print run of ${n} ${r} copies`, mistake: 'the SI space for the sheet’s comma' }
    },
  },
  {
    id: 'logical-punctuation-with-quotes',
    statement:
      'A full point goes inside the closing quotation mark only if it belongs to the quotation.',
    follow: (rng) => ({
      text: `the box was marked ‘${rng.pick(['fragile', 'urgent', 'proofs'])}’.`,
      mistake: 'applied the American rule of points inside quotation marks',
    }),
    breach: (rng) => ({
      text: `the box was marked ‘${rng.pick(['fragile', 'urgent', 'proofs'])}.’`,
      mistake: 'a full point inside a quotation it does not belong to',
    }),
  },
  {
    id: 'headings-in-sentence-case',
    statement: 'Headings in sentence case (Sales by region).',
    follow: (rng) => ({
      text: `the heading ‘${rng.pick(['Sales by region', 'Costs of paper', 'Notes on sources'])}’`,
      mistake: 'expected title case in headings',
    }),
    breach: (rng) => ({
      text: `the heading ‘${rng.pick(['Sales By Region', 'Costs Of Paper', 'Notes On Sources'])}’`,
      mistake: 'title case in a heading',
    }),
  },
]

/** Consistency with a stated British house style, one family per rule of the sheet. */
export const PROOF_HOUSE_STYLE_FAMILIES = sheetFamilies(
  'You are proofreading a report for a British publisher. Its style sheet includes:',
  HOUSE_RULES,
)
