import { expect, it } from 'vitest'
import type {
  Agr,
  FrScenario,
  Person,
  Term,
} from '../../../src/assessment/models/french/fr-engine.js'
import {
  FRENCH_AGREEMENT_FAMILIES,
  FRENCH_NUMBER_FAMILIES,
  FRENCH_ORTHOGRAPHY_FAMILIES,
  FRENCH_PRONOUN_FAMILIES,
  FRENCH_VERB_FAMILIES,
} from '../../../src/assessment/models/french/french-models.js'
import { scenarioFrame } from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies, familiesNeverDrawn } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...FRENCH_VERB_FAMILIES,
  ...FRENCH_AGREEMENT_FAMILIES,
  ...FRENCH_PRONOUN_FAMILIES,
  ...FRENCH_ORTHOGRAPHY_FAMILIES,
  ...FRENCH_NUMBER_FAMILIES,
]
const DRAWS = 200
const DRAWN = drawFamilies(FAMILIES, DRAWS, 2026_12_05) as { family: string; s: FrScenario }[]
const byFamily = (id: string) => DRAWN.filter((d) => d.family === id).map((d) => d.s)

// ---- A second implementation, sharing nothing with the model's engine.
// ---- Verbs are derived from principal parts by the classical derivation rules (Bescherelle,
// ---- "formation des temps"): the imparfait from the nous form of the present, the present
// ---- subjunctive from the ils form (nous and vous from the imparfait), the future and
// ---- conditional from the infinitive or a listed stem; the soft c and g of -cer and -ger verbs
// ---- are restored on the whole written form afterwards. Adjectives are looked up in a
// ---- dictionary of their four forms (Le Robert). Numbers are built with every element joined
// ---- by hyphens (the 1990 spelling) and the traditional spelling is derived from it by the
// ---- rule that only elements below one hundred, et aside, keep their hyphen.

const PERSONS: readonly Person[] = ['1s', '2s', '3s', '1p', '2p', '3p']
const idx = (p: Person) => PERSONS.indexOf(p)

/** Principal parts: the six present forms, the future stem, the past participle. */
const PARTS: Record<string, { pres: string; fut: string; pp: string; subj?: string }> = {
  être: {
    pres: 'suis es est sommes êtes sont',
    fut: 'ser',
    pp: 'été',
    subj: 'sois sois soit soyons soyez soient',
  },
  avoir: {
    pres: 'ai as a avons avez ont',
    fut: 'aur',
    pp: 'eu',
    subj: 'aie aies ait ayons ayez aient',
  },
  aller: {
    pres: 'vais vas va allons allez vont',
    fut: 'ir',
    pp: 'allé',
    subj: 'aille ailles aille allions alliez aillent',
  },
  faire: {
    pres: 'fais fais fait faisons faites font',
    fut: 'fer',
    pp: 'fait',
    subj: 'fasse fasses fasse fassions fassiez fassent',
  },
  pouvoir: {
    pres: 'peux peux peut pouvons pouvez peuvent',
    fut: 'pourr',
    pp: 'pu',
    subj: 'puisse puisses puisse puissions puissiez puissent',
  },
  vouloir: {
    pres: 'veux veux veut voulons voulez veulent',
    fut: 'voudr',
    pp: 'voulu',
    subj: 'veuille veuilles veuille voulions vouliez veuillent',
  },
  savoir: {
    pres: 'sais sais sait savons savez savent',
    fut: 'saur',
    pp: 'su',
    subj: 'sache saches sache sachions sachiez sachent',
  },
  prendre: { pres: 'prends prends prend prenons prenez prennent', fut: 'prendr', pp: 'pris' },
  comprendre: {
    pres: 'comprends comprends comprend comprenons comprenez comprennent',
    fut: 'comprendr',
    pp: 'compris',
  },
  apprendre: {
    pres: 'apprends apprends apprend apprenons apprenez apprennent',
    fut: 'apprendr',
    pp: 'appris',
  },
  venir: { pres: 'viens viens vient venons venez viennent', fut: 'viendr', pp: 'venu' },
  revenir: {
    pres: 'reviens reviens revient revenons revenez reviennent',
    fut: 'reviendr',
    pp: 'revenu',
  },
  devenir: {
    pres: 'deviens deviens devient devenons devenez deviennent',
    fut: 'deviendr',
    pp: 'devenu',
  },
  devoir: { pres: 'dois dois doit devons devez doivent', fut: 'devr', pp: 'dû' },
  partir: { pres: 'pars pars part partons partez partent', fut: 'partir', pp: 'parti' },
  mettre: { pres: 'mets mets met mettons mettez mettent', fut: 'mettr', pp: 'mis' },
  permettre: {
    pres: 'permets permets permet permettons permettez permettent',
    fut: 'permettr',
    pp: 'permis',
  },
  remettre: {
    pres: 'remets remets remet remettons remettez remettent',
    fut: 'remettr',
    pp: 'remis',
  },
  recevoir: { pres: 'reçois reçois reçoit recevons recevez reçoivent', fut: 'recevr', pp: 'reçu' },
  écrire: { pres: 'écris écris écrit écrivons écrivez écrivent', fut: 'écrir', pp: 'écrit' },
  envoyer: { pres: 'envoie envoies envoie envoyons envoyez envoient', fut: 'enverr', pp: 'envoyé' },
}
const FINIR_TYPE = new Set([
  'finir',
  'choisir',
  'remplir',
  'établir',
  'fournir',
  'réunir',
  'réussir',
])

