import type { Rng } from '../../rng.js'
import type { Scenario, ScenarioFamily } from '../scenario/scenario-model.js'
import { speltOptions } from '../scenario/term-options.js'

// The French test's rule engine: options are held as terms (a conjugated form, an agreed
// participle or adjective, a number spelled out, a literal) so the key test can derive each one
// again by a route of its own. Verb forms follow the regular paradigms of the three groups and
// the irregular forms listed in Le Bescherelle, L'art de conjuguer (Hatier), and the Grevisse,
// Le Bon Usage (16th ed., 2016), §§ 790-813; participle agreement follows Le Bon Usage §§ 936-
// 949; adjective feminines and plurals §§ 538-549; numerals §§ 593-597 and the Rectifications de
// l'orthographe (Conseil supérieur de la langue française, Journal officiel, 6 December 1990),
// which hyphenate every compound numeral.

/** Persons: 1s je, 2s tu, 3s il/elle/on, 1p nous, 2p vous, 3p ils/elles. */
export type Person = '1s' | '2s' | '3s' | '1p' | '2p' | '3p'
export type Tense = 'pres' | 'impf' | 'fut' | 'cond' | 'subj' | 'inf'
/** Gender and number: masculine or feminine, singular or plural. */
export type Agr = 'ms' | 'fs' | 'mp' | 'fp'

/**
 * How a number is spelled: space-separated flags over the traditional rules. `rect` the 1990
 * rectifications (hyphens between every element); each other flag a named slip: `allS` cent and
 * vingt plural even when another numeral follows, `noS` cent and vingt never plural, `et` et in
 * 81 and 91 as in 21, `noEt` 21, 31… 71 without et as 81 is written, `milles` mille given a
 * plural s, `spaced` no hyphens below one hundred, `swiss` septante, huitante, nonante.
 */
export type Spelling = string
const has = (sp: Spelling, flag: string) => sp.split(' ').includes(flag)

/**
 * A term: `c` a conjugated simple form, `pp` a past participle agreed, `adj` an adjective
 * agreed, `reg` a masculine given the bare e and s whatever its ending, `num` a number spelled out, `s` literal text, `f` a template whose {0}, {1}… are filled
 * by terms, `cap` a term with its first letter in capitals.
 */
export type Term =
  | readonly ['c', string, Tense, Person]
  | readonly ['pp', string, Agr]
  | readonly ['adj', string, Agr]
  | readonly ['reg', string, Agr]
  | readonly ['num', number, Spelling]
  | readonly ['s', string]
  | readonly ['f', string, ...Term[]]
  | readonly ['cap', Term]

const PERSONS: readonly Person[] = ['1s', '2s', '3s', '1p', '2p', '3p']
const at = (p: Person) => PERSONS.indexOf(p)

// ---- Verbs.

interface Irregular {
  readonly pres: readonly string[]
  /** The imperfect's stem (être's is not its nous form's). */
  readonly impf: string
  /** The future and conditional stem. */
  readonly fut: string
  /** The present subjunctive, six forms. */
  readonly subj: readonly string[]
  readonly pp: string
}
const six = (stem: string, ends: readonly string[]) => ends.map((e) => stem + e)
const SUBJ_ENDS = ['e', 'es', 'e', 'ions', 'iez', 'ent']
/** A subjunctive whose nous and vous take another stem (viennent / venions). */
const subj2 = (strong: string, weak: string) =>
  SUBJ_ENDS.map((e, i) => (i === 3 || i === 4 ? weak : strong) + e)

