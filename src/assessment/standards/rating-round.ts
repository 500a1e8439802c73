/**
 * Modified Angoff standard setting (Angoff 1971; Cizek & Bunch 2007, ch. 6): each panellist
 * judges, for the items of a content domain (or one family), the probability that a minimally
 * competent freelancer — the borderline candidate who just deserves the credential — answers
 * correctly. A round is one recorded judgment: who, when, why, and the ratings.
 */
export interface AngoffRating {
  /** The blueprint domain rated; the rating applies to each of its items. */
  readonly domain: string
  /** Probability the borderline candidate answers an item of the domain correctly, in (0, 1). */
  readonly probability: number
  /** Why the panel judged so (what makes the domain's items easy or hard for that candidate). */
  readonly rationale: string
}

export type PanelKind = 'platform-content-authors' | 'external'

export interface RatingRound {
  /** Stable id, e.g. `platform-2026-12`. */
  readonly id: string
  /** The test the round was held for; absent for a round that rates domains across tests. */
  readonly testId?: string
  /** Who the panel is: the platform's own content authors, or an external panel. */
  readonly panel: PanelKind
  /** The raters as they sign the round (names or roles). */
  readonly raters: readonly string[]
  /** ISO date (YYYY-MM-DD) of the judgment. */
  readonly ratedOn: string
  /** What the panel was told a minimally competent freelancer is, and how it rated. */
  readonly rationale: string
  /**
   * The panel's rating for a domain it did not rate one by one, or absent: then unrated domains
   * take a later-resort round's rating.
   */
  readonly defaultRating?: { readonly probability: number; readonly rationale: string }
  readonly ratings: readonly AngoffRating[]
}

/** What is wrong with a round, or null: for the CLI and API to refuse it with the reason named. */
export function ratingRoundProblem(round: RatingRound): string | null {
  if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(round.id)) return 'id must be a lower-case slug'
  if (round.panel !== 'platform-content-authors' && round.panel !== 'external')
    return 'panel must be "platform-content-authors" or "external"'
  if (round.raters.length === 0 || round.raters.some((r) => r.trim() === ''))
    return 'raters must name at least one rater'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(round.ratedOn) || Number.isNaN(Date.parse(round.ratedOn)))
    return 'ratedOn must be a date YYYY-MM-DD'
  if (round.rationale.trim() === '') return 'rationale must say how the panel rated'
  if (round.ratings.length === 0 && !round.defaultRating) return 'a round needs ratings'
  const seen = new Set<string>()
  for (const r of [...round.ratings, ...(round.defaultRating ? [round.defaultRating] : [])]) {
    const name = 'domain' in r ? `rating of ${r.domain}` : 'default rating'
    if (!(r.probability > 0 && r.probability < 1)) return `${name}: probability must be in (0, 1)`
    if (r.rationale.trim() === '') return `${name}: rationale is empty`
  }
  for (const r of round.ratings) {
    if (seen.has(r.domain)) return `domain ${r.domain} is rated twice`
    seen.add(r.domain)
  }
  return null
}
