import type { Rng } from '../../rng.js'
import type { Scenario, ScenarioFamily } from '../scenario/scenario-model.js'
import { speltOptions } from '../scenario/term-options.js'

// The German test's rule engine: options are held as terms (a noun phrase declined, a verb form,
// a number spelled out, a literal) so the key test can derive each one again by a route of its
// own. Declension follows Duden, Die Grammatik (9th ed., 2016), the article and adjective
// paradigms (strong, weak and mixed declension) and the n-declension of weak masculines; verb
// forms follow the principal parts listed in Duden, Die Grammatik, and the Duden Rechtschreibung.

export type Gender = 'm' | 'f' | 'n' | 'p'
export type Case = 'nom' | 'akk' | 'dat' | 'gen'
/** The determiner: the definite article, dies-, ein, kein, unser, Ihr, or none. */
export type Det = 'der' | 'dies' | 'ein' | 'kein' | 'unser' | 'Ihr' | 'none'
/** Which determiner, gender and case a part of a noun phrase is declined for. */
export type Slot = readonly [Det, Gender, Case]

const G: readonly Gender[] = ['m', 'f', 'n', 'p']
const gi = (g: Gender) => G.indexOf(g)

/** The definite article by case, then m f n plural. */
const DEF: Record<Case, readonly string[]> = {
  nom: ['der', 'die', 'das', 'die'],
  akk: ['den', 'die', 'das', 'die'],
  dat: ['dem', 'der', 'dem', 'den'],
  gen: ['des', 'der', 'des', 'der'],
}
/** The endings of ein, kein and the possessives (ein has no plural). */
const EIN: Record<Case, readonly string[]> = {
  nom: ['', 'e', '', 'e'],
  akk: ['en', 'e', '', 'e'],
  dat: ['em', 'er', 'em', 'en'],
  gen: ['es', 'er', 'es', 'er'],
}
/** The endings of dieser, jener, jeder. */
const DIES: Record<Case, readonly string[]> = {
  nom: ['er', 'e', 'es', 'e'],
  akk: ['en', 'e', 'es', 'e'],
  dat: ['em', 'er', 'em', 'en'],
  gen: ['es', 'er', 'es', 'er'],
}
/** Adjective endings after a der-word (weak declension). */
const WEAK: Record<Case, readonly string[]> = {
  nom: ['e', 'e', 'e', 'en'],
  akk: ['en', 'e', 'e', 'en'],
  dat: ['en', 'en', 'en', 'en'],
  gen: ['en', 'en', 'en', 'en'],
}
/** Adjective endings after an ein-word (mixed declension). */
const MIXED: Record<Case, readonly string[]> = {
  nom: ['er', 'e', 'es', 'en'],
  akk: ['en', 'e', 'es', 'en'],
  dat: ['en', 'en', 'en', 'en'],
  gen: ['en', 'en', 'en', 'en'],
}
/** Adjective endings with no determiner (strong declension): genitive m and n take -en. */
const STRONG: Record<Case, readonly string[]> = {
  nom: ['er', 'e', 'es', 'e'],
  akk: ['en', 'e', 'es', 'e'],
  dat: ['em', 'er', 'em', 'en'],
  gen: ['en', 'er', 'en', 'er'],
}

export function article([det, g, c]: Slot): string {
  if (det === 'none') return ''
  if (det === 'der') return DEF[c][gi(g)]!
  if (det === 'dies') return `dies${DIES[c][gi(g)]}`
  return det + EIN[c][gi(g)]
}

export function adjEnding([det, g, c]: Slot): string {
  const table = det === 'none' ? STRONG : det === 'der' || det === 'dies' ? WEAK : MIXED
  return table[c][gi(g)]!
}

