import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `social-media-marketing` test (Social media
 * marketing), read as a freelance social media manager against the platforms' published limits
 * (X's counting rules: 280 weighted characters, links 23, image descriptions up to 1,000;
 * LinkedIn posts 3,000; Instagram captions 2,200 and, since December 2025, five hashtags;
 * YouTube titles 100), Meta Ads Manager's six objectives and its learning phase (about 50
 * optimisation events in 7 days), the FTC's Endorsement Guides and “Disclosures 101” (no “sp”,
 * “spon” or “collab”; disclose free products; employees disclose), the ASA/CMA influencer
 * guidance (affiliate links are ads), WCAG 2.x contrast and three-flash rules, the IANA time
 * zone rules and URL parsing: 95 submitted, 95 kept, none deleted. Each family was drawn and
 * read (stem, key, every distractor and its named mistake); every figure and time is worked
 * again by the key test's second implementation, every link by a URL parser and every rule
 * answer by the key test's own table of sources.
 *
 * Fixed in place (23 families) before the fingerprints were taken. Wrong key (1): the Instagram
 * caption item keyed 30 hashtags, a cap Instagram cut to five in December 2025; 30 is now the
 * named outdated mistake. Invented thresholds (3, in two families): “worth more than $100”, “above 10,000
 * followers” and “each ad needs 100,000 impressions” were nobody's rule; replaced by real
 * misbeliefs without made-up numbers and by applying the 1 % threshold instead of the stated
 * 5 %. Weak rather than wrong (1): the “Image of a mug” alt text is now a call to action in
 * place of a description. Text (2): post copy was cut mid-phrase (“…and grab a”) or skipped
 * words (“before go up”); it is now cut at a word that closes the phrase, and the two sentences
 * of one post differ. Option wording (1): “Both as referrals…” read as pointing at the other
 * options; reworded. Cues (12 families the author left over 0.50, plus five that crossed 0.50
 * as the draws shifted during the fixes): the UTM encoding item was restructured (two of four
 * named slips drawn, options the key, each slip and both together, so the key is at no centre:
 * 0.94 before); the three objective items show each objective by name or with what it
 * optimises for, drawn per option; the rule items (affiliate links, styled Unicode, emoji,
 * YouTube title, caption links) got varied true wordings of the key and short and long
 * wordings of each distractor; the figure items (business-day deadline, CPC from CPM, holdout
 * lift, frequency cap, impressions from spend, characters left) and two link items got one more
 * named slip each. Now no family is over 0.50 on any rule (worst 0.50: the UTM fragment and
 * the average-of-rates items, on crossing out the longest and the most similar) and every
 * rule's mean is at most 0.32 (300 draws a family).
 *
 * Kept after judging: the moderation items key the action the stated policy gives, not the
 * reviewer's taste; engagement, reach and amplification rates are defined in each stem, so the
 * competing definitions are named mistakes, not second answers; the underscore hashtag
 * distractor combines two slips but no guidance prefers it. Facts confirmed only from
 * secondary sources: Meta's learning-phase figure and six objectives, and the December 2025
 * hashtag cap (Instagram's creators account as quoted in the press).
 */
export const SOCIAL_MEDIA_MARKETING_REVIEW: TestFamilyReview = {
  testId: 'social-media-marketing',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'smm-planning/smm-audience-time-in-scheduler-zone': {
      verdict: 'ok',
      fingerprint: '54204681bb292664',
    },
    'smm-planning/smm-us-eu-daylight-saving-gap': {
      verdict: 'ok',
      fingerprint: 'b662f23f67905427',
    },
    'smm-planning/smm-autumn-daylight-saving-gap': {
      verdict: 'ok',
      fingerprint: '3683857af5958a03',
    },
    'smm-planning/smm-southern-hemisphere-summer': {
      verdict: 'ok',
      fingerprint: '6df94a00acab0e2e',
    },
    'smm-planning/smm-southern-hemisphere-winter': {
      verdict: 'ok',
      fingerprint: 'c636f5b537588888',
    },
    'smm-planning/smm-half-hour-offset-zone': {
      verdict: 'ok',
      fingerprint: '85ed42b6c494eebe',
    },
    'smm-planning/smm-across-the-date-line': {
      verdict: 'ok',
      fingerprint: '9d2e85d62a0f867e',
    },
    'smm-planning/smm-zone-without-daylight-saving': {
      verdict: 'ok',
      fingerprint: 'a778444e8a8c5557',
    },
    'smm-planning/smm-launch-embargo-other-zone': {
      verdict: 'ok',
      fingerprint: 'e037e0efc99bd4bd',
    },
    'smm-planning/smm-offset-in-us-eu-gap': {
      verdict: 'ok',
      fingerprint: '60e8723b5d4fe711',
    },
    'smm-planning/smm-offset-southern-summer': {
      verdict: 'ok',
      fingerprint: '0fec0c62f964caa3',
    },
    'smm-planning/smm-offset-northern-summer-vs-fixed': {
      verdict: 'ok',
      fingerprint: '9c83f4931052954b',
    },
    'smm-planning/smm-reminder-before-live-event': {
      verdict: 'ok',
      fingerprint: '10ba6d158d3a7e1e',
    },
    'smm-planning/smm-utc-scheduler-entry': {
      verdict: 'ok',
      fingerprint: '2bacd932ba71b64b',
    },
    'smm-planning/smm-posting-slots-in-month': {
      verdict: 'ok',
      fingerprint: 'c297b52d32eea8ea',
    },
    'smm-planning/smm-approval-deadline-business-days': {
      verdict: 'ok',
      fingerprint: '77b6808d921ab1c9',
      note: 'added a named slip: counting the sending day too, one business day early; the key test works it out again',
    },
    'smm-planning/smm-content-pillar-split': {
      verdict: 'ok',
      fingerprint: '5b54ea4a552a9fe3',
    },
    'smm-metrics/smm-engagement-rate-by-reach': {
      verdict: 'ok',
      fingerprint: '369202dc9146b781',
    },
    'smm-metrics/smm-engagement-rate-by-followers': {
      verdict: 'ok',
      fingerprint: '32d7e7e5e3d57f57',
    },
    'smm-metrics/smm-engagement-rate-by-impressions': {
      verdict: 'ok',
      fingerprint: '0540a3ce0ed1676b',
    },
    'smm-metrics/smm-click-through-rate': {
      verdict: 'ok',
      fingerprint: 'd4f46827a528e50e',
    },
    'smm-metrics/smm-cost-per-thousand-impressions': {
      verdict: 'ok',
      fingerprint: '0481a5c14877ca96',
    },
    'smm-metrics/smm-cost-per-link-click': {
      verdict: 'ok',
      fingerprint: '9cd9f29edad59cdb',
    },
    'smm-metrics/smm-cost-per-engagement': {
      verdict: 'ok',
      fingerprint: '7ea3b14e93865449',
    },
    'smm-metrics/smm-frequency': {
      verdict: 'ok',
      fingerprint: 'd78b50b392cad985',
    },
    'smm-metrics/smm-share-of-voice': {
      verdict: 'ok',
      fingerprint: '189a34547a37e497',
    },
    'smm-metrics/smm-follower-growth-rate': {
      verdict: 'ok',
      fingerprint: 'ccf077539c41c7f9',
    },
    'smm-metrics/smm-amplification-rate': {
      verdict: 'ok',
      fingerprint: '87e287de04021ea0',
    },
    'smm-metrics/smm-applause-and-conversation-rate': {
      verdict: 'ok',
      fingerprint: '7635256a32824377',
    },
    'smm-metrics/smm-video-completion-rate': {
      verdict: 'ok',
      fingerprint: 'c70d5c3fdaca6373',
    },
    'smm-metrics/smm-relative-change-vs-points': {
      verdict: 'ok',
      fingerprint: '707d69233700dae5',
    },
    'smm-metrics/smm-average-of-rates-vs-pooled': {
      verdict: 'ok',
      fingerprint: '13d742e021d1d9af',
    },
    'smm-metrics/smm-week-over-week-reach-change': {
      verdict: 'ok',
      fingerprint: '951da695617daacd',
    },
    'smm-metrics/smm-reach-rate': {
      verdict: 'ok',
      fingerprint: '9fc92200c7458f6e',
    },
    'smm-metrics/smm-save-rate': {
      verdict: 'ok',
      fingerprint: '6f2db515e4ccd031',
    },
    'smm-metrics/smm-profile-visit-follow-rate': {
      verdict: 'ok',
      fingerprint: '680bce1a9dabd73e',
    },
    'smm-metrics/smm-cpc-from-cpm-and-ctr': {
      verdict: 'ok',
      fingerprint: 'b92fa96a72374181',
      note: 'added a named slip: dividing the CPM by the CTR without the 1,000 (cost of a thousand clicks), so the key is no longer the middle figure',
    },
    'smm-metrics/smm-impressions-from-spend': {
      verdict: 'ok',
      fingerprint: '92d92743ba16e887',
      note: 'added a named slip (dividing the CPM by the spend) after the family crossed 0.50 during the fixes',
    },
    'smm-paid/smm-lifetime-budget-pacing': {
      verdict: 'ok',
      fingerprint: '42a07e32757ac194',
    },
    'smm-paid/smm-projected-month-end-spend': {
      verdict: 'ok',
      fingerprint: '2d4f203d4cf86f1e',
    },
    'smm-paid/smm-budget-for-reach-and-frequency': {
      verdict: 'ok',
      fingerprint: 'f22933aa3c7a49d6',
    },
    'smm-paid/smm-reach-from-budget': {
      verdict: 'ok',
      fingerprint: '13d4b963305d934a',
    },
    'smm-paid/smm-cost-per-result': {
      verdict: 'ok',
      fingerprint: '23d0c83ab796312c',
    },
    'smm-paid/smm-learning-phase-budget': {
      verdict: 'ok',
      fingerprint: '2a1b43cf38ce01a3',
    },
    'smm-paid/smm-a-b-test-relative-lift': {
      verdict: 'ok',
      fingerprint: '76008c8cb4e9e585',
    },
    'smm-paid/smm-a-b-test-z-statistic': {
      verdict: 'ok',
      fingerprint: '032e08dc58bb8da4',
    },
    'smm-paid/smm-a-b-test-decision': {
      verdict: 'ok',
      fingerprint: '1b019c39c697139a',
      note: 'the invented “each ad needs 100,000 impressions” distractor replaced by applying the 1 % threshold (±2.58) instead of the team’s stated 5 % rule',
    },
    'smm-paid/smm-frequency-cap-impressions': {
      verdict: 'ok',
      fingerprint: '46990c207a0f5cef',
      note: 'added a named slip (counting each person once) after the family crossed 0.50 during the fixes',
    },
    'smm-paid/smm-holdout-incremental-lift': {
      verdict: 'ok',
      fingerprint: '8325b0eaad31d8b5',
      note: 'added a named slip: comparing the exposed rate with the pooled rate of both groups',
    },
    'smm-paid/smm-cost-per-thousand-reached': {
      verdict: 'ok',
      fingerprint: '8d9feea4d733a6af',
    },
    'smm-paid/smm-objective-for-awareness': {
      verdict: 'ok',
      fingerprint: 'f09da3036804704a',
      note: 'each objective is shown either by name alone or with what Meta says it optimises for, drawn per option, and the goal comes in two wordings, so no fixed length marks the key',
    },
    'smm-paid/smm-objective-for-instant-forms': {
      verdict: 'ok',
      fingerprint: '1ed81ba69c7d3f1c',
      note: 'each objective is shown either by name alone or with what Meta says it optimises for, drawn per option, and the goal comes in two wordings, so no fixed length marks the key',
    },
    'smm-paid/smm-objective-for-purchases': {
      verdict: 'ok',
      fingerprint: 'd75a427e89adcbfa',
      note: 'each objective is shown either by name alone or with what Meta says it optimises for, drawn per option, and the goal comes in two wordings, so no fixed length marks the key',
    },
    'smm-paid/smm-audience-type-for-task': {
      verdict: 'ok',
      fingerprint: '7912e87adb8f68ef',
    },
    'smm-community/smm-moderate-spam': {
      verdict: 'ok',
      fingerprint: '5d333ea66bce1e74',
    },
    'smm-community/smm-moderate-complaint': {
      verdict: 'ok',
      fingerprint: 'c6807d29342ece7b',
    },
    'smm-community/smm-moderate-hate': {
      verdict: 'ok',
      fingerprint: '350ac48761b8d883',
    },
    'smm-community/smm-moderate-personal': {
      verdict: 'ok',
      fingerprint: 'dda4686a0c7a12df',
    },
    'smm-community/smm-moderate-wrong': {
      verdict: 'ok',
      fingerprint: '618199e3a428e0f1',
    },
    'smm-community/smm-moderate-praise': {
      verdict: 'ok',
      fingerprint: 'cec36d4d8fa695ef',
    },
    'smm-community/smm-moderate-escalate': {
      verdict: 'ok',
      fingerprint: 'ce066c1f105e34bd',
    },
    'smm-community/smm-moderate-criticism': {
      verdict: 'ok',
      fingerprint: 'e6b16436d2844060',
    },
    'smm-community/smm-moderate-profanity': {
      verdict: 'ok',
      fingerprint: '2731fdf04463d7ac',
    },
    'smm-community/smm-response-rate-within-window': {
      verdict: 'ok',
      fingerprint: '44c57ed78bed4517',
    },
    'smm-community/smm-net-sentiment-score': {
      verdict: 'ok',
      fingerprint: 'd5849a7beaa083d9',
    },
    'smm-community/smm-average-first-response-time': {
      verdict: 'ok',
      fingerprint: 'c1b45ffc316d7f43',
    },
    'smm-community/smm-response-due-in-business-hours': {
      verdict: 'ok',
      fingerprint: 'f4e15cc1a15c4f55',
    },
    'smm-community/smm-repeat-offender-strikes': {
      verdict: 'ok',
      fingerprint: '82f552e978e52a53',
    },
    'smm-platform/smm-x-characters-left-with-link': {
      verdict: 'ok',
      fingerprint: '5d98bbeb7085209f',
      note: 'post copy no longer cut mid-phrase or repeated twice; added a named slip (characters used, not left); the key test counts the copy again by X’s weights',
    },
    'smm-platform/smm-x-weighted-length': {
      verdict: 'ok',
      fingerprint: 'c7cdaf79b84febc8',
      note: 'post copy is now cut at a word that closes the phrase (the author’s cut skipped words, as in “before go up”)',
    },
    'smm-platform/smm-x-post-limit': {
      verdict: 'ok',
      fingerprint: '10ae82a89f404cb3',
    },
    'smm-platform/smm-linkedin-post-limit': {
      verdict: 'ok',
      fingerprint: 'ed0a207b229e8a60',
    },
    'smm-platform/smm-instagram-caption-and-hashtags': {
      verdict: 'ok',
      fingerprint: '645f82e42baf0aaf',
      note: 'wrong key fixed: Instagram cut the hashtag cap from 30 to five per post or reel in December 2025, so the key now says five and “30 hashtags” is the named outdated mistake; the Pinterest-style 500/20 distractor (nobody’s documented limit) replaced by the 150-character bio limit; varied wordings throughout',
    },
    'smm-platform/smm-instagram-caption-links': {
      verdict: 'ok',
      fingerprint: 'db75c5ccb885348a',
      note: 'three true wordings of the key, short and long wordings of each distractor, and a named slip (pasting the URL in the first comment, which does not link either)',
    },
    'smm-platform/smm-x-alt-text-limit': {
      verdict: 'ok',
      fingerprint: 'b9133ef60a9c40fb',
    },
    'smm-platform/smm-youtube-title-limit': {
      verdict: 'ok',
      fingerprint: '5697dfbcaab7ee3d',
      note: 'three true wordings of the key, short and long wordings of each distractor, and a named slip (the 150-character playlist title limit)',
    },
    'smm-platform/smm-utm-append-to-existing-query': {
      verdict: 'ok',
      fingerprint: '8983b0392d11988c',
    },
    'smm-platform/smm-utm-before-fragment': {
      verdict: 'ok',
      fingerprint: '35d54a1acd1fd2c7',
      note: 'added named slips (starting the query with & instead of ?, alone and with the fragment dropped), which a URL parser reads as no query; the slash-then-fragment distractor removed as a near copy of the tags-after-# one',
    },
    'smm-platform/smm-utm-encode-reserved-characters': {
      verdict: 'ok',
      fingerprint: '141b1e3041013385',
      note: 'restructured: the author’s five distractors were each one edit of the key, so the key was the centre of every option set (0.94 on the most-similar rule); now two of four named slips (& left raw, lower-cased, put under utm_content, encoded twice) are drawn and the options are the key, each slip alone and both together, so no option is a centre; the key test reads every link with a URL parser',
    },
    'smm-platform/smm-utm-read-campaign': {
      verdict: 'ok',
      fingerprint: '486d0710cd9321ec',
    },
    'smm-platform/smm-utm-values-case-sensitive': {
      verdict: 'ok',
      fingerprint: '552bbc9ba074724e',
      note: 'a distractor reworded (“Both as referrals…” read as referring to the other options; now “Each visit as a referral from instagram.com”)',
    },
    'smm-platform/smm-graphic-text-contrast-ratio': {
      verdict: 'ok',
      fingerprint: '27c57142c651f4a5',
    },
    'smm-disclosure/smm-ftc-disclosure-placement': {
      verdict: 'ok',
      fingerprint: '50c895c2a1ae181f',
    },
    'smm-disclosure/smm-ftc-free-product-is-a-connection': {
      verdict: 'ok',
      fingerprint: 'aa8d47ee8bb133cc',
      note: 'the invented “$100” and “10,000 followers” thresholds replaced by the real misbeliefs without made-up numbers (a cheap gift does not count; small accounts need not disclose)',
    },
    'smm-disclosure/smm-ftc-clear-disclosure-wording': {
      verdict: 'ok',
      fingerprint: '9344e39f9be3d3d0',
    },
    'smm-disclosure/smm-ftc-video-disclosure': {
      verdict: 'ok',
      fingerprint: 'c51fe293b8926506',
    },
    'smm-disclosure/smm-ftc-employee-posts': {
      verdict: 'ok',
      fingerprint: '99f0de7d6cce536e',
    },
    'smm-disclosure/smm-asa-ad-label-uk': {
      verdict: 'ok',
      fingerprint: '9cbbe4cd4a48c71a',
    },
    'smm-disclosure/smm-asa-affiliate-links': {
      verdict: 'ok',
      fingerprint: '9053ce8fc5b24438',
      note: 'three true wordings of the key and short and long wordings of each distractor; added a named slip (“#aff” at the end, unclear and easy to miss)',
    },
    'smm-disclosure/smm-camel-case-hashtags': {
      verdict: 'ok',
      fingerprint: '28c3b899fafe716f',
      note: 'added a named slip (words joined by hyphens, which end the hashtag); the lower-case underscore-and-suffix distractor kept: it combines two slips but no guidance prefers it to camel case',
    },
    'smm-disclosure/smm-alt-text-content': {
      verdict: 'ok',
      fingerprint: '142a778d0383d919',
      note: '“Image of a mug” (weak rather than wrong) replaced by a call to action in place of a description, which is plainly wrong',
    },
    'smm-disclosure/smm-decorative-emoji-placement': {
      verdict: 'ok',
      fingerprint: 'e47e77ec765a78b4',
      note: 'three true wordings of the key, short and long wordings of each distractor, and a named slip (a row of emoji at the start)',
    },
    'smm-disclosure/smm-video-captions': {
      verdict: 'ok',
      fingerprint: '59560f3817c64249',
    },
    'smm-disclosure/smm-flashing-content': {
      verdict: 'ok',
      fingerprint: '3fab3e4614ff5a40',
    },
    'smm-disclosure/smm-styled-unicode-text': {
      verdict: 'ok',
      fingerprint: '792fdba662bbba9e',
      note: 'three true wordings of the key, short and long wordings of each distractor, and one more side issue (translation) as a named slip',
    },
  },
}
