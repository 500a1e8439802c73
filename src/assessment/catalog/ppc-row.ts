import { type CatalogRow, row } from './catalog-row.js'

/** Search and Shopping advertising as a freelance PPC specialist runs it for clients. */
export const PPC_ROW: CatalogRow = row(
  'ppc-advertising',
  'Pay-per-click advertising: Google Ads and Microsoft Advertising search',
  'Sales & Marketing',
  5,
  25,
  [
    ['ppcMatch', 20],
    ['ppcBidding', 20],
    ['ppcMetrics', 25],
    ['ppcAds', 15],
    ['ppcTracking', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance PPC specialist takes over or builds the Google Ads and Microsoft Advertising ' +
      'search and Shopping accounts of small and mid-sized clients and is paid to make their ' +
      'spend return more. The weekly work is reading the campaign report: computing and ' +
      'explaining CTR, cost per click, conversion rate, CPA, ROAS and impression share, and ' +
      'judging them against the break-even figures that follow from the client’s margins, ' +
      'which decides every next step: 25 %. Keeping spend on the right searches through match ' +
      'types and negative keywords, whose rules differ (negatives never match close variants) ' +
      'and whose mistakes waste budget or block sales, and weeding the search terms report: 20 %. ' +
      'Setting bid strategies, target CPA and ROAS and budgets, pacing a month and stacking bid ' +
      'adjustments: 20 %. Setting up conversion tracking so that bidding learns from the right ' +
      'actions, understanding attribution, counting and reporting dates, and reading campaign ' +
      'experiments: 20 %. Writing responsive search ads and assets inside the character limits ' +
      'and ad policies: 15 %. Social, display and video campaigns, Shopping feed management, ' +
      'tag-manager scripting and one platform’s menus are not tested.',
  },
)
