import { type CatalogRow, row } from './catalog-row.js'

/** Market research methods as a freelance market researcher practises them for small clients. */
export const MRES_ROW: CatalogRow = row(
  'market-research',
  'Market research methods',
  'Sales & Marketing',
  5,
  25,
  [
    ['mresDesign', 15],
    ['mresQuestionnaire', 18],
    ['mresSampling', 20],
    ['mresAnalysis', 20],
    ['mresSizing', 12],
    ['mresEthics', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance market researcher designs, fields and analyses studies for small clients: ' +
      'scopes the question and picks a method, writes the questionnaire, sizes and draws the ' +
      'sample, briefs a panel or call centre and costs the fieldwork, weights and tabulates ' +
      'the data, sizes markets, and reports within the codes of conduct and data-protection ' +
      'law. Sampling and fieldwork (sample size for a proportion or mean at a stated confidence ' +
      'and margin, the finite population correction, design effects and Kish’s effective base, ' +
      'proportional and Neyman allocation, quotas, systematic selection, invitations and cost ' +
      'from incidence and response, AAPOR RR1–RR3, COOP1, REF1 and CON1), the figures every ' +
      'proposal and fieldwork brief rests on: 20 %. Analysis (margins of error and intervals, ' +
      'post-stratification weights, column percentages, chi-square, NPS, top-2-box, mean ' +
      'scores, index scores and point versus percent change), the weekly tabulation work: ' +
      '20 %. Questionnaire design (wording faults and question formats), since every survey ' +
      'starts from a draft to fix: 18 %. Research design and method choice (exploratory, ' +
      'descriptive and causal designs; desk research, groups, depth interviews, observation, ' +
      'diaries, panels, trackers, omnibus, product tests and pricing methods): 15 %. Ethics ' +
      'and reporting (ICC/ESOMAR Code, MRS Code, AAPOR disclosure, GDPR consent, special ' +
      'categories, breaches, processors and retention, small bases, significance versus ' +
      'importance, no margins of error for opt-in samples): 15 %. Market sizing (TAM, SAM ' +
      'and SOM, bottom-up buyers × frequency × price, intent calibration, trial and repeat, ' +
      'share, CAGR): 12 %. Every confidence level, z value, conversion factor and reporting ' +
      'threshold an item depends on is stated in it. Not tested: any one survey platform’s ' +
      'screens or tabulation software, multivariate modelling (regression, factor, cluster and ' +
      'driver analysis), conjoint and MaxDiff estimation, qualitative moderation skills, and ' +
      'national law beyond the GDPR.',
  },
)