interface Noun {
  readonly g: 'm' | 'f' | 'n'
  readonly pl: string
  /** The genitive singular ending of a strong masculine or neuter ('s'); unset where -s and -es both occur. */
  readonly gen?: string
  /** A weak masculine: -n or -en in every case but the nominative singular. */
  readonly weak?: string
}
export const NOUNS: Readonly<Record<string, Noun>> = {
  Auftrag: { g: 'm', pl: 'Aufträge' },
  Termin: { g: 'm', pl: 'Termine' },
  Vertrag: { g: 'm', pl: 'Verträge' },
  Bericht: { g: 'm', pl: 'Berichte' },
  Entwurf: { g: 'm', pl: 'Entwürfe' },
  Computer: { g: 'm', pl: 'Computer', gen: 's' },
  Drucker: { g: 'm', pl: 'Drucker', gen: 's' },
  Ordner: { g: 'm', pl: 'Ordner', gen: 's' },
  Schreibtisch: { g: 'm', pl: 'Schreibtische' },
  Kunde: { g: 'm', pl: 'Kunden', weak: 'n' },
  Kollege: { g: 'm', pl: 'Kollegen', weak: 'n' },
  Praktikant: { g: 'm', pl: 'Praktikanten', weak: 'en' },
  Kandidat: { g: 'm', pl: 'Kandidaten', weak: 'en' },
  Assistent: { g: 'm', pl: 'Assistenten', weak: 'en' },
  Journalist: { g: 'm', pl: 'Journalisten', weak: 'en' },
  Rechnung: { g: 'f', pl: 'Rechnungen' },
  Übersetzung: { g: 'f', pl: 'Übersetzungen' },
  Agentur: { g: 'f', pl: 'Agenturen' },
  Frist: { g: 'f', pl: 'Fristen' },
  Datei: { g: 'f', pl: 'Dateien' },
  Anfrage: { g: 'f', pl: 'Anfragen' },
  Sitzung: { g: 'f', pl: 'Sitzungen' },
  Website: { g: 'f', pl: 'Websites' },
  Liste: { g: 'f', pl: 'Listen' },
  Lösung: { g: 'f', pl: 'Lösungen' },
  Freiheit: { g: 'f', pl: 'Freiheiten' },
  Möglichkeit: { g: 'f', pl: 'Möglichkeiten' },
  Partnerschaft: { g: 'f', pl: 'Partnerschaften' },
  Präsentation: { g: 'f', pl: 'Präsentationen' },
  Angebot: { g: 'n', pl: 'Angebote' },
  Dokument: { g: 'n', pl: 'Dokumente' },
  Projekt: { g: 'n', pl: 'Projekte' },
  Kapitel: { g: 'n', pl: 'Kapitel', gen: 's' },
  Zimmer: { g: 'n', pl: 'Zimmer', gen: 's' },
  Regal: { g: 'n', pl: 'Regale' },
  Büro: { g: 'n', pl: 'Büros', gen: 's' },
  Honorar: { g: 'n', pl: 'Honorare' },
  Formular: { g: 'n', pl: 'Formulare' },
  Häkchen: { g: 'n', pl: 'Häkchen', gen: 's' },
  Instrument: { g: 'n', pl: 'Instrumente' },
  Argument: { g: 'm', pl: 'Argumente' },
  Kundendatei: { g: 'f', pl: 'Kundendateien' },
  Kundengespräch: { g: 'n', pl: 'Kundengespräche' },
  Projektleitung: { g: 'f', pl: 'Projektleitungen' },
  Rechnungsdatum: { g: 'n', pl: 'Rechnungsdaten' },
  Arbeitsvertrag: { g: 'm', pl: 'Arbeitsverträge' },
  Terminänderung: { g: 'f', pl: 'Terminänderungen' },
  Interesse: { g: 'n', pl: 'Interessen' },
  Aufwand: { g: 'm', pl: 'Aufwände' },
  Sorgfalt: { g: 'f', pl: '' },
  Erfolg: { g: 'm', pl: 'Erfolge' },
}

/** A noun in a case: dative plural -n, genitive -s of m and n, the n-declension of weak masculines. */
export function nounForm(noun: string, g: Gender, c: Case): string {
  const n = NOUNS[noun]
  if (!n) throw new Error(`unknown noun ${noun}`)
  if (g === 'p') return c === 'dat' && !/[ns]$/.test(n.pl) ? `${n.pl}n` : n.pl
  if (n.weak) return c === 'nom' ? noun : noun + n.weak
  if (c === 'gen' && n.g !== 'f') {
    if (!n.gen) throw new Error(`no settled genitive for ${noun}`)
    return noun + n.gen
  }
  return noun
}

// ---- Verbs.

export type Person = '1s' | '2s' | '3s' | '1p' | '2p' | '3p'
const PERSONS: readonly Person[] = ['1s', '2s', '3s', '1p', '2p', '3p']

/**
 * Principal parts of the verbs used: the 2s and 3s present where they change the vowel, the
 * Präteritum stem, the participle, the auxiliary, the Konjunktiv II stem. A separable prefix is
 * written with a bar (an|rufen) so the engine can split and join it.
 */
