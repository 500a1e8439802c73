import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `vat-compliance` test's 84 families (UK VAT return boxes 17;
 * fractions, rounding, discounts, imports and EU rates 17; flat rate, partial exemption, cash and
 * annual accounting, reliefs and penalties 17; US sales and use tax 17; liability, place of
 * supply, nexus and deadlines 16), read as a VAT practitioner and as a guessing candidate.
 *
 * What was drawn: every family once in full (stem, key, every declared named mistake, seeds 11
 * and 23) with the key worked by hand for one draw of every money family (box 1 to 7 figures,
 * VAT fractions, per-line rounding down, the partial exemption percentage rounded up, the
 * de minimis test, the limited cost trader test, the first and second late payment penalties and
 * late payment interest, US combined rates, caps, credits and apportionments) and every date
 * family counted on a calendar; the changed families drawn again after each change. The key test
 * re-derives every key and declared mistake in BigInt pence and Julian day numbers; it passed
 * before and after the changes and was extended for the mistake added.
 *
 * Wrong keys found: none. Every key was the single defensible answer for the rule its stem states.
 *
 * Fixed:
 * - us-economic-nexus-one-state named real states (Ohio, Utah, Iowa, Maine, Idaho, Kansas) and
 *   gave each a $100,000-or-200-transactions test; Maine, Iowa, Idaho and Kansas have no
 *   transactions test (dropped or never had) and Utah dropped it in 2025, so a candidate who knew
 *   the state's law would be marked wrong on the transactions branch. The stem now speaks of "a
 *   state" whose stated test is the $100,000 or 200 transactions.
 * - input-vat-claim-time-limit said the four years run from the due date of the return "for the
 *   period in which it was incurred". Reg 29(1A) as amended by SI 2009/586 counts from the return
 *   for the first period in which the person was entitled to claim the input tax (holding the
 *   invoice); the stem now says so ("the first period in which it could have been claimed, here
 *   the period the invoice falls in"). The key does not change (the invoice always falls in the
 *   stated period); the file comment cites the amendment.
 * - late-payment-penalty said the 3 % + 3 % apply "for periods from April 2025"; the increase
 *   (SI 2025/589) applies to payments late on or after 1 April 2025, and the stem now says that.
 * - domestic-reverse-charge-who-accounts's case of another CIS subcontractor as customer did not
 *   say it was registered for VAT, a condition its stem states for the reverse charge; it now
 *   does, so the reverse-charge key is the one defensible answer.
 * - box7-domestic-reverse-charge-customer (0.50, middle value; two named mistakes above the key
 *   and three below) gained a real mistake on its thin, upper side: materials and services both
 *   entered gross of VAT. The key test recomputes it.
 *
 * Cue rates at 300 draws: before, none over 0.50, nine at 0.45 to 0.50
 * (box7-domestic-reverse-charge-customer 0.50; tax-points-in-the-quarter,
 * sales-tax-holiday-per-item and export-evidence-deadline 0.48; bad-debt-relief-six-months 0.47;
 * flat-rate-turnover-includes-exempt and special-district-rate 0.46; bad-debt-deduction-us and
 * us-return-due-date 0.45); rule means: middle value 0.30, avoid impossible options 0.26, cross
 * out the longest and the most similar 0.26, "all of the above" 0.25, shortest 0.23, most similar
 * 0.22, longest 0.21, least similar 0.11. After: eight at 0.45 to 0.48 (the same less box7, which
 * fell below 0.45); rule means unchanged but least similar 0.12.
 *
 * Fixed answer sets: eu-place-of-supply-of-services draws one of ten services and always offers
 * the same five places (customer's reverse charge, Dutch VAT, the consumer's country through the
 * OSS, where the land is, where the event is); uk-liability-of-a-supply draws one of twelve
 * supplies and always offers the five liabilities. A candidate can learn the ten and twelve pairs
 * by heart, but each pair is the rule the stem itself states (art 44/196, 45, 47, 53/54 and 58 of
 * Directive 2006/112/EC; zero-rated children's clothing, printed books and cold take-away food,
 * exempt insurance, residential letting and loan interest, 5 % domestic fuel and children's car
 * seats, dividends and donations outside the scope), so learning them is learning the rules, and
 * the fixed options carry no length or position cue. Every key was checked right, including cold
 * versus hot take-away food and the admission cases (B2B art 53, B2C art 54, both where the event
 * is). domestic-reverse-charge-who-accounts (four customers, four answers) is right for each:
 * end users, intermediaries and private customers are charged VAT normally.
 *
 * Facts confirmed against published sources: the late payment penalties from 1 April 2025, 3 % of
 * the tax unpaid at day 15 plus 3 % of the tax unpaid at day 30 and 10 % a year from day 31, up
 * from 2 %, 2 % and 4 % (SI 2025/589, as reported by Saffery, Deloitte, Tax Journal and others),
 * and late payment interest at base rate plus 4 % from April 2025, up from 2.5 %; the four-year
 * limit for overlooked input VAT in reg 29(1A) and that it runs from the due date of the return
 * for the first period in which the input tax could be claimed (SI 2009/586 reg 3, on
 * legislation.gov.uk); reverse-charged services from abroad in box 1 and box 4, their value in
 * both box 6 and box 7 (accountancy guides reproducing Notice 700/12 and 741A); the business
 * gifts rule, output VAT on the cost of all gifts once gifts to one person in 12 months cost more
 * than £50 (HMRC VATVAL11240, Notice 700/7); the limited cost trader test, relevant goods under
 * 2 % of VAT-inclusive flat-rate turnover or under £1,000 a year (£250 a quarter), road fuel
 * and vehicles excluded, 16.5 % (Notice 733 as summarised by several firms); Tennessee's local
 * tax on only the first $1,600 of a single article (TN Department of Revenue; the stem's state
 * is unnamed and, unlike Tennessee, has no 2.75 % single-article state tax, which the stem's
 * stated rule makes clear); Massachusetts' exemption of the first $175 of each clothing item,
 * tax at 6.25 % on the excess (DOR TIR 04-14 as cited by several guides); the economic nexus
 * tests behind the nexus fix: Maine dropped its 200-transaction test from 1 January 2022, Iowa
 * from 1 July 2019 and Utah from 1 July 2025 (S.B. 47), Idaho has a $100,000 test only (Avalara,
 * Sales Tax Institute and VATCalc tables); Kansas's $100,000-only test is known to the reviewer,
 * not looked up.
 * Known to the reviewer and not looked up in this review: the £90,000 registration threshold,
 * 30-day notification and registration from the first day of the second month; one month and
 * seven days for quarterly returns, two months for annual accounting returns and collection by
 * direct debit three working days after the due date; the cash accounting limits (£1.35m join,
 * £1.6m leave) and flat rate limits (£150,000 join, £230,000 leave), the first-year 1 %
 * reduction and the £2,000 capital asset rule; the partial exemption de minimis limits (£625 a
 * month and half of all input VAT) and the standard method rounded up to a whole percentage;
 * bad debt relief six months after the later of supply and due date; three months for export
 * evidence; pre-registration goods within four years and services within six months; the
 * £10,000 error-correction limit; the EUR 10,000 EU distance-selling threshold and the EU
 * rates used. Each stem states the figure its key uses, so a key depends on the stated rule.
 *
 * Each model's best test-wise rule, the cue script's rule means run model by model at 200 draws a
 * family: return 0.32, rates 0.27, schemes 0.34, sales tax 0.33 (middle value each) and supply
 * 0.31 (cross out the longest and the most similar); all under 0.40.
 *
 * Left as it is: cash-accounting-eligibility and flat-rate-scheme-eligibility offer join, may
 * not join, stay and must leave; the stem says whether the business is already a member, so two
 * of the four are dead options for a careful reader (a member cannot "join"). The two live
 * options are each a real reading (the joining limit applied to a member, or the leaving limit),
 * and the key is right, but these items are closer to two-option items than the others.
 */
