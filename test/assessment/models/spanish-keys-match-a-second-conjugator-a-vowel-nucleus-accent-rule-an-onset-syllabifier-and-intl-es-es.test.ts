import { expect, it } from 'vitest'
import { scenarioFrame } from '../../../src/assessment/models/scenario/scenario-model.js'
import type {
  EsScenario,
  Person,
  Tense,
  Term,
} from '../../../src/assessment/models/spanish/es-engine.js'
import {
  SPANISH_AGREEMENT_FAMILIES,
  SPANISH_NUMBER_FAMILIES,
  SPANISH_ORTHOGRAPHY_FAMILIES,
  SPANISH_PRONOUN_FAMILIES,
  SPANISH_VERB_FAMILIES,
} from '../../../src/assessment/models/spanish/spanish-models.js'
import { drawFamilies, familiesNeverDrawn } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...SPANISH_VERB_FAMILIES,
  ...SPANISH_AGREEMENT_FAMILIES,
  ...SPANISH_ORTHOGRAPHY_FAMILIES,
  ...SPANISH_PRONOUN_FAMILIES,
  ...SPANISH_NUMBER_FAMILIES,
]
const DRAWS = 20
const DRAWN = drawFamilies(FAMILIES, DRAWS, 2026_12_05) as { family: string; s: EsScenario }[]

// ---- A second implementation, sharing nothing with the model's engine. Stress is found from the
// ---- vowel nuclei of the written word (no consonant syllabification); accent marks are decided
// ---- by counting nuclei after the stressed one; verbs are derived from principal parts by the
// ---- classical derivation rules (subjunctive from the yo form, imperfect subjunctive from the
// ---- third person plural preterite, future and conditional from the infinitive or a short stem);
// ---- syllables are divided by maximal legal onsets.

const STRONG = 'aeoáéó'
const TILDE: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' }
const UNTILDE: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' }
const vowelAt = (w: string, i: number): boolean => {
  const c = w[i]!
  if ('aeiouáéíóúü'.includes(c)) {
    // the u of qu, gu before e or i is silent
    if (c === 'u' && i > 0 && 'qg'.includes(w[i - 1]!) && 'eiéí'.includes(w[i + 1] ?? ''))
      return false
    return true
  }
  return c === 'y' && i === w.length - 1 && i > 0 && 'aeiou'.includes(w[i - 1]!)
}

/** Vowel nuclei: index ranges of the letters of each syllable's vowel group. `stressAt` marks a hiatus. */
function nuclei(w: string, stressAt = -1): [number, number][] {
  const out: [number, number][] = []
  let i = 0
  while (i < w.length) {
    if (!vowelAt(w, i)) {
      i++
      continue
    }
    let j = i
    while (j + 1 < w.length && vowelAt(w, j + 1)) {
      const a = w[j]!
      const b = w[j + 1]!
      const stressedWeak = (k: number) =>
        'íú'.includes(w[k]!) || (k === stressAt && 'iu'.includes(w[k]!))
      const split =
        (STRONG.includes(a) && STRONG.includes(b)) ||
        (stressedWeak(j) && STRONG.includes(b)) ||
        (stressedWeak(j + 1) && STRONG.includes(a))
      if (split) break
      j++
    }
    out.push([i, j])
    i = j + 1
  }
  return out
}

/** Spelling from a lower-case word and the index of its stressed vowel. */
function accentuate(plain: string, at: number): string {
  const ns = nuclei(plain, at)
  const k = ns.findIndex(([a, b]) => at >= a && at <= b)
  const after = ns.length - 1 - k
  const c = plain[at]!
  const neighbour = (plain[at - 1] ?? '') + (plain[at + 1] ?? '')
  const hiatus = 'iu'.includes(c) && [...neighbour].some((x) => 'aeo'.includes(x))
  const last = plain.at(-1)!
  const vns = 'aeiou'.includes(last) || ('ns'.includes(last) && 'aeiou'.includes(plain.at(-2)!))
  let mark: boolean
  if (hiatus) mark = true
  else if (ns.length === 1) mark = false
  else if (after === 0) mark = vns
  else if (after === 1) mark = !vns
  else mark = true
  return mark ? plain.slice(0, at) + TILDE[c]! + plain.slice(at + 1) : plain
}

