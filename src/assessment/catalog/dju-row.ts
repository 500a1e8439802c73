import { type CatalogRow, row } from './catalog-row.js'

/** Data journalism as a freelance data reporter or fact-checker works the numbers in a story. */
export const DATA_JOURNALISM_ROW: CatalogRow = row(
  'data-journalism',
  'Data journalism',
  'Writing & Translation',
  5,
  25,
  [
    ['djuRates', 20],
    ['djuMoney', 20],
    ['djuSummaries', 20],
    ['djuPolls', 20],
    ['djuChecks', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance data journalist writes and fact-checks stories for newsrooms from official ' +
      'statistics, council and company reports, polls and press releases: they turn counts into ' +
      'rates a reader can compare, put money on one footing across years and currencies, choose ' +
      'the summary that does not mislead, say how far a poll can be trusted, and check the figures ' +
      'and charts others publish before they repeat them. Rates and comparisons: rates per 1,000 ' +
      'or 100,000 over the right population, percent change against percentage-point change, ' +
      'relative against absolute risk, rate ratios, rates within a subgroup, annualised and ' +
      'seven-day rates, excess cases and age-standardised rates: 20 %. Money over time and across ' +
      'places: adjusting for inflation with a stated price index, real against nominal growth, ' +
      'real per-resident spending, rebasing an index, compound annual growth, compound ' +
      'projections, weighted baskets, and converting currencies at a stated rate in its stated ' +
      'direction: 20 %. Summaries that do not mislead: mean against median, averages of ' +
      'averages and pooled rates, shares of the right total, ranks by rate, base effects after a ' +
      'fall and a rise, rolling averages, pay gaps on the stated base and contributions to ' +
      'growth: 20 %. Polls and samples: the 95 % margin of error from the formula the item ' +
      'states, for a share, a subgroup, a lead, a change between polls and a design effect; ' +
      'sample sizes for a target margin; weighting to population shares; response rates and ' +
      'shares of decided or likely voters: 20 %. Checking claims and charts: bars on a truncated ' +
      'axis and the lie factor, icons scaled in two dimensions, pie-chart angles, cumulative against ' +
      'annual figures, rounded shares that do not add to 100, the range behind rounded figures, ' +
      'crosstab percentages, overlapping categories and the base a claimed share implies: 20 %. ' +
      'Every item states the formula, index, rate and rounding its key depends on. Not tested: ' +
      'spreadsheet or charting software, statistical inference beyond the stated margin-of-error ' +
      'formulas (see statistics fundamentals), customer and marketing metrics, news writing and ' +
      'editorial judgement, and media law. A 25-item form gives each of the five domains five ' +
      'items.',
    scoredItems: 25,
  },
)
