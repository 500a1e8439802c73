import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `google-ads` test (Google Ads for freelance PPC
 * work), read as a PPC specialist against the Google Ads help centre: 95 submitted; 2 deleted
 * (target-roas-from-goal, whose key stayed the most similar or the longest option whatever the
 * named mistakes; cpa-from-cpc, whose figures spread over orders of magnitude so the key stayed a
 * middle value), 2 added (negative-exact-blocks-only-that-search,
 * ad-group-device-adjustment-overrides): 95 kept, all `ok`. Every family was drawn through its item
 * model (so with the three distractors aimKeyPlaces chose) and each stem, key and named mistake read.
 *
 * Facts checked in stored copies: answer numbers 2453972 (negative keywords), 7684791 (RSA),
 * 2375416 (sitelinks: its title is Create and edit sitelink assets), 2497703 (impression share),
 * 6268632 (Target CPA), 7065882 (Smart Bidding), 6259715 (attribution models), 3095550
 * (auto-tagging), 1722038 (advanced location options: Presence, the Presence or interest default);
 * keyword insertion capitals ({keyword}, {Keyword}, {KeyWord}); negatives not matching close
 * variants (third-party copies quoting Google). Not confirmed, so cited by page title with no
 * number: About callout assets, About structured snippet assets, About Target ROAS bidding, About
 * Maximize conversions bidding, About Quality Score, About Performance Max campaigns. Confirmed
 * only by third-party pages: Smart Bidding ignores bid adjustments except device -100%. From
 * memory: Meta’s up-to-75% daily overspend (a distractor label). Engaged-view default of 3 days:
 * no current family uses it.
 *
 * Fixed in place: cues (13 families: the author’s eight, then five that crossed 0.50 as draws
 * shifted), each with named mistakes on the thin side, every new slip worked again by the key
 * test; a second defensible answer (1: “3 shown, 12 in reserve” totalled 15); mislabelled
 * Performance Max counts (2); options beginning “Both” (6, in four families); a stem figure without
 * its currency (1); negative-keyword clients paired with what they would exclude (4 families).
 * Kept after judging: the count families (rsa-max-headlines, rsa-max-descriptions,
 * rsa-per-ad-group, cpm) sit at a middle-value rate of about 0.50 that moves 0.47–0.53 with the
 * seed; the chooser cannot place a key at the extreme without also making it the longest.
 */
