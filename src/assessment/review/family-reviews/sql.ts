import type { TestFamilyReview } from '../family-review.js'

/**
 * The `sql` test (SQL queries on PostgreSQL for freelance data and back-end work), reviewed twice.
 *
 * First review (2026-12-05): read against postgresql.org/docs/current, deleted three families,
 * added two rule families, fixed several in place, and stopped at its deadline with 26 families
 * still cued and 34 not read; the test was withheld. Its notes are kept below where the family has
 * not changed since.
 *
 * Second review (2026-12-05, an independent reviewer): ran the test-wise cue rates (300 draws a
 * family), read every family the first review left unread (34) or judged cued (26), and every
 * family changed since (3), each drawn and its key and named mistakes checked; every computed key
 * and every distractor's query was re-run on PostgreSQL (PGlite) by the key test, at 6 draws a
 * family and once at 40. Found and fixed:
 * - Literal-arithmetic "mistakes": about sixty named mistakes were a query such as
 *   `SELECT count(*) + N`, a drawn constant or a literal lookup, not a query a candidate's reading
 *   amounts to. Each is now a real query run on the drawn tables (a window in place of GROUP BY,
 *   a ROWS frame, lag(x, 0), NOT IN with the NULL, percentile_disc for the median), or, for the
 *   scripts of the schema families, the mistaken reading's rule applied to the rows the script
 *   tries (a VALUES list and a WHERE); a few that no candidate writes were dropped where at
 *   least three real ones remain. Left as they are: a few "nothing comes back" beliefs written as a query
 *   that returns no row or NULL (in-list, set-null, the NULL-expecting left-join counts).
 * - Two wrong distractors: top-n-per-group's "numbers rows from 0" gave one row fewer (counting
 *   from 0 keeps one more), and last-value's first-row lag mistake was labelled the row before
 *   for the row after.
 * - Cues: of 12 families over 0.50 at the start (the highest 0.64), 9 now pass: aggregate-of-no-
 *   rows rewritten with a numeric key (the average of region totals, one region's sum over no
 *   rows); join-inflates-sum and unique-allows-many-nulls rewritten so real readings fall on both
 *   sides; window readings (a row per input row, each carrying the group's figure) added above the
 *   key in the GROUP BY and HAVING families; other real mistakes added on the thin side. A
 *   +10 nudge (sum-per-group) and a made-up `+ NULL` answer (outer-join-coalesce-zero) removed.
 * Facts checked against a source in this review: the COALESCE page says NVL and IFNULL are other
 * database systems' names for it (so ISNULL and IFNULL are real wrong answers in PostgreSQL);
 * functions-subquery says ALL over a subquery returning no rows is true; percentile_disc returns
 * the first value whose place in the order reaches the fraction (the median mistake's query).
 * The other facts (sum and avg of only NULLs are NULL while count is 0, the default window frame
 * ending at the last peer, lag's default offset of 1, UNIQUE letting several NULLs in) were not
 * looked up again here: the first review cited their pages, and PostgreSQL itself confirms every
 * computed key and distractor through the key test.
 *
 * Then, the same day, the three families still cued by middle value: cross-join-count (0.55 to
 * 0.47) given two more real readings above a×b; running-sum-peers (0.53 to 0.41) reworded with a
 * sixth payment so the latest-day-first readings land above the key. Deleted: dense-rank-no-gap
 * (0.53). With six players the asked player's dense rank was 2 or 4, and the real readings of
 * dense_rank (rank() with its gap, the players or distinct scores above, ranking from the lowest
 * up) are five in all, so three cannot fall on each side of the key; dense_rank is now met only
 * as a named mistake in the row_number ties family, so the window domain asks its no-gap rule no
 * more (a new family with a non-numeric key would bring it back). Every remaining family's key
 * and distractor queries pass the key test on PostgreSQL; no family's best test-wise rule is over
 * 0.50 (the highest 0.50, then 0.49); rule means 0.16 to 0.30; each of the five models' best rule
 * over 200 variants is 0.28 to 0.34 (limit 0.40). The test has 94 families.
 */
