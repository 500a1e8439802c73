import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `financial-modelling` test: 97 submitted, 97 kept,
 * each drawn at least twice and read as a modeller working to FAST and ICAEW practice (stem,
 * key, every distractor and its named mistake), keys worked again by hand on drawn variants and,
 * for 100 draws a family, by the key test (spreadsheet engine, a second discounting from the
 * definitions, a lender's balance run and fill checks on the drawn sheets). The six engine
 * functions the author added were checked against Excel's documented semantics: CHOOSE truncates
 * its index and gives #VALUE! out of range, INDEX gives #REF! beyond its range, PV follows
 * Excel's annuity equation (type 0 and 1), XNPV and XIRR discount on actual days over 365 from
 * the first date and match Excel's documented example (2,086.65 and 37.34%), IRR and XIRR start
 * from a 0.1 guess. Fixed in the engine: IRR and XIRR now give #NUM! unless the flows hold a
 * positive and a negative value (before, all-positive flows could drift to a huge "rate"), XNPV
 * and XIRR truncate dates to whole days and give #NUM! for a date before the first, and INDEX
 * gives #VALUE! for a negative position. Fixed in place (27 families): the NPV-versus-IRR case now
 * derives each NPV from level flows over a stated life that earn the stated IRR (the invented
 * figures implied 30 to 40 year lives); prices and amounts given without a currency symbol now
 * carry the draw's symbol (units in thousands, share issue, WACC, value per share, implied
 * multiple and growth, terminal-value share, break-even, payback, sensitivity); the data-table
 * stems name Excel, which Google Sheets cannot follow; an ordinal ("3th") fixed; the implied
 * multiple's EBITDA drawn as the whole thousands shown; the relevered beta shown to four places so
 * its key is exact; eight mistakes renamed to what they compute, one distractor equal to the key
 * and one contrived one removed, and the capex waterfall's "three times the charge" replaced by
 * accumulated depreciation. Conventions the author flagged are stated in each stem: 365-day years
 * in the working-capital days, the 1st-of-month opening in the part-year family, terminal value
 * at the end of the last forecast year with year-end discounting. Families whose keys rotate
 * between equivalent forms (product or AND, ^ or POWER, MAX or IF, MIN or COUNTIF) were checked
 * so that no distractor is another right form: the fill check drops any formula that shows every
 * expected value. Cues: the capex waterfall (0.70 middle value), the inputs-sheet family (0.51),
 * the balance check (0.51 longest), the receivables movement (0.57 least similar) and payables
 * days (0.50) fixed; worst family now 0.49 on one rule, every rule's mean at most 0.26. Draws: the receivables-movement family refused over half its draws when
 * receivables fell; receivables now always rise. 97 families are ok, 90 needed for
 * the 30-item form.
 */
