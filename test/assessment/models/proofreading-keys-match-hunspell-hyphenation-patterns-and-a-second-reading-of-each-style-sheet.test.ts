import enUs from 'dictionary-en'
import enGb from 'dictionary-en-gb'
import hyphenEnUs from 'hyphen/en-us/index.js'
import nspell from 'nspell'
import { afterAll, expect, it } from 'vitest'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  generateVariants,
  readText,
} from '../../../src/assessment/index.js'
import { VariantError } from '../../../src/assessment/models/assemble-variant.js'
import { PROOF_HOUSE_STYLE_FAMILIES } from '../../../src/assessment/models/proofreading/house-style-families.js'
import { PROOF_LAYOUT_FAMILIES } from '../../../src/assessment/models/proofreading/layout-families.js'
import { PROOF_MARK_FAMILIES } from '../../../src/assessment/models/proofreading/mark-families.js'
import { PROOF_MORE_SPELLING_FAMILIES } from '../../../src/assessment/models/proofreading/more-spelling-families.js'
import { PROOFREADING_MODELS } from '../../../src/assessment/models/proofreading/proofreading-models.js'
import { PROOF_SPELLING_FAMILIES } from '../../../src/assessment/models/proofreading/spelling-families.js'
import { PROOF_TYPOGRAPHY_FAMILIES } from '../../../src/assessment/models/proofreading/typography-families.js'
import {
  distinctWrongs,
  type Scenario,
  type ScenarioFamily,
} from '../../../src/assessment/models/scenario/scenario-model.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const DRAWS = 80

/** A family's draw, drawn again when the family refuses it (as the model does). */
function drawn(f: ScenarioFamily, rng: ReturnType<typeof createRng>): Scenario {
  for (;;) {
    try {
      return f.draw(rng)
    } catch (e) {
      if (!(e instanceof VariantError)) throw e
    }
  }
}
const VARIANTS = 200

/**
 * Whether an option is right where it stands (true) or an error to mark (false), judged from the
 * stem and the option alone by a reading written apart from the families.
 */
type Judge = (option: string, stem: string) => boolean

/**
 * Every item asks for the one option whose judgement differs from the other three: the one error
 * among right forms, or the one right form among errors. The stem says which.
 */
function expectOddOneOut(s: Scenario, judge: Judge, asksForError: boolean, where: string) {
  const wrong = distinctWrongs(s)
  expect(wrong.length, where).toBe(3)
  expect(judge(s.key, s.stem), `${where}: key ${s.key}`).toBe(!asksForError)
  for (const [text, mistake] of wrong) {
    expect(judge(text, s.stem), `${where}: ${text}`).toBe(asksForError)
    expect(text, where).not.toBe(s.key)
    expect(mistake.length, where).toBeGreaterThan(8)
  }
}

// ---- Spelling: the Hunspell dictionaries (SCOWL-based, en_US and en_GB -ise).

// The dictionaries ship bytes; nspell's types ask for a Buffer.
const dictionary = (d: { aff: Uint8Array; dic: Uint8Array }) =>
  nspell({ aff: Buffer.from(d.aff), dic: Buffer.from(d.dic) })
const american = dictionary(enUs)
const british = dictionary(enGb)
const spelled: Judge = (option, stem) => {
  const dictionary = /British spelling/.test(stem) ? british : american
  return option.split(' ').every((word) => dictionary.correct(word))
}

// ---- The British house sheet, read again: each pattern is what one rule forbids.

const WORD_NUMBERS =
  /\b(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?!-first)|thirty|forty|fifty)\b/
const houseBreaches: readonly RegExp[] = [
  WORD_NUMBERS,
  /(?<![\d.£])[1-9] (?!per cent|million|km|kg)[a-z]/,
  /%|\bpercent\b/,
  /\b(?:January|March|April|June|September|November) \d{1,2},|\d(?:st|nd|rd|th) [A-Z]/,
  /\b(?:organis|recognis|prioritis)e\b|yze\b/,
  /, \w+, and /,
  /[“”]/,
  /—| - /,
  /\b(?:[A-Z]\.){2,}/,
  /\be-mail\b|\bon-line\b|\bweb site\b/,
  /\b(?:Managing Editor|Finance Director|Production Manager)\b/,
  /\d:\d\d|\b[ap]\.m\./,
  /\b\d+(?:st|th)-century/,
  /£\d+m\b|million pound/,
  / & /,
  /\b(?:e\.g|i\.e)\./,
  /\d(?:km|kg)\b|\b(?:km|kg)s\b/,
  /s’ /,
  /\d’s\b/,
  /runs (?:North|South|East|West)\b/,
  /from \d+–\d+/,
  /\b(?:Dr|Ms|Mr)\./,
  /run of \d{4,}|\d \d{3} copies/,
  /\.’/,
  /‘[A-Z]\w* [A-Z]/,
]
const followsHouseSheet: Judge = (option) => !houseBreaches.some((r) => r.test(option))