/** The stressed vowel of a written word: its tilde, else the default the rules imply. */
function stressOf(w: string): number {
  const t = [...w].findIndex((c) => 'áéíóú'.includes(c))
  if (t >= 0) return t
  const ns = nuclei(w)
  const last = w.at(-1)!
  const vns = 'aeiou'.includes(last) || ('ns'.includes(last) && 'aeiou'.includes(w.at(-2)!))
  const n = vns && ns.length > 1 ? ns[ns.length - 2]! : ns[ns.length - 1]!
  // the stressed vowel of a diphthong is its strong one, or the second of ui, iu
  const group = w.slice(n[0], n[1] + 1)
  const strong = [...group].findIndex((c) => STRONG.includes(c))
  return n[0] + (strong >= 0 ? strong : group.length - 1)
}

const plainOf = (w: string) => [...w.toLowerCase()].map((c) => UNTILDE[c] ?? c).join('')
/** A marked word (stressed vowel in capitals) as the rules spell it. */
const spellMarked = (m: string) =>
  m.search(/[AEIOU]/) < 0 ? m : accentuate(m.toLowerCase(), m.search(/[AEIOU]/))
const forcedTilde = (m: string) => {
  const at = m.search(/[AEIOU]/)
  const l = m.toLowerCase()
  return l.slice(0, at) + TILDE[l[at]!]! + l.slice(at + 1)
}

// Syllables by maximal onsets: a consonant group before a vowel keeps the longest legal onset.
const ONSETS = new Set(['pl', 'pr', 'bl', 'br', 'fl', 'fr', 'gl', 'gr', 'cl', 'cr', 'tr', 'dr'])
function syllabify(m: string): string[] {
  const w = m.toLowerCase()
  const at = m.search(/[AEIOU]/)
  const ns = nuclei(w, at)
  const cuts: number[] = []
  for (let k = 1; k < ns.length; k++) {
    const from = ns[k - 1]![1] + 1
    const to = ns[k]![0]
    const cons = w.slice(from, to)
    let start = to
    // digraphs and qu, gu count as one consonant; a legal two-letter onset stays together
    const tail2 = cons.slice(-2)
    if (['ch', 'll', 'rr', 'qu', 'gu'].includes(tail2) || ONSETS.has(tail2)) start = to - 2
    else if (cons.length > 0) start = to - 1
    cuts.push(start)
  }
  const out: string[] = []
  let b = 0
  for (const c of cuts) {
    out.push(w.slice(b, c))
    b = c
  }
  out.push(w.slice(b))
  return out
}
function misdivided(m: string, kind: string): string[] {
  const syl = syllabify(m)
  const shift = (i: number) =>
    syl.map((x, k) => (k === i - 1 ? x + syl[i]![0] : k === i ? x.slice(1) : x))
  for (let i = 0; i < syl.length; i++) {
    const x = syl[i]!
    if (kind === 'diphthong') {
      const body = x.replace(/^[qg]u/, '##')
      const d = body.search(/[aeiouáéíóú]{2}/)
      if (d >= 0)
        return [...syl.slice(0, i), x.slice(0, d + 1), x.slice(d + 1), ...syl.slice(i + 1)]
      continue
    }
    if (i === 0) continue
    const two = x.slice(0, 2)
    if (kind === 'digraph' && /^(ch|ll|rr)$/.test(two)) return shift(i)
    if (kind === 'cluster' && ONSETS.has(two)) return shift(i)
    if (kind === 'coda' && /^[^aeiouáéíóú][aeiouáéíóú]/.test(x) && !/^(ch|ll|rr|qu|gu)/.test(x))
      return shift(i)
  }
  return syl
}

