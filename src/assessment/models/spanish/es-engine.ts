import type { Rng } from '../../rng.js'
import type { Scenario, ScenarioFamily } from '../scenario/scenario-model.js'
import { speltOptions } from '../scenario/term-options.js'

// The Spanish test's rule engine. Words are held "marked": lower case with the stressed vowel in
// upper case (camiOn, Arbol, dIa); `spell` turns a marked word into its written form by the
// accent rules of the Ortografía de la lengua española (RAE and ASALE, 2010), chapter I, 4
// "La acentuación gráfica": agudas carry a tilde when they end in a vowel, -n or -s not preceded
// by another consonant; llanas when they do not; esdrújulas and sobresdrújulas always;
// monosyllables never (the tilde diacrítica aside); a stressed closed vowel (i, u) in hiatus
// with an open one always; ui and iu count as diphthongs. Syllables follow the same work's
// chapter I, 4.1 (and the Nueva gramática, Fonética y fonología, 8): one consonant between vowels
// opens the next syllable, ch, ll and rr are single consonants, pl, pr, bl, br, fl, fr, gl, gr,
// cl, cr, tr and dr are not split. Verbs are conjugated from the regular paradigms of the Nueva
// gramática (chapter 4, "El verbo. Morfología flexiva") with the irregular forms listed in its
// model tables (and the DPD's "Modelos de conjugación verbal").

// ---- Terms: what each option is made of, so the key test can re-derive it another way.

/** Persons: 1s yo, 2s tú, 3s él/usted, 1p nosotros, 2p vosotros, 3p ellos/ustedes. */
export type Person = '1s' | '2s' | '3s' | '1p' | '2p' | '3p'
export type Tense =
  | 'pres'
  | 'pret'
  | 'impf'
  | 'fut'
  | 'cond'
  | 'psubj'
  | 'isubj'
  | 'imp'
  | 'ger'
  | 'inf'
  | 'part'

/**
 * A term: `c` a conjugated form (written), `m` the same form marked for stress, `a` a marked word
 * spelled by the accent rules, `n` a marked word written with no tilde, `t` a marked word with a
 * tilde forced on its stressed vowel, `j` terms joined into one marked word and spelled by the
 * rules (a verb with its clitics), `s` literal text, `f` a template whose {0}, {1}… are filled
 * by terms, `cap` a term with its first letter in capitals, `up` all in capitals, `syl` a marked
 * word's syllables joined by hyphens.
 */
export type Term =
  | readonly ['c', string, Tense, Person?]
  | readonly ['a', string]
  | readonly ['n', string]
  | readonly ['t', string]
  | readonly ['j', ...Term[]]
  | readonly ['s', string]
  | readonly ['f', string, ...Term[]]
  | readonly ['cap', Term]
  | readonly ['up', Term]
  | readonly ['syl', string]
  | readonly ['sylx', string, Division]

const OPEN = 'aeoáéó'
const VOWELS = 'aeiouáéíóúü'
const ACUTE: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' }
const PLAIN: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' }

const isVowel = (c: string) => VOWELS.includes(c.toLowerCase())

/** Segments a lower-case word into units: vowels one by one, ch/ll/rr/qu/gu(e,i) as one consonant. */
function units(w: string): { u: string; v: boolean; at: number }[] {
  const out: { u: string; v: boolean; at: number }[] = []
  let i = 0
  const low = w.toLowerCase()
  while (i < w.length) {
    const two = low.slice(i, i + 2)
    const next = low[i + 2] ?? ''
    if (['ch', 'll', 'rr'].includes(two)) {
      out.push({ u: w.slice(i, i + 2), v: false, at: i })
      i += 2
    } else if ((two === 'qu' || two === 'gu') && 'eiéí'.includes(next)) {
      out.push({ u: w.slice(i, i + 2), v: false, at: i })
      i += 2
    } else if (low[i] === 'y' && i === w.length - 1 && i > 0 && isVowel(low[i - 1]!)) {
      out.push({ u: w[i]!, v: true, at: i })
      i += 1
    } else {
      out.push({ u: w[i]!, v: isVowel(low[i]!), at: i })
      i += 1
    }
  }
  return out
}

const INSEPARABLE = new Set([
  'pl',
  'pr',
  'bl',
  'br',
  'fl',
  'fr',
  'gl',
  'gr',
  'cl',
  'cr',
  'tr',
  'dr',
])

/** A wrong division of a word into syllables, each a mistake writers make at a line end. */
export type Division = 'digraph' | 'cluster' | 'diphthong' | 'coda'

