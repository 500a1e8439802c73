import { type CatalogRow, row } from './catalog-row.js'

/** UX research as a freelance researcher runs it for product teams and agencies. */
export const UX_RESEARCH_ROW: CatalogRow = row(
  'ux-research',
  'UX research',
  'Design & Creative',
  5,
  25,
  [
    ['uxrPlanning', 20],
    ['uxrMetrics', 25],
    ['uxrSurveys', 20],
    ['uxrSynthesis', 20],
    ['uxrEthics', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance UX researcher is hired by product teams and agencies to plan a study, run ' +
      'it, and turn what participants do and say into findings the team acts on. Planning and ' +
      'sampling: how many participants a discovery round needs, screener rules and quotas, ' +
      'over-recruiting for no-shows, the incentive budget, fieldwork days, counterbalanced task ' +
      'orders, the method that fits the question, task wording and neutral probes: 20 %. ' +
      'Usability metrics, the figures clients ask for most: SUS (standard and all-positive), ' +
      'UMUX-LITE, SEQ, completion rates with adjusted-Wald intervals and partial credit, task ' +
      'time as a geometric mean, error rates, lostness, NASA-TLX and time-based efficiency: ' +
      '25 %. Surveys and questionnaires: spotting leading, double-barrelled, presumptive and ' +
      'hypothetical questions, answer options that are exclusive and exhaustive, balanced ' +
      'scales, reverse-keyed items, routing, and straight-liner and speeder exclusions: 20 %. ' +
      'Synthesis: counting participants (not notes) behind a theme, prioritising problems by a ' +
      'stated rule, severity on Nielsen’s scale, card-sort similarity, tree-test success and ' +
      'directness, first-click analysis, coder agreement and saturation: 20 %. Ethics and ' +
      'operations: consent and its withdrawal, data minimisation, pseudonymised notes, special-' +
      'category data, redaction, purpose and storage limits and retention dates, fair ' +
      'incentives and accessible sessions: 15 %. Every item states the scale, scoring rule, ' +
      'policy or retention period its key depends on. Inferential statistics beyond a ' +
      'completion-rate interval, A/B-test analysis, market sizing, NPS and a particular ' +
      'research tool’s screens are not tested (other tests cover them).',
  },
)