export const FINANCIAL_MODELLING_REVIEW: TestFamilyReview = {
  testId: 'financial-modelling',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-04',
  families: {
    'fm-structure/operating-period-flag': {
      verdict: 'ok',
      fingerprint: 'd4a38f21ad1c3ab6',
      note: 'flag with both ends included, keys rotate between a product of tests and AND(...)*1, both right; each wrong form (strict test, OR, start only, relative inputs, sum of tests) misses a period on the drawn sheet',
    },
    'fm-structure/compound-escalation-from-first-period': {
      verdict: 'ok',
      fingerprint: '9f7efad93849bdb9',
      note: 'price escalated from year 1 by (1+g)^(year-1), ^ and POWER keys equivalent; stem now says year 1 (was period 1) to match the year counter; simple growth, one year high, monthly rate and relative inputs each fail the fill check',
    },
    'fm-structure/corkscrew-opening-balance': {
      verdict: 'ok',
      fingerprint: '647679d56c06ad62',
      note: 'opening = prior closing; same-year closing (circular), prior opening and anchored first closing each named',
    },
    'fm-structure/costs-stored-negative': {
      verdict: 'ok',
      fingerprint: 'd43b44a70258c556',
      note: 'sign convention stated (costs negative), EBITDA = SUM of revenue and costs; subtracting negative costs and leaving revenue out named',
    },
    'fm-structure/interest-on-average-balance': {
      verdict: 'ok',
      fingerprint: '589fabe2e70905dd',
      note: 'interest on (opening + closing)/2 recomputed; one mistake renamed: it charges the closing balance with the repayment added, not an average',
    },
    'fm-structure/average-balance-circularity': {
      verdict: 'ok',
      fingerprint: '67d7620781fbddc5',
      note: 'loop is interest -> cash -> sweep -> closing balance -> interest; every distractor a backward-looking link or a non-circular issue',
    },
    'fm-structure/circularity-breaker': {
      verdict: 'ok',
      fingerprint: 'adf2cd90c7182f59',
      note: 'a switch that sets interest to the opening balance breaks the loop so stuck errors clear (standard circuit breaker); distractors confuse it with a plug, the application setting, a reconciliation or dropping interest',
    },
    'fm-structure/opening-balance-interest-no-loop': {
      verdict: 'ok',
      fingerprint: '1ddb6ec250282217',
      note: 'interest on the opening balance is known before the period, so no loop even with a sweep; distractors named',
    },
    'fm-structure/hard-coded-assumption': {
      verdict: 'ok',
      fingerprint: '8fd6759246255c72',
      note: 'typed growth factor is the hard-code; links to inputs, /12 and plain totals are not assumptions',
    },
    'fm-structure/nominal-from-real-and-inflation': {
      verdict: 'ok',
      fingerprint: 'b1a4a674db88ff0d',
      note: 'exact Fisher (1+r)(1+i)-1 recomputed; additive, divided and inflated-real mistakes named',
    },
    'fm-structure/first-year-part-period': {
      verdict: 'ok',
      fingerprint: '2df14778be6e3a4e',
      note: 'opening on the 1st of a month counts that month, stated by the date and even monthly earning; months-before, full-year, opening month left out, half-year named',
    },
    'fm-structure/units-thousands-mismatch': {
      verdict: 'ok',
      fingerprint: 'd3d1355a599c4986',
      note: 'revenue in 000s = units x price / 1000; price now shown with its currency symbol; a distractor equal to the key (price converted too) removed; volume/price renamed as also unscaled',
    },
    'fm-structure/inputs-calculations-outputs': {
      verdict: 'ok',
      fingerprint: '79d61fdf438a4093',
      note: 'one input on the inputs sheet; added a hidden-sheet distractor of a different length (was 0.51 on longest-and-most-similar)',
    },
    'fm-structure/one-formula-per-row': {
      verdict: 'ok',
      fingerprint: '92287a89ad8116a4',
      note: 'the typed number breaks row consistency; distractors describe consistent formulas or a total outside the series',
    },
    'fm-structure/periodic-rate-from-annual': {
      verdict: 'ok',
      fingerprint: 'baafec75f3b955d1',
      note: 'quarterly rate (1+EAR)^(1/4)-1 recomputed; /4, /12 and monthly root named',
    },
    'fm-structure/counter-from-dates': {
      verdict: 'ok',
      fingerprint: 'dd5d6c1af2035a22',
      note: 'counter = year - first + 1 with mixed anchors; zero start, relative first year, typed base year each fail the fill check',
    },
    'fm-structure/debt-repayment-capped-at-balance': {
      verdict: 'ok',
      fingerprint: '96058edb9724d93c',
      note: 'MIN(schedule, opening balance) with the schedule anchored; MAX, uncapped, relative and balance-after each fail on the drawn sheet',
    },
    'fm-structure/annual-roll-up-of-quarters': {
      verdict: 'ok',
      fingerprint: 'a9b2a96683fb4d7e',
      note: 'SUMIF on the year row with the year label anchored by row only; swapped ranges, fully anchored label, fixed or sliding SUM each miss a year',
    },
    'fm-time-value/npv-outlay-outside-the-function': {
      verdict: 'ok',
      fingerprint: 'd5684f68226df7a7',
      note: 'outlay at t0 outside spreadsheet NPV (one-period offset); keys checked by the engine and a second discounting',
    },
    'fm-time-value/npv-figure-with-outlay-today': {
      verdict: 'ok',
      fingerprint: 'a722c28bd8f7a73f',
      note: 'key recomputed by NPV and the second discounting; the key x (1+r) mistake renamed to what it is (value a year on, every flow, outlay too, a year too few)',
    },
    'fm-time-value/monthly-loan-payment-formula': {
      verdict: 'ok',
      fingerprint: '0c18827677e99801',
      note: 'PMT(rate/12, years*12, -loan) in arrears; annual rate, annual payment, /12 and type 1 named',
    },
    'fm-time-value/monthly-payment-figure': {
      verdict: 'ok',
      fingerprint: '85cfd1eed712cf8c',
      note: 'monthly PMT recomputed by engine and by a lender balance run; arrears vs advance, annual/12 named',
    },
    'fm-time-value/lease-paid-in-advance': {
      verdict: 'ok',
      fingerprint: '204168e235e0431c',
      note: 'type 1 PMT with the stated monthly rate r/12; checked against the balance run with payments in advance',
    },
    'fm-time-value/xnpv-dated-flows-formula': {
      verdict: 'ok',
      fingerprint: '700915265c72b055',
      note: 'XNPV(rate, values, dates) argument order as Excel documents; engine checked against the documented Excel example (2,086.65)',
    },
    'fm-time-value/xnpv-figure-from-dates': {
      verdict: 'ok',
      fingerprint: '283803c8ca6e7749',
      note: 'stem states actual days over 365 from the first date; 360-day, whole-year and extra-year mistakes named and recomputed',
    },
    'fm-time-value/xirr-for-irregular-dates': {
      verdict: 'ok',
      fingerprint: '8c7a831b0cf05201',
      note: 'XIRR(values, dates) with default guess; engine matches the documented Excel example (0.3734) and now returns #NUM! without both signs, so the outlay-less distractor fails as named',
    },
    'fm-time-value/monthly-irr-to-annual': {
      verdict: 'ok',
      fingerprint: '4faadfe66bcea6c6',
      note: '(1+m)^12-1 recomputed; x12, monthly as annual, quarterly and nominal/12 named',
    },
    'fm-time-value/multiple-irr-sign-changes': {
      verdict: 'ok',
      fingerprint: 'c3b2962c40da07c8',
      note: 'two sign changes allow two IRRs, NPV at the hurdle decides; XIRR, guess and positive-total distractors wrong for their stated reasons',
    },
    'fm-time-value/npv-versus-irr-ranking': {
      verdict: 'ok',
      fingerprint: '57a2f1335646e457',
      note: 'rewritten so the figures are consistent: both projects have level flows over a stated life, the flows are solved from each IRR and NPV computed from them at the cost of capital (was a 90%-of-perpetuity shortcut that implied 30-40 year lives); North always has the larger NPV, South the higher IRR, PI and faster payback, so the key follows',
    },
    'fm-time-value/mid-year-discount-factor': {
      verdict: 'ok',
      fingerprint: 'a67e0e2e638aa08a',
      note: 'discount t-0.5 years recomputed; year end, start of year, +0.5, simple interest named',
    },
    'fm-time-value/annuity-due-present-value': {
      verdict: 'ok',
      fingerprint: 'a7a81b912d331bfa',
      note: 'PV type 1 checked by the second discounting at times 0..n-1',
    },
    'fm-time-value/effective-annual-rate': {
      verdict: 'ok',
      fingerprint: 'faac8ec70a59d59c',
      note: '(1+i/12)^12-1; quarterly, monthly root and nominal named',
    },
    'fm-time-value/outstanding-loan-balance': {
      verdict: 'ok',
      fingerprint: 'bb86297f8fbf5975',
      note: 'balance = PV of the remaining instalments, checked by the second discounting; ordinal fixed (was "3th", "2th")',
    },
    'fm-time-value/first-instalment-principal': {
      verdict: 'ok',
      fingerprint: 'd7fc46b0095568ea',
      note: 'payment less a month of interest on the loan; stem instalment is the rounded PMT, key within a unit of working from it and no option near the key',
    },
    'fm-time-value/payback-with-interpolation': {
      verdict: 'ok',
      fingerprint: '15a468cf20c64547',
      note: 'interpolated simple payback; amounts now carry the currency symbol; the next-year-flow distractor is left out when recovery falls in year 5 instead of using an invented flow',
    },
    'fm-time-value/discount-factor-row': {
      verdict: 'ok',
      fingerprint: 'f5008e2ecb8eae7b',
      note: '1/(1+r)^year with the rate anchored; fill check on the drawn row',
    },
    'fm-time-value/annual-rate-in-monthly-model': {
      verdict: 'ok',
      fingerprint: '2554c1ff157075e8',
      note: 'nominal/12 on the opening balance as the lender charges it; equivalent monthly rate named as not what the lender charges',
    },
    'fm-time-value/deferred-perpetuity': {
      verdict: 'ok',
      fingerprint: '5213ff7fb2762150',
      note: 'C/r valued at the year before the first payment, discounted that many years; recomputed',
    },
    'fm-time-value/sinking-fund-payment': {
      verdict: 'ok',
      fingerprint: 'c3471c48af716d30',
      note: 'PMT with the target as future value, checked against FV of deposits',
    },
    'fm-statements/straight-line-with-residual': {
      verdict: 'ok',
      fingerprint: '0a6efa3b47080f47',
      note: 'SLN recomputed; residual ignored/added and n-1 named',
    },
    'fm-statements/depreciation-of-capex-waterfall': {
      verdict: 'ok',
      fingerprint: '4520cb893ec1c559',
      note: 'sum of live vintages / life in year 3 (life 3-6, so all live); the x3 distractor (no real mistake) replaced by accumulated depreciation, and spreading over three years by a half-year charge on the new spend plus a first-vintage-only charge, so the key is not always the middle value (was 0.70)',
    },
    'fm-statements/receivables-from-debtor-days': {
      verdict: 'ok',
      fingerprint: '044581f48ea09156',
      note: 'revenue x days / 365, 365 stated in the stem; 360-day, cost of sales, inverted and /12 named',
    },
    'fm-statements/inventory-from-stock-days': {
      verdict: 'ok',
      fingerprint: '5d3f3e1aea5717bb',
      note: 'cost of sales x days / 365, basis and year stated; revenue and gross-profit drivers named',
    },
    'fm-statements/payables-from-creditor-days': {
      verdict: 'ok',
      fingerprint: '3477327f56e38bfc',
      note: 'purchases x days / 365, basis and year stated; added a purchases-divided-by-days mistake so the key is not the option left after crossing out the longest and most similar (was 0.50)',
    },
    'fm-statements/cash-effect-of-receivables-change': {
      verdict: 'ok',
      fingerprint: '8ae219c233febe66',
      note: 'opening - closing; receivables now always rise (a fall left two non-negative mistakes and was refused, half the draws, and a positive key stood apart from the balances offered), so the line is an outflow with four named mistakes',
    },
    'fm-statements/net-working-capital-movement': {
      verdict: 'ok',
      fingerprint: '24b4e8ace0d08c97',
      note: 'AR and inventory falls and payables rises as inflows recomputed; the payables mistake renamed (it reverses the payables movement, which is not always a rise)',
    },
    'fm-statements/operating-cash-flow-indirect': {
      verdict: 'ok',
      fingerprint: '6d717710d1c2e8d8',
      note: 'NI + D&A - increase in working capital; distractors named',
    },
    'fm-statements/fixed-asset-roll-forward': {
      verdict: 'ok',
      fingerprint: 'a3cda6d7f75a096a',
      note: 'open + capex - depreciation - NBV of disposals; distractors named',
    },
    'fm-statements/retained-earnings-roll-forward': {
      verdict: 'ok',
      fingerprint: '35dd2349c8c57eca',
      note: 'open + NI x (1 - payout); one mistake renamed to what it computes (adds the dividend instead of the profit kept)',
    },
    'fm-statements/tax-payable-balance': {
      verdict: 'ok',
      fingerprint: '351ca7aa9b8c220d',
      note: 'open + charge - paid; distractors named',
    },
    'fm-statements/cost-of-sales-from-margin': {
      verdict: 'ok',
      fingerprint: 'af0ed244c800df71',
      note: 'revenue x (1 - margin); margin-as-mark-up and gross profit named',
    },
    'fm-statements/cash-from-cash-flow-not-plug': {
      verdict: 'ok',
      fingerprint: '563b9477565df265',
      note: 'cash from opening plus the cash flow statement, not a balancing plug (FAST and ICAEW practice)',
    },
    'fm-statements/cash-sweep-repayment': {
      verdict: 'ok',
      fingerprint: '74ad407d4bfac766',
      note: 'MIN(cash available, debt) per year; anchored, balance-after and MIN(...,0) fail the fill check',
    },
    'fm-statements/revolver-draw-to-minimum-cash': {
      verdict: 'ok',
      fingerprint: 'cea6d1a20aaf9c80',
      note: 'MAX(min - cash, 0) and IF form both right; each wrong form misses a year on the drawn sheet',
    },
    'fm-statements/balance-check-formula': {
      verdict: 'ok',
      fingerprint: '7a16761bd05aecfe',
      note: 'tolerance 0.001 stated; key now rotates among three equivalent forms (IF(ABS>tol,1,0), (ABS>tol)*1, IF(ABS<=tol,0,1)) so it is not the longest (was 0.51)',
    },
    'fm-statements/debt-closing-balance': {
      verdict: 'ok',
      fingerprint: '5246e5c28a893a43',
      note: 'interest paid in cash (stated) does not move principal; open + draw - repay',
    },
    'fm-statements/deferred-revenue-balance': {
      verdict: 'ok',
      fingerprint: '14b1d1247ff93cb2',
      note: 'months not yet earned at year end / 12 from a 1st-of-month billing; recomputed',
    },
    'fm-statements/cash-flow-capex-sign': {
      verdict: 'ok',
      fingerprint: 'b871d737f1c3c25d',
      note: 'CFO - capex + proceeds - dividends; distractors named',
    },
    'fm-statements/reducing-balance-second-year': {
      verdict: 'ok',
      fingerprint: 'e1a1b7a6485635db',
      note: 'cost x (1-r) x r; straight-line, book values and year-3 charge named',
    },
    'fm-statements/share-issue-net-proceeds': {
      verdict: 'ok',
      fingerprint: 'cbb5ee9d3691db54',
      note: 'shares x price x (1 - fee); price now shows its currency symbol; the gross/(1+fee) mistake renamed to what it computes',
    },
    'fm-valuation/free-cash-flow-to-firm': {
      verdict: 'ok',
      fingerprint: 'a0ddde27a296c0a7',
      note: 'EBIT(1-t) + D&A - capex - increase in WC; post-interest tax named as an equity-flow mistake',
    },
    'fm-valuation/gordon-growth-terminal-value': {
      verdict: 'ok',
      fingerprint: '261bb3a4e38284ba',
      note: 'FCF(1+g)/(WACC-g) at year n; distractors named',
    },
    'fm-valuation/exit-multiple-terminal-value': {
      verdict: 'ok',
      fingerprint: '6df6c5bee9fabf2d',
      note: 'trailing multiple on final-year EBITDA at year n, before discounting as asked',
    },
    'fm-valuation/discount-terminal-value-from-year-n': {
      verdict: 'ok',
      fingerprint: '646f05db10e78ab0',
      note: 'TV stated at the end of the last forecast year with year-end discounting, discounted n years; the n+1 mistake named',
    },
    'fm-valuation/enterprise-value-sum': {
      verdict: 'ok',
      fingerprint: '1cf512d8b865ab06',
      note: 'NPV of year-end flows plus Gordon TV at year 3 discounted 3 years; recomputed by formula and second discounting',
    },
    'fm-valuation/enterprise-to-equity-bridge': {
      verdict: 'ok',
      fingerprint: 'c203a89a85fc11af',
      note: 'EV - borrowings - leases + cash, with the stem saying flows are before lease payments so leases are debt-like',
    },
    'fm-valuation/wacc-market-value-weights': {
      verdict: 'ok',
      fingerprint: '6d36f3efc8ed7c9a',
      note: 'market weights and after-tax debt recomputed; share price and money amounts now show a currency symbol',
    },
    'fm-valuation/capm-cost-of-equity': {
      verdict: 'ok',
      fingerprint: 'eaff3e95f17a229b',
      note: 'rf + beta x ERP with ERP stated as a premium',
    },
    'fm-valuation/after-tax-cost-of-debt': {
      verdict: 'ok',
      fingerprint: '6315c789cfaeee0b',
      note: 'kd(1-t); the percentage-point mistake renamed to what it computes (the tax rate taken off as basis points)',
    },
    'fm-valuation/implied-exit-multiple': {
      verdict: 'ok',
      fingerprint: '7662ad099b3f58fa',
      note: 'Gordon TV / EBITDA; EBITDA now drawn as the whole thousands the stem shows (the key was worked from an unrounded figure) and amounts carry a currency symbol',
    },
    'fm-valuation/implied-growth-from-exit-value': {
      verdict: 'ok',
      fingerprint: '1259da099f9d8254',
      note: 'g = (TV x WACC - FCF)/(TV + FCF) from the stated formula; currency symbol added',
    },
    'fm-valuation/relevered-beta': {
      verdict: 'ok',
      fingerprint: '150b8fac0b8b7ea7',
      note: 'Hamada beta_u(1+(1-t)D/E); shown to four places so the key is exact (three places met halves such as 0.9625)',
    },
    'fm-valuation/value-per-share-diluted': {
      verdict: 'ok',
      fingerprint: '18bce2e5527ad276',
      note: 'equity / (shares + options), options counted as shares as stated; currency symbol added to value and answers',
    },
    'fm-valuation/terminal-value-share-of-ev': {
      verdict: 'ok',
      fingerprint: '5d3dbffcb8b482c1',
      note: 'PV(TV)/EV; currency symbol added; one mistake renamed to what it computes',
    },
    'fm-valuation/wacc-for-unlevered-flows': {
      verdict: 'ok',
      fingerprint: '6da4697de6bfbdf3',
      note: 'unlevered flows at WACC on market values; distractors named',
    },
    'fm-valuation/nominal-flows-nominal-rate': {
      verdict: 'ok',
      fingerprint: 'c735c373e1d1e4f4',
      note: 'nominal flows with a nominal WACC built from market rates; distractors named',
    },
    'fm-valuation/fcfe-from-fcff': {
      verdict: 'ok',
      fingerprint: '3cf92868e3eb6e93',
      note: 'FCFF - interest(1-t) + net borrowing; recomputed',
    },
    'fm-valuation/equity-value-from-exit-multiple': {
      verdict: 'ok',
      fingerprint: 'f186e3b9e86e2bd5',
      note: 'cash-free debt-free: EV - debt + cash; distractors named',
    },
    'fm-scenarios/choose-scenario-switch': {
      verdict: 'ok',
      fingerprint: '1d83bed390c6f258',
      note: 'CHOOSE with the switch anchored and cases relative; engine CHOOSE truncates the index and gives #VALUE! out of range as Excel documents',
    },
    'fm-scenarios/index-scenario-switch': {
      verdict: 'ok',
      fingerprint: 'f14a94d0ade99c7e',
      note: 'INDEX down the case column with the switch anchored; engine INDEX gives #REF! beyond the range and now #VALUE! for a negative position, as Excel documents',
    },
    'fm-scenarios/what-the-live-line-shows': {
      verdict: 'ok',
      fingerprint: 'afc46fbcf2bc0859',
      note: 'each CHOOSE read by its own switch; recomputed by the engine',
    },
    'fm-scenarios/two-way-sensitivity-grid': {
      verdict: 'ok',
      fingerprint: 'e1fd68ea33a7796d',
      note: 'mixed anchors $B6 and C$5 with costs anchored; fill check over the 3x3 grid',
    },
    'fm-scenarios/data-table-input-cells': {
      verdict: 'ok',
      fingerprint: 'a283512e38678484',
      note: 'row input = the variable across the top, column input = the one down the side; stem now says Excel (Google Sheets has no Data Table dialog)',
    },
    'fm-scenarios/data-table-same-sheet': {
      verdict: 'ok',
      fingerprint: '9921ea49ac37a31f',
      note: 'Excel requires a data table input cell on the table sheet; stem now says Excel',
    },
    'fm-scenarios/goal-seek-break-even-price': {
      verdict: 'ok',
      fingerprint: '7345f74041bbbc3f',
      note: 'set NPV cell to 0 by changing the typed price input; distractors named',
    },
    'fm-scenarios/break-even-volume': {
      verdict: 'ok',
      fingerprint: 'ecc67294a6bc5b1a',
      note: 'ROUNDUP(fixed/(price - variable)); prices and costs now carry a currency symbol; a contrived mistake (one unit of variable cost added to fixed costs) removed',
    },
    'fm-scenarios/probability-weighted-npv': {
      verdict: 'ok',
      fingerprint: '2b5b7a86543f5876',
      note: 'SUMPRODUCT of probabilities and NPVs; recomputed',
    },
    'fm-scenarios/tornado-largest-swing': {
      verdict: 'ok',
      fingerprint: '58034abd645e33e7',
      note: 'widest high-low range on top; each distractor names the rule it uses',
    },
    'fm-scenarios/sum-survives-row-insert': {
      verdict: 'ok',
      fingerprint: 'f99ecca5a6331ac6',
      note: 'range spanning the insert stretches; the key test checks the key spans it and no distractor does',
    },
    'fm-scenarios/insert-below-last-row': {
      verdict: 'ok',
      fingerprint: 'c3f2a3de224fbf29',
      note: 'a range ending on the spacer row stretches for a row inserted above the spacer; SUM/SUBTOTAL to the last line does not',
    },
    'fm-scenarios/iferror-masks-errors': {
      verdict: 'ok',
      fingerprint: '91be0d88cad14cc5',
      note: 'IFERROR hides #REF! and every other error, not only the division',
    },
    'fm-scenarios/error-trap-division': {
      verdict: 'ok',
      fingerprint: '9c823bf14afe8b76',
      note: 'IF(revenue=0,0,ratio) traps only the zero divisor; fill check',
    },
    'fm-scenarios/npv-sensitivity-percent-change': {
      verdict: 'ok',
      fingerprint: '0e056e24cc7370d4',
      note: '(flex - base)/base; amounts now carry a currency symbol',
    },
    'fm-scenarios/check-summary-flag': {
      verdict: 'ok',
      fingerprint: '55094409277c0321',
      note: 'any failing year flags the master check; fill check drops forms the data hides',
    },
    'fm-scenarios/iterative-calculation-setting': {
      verdict: 'ok',
      fingerprint: '0ba6c613dbe9e206',
      note: 'a deliberate circularity needs iterative calculation enabled',
    },
    'fm-scenarios/flex-input-not-formula': {
      verdict: 'ok',
      fingerprint: '2fddc82f86487eab',
      note: 'price flexed as an input, profit recomputed; distractors named',
    },
    'fm-scenarios/negative-cash-check': {
      verdict: 'ok',
      fingerprint: '3b4919b430b7d230',
      note: 'MIN<0 and COUNTIF forms both right; total, one-year and every-year tests named',
    },
  },
}
