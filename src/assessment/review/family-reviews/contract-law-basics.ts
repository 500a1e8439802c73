import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `contract-law-basics` test's 79 families (16 formation, 15
 * consideration, intention and capacity, 16 terms and interpretation, 16 breach, remedies and
 * damages, 16 discharge, time limits and freelance terms), read as a freelancer or small-business
 * owner applying contract terms under English law and as a guessing candidate, under a short
 * deadline. All 79 are kept.
 *
 * What was drawn: every family once in full (stem, key, every declared named mistake) from a
 * scratch script, each outcome family in both of its branches, and the key of that draw worked by
 * hand from the stated rule (dates counted on a calendar, working days and bank holidays one by
 * one, interest as principal × rate × days ÷ 365 on a calculator, caps and sums added by hand),
 * not from the family's code: 79 of 79 keys, none wrong. Every changed family was drawn again
 * after its change. The key test re-derives every key and declared mistake by its own route
 * (Julian day numbers for dates, BigInt pence for money) and was changed with each mistake
 * removed.
 *
 * Wrong keys found: none. Wrong labels found: the promissory estoppel retainer's two off-by-a-month
 * mistakes were named the wrong way round (restoring the full fee the month after notice was
 * called restoring it in the notice month, and the notice month was called the month before);
 * each now names its own month.
 *
 * A distractor that was not wrong: interest after a part payment offered each payment charged on
 * itself from the due date to its own date; that is the same sum as the balance-by-period key,
 * a penny apart from rounding, so it was dropped.
 *
 * Facts corrected: the business-days family named any weekday as "a public holiday" (for example
 * Monday 27 April 2026, which is not one); it now draws a real bank holiday in England from
 * Christmas 2025 to New Year 2028 (substitute days included) and draws again when a second
 * holiday would fall in the window. The UCTA family's injury was a client employee's claim
 * "claimed by the client's insurer in the client's name", which is not how an employee's injury
 * reaches a contractor's cap; the injured person is now the sole-trader client herself, so s 2(1)
 * bites on the contract claim directly. The battle-of-the-forms stem gave only the day the client
 * accepted the work, though where the client fired the last shot the freelancer accepts by
 * delivering; the stem now dates the delivery and the client's taking it in the same day. The
 * anticipatory-breach stem now says the resale is on the delivery date, so the delivery-date
 * market measure is not undercut by mitigation at the earlier price. The frustration stem now asks
 * for the net sum the freelancer repays (the court may let the expenses be kept from money paid or
 * recovered from money payable; the net is the same either way). Limitation families whose last
 * day (for the invoices in time, the day of issue) fell on a Saturday or Sunday are drawn again,
 * since the period is then extended to the
 * next day the court office opens (Pritam Kaur v Russell); the stated anniversary rule now always
 * agrees with it.
 *
 * Stems mended: the cost-of-cure stem, where rebuilding was reasonable, offered loss-of-amenity
 * mistakes with a figure the stem never gave; it now states what the court would have put on
 * amenity. The training-modules family drew photographers and video editors to write modules and
 * now draws a copywriter or translator. The acknowledgement stem said "admits the rest" by phone
 * before the part payment it listed first; the third-party-rights stem's excluding branch spoke of
 * "the warranty" its clause never gave, and now states it; the invoices-in-time stem said "today" for a dated
 * day; the precedence clause's "prevail" is now "prevails".
 *
 * Mistakes dropped as impossible or nudges: mutual variation's "takes the cut for the new fee" and
 * "takes the cost of the dropped work for the fee" (a fee of a few hundred pounds on a
 * several-thousand-pound job); contractual interest's "applies the annual rate per 100 days";
 * cancellation scale's "charges the whole fee", which was the key in the seven-day band and the
 * reversed reading otherwise (its neighbouring-band mistake is now named as such, not as the
 * "next band down" that does not exist below 100 %); business days' "counts the delivery day as
 * the first day", which always gave the same date as forgetting the holiday. The renewal
 * deadline's "counts back from the start of the term" (the term's first day, a date no count
 * gives) was replaced by counting both the notice day and the end date among the 90, the usual
 * slip with clear days. Mutual variation
 * then rose to 0.67 on the middle value, and was repaired by drawing the dropped work's cost
 * above or below the cut, so replacing the cut with that cost lands on either side of the key.
 *
 * Left as the finisher brought them, and why: eight families (revocation against a posted
 * acceptance, acceptance that must reach by a date, silence, revocation through a third party,
 * promise to keep open, third-party rights, minor ratification, term classification), now with
 * cancellation scale and business days, declare exactly three real mistakes, which is what a draw
 * shows; no fourth real slip was needed. Posted notice month sits at 0.50 on "most similar", not
 * over it.
 *
 * Cue rates at 300 draws: before, highest 0.50 (posted notice month, most similar), none over
 * 0.50, 10 of 79 over 0.45 (counting the 0.45 at the line), so the finisher's claim holds.
 * After: highest 0.50 (posted notice month, most similar), none over 0.50, 10 of 79 over 0.45;
 * the invoices-in-time family rose from 0.46 to 0.49 on the middle value once weekend days of
 * issue were drawn again, mutual variation sits at 0.47.
 *
 * Rules of law checked from the reviewer's own knowledge of English contract law and not
 * confirmed here against a source: the cases each stem cites for its rule (Adams v Lindsell,
 * Byrne v Van Tienhoven, Holwell v Hughes, Household Fire v Grant, Dickinson v Dodds, Routledge v
 * Grant, Stevenson v McLean, Felthouse v Bindley, Brogden, Butler v Ex-Cell-O, Great Northern
 * Railway v Witham, Carlill, Pao On, Scotson v Pegg, Williams v Roffey, High Trees, Chappell v
 * Nestlé, Rose and Frank, British Steel v Cleveland Bridge, Rock Advertising v MWB, L'Estrange,
 * Curtis, Olley, Interfoto, Hong Kong Fir, Hadley v Baxendale, Victoria Laundry, British
 * Westinghouse, Ruxley, Anglia Television v Reed, Farley v Skinner, Sumpter v Hedges, Hoenig v
 * Isaacs, Cavendish v Makdessi, Chandler v Webster), the Limitation Act 1980 periods (six years
 * in simple contract, twelve on a deed, restart by signed acknowledgement or part payment and not
 * by an oral one), the extension of a period ending on a closed court day, UCTA 1977 s 2, the
 * Sale of Goods Act 1979 ss 3 and 50(3), the Contracts (Rights of Third Parties) Act 1999 and
 * the Law Reform (Frustrated Contracts) Act 1943 s 1(2), and the 2025–2028 bank holidays in
 * England. Stated in the stems as the contract's own term or as a given rule, and not confirmed:
 * "indirect or consequential loss" read as Hadley's second limb; the last day of a limitation
 * period as the anniversary of the accrual date; which kind of minor's contract binds only on
 * ratification after 18; the court's findings in the anticipatory breach, penalty and
 * reasonableness stems.
 */
