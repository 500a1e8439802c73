import type { PgFamily } from './pg-family.js'
import { MANUAL, SHOP, SHOP_TABLES } from './shop-fixture.js'

const PRODUCTS = `CREATE TABLE products (sku text PRIMARY KEY, discount int);
INSERT INTO products VALUES ('A', 10), ('B', 20), ('C', NULL);`

const STATS = `CREATE TABLE stats (page text PRIMARY KEY, revenue numeric NOT NULL, visits int NOT NULL);
INSERT INTO stats VALUES ('home', 50, 10), ('new', 0, 0), ('faq', 9, 3);`

const EVENTS = `CREATE TABLE events (id int PRIMARY KEY, at timestamptz NOT NULL);
INSERT INTO events VALUES (1, '2024-03-01 00:00+00'), (2, '2024-03-01 18:30+00'), (3, '2024-03-02 00:00+00'), (4, '2024-02-29 23:59+00');`

const DOCS = `CREATE TABLE docs (id int PRIMARY KEY, meta jsonb NOT NULL);
INSERT INTO docs VALUES (1, '{"channel": "web", "qty": 5, "tags": ["a", "b"], "status": "new"}'),
  (2, '{"channel": "shop", "qty": 10, "tags": ["b"], "status": "new"}'),
  (3, '{"channel": "web", "qty": 12, "tags": []}');`

const CODES = `CREATE TABLE codes (code text PRIMARY KEY);
INSERT INTO codes VALUES ('A_1'), ('AB1'), ('A1');`

/**
 * NULL and types: three-valued logic, IS DISTINCT FROM, NULLIF and COALESCE, integer division,
 * numeric against float, rounding, time zones and intervals, text padding and patterns, and
 * the JSONB operators. Options are queries run on the stated tables, or the result a shown
 * query returns on PostgreSQL with the session time zone UTC unless the stem sets another.
 */