interface Parts {
  readonly p2?: string
  readonly p3?: string
  readonly prt: string
  readonly pp: string
  readonly aux: 'haben' | 'sein'
  /** Strong Präteritum (no -te ending). */
  readonly strong: boolean
  readonly k2?: string
}
export const VERBS: Readonly<Record<string, Parts>> = {
  sprechen: {
    p2: 'sprichst',
    p3: 'spricht',
    prt: 'sprach',
    pp: 'gesprochen',
    aux: 'haben',
    strong: true,
  },
  nehmen: { p2: 'nimmst', p3: 'nimmt', prt: 'nahm', pp: 'genommen', aux: 'haben', strong: true },
  geben: {
    p2: 'gibst',
    p3: 'gibt',
    prt: 'gab',
    pp: 'gegeben',
    aux: 'haben',
    strong: true,
    k2: 'gäb',
  },
  helfen: { p2: 'hilfst', p3: 'hilft', prt: 'half', pp: 'geholfen', aux: 'haben', strong: true },
  treffen: {
    p2: 'triffst',
    p3: 'trifft',
    prt: 'traf',
    pp: 'getroffen',
    aux: 'haben',
    strong: true,
  },
  lesen: { p2: 'liest', p3: 'liest', prt: 'las', pp: 'gelesen', aux: 'haben', strong: true },
  sehen: { p2: 'siehst', p3: 'sieht', prt: 'sah', pp: 'gesehen', aux: 'haben', strong: true },
  vergessen: {
    p2: 'vergisst',
    p3: 'vergisst',
    prt: 'vergaß',
    pp: 'vergessen',
    aux: 'haben',
    strong: true,
  },
  fahren: { p2: 'fährst', p3: 'fährt', prt: 'fuhr', pp: 'gefahren', aux: 'sein', strong: true },
  laufen: { p2: 'läufst', p3: 'läuft', prt: 'lief', pp: 'gelaufen', aux: 'sein', strong: true },
  schlafen: {
    p2: 'schläfst',
    p3: 'schläft',
    prt: 'schlief',
    pp: 'geschlafen',
    aux: 'haben',
    strong: true,
  },
  tragen: { p2: 'trägst', p3: 'trägt', prt: 'trug', pp: 'getragen', aux: 'haben', strong: true },
  halten: { p2: 'hältst', p3: 'hält', prt: 'hielt', pp: 'gehalten', aux: 'haben', strong: true },
  schreiben: { prt: 'schrieb', pp: 'geschrieben', aux: 'haben', strong: true },
  finden: { prt: 'fand', pp: 'gefunden', aux: 'haben', strong: true },
  beginnen: { prt: 'begann', pp: 'begonnen', aux: 'haben', strong: true },
  bleiben: { prt: 'blieb', pp: 'geblieben', aux: 'sein', strong: true },
  gehen: { prt: 'ging', pp: 'gegangen', aux: 'sein', strong: true, k2: 'ging' },
  kommen: { prt: 'kam', pp: 'gekommen', aux: 'sein', strong: true, k2: 'käm' },
  fliegen: { prt: 'flog', pp: 'geflogen', aux: 'sein', strong: true },
  steigen: { prt: 'stieg', pp: 'gestiegen', aux: 'sein', strong: true },
  sinken: { prt: 'sank', pp: 'gesunken', aux: 'sein', strong: true },
  werden: {
    p2: 'wirst',
    p3: 'wird',
    prt: 'wurde',
    pp: 'geworden',
    aux: 'sein',
    strong: false,
    k2: 'würd',
  },
  sein: { prt: 'war', pp: 'gewesen', aux: 'sein', strong: true, k2: 'wär' },
  haben: {
    p2: 'hast',
    p3: 'hat',
    prt: 'hatte',
    pp: 'gehabt',
    aux: 'haben',
    strong: false,
    k2: 'hätt',
  },
  wissen: {
    p2: 'weißt',
    p3: 'weiß',
    prt: 'wusste',
    pp: 'gewusst',
    aux: 'haben',
    strong: false,
    k2: 'wüsst',
  },
  bringen: { prt: 'brachte', pp: 'gebracht', aux: 'haben', strong: false },
  denken: { prt: 'dachte', pp: 'gedacht', aux: 'haben', strong: false },
  kennen: { prt: 'kannte', pp: 'gekannt', aux: 'haben', strong: false },
  nennen: { prt: 'nannte', pp: 'genannt', aux: 'haben', strong: false },
  können: {
    p2: 'kannst',
    p3: 'kann',
    prt: 'konnte',
    pp: 'gekonnt',
    aux: 'haben',
    strong: false,
    k2: 'könnt',
  },
  müssen: {
    p2: 'musst',
    p3: 'muss',
    prt: 'musste',
    pp: 'gemusst',
    aux: 'haben',
    strong: false,
    k2: 'müsst',
  },
  dürfen: {
    p2: 'darfst',
    p3: 'darf',
    prt: 'durfte',
    pp: 'gedurft',
    aux: 'haben',
    strong: false,
    k2: 'dürft',
  },
  mögen: {
    p2: 'magst',
    p3: 'mag',
    prt: 'mochte',
    pp: 'gemocht',
    aux: 'haben',
    strong: false,
    k2: 'möcht',
  },
  verstehen: { prt: 'verstand', pp: 'verstanden', aux: 'haben', strong: true },
  bekommen: { prt: 'bekam', pp: 'bekommen', aux: 'haben', strong: true },
  besprechen: {
    p2: 'besprichst',
    p3: 'bespricht',
    prt: 'besprach',
    pp: 'besprochen',
    aux: 'haben',
    strong: true,
  },
  erhalten: {
    p2: 'erhältst',
    p3: 'erhält',
    prt: 'erhielt',
    pp: 'erhalten',
    aux: 'haben',
    strong: true,
  },
  übersetzen: { prt: 'übersetzte', pp: 'übersetzt', aux: 'haben', strong: false },
  bezahlen: { prt: 'bezahlte', pp: 'bezahlt', aux: 'haben', strong: false },
  erklären: { prt: 'erklärte', pp: 'erklärt', aux: 'haben', strong: false },
  korrigieren: { prt: 'korrigierte', pp: 'korrigiert', aux: 'haben', strong: false },
  formatieren: { prt: 'formatierte', pp: 'formatiert', aux: 'haben', strong: false },
  organisieren: { prt: 'organisierte', pp: 'organisiert', aux: 'haben', strong: false },
  telefonieren: { prt: 'telefonierte', pp: 'telefoniert', aux: 'haben', strong: false },
  reservieren: { prt: 'reservierte', pp: 'reserviert', aux: 'haben', strong: false },
  'an|rufen': { prt: 'rief', pp: 'gerufen', aux: 'haben', strong: true },
  'ein|laden': { p2: 'lädst', p3: 'lädt', prt: 'lud', pp: 'geladen', aux: 'haben', strong: true },
  'auf|schreiben': { prt: 'schrieb', pp: 'geschrieben', aux: 'haben', strong: true },
  'ab|schicken': { prt: 'schickte', pp: 'geschickt', aux: 'haben', strong: false },
  'zu|schicken': { prt: 'schickte', pp: 'geschickt', aux: 'haben', strong: false },
  'aus|drucken': { prt: 'druckte', pp: 'gedruckt', aux: 'haben', strong: false },
  'an|kündigen': { prt: 'kündigte', pp: 'gekündigt', aux: 'haben', strong: false },
  'an|kommen': { prt: 'kam', pp: 'gekommen', aux: 'sein', strong: true },
  'auf|stehen': { prt: 'stand', pp: 'gestanden', aux: 'sein', strong: true },
}

