import { type CatalogRow, row } from './catalog-row.js'

/** Lean Six Sigma as a freelance process-improvement consultant at Green Belt level practises it. */
export const LSS_ROW: CatalogRow = row(
  'lean-six-sigma',
  'Lean Six Sigma',
  'Other',
  5,
  30,
  [
    ['lssDefine', 14],
    ['lssMeasure', 20],
    ['lssSpc', 20],
    ['lssAnalyze', 16],
    ['lssLean', 18],
    ['lssControl', 12],
  ],
  {
    jobTaskAnalysis:
      'A freelance process-improvement consultant at Green Belt level runs or coaches DMAIC ' +
      'projects for small manufacturers, laboratories, warehouses and back offices: scopes the ' +
      'project with the sponsor, baselines and charts the process, finds and verifies root ' +
      'causes, leads lean workshops, and hands a controlled process back to its owner. ' +
      'Measurement and capability (DPU, DPO, DPMO, first-pass and rolled throughput yield, ' +
      'sigma level with the 1.5-sigma shift convention stated, Cp, Cpk, Pp, Ppk, gage R&R %GRR,' +
      ' the MSA terms and the scales of data), the numbers every baseline and report ' +
      'rests on: 20 %. Statistical process control (choosing I-MR, X-bar and R, X-bar and S, ' +
      'p, np, c or u by the data, limits from stated constants, run rules applied to a drawn ' +
      'series, reacting to special and common causes), the tool the consultant leaves ' +
      'running: 20 %. Lean (takt, Little’s law, process cycle efficiency, OEE, kanban count, ' +
      'staffing to takt, bottlenecks, line balance, SMED, the eight wastes, 5S and named ' +
      'practices), half of most engagements: 18 %. Analyze (Pareto cut, 6M fishbone, ' +
      'choosing a hypothesis test by the data types, p-value decisions, correlation, ' +
      'regression and confidence intervals): 16 %. Define (DMAIC phase of each activity, ' +
      'charter sections, problem and goal statements, SIPOC, cost of quality and COPQ, ' +
      'Kano): 14 %. Improve and control (FMEA RPN and a stated priority rule, poka-yoke ' +
      'methods, pilots, control and reaction plans, handover): 12 %. Every constant, rule ' +
      'and cut-off an item depends on is stated in it (control-chart constants as ' +
      'Montgomery prints them). Not tested: any one statistics package’s menus, design of ' +
      'experiments beyond naming it, Black Belt topics (multiple regression, DOE analysis, ' +
      'reliability), change-management soft skills, and certification-body exam trivia.',
  },
)