/**
 * A marked word divided with one named mistake: `digraph` splits ch, ll or rr; `cluster` splits
 * an inseparable consonant + l/r group; `diphthong` splits two vowels of one syllable; `coda`
 * closes a syllable with the single consonant that opens the next (English style). Each applies
 * at the first place the word allows it; the word unchanged when it allows none.
 */
export function misdivide(marked: string, kind: Division): string[] {
  const syl = syllables(marked).map((x) => x.toLowerCase())
  const moveFirst = (i: number) => {
    const out = [...syl]
    out[i - 1] = out[i - 1]! + out[i]![0]
    out[i] = out[i]!.slice(1)
    return out
  }
  for (let i = 0; i < syl.length; i++) {
    const x = syl[i]!
    if (kind === 'diphthong') {
      const m = /[aeiouáéíóú][aeiouáéíóú]/.exec(x.replace(/^(qu|gu)/, '##'))
      if (m)
        return [
          ...syl.slice(0, i),
          x.slice(0, m.index + 1),
          x.slice(m.index + 1),
          ...syl.slice(i + 1),
        ]
      continue
    }
    if (i === 0) continue
    const two = x.slice(0, 2)
    if (kind === 'digraph' && ['ch', 'll', 'rr'].includes(two)) return moveFirst(i)
    if (kind === 'cluster' && INSEPARABLE.has(two)) return moveFirst(i)
    if (
      kind === 'coda' &&
      !isVowel(x[0]!) &&
      isVowel(x[1] ?? '') &&
      !['ch', 'll', 'rr', 'qu', 'gu'].includes(two)
    )
      return moveFirst(i)
  }
  return syl
}

/** A marked word's syllables (marks kept): hiatus where two open vowels meet or a stressed i/u. */
export function syllables(marked: string): string[] {
  const us = units(marked)
  // Split vowel runs into nuclei.
  const starts: number[] = [] // unit index where each nucleus begins
  const ends: number[] = []
  let k = 0
  while (k < us.length) {
    if (!us[k]!.v) {
      k++
      continue
    }
    let e = k
    while (e + 1 < us.length && us[e + 1]!.v && !hiatus(us[e]!.u, us[e + 1]!.u)) e++
    starts.push(k)
    ends.push(e)
    k = e + 1
  }
  if (starts.length === 0) return [marked]
  const cuts: number[] = [] // unit index where each syllable after the first begins
  for (let n = 1; n < starts.length; n++) {
    const from = ends[n - 1]! + 1
    const to = starts[n]! // consonants are units from..to-1
    const cons = us.slice(from, to).map((x) => x.u.toLowerCase())
    let onset: number
    if (cons.length === 0) onset = 0
    else if (cons.length === 1) onset = 1
    else {
      const lastTwo = cons.slice(-2).join('')
      onset = INSEPARABLE.has(lastTwo) ? 2 : 1
    }
    cuts.push(to - onset)
  }
  const out: string[] = []
  let begin = 0
  for (const c of cuts) {
    out.push(
      us
        .slice(begin, c)
        .map((x) => x.u)
        .join(''),
    )
    begin = c
  }
  out.push(
    us
      .slice(begin)
      .map((x) => x.u)
      .join(''),
  )
  return out
}

function hiatus(a: string, b: string): boolean {
  const la = a.toLowerCase()
  const lb = b.toLowerCase()
  if (OPEN.includes(la) && OPEN.includes(lb)) return true
  const stressedClosed = (x: string) => x === 'I' || x === 'U' || x === 'í' || x === 'ú'
  if (OPEN.includes(la) && stressedClosed(b)) return true
  if (OPEN.includes(lb) && stressedClosed(a)) return true
  return false
}

/** The written form of a marked word by the general accent rules. */
export function spell(marked: string): string {
  const syl = syllables(marked)
  const at = syl.findIndex((s) => /[AEIOUÁÉÍÓÚ]/.test(s))
  const lower = marked.toLowerCase()
  if (at < 0) return lower
  const fromEnd = syl.length - 1 - at
  const stressedVowel = syl[at]!.match(/[AEIOU]/)?.[0]
  const pos = marked.search(/[AEIOU]/)
  const prev = lower[pos - 1] ?? ''
  const next = lower[pos + 1] ?? ''
  const inHiatus =
    (stressedVowel === 'I' || stressedVowel === 'U') &&
    ((OPEN.includes(prev) && prev !== '') || (OPEN.includes(next) && next !== ''))
  const last = lower.at(-1)!
  const beforeLast = lower.at(-2) ?? ''
  const endsNSVowel =
    'aeiou'.includes(last) || (('n' === last || 's' === last) && isVowel(beforeLast))
  let tilde: boolean
  if (inHiatus) tilde = true
  else if (syl.length === 1) tilde = false
  else if (fromEnd === 0) tilde = endsNSVowel
  else if (fromEnd === 1) tilde = !endsNSVowel
  else tilde = true
  return tilde ? acute(marked) : lower
}