export const VAT_COMPLIANCE_REVIEW: TestFamilyReview = {
  testId: 'vat-compliance',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-06',
  families: {
    'vatc-return/box1-standard-and-reduced-sales': {
      verdict: 'ok',
      fingerprint: 'ceb03eb9cd0b2c05',
    },
    'vatc-return/box5-with-ni-acquisitions': { verdict: 'ok', fingerprint: '3967ad10375b1368' },
    'vatc-return/box7-postponed-import-vat': { verdict: 'ok', fingerprint: 'ee0da22aac742ee1' },
    'vatc-return/box6-reverse-charge-services': { verdict: 'ok', fingerprint: '228a770584bc5ab3' },
    'vatc-return/box5-reverse-charge-nets-out': { verdict: 'ok', fingerprint: 'ecf63bf973649439' },
    'vatc-return/box6-leaves-out-outside-scope': { verdict: 'ok', fingerprint: '60bb01f1fabcbe56' },
    'vatc-return/box7-leaves-out-wages': { verdict: 'ok', fingerprint: 'bd003ce6f3a6df6f' },
    'vatc-return/box4-blocked-input-tax': { verdict: 'ok', fingerprint: 'bfc0606ee6195cfa' },
    'vatc-return/box1-fuel-scale-charge': { verdict: 'ok', fingerprint: 'ee96363948f02a19' },
    'vatc-return/box1-after-credit-notes': { verdict: 'ok', fingerprint: '95eaa44ad23c36e1' },
    'vatc-return/box6-from-gross-takings': { verdict: 'ok', fingerprint: '66a3626d676bee0d' },
    'vatc-return/box7-domestic-reverse-charge-customer': {
      verdict: 'ok',
      fingerprint: '0bfe961690ed0998',
    },
    'vatc-return/box1-earlier-error-corrected': { verdict: 'ok', fingerprint: '3f6aef00016307ee' },
    'vatc-return/box4-import-vat-from-c79': { verdict: 'ok', fingerprint: '7cab26bf82a53c05' },
    'vatc-return/box3-ni-total-vat-due': { verdict: 'ok', fingerprint: 'f2293c4c54ae7805' },
    'vatc-return/box1-supplier-domestic-reverse-charge': {
      verdict: 'ok',
      fingerprint: '35ee6c7cf96bcdc9',
    },
    'vatc-return/box4-phone-business-share': { verdict: 'ok', fingerprint: 'c569a18cbee04eca' },
    'vatc-rates/reduced-rate-fraction': { verdict: 'ok', fingerprint: '7449257fe148f8c1' },
    'vatc-rates/net-from-gross-standard': { verdict: 'ok', fingerprint: '27b85e0c1179525a' },
    'vatc-rates/trade-discount-before-vat': { verdict: 'ok', fingerprint: '29d715be45350952' },
    'vatc-rates/per-line-round-down': { verdict: 'ok', fingerprint: '6eec5f2aff301131' },
    'vatc-rates/mixed-hamper-vat': { verdict: 'ok', fingerprint: '43c52bc8e49b64f6' },
    'vatc-rates/taxable-turnover-for-registration': {
      verdict: 'ok',
      fingerprint: 'e6f05716dd2bb9da',
    },
    'vatc-rates/rolling-twelve-months': { verdict: 'ok', fingerprint: '85a1f4bac28a3646' },
    'vatc-rates/oss-customer-country-rates': { verdict: 'ok', fingerprint: 'e7d8fff62d6c71d7' },
    'vatc-rates/eu-threshold-home-or-destination': {
      verdict: 'ok',
      fingerprint: '52bcdbd8db883b81',
    },
    'vatc-rates/deposit-creates-tax-point': { verdict: 'ok', fingerprint: 'e3b99beb06f285fb' },
    'vatc-rates/prompt-payment-discount': { verdict: 'ok', fingerprint: '9488c9e6d01911bd' },
    'vatc-rates/recharged-expenses-and-disbursements': {
      verdict: 'ok',
      fingerprint: '47acadacf9c029a2',
    },
    'vatc-rates/import-vat-on-value-plus-duty': { verdict: 'ok', fingerprint: 'ec5325598aa2f159' },
    'vatc-rates/margin-scheme-vat': { verdict: 'ok', fingerprint: 'c84351450d45657e' },
    'vatc-rates/business-gifts-over-fifty': { verdict: 'ok', fingerprint: '52f775ed0223ec95' },
    'vatc-rates/foreign-invoice-reverse-charge': { verdict: 'ok', fingerprint: '52a71d3857bca7cd' },
    'vatc-rates/compulsory-service-charge': { verdict: 'ok', fingerprint: '2028b9b405603460' },
    'vatc-schemes/flat-rate-first-year': { verdict: 'ok', fingerprint: 'd830362cb721ba90' },
    'vatc-schemes/limited-cost-trader-test': { verdict: 'ok', fingerprint: '9c34b132851b4b31' },
    'vatc-schemes/flat-rate-capital-asset': { verdict: 'ok', fingerprint: '2a6a8f660695473e' },
    'vatc-schemes/partial-exemption-standard-method': {
      verdict: 'ok',
      fingerprint: 'e32b7bbc4b781dfd',
    },
    'vatc-schemes/partial-exemption-de-minimis': { verdict: 'ok', fingerprint: '8c7acbfe30e1c26b' },
    'vatc-schemes/cash-accounting-receipts': { verdict: 'ok', fingerprint: 'ab22df84a686f399' },
    'vatc-schemes/bad-debt-relief-six-months': { verdict: 'ok', fingerprint: 'b59cccdc5c10e760' },
    'vatc-schemes/annual-accounting-balancing': { verdict: 'ok', fingerprint: '1a39079c5546a1a5' },
    'vatc-schemes/tax-points-in-the-quarter': { verdict: 'ok', fingerprint: '68f26080d15e9b70' },
    'vatc-schemes/pre-registration-input-vat': { verdict: 'ok', fingerprint: '49f26e8fae8f59bc' },
    'vatc-schemes/late-payment-penalty': { verdict: 'ok', fingerprint: 'ea6b7b7d8968ce7a' },
    'vatc-schemes/second-late-payment-penalty': { verdict: 'ok', fingerprint: 'c567ef4d9bcc83f6' },
    'vatc-schemes/late-payment-interest': { verdict: 'ok', fingerprint: '069122b38ce47519' },
    'vatc-schemes/partial-exemption-annual-adjustment': {
      verdict: 'ok',
      fingerprint: '08ae4366a30e9d74',
    },
    'vatc-schemes/bad-debt-relief-repay-on-later-receipt': {
      verdict: 'ok',
      fingerprint: '02ce2a121545767a',
    },
    'vatc-schemes/flat-rate-turnover-includes-exempt': {
      verdict: 'ok',
      fingerprint: '8ab5a93fefdd486f',
    },
    'vatc-schemes/cash-accounting-input-vat': { verdict: 'ok', fingerprint: '911512e9ae3f9926' },
    'vatc-sales-tax/destination-sourced-combined-rate': {
      verdict: 'ok',
      fingerprint: '9a9953ec5e0e7424',
    },
    'vatc-sales-tax/origin-sourced-combined-rate': {
      verdict: 'ok',
      fingerprint: 'd49b5b5f602d398b',
    },
    'vatc-sales-tax/shipping-on-a-mixed-shipment': {
      verdict: 'ok',
      fingerprint: '3054e6146d6bfb7a',
    },
    'vatc-sales-tax/exemption-certificates-on-file': {
      verdict: 'ok',
      fingerprint: 'd4567f865653b811',
    },
    'vatc-sales-tax/use-tax-with-credit': { verdict: 'ok', fingerprint: '108a892740794c2f' },
    'vatc-sales-tax/tax-included-receipt': { verdict: 'ok', fingerprint: '4a2dbc5afa794a56' },
    'vatc-sales-tax/store-versus-manufacturer-coupon': {
      verdict: 'ok',
      fingerprint: 'c671308a2199a2ad',
    },
    'vatc-sales-tax/vehicle-trade-in-credit': { verdict: 'ok', fingerprint: '9dd89e25d9e9f341' },
    'vatc-sales-tax/special-district-rate': { verdict: 'ok', fingerprint: '1ff19be6941772ee' },
    'vatc-sales-tax/return-taxable-sales': { verdict: 'ok', fingerprint: 'eb5edfda79536828' },
    'vatc-sales-tax/marketplace-facilitator-sales': {
      verdict: 'ok',
      fingerprint: '64dfe925b96fdeda',
    },
    'vatc-sales-tax/sales-tax-holiday-per-item': { verdict: 'ok', fingerprint: 'd56e7d483a022199' },
    'vatc-sales-tax/clothing-exemption-over-threshold': {
      verdict: 'ok',
      fingerprint: 'b9efcac2285122d9',
    },
    'vatc-sales-tax/use-tax-on-inventory-withdrawn': {
      verdict: 'ok',
      fingerprint: '956ccd6dfdb7de20',
    },
    'vatc-sales-tax/bad-debt-deduction-us': { verdict: 'ok', fingerprint: '329597ed9c0f0891' },
    'vatc-sales-tax/local-rate-cap-on-single-item': {
      verdict: 'ok',
      fingerprint: '700a2b9e2286aa38',
    },
    'vatc-sales-tax/grocery-reduced-state-rate': { verdict: 'ok', fingerprint: '6d1d94d7975c33db' },
    'vatc-supply/quarterly-return-due-date': { verdict: 'ok', fingerprint: '54620d1a884b2595' },
    'vatc-supply/direct-debit-collection-date': { verdict: 'ok', fingerprint: 'ff5481c84f8f59f3' },
    'vatc-supply/annual-accounting-return-due': { verdict: 'ok', fingerprint: '847881dc06ad781c' },
    'vatc-supply/registration-effective-date': { verdict: 'ok', fingerprint: '691d77278858a53e' },
    'vatc-supply/registration-notify-deadline': { verdict: 'ok', fingerprint: '1cf22feb30845047' },
    'vatc-supply/eu-place-of-supply-of-services': {
      verdict: 'ok',
      fingerprint: '6e58623c201596ec',
    },
    'vatc-supply/uk-liability-of-a-supply': { verdict: 'ok', fingerprint: '70ce7dd289232c75' },
    'vatc-supply/us-economic-nexus-one-state': { verdict: 'ok', fingerprint: 'ccf4dfc5c9f963f2' },
    'vatc-supply/uk-tax-point-date': { verdict: 'ok', fingerprint: '22c802e0853ab60c' },
    'vatc-supply/bad-debt-relief-earliest-date': { verdict: 'ok', fingerprint: '841b4270d4f042ea' },
    'vatc-supply/cash-accounting-eligibility': { verdict: 'ok', fingerprint: '35323e7572109bf3' },
    'vatc-supply/domestic-reverse-charge-who-accounts': {
      verdict: 'ok',
      fingerprint: '08785a6b36689ffe',
    },
    'vatc-supply/export-evidence-deadline': { verdict: 'ok', fingerprint: '1ac2ef8a1ab113bb' },
    'vatc-supply/input-vat-claim-time-limit': { verdict: 'ok', fingerprint: '6f61e50df9b7a88f' },
    'vatc-supply/us-return-due-date': { verdict: 'ok', fingerprint: '2d8a085266fbea9f' },
    'vatc-supply/flat-rate-scheme-eligibility': { verdict: 'ok', fingerprint: '4e2b916246b9749c' },
  },
}