const split = (inf: string): [string, string] => {
  const [a, b] = inf.split('|')
  return b === undefined ? ['', a!] : [a!, b]
}
const stemOf = (base: string) => base.replace(/e?n$/, '')
/** An ending after a stem in -d or -t takes e (arbeitest, wartet, arbeitete). */
const joinE = (stem: string, end: string) =>
  /[dt]$/.test(stem) && /^(s?t|te)$/.test(end) ? `${stem}e${end}` : stem + end

/** The written infinitive, prefix joined (anrufen). */
export const infinitive = (inf: string) => inf.replace('|', '')

/** Present tense; a separable prefix follows as a separate word ("ruft an"). */
function present(inf: string, p: Person): string {
  const [pre, base] = split(inf)
  const v = VERBS[inf]
  const irregular: Record<string, readonly string[]> = {
    sein: ['bin', 'bist', 'ist', 'sind', 'seid', 'sind'],
    wissen: ['weiß', 'weißt', 'weiß', 'wissen', 'wisst', 'wissen'],
    können: ['kann', 'kannst', 'kann', 'können', 'könnt', 'können'],
    müssen: ['muss', 'musst', 'muss', 'müssen', 'müsst', 'müssen'],
    dürfen: ['darf', 'darfst', 'darf', 'dürfen', 'dürft', 'dürfen'],
    mögen: ['mag', 'magst', 'mag', 'mögen', 'mögt', 'mögen'],
  }
  const i = PERSONS.indexOf(p)
  let form: string
  if (irregular[base]) form = irregular[base][i]!
  else {
    const stem = stemOf(base)
    const ends = ['e', 'st', 't', 'en', 't', 'en']
    form = joinE(stem, ends[i]!)
    if (p === '1p' || p === '3p') form = base
    if (p === '2s' && v?.p2) form = v.p2
    if (p === '3s' && v?.p3) form = v.p3
    if (p === '2s' && /[sßz]$/.test(stem) && !v?.p2) form = `${stem}t`
  }
  return pre ? `${form} ${pre}` : form
}