/** The marked word with a tilde on its stressed vowel whatever the rules say. */
export function acute(marked: string): string {
  const pos = marked.search(/[AEIOU]/)
  if (pos < 0) return marked.toLowerCase()
  return (
    marked.slice(0, pos).toLowerCase() +
    ACUTE[marked[pos]!.toLowerCase()]! +
    marked.slice(pos + 1).toLowerCase()
  )
}

/** A written word's marked form: the stress where the tilde is, else where the rules put it. */
export function mark(written: string): string {
  const w = written.toLowerCase()
  const tilde = w.search(/[áéíóú]/)
  if (tilde >= 0) return w.slice(0, tilde) + PLAIN[w[tilde]!]!.toUpperCase() + w.slice(tilde + 1)
  // Put the stress on each candidate nucleus in turn and keep the one the rules leave unmarked.
  for (let i = w.length - 1; i >= 0; i--) {
    if (!'aeiou'.includes(w[i]!)) continue
    const m = w.slice(0, i) + w[i]!.toUpperCase() + w.slice(i + 1)
    if ('iu'.includes(w[i]!) && (OPEN.includes(w[i - 1] ?? '#') || OPEN.includes(w[i + 1] ?? '#')))
      continue
    if (syllables(m).length === 1 || spell(m) === w) {
      // the stressed vowel of a diphthong is the open one
      return m
    }
  }
  return w
}

// ---- Conjugation.

type Cls = 'ar' | 'er' | 'ir'
const PERSONS: readonly Person[] = ['1s', '2s', '3s', '1p', '2p', '3p']

// Regular endings, marked for stress (Nueva gramática, 4.4–4.6, the models amar, temer, partir).
const ENDINGS: Record<Cls, Partial<Record<Tense, readonly string[]>>> = {
  ar: {
    pres: ['o', 'as', 'a', 'Amos', 'Ais', 'an'],
    pret: ['E', 'Aste', 'O', 'Amos', 'Asteis', 'Aron'],
    impf: ['Aba', 'Abas', 'Aba', 'Abamos', 'Abais', 'Aban'],
    psubj: ['e', 'es', 'e', 'Emos', 'Eis', 'en'],
    isubj: ['Ara', 'Aras', 'Ara', 'Aramos', 'Arais', 'Aran'],
  },
  er: {
    pres: ['o', 'es', 'e', 'Emos', 'Eis', 'en'],
    pret: ['I', 'Iste', 'iO', 'Imos', 'Isteis', 'iEron'],
    impf: ['Ia', 'Ias', 'Ia', 'Iamos', 'Iais', 'Ian'],
    psubj: ['a', 'as', 'a', 'Amos', 'Ais', 'an'],
    isubj: ['iEra', 'iEras', 'iEra', 'iEramos', 'iErais', 'iEran'],
  },
  ir: {
    pres: ['o', 'es', 'e', 'Imos', 'Is', 'en'],
    pret: ['I', 'Iste', 'iO', 'Imos', 'Isteis', 'iEron'],
    impf: ['Ia', 'Ias', 'Ia', 'Iamos', 'Iais', 'Ian'],
    psubj: ['a', 'as', 'a', 'Amos', 'Ais', 'an'],
    isubj: ['iEra', 'iEras', 'iEra', 'iEramos', 'iErais', 'iEran'],
  },
}
const FUT = ['E', 'As', 'A', 'Emos', 'Eis', 'An']
const COND = ['Ia', 'Ias', 'Ia', 'Iamos', 'Iais', 'Ian']

/**
 * Irregular verbs: their written forms where they depart from the regular paradigm, from the
 * Nueva gramática's model verbs (4.10–4.13) and the DPD's conjugation tables. `futStem` is the
 * stem of the future and conditional; `strong` is the preterite's strong stem (tuv-, hic-, dij-).
 */