export const IRREGULAR: Readonly<Record<string, Irregular>> = {
  être: {
    pres: ['suis', 'es', 'est', 'sommes', 'êtes', 'sont'],
    impf: 'ét',
    fut: 'ser',
    subj: ['sois', 'sois', 'soit', 'soyons', 'soyez', 'soient'],
    pp: 'été',
  },
  avoir: {
    pres: ['ai', 'as', 'a', 'avons', 'avez', 'ont'],
    impf: 'av',
    fut: 'aur',
    subj: ['aie', 'aies', 'ait', 'ayons', 'ayez', 'aient'],
    pp: 'eu',
  },
  aller: {
    pres: ['vais', 'vas', 'va', 'allons', 'allez', 'vont'],
    impf: 'all',
    fut: 'ir',
    subj: subj2('aill', 'all'),
    pp: 'allé',
  },
  faire: {
    pres: ['fais', 'fais', 'fait', 'faisons', 'faites', 'font'],
    impf: 'fais',
    fut: 'fer',
    subj: six('fass', SUBJ_ENDS),
    pp: 'fait',
  },
  prendre: {
    pres: ['prends', 'prends', 'prend', 'prenons', 'prenez', 'prennent'],
    impf: 'pren',
    fut: 'prendr',
    subj: subj2('prenn', 'pren'),
    pp: 'pris',
  },
  venir: {
    pres: ['viens', 'viens', 'vient', 'venons', 'venez', 'viennent'],
    impf: 'ven',
    fut: 'viendr',
    subj: subj2('vienn', 'ven'),
    pp: 'venu',
  },
  pouvoir: {
    pres: ['peux', 'peux', 'peut', 'pouvons', 'pouvez', 'peuvent'],
    impf: 'pouv',
    fut: 'pourr',
    subj: six('puiss', SUBJ_ENDS),
    pp: 'pu',
  },
  vouloir: {
    pres: ['veux', 'veux', 'veut', 'voulons', 'voulez', 'veulent'],
    impf: 'voul',
    fut: 'voudr',
    subj: subj2('veuill', 'voul'),
    pp: 'voulu',
  },
  devoir: {
    pres: ['dois', 'dois', 'doit', 'devons', 'devez', 'doivent'],
    impf: 'dev',
    fut: 'devr',
    subj: subj2('doiv', 'dev'),
    pp: 'dû',
  },
  savoir: {
    pres: ['sais', 'sais', 'sait', 'savons', 'savez', 'savent'],
    impf: 'sav',
    fut: 'saur',
    subj: six('sach', SUBJ_ENDS),
    pp: 'su',
  },
  partir: {
    pres: ['pars', 'pars', 'part', 'partons', 'partez', 'partent'],
    impf: 'part',
    fut: 'partir',
    subj: six('part', SUBJ_ENDS),
    pp: 'parti',
  },
  mettre: {
    pres: ['mets', 'mets', 'met', 'mettons', 'mettez', 'mettent'],
    impf: 'mett',
    fut: 'mettr',
    subj: six('mett', SUBJ_ENDS),
    pp: 'mis',
  },
  recevoir: {
    pres: ['reçois', 'reçois', 'reçoit', 'recevons', 'recevez', 'reçoivent'],
    impf: 'recev',
    fut: 'recevr',
    subj: subj2('reçoiv', 'recev'),
    pp: 'reçu',
  },
  écrire: {
    pres: ['écris', 'écris', 'écrit', 'écrivons', 'écrivez', 'écrivent'],
    impf: 'écriv',
    fut: 'écrir',
    subj: six('écriv', SUBJ_ENDS),
    pp: 'écrit',
  },
  envoyer: {
    pres: ['envoie', 'envoies', 'envoie', 'envoyons', 'envoyez', 'envoient'],
    impf: 'envoy',
    fut: 'enverr',
    subj: subj2('envoi', 'envoy'),
    pp: 'envoyé',
  },
}
/** Verbs conjugated as the irregular verb they end in (com-prendre, re-venir). */
const PREFIXED: Readonly<Record<string, readonly [string, string]>> = {
  comprendre: ['com', 'prendre'],
  apprendre: ['ap', 'prendre'],
  devenir: ['de', 'venir'],
  revenir: ['re', 'venir'],
  permettre: ['per', 'mettre'],
  remettre: ['re', 'mettre'],
}
/** Second-group verbs (finir: nous finissons); any other -ir verb used must be irregular. */
const SECOND_GROUP = new Set([
  'finir',
  'choisir',
  'réussir',
  'remplir',
  'établir',
  'fournir',
  'réfléchir',
  'agir',
  'réunir',
])