/** The soft c and g kept before a and o: commencait → commençait, mangons → mangeons. */
function softened(word: string, stemLength: number): string {
  const at = stemLength - 1
  const next = word[stemLength] ?? ''
  if (!/[ao]/.test(next)) return word
  if (word[at] === 'c') return `${word.slice(0, at)}ç${word.slice(stemLength)}`
  if (word[at] === 'g') return `${word.slice(0, stemLength)}e${word.slice(stemLength)}`
  return word
}

function principal(inf: string): { pres: string[]; fut: string; pp: string; subj?: string[] } {
  const own = PARTS[inf]
  if (own)
    return {
      pres: own.pres.split(' '),
      fut: own.fut,
      pp: own.pp,
      ...(own.subj ? { subj: own.subj.split(' ') } : {}),
    }
  const root = inf.slice(0, -2)
  if (inf.endsWith('er')) {
    const pres = ['e', 'es', 'e', 'ons', 'ez', 'ent'].map((e) => softened(root + e, root.length))
    return { pres, fut: inf, pp: `${root}é` }
  }
  if (FINIR_TYPE.has(inf)) {
    return {
      pres: ['is', 'is', 'it', 'issons', 'issez', 'issent'].map((e) => root + e),
      fut: inf,
      pp: `${root}i`,
    }
  }
  if (inf.endsWith('re')) {
    return {
      pres: ['s', 's', '', 'ons', 'ez', 'ent'].map((e) => root + e),
      fut: inf.slice(0, -1),
      pp: `${root}u`,
    }
  }
  throw new Error(`no principal parts for ${inf}`)
}

/** The unsoftened stem of a form: mangeons → mang, commençons → commenc. */
const hard = (stem: string) => stem.replace(/ge$/, 'g').replace(/ç$/, 'c')

function conj(inf: string, t: string, p: Person): string {
  if (t === 'inf') return inf
  const pp = principal(inf)
  const i = idx(p)
  if (t === 'pres') return pp.pres[i]!
  const imparfaitStem = inf === 'être' ? 'ét' : hard(pp.pres[3]!.slice(0, -3))
  const IMPF = ['ais', 'ais', 'ait', 'ions', 'iez', 'aient']
  if (t === 'impf') return softened(imparfaitStem + IMPF[i]!, imparfaitStem.length)
  if (t === 'fut') return pp.fut + ['ai', 'as', 'a', 'ons', 'ez', 'ont'][i]!
  if (t === 'cond') return pp.fut + IMPF[i]!
  if (t === 'subj') {
    if (pp.subj) return pp.subj[i]!
    if (i === 3 || i === 4) return conj(inf, 'impf', p)
    return pp.pres[5]!.slice(0, -3) + ['e', 'es', 'e', '', '', 'ent'][i]!
  }
  throw new Error(`tense ${t}`)
}

function participle2(inf: string, agr: Agr): string {
  const ms = principal(inf).pp
  if (ms === 'dû') return { ms: 'dû', fs: 'due', mp: 'dus', fp: 'dues' }[agr]
  const tail = { ms: '', fs: 'e', mp: ms.endsWith('s') ? '' : 's', fp: 'es' }[agr]
  return ms + tail
}

