import { expect, it } from 'vitest'
import { evaluateFormula } from '../../../src/assessment/engines/spreadsheet/evaluate-formula.js'
import { createRng } from '../../../src/assessment/index.js'
import { VariantError } from '../../../src/assessment/models/assemble-variant.js'
import type { PpcFamily, PpcScenario } from '../../../src/assessment/models/ppc/ppc-family.js'
import { PPC_FAMILIES } from '../../../src/assessment/models/ppc/ppc-models.js'
import { distinctWrongs } from '../../../src/assessment/models/scenario/scenario-model.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const DRAWS = 40

function draws(): { family: PpcFamily; s: PpcScenario }[] {
  const out: { family: PpcFamily; s: PpcScenario }[] = []
  for (const family of PPC_FAMILIES) {
    const rng = createRng(family.id.length * 7919 + 17)
    for (let i = 0; i < DRAWS; i++) {
      try {
        out.push({ family, s: family.draw(rng) })
      } catch (e) {
        if (!(e instanceof VariantError)) throw e
      }
    }
  }
  return out
}
const ALL = draws()

// ---- Formats as the ad platforms' reports show them, written again here.
function format(shown: string, x: number): string {
  const money = (n: number) =>
    `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
  const percent = (n: number, d: number) => `${(n * 100).toFixed(d)} %`
  switch (shown) {
    case 'usd':
      return money(x)
    case 'pct0':
      return percent(x, 0)
    case 'pct1':
      return percent(x, 1)
    case 'pct2':
      return percent(x, 2)
    case 'days':
      return `${Math.round(x)} days`
    default:
      return Math.round(x).toLocaleString('en-US')
  }
}

// ---- Negative keywords, from Google Ads Help "About negative keywords": a negative broad keyword
// blocks a search holding all its words in any order; a negative phrase keyword one holding its
// words in the same order, next to each other; a negative exact keyword only the same words in the
// same order with nothing else. Negatives never match close variants (plurals, misspellings).
const words = (text: string) => text.toLowerCase().trim().split(/\s+/)
function blocks(type: 'broad' | 'phrase' | 'exact', negative: string, search: string): boolean {
  const n = words(negative)
  const q = words(search)
  if (type === 'broad') return n.every((w) => q.includes(w))
  if (type === 'exact') return n.join(' ') === q.join(' ')
  for (let i = 0; i + n.length <= q.length; i++) {
    if (n.every((w, j) => q[i + j] === w)) return true
  }
  return false
}
/** A negative keyword as an option writes it: `"a b" (negative phrase)`, `[a b] (negative exact)`. */
function parseNegative(option: string): { type: 'broad' | 'phrase' | 'exact'; text: string } {
  const m = /^(.*) \(negative (broad|phrase|exact)\)$/.exec(option)
  if (!m) throw new Error(`not a negative keyword: ${option}`)
  const type = m[2] as 'broad' | 'phrase' | 'exact'
  const text = m[1]!.replace(/^["[]|["\]]$/g, '')
  if (type === 'phrase' && !m[1]!.startsWith('"'))
    throw new Error(`phrase without quotes: ${option}`)
  if (type === 'exact' && !m[1]!.startsWith('['))
    throw new Error(`exact without brackets: ${option}`)
  return { type, text }
}

// ---- Character limits, from Google Ads Help on responsive search ads and assets.
const LIMIT: Record<string, number> = {
  'As a headline of a search ad': 30,
  'As an RSA headline': 30,
  'In a responsive search ad’s headline field': 30,
  'As a description of a search ad': 90,
  'As an RSA description': 90,
  'In a responsive search ad’s description field': 90,
  'As one display URL path field': 15,
  'As a display path': 15,
  'In one of the ad’s two display URL path fields': 15,
  'As the link text of a sitelink': 25,
  'As sitelink text': 25,
  'As the clickable text of a sitelink asset': 25,
  'As a sitelink description line': 35,
  'As a sitelink description': 35,
  'As one description line under a sitelink asset': 35,
  'As a callout of a search ad': 25,
  'As a callout': 25,
  'In a callout asset’s text field': 25,
  'As a structured snippet value': 25,
  'As a snippet value': 25,
  'As one value of a structured snippet asset': 25,
}

// ---- Keyword insertion, from Google Ads Help "About keyword insertion": {keyword:…} lower case,
// {Keyword:…} the first word's first letter capitalised, {KeyWord:…} every word's; the keyword
// (not the search) is inserted, and the default text when the result would pass 30 characters.
function insert(template: string, keyword: string): string {
  return template.replace(
    /\{(keyword|Keyword|KeyWord):([^}]*)\}/,
    (_, form: string, fallback: string) => {
      const lower = keyword.toLowerCase()
      const text =
        form === 'keyword'
          ? lower
          : form === 'Keyword'
            ? lower.charAt(0).toUpperCase() + lower.slice(1)
            : lower.replace(/(^| )(\w)/g, (_m, sp: string, c: string) => sp + c.toUpperCase())
      const whole = template.replace(/\{[^}]*\}/, text)
      return [...whole].length <= 30 ? text : fallback
    },
  )
}

// Structured snippet headers Google Ads offers in English (About structured snippet assets).
const SNIPPET_HEADERS = [
  'Amenities',
  'Brands',
  'Courses',
  'Degree programs',
  'Destinations',
  'Featured hotels',
  'Insurance coverage',
  'Models',
  'Neighborhoods',
  'Service catalog',
  'Shows',
  'Styles',
  'Types',
]

/**
 * The documented answer of each rule family, as the help page the family cites states it: any of
 * the phrasings a draw may show. Written here from the documentation, not from the families.
 */
const RULE_KEYS: Record<string, RegExp> = {
  'budget-limited-and-under-target': /^(Raise its (daily )?budget|Give it more (daily )?budget)/,
  'rank-limited-with-room-in-budget':
    /ad rank|raise the campaign’s bids and ad quality|raise bids and make the ads more relevant/i,
  'strategy-for-lead-cost-goal': /target CPA|set cost per conversion/i,
  'strategy-for-revenue-return-goal': /target ROAS|set return on ad spend/i,
  'strategy-for-brand-visibility': /^Target impression share|at the absolute top of the page/,
  'strategy-for-new-site-traffic': /^Maximize clicks|as many clicks as the budget buys/,
  'phrase-match-notation': /quot|"/,
  'exact-match-notation': /square brackets/,
  'negatives-need-each-plural':
    /^(Two exact negatives|Each search as an exact negative|An exact negative for each search)/,
  'identical-exact-keyword-preferred': /identical|word for word/,
  'campaign-negative-scope': /^South (can show|still serves)/,
  'broad-match-needs-smart-bidding': /Smart Bidding/,
  'rsa-minimum-to-publish': /three headlines and two descriptions/i,
  'rsa-maximum-parts': /(fifteen|15) headlines and (four|4) descriptions/,
  'pinned-headline-position': /^(Only that headline|Position 1 always shows that headline)/,
  'ad-strength-and-the-auction': /^No[:,] Ad strength (guides|rates best practice)/,
  'destination-mismatch': /destination/i,
  'attribution-models-available': /^Data-driven( attribution)? or last click/,
  'conversion-after-window': /^(No conversion|Nothing)/,
  'conversion-reported-on-click-date': /^(In the month of the ad click|The earlier month, when)/,
  'secondary-action': /All conv\./,
  'auto-tagging-gclid': /^(Turning on auto-tagging|Auto-tagging)/,
  'recent-cpa-and-conversion-lag': /^(Wait|Nothing yet)/,
}

describeEngineIndependent('PPC advertising keys', () => {
  it('are at least 90 distinct families, each drawn', () => {
    expect(new Set(PPC_FAMILIES.map((f) => f.id)).size).toBe(PPC_FAMILIES.length)
    expect(PPC_FAMILIES.length).toBeGreaterThanOrEqual(90)
    const drawn = new Set(ALL.map((d) => d.family.id))
    expect(PPC_FAMILIES.filter((f) => !drawn.has(f.id)).map((f) => f.id)).toEqual([])
  })

  it('offer three named mistakes per draw, each differing from the key and from the others', () => {
    const bad: string[] = []
    for (const { family, s } of ALL) {
      if (distinctWrongs(s).length < 3) bad.push(`${family.id}: ${s.wrong.length} mistakes`)
      for (const [text, mistake] of s.wrong) {
        if (text === s.key) bad.push(`${family.id}: “${mistake}” gives the key`)
        if (!mistake || /all of the above|none of the above/i.test(text)) bad.push(family.id)
      }
    }
    expect(bad.slice(0, 5)).toEqual([])
  })

  it('compute every key and every mistake again from the figures with a formula engine', () => {
    const bad: string[] = []
    const families = new Set<string>()
    for (const { family, s } of ALL) {
      if (s.check.kind !== 'sheet') continue
      families.add(family.id)
      const c = s.check
      const value = (formula: string) => {
        const v = evaluateFormula(formula, c.cells)
        if (typeof v !== 'number') throw new Error(`${family.id}: ${formula} gave ${String(v)}`)
        return format(c.shown, v)
      }
      if (value(c.key) !== s.key) bad.push(`${family.id}: key ${s.key}, formula ${value(c.key)}`)
      expect(c.wrong.length).toBe(s.wrong.length)
      c.wrong.forEach((formula, i) => {
        if (value(formula) !== s.wrong[i]![0]) {
          bad.push(
            `${family.id}: “${s.wrong[i]![1]}” shows ${s.wrong[i]![0]}, formula ${value(formula)}`,
          )
        }
      })
    }
    expect(bad.slice(0, 5)).toEqual([])
    expect(families.size).toBeGreaterThanOrEqual(45)
  })

  it('match negative keywords with a matcher written from the documented rules', () => {
    const bad: string[] = []
    for (const { family, s } of ALL) {
      const c = s.check
      if (c.kind === 'negative') {
        const blocked = (q: string) => blocks(c.type, c.negative, q)
        const right = (q: string) => (c.want === 'blocked' ? blocked(q) : !blocked(q))
        if (!right(s.key)) bad.push(`${family.id}: key “${s.key}”`)
        for (const [q, m] of s.wrong)
          if (right(q)) bad.push(`${family.id}: “${q}” (${m}) is right too`)
      } else if (c.kind === 'choose-negative') {
        const works = (option: string) => {
          const n = parseNegative(option)
          return blocks(n.type, n.text, c.block) && !blocks(n.type, n.text, c.keep)
        }
        if (!works(s.key)) bad.push(`${family.id}: key ${s.key}`)
        for (const [o, m] of s.wrong) if (works(o)) bad.push(`${family.id}: ${o} (${m}) works too`)
      }
    }
    expect(bad.slice(0, 5)).toEqual([])
  })

  it('fit ad text to the documented character limits, counting every character', () => {
    const bad: string[] = []
    for (const { family, s } of ALL) {
      const c = s.check
      if (c.kind !== 'fit') continue
      const length = [...c.text].length
      const fits = (field: string) => {
        const limit = LIMIT[field]
        if (limit === undefined) throw new Error(`unknown field ${field}`)
        return length <= limit
      }
      const right = (field: string) => (c.want === 'fits' ? fits(field) : !fits(field))
      if (!right(s.key)) bad.push(`${family.id}: key ${s.key} for ${length} characters`)
      for (const [f, m] of s.wrong) if (right(f)) bad.push(`${family.id}: ${f} (${m}) is right too`)
    }
    expect(bad.slice(0, 5)).toEqual([])
  })

  it('read the stated facts with rules written again here', () => {
    const bad: string[] = []
    for (const { family, s } of ALL) {
      const c = s.check
      if (c.kind !== 'facts') continue
      const f = c.facts
      let key: string
      if (family.id === 'last-click-credit') {
        key = String(f.path).split('>').at(-1)!
      } else if (family.id === 'search-term-to-exclude') {
        const target = Number(f.target)
        const terms = Object.keys(f)
          .filter((k) => k.endsWith(':cost'))
          .map((k) => k.slice(0, -5))
        const out = terms.filter(
          (t) => Number(f[`${t}:conv`]) === 0 && Number(f[`${t}:cost`]) >= target,
        )
        expect(out.length, family.id).toBe(1)
        key = out[0]!
      } else if (family.id.startsWith('keyword-insertion')) {
        const template = String(f.template)
        key = insert(template, String(f.keyword))
      } else if (family.id === 'structured-snippet-header') {
        key = s.key
        if (!SNIPPET_HEADERS.includes(key)) bad.push(`${family.id}: ${key} is no header`)
        for (const [w] of s.wrong) if (SNIPPET_HEADERS.includes(w)) bad.push(`${family.id}: ${w}`)
      } else {
        throw new Error(`no rule for ${family.id}`)
      }
      if (key !== s.key) bad.push(`${family.id}: key ${s.key}, rule ${key}`)
    }
    expect(bad.slice(0, 5)).toEqual([])
  })

  it('key every rule family with the documented answer, and no mistake with it', () => {
    const bad: string[] = []
    const ruled = new Set(ALL.filter((d) => d.s.check.kind === 'rule').map((d) => d.family.id))
    expect([...ruled].filter((id) => !RULE_KEYS[id])).toEqual([])
    for (const { family, s } of ALL) {
      const pattern = RULE_KEYS[family.id]
      if (s.check.kind !== 'rule' || !pattern) continue
      if (!pattern.test(s.key)) bad.push(`${family.id}: key ${s.key}`)
      for (const [w, m] of s.wrong) if (pattern.test(w)) bad.push(`${family.id}: ${w} (${m})`)
    }
    expect([...new Set(bad)].slice(0, 5)).toEqual([])
  })
})