const IMPF_ENDS = ['ais', 'ais', 'ait', 'ions', 'iez', 'aient']
const FUT_ENDS = ['ai', 'as', 'a', 'ons', 'ez', 'ont']

/** -ger and -cer verbs keep the soft g and c before a and o: mangeons, commençait. */
function soften(stem: string, ending: string): string {
  if (!/^[aoâ]/.test(ending)) return stem
  if (stem.endsWith('g')) return `${stem}e`
  if (stem.endsWith('c')) return `${stem.slice(0, -1)}ç`
  return stem
}

function irregular(inf: string): Irregular | undefined {
  const own = IRREGULAR[inf]
  if (own) return own
  const pre = PREFIXED[inf]
  if (!pre) return undefined
  const [p, base] = pre
  const b = IRREGULAR[base]!
  const add = (xs: readonly string[]) => xs.map((x) => p + x)
  return {
    pres: add(b.pres),
    impf: p + b.impf,
    fut: p + b.fut,
    subj: add(b.subj),
    pp: p + b.pp,
  }
}

/** A simple (one-word) form of a verb. */
export function conjugate(inf: string, tense: Tense, p: Person): string {
  const i = at(p)
  if (tense === 'inf') return inf
  const irr = irregular(inf)
  if (irr) {
    if (tense === 'pres') return irr.pres[i]!
    if (tense === 'subj') return irr.subj[i]!
    if (tense === 'impf') return irr.impf + IMPF_ENDS[i]!
    return irr.fut + (tense === 'fut' ? FUT_ENDS : IMPF_ENDS)[i]!
  }
  const group = inf.endsWith('er') ? 'er' : SECOND_GROUP.has(inf) ? 'ir' : 're'
  if (group === 'ir' && !inf.endsWith('ir')) throw new Error(`unknown verb ${inf}`)
  const stem = inf.slice(0, -2)
  const long = group === 'ir' ? `${stem}iss` : stem
  const withEnd = (s: string, e: string) => soften(s, e) + e
  switch (tense) {
    case 'pres': {
      const ends =
        group === 'er'
          ? ['e', 'es', 'e', 'ons', 'ez', 'ent']
          : group === 'ir'
            ? ['is', 'is', 'it', 'issons', 'issez', 'issent']
            : ['s', 's', '', 'ons', 'ez', 'ent']
      return withEnd(stem, ends[i]!)
    }
    case 'impf':
      return withEnd(long, IMPF_ENDS[i]!)
    case 'subj':
      return long + SUBJ_ENDS[i]!
    case 'fut':
    case 'cond': {
      const base = group === 're' ? inf.slice(0, -1) : inf
      return base + (tense === 'fut' ? FUT_ENDS : IMPF_ENDS)[i]!
    }
  }
}

/** The past participle agreed in gender and number (dû keeps its circumflex only in ms). */
export function participle(inf: string, agr: Agr): string {
  const irr = irregular(inf)
  const ms = irr
    ? irr.pp
    : inf.endsWith('er')
      ? `${inf.slice(0, -2)}é`
      : SECOND_GROUP.has(inf)
        ? inf.slice(0, -1)
        : `${inf.slice(0, -2)}u`
  const base = ms === 'dû' && agr !== 'ms' ? 'du' : ms
  return inflect(base, agr, base.endsWith('s'))
}

/** Adds the feminine e and plural s to a form whose feminine is regular. */
function inflect(ms: string, agr: Agr, endsInS: boolean): string {
  const f = agr[0] === 'f' ? `${ms}e` : ms
  return agr[1] === 'p' && !(agr === 'mp' && endsInS) ? `${f}s` : f
}

// ---- Adjectives.

