import type { StudyEstimates } from '../estimate/study-estimates.js'
import { formatIsoSeconds } from '../records/iso-time.js'
import { SECONDS_PER_DAY, type StudySettings } from '../settings.js'
import {
  type DesignComparison,
  designCheckSentences,
  designCheckTable,
  designComparisons,
} from './design-check.js'
import { CONFIDENCE_LEVEL } from './event-study-points.js'
import { formatCount } from './format-numbers.js'
import { headlineSentences } from './headline-text.js'
import type { RegressionTable } from './regression-table.js'
import { STARS_NOTE } from './significance-stars.js'
import { studyTables } from './study-tables.js'

/** What both report formats say, as plain text pieces; each renderer escapes for its format. */
export interface ReportContent {
  readonly title: string
  readonly design: string
  readonly sample: string
  readonly headline: readonly string[]
  /** The paper's design beside the design check, and what any disagreement means. */
  readonly designCheck: {
    readonly intro: string
    readonly comparisons: readonly DesignComparison[]
    readonly table: RegressionTable
    readonly sentences: readonly string[]
  }
  readonly tables: readonly RegressionTable[]
  readonly tableNote: string
  readonly figureCaption: string
}

export const REPORT_TITLE = 'What microcredentials do for the workers who earn them'

/** The report's text from the estimates and the settings they were computed with. */
export function reportContent(estimates: StudyEstimates, settings: StudySettings): ReportContent {
  const windowDays = settings.windowSeconds / SECONDS_PER_DAY
  const s = estimates.sample
  return {
    title: REPORT_TITLE,
    design:
      `A fixed-effects event study after Kässi & Lehdonvirta (2024): each worker's ` +
      `${windowDays} days before passing a skill test against the ${windowDays} days after. ` +
      `Observed from ${formatIsoSeconds(settings.obsStart)} to ${formatIsoSeconds(settings.obsEnd)}; ` +
      `main sample ${settings.main.pre} period before and ${settings.main.post} after, dynamic ` +
      `sample ${settings.dynamic.pre} and ${settings.dynamic.post}.`,
    sample:
      `${formatCount(s.workers)} workers, ${formatCount(s.awards)} credentials awarded, ` +
      `${formatCount(s.projects)} projects, ${formatCount(s.payments)} payments; ` +
      `${formatCount(s.events_main)} events in the main sample (${formatCount(s.period_rows)} ` +
      `period rows, ${formatCount(s.project_rows)} project rows), ${formatCount(s.events_dynamic)} ` +
      `in the dynamic sample.`,
    headline: headlineSentences(estimates, windowDays),
    designCheck: designCheckOf(estimates),
    tables: studyTables(estimates, windowDays),
    tableNote:
      `Standard errors clustered by worker in parentheses (small-sample corrected as fixest); ` +
      `p-values from Student's t with G − 1 degrees of freedom, G the number of workers. ` +
      `${STARS_NOTE}. Singleton fixed-effect groups are dropped; year dummies are in every ` +
      `model and not shown.`,
    figureCaption:
      `Event study: coefficients of the periods around the credential with ` +
      `${CONFIDENCE_LEVEL * 100} % intervals (Student's t, G − 1 degrees of freedom); the period ` +
      `before the credential (k = −1) is the reference, drawn hollow at zero.`,
  }
}

function designCheckOf(estimates: StudyEstimates): ReportContent['designCheck'] {
  const comparisons = designComparisons(estimates)
  return {
    intro:
      "The paper's design controls for the worker's rating, completed projects and earnings so " +
      'far, measured at the start of each period. The design check makes the same comparison ' +
      "within each event without them (the worker's state at the start of the window is absorbed " +
      'by the event fixed effect). Where the two disagree, the design, not the credential, ' +
      'produces the difference.',
    comparisons,
    table: designCheckTable(comparisons),
    sentences: designCheckSentences(comparisons),
  }
}
