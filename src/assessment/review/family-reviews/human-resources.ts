import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `human-resources` test (workforce metrics, leave
 * and working time, recruitment and selection, compensation, employee relations and compliance
 * deadlines, UK and US): 97 submitted, 97 kept, none deleted. Every family's source was read in
 * full (stem wordings, keys, every named mistake); every family was drawn once after the changes
 * and read as a candidate sees it, and most of the 20 changed families more than once; the key
 * test works every numeric key and named slip again (BigInt cents, its own calendar) and holds
 * each rule family's answer with its source.
 *
 * Cue rates (300 draws a family, each family seeded by its name): before this review 23 families
 * were over 0.45 and 14 over 0.50 (highest 1.00, the Equal Pay Act family's list-like key the
 * least similar option in every draw); after it none is over 0.50 and 10 are between 0.45 and 0.49
 * (highest 0.49: the I-9 Section 2 date and the agency refund). The five models now set
 * `aimNumericRank`, which took most numeric families off the middle value (the unused-vacation,
 * compa-ratio and annualised-turnover families among them); the rule families were fixed by
 * rewording keys, the numeric ones by real named mistakes on the thin side. Each model's best rule
 * over 200 variants: metrics 0.32, leave 0.33, recruitment 0.32, compensation 0.30, relations
 * 0.35.
 *
 * Facts confirmed by public sources: the limit on a week's pay of £719 for employment ending
 * from 6 April 2025 (several law-firm and calculator pages; £700 before); the ERA 1996 s.1
 * statement on or before day one from 6 April 2020 (law-firm notes on SI 2018/1378); WTR 1998 reg
 * 12 (20 minutes over six hours; 30 over four and a half for young workers); the right to be
 * accompanied and the five-working-day postponement (ERA 1999 s.10); the 25 % adjustment for an
 * unreasonable failure to follow the ACAS Code (TULRCA s.207A, via the Employment Act 2008), the
 * Code being the 2015 text of 47 paragraphs; FMLA eligibility, 29 CFR 825.110 (the regulation's
 * text); the FLSA salary level of $684 a week enforced after Texas v. Department of Labor vacated
 * the 2024 rule on November 15, 2024 ($844 and $1,128 being the vacated levels); California Labor
 * Code §432.3 (no seeking salary history, directly or through an agent; pay expectations may be
 * asked; the statute's text); the EEOC charge periods of 180 and 300 calendar days, with a
 * deadline on a weekend or holiday running to the next business day; the Form I-9 Section 1 and
 * Section 2 deadlines; the gender pay gap Regulations 2017, regs 8 (mean) and 9 (median), as a
 * percentage of men's pay (the regulations' text); the ANSI/SHRM 06001.2012 Cost-per-Hire
 * standard, approved February 8, 2012 (its title pages and SHRM's page; the standard's formula
 * itself was not in a stored excerpt). Not confirmed by a source and left as the reviewer reads
 * them: California Labor Code §246(b)(1) (one hour per 30 hours worked, overtime hours counting;
 * the sources found covered only §510), the ACAS Code's paragraph numbers (9 for the invitation letter,
 * 19–22 for warnings), WTR regs 4(6), 10, 13(9) and 14(3), 29 CFR 778.103–.115 and 825.200/.205,
 * 29 U.S.C. 206(d)(1), Equality Act 2010 ss.60 and 65, the OWBPA, COBRA and WARN periods, and 29
 * CFR 1607.2(D) (the Uniform Guidelines do not cover age), on which one fix below rests.
 *
 * Fixed in place (20 families, each noted below): one wrong key (the EEOC charge deadline, keyed
 * on a weekend or holiday in some draws, when the deadline runs to the next business day); a stem
 * that misdescribed its own formula (group compa-ratio); a statutory figure not tied to its period
 * (redundancy pay); a regulation applied to contractual leave it does not cover (pay in lieu on
 * leaving); the four-fifths rule applied to age groups; three named slips that no one makes (hours
 * over 72, hours plus 40, a week five hours longer) replaced with real ones; one contrived slip
 * removed; real slips added on the thin side of nine numeric keys; four rule families' keys
 * reworded so they are not the shortest or least similar option.
 *
 * Left: the agency-refund and I-9 Section 2 families sit at 0.49 on one rule, under the limit but
 * without margin; a few slips are weak though real (the revenue-per-FTE family's "subtracts the
 * contractors", the starter pro-rata family's "rounds up and adds one"); the Equal Pay Act
 * family's "negotiated harder" slip is settled as no defence by most but not all US circuits.
 */
export const HUMAN_RESOURCES_REVIEW: TestFamilyReview = {
  testId: 'human-resources',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'hrm-compensation/compa-ratio': {
      verdict: 'ok',
      fingerprint: '0260775b301032bd',
    },
    'hrm-compensation/compa-ratio-meaning': {
      verdict: 'ok',
      fingerprint: 'd40b8313d66c47f2',
    },
    'hrm-compensation/cost-of-living-then-merit': {
      verdict: 'ok',
      fingerprint: 'bde3411eba86c0cc',
    },
    'hrm-compensation/equal-pay-act-exceptions': {
      verdict: 'ok',
      fingerprint: 'cf9d3612672ce5b5',
      note: 'Keys reworded as concrete reasons (“The man has more service under a bona fide seniority system”, merit, piece-rate) in the shape of the named mistakes; the list-like key was the least similar option in every draw (1.00). Second stem reworded to match.',
    },
    'hrm-compensation/flsa-exempt-salary-level': {
      verdict: 'ok',
      fingerprint: 'dd7ddc5873876aa4',
    },
    'hrm-compensation/group-compa-ratio': {
      verdict: 'ok',
      fingerprint: '18e64a12bb2029e5',
      note: 'Stem said “weighting each employee by pay”, which is not what total salaries ÷ total midpoints does (that weights by midpoint); it now asks for the compa-ratio of the payroll as a whole.',
    },
    'hrm-compensation/hourly-rate-to-annual-salary': {
      verdict: 'ok',
      fingerprint: '99528e033688b9d8',
    },
    'hrm-compensation/market-adjustment-to-a-target-compa-ratio': {
      verdict: 'ok',
      fingerprint: 'ad5a3476b597e9e2',
    },
    'hrm-compensation/merit-budget-as-a-share-of-payroll': {
      verdict: 'ok',
      fingerprint: '88a72a3e3cf2cd78',
    },
    'hrm-compensation/merit-matrix-increase': {
      verdict: 'ok',
      fingerprint: 'eb8c60ee34da71f2',
      note: 'Added the slips “gives the current salary” and “reads the compa-ratio bands in reverse order” (the key test already had both).',
    },
    'hrm-compensation/merit-over-range-maximum-as-lump-sum': {
      verdict: 'ok',
      fingerprint: '64f499da23209a01',
      note: 'Added the slip “pays nothing, reading the cap as ending the increase” (below the key).',
    },
    'hrm-compensation/midpoint-progression': {
      verdict: 'ok',
      fingerprint: '723e9d7d388a63c3',
    },
    'hrm-compensation/part-time-pro-rated-salary': {
      verdict: 'ok',
      fingerprint: '189d57acbc8cf4b7',
    },
    'hrm-compensation/pro-rated-salary-for-a-part-month': {
      verdict: 'ok',
      fingerprint: '6a5e10c6d4079e59',
    },
    'hrm-compensation/promotion-to-the-new-grade-minimum': {
      verdict: 'ok',
      fingerprint: 'ff895454dac6b42d',
      note: 'Stem now gives the new grade’s midpoint; added the slip “moves the promoted employee to the new grade’s midpoint” (above the key).',
    },
    'hrm-compensation/range-penetration': {
      verdict: 'ok',
      fingerprint: '56e9374181a56fe5',
    },
    'hrm-compensation/range-spread': {
      verdict: 'ok',
      fingerprint: '8be0c8d72f5990ac',
      note: 'Spread now drawn continuously (it was always a round 30–70 %, a cue by itself); added the slips “divides the minimum by the maximum” and “gives the maximum as a share of the midpoint”.',
    },
    'hrm-compensation/red-circle-rate': {
      verdict: 'ok',
      fingerprint: '28b19055667b5bd7',
    },
    'hrm-compensation/uk-equal-work-comparisons': {
      verdict: 'ok',
      fingerprint: '0b7777616df20d70',
      note: 'Keys reworded as “When …” sentences like the mistakes (least similar 0.75 before); one mistake reworded to match.',
    },
    'hrm-compensation/uk-gender-pay-gap-mean': {
      verdict: 'ok',
      fingerprint: '45c592f34b2076f6',
    },
    'hrm-compensation/uk-gender-pay-gap-median': {
      verdict: 'ok',
      fingerprint: '9a5d30529c74df1b',
    },
    'hrm-leave/california-sick-leave-accrual': {
      verdict: 'ok',
      fingerprint: '910114d497dc08b6',
    },
    'hrm-leave/flsa-piece-rate-overtime': {
      verdict: 'ok',
      fingerprint: '413761f53b2b6c08',
      note: 'Replaced the slip “divides the piece earnings by the hours plus 40” (no one does that) with “bases the half-time premium on the $7.25 federal minimum wage”.',
    },
    'hrm-leave/flsa-regular-rate-with-a-bonus': {
      verdict: 'ok',
      fingerprint: 'd62978fd0a976293',
    },
    'hrm-leave/flsa-weekly-overtime-pay': {
      verdict: 'ok',
      fingerprint: '74099a2f5942f173',
      note: 'Added the slips “pays the first 40 hours and leaves the overtime hours out” and “gives only the overtime pay” (below the key).',
    },
    'hrm-leave/flsa-weighted-regular-rate-for-two-jobs': {
      verdict: 'ok',
      fingerprint: '309ab7f7a0809cd2',
    },
    'hrm-leave/flsa-workweek-definition': {
      verdict: 'ok',
      fingerprint: '5cf6d16c81680116',
    },
    'hrm-leave/flsa-workweeks-are-not-averaged': {
      verdict: 'ok',
      fingerprint: 'd693b0655056eb5f',
      note: 'Replaced the slip “pays overtime on hours over 72 in the period” (no such rule) with “treats the two-week pay period as one workweek, with overtime after 40 hours”.',
    },
    'hrm-leave/fmla-employee-eligibility': {
      verdict: 'ok',
      fingerprint: 'b156c67ebbff9b21',
    },
    'hrm-leave/fmla-hours-left-on-a-reduced-schedule': {
      verdict: 'ok',
      fingerprint: '0d4361bd881a47f3',
    },
    'hrm-leave/fmla-leave-entitlement': {
      verdict: 'ok',
      fingerprint: '5a2172caf44a034e',
    },
    'hrm-leave/part-time-pro-rata-entitlement': {
      verdict: 'ok',
      fingerprint: 'c92790b816dea28b',
    },
    'hrm-leave/pto-accrual-per-pay-period': {
      verdict: 'ok',
      fingerprint: '3689b644bda00fcf',
    },
    'hrm-leave/starter-pro-rata-rounded-up-to-half-days': {
      verdict: 'ok',
      fingerprint: 'bc0b1009b8ee6d87',
    },
    'hrm-leave/uk-average-weekly-hours-over-17-weeks': {
      verdict: 'ok',
      fingerprint: 'd51f0265b1919739',
    },
    'hrm-leave/uk-bank-holidays-and-the-5-6-weeks': {
      verdict: 'ok',
      fingerprint: '38fbd80c9c4ff7eb',
    },
    'hrm-leave/uk-earliest-start-after-daily-rest': {
      verdict: 'ok',
      fingerprint: 'bd82a1c85409c06d',
    },
    'hrm-leave/uk-holiday-pay-in-lieu-on-leaving': {
      verdict: 'ok',
      fingerprint: '61c69dc12ce5f686',
      note: 'Entitlements of 25 and 30 days were drawn, but regulation 14 pays statutory leave only (25 days is below a full-timer’s statutory 28; 30 includes contractual days it does not cover); the worker now has only the statutory 5.6 weeks of a 3-, 4- or 5-day week.',
    },
    'hrm-leave/uk-pay-in-lieu-of-statutory-leave': {
      verdict: 'ok',
      fingerprint: 'c45c737eaf185032',
    },
    'hrm-leave/uk-rest-break-length': {
      verdict: 'ok',
      fingerprint: '254d4279524fb222',
    },
    'hrm-leave/uk-statutory-holiday-days': {
      verdict: 'ok',
      fingerprint: '46d26a095fc512a1',
    },
    'hrm-leave/unused-vacation-payout-at-the-daily-rate': {
      verdict: 'ok',
      fingerprint: '3e3b7179ea0f60c3',
    },
    'hrm-metrics/absence-rate-of-scheduled-days': {
      verdict: 'ok',
      fingerprint: '9e4772881c662db5',
    },
    'hrm-metrics/absence-rate-what-counts': {
      verdict: 'ok',
      fingerprint: '46c02ff576c21edb',
    },
    'hrm-metrics/annualised-turnover-from-a-quarter': {
      verdict: 'ok',
      fingerprint: 'c446459f30a4601b',
    },
    'hrm-metrics/average-time-to-fill-leaving-out-a-cancelled-req': {
      verdict: 'ok',
      fingerprint: '8b581f4db44c87b3',
    },
    'hrm-metrics/bradford-factor-score': {
      verdict: 'ok',
      fingerprint: '64d3f78e14669ff5',
    },
    'hrm-metrics/cost-per-hire-by-the-ansi-standard': {
      verdict: 'ok',
      fingerprint: '61e6a3524d90d840',
    },
    'hrm-metrics/cost-per-hire-internal-and-external-costs': {
      verdict: 'ok',
      fingerprint: '7781dabe46a50dd6',
    },
    'hrm-metrics/first-year-turnover-of-new-hires': {
      verdict: 'ok',
      fingerprint: '21e8c127d10906cf',
    },
    'hrm-metrics/fte-from-weekly-hours': {
      verdict: 'ok',
      fingerprint: '04832679b9231eda',
      note: 'The slip divided by a week five hours longer than the firm’s (42.5 or 45 hours, not a real standard); it now divides by the standard 40-hour week, or 37.5 where the firm’s week is 40.',
    },
    'hrm-metrics/headcount-on-a-date': {
      verdict: 'ok',
      fingerprint: 'b1a848655b616bc9',
    },
    'hrm-metrics/headcount-versus-fte': {
      verdict: 'ok',
      fingerprint: 'e697842a3c8f6e8e',
    },
    'hrm-metrics/retention-rate-of-starting-staff': {
      verdict: 'ok',
      fingerprint: 'd3c5b674f211f34f',
    },
    'hrm-metrics/revenue-per-fte': {
      verdict: 'ok',
      fingerprint: 'dcdf562773a545c7',
    },
    'hrm-metrics/time-to-fill-in-days': {
      verdict: 'ok',
      fingerprint: '84b313f4bc291f01',
    },
    'hrm-metrics/time-to-fill-start-and-stop': {
      verdict: 'ok',
      fingerprint: '067dadf166f68967',
    },
    'hrm-metrics/turnover-counts-separations-not-transfers': {
      verdict: 'ok',
      fingerprint: '02a8be1489716391',
    },
    'hrm-metrics/turnover-on-monthly-average-headcount': {
      verdict: 'ok',
      fingerprint: 'a6839758a2de809f',
    },
    'hrm-metrics/turnover-rate-on-average-headcount': {
      verdict: 'ok',
      fingerprint: '45ebef61373b5b69',
    },
    'hrm-metrics/voluntary-turnover-rate': {
      verdict: 'ok',
      fingerprint: '77a42f647c86cbb1',
      note: 'Added the slips “adds the two headcounts without halving them” and “gives resignations as a share of all leavers”.',
    },
    'hrm-recruitment/ada-essential-functions-evidence': {
      verdict: 'ok',
      fingerprint: 'c6c0b25152d22cde',
    },
    'hrm-recruitment/ada-pre-offer-question': {
      verdict: 'ok',
      fingerprint: '86cbd3a02359cb93',
    },
    'hrm-recruitment/agency-fee-pro-rata-refund': {
      verdict: 'ok',
      fingerprint: 'a445bb490289ceb2',
    },
    'hrm-recruitment/applicants-needed-through-a-funnel': {
      verdict: 'ok',
      fingerprint: 'f0373a7894418dca',
    },
    'hrm-recruitment/california-fair-chance-timing': {
      verdict: 'ok',
      fingerprint: '6aace255581ca5e7',
    },
    'hrm-recruitment/california-salary-history-ban': {
      verdict: 'ok',
      fingerprint: '4bb939300a4cf634',
    },
    'hrm-recruitment/equality-act-s60-pre-offer-health-question': {
      verdict: 'ok',
      fingerprint: 'ce0fcd20ccf9e9b2',
      note: 'Keys lengthened and a long true wording added (shortest option 0.74 before).',
    },
    'hrm-recruitment/four-fifths-impact-ratio': {
      verdict: 'ok',
      fingerprint: 'f731eccdd5fe0927',
    },
    'hrm-recruitment/four-fifths-rule-meaning': {
      verdict: 'ok',
      fingerprint: '9e2b6ceac191507e',
    },
    'hrm-recruitment/job-analysis-outputs': {
      verdict: 'ok',
      fingerprint: 'c4f573c81a44b2a2',
    },
    'hrm-recruitment/lowest-impact-ratio-of-three-groups': {
      verdict: 'ok',
      fingerprint: '97b82938e7f88c97',
    },
    'hrm-recruitment/offer-acceptance-rate': {
      verdict: 'ok',
      fingerprint: '0530b6d8aa2ef6e6',
    },
    'hrm-recruitment/shortfall-to-reach-four-fifths': {
      verdict: 'ok',
      fingerprint: '4515cc78339312a9',
      note: 'Groups were under-40 and 40-plus applicants, but the Uniform Guidelines do not apply to age (29 CFR 1607.2(D)); the groups are now white and Hispanic applicants.',
    },
    'hrm-recruitment/sign-on-bonus-clawback': {
      verdict: 'ok',
      fingerprint: '8ef444e269e1b7cf',
    },
    'hrm-recruitment/structured-interview-practice': {
      verdict: 'ok',
      fingerprint: 'd01d410e7e51b5cd',
      note: 'Keys lengthened and varied (the key was the shortest option in 0.79 of draws).',
    },
    'hrm-recruitment/time-to-hire-in-days': {
      verdict: 'ok',
      fingerprint: '45bcb6b91a666758',
    },
    'hrm-recruitment/weighted-structured-interview-score': {
      verdict: 'ok',
      fingerprint: '543e845c49143c8e',
      note: 'Removed the slip “averages the weighted and unweighted scores”, not a mistake anyone makes.',
    },
    'hrm-relations/acas-first-disciplinary-step': {
      verdict: 'ok',
      fingerprint: 'e6c2ed4dcc3f4aea',
    },
    'hrm-relations/acas-invitation-letter-contents': {
      verdict: 'ok',
      fingerprint: 'c52f2b72c82e756e',
    },
    'hrm-relations/acas-written-warning-contents': {
      verdict: 'ok',
      fingerprint: '4dcc96dc355aa76e',
    },
    'hrm-relations/california-final-pay-timing': {
      verdict: 'ok',
      fingerprint: '479f3aab38b51017',
    },
    'hrm-relations/cobra-employer-notice-deadline': {
      verdict: 'ok',
      fingerprint: '27a05fb1e8a184bd',
    },
    'hrm-relations/eeoc-charge-filing-deadline': {
      verdict: 'ok',
      fingerprint: '539dd5f9f193aa92',
      note: 'Wrong key in some draws: the key was always the 180th or 300th calendar day, but a deadline on a weekend or holiday runs to the next business day (EEOC, Time limits for filing a charge). Draws whose deadline falls on a weekend or a US federal holiday of 2026–2027 are now refused, and the key test checks no keyed deadline is a Saturday or Sunday.',
    },
    'hrm-relations/i9-retention-date': {
      verdict: 'ok',
      fingerprint: 'a728be9bff80c232',
    },
    'hrm-relations/i9-section-1-timing': {
      verdict: 'ok',
      fingerprint: '8724f443f36c870d',
    },
    'hrm-relations/i9-section-2-deadline': {
      verdict: 'ok',
      fingerprint: '0bec6f07445650c8',
      note: 'Added the slips “counts Saturday as a business day” and “allows until the end of the first week of work”.',
    },
    'hrm-relations/owbpa-waiver-consideration-period': {
      verdict: 'ok',
      fingerprint: '8528b6c5e5c301a4',
    },
    'hrm-relations/uk-acas-code-tribunal-adjustment': {
      verdict: 'ok',
      fingerprint: '4ce5707441562728',
    },
    'hrm-relations/uk-companion-at-a-disciplinary-hearing': {
      verdict: 'ok',
      fingerprint: '9d086967b2efa021',
    },
    'hrm-relations/uk-notice-end-date': {
      verdict: 'ok',
      fingerprint: 'd7b0ae99e18801d8',
    },
    'hrm-relations/uk-postponed-disciplinary-hearing': {
      verdict: 'ok',
      fingerprint: '8777fd545bed245f',
    },
    'hrm-relations/uk-right-to-work-check-timing': {
      verdict: 'ok',
      fingerprint: '42920fc38643c05f',
    },
    'hrm-relations/uk-statutory-notice-from-the-employer': {
      verdict: 'ok',
      fingerprint: '7970fce40e616e86',
    },
    'hrm-relations/uk-statutory-redundancy-pay': {
      verdict: 'ok',
      fingerprint: '65e181f0ff89c636',
      note: 'The £719 limit changes each April; the stem now dates the end of employment between 6 April 2025 and 5 April 2026 and says the limit is the one for that period.',
    },
    'hrm-relations/uk-written-statement-by-day-one': {
      verdict: 'ok',
      fingerprint: 'c892d54a789489d4',
    },
    'hrm-relations/warn-act-notice-date': {
      verdict: 'ok',
      fingerprint: 'ade95122ce675c24',
    },
  },
}
