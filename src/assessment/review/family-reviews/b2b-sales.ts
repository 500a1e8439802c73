import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `b2b-sales` test (prospecting and funnel
 * arithmetic, BANT and MEDDIC/MEDDPICC qualification, weighted pipeline and forecasts, quotes,
 * contract measures and commission, negotiation positions and the cost of payment terms): 95
 * submitted, 95 kept, none deleted. Every family was drawn (two to four variants each) and its stem,
 * key and each named mistake read; most numeric keys were also worked again by hand, and the key
 * test recomputes every shown figure in BigInt cents with its own band walks and ceilings.
 *
 * Cue rates (300 draws a family, each family seeded by its name): before the review 4 families
 * were over 0.50 (LinkedIn-invite weeks and this quarter's weighted forecast 0.54, the weighted
 * ICP fit score and TCV with uplift 0.51) and 11 over 0.45; after it none is over 0.50 and 4 are
 * over 0.45, highest 0.48 (the win rate for a velocity target, longest option), then 0.46 (the
 * largest discount for a margin floor, middle value; split the difference, most similar) and
 * 0.45. Each of the five models' best rule over 200 variants is at most 0.37.
 *
 * Fixed in place. Keys: the two families that ask for first meetings towards a money target
 * (bookings quota, pipeline target) drew targets that were not a whole number of deals, so
 * rounding the deals up before grossing up by the rates (the key) and rounding only the meetings
 * gave two defensible answers a few meetings apart, and the second was not offered; targets are
 * now whole numbers of deals, and the key test checks it. Named mistakes: the ICP score offered a
 * slip that always equalled the key (weighted points ÷ 4 × 25 is ÷ 100) and so was never shown,
 * replaced by three real ones; the SLA credit named a "next tier down" of 100% that the contract
 * does not have when the deepest tier applies (that slip is now only drawn above the deepest
 * tier, and stopping at the first tier listed was added); the TCV family's compound slip (three
 * flat years raised once, the fee added twice) became ACV-for-TCV and year-3 price throughout; the
 * velocity-target win rate no longer offers rates of 600% to 9,000% that no one would pick
 * (quarter-of-days and month-of-days slips instead, and win rates from 6% so that keys are not
 * always the longest figure). Thin-side real mistakes added: LinkedIn weeks (acceptance or reply
 * rate applied twice), this quarter's forecast (average weighted deal; the average stage
 * probability applied to every deal; deals now shuffled and which two close next quarter drawn),
 * liability cap (the two fees swapped), cost per booked meeting (a held meeting with the show rate
 * read as the no-show rate), run-rate projection (a 30-day month at the daily rate). The
 * reservation-price stem now introduces the consultant it names, states the other retainer and its
 * travel as monthly, and words the fee options as long as the alternative's (the alternative was
 * the odd one out by length, 0.49). Grammar: an indefinite article now follows how a figure is
 * read in the stems of 18 families ("an £8,000 average deal", "a £37,000 one", "an 18% win
 * rate"; draws had shown "an £37,000" and "an £50,000"), and a count of one takes a singular unit ("1 week", "1 point", "1 free month").
 *
 * Facts checked against public secondary sources: BANT's four criteria and its credit to
 * IBM, usually dated to the 1950s (several sales glossaries; no IBM document found); MEDDIC written
 * down at PTC in 1996 by Dick Dunkel under John McMahon with Jack Napoli (the MEDDICC site's own
 * history and a PTC alumnus's account); Whyte's MEDDICC (2020) definitions of the economic buyer,
 * the champion (power, influence and credibility, selling for you when you are not there) against
 * the coach, and the paper process (book summaries and the MEDDICC site); Getting to Yes ch. 6 is
 * the BATNA chapter; Raiffa's Art and Science of Negotiation ch. 4 treats distributive bargaining
 * between reservation prices and the zone of agreement; reservation value as a BATNA turned into a
 * figure (Program on Negotiation glossary); Salesforce's cumulative forecast categories (the best
 * case forecast rolls up best case, commit and closed). Corrected in the sources' comments: the
 * BANT note's expansion "Business Agility Needs Timeline", its claim of IBM's own material and a
 * SNAP Selling ch. 2 citation (that chapter is on frazzled buyers, not BANT) were removed; Whyte's
 * chapter numbers, and the chapter numbers given for Kennedy, Predictable Revenue, Fanatical
 * Prospecting and Brealey & Myers (whose credit-management chapter is ch. 32 in the 7th edition,
 * not 30) could not be confirmed and were dropped, leaving author and title.
 *
 * Left as they are: a few named mistakes show a figure in the question's unit that is really
 * another quantity (the invites needed shown as weeks, a team's daily dials as SDRs), and some rate
 * families still offer a rate over 100% for a ratio taken the wrong way up (booked over held
 * meetings, won over lost value); each is a real slip a candidate makes, and the test-wise rule
 * that avoids impossible options scores 0.25 on average over the families.
 */
export const B2B_SALES_REVIEW: TestFamilyReview = {
  testId: 'b2b-sales',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'b2b-negotiation/b2b-buyer-walk-away-price': { verdict: 'ok', fingerprint: 'bfe0e5ff5f884340' },
    'b2b-negotiation/b2b-cost-of-longer-payment-terms': {
      verdict: 'ok',
      fingerprint: '2263675306b1994a',
    },
    'b2b-negotiation/b2b-cost-of-skipping-an-early-payment-discount': {
      verdict: 'ok',
      fingerprint: 'e741793b24a069da',
    },
    'b2b-negotiation/b2b-discount-equal-to-longer-terms': {
      verdict: 'ok',
      fingerprint: '61c609fe8e58e889',
    },
    'b2b-negotiation/b2b-effective-monthly-price-after-concessions': {
      verdict: 'ok',
      fingerprint: '9256352b104014d2',
    },
    'b2b-negotiation/b2b-free-months-as-a-discount': {
      verdict: 'ok',
      fingerprint: '3234221f315a7b58',
    },
    'b2b-negotiation/b2b-give-get-response': { verdict: 'ok', fingerprint: '0ace33c4a5004288' },
    'b2b-negotiation/b2b-give-get-term-for-discount': {
      verdict: 'ok',
      fingerprint: '9ae2b8cfb09d8b0e',
    },
    'b2b-negotiation/b2b-identify-the-reservation-price': {
      verdict: 'ok',
      fingerprint: '677c32017964feab',
    },
    'b2b-negotiation/b2b-late-payment-interest': { verdict: 'ok', fingerprint: '48d0cb93eef81177' },
    'b2b-negotiation/b2b-liability-cap-from-fees-paid': {
      verdict: 'ok',
      fingerprint: 'c35272c392358f70',
    },
    'b2b-negotiation/b2b-opening-ask-to-land-a-target': {
      verdict: 'ok',
      fingerprint: '3d49c738ca91697a',
    },
    'b2b-negotiation/b2b-prepayment-discount-versus-cost-of-capital': {
      verdict: 'ok',
      fingerprint: 'ea0a7c439d0b2127',
    },
    'b2b-negotiation/b2b-present-value-of-a-later-payment': {
      verdict: 'ok',
      fingerprint: 'eae54a7dcedc4ed4',
    },
    'b2b-negotiation/b2b-price-lock-saving-for-the-buyer': {
      verdict: 'ok',
      fingerprint: 'cecdda08068f217a',
    },
    'b2b-negotiation/b2b-seller-reservation-price': {
      verdict: 'ok',
      fingerprint: '29bb9b125d5eab69',
    },
    'b2b-negotiation/b2b-sla-service-credit': { verdict: 'ok', fingerprint: '7011d7c81e742366' },
    'b2b-negotiation/b2b-split-the-difference-price': {
      verdict: 'ok',
      fingerprint: '02748f6daee80d1e',
    },
    'b2b-negotiation/b2b-zopa-width-from-batnas': {
      verdict: 'ok',
      fingerprint: 'bf5eeb84a97fc621',
    },
    'b2b-pipeline/b2b-average-cycle-of-won-deals': {
      verdict: 'ok',
      fingerprint: '2a879c85836b9663',
    },
    'b2b-pipeline/b2b-average-deal-size': { verdict: 'ok', fingerprint: 'ac25485c97857733' },
    'b2b-pipeline/b2b-best-case-forecast': { verdict: 'ok', fingerprint: '35da4d38cc24d36b' },
    'b2b-pipeline/b2b-close-probability-from-stage-conversions': {
      verdict: 'ok',
      fingerprint: '142f47024919fe27',
    },
    'b2b-pipeline/b2b-coverage-needed-from-win-rate': {
      verdict: 'ok',
      fingerprint: '23f271de69c1353e',
    },
    'b2b-pipeline/b2b-coverage-ratio-excluding-slipped': {
      verdict: 'ok',
      fingerprint: '4d2dc27685972d7f',
    },
    'b2b-pipeline/b2b-days-to-close-from-stage-durations': {
      verdict: 'ok',
      fingerprint: '19941f6be0193310',
    },
    'b2b-pipeline/b2b-expected-shortfall-to-quota': {
      verdict: 'ok',
      fingerprint: 'bceba341fbb990f7',
    },
    'b2b-pipeline/b2b-forecast-error-against-actual': {
      verdict: 'ok',
      fingerprint: 'ecb1ff17f47ee44c',
    },
    'b2b-pipeline/b2b-forecast-from-category-conversion': {
      verdict: 'ok',
      fingerprint: '760abc572f45018a',
    },
    'b2b-pipeline/b2b-historical-stage-probability': {
      verdict: 'ok',
      fingerprint: 'cc6c345ce734a76c',
    },
    'b2b-pipeline/b2b-months-of-pipeline-needed': {
      verdict: 'ok',
      fingerprint: 'c795a3c9381e5608',
    },
    'b2b-pipeline/b2b-quarterly-quota-attainment': {
      verdict: 'ok',
      fingerprint: '67a258cf7332a771',
    },
    'b2b-pipeline/b2b-sales-velocity-per-day': { verdict: 'ok', fingerprint: '5c6276107370a140' },
    'b2b-pipeline/b2b-slippage-rate': { verdict: 'ok', fingerprint: '6bad1a0caf20a837' },
    'b2b-pipeline/b2b-velocity-after-a-shorter-cycle': {
      verdict: 'ok',
      fingerprint: '01ca19b81d9ec07f',
    },
    'b2b-pipeline/b2b-weighted-forecast-this-quarter-only': {
      verdict: 'ok',
      fingerprint: '6247684f7676bb86',
    },
    'b2b-pipeline/b2b-weighted-pipeline': { verdict: 'ok', fingerprint: '9126c8e043deeb40' },
    'b2b-pipeline/b2b-win-rate-by-value': { verdict: 'ok', fingerprint: 'cc5864a41866ccda' },
    'b2b-pipeline/b2b-win-rate-for-a-velocity-target': {
      verdict: 'ok',
      fingerprint: 'acb8e1ba29e4b573',
    },
    'b2b-pipeline/b2b-win-rate-needed-from-pipeline': {
      verdict: 'ok',
      fingerprint: 'b6030aa7dcae9f8b',
    },
    'b2b-pipeline/b2b-win-rate-with-no-decisions': {
      verdict: 'ok',
      fingerprint: 'bf40609d5f5c9927',
    },
    'b2b-pricing/b2b-acv-of-a-ramped-deal': { verdict: 'ok', fingerprint: 'd2ee2f243d42e45d' },
    'b2b-pricing/b2b-annual-prepay-price': { verdict: 'ok', fingerprint: '4bc1ac10f03afa1c' },
    'b2b-pricing/b2b-arr-from-mrr': { verdict: 'ok', fingerprint: 'bb46647ba4d13715' },
    'b2b-pricing/b2b-capped-renewal-uplift': { verdict: 'ok', fingerprint: '87748f6afecc01dc' },
    'b2b-pricing/b2b-co-termed-seat-add-on': { verdict: 'ok', fingerprint: '19e29f416140e86a' },
    'b2b-pricing/b2b-commission-base-after-discount': {
      verdict: 'ok',
      fingerprint: '647558a6be695a8e',
    },
    'b2b-pricing/b2b-commission-on-a-multi-year-deal': {
      verdict: 'ok',
      fingerprint: 'de356c886c7b5913',
    },
    'b2b-pricing/b2b-commission-with-a-decelerator': {
      verdict: 'ok',
      fingerprint: 'dd7590805583f1ba',
    },
    'b2b-pricing/b2b-commission-with-accelerator': {
      verdict: 'ok',
      fingerprint: '46eaad93ac96a644',
    },
    'b2b-pricing/b2b-effective-discount-of-a-stack': {
      verdict: 'ok',
      fingerprint: '211e09fd0953ad9a',
    },
    'b2b-pricing/b2b-extra-volume-to-justify-a-discount': {
      verdict: 'ok',
      fingerprint: 'd46541b7f87a2089',
    },
    'b2b-pricing/b2b-graduated-volume-pricing': { verdict: 'ok', fingerprint: '65bfeaa579c7b42f' },
    'b2b-pricing/b2b-gross-revenue-retention': { verdict: 'ok', fingerprint: '3cbcc94256d46c7c' },
    'b2b-pricing/b2b-largest-discount-for-a-margin-floor': {
      verdict: 'ok',
      fingerprint: 'fa25ca2c0ee5ba18',
    },
    'b2b-pricing/b2b-list-price-for-a-target-net': {
      verdict: 'ok',
      fingerprint: '654ff0a65ac3726d',
    },
    'b2b-pricing/b2b-margin-after-discount': { verdict: 'ok', fingerprint: '495f260b049718ab' },
    'b2b-pricing/b2b-mrr-of-a-discounted-multi-year-deal': {
      verdict: 'ok',
      fingerprint: '50519bdf937c53aa',
    },
    'b2b-pricing/b2b-net-revenue-retention': { verdict: 'ok', fingerprint: '1a7afb1c052a77a7' },
    'b2b-pricing/b2b-pro-rata-clawback': { verdict: 'ok', fingerprint: '678a2463d2bca8c7' },
    'b2b-pricing/b2b-stacked-discounts-quote': { verdict: 'ok', fingerprint: '7ccb8241d7949000' },
    'b2b-pricing/b2b-tcv-with-uplift-and-fee': { verdict: 'ok', fingerprint: '67cd111d4d619cd4' },
    'b2b-pricing/b2b-three-band-commission': { verdict: 'ok', fingerprint: 'a83af73ac8d096f4' },
    'b2b-pricing/b2b-usage-bill-with-a-minimum-commit': {
      verdict: 'ok',
      fingerprint: '5c246ce274b90178',
    },
    'b2b-prospecting/b2b-connect-to-meeting-rate': {
      verdict: 'ok',
      fingerprint: 'bb0cc9a074430924',
    },
    'b2b-prospecting/b2b-contact-data-decay': { verdict: 'ok', fingerprint: '374932ea538f7513' },
    'b2b-prospecting/b2b-contacts-for-opportunities': {
      verdict: 'ok',
      fingerprint: '765359869a7956bb',
    },
    'b2b-prospecting/b2b-cost-per-meeting-booked': {
      verdict: 'ok',
      fingerprint: '07fc3715066159d8',
    },
    'b2b-prospecting/b2b-dials-for-meetings-held': {
      verdict: 'ok',
      fingerprint: 'd4e804ffcf14c948',
    },
    'b2b-prospecting/b2b-dials-per-working-day': { verdict: 'ok', fingerprint: '46cfe30b74c4e988' },
    'b2b-prospecting/b2b-emails-sent-in-a-sequence': {
      verdict: 'ok',
      fingerprint: 'bc7ba791bd9cf71f',
    },
    'b2b-prospecting/b2b-expected-meetings-from-a-list': {
      verdict: 'ok',
      fingerprint: 'bf246c52a41d6700',
    },
    'b2b-prospecting/b2b-meetings-for-a-bookings-quota': {
      verdict: 'ok',
      fingerprint: '533b4bc0a3018c34',
    },
    'b2b-prospecting/b2b-meetings-for-a-pipeline-target': {
      verdict: 'ok',
      fingerprint: '5b951357040868ee',
    },
    'b2b-prospecting/b2b-meetings-from-calling-hours': {
      verdict: 'ok',
      fingerprint: 'c1a380e17bd738fe',
    },
    'b2b-prospecting/b2b-new-pipeline-to-create': {
      verdict: 'ok',
      fingerprint: 'f156942b49cc356c',
    },
    'b2b-prospecting/b2b-pipeline-from-booked-meetings': {
      verdict: 'ok',
      fingerprint: '8df9efe2f6f82dbd',
    },
    'b2b-prospecting/b2b-quarter-run-rate-projection': {
      verdict: 'ok',
      fingerprint: '1ecbdd77b080ce89',
    },
    'b2b-prospecting/b2b-ramp-quota-first-quarter': {
      verdict: 'ok',
      fingerprint: '950be7db14f51910',
    },
    'b2b-prospecting/b2b-reply-rate-required': { verdict: 'ok', fingerprint: '8ccee7e5fb727e84' },
    'b2b-prospecting/b2b-sdrs-needed-for-a-meeting-target': {
      verdict: 'ok',
      fingerprint: '3a59b4bc9030e797',
    },
    'b2b-prospecting/b2b-sql-to-win-rate': { verdict: 'ok', fingerprint: '0be466f1677b236c' },
    'b2b-prospecting/b2b-weeks-of-linkedin-invites': {
      verdict: 'ok',
      fingerprint: 'ee8641f452876916',
    },
    'b2b-qualification/b2b-bant-element-of-a-note': {
      verdict: 'ok',
      fingerprint: 'bece056d3691f564',
    },
    'b2b-qualification/b2b-bant-missing-element': {
      verdict: 'ok',
      fingerprint: 'c55da780ee242a43',
    },
    'b2b-qualification/b2b-discovery-question-for-the-gap': {
      verdict: 'ok',
      fingerprint: '07559d44503a9d1d',
    },
    'b2b-qualification/b2b-lead-score-with-cap-and-decay': {
      verdict: 'ok',
      fingerprint: '7d8eab6ffc8a3843',
    },
    'b2b-qualification/b2b-meddic-missing-element': {
      verdict: 'ok',
      fingerprint: 'eec10a355fcda258',
    },
    'b2b-qualification/b2b-meddpicc-element-of-a-note': {
      verdict: 'ok',
      fingerprint: '9b742c2623061f96',
    },
    'b2b-qualification/b2b-meddpicc-missing-added-element': {
      verdict: 'ok',
      fingerprint: 'f5b8d5c5e74ef684',
    },
    'b2b-qualification/b2b-points-short-of-mql': { verdict: 'ok', fingerprint: '426c25a6008fb91d' },
    'b2b-qualification/b2b-weighted-icp-fit-score': {
      verdict: 'ok',
      fingerprint: '34c8516eaa25b815',
    },
    'b2b-qualification/b2b-who-is-only-a-coach': { verdict: 'ok', fingerprint: 'af281bbdcdd009b7' },
    'b2b-qualification/b2b-who-is-the-champion': { verdict: 'ok', fingerprint: '11f76f7dbf6f7343' },
    'b2b-qualification/b2b-who-is-the-economic-buyer': {
      verdict: 'ok',
      fingerprint: 'ff526c44aea309bd',
    },
  },
}