/** Adjectives whose feminine or plural is not the bare e and s, with their four forms. */
const ADJ_SUFFIXES: readonly (readonly [string, string, string])[] = [
  // masculine ending, feminine ending, masculine plural ending
  ['eux', 'euse', 'eux'],
  ['if', 'ive', 'ifs'],
  ['el', 'elle', 'els'],
  ['ien', 'ienne', 'iens'],
  ['éen', 'éenne', 'éens'],
  ['on', 'onne', 'ons'],
  ['er', 'ère', 'ers'],
  ['al', 'ale', 'aux'],
  ['et', 'ète', 'ets'], // complet, discret, inquiet
  ['c', 'che', 'cs'], // blanc, franc, sec (sèche is listed apart)
]
const ADJ_OWN: Readonly<Record<string, readonly [string, string, string?]>> = {
  // masculine, feminine, masculine plural (and a feminine plural not made by adding s)
  public: ['publique', 'publics'],
  long: ['longue', 'longs'],
  frais: ['fraîche', 'frais'],
  doux: ['douce', 'doux'],
  faux: ['fausse', 'faux'],
  nouveau: ['nouvelle', 'nouveaux'],
  beau: ['belle', 'beaux'],
  bref: ['brève', 'brefs'],
  gentil: ['gentille', 'gentils'],
  final: ['finale', 'finals'],
  gros: ['grosse', 'gros'],
  bas: ['basse', 'bas'],
  sec: ['sèche', 'secs'],
  grec: ['grecque', 'grecs'],
  // determiners and pronouns that inflect as adjectives do
  tout: ['toute', 'tous'],
  celui: ['celle', 'ceux'],
  lequel: ['laquelle', 'lesquels', 'lesquelles'],
}
/** An adjective agreed in gender and number. */
export function adjective(ms: string, agr: Agr): string {
  const own = ADJ_OWN[ms]
  let fem = own?.[0]
  let mp = own?.[1]
  if (!own) {
    const rule = ADJ_SUFFIXES.find(([m]) => ms.endsWith(m))
    const stem = rule ? ms.slice(0, -rule[0].length) : ms
    fem = rule ? stem + rule[1] : ms.endsWith('e') ? ms : `${ms}e`
    mp = rule ? stem + rule[2] : /[sx]$/.test(ms) ? ms : `${ms}s`
  }
  if (agr === 'ms') return ms
  if (agr === 'mp') return mp!
  return agr === 'fs' ? fem! : (own?.[2] ?? `${fem}s`)
}

// ---- Numbers.

const UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
]
const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante']
const SWISS: Record<number, string> = { 7: 'septante', 8: 'huitante', 9: 'nonante' }

/**
 * Words for 1 to 99: hyphens between tens and units except around et (21, 31… 71), no et in 81
 * and 91; 80 takes vingts when nothing follows (`end`), by Le Bon Usage § 593-594.
 */
function below100(n: number, sp: Spelling, end: boolean): string[] {
  if (n < 17) return [UNITS[n]!]
  if (n < 20) return ['dix', UNITS[n - 10]!]
  const t = Math.floor(n / 10)
  const u = n % 10
  if (has(sp, 'swiss') && t >= 7) return u === 0 ? [SWISS[t]!] : withUnit(SWISS[t]!, u, sp)
  if (t <= 6) return u === 0 ? [TENS[t]!] : withUnit(TENS[t]!, u, sp)
  if (t === 7)
    return u === 1 && !has(sp, 'noEt')
      ? withEt('soixante', 'onze')
      : ['soixante', ...below100(n - 60, sp, end)]
  const vingts = has(sp, 'allS') || (!has(sp, 'noS') && end && n === 80) ? 'vingts' : 'vingt'
  if (n === 80) return ['quatre', vingts]
  if (has(sp, 'et') && n === 81) return withEt(`quatre-${vingts}`, 'un')
  if (has(sp, 'et') && n === 91) return withEt(`quatre-${vingts}`, 'onze')
  return ['quatre', vingts, ...below100(n - 80, sp, false)]
}
/** et, marked so the joiner spaces around it in the traditional spelling. */
const ET = '=et='
function withUnit(tens: string, u: number, sp: Spelling): string[] {
  return u === 1 && !has(sp, 'noEt') ? withEt(tens, 'un') : [tens, UNITS[u]!]
}
/** `vingt et un`: et is joined by spaces in the traditional spelling, hyphens in 1990's. */
function withEt(tens: string, unit: string): string[] {
  return [tens, ET, unit]
}

