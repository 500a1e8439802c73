import { expect, it } from 'vitest'
import type { DeScenario, Term } from '../../../src/assessment/models/german/de-engine.js'
import {
  GERMAN_CASE_FAMILIES,
  GERMAN_ORDER_FAMILIES,
  GERMAN_PREPOSITION_FAMILIES,
  GERMAN_SPELLING_FAMILIES,
  GERMAN_VERB_FAMILIES,
} from '../../../src/assessment/models/german/german-models.js'
import { scenarioFrame } from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies, familiesNeverDrawn } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { dow, jdn } from './second-route-arithmetic.js'

const FAMILIES = [
  ...GERMAN_CASE_FAMILIES,
  ...GERMAN_VERB_FAMILIES,
  ...GERMAN_ORDER_FAMILIES,
  ...GERMAN_PREPOSITION_FAMILIES,
  ...GERMAN_SPELLING_FAMILIES,
]
const DRAWS = 200
const DRAWN = drawFamilies(FAMILIES, DRAWS, 2026_12_06) as { family: string; s: DeScenario }[]

// ---- A second implementation, sharing nothing with the model's engine. Declension is read from
// ---- tables typed again by gender (rows) and case (columns nom akk dat gen), as a grammar
// ---- prints them; nouns from a second noun list; verbs from a principal-parts table typed again
// ---- (du form, er form, Präteritum, participle, auxiliary, Konjunktiv II) with the person
// ---- endings applied by rule; numbers spelled from a table of words and the slips made by
// ---- editing the correct spelling; formats by Intl de-DE.

const CASES = ['nom', 'akk', 'dat', 'gen'] as const
type G = 'm' | 'f' | 'n' | 'p'
const row = (x: string) => x.split(' ').map((e) => (e === '-' ? '' : e))

const DEF2: Record<G, string> = {
  m: 'der den dem des',
  f: 'die die der der',
  n: 'das das dem des',
  p: 'die die den der',
}
const EIN2: Record<G, string> = { m: '- en em es', f: 'e e er er', n: '- - em es', p: 'e e en er' }
const DIES2: Record<G, string> = {
  m: 'er en em es',
  f: 'e e er er',
  n: 'es es em es',
  p: 'e e en er',
}
const ADJ2: Record<'weak' | 'mixed' | 'strong', Record<G, string>> = {
  weak: { m: 'e en en en', f: 'e e en en', n: 'e e en en', p: 'en en en en' },
  mixed: { m: 'er en en en', f: 'e e en en', n: 'es es en en', p: 'en en en en' },
  strong: { m: 'er en em en', f: 'e e er er', n: 'es es em en', p: 'e e en er' },
}
/** Noun, gender, plural; +s a genitive in -s; +w a weak masculine. */
const NOUNS2 =
  `Auftrag m Aufträge|Termin m Termine|Vertrag m Verträge|Bericht m Berichte|Entwurf m Entwürfe
|Computer m Computer +s|Drucker m Drucker +s|Ordner m Ordner +s|Schreibtisch m Schreibtische
|Kunde m Kunden +w|Kollege m Kollegen +w|Praktikant m Praktikanten +w|Kandidat m Kandidaten +w
|Assistent m Assistenten +w|Journalist m Journalisten +w|Rechnung f Rechnungen|Übersetzung f Übersetzungen
|Agentur f Agenturen|Frist f Fristen|Datei f Dateien|Anfrage f Anfragen|Sitzung f Sitzungen
|Website f Websites|Liste f Listen|Lösung f Lösungen|Freiheit f Freiheiten|Möglichkeit f Möglichkeiten
|Partnerschaft f Partnerschaften|Präsentation f Präsentationen|Angebot n Angebote|Dokument n Dokumente
|Projekt n Projekte|Kapitel n Kapitel +s|Zimmer n Zimmer +s|Regal n Regale|Büro n Büros +s
|Honorar n Honorare|Formular n Formulare|Häkchen n Häkchen +s|Instrument n Instrumente
|Kundendatei f Kundendateien|Kundengespräch n Kundengespräche|Projektleitung f Projektleitungen
|Rechnungsdatum n Rechnungsdaten|Arbeitsvertrag m Arbeitsverträge|Terminänderung f Terminänderungen
|Interesse n Interessen|Aufwand m Aufwände|Sorgfalt f -|Erfolg m Erfolge`
    .split('|')
    .map((x) => x.trim().split(' '))
const NOUN2 = new Map(NOUNS2.map(([n, g, pl, flag]) => [n!, { g: g!, pl: pl!, flag }]))