export const TYPE_FAMILIES: readonly PgFamily[] = [
  {
    id: 'is-distinct-from-keeps-null',
    stem: 'Table `products(sku, discount)`; `discount` may be NULL (no discount). Which query lists the products whose discount is not 10, products with no discount included?',
    source: `${MANUAL} 9.2 Comparison Functions and Operators`,
    setup: PRODUCTS,
    frames: [
      `SELECT sku FROM products WHERE ⟦discount IS DISTINCT FROM 10|discount <> 10=<> with a NULL is unknown, so the product with no discount is dropped|NOT (discount = 10)=NOT of unknown is still unknown|discount <> 10 OR discount = NULL=equality with NULL is never true; only IS NULL tests for NULL⟧ ORDER BY sku`,
    ],
    expect: 'B\nC',
  },
  {
    id: 'three-valued-and-or',
    stem: 'What does this query return?\n\n`SELECT (NULL AND false)::text, (NULL OR true)::text`',
    source: `${MANUAL} 9.1 Logical Operators`,
    shows: 'SELECT (NULL AND false)::text, (NULL OR true)::text',
    language: 'text',
    frames: [
      '⟦false, true|NULL, NULL=takes any NULL operand to make a logical operator NULL|NULL, true=takes AND with a NULL operand to be NULL whatever the other side|false, NULL=takes OR with a NULL operand to be NULL whatever the other side⟧',
    ],
  },
  {
    id: 'nullif-safe-division',
    stem: 'Table `stats(page, revenue, visits)`; `visits` can be 0. Which query lists each page with revenue per visit, NULL where there were no visits?',
    source: `${MANUAL} 9.18.3 NULLIF`,
    setup: STATS,
    frames: [
      `SELECT page, round(⟦revenue / NULLIF(visits, 0)|revenue / COALESCE(visits, 0)=COALESCE replaces NULLs, not zeros, so it still divides by zero|COALESCE(revenue / visits, 0)=the division fails before COALESCE can help|CASE WHEN visits = 0 THEN 0 ELSE revenue / visits END=gives 0, not NULL, for no visits⟧, 2) FROM stats ORDER BY page`,
    ],
    expect: 'faq, 3.00\nhome, 5.00\nnew, NULL',
  },
  {
    id: 'integer-division-percentage',
    stem: `${SHOP_TABLES} Which query returns the share of orders that are paid as a percentage with two decimals (for example \`66.67\`)?`,
    source: `${MANUAL} 9.3 Mathematical Functions and Operators`,
    setup: SHOP,
    frames: [
      `SELECT ⟦round(100.0 * count(*) FILTER (WHERE status = 'paid') / count(*), 2)|round(100 * count(*) FILTER (WHERE status = 'paid') / count(*), 2)=bigint divided by bigint truncates to a whole number before round sees it|round(count(*) FILTER (WHERE status = 'paid') / count(*) * 100, 2)=the integer division gives 0 before the multiplication|round((count(*) FILTER (WHERE status = 'paid') / count(*))::numeric * 100, 2)=casting after the division keeps its truncated result⟧ FROM orders`,
    ],
    expect: '66.67',
  },
  {
    id: 'float-versus-numeric-equality',
    stem: 'What does this query return?\n\n`SELECT (0.1::float8 + 0.2::float8 = 0.3::float8)::text, (0.1 + 0.2 = 0.3)::text`',
    source: `${MANUAL} 8.1 Numeric Types`,
    shows: 'SELECT (0.1::float8 + 0.2::float8 = 0.3::float8)::text, (0.1 + 0.2 = 0.3)::text',
    language: 'text',
    frames: [
      '⟦false, true|true, true=takes double precision to hold decimal fractions exactly|false, false=takes unadorned decimal literals to be binary floating point too|true, false=swaps which type is exact⟧',
    ],
  },
  {
    id: 'round-numeric-half-away',
    stem: 'What does this query return?\n\n`SELECT round(2.5), round(-2.5)`',
    source: `${MANUAL} 9.3 Mathematical Functions and Operators (Table 9.5)`,
    shows: 'SELECT round(2.5), round(-2.5)',
    language: 'text',
    frames: [
      '⟦3, -3|2, -2=rounds half to even, as double precision usually does|3, -2=rounds halves toward plus infinity|2, -3=rounds halves toward minus infinity⟧',
    ],
  },
  {
    id: 'at-time-zone-from-timestamptz',
    stem: "What does this query return?\n\n`SELECT (timestamptz '2024-07-01 12:00:00+02' AT TIME ZONE 'UTC')::text`",
    source: `${MANUAL} 9.9.4 AT TIME ZONE and AT LOCAL`,
    shows: "SELECT (timestamptz '2024-07-01 12:00:00+02' AT TIME ZONE 'UTC')::text",
    language: 'text',
    frames: [
      '⟦2024-07-01 10:00:00|2024-07-01 14:00:00=adds the offset instead of removing it|2024-07-01 12:00:00=takes timestamptz to keep the wall-clock time it was written with|2024-07-01 10:00:00+00=takes AT TIME ZONE on a timestamptz to return a timestamptz|2024-07-01 12:00:00+02=takes timestamptz to keep the offset it was written with|10:00:00=takes AT TIME ZONE to return a time of day⟧',
    ],
  },
  {
    id: 'timestamptz-shown-in-session-zone',
    stem: "The session runs `SET TIME ZONE 'America/New_York'`. What does `SELECT timestamptz '2024-01-15 12:00:00+00'` print?",
    source: `${MANUAL} 8.5.1.3 Time Stamps`,
    setup: "SET TIME ZONE 'America/New_York';",
    shows: "SELECT timestamptz '2024-01-15 12:00:00+00'",
    language: 'text',
    frames: [
      '⟦2024-01-15 07:00:00-05|2024-01-15 12:00:00+00=takes timestamptz to store and print the offset it was given|2024-01-15 12:00:00-05=relabels the same clock time with the session offset|2024-01-15 17:00:00-05=moves the clock the wrong way⟧',
    ],
  },
  {
    id: 'interval-month-end',
    stem: "What does this query return?\n\n`SELECT (date '2024-01-31' + interval '1 month')::text`",
    source: `${MANUAL} 9.9 Date/Time Functions and Operators`,
    shows: "SELECT (date '2024-01-31' + interval '1 month')::text",
    language: 'text',
    frames: [
      '⟦2024-02-29 00:00:00|2024-03-02 00:00:00=takes a month to be 30 days|2024-03-02=takes date plus interval to stay a date, and a month to be 30 days|2024-02-28 00:00:00=forgets that 2024 is a leap year|2024-03-01 00:00:00=lets the day past the month end overflow into March⟧',
    ],
  },
  {
    id: 'half-open-day-range',
    stem: 'Table `events(id, at)`, `at` a timestamptz; the session time zone is UTC. Which query lists the events that happened on 1 March 2024 (UTC)?',
    source: `${MANUAL} 9.2 Comparison Functions and Operators`,
    setup: EVENTS,
    frames: [
      `SELECT id FROM events WHERE ⟦at >= '2024-03-01' AND at < '2024-03-02'|at BETWEEN '2024-03-01' AND '2024-03-02'=BETWEEN includes its upper end, midnight of the next day|at = '2024-03-01'=a date literal compared with a timestamp means midnight only|at BETWEEN '2024-03-01' AND '2024-03-01'=a range from midnight to midnight holds midnight only⟧ ORDER BY id`,
    ],
    expect: '1\n2',
  },
  {
    id: 'concat-versus-operator-with-null',
    stem: "What does this query return?\n\n`SELECT concat('Dr ', NULL, 'Smith'), 'Dr ' || NULL`",
    source: `${MANUAL} 9.4 String Functions and Operators`,
    shows: "SELECT concat('Dr ', NULL, 'Smith'), 'Dr ' || NULL",
    language: 'text',
    frames: [
      '⟦Dr Smith, NULL|NULL, NULL=takes concat to return NULL for a NULL argument, as the operator does|Dr Smith, Dr=takes the operator to treat NULL as empty text, as concat does|NULL, Dr=swaps which of the two ignores NULL|Dr NULLSmith, Dr NULL=takes NULL to be written out as the word NULL⟧',
    ],
  },
  {
    id: 'order-by-nulls-first',
    stem: `${SHOP_TABLES} Which query lists customer names ordered by city A to Z with the customers of unknown city first, and by name within a city?`,
    source: `${MANUAL} 7.5 Sorting Rows (ORDER BY)`,
    setup: SHOP,
    frames: [
      `SELECT name FROM customers ORDER BY ⟦city NULLS FIRST, name|city, name=in ascending order NULLs sort last by default|city DESC, name=DESC puts NULLs first but reverses the cities|city IS NOT NULL DESC, city, name=true sorts after false, so DESC puts known cities first⟧`,
    ],
    expect: 'Cy\nBo\nEd\nAna\nDi',
  },
  {
    id: 'char-padding-length',
    stem: "What does this query return?\n\n`SELECT length('ab '::char(4)), length('ab '::varchar(4))`",
    source: `${MANUAL} 8.3 Character Types`,
    shows: "SELECT length('ab '::char(4)), length('ab '::varchar(4))",
    language: 'text',
    frames: [
      '⟦2, 3|4, 3=takes length of a char(n) value to count its padding|3, 3=takes char(n) to keep the trailing space that was typed|2, 2=takes varchar to drop trailing spaces as char(n) does|4, 4=takes both types to pad the value to the declared length⟧',
    ],
  },
  {
    id: 'jsonb-text-extraction',
    stem: 'Table `docs(id, meta)`, `meta` a jsonb object with a string member `channel`. Which query lists the ids whose channel is `web`?',
    source: `${MANUAL} 9.16.1 Processing and Creating JSON Data (Table 9.45)`,
    setup: DOCS,
    frames: [
      `SELECT id FROM docs WHERE ⟦meta->>'channel' = 'web'|meta->'channel' = 'web'=-> returns jsonb, and 'web' is not valid JSON text to compare it with|meta ? 'web'=? tests for a key, not for a value|meta->>'channel' = '"web"'=->> returns the string without its JSON quotes|meta->>channel = 'web'=an unquoted key is read as a column name|jsonb_extract_path(meta, 'channel') = 'web'=jsonb_extract_path returns jsonb, and 'web' is not valid JSON text⟧ ORDER BY id`,
    ],
    expect: '1\n3',
  },
  {
    id: 'jsonb-containment-and-key-exists',
    stem: 'What does this query return?\n\n`SELECT (\'{"tags": ["a", "b"]}\'::jsonb @> \'{"tags": ["b"]}\')::text, (\'{"tags": ["a", "b"]}\'::jsonb ? \'a\')::text`',
    source: `${MANUAL} 8.14.3 jsonb Containment and Existence`,
    shows: `SELECT ('{"tags": ["a", "b"]}'::jsonb @> '{"tags": ["b"]}')::text, ('{"tags": ["a", "b"]}'::jsonb ? 'a')::text`,
    language: 'text',
    frames: [
      '⟦true, false|false, false=takes containment to need the whole array to match|true, true=takes ? to search nested values as well as top-level keys|false, true=swaps what the two operators test⟧',
    ],
  },
  {
    id: 'jsonb-number-comparison',
    stem: 'Table `docs(id, meta)`, `meta` a jsonb object with a numeric member `qty`. Which query lists the ids whose qty is greater than 9?',
    source: `${MANUAL} 9.16.1 Processing and Creating JSON Data`,
    setup: DOCS,
    frames: [
      `SELECT id FROM docs WHERE ⟦(meta->>'qty')::int > 9|meta->>'qty' > '9'=->> returns text, and as text '10' sorts before '9'|meta->'qty' > 9=there is no operator comparing jsonb with an integer|(meta->'qty')::text > '9'=casting jsonb to text still compares as text⟧ ORDER BY id`,
    ],
    expect: '2\n3',
  },
  {
    id: 'jsonb-set-keeps-other-keys',
    stem: 'Table `docs(id, meta)`, jsonb objects; some have a `status` member and some do not. Which statement sets every document\'s `status` to `"shipped"`, adding it where missing and keeping every other member?',
    source: `${MANUAL} 9.16.1 Processing and Creating JSON Data (Table 9.47 jsonb_set)`,
    setup: DOCS,
    check: "SELECT meta->>'status', meta->>'channel' FROM docs ORDER BY id",
    frames: [
      `UPDATE docs SET meta = ⟦jsonb_set(meta, '{status}', '"shipped"')|'{"status": "shipped"}'=assigning an object replaces the whole document|jsonb_set(meta, '{status}', 'shipped')=the new value must be JSON, and shipped without quotes is not|jsonb_set(meta, '{status}', '"shipped"', false)=create_missing false leaves documents without the key unchanged|meta - 'status'=the minus operator removes the key instead of setting it⟧`,
    ],
    expect: 'shipped, web\nshipped, shop\nshipped, web',
  },
  {
    id: 'jsonb-array-elements-text',
    stem: "Table `docs(id, meta)`; `meta->'tags'` is a JSON array of strings. Which query returns one row per tag with the tag as plain text (no JSON quotes)?",
    source: `${MANUAL} 9.16.1 Processing and Creating JSON Data (Table 9.48)`,
    setup: DOCS,
    frames: [
      `SELECT id, ⟦jsonb_array_elements_text(meta->'tags')|jsonb_array_elements(meta->'tags')=jsonb_array_elements returns jsonb values, printed with their quotes|meta->>'tags'=->> returns the whole array as one text|jsonb_array_length(meta->'tags')=counts the tags instead of listing them|jsonb_array_elements(meta->'tags')::text=casting a jsonb string to text keeps its JSON quotes⟧ FROM docs ORDER BY 1, 2`,
    ],
    expect: '1, a\n1, b\n2, b',
  },
  {
    id: 'jsonb-duplicate-keys-last-wins',
    stem: 'What does this query return?\n\n`SELECT \'{"a": 1, "a": 2}\'::jsonb ->> \'a\'`',
    source: `${MANUAL} 8.14 JSON Types`,
    shows: `SELECT '{"a": 1, "a": 2}'::jsonb ->> 'a'`,
    language: 'text',
    frames: [
      '⟦2|1=takes the first duplicate key to be kept, as the json type keeps its text|NULL=takes a duplicated key to be unreadable|[1, 2]=takes jsonb to collect duplicate keys into an array|ERROR: duplicate JSON object key value=takes jsonb input to reject duplicate keys, as JSON constructors WITH UNIQUE KEYS do⟧',
    ],
  },
  {
    id: 'like-underscore-wildcard',
    stem: 'Table `codes(code)`. Which query lists the codes that contain a literal underscore character?',
    source: `${MANUAL} 9.7.1 LIKE`,
    setup: CODES,
    frames: [
      `SELECT code FROM codes WHERE ⟦code LIKE '%\\_%'|code LIKE '%_%'=_ in a LIKE pattern matches any one character|code = '%_%'=plain equality compares with the pattern text itself, wildcards and all|code LIKE '_'=_ alone matches codes of exactly one character|code SIMILAR TO '%_%'=SIMILAR TO also reads _ as any one character⟧ ORDER BY code`,
    ],
    expect: 'A_1',
  },
]