function below1000(n: number, sp: Spelling, end: boolean): string[] {
  const c = Math.floor(n / 100)
  const r = n % 100
  const out: string[] = []
  if (c > 0) {
    const plural = has(sp, 'allS') || (!has(sp, 'noS') && c > 1 && r === 0 && end)
    out.push(...(c > 1 ? [UNITS[c]!] : []), '\u0002', plural ? 'cents' : 'cent')
  }
  if (r > 0) out.push(...(c > 0 ? ['\u0002'] : []), ...below100(r, sp, end))
  return out
}

/** A whole number from 0 to 999 999 spelled out. */
export function spellNumber(n: number, sp: Spelling): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) throw new Error(`cannot spell ${n}`)
  if (n === 0) return 'zéro'
  const k = Math.floor(n / 1000)
  const r = n % 1000
  const parts: string[] = []
  if (k > 0) {
    if (k > 1) parts.push(...below1000(k, sp, false), '\u0002')
    parts.push(has(sp, 'milles') && k > 1 ? 'milles' : 'mille')
  }
  if (r > 0) parts.push(...(k > 0 ? ['\u0002'] : []), ...below1000(r, sp, true))
  // join: the 1990 rectifications hyphenate every element; the traditional rule hyphenates only
  // inside numbers below one hundred, never around et, cent or mille
  let out = ''
  for (let i = 0; i < parts.length; i++) {
    const x = parts[i]!
    if (x === '\u0002') continue
    if (!out) {
      out = x.replaceAll('=', '')
      continue
    }
    const spaced = parts[i - 1] === '\u0002' || x === ET || parts[i - 1] === ET
    const sep = has(sp, 'rect') ? '-' : spaced || has(sp, 'spaced') ? ' ' : '-'
    out += sep + x.replaceAll('=', '')
  }
  return out
}

// ---- Terms to text.

export function text(term: Term): string {
  switch (term[0]) {
    case 'c':
      return conjugate(term[1], term[2], term[3])
    case 'pp':
      return participle(term[1], term[2])
    case 'adj':
      return adjective(term[1], term[2])
    case 'reg':
      return inflect(term[1], term[2], /[sx]$/.test(term[1]))
    case 'num':
      return spellNumber(term[1], term[2])
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
  }
}

// ---- Families.

/** A drawn French case: the options as terms as well as text, for the key test. */
export interface FrScenario extends Scenario {
  readonly terms: { readonly key: Term; readonly wrong: readonly Term[] }
  /** What the key follows from, for a family the key test checks against its own rule table. */
  readonly facts?: Readonly<Record<string, string | number | boolean>>
}

export interface FrSpec {
  readonly stem: string
  readonly key: Term
  readonly wrong: readonly (readonly [Term, string])[]
  readonly facts?: Readonly<Record<string, string | number | boolean>>
}

/** A named family: options are terms, their text computed; a mistake that gives the key is dropped. */
export function fr(id: string, draw: (rng: Rng) => FrSpec): ScenarioFamily {
  return {
    id,
    draw(rng: Rng): FrScenario {
      const spec = draw(rng)
      const { key, wrong, terms } = speltOptions(id, spec.key, spec.wrong, text)
      return {
        stem: spec.stem,
        key,
        wrong,
        terms,
        ...(spec.facts ? { facts: spec.facts } : {}),
      }
    },
  }
}

/** Shorthands for terms. */
export const c = (inf: string, t: Tense, p: Person): Term => ['c', inf, t, p]
export const pp = (inf: string, agr: Agr): Term => ['pp', inf, agr]
export const s = (x: string): Term => ['s', x]
export const f = (tpl: string, ...parts: Term[]): Term => ['f', tpl, ...parts]
export const adj = (ms: string, agr: Agr): Term => ['adj', ms, agr]
export const reg = (ms: string, agr: Agr): Term => ['reg', ms, agr]
export const num = (n: number, sp: Spelling): Term => ['num', n, sp]