/** Adjectives and pronouns that inflect like them: masculine, feminine, masc. plural, fem. plural. */
const FORMS: Record<string, string> = {
  heureux: 'heureux heureuse heureux heureuses',
  sérieux: 'sérieux sérieuse sérieux sérieuses',
  rigoureux: 'rigoureux rigoureuse rigoureux rigoureuses',
  ambitieux: 'ambitieux ambitieuse ambitieux ambitieuses',
  précieux: 'précieux précieuse précieux précieuses',
  nombreux: 'nombreux nombreuse nombreux nombreuses',
  avantageux: 'avantageux avantageuse avantageux avantageuses',
  généreux: 'généreux généreuse généreux généreuses',
  attractif: 'attractif attractive attractifs attractives',
  relu: 'relu relue relus relues',
  bleu: 'bleu bleue bleus bleues',
  vert: 'vert verte verts vertes',
  actif: 'actif active actifs actives',
  créatif: 'créatif créative créatifs créatives',
  définitif: 'définitif définitive définitifs définitives',
  positif: 'positif positive positifs positives',
  compétitif: 'compétitif compétitive compétitifs compétitives',
  exclusif: 'exclusif exclusive exclusifs exclusives',
  professionnel: 'professionnel professionnelle professionnels professionnelles',
  annuel: 'annuel annuelle annuels annuelles',
  ancien: 'ancien ancienne anciens anciennes',
  européen: 'européen européenne européens européennes',
  bon: 'bon bonne bons bonnes',
  officiel: 'officiel officielle officiels officielles',
  premier: 'premier première premiers premières',
  dernier: 'dernier dernière derniers dernières',
  entier: 'entier entière entiers entières',
  étranger: 'étranger étrangère étrangers étrangères',
  régulier: 'régulier régulière réguliers régulières',
  particulier: 'particulier particulière particuliers particulières',
  régional: 'régional régionale régionaux régionales',
  national: 'national nationale nationaux nationales',
  international: 'international internationale internationaux internationales',
  principal: 'principal principale principaux principales',
  original: 'original originale originaux originales',
  légal: 'légal légale légaux légales',
  blanc: 'blanc blanche blancs blanches',
  franc: 'franc franche francs franches',
  public: 'public publique publics publiques',
  sec: 'sec sèche secs sèches',
  long: 'long longue longs longues',
  doux: 'doux douce doux douces',
  faux: 'faux fausse faux fausses',
  bref: 'bref brève brefs brèves',
  nouveau: 'nouveau nouvelle nouveaux nouvelles',
  prêt: 'prêt prête prêts prêtes',
  complet: 'complet complète complets complètes',
  validé: 'validé validée validés validées',
  terminé: 'terminé terminée terminés terminées',
  satisfait: 'satisfait satisfaite satisfaits satisfaites',
  sûr: 'sûr sûre sûrs sûres',
  intéressé: 'intéressé intéressée intéressés intéressées',
  certain: 'certain certaine certains certaines',
  important: 'important importante importants importantes',
  récent: 'récent récente récents récentes',
  précis: 'précis précise précis précises',
  demi: 'demi demie demis demies',
  tout: 'tout toute tous toutes',
  celui: 'celui celle ceux celles',
  lequel: 'lequel laquelle lesquels lesquelles',
}
const AGRS: readonly Agr[] = ['ms', 'fs', 'mp', 'fp']
function adjective2(ms: string, agr: Agr): string {
  const forms = FORMS[ms]
  if (!forms) throw new Error(`no dictionary forms for ${ms}`)
  return forms.split(' ')[AGRS.indexOf(agr)]!
}
/** The mistaken form that adds e and s to the masculine whatever its ending. */
function naive(ms: string, agr: Agr): string {
  const fem = agr.startsWith('f')
  const plural = agr.endsWith('p')
  const stem = fem ? `${ms}e` : ms
  return plural && !(stem === ms && /[sx]$/.test(ms)) ? `${stem}s` : stem
}

// Numbers: the hyphen-first speller.
const SMALL =
  'zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize'.split(
    ' ',
  )
const DECADE: Record<number, string> = {
  2: 'vingt',
  3: 'trente',
  4: 'quarante',
  5: 'cinquante',
  6: 'soixante',
}
const SWISS: Record<number, string> = { 7: 'septante', 8: 'huitante', 9: 'nonante' }