export const GOOGLE_ADS_REVIEW: TestFamilyReview = {
  testId: 'google-ads',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'gads-keywords/negative-broad-blocks-any-order': {
      verdict: 'ok',
      fingerprint: '2d32b2063a4a12fb',
      note: `Clients now paired with a negative they would exclude (a new-car dealership and used cars, not a driving school and oak tables).`,
    },
    'gads-keywords/negative-broad-lets-through': {
      verdict: 'ok',
      fingerprint: '859e378568bdc3eb',
      note: `Coherent client pairing, as above.`,
    },
    'gads-keywords/negative-phrase-blocks-with-extra-words': {
      verdict: 'ok',
      fingerprint: '9ecb087164d771e9',
      note: `Coherent client pairing, as above.`,
    },
    'gads-keywords/negative-phrase-lets-through': {
      verdict: 'ok',
      fingerprint: '875bbc38718258a3',
      note: `Coherent client pairing, as above.`,
    },
    'gads-keywords/negative-exact-blocks-only-that-search': {
      verdict: 'ok',
      fingerprint: 'bfd397205e38e709',
      note: `Added by the review (replaces target-roas-from-goal): the key is the search identical to the negative exact keyword, worked by the key test’s own matcher.`,
    },
    'gads-keywords/phrase-match-syntax': {
      verdict: 'ok',
      fingerprint: '97fd80963e74af52',
    },
    'gads-keywords/exact-match-syntax': {
      verdict: 'ok',
      fingerprint: '70f68496bde21cd8',
    },
    'gads-keywords/broad-match-is-the-default': {
      verdict: 'ok',
      fingerprint: 'e10d683a9a84d8aa',
    },
    'gads-keywords/broad-match-reaches-related-searches': {
      verdict: 'ok',
      fingerprint: '2d0585dad2cd3c15',
    },
    'gads-keywords/phrase-match-meaning': {
      verdict: 'ok',
      fingerprint: '703eb8b219ba713f',
    },
    'gads-keywords/exact-match-same-meaning': {
      verdict: 'ok',
      fingerprint: 'f2566a7b5b8774f4',
    },
    'gads-keywords/broad-match-modifier-retired': {
      verdict: 'ok',
      fingerprint: '03c8a5c296824204',
    },
    'gads-keywords/smart-bidding-with-broad-match': {
      verdict: 'ok',
      fingerprint: 'a27378c28bb085d9',
    },
    'gads-keywords/negatives-ignore-close-variants': {
      verdict: 'ok',
      fingerprint: '7cce36a4fa43415f',
      note: `About negative keywords (2453972) confirmed in stored third-party copies quoting it; one blog claims a 2024 change letting negatives match variants, not in Google’s text, so the key stands.`,
    },
    'gads-keywords/negative-broad-all-terms': {
      verdict: 'ok',
      fingerprint: 'a0dfe5a7f298fd75',
    },
    'gads-keywords/negative-levels': {
      verdict: 'ok',
      fingerprint: 'f534b5f266032c08',
    },
    'gads-keywords/identical-exact-keyword-first': {
      verdict: 'ok',
      fingerprint: 'fcf8a0a97e88bf75',
    },
    'gads-keywords/identical-search-theme-beats-non-identical-phrase': {
      verdict: 'ok',
      fingerprint: '0041316ead15b806',
      note: `“Both, …” option reworded to “The two, …”.`,
    },
    'gads-keywords/search-beats-pmax-when-identical': {
      verdict: 'ok',
      fingerprint: 'c4fffff3d91b887b',
      note: `“Both ads …” option reworded.`,
    },
    'gads-keywords/own-keywords-dont-compete': {
      verdict: 'ok',
      fingerprint: 'd4acf7c5c53aaf2c',
      note: `“Both ads …” option reworded.`,
    },
    'gads-keywords/search-terms-report': {
      verdict: 'ok',
      fingerprint: '24897e2ef1214a73',
    },
    'gads-structure-ads/budget-at-campaign-level': {
      verdict: 'ok',
      fingerprint: 'aee3160a2e663fef',
    },
    'gads-structure-ads/keywords-in-ad-groups': {
      verdict: 'ok',
      fingerprint: '2c02fc7e11ee6c8f',
    },
    'gads-structure-ads/pmax-asset-groups-no-keywords': {
      verdict: 'ok',
      fingerprint: 'c13c780f08ca10d2',
    },
    'gads-structure-ads/location-presence-option': {
      verdict: 'ok',
      fingerprint: '6eca7f922517006c',
      note: `Presence and the Presence or interest default confirmed in About advanced location options (support.google.com/google-ads/answer/1722038).`,
    },
    'gads-structure-ads/ad-schedule-account-time-zone': {
      verdict: 'ok',
      fingerprint: 'f7c4d4d6c69d4688',
    },
    'gads-structure-ads/rsa-max-headlines': {
      verdict: 'ok',
      fingerprint: '5180dcd5aed429f9',
      note: `“3 shown, 12 in reserve” removed (it totals 15, a second defensible answer); “5 per asset group” removed and the 5 relabelled as Performance Max long headlines (Performance Max takes up to 15 headlines); options made plain counts. Middle value about 0.47–0.53 by seed.`,
    },
    'gads-structure-ads/rsa-max-descriptions': {
      verdict: 'ok',
      fingerprint: '43d1bfd5b92c28be',
    },
    'gads-structure-ads/rsa-headline-characters': {
      verdict: 'ok',
      fingerprint: '34ba299093060eb0',
    },
    'gads-structure-ads/rsa-description-characters': {
      verdict: 'ok',
      fingerprint: 'd0616f1dcd6b328d',
    },
    'gads-structure-ads/rsa-minimum-assets': {
      verdict: 'ok',
      fingerprint: '4fe683bf8471f7de',
      note: `The 5 and 5 relabelled as Performance Max long headlines and descriptions.`,
    },
    'gads-structure-ads/rsa-shown-at-once': {
      verdict: 'ok',
      fingerprint: 'cdb9ef967ed7f384',
    },
    'gads-structure-ads/rsa-path-field': {
      verdict: 'ok',
      fingerprint: '58f5f79e72d825b8',
    },
    'gads-structure-ads/rsa-per-ad-group': {
      verdict: 'ok',
      fingerprint: '456c746a9f4413f7',
    },
    'gads-structure-ads/rsa-pinning': {
      verdict: 'ok',
      fingerprint: '552e90c7bb32b590',
    },
    'gads-structure-ads/rsa-headline-cut-to-30': {
      verdict: 'ok',
      fingerprint: '83d6be7b4a49b72c',
      note: `Middle value 0.61: two slips on the thin side added, counting without spaces and counting the en dash as its three UTF-8 bytes (worked again by the key test).`,
    },
    'gads-structure-ads/keyword-insertion-capitals': {
      verdict: 'ok',
      fingerprint: '9f964bd0ee92f0d9',
    },
    'gads-structure-ads/keyword-insertion-too-long': {
      verdict: 'ok',
      fingerprint: '5b19d4b465c97063',
      note: `Cross-out 0.51: the code shown as typed and the leading whole words that fit added as named mistakes (worked again by the key test).`,
    },
    'gads-structure-ads/sitelink-limits': {
      verdict: 'ok',
      fingerprint: '58c252beca7bcac1',
      note: `2375416 confirmed, its title is Create and edit sitelink assets (source corrected); 25/35 confirmed.`,
    },
    'gads-structure-ads/callout-limit': {
      verdict: 'ok',
      fingerprint: '0bd1b7927303baac',
    },
    'gads-structure-ads/structured-snippet-header': {
      verdict: 'ok',
      fingerprint: '8ee55b8ee7340cb0',
    },
    'gads-structure-ads/assets-not-guaranteed': {
      verdict: 'ok',
      fingerprint: '53ba3f7df71b1476',
    },
    'gads-structure-ads/sitelink-not-callout-for-links': {
      verdict: 'ok',
      fingerprint: '2ad2cd0b76f887a5',
    },
    'gads-bidding/target-cpa-goal': {
      verdict: 'ok',
      fingerprint: '2c0293277a4021de',
    },
    'gads-bidding/target-roas-goal': {
      verdict: 'ok',
      fingerprint: 'bfc63494ea26a767',
      note: `Stem’s sales figure now carries its currency sign.`,
    },
    'gads-bidding/maximize-conversions-goal': {
      verdict: 'ok',
      fingerprint: '9b44f85245ed7642',
    },
    'gads-bidding/maximize-clicks-goal': {
      verdict: 'ok',
      fingerprint: '84eb121044ac271a',
      note: `Cross-out 0.52 after other edits: Manual CPC and a Maximize-conversions-without-tracking slip added.`,
    },
    'gads-bidding/manual-cpc-control': {
      verdict: 'ok',
      fingerprint: 'be1f42dcd0954606',
      note: `Cross-out 0.51 after other edits: Maximize clicks with a max. CPC limit added.`,
    },
    'gads-bidding/target-impression-share-goal': {
      verdict: 'ok',
      fingerprint: 'b1453e0473110efb',
    },
    'gads-bidding/target-cpa-is-an-average': {
      verdict: 'ok',
      fingerprint: '4990b3c75f0b09ed',
    },
    'gads-bidding/target-roas-needs-values': {
      verdict: 'ok',
      fingerprint: '8b54f4f53839c053',
    },
    'gads-bidding/higher-troas-less-volume': {
      verdict: 'ok',
      fingerprint: 'c7335081a1d280e8',
    },
    'gads-bidding/smart-bidding-ignores-adjustments': {
      verdict: 'ok',
      fingerprint: '9e31af2a8556d170',
      note: `7065882 confirmed as About Smart Bidding; the -100% device exception is confirmed only by third-party pages (not in the stored part of the Google page). “Both …” options reworded.`,
    },
    'gads-bidding/ad-group-device-adjustment-overrides': {
      verdict: 'ok',
      fingerprint: '96f219344c4773f8',
      note: `Added by the review (replaces cpa-from-cpc): Google Ads Editor Help 30532, read in a stored copy: the ad group device adjustment is used over the campaign one (unless the campaign one is -100%).`,
    },
    'gads-bidding/portfolio-bid-strategy': {
      verdict: 'ok',
      fingerprint: '899a9b95e49cdd96',
    },
    'gads-bidding/bid-adjustments-multiply': {
      verdict: 'ok',
      fingerprint: '91d4f3cd146f6042',
      note: `Middle value 0.51: the decrease used as the factor, and the decrease applied as an increase, added.`,
    },
    'gads-bidding/monthly-conversions-at-target-cpa': {
      verdict: 'ok',
      fingerprint: 'c6fcafcebf46ebf5',
    },
    'gads-bidding/cpa-implied-by-target-roas': {
      verdict: 'ok',
      fingerprint: '69705fa1805379e2',
    },
    'gads-metrics/ctr': {
      verdict: 'ok',
      fingerprint: '41031fad6d7ec315',
    },
    'gads-metrics/average-cpc': {
      verdict: 'ok',
      fingerprint: '64607c8c05487fa8',
    },
    'gads-metrics/conversion-rate': {
      verdict: 'ok',
      fingerprint: 'cebf893e2ac87c5b',
    },
    'gads-metrics/cost-per-conversion': {
      verdict: 'ok',
      fingerprint: 'c4ab5da3b4155ed8',
    },
    'gads-metrics/roas': {
      verdict: 'ok',
      fingerprint: '5829e748882917ee',
    },
    'gads-metrics/cpm': {
      verdict: 'ok',
      fingerprint: 'a8d22dded98c4164',
    },
    'gads-metrics/weighted-ctr': {
      verdict: 'ok',
      fingerprint: 'f5a0abfd5af7aae0',
    },
    'gads-metrics/blended-cpa': {
      verdict: 'ok',
      fingerprint: '491afb82ee909005',
    },
    'gads-metrics/clicks-for-conversions': {
      verdict: 'ok',
      fingerprint: '0880218350dc46cf',
      note: `Middle value 0.55 after other edits: non-converting clicks and leads added to clicks added.`,
    },
    'gads-metrics/impression-share-from-lost': {
      verdict: 'ok',
      fingerprint: '4b1f550a5e60b593',
      note: `Middle value 0.59: the rank loss taken from what budget left (multiplied) added.`,
    },
    'gads-metrics/eligible-impressions': {
      verdict: 'ok',
      fingerprint: 'af543db759d70d08',
      note: `Middle value 0.56: multiplies by the share lost, and adds the share lost, added.`,
    },
    'gads-metrics/missed-to-budget': {
      verdict: 'ok',
      fingerprint: '41d34ff571486b50',
    },
    'gads-metrics/absolute-top-rate': {
      verdict: 'ok',
      fingerprint: '5066df3bf4588cbe',
    },
    'gads-metrics/impression-share-definition': {
      verdict: 'ok',
      fingerprint: '8f72a77a53f23884',
    },
    'gads-metrics/lost-is-budget-fix': {
      verdict: 'ok',
      fingerprint: '0924c99aecc2629a',
    },
    'gads-metrics/daily-spend-limit': {
      verdict: 'ok',
      fingerprint: '87b14d58e190d064',
      note: `Middle value 0.58: Meta’s up-to-75% overspend and twice the budget on top added (the Meta figure is from memory).`,
    },
    'gads-metrics/monthly-charge-limit': {
      verdict: 'ok',
      fingerprint: 'd809fe91e4122105',
    },
    'gads-metrics/daily-budget-from-monthly': {
      verdict: 'ok',
      fingerprint: '224ceaf4cd1ef461',
    },
    'gads-metrics/charged-over-monthly-limit': {
      verdict: 'ok',
      fingerprint: 'f75bb5376e656c43',
    },
    'gads-metrics/remaining-this-month': {
      verdict: 'ok',
      fingerprint: '212a3b942e9257c8',
    },
    'gads-metrics/overdelivery-up-to-double': {
      verdict: 'ok',
      fingerprint: '82bf2f1f3149773a',
    },
    'gads-measurement/attribution-models-available': {
      verdict: 'ok',
      fingerprint: 'c2d2696694723a50',
    },
    'gads-measurement/data-driven-default': {
      verdict: 'ok',
      fingerprint: '669870e04e67d1de',
    },
    'gads-measurement/removed-model-switched': {
      verdict: 'ok',
      fingerprint: '804ff20db6fcb34c',
    },
    'gads-measurement/conversion-window-change-forward': {
      verdict: 'ok',
      fingerprint: 'af11e6b3ed34ef98',
    },
    'gads-measurement/count-one-for-leads': {
      verdict: 'ok',
      fingerprint: '79ab759be698aef4',
    },
    'gads-measurement/primary-secondary': {
      verdict: 'ok',
      fingerprint: 'a40e846c5a482c8f',
    },
    'gads-measurement/auto-tagging-gclid': {
      verdict: 'ok',
      fingerprint: '63a35234700bd175',
    },
    'gads-measurement/conversion-reported-on-click-date': {
      verdict: 'ok',
      fingerprint: 'a72f70429666d8db',
    },
    'gads-measurement/conversions-counted': {
      verdict: 'ok',
      fingerprint: '658ff269b52e2b9d',
    },
    'gads-measurement/quality-score-components': {
      verdict: 'ok',
      fingerprint: 'a6f2da8e3b02d6eb',
    },
    'gads-measurement/quality-score-scale': {
      verdict: 'ok',
      fingerprint: 'eaf4705cb8f65a7e',
    },
    'gads-measurement/quality-score-diagnostic': {
      verdict: 'ok',
      fingerprint: '94e9e7c0f65de59e',
    },
    'gads-measurement/quality-score-no-data': {
      verdict: 'ok',
      fingerprint: 'a2c24d7e07e5127e',
    },
    'gads-measurement/landing-page-component': {
      verdict: 'ok',
      fingerprint: 'aec65bfd2e415907',
    },
    'gads-measurement/ad-relevance-component': {
      verdict: 'ok',
      fingerprint: '32e95de9cb67f79c',
    },
    'gads-measurement/ad-rank-factors': {
      verdict: 'ok',
      fingerprint: '7ce85855074ccc98',
    },
  },
}