function declineNoun(noun: string, g: G, c: (typeof CASES)[number]): string {
  const n = NOUN2.get(noun)!
  if (g === 'p')
    return c === 'dat' && !n.pl.endsWith('n') && !n.pl.endsWith('s') ? `${n.pl}n` : n.pl
  if (n.flag === '+w') return c === 'nom' ? noun : noun.endsWith('e') ? `${noun}n` : `${noun}en`
  if (c === 'gen' && n.g !== 'f') {
    expect(n.flag, `${noun} genitive`).toBe('+s')
    return `${noun}s`
  }
  return noun
}
function determiner(det: string, g: G, c: (typeof CASES)[number]): string {
  const i = CASES.indexOf(c)
  if (det === 'none') return ''
  if (det === 'der') return row(DEF2[g])[i]!
  if (det === 'dies') return `dies${row(DIES2[g])[i]}`
  return det + row(EIN2[g])[i]
}
function ending(det: string, g: G, c: (typeof CASES)[number]): string {
  const kind = det === 'none' ? 'strong' : det === 'der' || det === 'dies' ? 'weak' : 'mixed'
  return row(ADJ2[kind][g])[CASES.indexOf(c)]!
}

/** Principal parts typed again: du form, er form, Präteritum (er), participle, auxiliary, Konjunktiv II (er). */
const PARTS2 =
  `sprechen sprichst spricht sprach gesprochen h -|nehmen nimmst nimmt nahm genommen h -
|geben gibst gibt gab gegeben h gäbe|helfen hilfst hilft half geholfen h -|treffen triffst trifft traf getroffen h -
|lesen liest liest las gelesen h -|sehen siehst sieht sah gesehen h -|vergessen vergisst vergisst vergaß vergessen h -
|fahren fährst fährt fuhr gefahren s -|laufen läufst läuft lief gelaufen s -|schlafen schläfst schläft schlief geschlafen h -
|tragen trägst trägt trug getragen h -|halten hältst hält hielt gehalten h -|schreiben schreibst schreibt schrieb geschrieben h -
|finden findest findet fand gefunden h -|beginnen beginnst beginnt begann begonnen h -|bleiben bleibst bleibt blieb geblieben s -
|gehen gehst geht ging gegangen s ginge|kommen kommst kommt kam gekommen s käme|fliegen fliegst fliegt flog geflogen s -
|steigen steigst steigt stieg gestiegen s -|sinken sinkst sinkt sank gesunken s -|werden wirst wird wurde geworden s würde
|sein bist ist war gewesen s wäre|haben hast hat hatte gehabt h hätte|wissen weißt weiß wusste gewusst h wüsste
|bringen bringst bringt brachte gebracht h -|denken denkst denkt dachte gedacht h -|kennen kennst kennt kannte gekannt h -
|nennen nennst nennt nannte genannt h -|können kannst kann konnte gekonnt h könnte|müssen musst muss musste gemusst h müsste
|dürfen darfst darf durfte gedurft h dürfte|mögen magst mag mochte gemocht h möchte|verstehen verstehst versteht verstand verstanden h -
|bekommen bekommst bekommt bekam bekommen h -|besprechen besprichst bespricht besprach besprochen h -
|erhalten erhältst erhält erhielt erhalten h -|übersetzen übersetzt übersetzt übersetzte übersetzt h -
|bezahlen bezahlst bezahlt bezahlte bezahlt h -|erklären erklärst erklärt erklärte erklärt h -
|korrigieren korrigierst korrigiert korrigierte korrigiert h -|formatieren formatierst formatiert formatierte formatiert h -
|organisieren organisierst organisiert organisierte organisiert h -|telefonieren telefonierst telefoniert telefonierte telefoniert h -
|reservieren reservierst reserviert reservierte reserviert h -|an+rufen rufst ruft rief angerufen h -
|ein+laden lädst lädt lud eingeladen h -|auf+schreiben schreibst schreibt schrieb aufgeschrieben h -
|ab+schicken schickst schickt schickte abgeschickt h -|zu+schicken schickst schickt schickte zugeschickt h -
|aus+drucken druckst druckt druckte ausgedruckt h -|an+kündigen kündigst kündigt kündigte angekündigt h -
|an+kommen kommst kommt kam angekommen s -|auf+stehen stehst steht stand aufgestanden s -`
    .split('|')
    .map((x) => x.trim().split(' '))