/** Präteritum; strong stems take no ending in 1s and 3s. */
function preterite(inf: string, p: Person): string {
  const [pre] = split(inf)
  const v = VERBS[inf]
  if (!v) throw new Error(`no principal parts for ${inf}`)
  const i = PERSONS.indexOf(p)
  const ends = v.strong ? ['', 'st', '', 'en', 't', 'en'] : ['', 'st', '', 'n', 't', 'n']
  const form = v.strong ? joinE(v.prt, ends[i]!) : v.prt + ends[i]
  return pre ? `${form} ${pre}` : form
}

/** Konjunktiv II from its listed stem (hätt-, wär-, könnt-), with the endings -e -est -e -en -et -en. */
function subjunctive2(inf: string, p: Person): string {
  const v = VERBS[inf]
  if (!v?.k2) throw new Error(`no Konjunktiv II for ${inf}`)
  const i = PERSONS.indexOf(p)
  if (inf === 'sein') return ['wäre', 'wärst', 'wäre', 'wären', 'wärt', 'wären'][i]!
  return v.k2 + ['e', 'est', 'e', 'en', 'et', 'en'][i]
}

/** The participle, a separable prefix before ge- (angerufen). */
export function participle(inf: string): string {
  const [pre] = split(inf)
  const v = VERBS[inf]
  if (!v) throw new Error(`no principal parts for ${inf}`)
  return pre + v.pp
}

export type Form = 'pres' | 'prt' | 'k2' | 'pp' | 'inf'
export type Slip =
  /** ge- + stem + -t, a strong verb made weak. */
  | 'weakPp'
  /** ge- before a separable prefix or on an inseparable or -ieren verb. */
  | 'geFront'
  /** The participle without ge- (an-gerufen → anrufen, an-geschickt → abschickt). */
  | 'noGe'
  /** An inseparable or -ieren verb given ge- after its first syllable, as if separable. */
  | 'geInside'
  /** Präteritum formed weak from the infinitive stem (bringte, schreibte). */
  | 'weakPrt'

export function slip(inf: string, kind: Slip): string {
  const [pre, base] = split(inf)
  const stem = stemOf(base)
  const v = VERBS[inf]!
  switch (kind) {
    case 'weakPp':
      return `${pre}ge${joinE(stem, 't')}`
    case 'geFront':
      return `ge${pre}${v.pp.replace(/^ge/, '')}`
    case 'noGe':
      return pre + v.pp.replace(/^ge/, '')
    case 'geInside': {
      const m = /^(be|er|ver|über|ent|zer)(.*)$/.exec(base)
      return m ? `${m[1]}ge${v.pp.slice(m[1]!.length)}` : `ge${v.pp}`
    }
    case 'weakPrt':
      return `${joinE(stem, 'te')}`
  }
}

export function verb(inf: string, form: Form, p: Person): string {
  switch (form) {
    case 'pres':
      return present(inf, p)
    case 'prt':
      return preterite(inf, p)
    case 'k2':
      return subjunctive2(inf, p)
    case 'pp':
      return participle(inf)
    case 'inf':
      return infinitive(inf)
  }
}

// ---- Numbers spelled out (Duden: one word below a million, units before tens joined by und).

