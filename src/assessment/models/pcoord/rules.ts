import { writeMoney } from './earned-value.js'

export type Letter = 'R' | 'A' | 'C' | 'I'

/** A band of a stated scale: scores from `min` up (inclusive) get `label`. */
export interface Band {
  readonly min: number
  readonly label: string
}

export interface ChangeRequest {
  readonly id: string
  readonly amount: number
  readonly status: 'approved' | 'pending' | 'rejected'
}

export interface ActionItem {
  readonly owner: string
  readonly due: number
  readonly done: boolean
}

/**
 * A reading of a stated rule: a risk matrix, a RACI row, change-control thresholds, a change
 * log, a status rule or an action list. Mistaken readings set `slip` to say how they went wrong.
 */
export type RuleCalc =
  | {
      readonly op: 'rule'
      readonly kind: 'riskBand'
      readonly probability: number
      readonly impact: number
      readonly bands: readonly Band[]
      readonly slip?: 'added' | 'impactOnly' | 'probabilityOnly' | 'bandAbove'
    }
  | {
      readonly op: 'rule'
      readonly kind: 'raci'
      readonly row: readonly (readonly [person: string, letter: Letter])[]
      readonly ask: Letter
      /** Went to whoever holds this letter instead. */
      readonly slip?: Letter
    }
  | {
      readonly op: 'rule'
      readonly kind: 'raciCount'
      readonly row: readonly (readonly [person: string, letter: Letter])[]
      readonly ask: readonly Letter[]
      readonly slip?: readonly Letter[]
    }
  | {
      readonly op: 'rule'
      readonly kind: 'approver'
      readonly cost: number
      readonly days: number
      readonly milestone: boolean
      /** Approvers from the lowest: cost up to `cost` and days up to `days` each, inclusive. */
      readonly levels: readonly {
        readonly who: string
        readonly cost: number
        readonly days: number
      }[]
      /** Who approves anything that moves a milestone. */
      readonly board: string
      readonly slip?:
        | 'costOnly'
        | 'daysOnly'
        | 'ignoredMilestone'
        | 'straightToTop'
        | 'exclusiveLimits'
    }
  | {
      readonly op: 'rule'
      readonly kind: 'changedBudget'
      readonly baseline: number
      readonly changes: readonly ChangeRequest[]
      readonly currency: string
      readonly slip?: 'withPending' | 'everyRequest' | 'baselineOnly'
    }
  | {
      readonly op: 'rule'
      readonly kind: 'emv'
      readonly risks: readonly { readonly p: number; readonly impact: number }[]
      readonly currency: string
      readonly slip?: 'impacts' | 'largest' | 'likelyOnly' | 'largestImpact'
    }
  | {
      readonly op: 'rule'
      readonly kind: 'rag'
      readonly spi: number
      readonly cpi: number
      /** Ratings by the lower of the two indices, each from its `min` up. */
      readonly bands: readonly Band[]
      readonly slip?: 'costOnly' | 'scheduleOnly' | 'average' | 'better' | 'bandAbove'
    }
  | {
      readonly op: 'rule'
      readonly kind: 'grid'
      readonly power: 'high' | 'low'
      readonly interest: 'high' | 'low'
      readonly slip?: 'swappedAxes' | 'powerOnly' | 'interestOnly'
    }
  | {
      readonly op: 'rule'
      readonly kind: 'overdue'
      readonly actions: readonly ActionItem[]
      readonly today: number
      readonly owner?: string
      readonly slip?: 'dueTodayLate' | 'countedDone' | 'everyOwner' | 'graceDay'
    }

