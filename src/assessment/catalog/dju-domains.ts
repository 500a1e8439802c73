import type { ModelDomain } from './model-domains.js'

/** The data journalism test's domains, each served by one scenario model of its own families. */
export const DJU_DOMAINS = {
  djuRates: {
    id: 'dju-rates',
    title: 'Rates and comparisons',
    itemModelIds: ['dju-rates'],
    outcome:
      'Turn counts into rates over the right population and multiplier, and compare them in percent, percentage points, ratios and absolute risk as the story needs',
  },
  djuMoney: {
    id: 'dju-money',
    title: 'Money over time and across currencies',
    itemModelIds: ['dju-money'],
    outcome:
      'Put money on one footing with a stated price index or exchange rate, tell real from nominal change, and work compound annual growth and projections',
  },
  djuSummaries: {
    id: 'dju-summaries',
    title: 'Summaries that do not mislead',
    itemModelIds: ['dju-summaries'],
    outcome:
      'Choose and compute the mean, median, pooled rate, share, rank or rolling average a story needs, avoiding averages of averages and base effects',
  },
  djuPolls: {
    id: 'dju-polls',
    title: 'Polls and samples',
    itemModelIds: ['dju-polls'],
    outcome:
      'Work the margin of error a stated formula gives for a share, a subgroup, a lead or a change, weight a sample to population shares, and read response rates and voter bases',
  },
  djuChecks: {
    id: 'dju-checks',
    title: 'Checking claims and charts',
    itemModelIds: ['dju-checks'],
    outcome:
      'Check published claims and charts: truncated axes, scaled icons, pie-chart angles, cumulative totals, rounded figures, crosstabs and the base a claimed share implies',
  },
} as const satisfies Record<string, ModelDomain>