export const CONTRACT_LAW_BASICS_REVIEW: TestFamilyReview = {
  testId: 'contract-law-basics',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-06',
  families: {
    'clb-formation/clb-postal-acceptance-date': { verdict: 'ok', fingerprint: 'c6c3ace6ff236b1a' },
    'clb-formation/clb-revocation-against-posted-acceptance': {
      verdict: 'ok',
      fingerprint: '8fe3fd086f7e9121',
    },
    'clb-formation/clb-email-acceptance-office-hours': {
      verdict: 'ok',
      fingerprint: '27d64b2781fa254a',
    },
    'clb-formation/clb-counter-offer-or-enquiry': {
      verdict: 'ok',
      fingerprint: '048a04f371149143',
    },
    'clb-formation/clb-website-order-dispatch': { verdict: 'ok', fingerprint: '11a120365299ddea' },
    'clb-formation/clb-acceptance-must-reach-by': {
      verdict: 'ok',
      fingerprint: '9cd8de6818fd3f96',
    },
    'clb-formation/clb-acceptance-by-conduct': { verdict: 'ok', fingerprint: 'bc14fdf4b9094d08' },
    'clb-formation/clb-battle-of-the-forms': { verdict: 'ok', fingerprint: '1f52199424236188' },
    'clb-formation/clb-silence-is-not-acceptance': {
      verdict: 'ok',
      fingerprint: '1e03976592373b67',
    },
    'clb-formation/clb-request-for-quotes': { verdict: 'ok', fingerprint: '0b5045a7e3644612' },
    'clb-formation/clb-revocation-through-third-party': {
      verdict: 'ok',
      fingerprint: 'c8a294013e0d7b2e',
    },
    'clb-formation/clb-promise-to-keep-open': { verdict: 'ok', fingerprint: '49d1bd4770d01bdc' },
    'clb-formation/clb-standing-offer-orders': { verdict: 'ok', fingerprint: '79cbaa230b716dd7' },
    'clb-formation/clb-price-list-invitation': { verdict: 'ok', fingerprint: 'd675c819306f4027' },
    'clb-formation/clb-lost-posted-acceptance': { verdict: 'ok', fingerprint: '1cc058f109735518' },
    'clb-formation/clb-offer-open-for-days': { verdict: 'ok', fingerprint: 'e4180c85c8185173' },
    'clb-consideration/clb-past-consideration': { verdict: 'ok', fingerprint: 'dceda22a7371d929' },
    'clb-consideration/clb-promissory-estoppel-retainer': {
      verdict: 'ok',
      fingerprint: '559aedf6a975e371',
    },
    'clb-consideration/clb-practical-benefit': { verdict: 'ok', fingerprint: '718a3e7ff2e287af' },
    'clb-consideration/clb-subject-to-contract': { verdict: 'ok', fingerprint: '9209975760cb5455' },
    'clb-consideration/clb-minor-necessaries': { verdict: 'ok', fingerprint: '81b5bdeb054d1fea' },
    'clb-consideration/clb-deed-or-bare-promise': {
      verdict: 'ok',
      fingerprint: 'ef36fa6e7fe3d346',
    },
    'clb-consideration/clb-third-party-rights': { verdict: 'ok', fingerprint: 'fd36e8fb154651d5' },
    'clb-consideration/clb-honour-clause-orders': {
      verdict: 'ok',
      fingerprint: '9ca6594f37d5fc8a',
    },
    'clb-consideration/clb-referral-reward': { verdict: 'ok', fingerprint: '375c4f52a659f5a1' },
    'clb-consideration/clb-nominal-consideration': {
      verdict: 'ok',
      fingerprint: 'bedc2d05bf9982e8',
    },
    'clb-consideration/clb-minor-ratification': { verdict: 'ok', fingerprint: '4a28a372e937e049' },
    'clb-consideration/clb-duty-owed-to-third-party': {
      verdict: 'ok',
      fingerprint: '8870ca0c81d04373',
    },
    'clb-consideration/clb-estoppel-waived-interest': {
      verdict: 'ok',
      fingerprint: 'ad174c3c5239c1ed',
    },
    'clb-consideration/clb-no-agreed-price': { verdict: 'ok', fingerprint: 'ba91d07a12765195' },
    'clb-consideration/clb-mutual-variation': { verdict: 'ok', fingerprint: '8e34c14811a9e706' },
    'clb-terms/clb-term-classification': { verdict: 'ok', fingerprint: 'f3487e05a2775b5a' },
    'clb-terms/clb-terms-after-contract': { verdict: 'ok', fingerprint: '38cdf2b2c3ec4702' },
    'clb-terms/clb-signed-unread-cap': { verdict: 'ok', fingerprint: '8dcdc1598036dd3a' },
    'clb-terms/clb-onerous-holding-fee': { verdict: 'ok', fingerprint: '5053d95e6a406e01' },
    'clb-terms/clb-ucta-injury-and-property': { verdict: 'ok', fingerprint: '563525cd6351e035' },
    'clb-terms/clb-cap-on-fees-paid': { verdict: 'ok', fingerprint: 'c726f629d2517219' },
    'clb-terms/clb-contra-proferentem-word-count': {
      verdict: 'ok',
      fingerprint: '3e23f2298111654a',
    },
    'clb-terms/clb-entire-agreement': { verdict: 'ok', fingerprint: '1863f96ba5ca236d' },
    'clb-terms/clb-order-of-precedence': { verdict: 'ok', fingerprint: '3de193a8ebf04bdf' },
    'clb-terms/clb-time-of-essence-notice': { verdict: 'ok', fingerprint: '23b146e72bd5e6d6' },
    'clb-terms/clb-business-days-defect-notice': { verdict: 'ok', fingerprint: '7548a55d500676ba' },
    'clb-terms/clb-indirect-loss-exclusion': { verdict: 'ok', fingerprint: '376e7523e14aa45c' },
    'clb-terms/clb-no-oral-modification': { verdict: 'ok', fingerprint: 'fe1f857551e8bd06' },
    'clb-terms/clb-deemed-acceptance': { verdict: 'ok', fingerprint: 'cd1b79ee89952c75' },
    'clb-terms/clb-cap-per-claim-and-aggregate': { verdict: 'ok', fingerprint: '3acd8bc7134a9255' },
    'clb-terms/clb-service-credits-sole-remedy': { verdict: 'ok', fingerprint: '7180da68a1f893cb' },
    'clb-remedies/clb-cost-of-cover': { verdict: 'ok', fingerprint: 'abd28b2a8b093feb' },
    'clb-remedies/clb-lost-profit-costs-saved': { verdict: 'ok', fingerprint: 'a73605059bfa63be' },
    'clb-remedies/clb-failure-to-mitigate': { verdict: 'ok', fingerprint: 'fbc056b8f4b60363' },
    'clb-remedies/clb-hadley-two-limbs': { verdict: 'ok', fingerprint: '1c4ade1c13f02764' },
    'clb-remedies/clb-liquidated-or-penalty': { verdict: 'ok', fingerprint: '5e2c42b62cb5d7f9' },
    'clb-remedies/clb-contractual-interest': { verdict: 'ok', fingerprint: '8f8a58072d574bac' },
    'clb-remedies/clb-reliance-loss': { verdict: 'ok', fingerprint: 'fc24cf2a6c5d5493' },
    'clb-remedies/clb-distress-damages': { verdict: 'ok', fingerprint: 'bfcf2aec9675d0c1' },
    'clb-remedies/clb-entire-or-divisible': { verdict: 'ok', fingerprint: '0df32d2b70e3701a' },
    'clb-remedies/clb-anticipatory-breach-market': {
      verdict: 'ok',
      fingerprint: '816712eac332ebb2',
    },
    'clb-remedies/clb-interest-after-part-payment': {
      verdict: 'ok',
      fingerprint: '3f04bdef871d9a0c',
    },
    'clb-remedies/clb-mitigation-costs': { verdict: 'ok', fingerprint: '4921a1bad21b6c50' },
    'clb-remedies/clb-days-late-normal-loss': { verdict: 'ok', fingerprint: '588d3aaa014e10e1' },
    'clb-remedies/clb-cost-of-cure': { verdict: 'ok', fingerprint: '19c95bbe759fd7f4' },
    'clb-remedies/clb-repudiation-accepted': { verdict: 'ok', fingerprint: '0847570af2a218a2' },
    'clb-remedies/clb-forfeiture-penalty': { verdict: 'ok', fingerprint: '62851487d40ff05e' },
    'clb-discharge/clb-limitation-simple-contract': {
      verdict: 'ok',
      fingerprint: '9b83cfc8b1d350e0',
    },
    'clb-discharge/clb-limitation-deed': { verdict: 'ok', fingerprint: 'cb9de63feba396ec' },
    'clb-discharge/clb-limitation-acknowledgement': {
      verdict: 'ok',
      fingerprint: '0865c386b1eaf9d9',
    },
    'clb-discharge/clb-limitation-invoices-in-time': {
      verdict: 'ok',
      fingerprint: '35cb672f6acc1254',
    },
    'clb-discharge/clb-email-notice-termination': {
      verdict: 'ok',
      fingerprint: '674dc0f101558924',
    },
    'clb-discharge/clb-posted-notice-month': { verdict: 'ok', fingerprint: '53906039ba23fae4' },
    'clb-discharge/clb-frustration-1943-act': { verdict: 'ok', fingerprint: '7f0d5cc4bf54e97b' },
    'clb-discharge/clb-kill-fee': { verdict: 'ok', fingerprint: '390903024805123a' },
    'clb-discharge/clb-renewal-notice-deadline': { verdict: 'ok', fingerprint: 'cbd5a17395102978' },
    'clb-discharge/clb-substantial-performance': { verdict: 'ok', fingerprint: 'ff7f5f0f21b03cfe' },
    'clb-discharge/clb-retention-release': { verdict: 'ok', fingerprint: '5d12f0b6086a2d7d' },
    'clb-discharge/clb-minimum-term-notice': { verdict: 'ok', fingerprint: '43f2f491f75e47ce' },
    'clb-discharge/clb-pro-rata-final-month': { verdict: 'ok', fingerprint: '97b3488eaa8c3683' },
    'clb-discharge/clb-cancellation-scale': { verdict: 'ok', fingerprint: '95d9db1fa4ad6986' },
    'clb-discharge/clb-limitation-unpaid-invoice': {
      verdict: 'ok',
      fingerprint: '3f6ec639e0da23da',
    },
    'clb-discharge/clb-end-of-month-terms': { verdict: 'ok', fingerprint: 'dfd4a7c8b5fdb59f' },
  },
}