// ---- A second conjugator from principal parts.
const P: readonly Person[] = ['1s', '2s', '3s', '1p', '2p', '3p']
interface Parts {
  yo?: string // first person present, irregular
  change?: [from: string, to: string] // stem change under stress in the present
  raise?: boolean // -ir verbs: e > i, o > u in 3rd person preterite, gerund, 1p/2p subjunctive
  pret?: string // strong preterite stem (tuv-), its 3p in -eron after j
  fut?: string // future and conditional stem
  part?: string
  ger?: string
  tu?: string // tú command
  full?: Partial<Record<Tense, readonly string[]>> // forms with no derivation
}
const PARTS: Record<string, Parts> = {
  ser: {
    full: {
      pres: ['soy', 'eres', 'es', 'somos', 'sois', 'son'],
      pret: ['fui', 'fuiste', 'fue', 'fuimos', 'fuisteis', 'fueron'],
      impf: ['era', 'eras', 'era', 'éramos', 'erais', 'eran'],
      psubj: ['sea', 'seas', 'sea', 'seamos', 'seáis', 'sean'],
    },
    tu: 'sé',
  },
  estar: {
    full: {
      pres: ['estoy', 'estás', 'está', 'estamos', 'estáis', 'están'],
      psubj: ['esté', 'estés', 'esté', 'estemos', 'estéis', 'estén'],
    },
    pret: 'estuv',
  },
  haber: {
    full: {
      pres: ['he', 'has', 'ha', 'hemos', 'habéis', 'han'],
      psubj: ['haya', 'hayas', 'haya', 'hayamos', 'hayáis', 'hayan'],
    },
    pret: 'hub',
    fut: 'habr',
  },
  tener: { yo: 'tengo', change: ['e', 'ie'], pret: 'tuv', fut: 'tendr', tu: 'ten' },
  hacer: { yo: 'hago', pret: 'hic', fut: 'har', part: 'hecho', tu: 'haz' },
  poder: { change: ['o', 'ue'], pret: 'pud', fut: 'podr', ger: 'pudiendo' },
  decir: {
    yo: 'digo',
    change: ['e', 'i'],
    pret: 'dij',
    fut: 'dir',
    part: 'dicho',
    ger: 'diciendo',
    tu: 'di',
  },
  poner: { yo: 'pongo', pret: 'pus', fut: 'pondr', part: 'puesto', tu: 'pon' },
  querer: { change: ['e', 'ie'], pret: 'quis', fut: 'querr' },
  traer: { yo: 'traigo', pret: 'traj', part: 'traído', ger: 'trayendo' },
  pensar: { change: ['e', 'ie'] },
  empezar: { change: ['e', 'ie'] },
  entender: { change: ['e', 'ie'] },
  preferir: { change: ['e', 'ie'], raise: true },
  volver: { change: ['o', 'ue'], part: 'vuelto' },
  resolver: { change: ['o', 'ue'], part: 'resuelto' },
  encontrar: { change: ['o', 'ue'] },
  recordar: { change: ['o', 'ue'] },
  pedir: { change: ['e', 'i'], raise: true },
  repetir: { change: ['e', 'i'], raise: true },
  escribir: { part: 'escrito' },
  abrir: { part: 'abierto' },
}
const stemChange = (stem: string, [from, to]: [string, string]) => {
  const i = stem.lastIndexOf(from)
  return stem.slice(0, i) + to + stem.slice(i + from.length)
}
const beforeFront = (stem: string) =>
  stem.replace(/c$/, 'qu').replace(/g$/, 'gu').replace(/z$/, 'c')