const UNITS = ['', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun']
const TEENS = [
  'zehn',
  'elf',
  'zwölf',
  'dreizehn',
  'vierzehn',
  'fünfzehn',
  'sechzehn',
  'siebzehn',
  'achtzehn',
  'neunzehn',
]
const TENS = [
  '',
  '',
  'zwanzig',
  'dreißig',
  'vierzig',
  'fünfzig',
  'sechzig',
  'siebzig',
  'achtzig',
  'neunzig',
]

/**
 * A number from 1 to 999 spelled out. `sp` names a slip: `english` tens before units
 * (zwanzigundvier), `spaced` hundreds as a separate word, `und` und after the hundred as English
 * "and", `ss` ss for ß, `eins` eins kept before und, `regularTens` sechszig, siebenzig.
 */
export function spellNumber(n: number, sp = ''): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new Error(`cannot spell ${n}`)
  const h = Math.floor(n / 100)
  const r = n % 100
  const tens = (t: number) =>
    sp === 'regularTens' && (t === 6 || t === 7) ? `${t === 6 ? 'sechs' : 'sieben'}zig` : TENS[t]!
  let low = ''
  if (r > 0 && r < 10) low = r === 1 ? 'eins' : UNITS[r]!
  else if (r >= 10 && r < 20) low = TEENS[r - 10]!
  else if (r >= 20) {
    const t = Math.floor(r / 10)
    const u = r % 10
    const unit = u === 1 && sp === 'eins' ? 'eins' : UNITS[u]!
    low = u === 0 ? tens(t) : sp === 'english' ? `${tens(t)}und${unit}` : `${unit}und${tens(t)}`
  }
  const high = h > 0 ? `${UNITS[h]}hundert` : ''
  const joint = !high || !low ? '' : sp === 'spaced' ? ' ' : sp === 'und' ? 'und' : ''
  const out = high + joint + low
  return sp === 'ss' ? out.replaceAll('ß', 'ss') : out
}

// ---- Terms.

/**
 * A term: `np` a noun phrase whose article, adjective ending and noun are each declined for a
 * slot (the same slot throughout for the key; a mistake declines one part for another), `v` a
 * verb form, `x` a verb slip, `num` a number spelled out, `s` literal text, `f` a template whose
 * {0}, {1}… are filled by terms, `cap` a term with a capital first letter.
 */
export type Term =
  | readonly ['np', Slot, string, Slot, string, Slot]
  | readonly ['v', string, Form, Person]
  | readonly ['x', string, Slip]
  | readonly ['num', number, string]
  | readonly ['s', string]
  | readonly ['f', string, ...Term[]]
  | readonly ['cap', Term]

export function text(term: Term): string {
  switch (term[0]) {
    case 'np': {
      const [, a, adj, e, noun, n] = term
      const words = [article(a), adj ? adj + adjEnding(e) : '', nounForm(noun, n[1], n[2])]
      return words.filter((w) => w).join(' ')
    }
    case 'v':
      return verb(term[1], term[2], term[3])
    case 'x':
      return slip(term[1], term[2])
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

/** A drawn German case: the options as terms as well as text, for the key test. */
export interface DeScenario extends Scenario {
  readonly terms: { readonly key: Term; readonly wrong: readonly Term[] }
  /** What the key follows from, for families the key test checks against Intl or a rule. */
  readonly facts?: Readonly<Record<string, string | number | boolean>>
}

export interface DeSpec {
  readonly stem: string
  readonly key: Term
  readonly wrong: readonly (readonly [Term, string])[]
  readonly facts?: Readonly<Record<string, string | number | boolean>>
}

/** A named family: options are terms, their text computed; a mistake that gives the key is dropped. */
export function de(id: string, draw: (rng: Rng) => DeSpec): ScenarioFamily {
  return {
    id,
    draw(rng: Rng): DeScenario {
      const spec = draw(rng)
      const { key, wrong, terms } = speltOptions(id, spec.key, spec.wrong, text)
      return { stem: spec.stem, key, wrong, terms, ...(spec.facts ? { facts: spec.facts } : {}) }
    },
  }
}

/** Shorthands. */
export const s = (x: string): Term => ['s', x]
export const f = (tpl: string, ...parts: Term[]): Term => ['f', tpl, ...parts]
export const v = (inf: string, form: Form, p: Person = '3s'): Term => ['v', inf, form, p]
export const x = (inf: string, k: Slip): Term => ['x', inf, k]
export const num = (n: number, sp = ''): Term => ['num', n, sp]
/** A noun phrase declined for one slot, with any part declined for another (a mistake). */
export function np(
  slot: Slot,
  adj: string,
  noun: string,
  over: { a?: Slot; e?: Slot; n?: Slot } = {},
): Term {
  return ['np', over.a ?? slot, adj, over.e ?? slot, noun, over.n ?? slot]
}
/** The noun's grammatical gender. */
export const genderOf = (noun: string): 'm' | 'f' | 'n' => NOUNS[noun]!.g
