import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `sales-operations` test's 80 families, 16 per domain
 * (compensation plans; quotas and attainment; capacity and territory planning; pipeline metrics;
 * CRM data and process rules), read as a freelance revenue-operations analyst checking figures and
 * as a guessing candidate, by a reviewer who did not write them, who first finished them (23
 * families cued over 0.50, 77 families to make 80) and then reviewed them under a short deadline.
 *
 * What was drawn: every family once in full (stem, key, every declared named mistake with its name)
 * from a scratch script, and the key of that draw worked from the rule its stem states with a
 * calculator, not from the family's code: 80 of 80 keys. The families changed in the review were
 * drawn again after the change. A scratch count drew every family 400 times for named mistakes that
 * show the key or each other, and another 300 times for the side of the key each mistake falls on.
 * The key test re-derives every key and declared mistake in exact BigInt rationals (now the shared
 * `test/support/bigint-rationals.ts` helpers instead of local copies) and was changed with every
 * mistake added, replaced or dropped. The named mistakes were read once each over one draw.
 *
 * Wrong keys found: none. One draw was wrong in range: year-to-date pace to prorated quota drew
 * bookings at 600 % to 1,000 % of the prorated quota (a tenfold slip in the draw); it now draws
 * 70 % to 120 %.
 *
 * Finishing (cue rates): the thin side of each cued key got real slips. Draws: recovery of a
 * recoverable draw (both months' whole draws recovered, only the commission above the month's
 * draw paid; month three now clears the draw twice so no slip falls below zero); non-recoverable
 * draw (the draw paid on top of month two's commission); multi-year rate (the full rate on the
 * total value plus the later-year rate, and four or five years, since at three "half the rate on
 * every year" always equalled "the later-year rate once"). Quotas: quarter attainment (bookings
 * annualised against the quarterly quota); share of reps at quota (divided by reps below quota,
 * ramping reps who passed kept in the team); manager attainment (the over-assignment added to the
 * team attainment, bookings grossed up instead of the quota); run rate to close the gap (the month
 * just ended counted as to come, the whole shortfall made up next month); pace to prorated quota
 * (one month's quota, the months still to come). Capacity: hires with attrition (the year-end
 * headcount grossed up, attrition on the average headcount); extra reps for a capacity gap
 * (attainment applied twice, attainment-weighted headcount taken off); requisition month (the
 * opening month counted on top of the hiring time; "lets hiring and ramping overlap" dropped, as it
 * always showed "allows for the ramp only"); quota-to-OTE now states the incentive per quarter, with
 * one quarter's incentive taken as the year's and a quarter's quota over annual OTE as slips.
 * Pipeline: coverage (the gap over the pipeline, all pipeline against the whole target); stage-exit
 * conversion (odds, advanced over lost); generation pace (the days to come projected without what
 * is already created); the velocity lever now also lengthens the cycle, so the two ratios multiply
 * and the slips fall on both sides (each lever left out, the cycle ratio the wrong way, the point
 * rise read as a percentage, the rise measured against the new rate or the new velocity). CRM:
 * response-time breaches over 16 leads at 90 or 120 minutes (at 60, reading "1 h 05" as 105 always
 * flagged the same leads as counting the limit itself), with the minutes dropped from hour times as
 * a slip; past close dates over twelve rows across March and April, with the day compared and the
 * month ignored, closed rows counted instead, and only last month flagged; finance approval over
 * twelve quotes with each rule checked alone; employee bands with 200 read as the top of SMB,
 * everything below 1,000, and the SMB count (a mistake that always showed the key went); merged
 * duplicates (one survivor for all groups, survivors added without deletion); capped round robin
 * now with four caps and an absent rep (the absent rep's cap counted, the largest or smallest cap
 * for every rep); stage-probability mismatches over twelve rows (stages counted instead of
 * opportunities, every opportunity in a stage with a mismatch); the approval discount now has an
 * undiscounted implementation fee in the quoted total (measured against the whole quote, the fee in
 * the list only, the quoted total as the base), net prices no longer whole-percent discounts;
 * territory reassignment with a stage-3 and a stage-5 open deal (stages 1 and 2 only as a slip).
 *
 * Added to reach 80 (real sales-operations tasks the forecasting and B2B sales tests do not ask):
 * bookings per average ramped rep (quarter-end headcounts, the ramping reps left out), the pipeline
 * that must be open at the start of a quarter when part of its bookings are created and closed
 * within it, and an account hierarchy's rolled-up ARR (grandchildren included, cancellations left
 * out at every depth).
 *
 * Other review fixes. Rounding: all 37 money stems (the three new ones included) said only "to the
 * cent" and now say "to the cent, a half cent rounded up"; the median open-age stem states its
 * one-decimal rounding.
 * Weak or colliding mistakes replaced: quota-to-OTE's "divides the OTE by a tenth of the quota";
 * cost of sales' "divides by twice the quota" (now the overhead rate added as points); territory
 * quota by potential's "scales against the largest territory's potential" (it used territory D's
 * whatever the largest) and "four times the first territory's potential" (now the largest
 * potential, and the other three territories' quota); the attainment cap's unclear "credits the
 * cap percentage again" renamed for what it does; weighted round robin's contrived "rounds the
 * share up and counts the part-cycle again" and "one lead each", which showed the rounded share in
 * 71 % of draws (now the part-cycle counted as a full one, with weights drawn so the day ends
 * inside the first rep's turn); seasonal quarter attainment's weight sets no longer put 25 % in the
 * third quarter (the even-quarter slip was the key in half the draws); the countersignature family
 * now always has a deal countersigned on 30 June (the last-day slip was the key in 84 %); the
 * hygiene and reassignment families fix a row so "closed too" and "today too", "every open" and
 * "stage 4 too" differ.
 *
 * Cue rates at 300 draws (scripts/family-cue-rates.ts, --over 0.45). Before: 23 over 0.50: crm
 * lead-response-sla-breach-share 0.86 most similar, past-close-date-hygiene-count 0.69 least
 * similar, finance-approval-for-payment-terms 0.69 most similar, employee-band-routing-count 0.65,
 * records-left-after-merging-duplicates 0.65 (middle value), capped-round-robin-overflow 0.64 cross
 * out, discount-percent-off-list-for-approval 0.63 most similar, stage-probability-mismatch-count
 * 0.62 middle value; capacity additional-reps-for-capacity-gap 0.66 middle value,
 * recruiting-start-month 0.55 least similar, hires-needed-with-attrition 0.52 most similar; comp
 * non-recoverable-draw-quarter 0.57, multi-year-kicker 0.54, recoverable-draw-recovery 0.53 (middle
 * value); quota manager-attainment-against-own-quota 0.57, quarter-attainment 0.51, share-of-reps
 * 0.51 (middle value), ytd-pace 0.53 and monthly-run-rate 0.51 most similar; pipeline
 * velocity-change 0.56 and generation-pace 0.54 most similar, stage-exit-conversion 0.52 and
 * coverage 0.51 middle value. After: none over 0.50; the highest attainment-cap-with-accelerator
 * 0.50 middle value, required-field-completeness 0.49, retroactive-accelerator 0.49 longest, and
 * cost-of-sales-per-quota-dollar, mean-cycle-across-month-end and stage-probability-mismatch-count
 * 0.48.
 *
 * At integration the CRM model as a whole still gave the middle-value rule 0.42 of its first 200
 * variants (the harness's limit is 0.40), so five CRM families were changed and drawn again, their
 * keys worked by hand: required-field completeness gained "checks the second field only" and "counts
 * those with at least one of the two fields filled" (the key had no slip below it to be the lowest
 * option), employee-band routing "counts the enterprise leads instead" and "counts the leads that are
 * not mid-market", the account-hierarchy roll-up "adds the direct children's own subscriptions
 * alone", the capped round robin draws 1 to 60 leads over the caps (the queue can now outgrow the
 * leads assigned), and stage probabilities are mismatched in two draws of five, not two of six. The
 * model then read 0.375 at the harness's seed and 0.33 to 0.39 at five others.
 *
 * Facts and conventions not confirmed against a published source in this review (each stem states
 * the rule it uses and keys follow the stem): plan mechanics (recoverable and non-recoverable
 * draws, retroactive accelerators, decelerators, true-ups, clawbacks) as commonly written;
 * quota-to-OTE and fully loaded cost ratios as ratios only, not benchmarks.
 *
 * Left as it is: a named mistake that checks one rule or one tier only shows the key whenever that
 * rule decides and is then dropped from the draw (rounding each tier up in account coverage, 51 %
 * of draws; February taken as 30 days when the median date is in March, 47 %; stages counted when
 * each stage has one mismatch, 44 %; the net-price base beside the 20 % boundary in VP approval,
 * 41 %); round robin skipping a rep refuses about a quarter of its draws where slips coincide.
 */
export const SALES_OPERATIONS_REVIEW: TestFamilyReview = {
  testId: 'sales-operations',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-06',
  families: {
    'sop-comp/tiered-accelerator-above-quota': {
      verdict: 'ok',
      fingerprint: '3da76b97ecff22e3',
    },
    'sop-comp/retroactive-accelerator': {
      verdict: 'ok',
      fingerprint: 'cdfcba20c689516b',
    },
    'sop-comp/attainment-cap-with-accelerator': {
      verdict: 'ok',
      fingerprint: 'cb4009f6d912caac',
    },
    'sop-comp/decelerator-below-half-quota': {
      verdict: 'ok',
      fingerprint: 'eedff0f359e2a49a',
    },
    'sop-comp/recoverable-draw-recovery': {
      verdict: 'ok',
      fingerprint: '90301e98cd321226',
    },
    'sop-comp/non-recoverable-draw-quarter': {
      verdict: 'ok',
      fingerprint: 'e567cf9a6ea76e0b',
    },
    'sop-comp/pro-rata-clawback': {
      verdict: 'ok',
      fingerprint: 'ed6f8a09e962f0f6',
    },
    'sop-comp/split-deal-commission-expense': {
      verdict: 'ok',
      fingerprint: '647cf36b19a0e612',
    },
    'sop-comp/spif-capped-per-deal': {
      verdict: 'ok',
      fingerprint: 'e22584b06b31a6b6',
    },
    'sop-comp/new-and-renewal-rates': {
      verdict: 'ok',
      fingerprint: '58a702ebe1d72f47',
    },
    'sop-comp/multi-year-kicker': {
      verdict: 'ok',
      fingerprint: '95288dd34039de55',
    },
    'sop-comp/quarterly-payout-at-annual-rate': {
      verdict: 'ok',
      fingerprint: 'f892463ccf493ee3',
    },
    'sop-comp/year-end-true-up': {
      verdict: 'ok',
      fingerprint: 'c2a401cbff157970',
    },
    'sop-comp/commission-on-gross-margin': {
      verdict: 'ok',
      fingerprint: 'adfe2c40211188d1',
    },
    'sop-comp/discount-rate-reduction-steps': {
      verdict: 'ok',
      fingerprint: '8619a0b79937bcaa',
    },
    'sop-comp/threshold-gate-first-dollar': {
      verdict: 'ok',
      fingerprint: '55988469e8a92e97',
    },
    'sop-quota/quarter-attainment-from-annual-quota': {
      verdict: 'ok',
      fingerprint: 'ddbe78d8d96e0a4a',
    },
    'sop-quota/ytd-attainment-seasonal-quotas': {
      verdict: 'ok',
      fingerprint: '9ce99e9aaea1586a',
    },
    'sop-quota/rep-quota-from-over-assignment': {
      verdict: 'ok',
      fingerprint: 'c6a05a90a495dea6',
    },
    'sop-quota/ramping-rep-annual-quota': {
      verdict: 'ok',
      fingerprint: 'b6b02ecdefec60ed',
    },
    'sop-quota/share-of-reps-at-quota': {
      verdict: 'ok',
      fingerprint: 'f86d9ae30cc12c5f',
    },
    'sop-quota/median-attainment-even-team': {
      verdict: 'ok',
      fingerprint: 'e85dd0b1112ad4f9',
    },
    'sop-quota/team-attainment-pooled': {
      verdict: 'ok',
      fingerprint: 'b08ab6cc1ad1a2ff',
    },
    'sop-quota/manager-attainment-against-own-quota': {
      verdict: 'ok',
      fingerprint: 'b0f6561108c97ce9',
    },
    'sop-quota/monthly-run-rate-to-close-gap': {
      verdict: 'ok',
      fingerprint: '4ad23a30259bf607',
    },
    'sop-quota/quota-relief-on-account-transfer': {
      verdict: 'ok',
      fingerprint: '483c718401d37a6b',
    },
    'sop-quota/quota-prorated-for-leave': {
      verdict: 'ok',
      fingerprint: '42c24e38e35126a4',
    },
    'sop-quota/attainment-with-crediting-rules': {
      verdict: 'ok',
      fingerprint: 'ee033f370314093f',
    },
    'sop-quota/seasonal-quarter-attainment': {
      verdict: 'ok',
      fingerprint: 'd59dd458e0f45a22',
    },
    'sop-quota/rep-quota-total-for-expected-attainment': {
      verdict: 'ok',
      fingerprint: '5cd57f9223924d22',
    },
    'sop-quota/ytd-pace-to-prorated-quota': {
      verdict: 'ok',
      fingerprint: '3878bb6a7817fa7e',
    },
    'sop-quota/blended-quota-after-mid-year-change': {
      verdict: 'ok',
      fingerprint: 'f133ea400074dc0e',
    },
    'sop-capacity/reps-needed-for-bookings-target': {
      verdict: 'ok',
      fingerprint: 'dcaa4edd82bab5b4',
    },
    'sop-capacity/hires-needed-with-attrition': {
      verdict: 'ok',
      fingerprint: '1d7eae4dd46bd851',
    },
    'sop-capacity/capacity-with-ramping-hires': {
      verdict: 'ok',
      fingerprint: '46d58ec00ba40192',
    },
    'sop-capacity/capacity-with-attainment-and-attrition': {
      verdict: 'ok',
      fingerprint: '42069d938045f86b',
    },
    'sop-capacity/quota-to-ote-ratio': {
      verdict: 'ok',
      fingerprint: '61500651854f7cf4',
    },
    'sop-capacity/cost-of-sales-per-quota-dollar': {
      verdict: 'ok',
      fingerprint: 'ea125cb22b49bc16',
    },
    'sop-capacity/quota-by-territory-potential': {
      verdict: 'ok',
      fingerprint: 'e21a7787b21bd6f0',
    },
    'sop-capacity/territory-imbalance-against-mean': {
      verdict: 'ok',
      fingerprint: '86884d2ec04567c3',
    },
    'sop-capacity/reps-for-account-coverage-hours': {
      verdict: 'ok',
      fingerprint: '8a0f58de600f8854',
    },
    'sop-capacity/ramped-rep-equivalents': {
      verdict: 'ok',
      fingerprint: '9dc18eeccf4c374a',
    },
    'sop-capacity/additional-reps-for-capacity-gap': {
      verdict: 'ok',
      fingerprint: '1f75c6d95055c383',
    },
    'sop-capacity/recruiting-start-month': {
      verdict: 'ok',
      fingerprint: '5421cf2db16890d1',
    },
    'sop-capacity/sdrs-needed-for-ae-pipeline': {
      verdict: 'ok',
      fingerprint: '2fc7cc67d744ab8d',
    },
    'sop-capacity/snake-draft-territory-split': {
      verdict: 'ok',
      fingerprint: 'e9d531363e801722',
    },
    'sop-capacity/bookings-lost-to-vacancy': {
      verdict: 'ok',
      fingerprint: '7dfd266cbd7804aa',
    },
    'sop-capacity/bookings-per-average-ramped-rep': {
      verdict: 'ok',
      fingerprint: '62c69e1c4025c889',
    },
    'sop-pipeline/coverage-by-stated-inclusion-rules': {
      verdict: 'ok',
      fingerprint: 'dfa9c5b73d39c0ba',
    },
    'sop-pipeline/cohort-win-rate-so-far': {
      verdict: 'ok',
      fingerprint: 'c5394cfa913152d0',
    },
    'sop-pipeline/median-open-age-as-of-date': {
      verdict: 'ok',
      fingerprint: 'cbb0ab332f0140df',
    },
    'sop-pipeline/median-cycle-of-won-deals-even': {
      verdict: 'ok',
      fingerprint: 'a08e57a4d9c26149',
    },
    'sop-pipeline/velocity-change-from-win-rate-lever': {
      verdict: 'ok',
      fingerprint: 'da3c247aebcbdb95',
    },
    'sop-pipeline/pipeline-needed-with-slippage': {
      verdict: 'ok',
      fingerprint: 'd9be2de176cedf18',
    },
    'sop-pipeline/win-rate-excluding-disqualified': {
      verdict: 'ok',
      fingerprint: '6e3020cbf30317f5',
    },
    'sop-pipeline/pipeline-waterfall-end-balance': {
      verdict: 'ok',
      fingerprint: '28885876e3e1c0da',
    },
    'sop-pipeline/pipeline-generation-pace-shortfall': {
      verdict: 'ok',
      fingerprint: '68994452028ef7ca',
    },
    'sop-pipeline/stalled-pipeline-share-by-value': {
      verdict: 'ok',
      fingerprint: 'f721c35f2d145411',
    },
    'sop-pipeline/start-of-quarter-pipeline-close-rate': {
      verdict: 'ok',
      fingerprint: 'a7b4b4b576c63aa0',
    },
    'sop-pipeline/stage-exit-conversion-excluding-open': {
      verdict: 'ok',
      fingerprint: 'e6e16270cd00870c',
    },
    'sop-pipeline/quarter-pipeline-created-needed': {
      verdict: 'ok',
      fingerprint: '514ad0b1cd5331fa',
    },
    'sop-pipeline/win-rate-by-value-with-open-excluded': {
      verdict: 'ok',
      fingerprint: '0f3af3f89cdd6f8f',
    },
    'sop-pipeline/mean-cycle-across-month-end': {
      verdict: 'ok',
      fingerprint: '5e8bed3e0506797f',
    },
    'sop-pipeline/starting-pipeline-with-in-quarter-create-and-close': {
      verdict: 'ok',
      fingerprint: 'cf40fb5659930158',
    },
    'sop-crm/weighted-round-robin-share': {
      verdict: 'ok',
      fingerprint: '3b26c5e97f0fc6d0',
    },
    'sop-crm/round-robin-skipping-unavailable-rep': {
      verdict: 'ok',
      fingerprint: 'c297956dace275ba',
    },
    'sop-crm/employee-band-routing-count': {
      verdict: 'ok',
      fingerprint: 'c4976ea25dbd7f41',
    },
    'sop-crm/duplicates-by-stated-match-rule': {
      verdict: 'ok',
      fingerprint: '29aedb42504da4c0',
    },
    'sop-crm/records-left-after-merging-duplicates': {
      verdict: 'ok',
      fingerprint: 'b6d41c72aab1c199',
    },
    'sop-crm/required-field-completeness': {
      verdict: 'ok',
      fingerprint: '493b42e9c04ece2e',
    },
    'sop-crm/past-close-date-hygiene-count': {
      verdict: 'ok',
      fingerprint: 'ec5a81d7f55c5c78',
    },
    'sop-crm/bookings-by-countersignature-date': {
      verdict: 'ok',
      fingerprint: 'cc4d9c1b026d7e89',
    },
    'sop-crm/quotes-needing-vp-approval': {
      verdict: 'ok',
      fingerprint: '54af0451900cc25c',
    },
    'sop-crm/lead-response-sla-breach-share': {
      verdict: 'ok',
      fingerprint: 'cd921967db16fae2',
    },
    'sop-crm/capped-round-robin-overflow': {
      verdict: 'ok',
      fingerprint: '0bac277be67ba450',
    },
    'sop-crm/stage-probability-mismatch-count': {
      verdict: 'ok',
      fingerprint: '14001b917c6965c1',
    },
    'sop-crm/discount-percent-off-list-for-approval': {
      verdict: 'ok',
      fingerprint: '36b0ba4b40c35287',
    },
    'sop-crm/finance-approval-for-payment-terms': {
      verdict: 'ok',
      fingerprint: 'cf04b3db85d9e5df',
    },
    'sop-crm/territory-reassignment-pipeline-moved': {
      verdict: 'ok',
      fingerprint: '9121500dd9f3c729',
    },
    'sop-crm/account-hierarchy-arr-rollup': {
      verdict: 'ok',
      fingerprint: '13fd818d0ca54a93',
    },
  },
}