function upTo99(n: number, flags: Set<string>, last: boolean): string[] {
  if (n < 17) return [SMALL[n]!]
  if (n < 20) return ['dix', SMALL[n - 10]!]
  const tens = Math.floor(n / 10)
  let head: string[]
  let rest: number
  if (flags.has('swiss') && tens >= 7) {
    head = [SWISS[tens]!]
    rest = n % 10
  } else if (tens >= 8) {
    head = ['quatre', 'vingt']
    rest = n - 80
  } else if (tens === 7) {
    head = ['soixante']
    rest = n - 60
  } else {
    head = [DECADE[tens]!]
    rest = n % 10
  }
  const isQuatreVingt = head[1] === 'vingt'
  if (isQuatreVingt && (flags.has('allS') || (rest === 0 && last && !flags.has('noS'))))
    head = ['quatre', 'vingts']
  if (rest === 0) return head
  const wantsEt = isQuatreVingt ? flags.has('et') : !flags.has('noEt')
  const tail = rest < 17 ? [SMALL[rest]!] : ['dix', SMALL[rest - 10]!]
  return [...head, ...((rest === 1 || rest === 11) && wantsEt ? ['et'] : []), ...tail]
}
function upTo999(n: number, flags: Set<string>, last: boolean): string[] {
  const h = Math.floor(n / 100)
  const r = n % 100
  const out: string[] = []
  if (h === 1) out.push('cent')
  if (h > 1)
    out.push(
      SMALL[h]!,
      flags.has('allS') || (r === 0 && last && !flags.has('noS')) ? 'cents' : 'cent',
    )
  if (r > 0) out.push(...upTo99(r, flags, last))
  return out
}
function tokens(n: number, flags: Set<string>): string[] {
  const th = Math.floor(n / 1000)
  const r = n % 1000
  const out: string[] = []
  if (th === 1) out.push('mille')
  if (th > 1) out.push(...upTo999(th, flags, false), flags.has('milles') ? 'milles' : 'mille')
  if (r > 0) out.push(...upTo999(r, flags, true))
  return out
}
const BIG = new Set(['cent', 'cents', 'mille', 'milles'])
function spell2(n: number, sp: string): string {
  const flags = new Set(sp.split(' '))
  const t = tokens(n, flags)
  if (flags.has('rect')) return t.join('-')
  return t.reduce((acc, w, i) => {
    if (i === 0) return w
    const prev = t[i - 1]!
    const hyphen =
      !flags.has('spaced') && !BIG.has(w) && !BIG.has(prev) && w !== 'et' && prev !== 'et'
    return acc + (hyphen ? '-' : ' ') + w
  }, '')
}

