import {
  lzStar,
  minimumAnswerMs,
  PERSON_MISFIT_LZ_STAR,
  TOO_FAST_SHARE,
} from '../psychometrics/index.js'

/**
 * A pace whose gaps between answers vary less than this (coefficient of variation) is a
 * script's sleep, not a reader: people spend seconds on one item and minutes on the next.
 */
export const METRONOME_MAX_VARIATION = 0.1
/** The pace signal needs this many answers before it means anything. */
export const METRONOME_MIN_ANSWERS = 10

export type IntegrityFindingKind =
  | 'too-fast'
  | 'metronome-pace'
  | 'person-misfit'
  | 'unverified-email'

/** Why a pass is held: a kind, a sentence for the reviewer, and the figures behind it. */
export interface IntegrityFinding {
  readonly kind: IntegrityFindingKind
  readonly summary: string
  readonly details: Readonly<Record<string, unknown>>
}

/** One delivered item as the review reads it. */
export interface ReviewedItem {
  /** Words the candidate had to read: stem and options. */
  readonly words: number
  /** When it was first answered; null when left unanswered. */
  readonly firstAnsweredAt: Date | null
  readonly correct: boolean
  readonly scored: boolean
  /** Rasch difficulty when the test is calibrated and the item is. */
  readonly difficulty: number | null
}

/**
 * What a pass's own answers say about who gave them, decided before any credential is issued
 * (the statistics page says it only afterwards): answers faster than reading on at least
 * `TOO_FAST_SHARE` of the items, a metronome pace, a response pattern misfitting the test's Rasch
 * scale (lz* ≤ `PERSON_MISFIT_LZ_STAR`), or an address never confirmed. Each answer's time is the
 * gap since the previous first answer (or the start), since a form may show every item at once.
 *
 * @example reviewIntegrity({ startedAt, items, emailVerified: true }).length // 0: issue
 */
export function reviewIntegrity(input: {
  readonly startedAt: Date
  readonly items: readonly ReviewedItem[]
  readonly emailVerified: boolean
}): IntegrityFinding[] {
  const findings: IntegrityFinding[] = []
  const answered = input.items
    .filter((i): i is ReviewedItem & { firstAnsweredAt: Date } => i.firstAnsweredAt !== null)
    .sort((a, b) => a.firstAnsweredAt.getTime() - b.firstAnsweredAt.getTime())
  let previous = input.startedAt.getTime()
  const gaps = answered.map((item) => {
    const gap = item.firstAnsweredAt.getTime() - previous
    previous = item.firstAnsweredAt.getTime()
    return { item, gap }
  })
  const tooFast = gaps.filter(({ item, gap }) => gap < minimumAnswerMs(item.words)).length
  if (gaps.length > 0 && tooFast >= TOO_FAST_SHARE * gaps.length) {
    findings.push({
      kind: 'too-fast',
      summary: `${tooFast} of ${gaps.length} answers came faster than the items can be read`,
      details: { tooFast, answered: gaps.length },
    })
  }
  if (gaps.length >= METRONOME_MIN_ANSWERS) {
    const mean = gaps.reduce((sum, g) => sum + g.gap, 0) / gaps.length
    const sd = Math.sqrt(gaps.reduce((sum, g) => sum + (g.gap - mean) ** 2, 0) / gaps.length)
    const variation = mean > 0 ? sd / mean : 0
    if (variation < METRONOME_MAX_VARIATION) {
      findings.push({
        kind: 'metronome-pace',
        summary: `${gaps.length} answers came at an even pace (about ${Math.round(mean / 1000)} s apart, variation ${variation.toFixed(3)})`,
        details: { answers: gaps.length, meanGapMs: Math.round(mean), variation },
      })
    }
  }
  const calibrated = input.items.flatMap((i) =>
    i.scored && i.difficulty !== null ? [{ difficulty: i.difficulty, correct: i.correct }] : [],
  )
  const fit = lzStar(calibrated)
  if (fit !== null && fit <= PERSON_MISFIT_LZ_STAR) {
    findings.push({
      kind: 'person-misfit',
      summary: `the pattern of right and wrong answers misfits the test's scale (lz* ${fit.toFixed(2)})`,
      details: { lzStar: fit, items: calibrated.length },
    })
  }
  if (!input.emailVerified) {
    findings.push({
      kind: 'unverified-email',
      summary: 'the address the credential would name was never confirmed',
      details: {},
    })
  }
  return findings
}
