import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `sql` test (SQL queries on PostgreSQL for freelance data and
 * back-end work), read against postgresql.org/docs/current (queries-table-expressions, functions-
 * comparison, functions-subquery, functions-window, functions-aggregate, sql-select,
 * sql-expressions, queries-union, queries-with, ddl-default, ddl-constraints, transaction-iso,
 * the index pages), with every computed key and distractor re-run on PostgreSQL (PGlite) by the
 * key test. 96 submitted, 3 deleted, 2 added: 95 families.
 *
 * INCOMPLETE: the review stopped at its deadline. Families absent from `families` below were not
 * read closely enough to judge; the test is withheld until they are reviewed and the `cue`
 * families are rewritten.
 *
 * Deleted (3): like-case-sensitive (middle value 0.81: LIKE, ILIKE, prefix, suffix and exact
 * counts bracket the key in every draw), rank-skips-after-ties (most-similar 1.00: rank, dense rank and the reversed ranks
 * are always neighbouring small integers, so the key sat in the middle of every option set) and
 * ntile-bucket (middle value 0.76: a band is 1, 2 or 3). Added (2 rule families):
 * row-number-ties-unordered (sql-select.html: equal rows come in an implementation-dependent
 * order) and exists-select-list-ignored (functions-subquery.html: EXISTS depends only on
 * whether rows come back).
 *
 * Fixed in place: the four rule families cued on length or likeness (composite-index-leftmost,
 * aggregate-in-where-error, scalar-subquery-one-row, count-distinct-vs-distinct-count: new key
 * wordings of other lengths and longer named mistakes; the key test's markers updated);
 * default-vs-explicit-null (rewritten with DEFAULT-keyword rows, five named mistakes both sides);
 * check-passes-on-null, on-conflict-do-nothing, recursive-cte-count, distinct-counts-null-once,
 * count-star-vs-count-column, left-join-row-count, full-join-count and four WHERE-count families
 * (named mistakes added on the thin side, each a real query re-run on PGlite); between-is-inclusive
 * and scalar-subquery-average (a draw could offer fewer than three distinct mistakes); a mislabel
 * in scalar-subquery-average (comparing with the row's own total gives 0 rows, not all rows);
 * cross-join-count (a nudge, "leaves out the first pair as a header", replaced; literal queries
 * replaced by real ones); two stems (foreign-key-not-auto-indexed said "deleting a customer",
 * select-for-update "a job's stock"). No wrong key found among the families read.
 *
 * Still cued (verdict `cue`): the counting families listed with their rule and rate. Their keys
 * are small row counts whose named mistakes fall mostly on one side, so the key is drawn into the
 * middle; the structural fix is more named mistakes on the thin side or questions whose answers
 * are not small counts.
 */
export const SQL_REVIEW: TestFamilyReview = {
  testId: 'sql',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'sqlq-filter-order/sqlq-not-equal-drops-nulls': {
      verdict: 'cue',
      fingerprint: '39a0c5b070d8f9b6',
      note: 'Still cued: the middle value rule finds the key in 0.53 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-filter-order/sqlq-or-with-null-is-true': {
      verdict: 'ok',
      fingerprint: 'eb62d394b751c814',
      note: 'Complement (rows the WHERE leaves out) added.',
    },
    'sqlq-filter-order/sqlq-not-of-unknown-stays-unknown': {
      verdict: 'cue',
      fingerprint: '19452b67a952e16a',
      note: 'Still cued: the middle value rule finds the key in 0.54 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-filter-order/sqlq-coalesce-in-where': {
      verdict: 'cue',
      fingerprint: '0c958abc74176c2a',
      note: 'Still cued: the middle value rule finds the key in 0.55 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-filter-order/sqlq-between-is-inclusive': {
      verdict: 'ok',
      fingerprint: '5b6d8861594ab984',
      note: 'Fixed: a draw could offer only two distinct mistakes; OR-for-AND slip added.',
    },
    'sqlq-filter-order/sqlq-limit-offset-page': {
      verdict: 'cue',
      fingerprint: 'e459e1807d29784b',
      note: 'Still cued: the middle value rule finds the key in 0.54 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-filter-order/sqlq-distinct-counts-null-once': {
      verdict: 'cue',
      fingerprint: '026d1bc1cd30209f',
      note: 'Still cued: the middle value rule finds the key in 0.69 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
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
    'sqlq-joins/sqlq-left-join-row-count': {
      verdict: 'cue',
      fingerprint: '9c8ac03334688039',
      note: 'Still cued: the middle value rule finds the key in 0.51 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-joins/sqlq-left-join-condition-in-on': {
      verdict: 'cue',
      fingerprint: '3f7384d879346f22',
      note: 'Still cued: the middle value rule finds the key in 0.54 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-joins/sqlq-cross-join-count': {
      verdict: 'cue',
      fingerprint: '6af350c240347461',
      note: 'Still cued: the longest option rule finds the key in 0.64 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-joins/sqlq-full-join-count': {
      verdict: 'ok',
      fingerprint: '496e92c75529fc46',
      note: 'Fixed: UNION-ALL count as a real query; LEFT-plus-RIGHT (matched pairs twice) added above the key.',
    },
    'sqlq-joins/sqlq-join-on-null-keys': {
      verdict: 'cue',
      fingerprint: '7957d823db2b6682',
      note: 'Still cued: the middle value rule finds the key in 0.53 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-joins/sqlq-right-join-row-count': {
      verdict: 'cue',
      fingerprint: 'fabee979e451a3c0',
      note: 'Still cued: the middle value rule finds the key in 0.52 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-joins/sqlq-two-child-joins-multiply': {
      verdict: 'cue',
      fingerprint: '77477da184b80cdd',
      note: 'Still cued: the middle value rule finds the key in 0.54 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
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
      fingerprint: '6f6d9aac8f679b38',
    },
    'sqlq-joins/sqlq-outer-join-coalesce-zero': {
      verdict: 'cue',
      fingerprint: '686dcb67773dccd5',
      note: 'Still cued: the longest option rule finds the key in 0.50 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-aggregates/sqlq-count-star-vs-count-column': {
      verdict: 'cue',
      fingerprint: '569dc8151c6e4b84',
      note: 'Still cued: the middle value rule finds the key in 0.70 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-aggregates/sqlq-aggregate-of-no-rows': {
      verdict: 'cue',
      fingerprint: 'd935250ef43793a6',
      note: 'Still cued: the most similar to the others rule finds the key in 0.68 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-aggregates/sqlq-group-by-null-one-group': {
      verdict: 'cue',
      fingerprint: '04491305f507fa54',
      note: 'Still cued: the most similar to the others rule finds the key in 0.55 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-aggregates/sqlq-having-counts-groups': {
      verdict: 'cue',
      fingerprint: '1401e5a7e2332339',
      note: 'Still cued: the middle value rule finds the key in 0.51 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-aggregates/sqlq-where-before-having': {
      verdict: 'cue',
      fingerprint: 'f1df9edfd5079671',
      note: 'Still cued: the middle value rule finds the key in 0.64 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
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
    'sqlq-windows-subqueries/sqlq-dense-rank-no-gap': {
      verdict: 'cue',
      fingerprint: 'aa17c157cd37c3ef',
      note: 'Still cued: the most similar to the others rule finds the key in 0.57 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-windows-subqueries/sqlq-running-sum-peers': {
      verdict: 'cue',
      fingerprint: 'e16e9a861fba6247',
      note: 'Still cued: the middle value rule finds the key in 0.66 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-windows-subqueries/sqlq-top-n-per-group-row-number': {
      verdict: 'cue',
      fingerprint: '0261874317a30065',
      note: 'Still cued: the middle value rule finds the key in 0.70 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-windows-subqueries/sqlq-window-after-where': {
      verdict: 'ok',
      fingerprint: '128046fc6b89245b',
    },
    'sqlq-windows-subqueries/sqlq-recursive-cte-count': {
      verdict: 'ok',
      fingerprint: 'e4d431e01c42c631',
      note: 'Fixed: anchor-only and run-once mistakes added below the key.',
    },
    'sqlq-windows-subqueries/sqlq-scalar-subquery-average': {
      verdict: 'cue',
      fingerprint: 'abba79fb71154fc1',
      note: 'Still cued: the middle value rule finds the key in 0.61 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-windows-subqueries/sqlq-union-removes-duplicates': {
      verdict: 'cue',
      fingerprint: '63c9b5f3ca688d73',
      note: 'Still cued: the middle value rule finds the key in 0.52 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
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
    'sqlq-schema/sqlq-check-passes-on-null': {
      verdict: 'cue',
      fingerprint: '560ed623846262b9',
      note: 'Still cued: the middle value rule finds the key in 0.70 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-schema/sqlq-on-conflict-do-nothing': {
      verdict: 'cue',
      fingerprint: '9a22fdd0ee73d9d0',
      note: 'Still cued: the middle value rule finds the key in 0.70 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-schema/sqlq-on-delete-cascade-count': {
      verdict: 'cue',
      fingerprint: 'e4969b9f8e4b7d4a',
      note: 'Still cued: the middle value rule finds the key in 0.62 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-schema/sqlq-on-delete-set-null-count': {
      verdict: 'cue',
      fingerprint: '7b6932c76d6028e8',
      note: 'Still cued: the middle value rule finds the key in 0.53 of 300 draws; needs named mistakes on the thin side of the key (or a question whose answer is not a small count).',
    },
    'sqlq-schema/sqlq-default-vs-explicit-null': {
      verdict: 'ok',
      fingerprint: '12f3d2c14644a229',
      note: 'Rewritten: DEFAULT-keyword rows added, so the key has named mistakes on both sides (DEFAULT read as NULL, default only where named, only where DEFAULT written).',
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