interface Irregular {
  readonly pres?: readonly string[]
  readonly pret?: readonly string[]
  readonly psubj?: readonly string[]
  readonly futStem?: string
  readonly impf?: readonly string[]
  readonly ger?: string
  readonly part?: string
  readonly impT?: string
  /** A stem-changing verb: its diphthong or raised vowel is absent where the stem is unstressed. */
  readonly sc?: boolean
}
const STRONG = (stem: string, j = false): string[] => [
  `${stem}e`,
  `${stem}iste`,
  `${stem}o`,
  `${stem}imos`,
  `${stem}isteis`,
  j ? `${stem}eron` : `${stem}ieron`,
]
export const IRREGULAR: Readonly<Record<string, Irregular>> = {
  ser: {
    pres: ['soy', 'eres', 'es', 'somos', 'sois', 'son'],
    pret: ['fui', 'fuiste', 'fue', 'fuimos', 'fuisteis', 'fueron'],
    impf: ['era', 'eras', 'era', 'éramos', 'erais', 'eran'],
    psubj: ['sea', 'seas', 'sea', 'seamos', 'seáis', 'sean'],
    impT: 'sé',
  },
  estar: {
    pres: ['estoy', 'estás', 'está', 'estamos', 'estáis', 'están'],
    pret: STRONG('estuv'),
    psubj: ['esté', 'estés', 'esté', 'estemos', 'estéis', 'estén'],
  },
  ir: {
    pres: ['voy', 'vas', 'va', 'vamos', 'vais', 'van'],
    pret: ['fui', 'fuiste', 'fue', 'fuimos', 'fuisteis', 'fueron'],
    impf: ['iba', 'ibas', 'iba', 'íbamos', 'ibais', 'iban'],
    psubj: ['vaya', 'vayas', 'vaya', 'vayamos', 'vayáis', 'vayan'],
    ger: 'yendo',
    impT: 've',
  },
  tener: {
    pres: ['tengo', 'tienes', 'tiene', 'tenemos', 'tenéis', 'tienen'],
    pret: STRONG('tuv'),
    futStem: 'tendr',
    impT: 'ten',
  },
  hacer: {
    pres: ['hago', 'haces', 'hace', 'hacemos', 'hacéis', 'hacen'],
    pret: ['hice', 'hiciste', 'hizo', 'hicimos', 'hicisteis', 'hicieron'],
    futStem: 'har',
    part: 'hecho',
    impT: 'haz',
  },
  poder: {
    pres: ['puedo', 'puedes', 'puede', 'podemos', 'podéis', 'pueden'],
    sc: true,
    pret: STRONG('pud'),
    futStem: 'podr',
    ger: 'pudiendo',
  },
  decir: {
    pres: ['digo', 'dices', 'dice', 'decimos', 'decís', 'dicen'],
    pret: STRONG('dij', true),
    futStem: 'dir',
    ger: 'diciendo',
    part: 'dicho',
    impT: 'di',
  },
  venir: {
    pres: ['vengo', 'vienes', 'viene', 'venimos', 'venís', 'vienen'],
    pret: STRONG('vin'),
    futStem: 'vendr',
    ger: 'viniendo',
    impT: 'ven',
  },
  poner: {
    pres: ['pongo', 'pones', 'pone', 'ponemos', 'ponéis', 'ponen'],
    pret: STRONG('pus'),
    futStem: 'pondr',
    part: 'puesto',
    impT: 'pon',
  },
  saber: {
    pres: ['sé', 'sabes', 'sabe', 'sabemos', 'sabéis', 'saben'],
    pret: STRONG('sup'),
    psubj: ['sepa', 'sepas', 'sepa', 'sepamos', 'sepáis', 'sepan'],
    futStem: 'sabr',
  },
  querer: {
    pres: ['quiero', 'quieres', 'quiere', 'queremos', 'queréis', 'quieren'],
    sc: true,
    pret: STRONG('quis'),
    futStem: 'querr',
  },
  traer: {
    pres: ['traigo', 'traes', 'trae', 'traemos', 'traéis', 'traen'],
    pret: STRONG('traj', true),
    ger: 'trayendo',
    part: 'traído',
  },
  dar: {
    pres: ['doy', 'das', 'da', 'damos', 'dais', 'dan'],
    pret: ['di', 'diste', 'dio', 'dimos', 'disteis', 'dieron'],
    psubj: ['dé', 'des', 'dé', 'demos', 'deis', 'den'],
  },
  salir: {
    pres: ['salgo', 'sales', 'sale', 'salimos', 'salís', 'salen'],
    futStem: 'saldr',
    impT: 'sal',
  },
  haber: {
    pres: ['he', 'has', 'ha', 'hemos', 'habéis', 'han'],
    pret: STRONG('hub'),
    psubj: ['haya', 'hayas', 'haya', 'hayamos', 'hayáis', 'hayan'],
    futStem: 'habr',
  },
  // Stem-changing verbs (Nueva gramática 4.10c: diphthongisation e > ie, o > ue; 4.10d: e > i).
  pensar: { sc: true, pres: ['pienso', 'piensas', 'piensa', 'pensamos', 'pensáis', 'piensan'] },
  empezar: {
    sc: true,
    pres: ['empiezo', 'empiezas', 'empieza', 'empezamos', 'empezáis', 'empiezan'],
  },
  entender: {
    sc: true,
    pres: ['entiendo', 'entiendes', 'entiende', 'entendemos', 'entendéis', 'entienden'],
  },
  preferir: {
    sc: true,
    pres: ['prefiero', 'prefieres', 'prefiere', 'preferimos', 'preferís', 'prefieren'],
  },
  resolver: {
    sc: true,
    pres: ['resuelvo', 'resuelves', 'resuelve', 'resolvemos', 'resolvéis', 'resuelven'],
    part: 'resuelto',
  },
  volver: {
    sc: true,
    pres: ['vuelvo', 'vuelves', 'vuelve', 'volvemos', 'volvéis', 'vuelven'],
    part: 'vuelto',
  },
  costar: { sc: true, pres: ['cuesto', 'cuestas', 'cuesta', 'costamos', 'costáis', 'cuestan'] },
  encontrar: {
    sc: true,
    pres: ['encuentro', 'encuentras', 'encuentra', 'encontramos', 'encontráis', 'encuentran'],
  },
  recordar: {
    sc: true,
    pres: ['recuerdo', 'recuerdas', 'recuerda', 'recordamos', 'recordáis', 'recuerdan'],
  },
  pedir: { sc: true, pres: ['pido', 'pides', 'pide', 'pedimos', 'pedís', 'piden'] },
  servir: { sc: true, pres: ['sirvo', 'sirves', 'sirve', 'servimos', 'servís', 'sirven'] },
  repetir: { sc: true, pres: ['repito', 'repites', 'repite', 'repetimos', 'repetís', 'repiten'] },
  // Spelling changes only (Ortografía 2010, the letters c, g and z: c > qu, g > gu, z > c before e).
  buscar: {},
  pagar: {},
  organizar: {},
  explicar: {},
  entregar: {},
  actualizar: {},
  indicar: {},
  llegar: {},
  abrir: { part: 'abierto' },
  escribir: { part: 'escrito' },
}