function conj(inf: string, t: Tense, p: Person = '3s'): string {
  const parts = PARTS[inf] ?? {}
  const i = P.indexOf(p)
  if (parts.full?.[t]) return parts.full[t]![i]!
  const cls = inf.slice(-2)
  const stem = inf.slice(0, -2)
  const ar = cls === 'ar'
  const stressedStem = (k: number) => k === 0 || k === 1 || k === 2 || k === 5
  switch (t) {
    case 'inf':
      return inf
    case 'part':
      return parts.part ?? stem + (ar ? 'ado' : 'ido')
    case 'ger':
      return (
        parts.ger ??
        (parts.raise
          ? stemChange(stem, parts.change![0] === 'e' ? ['e', 'i'] : ['o', 'u'])
          : stem) + (ar ? 'ando' : 'iendo')
      )
    case 'pres': {
      if (i === 0 && parts.yo) return parts.yo
      const ends = ar
        ? ['o', 'as', 'a', 'amos', 'áis', 'an']
        : cls === 'er'
          ? ['o', 'es', 'e', 'emos', 'éis', 'en']
          : ['o', 'es', 'e', 'imos', 'ís', 'en']
      const s = parts.change && stressedStem(i) ? stemChange(stem, parts.change) : stem
      return s + ends[i]!
    }
    case 'impf':
      return ar
        ? stem + ['aba', 'abas', 'aba', 'ábamos', 'abais', 'aban'][i]!
        : stem + ['ía', 'ías', 'ía', 'íamos', 'íais', 'ían'][i]!
    case 'pret': {
      if (parts.pret) {
        const s = parts.pret
        const o3 = s === 'hic' ? 'hizo' : `${s}o`
        return [
          `${s}e`,
          `${s}iste`,
          o3,
          `${s}imos`,
          `${s}isteis`,
          s.endsWith('j') ? `${s}eron` : `${s}ieron`,
        ][i]!
      }
      if (ar)
        return [
          `${beforeFront(stem)}é`,
          `${stem}aste`,
          `${stem}ó`,
          `${stem}amos`,
          `${stem}asteis`,
          `${stem}aron`,
        ][i]!
      const s3 = parts.raise && (i === 2 || i === 5) ? stemChange(stem, ['e', 'i']) : stem
      return s3 + ['í', 'iste', 'ió', 'imos', 'isteis', 'ieron'][i]!
    }
    case 'fut':
    case 'cond': {
      const base = parts.fut ?? inf
      return (
        base +
        (t === 'fut'
          ? ['é', 'ás', 'á', 'emos', 'éis', 'án']
          : ['ía', 'ías', 'ía', 'íamos', 'íais', 'ían'])[i]!
      )
    }
    case 'psubj': {
      // from the yo present: drop -o, take the other vowel
      const yo = conj(inf, 'pres', '1s')
      let s = yo.slice(0, -1)
      if (!stressedStem(i) && parts.change && !parts.yo)
        s = parts.raise ? stemChange(stem, ['e', 'i']) : stem
      if (!stressedStem(i) && parts.yo) s = yo.slice(0, -1)
      const v = ar ? 'e' : 'a'
      if (ar) s = beforeFront(s)
      const ends = [v, `${v}s`, v, `${v}mos`, `${TILDE[v]}is`, `${v}n`]
      return s + ends[i]!
    }
    case 'isubj': {
      const base = conj(inf, 'pret', '3p').replace(/ron$/, '')
      if (i === 3) return `${base.slice(0, -1) + TILDE[base.at(-1)!]!}ramos`
      return base + ['ra', 'ras', 'ra', '', 'rais', 'ran'][i]!
    }
    case 'imp': {
      if (i === 1) return parts.tu ?? conj(inf, 'pres', '3s')
      if (i === 4) return `${inf.slice(0, -1)}d`
      return conj(inf, 'psubj', p)
    }
  }
}

/** A term's text by the second implementation. */
function render(t: Term): string {
  switch (t[0]) {
    case 'c':
      return conj(t[1], t[2], t[3])
    case 'a':
      return spellMarked(t[1])
    case 'n':
      return t[1].toLowerCase()
    case 't':
      return forcedTilde(t[1])
    case 's':
      return t[1]
    case 'f': {
      const parts = (t.slice(2) as Term[]).map(render)
      return t[1].replace(/\{(\d)\}/g, (_, d: string) => parts[Number(d)]!)
    }
    case 'cap': {
      const x = render(t[1])
      return x.charAt(0).toUpperCase() + x.slice(1)
    }
    case 'up':
      return render(t[1]).toUpperCase()
    case 'j': {
      // the verb keeps its stressed vowel; the clitics add syllables after it
      const [head, ...rest] = (t.slice(1) as Term[]).map(render)
      const at = stressOf(head!)
      const word = plainOf(head!) + rest.join('')
      return accentuate(word, at)
    }
    case 'syl':
      return syllabify(t[1]).join('-')
    case 'sylx':
      return misdivided(t[1], t[2]).join('-')
  }
}

