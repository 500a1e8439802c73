import { type ClusterScores, clusterScores } from '../estimate/cluster-scores.js'
import { type CrossProducts, crossProducts } from '../estimate/cross-products.js'
import { type DemeanedPartition, demeanPartition } from '../estimate/demean.js'
import { buildDesign, type Design } from '../estimate/design.js'
import { type LevelTotals, levelTotals } from '../estimate/level-totals.js'
import { groupModels, type ModelGroup } from '../estimate/model-groups.js'
import type { PanelKind } from '../estimate/model-spec.js'
import { type PanelSummary, summarisePanels } from '../estimate/panel-summary.js'
import type { Solution } from '../estimate/solve.js'
import type { StudyPanels } from '../estimate/study-estimates.js'
import { STUDY_MODELS } from '../estimate/study-models.js'
import { StudyPanelsBuilder } from '../panel/build-panels.js'
import type { Panel } from '../panel/panel-columns.js'
import type { ScoreSamples, ScoreScale } from '../panel/score-scale.js'
import { type StudySettings, studyYears } from '../settings.js'
import type { HistoryBatch } from '../timeline/history-batch.js'

/** The study's model groups (panel × fixed effect), in the fixed order every partition uses. */
export const STUDY_GROUPS: readonly ModelGroup[] = groupModels(STUDY_MODELS)

/** What a partition reports after pass 1: its counts, panel sums and each group's cross-products. */
export interface PartitionPass1 {
  readonly summary: PanelSummary
  readonly stats: readonly CrossProducts[]
}

/**
 * One partition of whole workers: builds its panels from the histories it is given, then runs the
 * estimator's two passes on them. Between the two, what spans partitions is merged by the
 * pipeline: the main events' scores by test (for `score_z`), then the row counts and sums of each
 * test (the score models' fixed effect). The same class runs on a worker thread or, for a single
 * partition, in the calling thread, so both paths compute identically.
 */
export class StudyPartition {
  private readonly builder: StudyPanelsBuilder
  private readonly years: number[]
  private panels: StudyPanels | null = null
  private designs: Design[] = []
  private demeaned: DemeanedPartition[] = []

  constructor(settings: StudySettings) {
    this.builder = new StudyPanelsBuilder(settings)
    this.years = studyYears(settings)
  }

  add(batch: HistoryBatch): void {
    this.builder.addBatch(batch)
  }

  /** The scores of this partition's main events, by test. */
  mainScores(): ScoreSamples {
    return this.builder.mainScores()
  }

  /**
   * Finishes the panels with every partition's score scale and builds each group's design; returns
   * per group the totals of its shared fixed-effect levels (null when nested in the worker).
   */
  levels(scale: ScoreScale): (LevelTotals | null)[] {
    const panels = this.builder.finish(scale)
    this.panels = panels
    const byKind: Record<PanelKind, Panel> = {
      project: panels.project,
      period: panels.period,
      period_dynamic: panels.periodDynamic,
    }
    this.designs = STUDY_GROUPS.map((group) => buildDesign(group, byKind[group.panel], this.years))
    return this.designs.map(levelTotals)
  }

  /** Pass 1: demeans each group's design (shared levels with every partition's totals). */
  pass1(totals: readonly (LevelTotals | null)[]): PartitionPass1 {
    if (this.panels === null) throw new Error('levels has not run')
    this.demeaned = this.designs.map((design, g) => demeanPartition(design, totals[g]))
    this.designs = []
    return { summary: summarisePanels(this.panels), stats: this.demeaned.map(crossProducts) }
  }

  /** Pass 2: per group, per model, the cluster scores under the merged solution. */
  pass2(solutions: readonly (readonly Solution[])[]): ClusterScores[][] {
    return solutions.map((models, g) => models.map((s) => clusterScores(this.demeaned[g]!, s)))
  }

  /** The partition's panels; frees the estimator's working data, which is no longer needed. */
  takePanels(): StudyPanels {
    if (this.panels === null) throw new Error('pass1 has not run')
    this.demeaned = []
    return this.panels
  }
}
