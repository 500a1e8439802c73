import type { AngoffRating, RatingRound } from './rating-round.js'

const rate = (domain: string, probability: number, rationale: string): AngoffRating => ({
  domain,
  probability,
  rationale,
})

/**
 * The first Angoff round, held by the platform's own content authors — the people who wrote the
 * item models — not by an independent panel of practitioners. It rates the computed-item domains
 * one by one (their items are known: one computed task with misconception distractors) and gives
 * one default judgment for domains whose items are authored per test. An external panel's round,
 * recorded later, takes precedence over this one for the domains it rates.
 */
export const PLATFORM_ROUND: RatingRound = {
  id: 'platform-2026-12',
  panel: 'platform-content-authors',
  raters: ['SkillSignal content authors (the writers of the item models)'],
  ratedOn: '2026-12-03',
  rationale:
    'The minimally competent freelancer is the candidate a client could hire for routine paid ' +
    'work in the skill without supervision, who still makes the mistakes a reviewer would catch. ' +
    'For each domain the authors judged the share of its items (a computed task with four or five ' +
    'options, distractors from named mistakes) that candidate answers correctly without aids. ' +
    'Ratings are per domain, not per item: items of a domain ask the same task with drawn values.',
  defaultRating: {
    probability: 0.7,
    rationale:
      'Not rated domain by domain: authored fact and judgment items of a core task of the trade, ' +
      'which the borderline practitioner answers about seven times in ten; to be replaced by a ' +
      'domain rating or by calibration data.',
  },
  ratings: [
    rate('js-arrays', 0.7, 'Everyday array methods; the default string sort still trips some.'),
    rate('js-semantics', 0.6, 'Coercion and closure-in-loop traps catch working developers.'),
    rate('js-strings', 0.7, 'Standard string methods; off-by-one slices are the usual slip.'),
    rate('ts-types', 0.65, 'Narrowing and enum emit are read less often than they are written.'),
    rate('css-specificity', 0.65, 'Counting specificity by hand is rarer than using dev tools.'),
    rate('git-commands', 0.7, 'Daily commands; reset and rebase outcomes are less familiar.'),
    rate('sql-aggregation', 0.7, 'GROUP BY and HAVING are routine; COUNT(col) vs COUNT(*) slips.'),
    rate('sql-joins', 0.7, 'Join row counts with duplicates and outer rows need care.'),
    rate('sql-nulls-windows', 0.6, 'NULL logic and window frames are where competent SQL errs.'),
    rate('regex-quantifiers', 0.65, 'Greedy versus lazy and flags are often tried, not reasoned.'),
    rate('regex-validation', 0.7, 'Reading an anchored validation pattern is a routine task.'),
    rate('regex-replace', 0.65, 'Group numbering in replacements is a frequent slip.'),
    rate('statistics', 0.7, 'Mean, median and spread by hand; sample vs population SD slips.'),
    rate('percentages', 0.8, 'Percent change and reverse percentages are daily arithmetic.'),
    rate('subnets', 0.65, 'Subnet sizes and host ranges need the binary worked out.'),
    rate('number-bases', 0.75, 'Hex, binary and octal conversion is mechanical once learnt.'),
    rate('data-sizes', 0.7, 'Bits versus bytes and 1000 versus 1024 are the common confusions.'),
    rate('permissions', 0.75, 'Octal modes and rwx strings are routine for anyone on Unix.'),
    rate('design-units', 0.7, 'DPI, aspect ratios and points are routine for production work.'),
    rate('locale-formats', 0.7, 'Decimal and date conventions differ; careful workers check.'),
    rate('plurals', 0.65, 'CLDR plural categories beyond English are unfamiliar to many.'),
    rate('time-zones', 0.65, 'Offsets across daylight-saving changes trip careful people.'),
    rate('py-debugging', 0.65, 'Finding the one wrong edit needs reading every line.'),
    rate('py-numbers', 0.65, 'Floor division, rounding and float quirks are subtle.'),
    rate('py-sequences', 0.7, 'Slicing with steps and negatives is routine Python.'),
    rate('vat', 0.8, 'Adding and extracting VAT is daily bookkeeping.'),
    rate('depreciation', 0.75, 'Straight-line and declining balance are taught and used.'),
    rate('ratios', 0.75, 'Current and quick ratios are standard definitions.'),
    rate('pricing', 0.7, 'Margin versus markup is the classic confusion, mostly avoided.'),
    rate('break-even', 0.7, 'Contribution margin arithmetic is routine for finance work.'),
    rate('npv', 0.65, 'Discounting timing (year 0 or 1) is a frequent slip.'),
    rate('compounding', 0.7, 'Compounding periods per year are the usual slip.'),
    rate('loans', 0.65, 'Amortisation payments need the annuity formula right.'),
    rate('sheet-lookup', 0.7, 'VLOOKUP and SUMIF are everyday spreadsheet work.'),
    rate('sheet-rounding', 0.7, 'Operator precedence and ROUND modes are mostly known.'),
    rate('sales-math', 0.75, 'Commission tiers and stacked discounts are routine.'),
    rate('dates', 0.75, 'Date arithmetic across months is routine with care.'),
    rate('ad-metrics', 0.75, 'CTR, CPC, CPA and ROAS are the daily numbers of the job.'),
    rate('experiments', 0.6, 'Significance and sample-size reading is weak even in practice.'),
    rate('customer-value', 0.65, 'Lifetime value formulas vary; churn-based CLV needs care.'),
    rate('contrast', 0.65, 'WCAG thresholds are known; the luminance arithmetic is not.'),
    rate('units', 0.75, 'Unit conversion is routine with the factors known.'),
    rate('timecode', 0.7, 'Frame-rate arithmetic is routine for editors.'),
    rate('html-accessibility', 0.7, 'Labels, alt text and landmarks are taught widely.'),
    rate('support-policy-replies', 0.75, 'Applying a written policy to a case is the core task.'),
    rate('tr-false-friends', 0.75, 'A working translator knows the common false friends.'),
    rate('en-word-usage', 0.8, 'Confused words are the editor’s most frequent correction.'),
    rate('en-agreement', 0.75, 'Agreement with intervening phrases needs attention.'),
    rate('en-punctuation-structure', 0.7, 'Comma splices and dangling modifiers are subtler.'),
    rate('en-concision-register', 0.7, 'Register judgments leave room for near-misses.'),
    rate('support-policy-cases', 0.75, 'Reading a stated policy onto a case is the daily task.'),
    rate('support-triage-sla', 0.65, 'Business-hour SLA counting and workaround rules trip some.'),
    rate('support-tone-de-escalation', 0.75, 'Review-scored tone rules are drilled in every team.'),
    rate(
      'support-knowledge-privacy',
      0.7,
      'Verification steps are known; card and note rules slip.',
    ),
    rate('support-metrics', 0.6, 'Weighted CSAT, NPS and AHT parts are often computed loosely.'),
    rate(
      'legal-late-payment',
      0.6,
      'Few freelancers have read the Directive; the 60-day rule is misread.',
    ),
    rate('legal-gdpr', 0.65, 'Roles and the 72-hour rule are known; Article 28 detail is not.'),
    rate(
      'legal-vat-invoicing',
      0.65,
      'Reverse charge is routine; invoice timing and B2C rules slip.',
    ),
    rate('legal-ip-ownership', 0.6, 'Paid-for-means-owned is the common belief the items test.'),
    rate('legal-contracts', 0.6, 'Implied terms and withdrawal rules are rarely read first-hand.'),
    rate('git-recording', 0.75, 'Staging and committing are daily; pathspecs slip.'),
    rate('git-branching', 0.65, 'Merging is routine; rebase --onto and ranges less so.'),
    rate('git-remotes', 0.7, 'Push and pull are daily; tracking and refspec order slip.'),
    rate('git-recovery', 0.6, 'Reflog, revert -m and conflicts are met rarely, under pressure.'),
    rate(
      'java-core',
      0.7,
      'equals/hashCode and collection contracts are daily work; wildcards slip.',
    ),
    rate(
      'java-exceptions',
      0.65,
      'try-with-resources is routine; suppressed and chained causes are not.',
    ),
    rate('java-streams', 0.7, 'Collectors and Optional are everyday code; duplicate keys slip.'),
    rate(
      'java-concurrency',
      0.55,
      'Visibility and lock release on failure trip working developers.',
    ),
    rate(
      'java-testing-build',
      0.7,
      'Reading a JUnit test is routine; Maven scopes are often guessed.',
    ),
  ],
}