describeEngineIndependent('Spanish language scenarios', () => {
  it('are at least 95 distinct families, each drawn without a programming error', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(FAMILIES.every((f) => f.id.startsWith('spanish-'))).toBe(true)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
  })

  it('have keys that the second conjugator, accent rule and syllabifier give', () => {
    const wrong = DRAWN.filter(({ s }) => render(s.terms.key) !== s.key).map(
      ({ family, s }) => `${family}: ${s.key} ≠ ${render(s.terms.key)}`,
    )
    expect([...new Set(wrong)].slice(0, 10)).toEqual([])
  })

  it('have distractors that are each their named mistake’s text and never the key', () => {
    const wrong: string[] = []
    for (const { family, s } of DRAWN) {
      expect(s.wrong.length).toBeGreaterThanOrEqual(3)
      try {
        scenarioFrame(s)
      } catch (error) {
        wrong.push(`${family}: ${(error as Error).message}`)
      }
      s.wrong.forEach(([text, mistake], k) => {
        const again = render(s.terms.wrong[k]!)
        if (again !== text) wrong.push(`${family}: ${text} ≠ ${again}`)
        if (again === render(s.terms.key)) wrong.push(`${family}: ${mistake} gives the key`)
        if (mistake.trim().length < 10) wrong.push(`${family}: unnamed mistake`)
      })
    }
    expect([...new Set(wrong)].slice(0, 10)).toEqual([])
  })

  it('put each fill-in key in the tense and mood its rule demands (Nueva gramática)', () => {
    const RULE: Record<string, Tense> = {
      'spanish-preterite-dated-completed-action': 'pret',
      'spanish-imperfect-habitual-past': 'impf',
      'spanish-imperfect-interrupted-background': 'impf',
      'spanish-preterite-interrupting-event': 'pret',
      'spanish-present-for-routine': 'pres',
      'spanish-future-for-a-promise': 'fut',
      'spanish-subjunctive-after-volition': 'psubj',
      'spanish-subjunctive-after-cuando-future': 'psubj',
      'spanish-subjunctive-after-impersonal-evaluation': 'psubj',
      'spanish-subjunctive-after-para-que': 'psubj',
      'spanish-subjunctive-after-antes-de-que': 'psubj',
      'spanish-subjunctive-after-negated-belief': 'psubj',
      'spanish-indicative-after-affirmed-belief': 'pret',
      'spanish-subjunctive-after-emotion': 'psubj',
      'spanish-subjunctive-after-ojala': 'psubj',
      'spanish-imperfect-subjunctive-after-past-trigger': 'isubj',
      'spanish-imperfect-subjunctive-in-unreal-si-clause': 'isubj',
      'spanish-conditional-in-unreal-main-clause': 'cond',
      'spanish-progressive-gerund': 'ger',
      'spanish-formal-command-usted': 'imp',
      'spanish-infinitive-is-not-a-command': 'imp',
      'spanish-usted-takes-third-person-verbs': 'pres',
    }
    // A key written in a template (the usted command with its possessive) is read at its verb.
    const verbOf = (t: Term): Term => (t[0] === 'f' && t[2] ? t[2] : t)
    const off = DRAWN.filter(({ family }) => RULE[family])
      .filter(({ family, s }) => {
        const k = verbOf(s.terms.key)
        return k[0] !== 'c' || k[2] !== RULE[family]
      })
      .map(({ family }) => family)
    expect([...new Set(off)]).toEqual([])
  })

  it('format numbers, percentages and dates as Intl es-ES does', () => {
    const nbsp = (x: string) => x.replace(/\u00a0|\u202f/g, ' ')
    const fmt = new Intl.NumberFormat('es-ES', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    })
    let checked = 0
    for (const { family, s } of DRAWN) {
      if (
        family === 'spanish-four-digit-numbers-are-not-grouped' ||
        family === 'spanish-decimal-comma-and-thousands-point'
      ) {
        const en = /([\d,]+\.\d\d)/.exec(s.stem)![1]!
        expect(s.key).toBe(nbsp(fmt.format(Number(en.replace(/,/g, '')))))
        checked++
      }
      if (family === 'spanish-percent-sign-with-a-space') {
        const v = Number(/rate ([\d.]+)%/.exec(s.stem)![1])
        const pf = new Intl.NumberFormat('es-ES', { style: 'percent', maximumFractionDigits: 2 })
        expect(s.key).toBe(nbsp(pf.format(v / 100)))
        checked++
      }
      if (family === 'spanish-long-date-in-lower-case') {
        const [y, m, d] = /(\d{4})-(\d\d)-(\d+)/.exec(s.stem)!.slice(1).map(Number)
        const df = new Intl.DateTimeFormat('es-ES', {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        })
        expect(s.key).toBe(df.format(new Date(Date.UTC(y!, m! - 1, d!))))
        checked++
      }
    }
    expect(checked).toBeGreaterThan(40)
  })
})
