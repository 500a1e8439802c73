import { type CatalogRow, row } from './catalog-row.js'

/** Google Ads as a freelance PPC specialist runs clients' Search and Performance Max accounts. */
export const GADS_ROW: CatalogRow = row(
  'google-ads',
  'Google Ads',
  'Sales & Marketing',
  5,
  20,
  [
    ['gadsKeywords', 25],
    ['gadsAds', 20],
    ['gadsBidding', 15],
    ['gadsMetrics', 25],
    ['gadsMeasure', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance PPC specialist builds and runs clients’ Google Ads Search and Performance Max ' +
      'accounts: chooses keywords and negatives, writes ads, sets bidding and budgets, sets up ' +
      'conversion tracking and reports results. Keywords are where spend is won or wasted: match ' +
      'types as Google documents them now (broad, phrase, exact and the retired modifier), how ' +
      'negative broad, phrase and exact keywords block searches without matching close variants, ' +
      'and which keyword or Performance Max search theme a search triggers: 25 %. Structure and ' +
      'ads: budgets, targeting and schedules by campaign, keywords and ads by ad group, asset ' +
      'groups in Performance Max, responsive search ad limits, pinning, keyword insertion and ' +
      'assets (sitelinks, callouts, structured snippets): 20 %. Bidding: what Target CPA, Target ' +
      'ROAS, Maximize conversions, Maximize clicks, Target impression share and Manual CPC each ' +
      'optimise, bid adjustments and portfolio strategies: 15 %. Metrics and budgets, which every ' +
      'client report needs: CTR, CPC, CPM, CPA, ROAS, conversion rate, impression share and its ' +
      'lost shares, and budget pacing (up to 2× the average daily budget on a day, at most 30.4× ' +
      'in a month): 25 %. Measurement: conversion windows, counting, primary and secondary ' +
      'actions, auto-tagging, the attribution models available now, and Quality Score and Ad ' +
      'Rank: 15 %. Every rule an item uses is what support.google.com/google-ads documents, and ' +
      'items state every figure a key depends on. Display, Video, Shopping feeds and Merchant ' +
      'Center, App campaigns, Google Ads scripts and the API, Google Analytics set-up, Editor ' +
      'shortcuts and policy appeals are not tested.',
  },
)
