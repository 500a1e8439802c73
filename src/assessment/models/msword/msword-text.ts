import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

/**
 * A Word scenario. `calc` carries what a computed answer follows from (a date and a date-time
 * picture, a value and a numeric picture, a document's sections) under a `kind` the key test
 * recognises, and for every answer shown the slip (named mistake, or `key`) that produced it,
 * so the key test can work each answer out again with its own implementation. Rule families
 * carry `rule`, the id of the documented behaviour the key states, which the key test checks
 * against its own cited table.
 */
export interface WordScenario extends Scenario {
  readonly calc?: {
    readonly kind: string
    readonly in: Readonly<Record<string, unknown>>
    readonly slips: Readonly<Record<string, string>>
  }
  readonly rule?: string
}

export interface WordFamily extends ScenarioFamily {
  draw(rng: Rng): WordScenario
}

export const family = (id: string, draw: (rng: Rng) => WordScenario): WordFamily => ({ id, draw })

/**
 * A family whose drawn case sometimes gives fewer than three distinct mistakes (a document with
 * no fourth-level heading makes "four levels" and "every level" agree): draws again, up to 20
 * times, before refusing.
 */
export const redrawn = (id: string, draw: (rng: Rng) => WordScenario): WordFamily =>
  family(id, (rng) => {
    for (let n = 1; ; n++) {
      try {
        return draw(rng)
      } catch (error) {
        if (!(error instanceof VariantError) || n >= 20) throw error
      }
    }
  })

/** An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export const ordinal = (n: number): string => {
  const teen = n % 100 >= 11 && n % 100 <= 13
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10]
  return `${n}${suffix ?? 'th'}`
}

/** Clients a virtual assistant produces Word documents for. */
const CLIENTS = [
  'a family law practice',
  'an architecture studio',
  'a charity',
  'a property management firm',
  'a management consultant',
  'a dental clinic',
  'a university research group',
  'a wedding planner',
  'an accountancy practice',
  'a recruitment agency',
  'a software start-up',
  'a landscape gardener',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

/** Documents a virtual assistant builds in Word. */
const DOCUMENTS = [
  'tender response',
  'annual report',
  'policy manual',
  'grant application',
  'client proposal',
  'staff handbook',
  'board pack',
  'research report',
] as const
export const document = (rng: Rng): string => rng.pick(DOCUMENTS)

/**
 * Computed answers: each tagged with the slip that gives it. Answers that show as the key or an
 * earlier answer are dropped, and fewer than three left is a refused draw. All are offered; the
 * item model (which aims the key's place) picks three.
 */
export function worked(
  rng: Rng,
  spec: {
    stem: string
    kind: string
    in: Record<string, unknown>
    key: string
    wrong: readonly (readonly [slip: string, text: string, mistake: string])[]
    code?: boolean
  },
): WordScenario {
  const slips: Record<string, string> = { [spec.key]: 'key' }
  const wrong: Wrong[] = []
  for (const [slip, text, mistake] of spec.wrong) {
    if (text in slips || text.trim() === '') continue
    slips[text] = slip
    wrong.push([text, mistake])
  }
  if (wrong.length < 3) throw new VariantError('fewer than three distinct mistakes')
  const shown = rng.shuffle(wrong)
  return {
    stem: spec.stem,
    key: spec.key,
    wrong: shown,
    ...(spec.code === undefined ? {} : { code: spec.code }),
    calc: {
      kind: spec.kind,
      in: spec.in,
      slips: Object.fromEntries([spec.key, ...shown.map(([t]) => t)].map((t) => [t, slips[t]!])),
    },
  }
}

/**
 * A documented behaviour of Word, asked in one of several situations. `keys` are true wordings
 * of the behaviour, one drawn per item, of lengths like the mistakes', so no wording marks the
 * key; `wrong` are named misconceptions, all offered for the item model to pick three.
 */
export interface WordRule {
  readonly id: string
  readonly stems: readonly string[]
  readonly keys: readonly string[]
  readonly wrong: readonly Wrong[]
}

/** A rule as written in a table: each wrong answer a pair of its text and its mistake. */
type RuleRow = Omit<WordRule, 'wrong'> & { readonly wrong: readonly (readonly string[])[] }

/** A keystroke such as Ctrl+F9, Shift+F1 or F9 named in an option. */
const SHORTCUT = /\b(?:Ctrl|Alt|Shift)\+|\bF\d{1,2}\b/
/**
 * Keystrokes are asked for Word on Windows only (Mac keys differ), so a stem whose options name
 * one says so when it does not already.
 */
function onWindows(stem: string, options: readonly string[]): string {
  if (/Windows/.test(stem) || !options.some((o) => SHORTCUT.test(o))) return stem
  const first = /^(?:[A-Z][a-z]|A )/.test(stem) ? stem[0]!.toLowerCase() + stem.slice(1) : stem
  return `In Word on Windows, ${first}`
}

export const ruleFamily = (r: RuleRow): WordFamily => {
  // Wordings of the key with longer and shorter mistakes beside them, so that neither the
  // longest nor the shortest option is the key by its wording alone.
  const lengths = r.wrong.map(([t]) => t!.length)
  const placed = r.keys.filter(
    (k) =>
      lengths.filter((n) => n > k.length).length >= 2 &&
      lengths.filter((n) => n < k.length).length >= 1,
  )
  const keys = placed.length > 0 ? placed : r.keys
  return family(r.id, (rng) => {
    const key = rng.pick(keys)
    const seen = new Set([key])
    const pairs = r.wrong.map(([t, m]) => [t!, m!] as const)
    const distinct = pairs.filter(([t]) => !seen.has(t) && seen.add(t))
    if (distinct.length < 3) throw new VariantError('fewer than three distinct mistakes')
    const stem = onWindows(
      rng.pick(r.stems).replace('{client}', client(rng)).replace('{doc}', document(rng)),
      [key, ...distinct.map(([t]) => t)],
    )
    return { stem, key, wrong: rng.shuffle(distinct), rule: r.id }
  })
}