const band = (score: number, bands: readonly Band[], above = false) =>
  [...bands].sort((a, b) => b.min - a.min).find((b) => (above ? score > b.min : score >= b.min))
    ?.label ?? [...bands].sort((a, b) => a.min - b.min)[0]!.label

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`
const actions = (n: number) => `${n} action${n === 1 ? '' : 's'}`

export function readRule(c: RuleCalc): string {
  switch (c.kind) {
    case 'riskBand': {
      const score =
        c.slip === 'added'
          ? c.probability + c.impact
          : c.slip === 'impactOnly'
            ? c.impact
            : c.slip === 'probabilityOnly'
              ? c.probability
              : c.probability * c.impact
      return band(score, c.bands, c.slip === 'bandAbove')
    }
    case 'raci': {
      const holders = c.row.filter(([, l]) => l === (c.slip ?? c.ask)).map(([p]) => p)
      if (holders.length !== 1) throw new Error(`not one ${c.slip ?? c.ask} in the row`)
      return holders[0]!
    }
    case 'raciCount':
      return people(c.row.filter(([, l]) => (c.slip ?? c.ask).includes(l)).length)
    case 'approver': {
      // Checking one limit alone skips every other rule, the milestone rule too.
      const alone = c.slip === 'costOnly' || c.slip === 'daysOnly'
      if (c.milestone && c.slip !== 'ignoredMilestone' && !alone) return c.board
      const within = (v: number, limit: number) =>
        c.slip === 'exclusiveLimits' ? v < limit : v <= limit
      const fits = c.levels.find(
        (l) =>
          (c.slip === 'daysOnly' || within(c.cost, l.cost)) &&
          (c.slip === 'costOnly' || within(c.days, l.days)),
      )
      if (c.slip === 'straightToTop' && fits !== c.levels[0]) return c.board
      return fits?.who ?? c.board
    }
    case 'changedBudget': {
      const counted = c.changes.filter((r) =>
        c.slip === 'baselineOnly'
          ? false
          : c.slip === 'everyRequest'
            ? true
            : c.slip === 'withPending'
              ? r.status !== 'rejected'
              : r.status === 'approved',
      )
      return writeMoney(c.baseline + counted.reduce((s, r) => s + r.amount, 0), c.currency)
    }
    case 'emv': {
      const v =
        c.slip === 'impacts'
          ? c.risks.reduce((s, r) => s + r.impact, 0)
          : c.slip === 'largest'
            ? Math.max(...c.risks.map((r) => r.p * r.impact))
            : c.slip === 'largestImpact'
              ? Math.max(...c.risks.map((r) => r.impact))
              : c.risks
                  .filter((r) => c.slip !== 'likelyOnly' || r.p > 0.5)
                  .reduce((s, r) => s + r.p * r.impact, 0)
      return writeMoney(v, c.currency)
    }
    case 'rag': {
      const score =
        c.slip === 'costOnly'
          ? c.cpi
          : c.slip === 'scheduleOnly'
            ? c.spi
            : c.slip === 'average'
              ? (c.cpi + c.spi) / 2
              : c.slip === 'better'
                ? Math.max(c.cpi, c.spi)
                : Math.min(c.cpi, c.spi)
      return band(score, c.bands, c.slip === 'bandAbove')
    }
    case 'grid': {
      let [power, interest] =
        c.slip === 'swappedAxes' ? [c.interest, c.power] : [c.power, c.interest]
      // Reading one axis alone places the stakeholder on the diagonal of that axis.
      if (c.slip === 'powerOnly') interest = power
      if (c.slip === 'interestOnly') power = interest
      return GRID[`${power}-${interest}`]!
    }
    case 'overdue': {
      const late = c.actions.filter(
        (a) =>
          (c.slip === 'everyOwner' || c.owner === undefined || a.owner === c.owner) &&
          (c.slip === 'countedDone' || !a.done) &&
          (c.slip === 'dueTodayLate'
            ? a.due <= c.today
            : c.slip === 'graceDay'
              ? a.due < c.today - 1
              : a.due < c.today),
      )
      return actions(late.length)
    }
  }
}

/** The power/interest grid's four strategies, as the stems state them. */
export const GRID: Record<string, string> = {
  'high-high': 'manage closely',
  'high-low': 'keep satisfied',
  'low-high': 'keep informed',
  'low-low': 'monitor',
}
