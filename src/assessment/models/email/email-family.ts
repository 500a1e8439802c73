import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

/**
 * What a DNS-record family asks of its options, read only by the tests, which parse every option
 * against the RFC's grammar and semantics: the key meets every expectation, each distractor
 * breaks one.
 *
 * - `spf`: the hosts each `include:` domain authorises and the DNS lookups its own record makes
 *   (as the stem states them), the domain's own A and MX addresses where stated, and the
 *   addresses the record must pass and must fail.
 * - `dmarc`: the effective policy the record must publish once RFC 7489's defaults are applied.
 */
export type RecordExpectation =
  | {
      readonly kind: 'spf'
      readonly includes: Readonly<
        Record<string, { readonly nestedLookups: number; readonly ip4: readonly string[] }>
      >
      /** The A and MX addresses of the record's own domain, where the stem states them. */
      readonly hosts?: { readonly a: readonly string[]; readonly mx: readonly string[] }
      readonly pass: readonly string[]
      readonly fail: readonly string[]
    }
  | {
      readonly kind: 'dmarc'
      readonly p: 'none' | 'quarantine' | 'reject'
      readonly sp?: 'none' | 'quarantine' | 'reject'
      readonly pct?: number
      readonly adkim?: 'r' | 's'
      readonly aspf?: 'r' | 's'
      readonly rua?: readonly string[]
    }

/** A drawn case with the figures its key is computed from, for the tests to recompute. */
export interface EmailScenario extends Scenario {
  readonly figures?: Readonly<Record<string, number | string>>
}

/**
 * One email-marketing rule: `source` names the law, RFC or provider rule (with its section) the
 * key is read from, or says the key is computed from the stem's figures or stated rules.
 */
export interface EmailFamily extends ScenarioFamily {
  readonly source: string
  readonly record?: RecordExpectation
  draw(rng: Rng): EmailScenario
}

/** A family whose answers are fixed text; only the stem's wording may be drawn. */
export function ruled(
  id: string,
  source: string,
  stem: string | readonly string[],
  key: string,
  wrong: readonly Wrong[],
  record?: RecordExpectation,
): EmailFamily {
  const stems = typeof stem === 'string' ? [stem] : stem
  return {
    id,
    source,
    ...(record ? { record } : {}),
    draw: (rng) => ({ stem: rng.pick(stems), key, wrong }),
  }
}

/** A percentage as reports show it: `2.4 %`. */
export const percent = (ratio: number, digits = 1): string => `${(ratio * 100).toFixed(digits)} %`

/** A count with thousands separators: `12,400`. */
export const count = (n: number): string => n.toLocaleString('en-US')

/** An amount in US dollars with cents: `$1,234.50`. */
export const dollars = (n: number): string =>
  `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

/**
 * The family with draws kept only when the named mistakes give at least three answers other
 * than the key (with some figures two mistakes coincide); a draw is retried, never padded.
 */
export function withThreeMistakes(family: EmailFamily): EmailFamily {
  return {
    ...family,
    draw: (rng) => {
      for (let tries = 0; tries < 500; tries++) {
        const s = family.draw(rng)
        if (new Set(s.wrong.map(([t]) => t).filter((t) => t !== s.key)).size >= 3) return s
      }
      throw new VariantError(`${family.id}: no draw with three distinct mistakes`)
    },
  }
}

/** Each family of a list kept to draws with three distinct mistakes. */
export const eachWithThreeMistakes = (families: readonly EmailFamily[]): readonly EmailFamily[] =>
  families.map(withThreeMistakes)