/** A separable prefix is typed with + (an+rufen); the families write it with a bar. */
const VERB2 = new Map(
  PARTS2.map(([inf, du, er, prt, pp, aux, k2]) => [
    inf!.replace('+', '|'),
    { du: du!, er: er!, prt: prt!, pp: pp!, aux: aux!, k2: k2! },
  ]),
)
/** Present forms that follow no stem rule, typed in full (ich du er wir ihr sie). */
const PRESENT2: Record<string, string> = {
  sein: 'bin bist ist sind seid sind',
  wissen: 'weiß weißt weiß wissen wisst wissen',
  können: 'kann kannst kann können könnt können',
  müssen: 'muss musst muss müssen müsst müssen',
  dürfen: 'darf darfst darf dürfen dürft dürfen',
  mögen: 'mag magst mag mögen mögt mögen',
}
const PERS = ['1s', '2s', '3s', '1p', '2p', '3p']
function verb2(inf: string, form: string, person: string): string {
  const p = VERB2.get(inf)
  expect(p, inf).toBeDefined()
  const [prefix, base] = inf.includes('|') ? inf.split('|') : ['', inf]
  const k = PERS.indexOf(person)
  const sep = (w: string) => (prefix ? `${w} ${prefix}` : w)
  const stem = base!.slice(0, base!.endsWith('en') ? -2 : -1)
  if (form === 'inf') return prefix! + base!
  if (form === 'pp') return p!.pp
  if (form === 'pres') {
    if (PRESENT2[base!]) return sep(PRESENT2[base!]!.split(' ')[k]!)
    const dental = /[dt]$/.test(stem)
    const forms = [`${stem}e`, p!.du, p!.er, base!, dental ? `${stem}et` : `${stem}t`, base!]
    return sep(forms[k]!)
  }
  if (form === 'prt') {
    const weak = p!.prt.endsWith('e')
    const ends = weak ? ['', 'st', '', 'n', 't', 'n'] : ['', 'st', '', 'en', 't', 'en']
    return sep(p!.prt + ends[k])
  }
  // Konjunktiv II from the er form: -e, -est (-st), -e, -en, -et
  const k2 = p!.k2
  if (inf === 'sein') return ['wäre', 'wärst', 'wäre', 'wären', 'wärt', 'wären'][k]!
  return [k2, `${k2}st`, k2, `${k2}n`, `${k2}t`, `${k2}n`][k]!
}
function slip2(inf: string, kind: string): string {
  const p = VERB2.get(inf)!
  const [prefix, base] = inf.includes('|') ? inf.split('|') : ['', inf]
  const stem = base!.slice(0, -2)
  const bare = p.pp.slice(prefix!.length)
  const noGe = bare.startsWith('ge') ? bare.slice(2) : bare
  if (kind === 'weakPp') return `${prefix}ge${stem}${/[dt]$/.test(stem) ? 'et' : 't'}`
  if (kind === 'geFront') return `ge${prefix}${noGe}`
  if (kind === 'noGe') return prefix + noGe
  if (kind === 'geInside') return `überge${p.pp.slice(4)}`
  return `${stem}${/[dt]$/.test(stem) ? 'ete' : 'te'}`
}

const WORDS1 =
  'eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn'.split(
    ' ',
  )
const TENS2 = {
  2: 'zwanzig',
  3: 'dreißig',
  4: 'vierzig',
  5: 'fünfzig',
  6: 'sechzig',
  7: 'siebzig',
  8: 'achtzig',
  9: 'neunzig',
} as Record<number, string>
/** The correct spelling, then each slip as an edit of it. */
function spell2(n: number, slip: string): string {
  const h = Math.trunc(n / 100)
  const r = n % 100
  const unit = (u: number) => (u === 1 ? 'ein' : WORDS1[u - 1]!)
  const low =
    r === 0
      ? ''
      : r < 20
        ? WORDS1[r - 1]!
        : r % 10 === 0
          ? TENS2[r / 10]!
          : `${unit(r % 10)}und${TENS2[Math.trunc(r / 10)]}`
  const hi = h ? `${unit(h)}hundert` : ''
  const right = hi + low
  switch (slip) {
    case '':
      return right
    case 'english':
      return hi + low.replace(/^(.+?)und(.+)$/, '$2und$1')
    case 'spaced':
      return hi && low ? `${hi} ${low}` : right
    case 'und':
      return hi && low ? `${hi}und${low}` : right
    case 'ss':
      return right.replace(/ß/g, 'ss')
    case 'regularTens':
      return right.replace('sechzig', 'sechszig').replace('siebzig', 'siebenzig')
    case 'eins':
      return right.replace(/(^|hundert)einund/, '$1einsund')
  }
  throw new Error(slip)
}