// ---- The American typesetting spec, read again.

const typeBreaches: readonly RegExp[] = [
  /["']/,
  /‘\d\ds\b|‘n’/,
  /…|\.\.\./,
  /\d x \d/,
  /\d[’”]/,
  /\d°C|° C/,
  / – \D| -- /,
  /\d-\d|\d – \d/,
  /\b(?:post|York|Prize)-[A-Z]?[a-z]/,
  /”\./,
  /“[^”]*“/,
  /\d-\d/,
  /′s\b/,
  /\(c\)/,
  /\+\/-/,
  /\d ° (?!C)/,
  /\w \/ \w/,
  /\d\/\d/,
  /\(TM\)/,
  /§\d|Sec\. /,
  /(?:^|\s)”\w/,
  /\d %/,
]
const followsTypeSpec: Judge = (option) => !typeBreaches.some((r) => r.test(option))

// ---- Proof marks: Chicago's list and the underlines BS 5261 shares, as tables of their own.

const CHICAGO: Readonly<Record<string, RegExp>> = {
  lc: /lowercase/,
  cap: /as capitals/,
  sc: /small capitals/,
  ital: /italic/,
  rom: /roman/,
  bf: /boldface/,
  wf: /wrong font/,
  '#': /^insert a space$/,
  'eq #': /spaces .*equal/,
  '¶': /begin a new paragraph/,
  'run in': /join .*paragraph before/,
  stet: /keep the original/,
  tr: /transpose/,
  sp: /spell out/,
}
const UNDERLINE: readonly (readonly [RegExp, RegExp])[] = [
  [/single straight underline/, /italic/],
  [/double underline/, /small capitals/],
  [/triple underline/, /(?<!small )capitals/],
  [/wavy underline/, /bold/],
  [/dots under/, /as it was/],
]
const quoted = (text: string) => [...text.matchAll(/“([^”]*)”/g)].map((m) => m[1]!)

/** Applies a marked correction to the proof's text the way a typesetter reads the mark. */
function correct(proof: string, instruction: string): string {
  const [a, b] = quoted(instruction)
  if (instruction.startsWith('insert ')) return proof.replace(` ${b} `, ` ${b} ${a} `)
  if (instruction.startsWith('change ')) return proof.replace(new RegExp(`\\b${a}\\b`), b!)
  if (instruction.startsWith('transpose ')) return proof.replace(`${a} ${b}`, `${b} ${a}`)
  if (instruction.startsWith('delete the comma after ')) return proof.replace(`${a},`, a!)
  if (instruction.startsWith('delete ')) return proof.replace(` ${a} `, ' ')
  if (instruction.startsWith('query ')) return proof
  throw new Error(`no such mark: ${instruction}`)
}

function judgeMarks(family: string, s: Scenario, where: string) {
  const wrong = distinctWrongs(s).map(([t]) => t)
  expect(wrong.length, where).toBe(3)
  switch (family) {
    case 'chicago-margin-mark-meaning': {
      const mark = quoted(s.stem)[0]!
      expect(CHICAGO[mark]!.test(s.key), where).toBe(true)
      for (const w of wrong) expect(CHICAGO[mark]!.test(w), `${where}: ${w}`).toBe(false)
      return
    }
    case 'chicago-mark-for-an-instruction': {
      const asked = s.stem.match(/typesetter to (.*)\. Which/)![1]!
      expect(CHICAGO[s.key]!.test(asked), where).toBe(true)
      for (const w of wrong) expect(CHICAGO[w]!.test(asked), `${where}: ${w}`).toBe(false)
      return
    }
    case 'underline-marks-in-text': {
      const fits = (mark: string, meaning: string) =>
        UNDERLINE.some(([m, what]) => m.test(mark) && what.test(meaning))
      if (s.stem.includes('What does the mark ask for')) {
        for (const [mark] of UNDERLINE.filter(([m]) => m.test(s.stem))) {
          expect(fits(s.stem.match(mark)![0], s.key), where).toBe(true)
          for (const w of wrong)
            expect(fits(s.stem.match(mark)![0], w), `${where}: ${w}`).toBe(false)
        }
      } else {
        const asked = s.stem.match(/typesetter to (.*)\. What/)![1]!
        expect(fits(s.key, asked), where).toBe(true)
        for (const w of wrong) expect(fits(w, asked), `${where}: ${w}`).toBe(false)
      }
      return
    }
    case 'correction-against-copy': {
      const copy = s.stem.match(/Copy: (.*)/)![1]!
      const proof = s.stem.match(/Proof: (.*)/)![1]!
      expect(proof, where).not.toBe(copy)
      expect(correct(proof, s.key), where).toBe(copy)
      for (const w of wrong) expect(correct(proof, w), `${where}: ${w}`).not.toBe(copy)
      return
    }
    case 'printers-error-or-authors-alteration': {
      // A PE is a proof that departs from copy; an AA changes what the copy says.
      const isPe = (option: string) => {
        const [copy, proof, marked] = quoted(option)
        expect(marked, where).not.toBe(proof)
        return copy !== proof
      }
      const asksPe = /Which of these corrections is a PE\?/.test(s.stem)
      expect(isPe(s.key), where).toBe(asksPe)
      for (const w of wrong) expect(isPe(w), `${where}: ${w}`).toBe(!asksPe)
      return
    }
    case 'query-a-slip-in-the-copy': {
      // The copy's weekday is checked against the calendar, by a parse of the date of its own.
      const copy = s.stem.match(/Copy: (.*)/)![1]!
      expect(s.stem.match(/Proof: (.*)/)![1], where).toBe(copy)
      const [, named, date] = copy.match(/on (\w+), (\d+ \w+ \d{4})\./)!
      const weekday = new Date(`${date} 12:00 UTC`).toLocaleDateString('en-GB', {
        weekday: 'long',
        timeZone: 'UTC',
      })
      expect(weekday, where).not.toBe(named)
      // The key goes to the author; where it names the date's weekday, the calendar's.
      const toAuthor = (o: string) => /^(?:query|ask) the author\b/.test(o)
      expect(toAuthor(s.key), where).toBe(true)
      const claimed = s.key.match(/ is a (\w+)$/)?.[1]
      if (claimed !== undefined) expect(claimed, where).toBe(weekday)
      for (const w of wrong) expect(toAuthor(w), `${where}: ${w}`).toBe(false)
      return
    }
    default:
      throw new Error(`no reading for ${family}`)
  }
}

// ---- Page make-up.

const NEVER_DOUBLED = new Set(['the', 'of', 'be', 'in', 'and', 'to', 'a'])
const doubled = (option: string) => {
  const m = option.match(/(\w+),? \/ (\w+)/)!
  return m[1] === m[2] && NEVER_DOUBLED.has(m[1]!)
}

/** Break points of the en-US TeX patterns (Liang's algorithm), as character offsets. */
function allowedBreaks(word: string): Set<number> {
  const parts = hyphenEnUs.hyphenateSync(word, { hyphenChar: '-' }).split('-')
  const at = new Set<number>()
  let n = 0
  for (const p of parts.slice(0, -1)) {
    n += p.length
    at.add(n)
  }
  return at
}

function chicagoOpenings(lengths: readonly number[]): number[] {
  const opens: number[] = []
  let page = 1
  for (const n of lengths) {
    while (page % 2 === 0) page++
    opens.push(page)
    page += n
  }
  return opens
}

function judgeLayout(family: string, s: Scenario, where: string) {
  const wrong = distinctWrongs(s).map(([t]) => t)
  expect(wrong.length, where).toBe(3)
  const check = (isError: (o: string) => boolean) => {
    expect(isError(s.key), `${where}: key ${s.key}`).toBe(true)
    for (const w of wrong) expect(isError(w), `${where}: ${w}`).toBe(false)
  }
  switch (family) {
    case 'doubled-word-across-a-line-break':
      return check(doubled)
    case 'widow-or-orphan': {
      const widow = (o: string) => /^the last line of a paragraph alone at the top of page/.test(o)
      const orphan = (o: string) =>
        /^the first line of a paragraph alone at the foot of page/.test(o)
      return check(/is a widow\?/.test(s.stem) ? widow : orphan)
    }
    case 'cross-reference-page-numbers': {
      const final = new Map(
        [...s.stem.matchAll(/- (.+): manuscript page \d+, final page (\d+)/g)].map((m) => [
          m[1]!,
          Number(m[2]),
        ]),
      )
      return check((o) => {
        const m = o.match(/^see (.+) on page (\d+)$/)!
        return final.get(m[1]!) !== Number(m[2])
      })
    }
    case 'running-heads-verso-and-recto': {
      const [book, chapter] = quoted(s.stem)
      const right = (o: string) => {
        const m = o.match(/^page (\d+)(, opening the chapter)?: (.+)$/)!
        if (m[2]) return m[3] === 'no running head'
        return m[3] === (Number(m[1]) % 2 === 0 ? book : chapter)
      }
      if (/wrong running head\?/.test(s.stem)) return check((o) => !right(o))
      return check(right)
    }
    case 'chapters-open-on-a-recto': {
      const lengths = [...s.stem.matchAll(/Chapter \d+: (\d+) pages/g)].map((m) => Number(m[1]))
      const opens = chicagoOpenings(lengths)
      return check((o) => {
        const m = o.match(/^Chapter (\d+) on page (\d+)$/)!
        return opens[Number(m[1]) - 1] !== Number(m[2])
      })
    }
    case 'ladders-of-hyphenated-line-ends':
      return check((o) => {
        const [, from, to] = o.match(/^lines (\d+) to (\d+)/)!
        return Number(to) - Number(from) + 1 > 2
      })
    case 'folios-recto-and-verso':
      // Rectos (right-hand pages) are odd, versos even.
      return check((o) => {
        const [, side, n] = o.match(/^a (right|left)-hand page numbered (\d+)$/)!
        return (Number(n) % 2 === 1) !== (side === 'right')
      })
    case 'short-fragments-at-line-ends':
      return check((o) => {
        const [head, tail] = o.split('- / ')
        return head!.length < 2 || tail!.length < 3
      })
    case 'line-end-word-breaks':
      return check((o) => {
        const [head, tail] = o.split('- / ')
        return !allowedBreaks(head! + tail!).has(head!.length)
      })
    default:
      throw new Error(`no reading for ${family}`)
  }
}

const SHEET_JUDGES: readonly (readonly [string, readonly ScenarioFamily[], Judge])[] = [
  ['spelling', [...PROOF_SPELLING_FAMILIES, ...PROOF_MORE_SPELLING_FAMILIES], spelled],
  ['house style', PROOF_HOUSE_STYLE_FAMILIES, followsHouseSheet],
  ['typography', PROOF_TYPOGRAPHY_FAMILIES, followsTypeSpec],
]

describeEngineIndependent(
  'proofreading keys read again by a dictionary, patterns and rules of their own',
  () => {
    for (const [name, families, judge] of SHEET_JUDGES) {
      it(`${name}: the key is the one option the independent reading sets apart`, () => {
        const rng = createRng(2026_12_04)
        for (const f of families) {
          for (let i = 0; i < DRAWS; i++) {
            const s = drawn(f, rng)
            const asksForError = /misspelled\?|breaks the style sheet\?/.test(s.stem)
            const asksForRight = /spelled correctly\?|follows the style sheet\?/.test(s.stem)
            expect(asksForError !== asksForRight, f.id).toBe(true)
            expectOddOneOut(s, judge, asksForError, `${f.id} #${i}`)
          }
        }
      })
    }

    it('proof marks: keys from Chicago’s table, the underline conventions and corrections applied to the proof', () => {
      const rng = createRng(2026_12_05)
      for (const f of PROOF_MARK_FAMILIES) {
        for (let i = 0; i < DRAWS; i++) judgeMarks(f.id, drawn(f, rng), `${f.id} #${i}`)
      }
    })

    it('page make-up: keys from the pages, the hyphenation patterns and Chicago’s terms', () => {
      const rng = createRng(2026_12_06)
      for (const f of PROOF_LAYOUT_FAMILIES) {
        for (let i = 0; i < DRAWS; i++) judgeLayout(f.id, drawn(f, rng), `${f.id} #${i}`)
      }
    })

    it.each(PROOFREADING_MODELS.map((m) => [m.id, m] as const))(
      '%s: the shown options are the key and its named distractors, the key marked',
      async (_id, model) => {
        const variants = await generateVariants(model, createRng(2026_12_07), VARIANTS, engines)
        for (const v of variants) {
          const texts = v.options.map((o) => readText(o.markdown))
          expect(new Set(texts).size, v.stem).toBe(texts.length)
          expect(v.keys.length).toBe(1)
          const frame = v.task.kind === 'edit' ? v.task.frame : ''
          const key = frame.slice(1, frame.indexOf('|'))
          const keyed = v.options.find((o) => v.keys.includes(o.id))!
          expect(readText(keyed.markdown)).toBe(readText(key))
        }
      },
    )
  },
)