/** The spelling-changing stem before e: c > qu, g > gu, z > c. */
function beforeE(stem: string): string {
  if (stem.endsWith('c')) return `${stem.slice(0, -1)}qu`
  if (stem.endsWith('g')) return `${stem.slice(0, -1)}gu`
  if (stem.endsWith('z')) return `${stem.slice(0, -1)}c`
  return stem
}

const cls = (inf: string): Cls => inf.slice(-2) as Cls

/** A marked form of a verb (stressed vowel in capitals) for a tense and person. */
export function conjugateMarked(inf: string, tense: Tense, person: Person = '3s'): string {
  return mark(conjugate(inf, tense, person))
}

/** The written form of a verb in a tense and person. */
export function conjugate(inf: string, tense: Tense, person: Person = '3s'): string {
  const c = cls(inf)
  const stem = inf.slice(0, -2)
  const irr = IRREGULAR[inf] ?? {}
  const p = PERSONS.indexOf(person)
  const e1s = tense === 'pret' && p === 0 && c === 'ar'
  switch (tense) {
    case 'inf':
      return inf
    case 'ger':
      if (irr.ger) return irr.ger
      return `${irr.sc && c === 'ir' ? raise(stem) : stem}${c === 'ar' ? 'ando' : 'iendo'}`
    case 'part':
      return irr.part ?? `${stem}${c === 'ar' ? 'ado' : 'ido'}`
    case 'pres':
      return irr.pres?.[p] ?? spell(stem + ENDINGS[c].pres![p]!)
    case 'pret':
      if (irr.pret) return irr.pret[p]!
      // -ir stem-changing verbs raise e > i, o > u in the third persons (pidió, prefirieron)
      if (irr.sc && c === 'ir' && (p === 2 || p === 5))
        return spell(raise(stem) + ENDINGS[c].pret![p]!)
      return spell((e1s ? beforeE(stem) : stem) + ENDINGS[c].pret![p]!)
    case 'impf':
      return irr.impf?.[p] ?? spell(stem + ENDINGS[c].impf![p]!)
    case 'fut':
    case 'cond': {
      const base = irr.futStem ?? inf
      return spell(base + (tense === 'fut' ? FUT : COND)[p]!)
    }
    case 'psubj': {
      if (irr.psubj) return irr.psubj[p]!
      // Built on the stem of the first person present indicative (Nueva gramática 4.5).
      let st = conjugate(inf, 'pres', '1s').slice(0, -1)
      if (irr.sc && (p === 3 || p === 4)) {
        // nosotros and vosotros keep the infinitive's vowel; -ir verbs raise e > i, o > u
        st = c === 'ir' ? raise(stem) : stem
      }
      if (c === 'ar') st = beforeE(st)
      return spell(st + ENDINGS[c].psubj![p]!)
    }
    case 'isubj': {
      // From the third person plural preterite less -ron (Nueva gramática 4.5): -ra, -ras, …,
      // the first person plural an esdrújula (-áramos, -iéramos).
      const base = conjugate(inf, 'pret', '3p').slice(0, -3)
      const end = ['ra', 'ras', 'ra', 'ramos', 'rais', 'ran'][p]!
      if (p !== 3) return base + end
      return base.slice(0, -1) + ACUTE[base.at(-1)!]! + end
    }
    case 'imp': {
      if (p === 1) return irr.impT ?? conjugate(inf, 'pres', '3s')
      if (p === 4) return `${stem}${c === 'ar' ? 'ad' : c === 'er' ? 'ed' : 'id'}`
      return conjugate(inf, 'psubj', person)
    }
  }
}