export const SQL_REVIEW: TestFamilyReview = {
  testId: 'sql',
  reviewer: 'independent reviewer (second review)',
  reviewedOn: '2026-12-05',
  families: {
    'sqlq-filter-order/sqlq-not-equal-drops-nulls': {
      verdict: 'ok',
      fingerprint: 'c7089fb8c3378af2',
      note: 'Re-read after the authors turned the count into a sum over the kept rows: key right (NULL <> paid is unknown), six real queries either side; middle value now under 0.45.',
    },
    'sqlq-filter-order/sqlq-or-with-null-is-true': {
      verdict: 'ok',
      fingerprint: 'eb62d394b751c814',
      note: 'Complement (rows the WHERE leaves out) added.',
    },
    'sqlq-filter-order/sqlq-not-of-unknown-stays-unknown': {
      verdict: 'ok',
      fingerprint: '57161aa33af790a6',
      note: 'Re-read after the sum rewrite: key right (NOT of unknown stays unknown), mistakes real; under 0.45.',
    },
    'sqlq-filter-order/sqlq-coalesce-in-where': {
      verdict: 'ok',
      fingerprint: '4b726e9352b45611',
      note: 'Re-read after the sum rewrite: key right, mistakes real; under 0.45.',
    },
    'sqlq-filter-order/sqlq-between-is-inclusive': {
      verdict: 'ok',
      fingerprint: '5b6d8861594ab984',
      note: 'Fixed: a draw could offer only two distinct mistakes; OR-for-AND slip added.',
    },
    'sqlq-filter-order/sqlq-and-before-or': {
      verdict: 'ok',
      fingerprint: '09a0df5e271fe1ad',
      note: 'Read: key right (AND binds tighter than OR), six real mistaken queries; 0.48.',
    },
    'sqlq-filter-order/sqlq-order-nulls-last-asc': {
      verdict: 'ok',
      fingerprint: '9d3455126d003752',
      note: 'Fixed: the first-row-inserted mistake looked up the literal name; now LIMIT 1 without ORDER BY. Key right (NULLS LAST is the ascending default).',
    },
    'sqlq-filter-order/sqlq-order-desc-nulls-first': {
      verdict: 'ok',
      fingerprint: 'bd1d8fc49b1adcd5',
      note: 'Fixed as the ascending family (LIMIT 1 without ORDER BY). Key right (NULLS FIRST is the descending default).',
    },
    'sqlq-filter-order/sqlq-limit-offset-page': {
      verdict: 'ok',
      fingerprint: '3e22cf2a3d0eb4d1',
      note: 'Re-read: key right (OFFSET skips that many rows), each mistake an offset a candidate computes; under 0.45.',
    },
    'sqlq-filter-order/sqlq-in-list-with-null': {
      verdict: 'ok',
      fingerprint: 'dd6effef6094503d',
      note: 'Fixed: the nothing-returned mistake was WHERE false; now the NOT IN query it confuses IN with. Key right.',
    },
    'sqlq-filter-order/sqlq-not-in-list-drops-null-rows': {
      verdict: 'ok',
      fingerprint: 'c8c7f8b95499aa42',
      note: 'Read: key right (NOT IN drops NULL statuses), mistakes real queries.',
    },
    'sqlq-filter-order/sqlq-distinct-counts-null-once': {
      verdict: 'ok',
      fingerprint: '0feb628ed85315b9',
      note: 'Fixed: the NULLs-kept-apart mistake was count(DISTINCT) plus a drawn constant, now a real GROUP BY … UNION ALL query; two mistakes below the key added (DISTINCT read as dropping NULL and the repeated or the single values). Middle value 0.58 to under 0.45.',
    },
    'sqlq-filter-order/sqlq-null-arithmetic': {
      verdict: 'ok',
      fingerprint: '058687e0b2f2f2ea',
      note: 'Fixed: the one-NULL-nulls-the-SUM mistake was a NULL literal and the only-discount-everywhere one a drawn constant; both now queries over the table. Key right (price - NULL is NULL, SUM skips it).',
    },
    'sqlq-filter-order/sqlq-is-distinct-from': {
      verdict: 'ok',
      fingerprint: '42edfbeb3d041c43',
    },
    'sqlq-filter-order/sqlq-where-alias-not-visible': {
      verdict: 'ok',
      fingerprint: 'a16e1bcc9162cce7',
    },
    'sqlq-filter-order/sqlq-order-by-needed-for-limit': {
      verdict: 'ok',
      fingerprint: '09348140bd392305',
    },
    'sqlq-filter-order/sqlq-count-distinct-vs-distinct-count': {
      verdict: 'ok',
      fingerprint: '5d2bf72c38fab1a1',
      note: 'Longest-key cue (0.59): two longer named mistakes (user-day pairs, anonymous as one user).',
    },
    'sqlq-joins/sqlq-inner-join-row-count': {
      verdict: 'ok',
      fingerprint: '5dafceb4c78bac89',
      note: 'Read: key right, mistakes real queries.',
    },
    'sqlq-joins/sqlq-left-join-row-count': {
      verdict: 'ok',
      fingerprint: '2d3c8cf496a23a4c',
      note: 'Re-read: key right, eight real queries on both sides; under 0.45.',
    },
    'sqlq-joins/sqlq-left-join-where-on-right': {
      verdict: 'ok',
      fingerprint: '768368f944495baf',
      note: 'Read: key right (WHERE on the right table after a LEFT JOIN drops the NULL-extended rows).',
    },
    'sqlq-joins/sqlq-left-join-condition-in-on': {
      verdict: 'ok',
      fingerprint: '901c083d9c08479d',
      note: 'Fixed: pairs-plus-every-customer was the sum of two counts; now the UNION ALL a candidate has in mind. Under 0.45.',
    },
    'sqlq-joins/sqlq-anti-join-left-is-null': {
      verdict: 'ok',
      fingerprint: '12b76e1ecdc5e57e',
      note: 'Read: key right, mistakes real.',
    },
    'sqlq-joins/sqlq-not-in-subquery-null': {
      verdict: 'ok',
      fingerprint: '5650f92448350e10',
      note: 'Fixed: the NOT-IN-returns-nothing belief was WHERE false; now an uncorrelated NOT EXISTS. Key right (a NULL in the subquery empties NOT IN).',
    },
    'sqlq-joins/sqlq-exists-semi-join-no-duplicates': {
      verdict: 'ok',
      fingerprint: 'cb4e18add39ec051',
      note: 'Read: key right, mistakes real.',
    },
    'sqlq-joins/sqlq-join-inflates-sum': {
      verdict: 'ok',
      fingerprint: '614765c5ef798b2f',
      note: 'Rewritten: no WHERE; every customer has 0 to 3 tags, so the plain order sum falls on either side of the key. The + tag-count mistake (literal arithmetic) dropped; max × tags now a GROUP BY query; LEFT JOIN and CROSS JOIN readings above the key. Middle value 0.57 to under 0.45.',
    },
    'sqlq-joins/sqlq-count-with-left-join-count-star': {
      verdict: 'ok',
      fingerprint: '3a5e806053526ee8',
      note: 'Fixed: the own-row-plus-orders mistake was count(*) + 1; now a UNION ALL of the customer and their orders.',
    },
    'sqlq-joins/sqlq-count-column-after-left-join': {
      verdict: 'ok',
      fingerprint: '829802e3c05d597f',
      note: 'Fixed as count-with-left-join-count-star (count(*) + 1 replaced).',
    },
    'sqlq-joins/sqlq-cross-join-count': {
      verdict: 'ok',
      fingerprint: '3074b03a18ec5ef4',
      note: 'Two real readings added above a×b (each row of either table also coming back alone, as a FULL JOIN keeps unmatched rows: ab + a + b; any two values of both lists paired: (a+b)(a+b-1)/2), so three land above and four below; middle value 0.55 to 0.47. The greatest() reading relabelled: pairing side by side pads the shorter table (a zip stops at it, which is the least() reading).',
    },
    'sqlq-joins/sqlq-full-join-count': {
      verdict: 'ok',
      fingerprint: '496e92c75529fc46',
      note: 'Fixed: UNION-ALL count as a real query; LEFT-plus-RIGHT (matched pairs twice) added above the key.',
    },
    'sqlq-joins/sqlq-join-on-null-keys': {
      verdict: 'ok',
      fingerprint: '5ec5a8bfc5840a0a',
      note: 'Fixed: NULLs-paired-one-to-one was a literal; now a row_number join. The empty-join belief was WHERE false; now a NOT EXISTS on NULL leads. Under 0.45.',
    },
    'sqlq-joins/sqlq-self-join-pairs': {
      verdict: 'ok',
      fingerprint: '1297b5c64f2e8947',
      note: 'Fixed: one-player’s-opponents was n - 1 on a literal; now the join restricted to player 1.',
    },
    'sqlq-joins/sqlq-right-join-row-count': {
      verdict: 'ok',
      fingerprint: 'fabee979e451a3c0',
      note: 'Re-read: key right, mistakes real; under 0.45.',
    },
    'sqlq-joins/sqlq-in-subquery-semi-join': {
      verdict: 'ok',
      fingerprint: '7c05696573b741e6',
      note: 'Read: key right (IN ignores the NULL in the list when a match exists), mistakes real.',
    },
    'sqlq-joins/sqlq-two-child-joins-multiply': {
      verdict: 'ok',
      fingerprint: '3bfab1994bca7b82',
      note: 'Re-read: key right (orders × tickets per customer), mistakes real; under 0.45.',
    },
    'sqlq-joins/sqlq-using-merges-column': {
      verdict: 'ok',
      fingerprint: 'b93bd4d0fe467716',
    },
    'sqlq-joins/sqlq-natural-join-risk': {
      verdict: 'ok',
      fingerprint: '98b4c2f6c8b8a867',
    },
    'sqlq-joins/sqlq-lateral-top-n-per-group': {
      verdict: 'ok',
      fingerprint: '0f2ebd0fca3585d5',
      note: 'Re-read after the authors’ change: key right (LATERAL may refer to c), each mistake a real wrong FROM clause.',
    },
    'sqlq-joins/sqlq-outer-join-coalesce-zero': {
      verdict: 'ok',
      fingerprint: '77494f9dd9da70be',
      note: 'Fixed: sum(COALESCE(s.qty, 0)) + NULL was a made-up wrong answer (sum(COALESCE(s.qty, 0)) alone is right); replaced by ISNULL and IFNULL (other systems’ functions, which the COALESCE page names), COALESCE around count and around the ungrouped column. The SUM label corrected: a LEFT JOIN gives one NULL row, not no rows. Longest option 0.51 to under 0.45.',
    },
    'sqlq-aggregates/sqlq-count-star-vs-count-column': {
      verdict: 'ok',
      fingerprint: '5dd811747d0f2e9d',
      note: 'Re-read: key right, six real queries; under 0.45.',
    },
    'sqlq-aggregates/sqlq-avg-skips-nulls': {
      verdict: 'ok',
      fingerprint: '143c8b110bb0e88a',
      note: 'Fixed: dividing by the row count plus the NULL rows again is no real mistake; replaced by avg(DISTINCT). The any-NULL belief is now a query, not a NULL literal. Key right.',
    },
    'sqlq-aggregates/sqlq-integer-division-average': {
      verdict: 'ok',
      fingerprint: '0de83e1d1c051f20',
      note: 'Read: key right (integer / integer truncates); shortest option 0.46 (the key is an integer among decimals in some draws).',
    },
    'sqlq-aggregates/sqlq-sum-of-only-nulls-is-null': {
      verdict: 'ok',
      fingerprint: 'b4a159a935769fad',
      note: 'Fixed: NULL, NULL was a string literal; now a query. Key right (sum of only NULLs is NULL, count is 0).',
    },
    'sqlq-aggregates/sqlq-aggregate-of-no-rows': {
      verdict: 'ok',
      fingerprint: 'c9086d171a0dc29d',
      note: 'Rewritten with a numeric key: the average of the region totals, whose West subquery sums no rows (NULL, which avg skips). Mistakes: SUM of no rows as 0, the average of single sales, the sum of totals, an uncorrelated subquery, GROUP BY region instead. Most similar 0.63 to 0.46.',
    },
    'sqlq-aggregates/sqlq-group-by-null-one-group': {
      verdict: 'ok',
      fingerprint: '3f71fe035a594987',
      note: 'Fixed: a window reading (a row per sale, each with its group’s top) added above the key and NULL-dropped-plus-NULL-max below. Middle value 0.64 to under 0.45.',
    },
    'sqlq-aggregates/sqlq-having-counts-groups': {
      verdict: 'ok',
      fingerprint: 'cccf86242480f168',
      note: 'Fixed: a window reading (a row per sale with the rep’s total) above and WHERE-then-HAVING below. Most similar 0.57 to under 0.45.',
    },
    'sqlq-aggregates/sqlq-where-before-having': {
      verdict: 'ok',
      fingerprint: 'f1df9edfd5079671',
      note: 'Re-read: key right, mistakes real; under 0.45.',
    },
    'sqlq-aggregates/sqlq-top-group-by-sum': {
      verdict: 'ok',
      fingerprint: 'ec7f5aabd8cda568',
      note: 'Read: key right; each mistake the same query with count, max or ascending order.',
    },
    'sqlq-aggregates/sqlq-count-distinct-skips-null': {
      verdict: 'ok',
      fingerprint: '86b3ce0c92bf22df',
      note: 'Fixed: only three mistakes, all above the key; DISTINCT-drops-repeated-regions added below. Least similar 0.47 to under 0.45.',
    },
    'sqlq-aggregates/sqlq-filter-clause-counts': {
      verdict: 'ok',
      fingerprint: 'e54754533d4008c1',
      note: 'Read: key right (FILTER skips NULL amounts); 0.46.',
    },
    'sqlq-aggregates/sqlq-min-skips-null': {
      verdict: 'ok',
      fingerprint: '9afcd199ab2baef9',
      note: 'Fixed: first-stored-amount was a literal and NULL-is-smallest a NULL literal; now LIMIT 1 and NULLS FIRST queries. Key right.',
    },
    'sqlq-aggregates/sqlq-duplicates-having-count': {
      verdict: 'ok',
      fingerprint: 'f3e75fda49ecb342',
      note: 'Fixed: a window reading (a row per copy with the count) added above the key. Middle value 0.57 to under 0.45.',
    },
    'sqlq-aggregates/sqlq-sum-per-group-with-null': {
      verdict: 'ok',
      fingerprint: 'bb8051870099a2c2',
      note: 'Fixed: “adds a sale from another rep” was a +10 nudge; the draw now needs a rep with a NULL and a known amount, and the NULL belief is a query. Key right.',
    },
    'sqlq-aggregates/sqlq-ungrouped-column-error': {
      verdict: 'ok',
      fingerprint: 'a587482aa4b9f27e',
    },
    'sqlq-aggregates/sqlq-aggregate-in-where-error': {
      verdict: 'ok',
      fingerprint: 'e16e298036d328ce',
      note: 'Least-similar cue (0.64): a third key wording and two HAVING mistakes (ungrouped column, count for sum) added; marker in the key test tightened.',
    },
    'sqlq-aggregates/sqlq-string-agg-order': {
      verdict: 'ok',
      fingerprint: '4c2da720c9144b53',
    },
    'sqlq-aggregates/sqlq-count-star-null-rows': {
      verdict: 'ok',
      fingerprint: 'f139b99e494b7280',
    },
    'sqlq-windows-subqueries/sqlq-running-sum-peers': {
      verdict: 'ok',
      fingerprint: '3db1d625cd575181',
      note: 'Reworded: six payments over five days (the asked day, the 2nd, has two), so the readings that run from the latest day back land above the key with the whole table: RANGE from the latest day, the same with a ROWS frame stopping at the day’s first row, the whole table above; ROWS from the earliest, that day only and the days before below. Middle value 0.53 to 0.41.',
    },
    'sqlq-windows-subqueries/sqlq-partition-sum-per-row': {
      verdict: 'ok',
      fingerprint: 'cf15f21ceee014a7',
      note: 'Fixed: two mistakes were literal strings; now queries. Key right (a window keeps every row).',
    },
    'sqlq-windows-subqueries/sqlq-lag-first-row-null': {
      verdict: 'ok',
      fingerprint: 'ad7c5ae79eeb8778',
      note: 'Fixed: lag-compares-with-itself was SELECT 0 (now lag(revenue, 0)), other-way-round negated the key (now lag - revenue), and lag-NULL-except-last was a NULL literal (replaced by first_value). Revenue scaled so the NULL key is not always the longest option (0.59 to under 0.45).',
    },
    'sqlq-windows-subqueries/sqlq-last-value-default-frame': {
      verdict: 'ok',
      fingerprint: '8f07479c353f2aa2',
      note: 'Fixed: the mistakes looked up literal placed values; now the window queries (full frame, first_value, lag or lead). The lag mistake on the first row was labelled “row before” for the row after: now lead.',
    },
    'sqlq-windows-subqueries/sqlq-top-n-per-group-row-number': {
      verdict: 'ok',
      fingerprint: '47b6a2a81bc014c8',
      note: 'Wrong distractor fixed: “numbers rows from 0” gave one row fewer per customer (rn < N); counting from 0 keeps one more (rn - 1 <= N). Key right.',
    },
    'sqlq-windows-subqueries/sqlq-window-after-where': {
      verdict: 'ok',
      fingerprint: '38c65289c82f51b6',
      note: 'Fixed: the current-row-only belief was SELECT 1; now a one-row frame. Key right.',
    },
    'sqlq-windows-subqueries/sqlq-recursive-cte-count': {
      verdict: 'ok',
      fingerprint: 'f02f46ebac4f0d65',
      note: 'Fixed: three mistakes were literal arithmetic; one-step-further and steps-of-one are now recursive queries, divide-by-step (no query a candidate writes) dropped, dead code in the first mistake removed.',
    },
    'sqlq-windows-subqueries/sqlq-scalar-subquery-average': {
      verdict: 'ok',
      fingerprint: 'bad5a0e532f08b47',
      note: 'Fixed: the median mistake compared with a drawn literal (the upper median for even counts); now percentile_disc(0.5) and a strict comparison.',
    },
    'sqlq-windows-subqueries/sqlq-all-over-empty-subquery': {
      verdict: 'ok',
      fingerprint: '4574c38e942feb36',
      note: 'Fixed: most-expensive-only was SELECT 1; now > ALL over every price (ties counted). Key right (ALL over no rows is true).',
    },
    'sqlq-windows-subqueries/sqlq-union-removes-duplicates': {
      verdict: 'ok',
      fingerprint: '63c9b5f3ca688d73',
      note: 'Re-read: key right, mistakes real; 0.48.',
    },
    'sqlq-windows-subqueries/sqlq-except-distinct-with-nulls': {
      verdict: 'ok',
      fingerprint: '43e0ca7c713f5da2',
      note: 'Read: key right (EXCEPT treats NULLs as equal and removes duplicates).',
    },
    'sqlq-windows-subqueries/sqlq-intersect-count': {
      verdict: 'ok',
      fingerprint: 'ab32aaae66f6c61b',
      note: 'Read: key right, mistakes real.',
    },
    'sqlq-windows-subqueries/sqlq-window-in-where-error': {
      verdict: 'ok',
      fingerprint: '15d736cdbd0067e4',
    },
    'sqlq-windows-subqueries/sqlq-row-number-ties-unordered': {
      verdict: 'ok',
      fingerprint: '18df25c4b1973071',
      note: 'New rule family (replaces rank-skips-after-ties).',
    },
    'sqlq-windows-subqueries/sqlq-exists-select-list-ignored': {
      verdict: 'ok',
      fingerprint: 'eab0868c3ab3ea5d',
      note: 'New rule family (replaces ntile-bucket).',
    },
    'sqlq-windows-subqueries/sqlq-scalar-subquery-one-row': {
      verdict: 'ok',
      fingerprint: '89c98d119fe58f03',
      note: 'Longest-key cue (0.58): a shorter key wording, two distractors lengthened.',
    },
    'sqlq-windows-subqueries/sqlq-order-by-applies-to-union': {
      verdict: 'ok',
      fingerprint: '936f624280436c2d',
    },
    'sqlq-windows-subqueries/sqlq-union-column-count': {
      verdict: 'ok',
      fingerprint: '627a292f1339a76a',
    },
    'sqlq-windows-subqueries/sqlq-cte-not-visible-outside': {
      verdict: 'ok',
      fingerprint: '5e5e2a5e0c3109b1',
    },
    'sqlq-schema/sqlq-unique-allows-many-nulls': {
      verdict: 'ok',
      fingerprint: 'b426719be75f33c9',
      note: 'Rewritten: two repeated addresses and a repeated id, so the mistakes fall three on each side (only one NULL, no NULLs, all-or-nothing; missed primary key, ignored UNIQUE, constraints only warn); count-plus-constant queries replaced by each reading applied to the rows tried. Most similar 0.57 to under 0.45.',
    },
    'sqlq-schema/sqlq-check-passes-on-null': {
      verdict: 'ok',
      fingerprint: '66b1e0d5096d1296',
      note: 'Fixed: five mistakes were count plus drawn constants; each reading’s rule is now applied to the rows the script tries. 0.49.',
    },
    'sqlq-schema/sqlq-error-aborts-transaction': {
      verdict: 'ok',
      fingerprint: '3a03d1919b1ecc2f',
      note: 'Fixed: the readings were count plus drawn constants or SELECT 0; now queries over the ids the transaction tries. Key right (an error aborts the block; COMMIT rolls back).',
    },
    'sqlq-schema/sqlq-rollback-to-savepoint': {
      verdict: 'ok',
      fingerprint: '66bd3a59233d7712',
      note: 'Fixed: the insert before the SAVEPOINT undone too added below the key. Middle value 0.54 to under 0.45.',
    },
    'sqlq-schema/sqlq-on-conflict-do-nothing': {
      verdict: 'ok',
      fingerprint: 'e79e84292e257b73',
      note: 'Re-read: key right, mistakes the table each reading expects; under 0.45.',
    },
    'sqlq-schema/sqlq-on-delete-cascade-count': {
      verdict: 'ok',
      fingerprint: '12359a176a1f006f',
      note: 'Fixed: four readings were counts plus drawn constants; now queries over the tables as they were before the DELETE. 0.48.',
    },
    'sqlq-schema/sqlq-on-delete-set-null-count': {
      verdict: 'ok',
      fingerprint: '706d319336454302',
      note: 'Fixed: two readings were count plus a drawn constant; now queries over the staff table as it was.',
    },
    'sqlq-schema/sqlq-default-vs-explicit-null': {
      verdict: 'ok',
      fingerprint: '345d6f1fc9794503',
      note: 'The SELECT 0 mistake dropped (five real ones left on both sides). 0.49.',
    },
    'sqlq-schema/sqlq-not-null-with-default': {
      verdict: 'ok',
      fingerprint: 'fd258deb050ee0bd',
    },
    'sqlq-schema/sqlq-unique-nulls-not-distinct': {
      verdict: 'ok',
      fingerprint: 'ecf38abc562d1538',
    },
    'sqlq-schema/sqlq-foreign-key-default-no-action': {
      verdict: 'ok',
      fingerprint: '8407893eef106e9a',
    },
    'sqlq-schema/sqlq-read-committed-default': {
      verdict: 'ok',
      fingerprint: '25d4ec9ef8884141',
    },
    'sqlq-schema/sqlq-select-for-update': {
      verdict: 'ok',
      fingerprint: '1955a96dbdc8acef',
      note: 'Stem fixed: “a job’s stock count” now an item’s.',
    },
    'sqlq-schema/sqlq-composite-index-leftmost': {
      verdict: 'ok',
      fingerprint: '0f3028d1391aa180',
      note: 'Longest-key cue (0.73): a short key wording and two long named mistakes added.',
    },
    'sqlq-schema/sqlq-expression-index-lower': {
      verdict: 'ok',
      fingerprint: 'd135e2ad8809d105',
    },
    'sqlq-schema/sqlq-like-prefix-index': {
      verdict: 'ok',
      fingerprint: '4268ebd04e355214',
    },
    'sqlq-schema/sqlq-partial-index-use': {
      verdict: 'ok',
      fingerprint: '6644284a0a650abb',
    },
    'sqlq-schema/sqlq-index-small-table-seq-scan': {
      verdict: 'ok',
      fingerprint: 'a2be60492ac85055',
    },
    'sqlq-schema/sqlq-foreign-key-not-auto-indexed': {
      verdict: 'ok',
      fingerprint: 'c6ac6a9dd896c941',
      note: 'Stem fixed: it said deleting a customer, for a key from order_lines to orders.',
    },
  },
}