function render(t: Term): string {
  switch (t[0]) {
    case 'np': {
      const [, a, adj, e, noun, n] = t
      return [
        determiner(a[0], a[1], a[2]),
        adj ? adj + ending(e[0], e[1], e[2]) : '',
        declineNoun(noun, n[1], n[2]),
      ]
        .filter(Boolean)
        .join(' ')
    }
    case 'v':
      return verb2(t[1], t[2], t[3])
    case 'x':
      return slip2(t[1], t[2])
    case 'num':
      return spell2(t[1], t[2])
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
  }
}

const plain = (x: string) => x.replace(/[\u00a0\u202f]/g, ' ')
const utc = (y: number, m: number, d: number, h = 0, mi = 0) => new Date(Date.UTC(y, m, d, h, mi))
const DAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']

describeEngineIndependent('German language scenarios', () => {
  it('are at least 80 distinct families, each drawn without a programming error', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(FAMILIES.length).toBeGreaterThanOrEqual(80)
    expect(FAMILIES.every((f) => f.id.startsWith('ger-'))).toBe(true)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
    const kept = new Map<string, number>()
    for (const x of DRAWN) kept.set(x.family, (kept.get(x.family) ?? 0) + 1)
    expect(FAMILIES.filter((f) => (kept.get(f.id) ?? 0) < DRAWS / 2).map((f) => f.id)).toEqual([])
  })

  it('show three distinct named distractors, each its named mistake’s text and never the key', () => {
    const wrong: string[] = []
    for (const { family, s } of DRAWN) {
      if (s.wrong.length < 3) wrong.push(`${family}: fewer than three mistakes`)
      try {
        scenarioFrame(s)
      } catch (error) {
        wrong.push(`${family}: ${(error as Error).message}`)
      }
      s.wrong.forEach(([text, mistake], k) => {
        const again = render(s.terms.wrong[k]!)
        if (again !== text) wrong.push(`${family}: ${text} ≠ ${again}`)
        if (again === s.key) wrong.push(`${family}: ${mistake} gives the key`)
        if (mistake.trim().length < 10) wrong.push(`${family}: unnamed mistake`)
      })
    }
    expect([...new Set(wrong)].slice(0, 10)).toEqual([])
  })

  it('have keys the second declension and principal-parts tables, the speller and Intl de-DE give', () => {
    const off = DRAWN.filter(({ s }) => render(s.terms.key) !== s.key).map(
      ({ family, s }) => `${family}: ${s.key} ≠ ${render(s.terms.key)}`,
    )
    let checked = 0
    for (const { family, s } of DRAWN) {
      const f = s.facts ?? {}
      const want = (x: string) => {
        checked++
        if (plain(s.key) !== plain(x)) off.push(`${family}: ${s.key} ≠ ${x}`)
      }
      if (f.kind === 'euro')
        want(
          new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(
            f.v as number,
          ),
        )
      if (f.kind === 'percent')
        want(
          new Intl.NumberFormat('de-DE', { style: 'percent', minimumFractionDigits: 1 }).format(
            (f.v as number) / 100,
          ),
        )
      if (f.kind === 'numericDate')
        want(
          new Intl.DateTimeFormat('de-DE', {
            day: '2-digit',
            month: '2-digit',
            year: 'numeric',
            timeZone: 'UTC',
          }).format(utc(f.y as number, (f.m as number) - 1, f.d as number)),
        )
      if (f.kind === 'longDate') {
        const d = utc(f.y as number, f.m as number, f.d as number)
        want(
          new Intl.DateTimeFormat('de-DE', {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            timeZone: 'UTC',
          }).format(d),
        )
        // the weekday again from the Julian day number, Monday first
        const iso = d.toISOString().slice(0, 10)
        if (!s.key.startsWith(DAYS[(dow(jdn(iso)) + 6) % 7]!))
          off.push(`${family}: weekday ${s.key}`)
      }
      if (f.kind === 'time')
        want(
          `${new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(utc(2026, 0, 1, f.h as number, f.mm as number))} Uhr`,
        )
      if (f.kind === 'billion')
        want(
          `${new Intl.NumberFormat('de-DE').format((f.whole as number) + (f.dec as number) / 10)} Milliarden Euro`,
        )
      if (f.kind === 'words') want(spell2(f.n as number, ''))
      if (f.kind === 'ordinal') expect(s.key).toContain(` ${f.n}. `)
      // a verb-final clause ends with its finite verb (the double infinitive aside)
      if (typeof f.finite === 'string' && family !== 'ger-auxiliary-before-a-double-infinitive') {
        checked++
        if (!new RegExp(`\\s${f.finite}[,.?]`).test(s.key))
          off.push(`${family}: ${f.finite} not last in ${s.key}`)
      }
    }
    expect([...new Set(off)].slice(0, 10)).toEqual([])
    expect(checked).toBeGreaterThan(1500)
  })
})