/** The stem with its last e raised to i or o to u (pedir > pid-, dormir > durm-). */
function raise(stem: string): string {
  return stem.replace(
    /([eo])([^aeiou]*)$/,
    (_, v: string, r: string) => (v === 'e' ? 'i' : 'u') + r,
  )
}

/** Spells a marked word made of a verb form and attached clitics (envía + lo → envíalo). */
export function attach(form: string, ...clitics: string[]): string {
  return spell(mark(form) + clitics.join(''))
}

// ---- Terms to text.

export function text(term: Term): string {
  switch (term[0]) {
    case 'c':
      return conjugate(term[1], term[2], term[3])
    case 'a':
      return spell(term[1])
    case 'n':
      return term[1].toLowerCase()
    case 't':
      return acute(term[1])
    case 'j':
      return spell(
        (term.slice(1) as Term[])
          .map((t) => (t[0] === 'c' ? mark(text(t)) : t[0] === 's' ? t[1] : mark(text(t))))
          .map((m, i) => (i === 0 ? m : m.toLowerCase()))
          .join(''),
      )
    case 's':
      return term[1]
    case 'f': {
      const parts = (term.slice(2) as Term[]).map(text)
      return term[1].replace(/\{(\d)\}/g, (_, d: string) => parts[Number(d)]!)
    }
    case 'cap': {
      const t = text(term[1])
      return t.charAt(0).toUpperCase() + t.slice(1)
    }
    case 'up':
      return text(term[1]).toUpperCase()
    case 'syl':
      return syllables(term[1]).join('-').toLowerCase()
    case 'sylx':
      return misdivide(term[1], term[2]).join('-')
  }
}

// ---- Families.

/** A drawn Spanish case: the options as terms as well as text, for the key test. */
export interface EsScenario extends Scenario {
  readonly terms: { readonly key: Term; readonly wrong: readonly Term[] }
}

export interface EsSpec {
  readonly stem: string
  readonly key: Term
  readonly wrong: readonly (readonly [Term, string])[]
}

/** A named family: options are terms, their text computed; a mistake that gives the key is dropped. */
export function es(id: string, draw: (rng: Rng) => EsSpec): ScenarioFamily {
  return {
    id,
    draw(rng: Rng): EsScenario {
      const spec = draw(rng)
      return { stem: spec.stem, ...speltOptions(id, spec.key, spec.wrong, text) }
    },
  }
}

export const PERSON_SUBJECT: Record<Person, string> = {
  '1s': 'yo',
  '2s': 'tú',
  '3s': 'usted',
  '1p': 'nosotros',
  '2p': 'vosotros',
  '3p': 'ustedes',
}