/** A term's text by the second implementation. */
function render(t: Term): string {
  switch (t[0]) {
    case 'c':
      return conj(t[1], t[2], t[3])
    case 'pp':
      return participle2(t[1], t[2])
    case 'adj':
      return adjective2(t[1], t[2])
    case 'reg':
      return naive(t[1], t[2])
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

// ---- Rule tables: what each family's key must be, read from its stem or facts.

/** The tense or construction each fill-in family's rule demands (Le Bon Usage, see the families). */
const TENSE_RULE: Record<string, string> = {
  'french-passe-compose-dated-completed-action': 'pc',
  'french-imparfait-habitual-past': 'impf',
  'french-imparfait-interrupted-background': 'impf',
  'french-passe-compose-interrupting-event': 'pc',
  'french-present-for-routine': 'pres',
  'french-future-for-a-promise': 'fut',
  'french-future-after-quand': 'fut',
  'french-present-after-si-of-condition': 'pres',
  'french-imparfait-after-si-of-unreal-condition': 'impf',
  'french-conditional-in-unreal-main-clause': 'cond',
  'french-subjunctive-after-il-faut-que': 'subj',
  'french-subjunctive-after-vouloir-que': 'subj',
  'french-subjunctive-after-bien-que': 'subj',
  'french-subjunctive-after-pour-que': 'subj',
  'french-subjunctive-after-avant-que': 'subj',
  'french-subjunctive-after-emotion': 'subj',
  'french-subjunctive-after-doubt': 'subj',
  'french-subjunctive-after-negated-opinion': 'subj',
  'french-subjunctive-after-il-est-important-que': 'subj',
  'french-indicative-after-esperer-que': 'fut',
  'french-indicative-after-affirmed-certainty': 'fut',
  'french-passe-compose-with-avoir-ignores-the-subject': 'pc',
  'french-passe-compose-with-etre-agrees-with-subject': 'pc-être',
  'french-polite-conditional-request': 'cond',
}
/** Subjects the stems use, by person, gender and number. */
const SUBJECT: Record<string, readonly [Person, Agr]> = {
  'la cliente': ['3s', 'fs'],
  Claire: ['3s', 'fs'],
  'notre graphiste': ['3s', 'ms'],
  'le client': ['3s', 'ms'],
  Marc: ['3s', 'ms'],
  'l’agence': ['3s', 'fs'],
  nous: ['1p', 'mp'],
  vous: ['2p', 'mp'],
  'les clients': ['3p', 'mp'],
  'nos traducteurs': ['3p', 'mp'],
  'Léa et Hugo': ['3p', 'mp'],
  'les rédactrices': ['3p', 'fp'],
  'la traductrice': ['3s', 'fs'],
  'les clientes': ['3p', 'fp'],
  'Paul et Léa': ['3p', 'mp'],
  'notre cheffe de projet': ['3s', 'fs'],
  'les deux graphistes, Inès et Chloé': ['3p', 'fp'],
  'les stagiaires, Hugo et Tom': ['3p', 'mp'],
}
function subjectOf(stem: string): readonly [Person, Agr] | undefined {
  const before = (/«([^»]*?)___/.exec(stem)?.[1]?.trim() ?? '').toLowerCase()
  const found = Object.keys(SUBJECT)
    .filter((k) => before.endsWith(k.toLowerCase()))
    .sort((a, b) => b.length - a.length)[0]
  return found ? SUBJECT[found] : undefined
}
/** What a key term is: a simple tense, or a compound with its auxiliary. */
function shape(t: Term): { kind: string; person?: Person; agr?: Agr } {
  if (t[0] === 'c') return { kind: t[2], person: t[3] }
  if (t[0] === 'f' && t[2]?.[0] === 'c' && t[3]?.[0] === 'pp') {
    const aux = t[2]
    return { kind: aux[1] === 'être' ? 'pc-être' : 'pc', person: aux[3], agr: t[3][2] }
  }
  if (t[0] === 'f' && t[2]?.[0] === 'c') return { kind: t[2][2], person: t[2][3] }
  return { kind: 'other' }
}

/** Nouns by gender and number (Le Robert), for agreement with a preceding object. */
const NOUN_AGR: Record<string, Agr> = {
  facture: 'fs',
  brochures: 'fp',
  devis: 'mp',
  traduction: 'fs',
  maquettes: 'fp',
  textes: 'mp',
  lettre: 'fs',
  épreuves: 'fp',
}
/** Words whose h is aspiré (Le Robert; Le Bon Usage § 48): no elision, no liaison. */
const H_ASPIRE = new Set(['hall', 'hausse', 'hasard', 'handicap', 'hauteur'])
/** Title abbreviations of the Lexique de l'Imprimerie nationale. */
const TITLES: Record<string, string> = {
  Monsieur: 'M.',
  Madame: 'Mme',
  Docteur: 'Dr',
  Maître: 'Me',
}
/** The 1990 respellings (rule 5, accent grave; rule 4, circumflex). */
const RECTIFIED: Record<string, string> = {
  événement: 'évènement',
  réglementation: 'règlementation',
  céderai: 'cèderai',
  crémerie: 'crèmerie',
  paraît: 'parait',
  apparaît: 'apparait',
  connaît: 'connait',
}
const ROMAN2: Record<number, string> = {
  12: 'XII',
  13: 'XIII',
  14: 'XIV',
  15: 'XV',
  16: 'XVI',
  17: 'XVII',
  18: 'XVIII',
  19: 'XIX',
  20: 'XX',
  21: 'XXI',
}
/** SI and customary symbols (BIPM SI Brochure; octet symbols from the CEI 80000-13 in French). */
const SYMBOLS = new Set(['Mo', 'Go', 'km', 'kg', 'min'])
const plainSpaces = (x: string) => x.replace(/[\u00a0\u202f]/g, ' ')

describeEngineIndependent('French language scenarios', () => {
  it('are at least 90 distinct families, each drawn without a programming error', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(FAMILIES.length).toBeGreaterThanOrEqual(90)
    expect(FAMILIES.every((f) => f.id.startsWith('french-'))).toBe(true)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
  })

  it('have keys that the principal-parts conjugator, the dictionary and the number speller give', () => {
    const wrong = DRAWN.filter(({ s }) => render(s.terms.key) !== s.key).map(
      ({ family, s }) => `${family}: ${s.key} ≠ ${render(s.terms.key)}`,
    )
    expect([...new Set(wrong)].slice(0, 10)).toEqual([])
  })

  it('have distractors that are each their named mistake’s text and never the key', () => {
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

  it('put each verb key in the tense its rule demands, agreeing with the subject of the stem', () => {
    const off: string[] = []
    for (const { family, s } of DRAWN) {
      const rule = TENSE_RULE[family]
      if (!rule) continue
      const k = shape(s.terms.key)
      if (k.kind !== rule) off.push(`${family}: ${k.kind}`)
      if (family === 'french-polite-conditional-request') {
        if (k.person !== '2p') off.push(`${family}: vous`)
        continue
      }
      const subj = subjectOf(s.stem)
      if (!subj) off.push(`${family}: no known subject in ${s.stem}`)
      else if (subj[0] !== k.person) off.push(`${family}: person ${k.person} for ${subj[0]}`)
      // être agrees with the subject (§ 936); avoir never does (§ 943)
      if (subj && rule === 'pc-être' && k.agr !== subj[1]) off.push(`${family}: être unagreed`)
      if (subj && rule === 'pc' && k.agr !== 'ms') off.push(`${family}: avoir agreed`)
    }
    expect([...new Set(off)].slice(0, 10)).toEqual([])
  })

  it('agree participles and adjectives by the rules of Le Bon Usage', () => {
    const off: string[] = []
    const pInf = (s: FrScenario) => /form of «([^»]+)»/.exec(s.stem)![1]!
    for (const s of [
      ...byFamily('french-participle-agrees-with-preceding-que'),
      ...byFamily('french-participle-agrees-with-preceding-object-pronoun'),
    ]) {
      const words = s.stem
        .split('»: «')[1]!
        .toLowerCase()
        .split(/[\s?.]+/)
      const noun = Object.keys(NOUN_AGR).find((n) => words.includes(n))!
      if (s.key !== participle2(pInf(s), NOUN_AGR[noun]!)) off.push(`preceding object: ${s.key}`)
    }
    // two participles: the first never agrees (object after it, en, or an indirect se), the
    // second agrees with its preceding direct object (§§ 943-944, 947-948)
    const REFLEXIVE_SUBJECT: Record<string, Agr> = {
      'les deux rédactrices': 'fp',
      'nos associés': 'mp',
      'claire et inès': 'fp',
      'les chefs de projet': 'mp',
    }
    for (const id of [
      'french-participle-ignores-a-following-object',
      'french-participle-never-agrees-with-en',
      'french-pronominal-participle-ignores-indirect-reflexive',
    ]) {
      for (const s of byFamily(id)) {
        const [, first, second] = /participles of «([^»]+)» and «([^»]+)»/.exec(s.stem)!
        const sentence = s.stem.split('order: «')[1]!.toLowerCase()
        const words = sentence.split(/[\s?.,]+/)
        const agr = id.includes('reflexive')
          ? REFLEXIVE_SUBJECT[Object.keys(REFLEXIVE_SUBJECT).find((k) => sentence.startsWith(k))!]!
          : NOUN_AGR[Object.keys(NOUN_AGR).find((n) => words.includes(n))!]!
        const want = `${participle2(first!, 'ms')} … ${participle2(second!, agr)}`
        if (s.key !== want) off.push(`${id}: ${s.key} ≠ ${want}`)
      }
    }
    // nouns of both genders take the masculine plural (§ 439)
    for (const s of byFamily('french-adjective-mixed-genders-take-masculine-plural')) {
      const [, x, y] = /forms of «([^»]+)» and «([^»]+)»/.exec(s.stem)!
      if (s.key !== `${adjective2(x!, 'mp')} … ${adjective2(y!, 'mp')}`)
        off.push(`mixed genders: ${s.key}`)
    }
    // each blank takes the gender of the plural noun before it; -al makes -aux in the masculine
    const PLURAL_NOUN: Record<string, Agr> = {
      contrats: 'mp',
      devis: 'mp',
      projets: 'mp',
      rideaux: 'mp',
      boutons: 'mp',
      offres: 'fp',
      propositions: 'fp',
      réponses: 'fp',
      vestes: 'fp',
      étiquettes: 'fp',
    }
    const blanks = (sentence: string) =>
      [...sentence.matchAll(/des (\S+) ___/g)].map((m) => PLURAL_NOUN[m[1]!]!)
    for (const s of byFamily('french-adjective-plural-al-aux')) {
      const ms = /of «([^»]+)»/.exec(s.stem)![1]!
      const [g, h] = blanks(s.stem)
      if (s.key !== `${adjective2(ms, g!)} … ${adjective2(ms, h!)}`) off.push(`-al: ${s.key}`)
    }
    // a compound colour stays invariable (§ 555); a simple colour agrees
    for (const s of byFamily('french-compound-colour-adjective-is-invariable')) {
      const [, compound, simple] = /with «([^»]+)» and then «([^»]+)»/.exec(s.stem)!
      const [, h] = blanks(s.stem)
      if (s.key !== `${compound} … ${adjective2(simple!, h!)}`) off.push(`colour: ${s.key}`)
    }
    // demi before the noun is invariable and hyphenated; after it, it takes the noun's gender
    // only (§ 561): every noun after it here is feminine
    for (const s of byFamily('french-demi-before-the-noun-is-invariable')) {
      const fem = /deux (heures|semaines|journées) et ___/.test(s.stem)
      if (!s.stem.includes('une ___-') || !fem || s.key !== 'demi … demie')
        off.push(`demi: ${s.key}`)
    }
    // the vous of politeness takes the gender and number of the one person it addresses
    for (const s of byFamily('french-vous-of-politeness-takes-a-singular-attribute')) {
      const ms = /forms of «([^»]+)»/.exec(s.stem)![1]!
      const g: Agr = s.stem.includes('Madame') ? 'fs' : 'ms'
      const h: Agr = s.stem.includes('sont-elles') ? 'fp' : 'mp'
      if (s.key !== `${adjective2(ms, g)} … ${adjective2(ms, h)}`) off.push(`vous: ${s.key}`)
    }
    expect([...new Set(off)].slice(0, 10)).toEqual([])
  })

  it('choose pronouns, determiners and relatives by their rule tables', () => {
    const off: string[] = []
    const check = (id: string, ok: (s: FrScenario) => boolean) => {
      for (const s of byFamily(id)) if (!ok(s)) off.push(`${id}: ${s.key}`)
    }
    check(
      'french-y-replaces-a-plus-thing',
      (s) => /^Oui, j’y ai /.test(s.key) && / à | au /.test(s.stem),
    )
    check('french-lui-leur-replace-a-plus-person', (s) =>
      s.key.startsWith(`Oui, je ${/ aux /.test(s.stem) ? 'leur' : 'lui'} ai `),
    )
    check(
      'french-en-replaces-de-plus-thing',
      (s) => s.key.startsWith('Oui, j’en ') && / du | de /.test(s.stem),
    )
    check('french-en-with-a-quantity', (s) => s.key.startsWith('Oui, j’en ai'))
    check('french-direct-pronoun-and-participle-agreement', (s) => {
      const agr = s.facts!.agr as Agr
      const inf = `${/avez (\S+)é /.exec(s.stem)![1]}er`
      return s.key === `Oui, je ${agr.endsWith('p') ? 'les ' : 'l’'}ai ${participle2(inf, agr)}.`
    })
    check('french-pronoun-order-le-before-lui', (s) => {
      const direct = / le | la | les /.exec(s.stem.split('«')[1]!)![0].trim()
      const indirect = / aux /.test(s.stem) ? 'leur' : 'lui'
      return s.key.startsWith(`Nous ${direct} ${indirect} `)
    })
    check('french-pronoun-order-me-before-le', (s) => {
      const [, pro, verb] = /^Pourriez-vous me (l’|le |la |les )(\S+) \?$/.exec(s.key) ?? []
      return pro !== undefined && (pro === 'l’') === (/^[aeéiou]/.test(verb!) && pro !== 'les ')
    })
    check('french-affirmative-imperative-pronoun-order', (s) =>
      /^\w+ez-(le|la|les)-moi\.$/.test(s.key),
    )
    for (const id of [
      'french-partitive-becomes-de-after-negation',
      'french-de-after-an-adverb-of-quantity',
    ]) {
      check(id, (s) => {
        const n = s.facts!.noun as string
        return s.key === (/^[aeéiou]/.test(n) ? `d’${n}` : `de ${n}`)
      })
    }
    check(
      'french-demonstrative-celui-agrees-with-its-noun',
      (s) => s.key === adjective2('celui', s.facts!.agr as Agr),
    )
    check(
      'french-lequel-after-a-preposition-agrees',
      (s) => s.key === adjective2('lequel', s.facts!.agr as Agr),
    )
    check('french-leur-pronoun-invariable-leur-determiner-agrees', (s) =>
      s.key.startsWith(`Nous leur avons envoyé ${s.facts!.plural ? 'leurs' : 'leur'} `),
    )
    check('french-mon-son-before-a-feminine-vowel-noun', (s) => /^(mon|son) [aeéiou]/.test(s.key))
    check(
      'french-relative-qui-subject-que-object',
      (s) => s.key === (s.facts!.role === 'subject' ? 'qui' : 'que'),
    )
    check('french-relative-dont-or-ou', (s) => s.key === (s.facts!.role === 'de' ? 'dont' : 'où'))
    check(
      'french-ce-qui-or-ce-que-in-indirect-questions',
      (s) => s.key === (s.facts!.role === 'subject' ? 'ce qui' : 'ce que'),
    )
    check('french-vous-register-kept-consistent', (s) => /^votre .* nous vous \S+$/.test(s.key))
    expect([...new Set(off)].slice(0, 10)).toEqual([])
  })

  it('space, quote, elide and spell by the typographic and spelling rules', () => {
    const off: string[] = []
    const check = (id: string, ok: (s: FrScenario) => boolean) => {
      for (const s of byFamily(id)) if (!ok(s)) off.push(`${id}: ${s.key}`)
    }
    check(
      'french-space-before-high-punctuation',
      (s) => /^[^:;!?,.]*( [:;!?]|[,.])/.test(s.key) && !/\S[:;!?]| [,.]/.test(s.key),
    )
    check('french-guillemets-with-inner-spaces', (s) => /« [^«»]+ »/.test(s.key))
    check(
      'french-accents-kept-on-capitals',
      (s) => s.key === (s.facts!.phrase as string).toLocaleUpperCase('fr-FR'),
    )
    check('french-euphonic-t-in-inversion', (s) => {
      const [, verb, t] = /^(\S+?)(-t-|-)(il|elle|on)$/.exec(s.key) ?? []
      return verb !== undefined && (t === '-t-') === /[aeioué]$/i.test(verb)
    })
    check('french-title-abbreviations', (s) =>
      s.key.startsWith(`${TITLES[s.facts!.title as string]} `),
    )
    check(
      'french-si-elides-before-il-not-elle',
      (s) => /s’ils? /.test(s.key) && /si elles? /.test(s.key),
    )
    check('french-h-muet-elides-h-aspire-does-not', (s) => {
      const n = s.facts!.noun as string
      return H_ASPIRE.has(n) ? /^(du|de la) /.test(s.key) : s.key === `de l’${n}`
    })
    check('french-homophones-se-and-ce', (s) => / se demande si ce /.test(s.key))
    check('french-homophones-s-est-and-c-est', (s) => / s’est .* : c’est /.test(s.key))
    check(
      'french-lower-case-languages-and-adjectives',
      (s) => s.key === s.key.charAt(0) + s.key.slice(1).toLowerCase(),
    )
    check('french-grave-accent-by-the-stated-spelling', (s) => {
      const trad = s.facts!.trad as string
      return s.key === (s.facts!.style === 'rect' ? RECTIFIED[trad] : trad)
    })
    check('french-circumflex-by-the-stated-spelling', (s) => {
      const trad = /(\S+) élevé/.exec(s.key)![1]!
      const isTrad = trad in RECTIFIED
      const rectStem = s.stem.includes('follows the 1990')
      return s.key.includes(' dû ') && (rectStem ? !isTrad : isTrad)
    })
    expect([...new Set(off)].slice(0, 10)).toEqual([])
  })

  it('write numbers, amounts and dates as Intl fr-FR and the typographic rules give them', () => {
    const off: string[] = []
    let checked = 0
    const fr2 = new Intl.NumberFormat('fr-FR', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    })
    for (const { family, s } of DRAWN) {
      const f = s.facts ?? {}
      const want = (x: string) => {
        checked++
        if (s.key !== x) off.push(`${family}: ${s.key} ≠ ${x}`)
      }
      if (f.kind === 'number') want(plainSpaces(fr2.format(f.v as number)))
      if (f.kind === 'percent')
        want(
          plainSpaces(
            new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1 }).format(
              (f.v as number) / 100,
            ),
          ),
        )
      if (f.kind === 'euro')
        want(
          plainSpaces(
            new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(
              f.v as number,
            ),
          ),
        )
      if (f.kind === 'date') {
        const d = new Date(Date.UTC(f.y as number, f.m as number, f.d as number))
        want(
          new Intl.DateTimeFormat('fr-FR', {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            timeZone: 'UTC',
          }).format(d),
        )
      }
      if (f.kind === 'first') want(`le 1er ${f.mo} ${/\d{4}/.exec(s.stem)![0]}`)
      if (f.kind === 'ordinal') want(`${f.n}e`)
      if (f.kind === 'premier') want(f.fem ? '1re' : '1er')
      if (f.kind === 'century') want(`${ROMAN2[f.n as number]}e siècle`)
      if (f.kind === 'time') want(`${f.h} h ${f.mm}`)
      if (f.kind === 'unit') {
        checked++
        const [, n, sym] = /^(\d+) (\S+)$/.exec(s.key) ?? []
        if (!n || !SYMBOLS.has(sym!)) off.push(`${family}: ${s.key}`)
      }
      if (f.kind === 'billion') want(`${f.whole},${f.dec} milliards`)
      if (typeof f.n === 'number' && (f.style === 'trad' || f.style === 'rect'))
        want(spell2(f.n, f.style))
    }
    expect([...new Set(off)].slice(0, 10)).toEqual([])
    expect(checked).toBeGreaterThan(3000)
  })
})
