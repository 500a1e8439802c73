import type { Category } from '../category.js'
import type { EqfLevel } from '../test-definition.js'
import type { ModelDomainName } from './model-domains.js'

/** A domain written by people: its items come from the authored bank. */
export interface AuthoredDomain {
  readonly id: string
  readonly title: string
  readonly outcome: string
}

/** A blueprint entry: a model-backed domain by name, or an authored one, with its weight in percent. */
export type DomainRef = readonly [ModelDomainName | AuthoredDomain, number]

/** One reviewed line of the catalog table. */
export interface CatalogRow {
  readonly id: string
  readonly title: string
  readonly category: Category
  readonly eqfLevel: EqfLevel
  readonly workloadHours: number
  readonly domains: readonly DomainRef[]
  readonly escoUri?: string
  readonly skillLabel?: string
  /** The job-task analysis the blueprint's domains and weights come from. */
  readonly jobTaskAnalysis?: string
  /**
   * Scored items a form holds, when the job-task analysis sets a shorter form than the platform's
   * default (an entry-level test whose domains a short form samples well).
   */
  readonly scoredItems?: number
}

/** Compact constructor for the tables: `row(id, title, category, eqf, hours, domains)`. */
export function row(
  id: string,
  title: string,
  category: Category,
  eqfLevel: EqfLevel,
  workloadHours: number,
  domains: readonly DomainRef[],
  skill: {
    readonly escoUri?: string
    readonly label?: string
    readonly jobTaskAnalysis?: string
    readonly scoredItems?: number
  } = {},
): CatalogRow {
  return {
    id,
    title,
    category,
    eqfLevel,
    workloadHours,
    domains,
    ...(skill.escoUri ? { escoUri: skill.escoUri } : {}),
    ...(skill.label ? { skillLabel: skill.label } : {}),
    ...(skill.jobTaskAnalysis ? { jobTaskAnalysis: skill.jobTaskAnalysis } : {}),
    ...(skill.scoredItems ? { scoredItems: skill.scoredItems } : {}),
  }
}

/** An authored domain; the outcome defaults to applying the domain's knowledge. */
export function authored(id: string, title: string, outcome?: string): AuthoredDomain {
  return {
    id,
    title,
    outcome: outcome ?? `Apply ${title.charAt(0).toLowerCase()}${title.slice(1)} in practice`,
  }
}
