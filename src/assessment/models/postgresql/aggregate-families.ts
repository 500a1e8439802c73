import type { PgFamily } from './pg-family.js'
import { MANUAL, SHOP, SHOP_TABLES } from './shop-fixture.js'

const PLAYERS = `CREATE TABLE players (name text PRIMARY KEY, score int NOT NULL);
INSERT INTO players VALUES ('Ada', 90), ('Ben', 90), ('Cal', 80), ('Dee', 70);`

const READINGS = `CREATE TABLE readings (day date PRIMARY KEY, meter int NOT NULL);
INSERT INTO readings VALUES ('2024-05-01', 100), ('2024-05-02', 130), ('2024-05-03', 125);`

const SALES = `CREATE TABLE sales (id int PRIMARY KEY, sold_on date NOT NULL, amount int NOT NULL);
INSERT INTO sales VALUES (1, '2024-06-01', 10), (2, '2024-06-02', 5), (3, '2024-06-02', 7), (4, '2024-06-03', 1);`

/**
 * Grouping and window functions: what GROUP BY allows in the select list, WHERE against HAVING,
 * FILTER, counting NULLs, the ranking functions, partitions and frames, and the ordered-set
 * aggregates. Each option runs on the stated tables.
 */
export const AGGREGATE_FAMILIES: readonly PgFamily[] = [
  {
    id: 'group-by-count-column-skips-null',
    stem: `${SHOP_TABLES} Which query lists each city (unknown city as one group) with how many customers it has?`,
    source: `${MANUAL} 7.2.3 The GROUP BY and HAVING Clauses`,
    setup: SHOP,
    frames: [
      `SELECT city, ⟦count(*) FROM customers GROUP BY city|count(city) FROM customers GROUP BY city=count(city) skips NULLs, so the unknown-city group counts 0|name, count(*) FROM customers GROUP BY city=a column outside GROUP BY and outside an aggregate is an error|count(*) FROM customers GROUP BY city, name=grouping by name too gives one row per customer|count(*) FROM customers=without GROUP BY, city is neither grouped nor aggregated|count(city) FROM customers GROUP BY city, name=count(city) skips NULLs, and grouping by name gives one row per customer⟧ ORDER BY city`,
    ],
    expect: 'Oslo, 2\nPorto, 2\nNULL, 1',
  },
  {
    id: 'having-filters-groups',
    stem: `${SHOP_TABLES} Which query lists the ids of the customers whose paid orders add up to more than 55?`,
    source: `${MANUAL} 7.2.3 The GROUP BY and HAVING Clauses`,
    setup: SHOP,
    frames: [
      `SELECT customer_id FROM orders
⟦WHERE status = 'paid' GROUP BY customer_id HAVING sum(total) > 55|WHERE status = 'paid' AND sum(total) > 55 GROUP BY customer_id=aggregates are not allowed in WHERE, which runs before grouping|GROUP BY customer_id HAVING sum(total) > 55=without the status filter open orders are summed too|WHERE status = 'paid' AND total > 55 GROUP BY customer_id=compares each order, not the customer's sum|WHERE status = 'paid' GROUP BY customer_id HAVING max(total) > 55=compares the largest order, not the sum⟧
ORDER BY 1`,
    ],
    expect: '2',
  },
  {
    id: 'filter-clause-counts',
    stem: `${SHOP_TABLES} Which query lists each customer id that has orders with its number of paid and of open orders, 0 where there are none?`,
    source: `${MANUAL} 4.2.7 Aggregate Expressions`,
    setup: SHOP,
    frames: [
      `SELECT customer_id,
  ⟦count(*) FILTER (WHERE status = 'paid'), count(*) FILTER (WHERE status = 'open')|count(status = 'paid'), count(status = 'open')=count counts false as well as true|sum(CASE WHEN status = 'paid' THEN 1 END), sum(CASE WHEN status = 'open' THEN 1 END)=a CASE without ELSE gives NULL, and a sum of only NULLs is NULL, not 0|count(CASE WHEN status = 'paid' THEN 1 ELSE 0 END), count(CASE WHEN status = 'open' THEN 1 ELSE 0 END)=count counts the zeros too⟧
FROM orders WHERE customer_id IS NOT NULL GROUP BY customer_id ORDER BY customer_id`,
    ],
    expect: '1, 1, 1\n2, 2, 0\n5, 0, 1',
  },
  {
    id: 'avg-ignores-null',
    stem: 'What does this query return?\n\n`SELECT avg(x)::numeric(5,2) FROM (VALUES (4), (NULL), (7)) AS t(x)`',
    source: `${MANUAL} 9.21 Aggregate Functions`,
    shows: 'SELECT avg(x)::numeric(5,2) FROM (VALUES (4), (NULL), (7)) AS t(x)',
    language: 'text',
    frames: [
      '⟦5.50|3.67=counts the NULL as a zero|NULL=takes one NULL input to make the aggregate NULL|5.00=takes avg of integers to divide as integers, truncating the half⟧',
    ],
  },
  {
    id: 'count-star-column-distinct',
    stem: "What does this query return?\n\n`SELECT count(*), count(city), count(DISTINCT city) FROM (VALUES ('Porto'), ('Oslo'), (NULL), ('Porto'), ('Oslo')) AS c(city)`",
    source: `${MANUAL} 4.2.7 Aggregate Expressions`,
    shows:
      "SELECT count(*), count(city), count(DISTINCT city) FROM (VALUES ('Porto'), ('Oslo'), (NULL), ('Porto'), ('Oslo')) AS c(city)",
    language: 'text',
    frames: [
      '⟦5, 4, 2|5, 5, 2=takes count(city) to count NULLs|5, 4, 3=takes count(DISTINCT) to count NULL as a value|4, 4, 2=takes count(*) to skip the row whose value is NULL|5, 5, 3=counts NULL as a value everywhere⟧',
    ],
  },
  {
    id: 'dense-rank-top-levels',
    stem: 'Table `players(name, score)`. Which query lists the players whose score is one of the two highest distinct scores?',
    source: `${MANUAL} 9.22 Window Functions`,
    setup: PLAYERS,
    frames: [
      `SELECT name FROM (
  SELECT name, ⟦dense_rank()|rank()=rank skips the places taken by ties, so the second score can rank 3|row_number()=row_number numbers tied players apart|ntile(2)=ntile splits the players into halves, not score levels⟧ OVER (ORDER BY score DESC) AS r FROM players
) ranked WHERE r <= 2 ORDER BY name`,
    ],
    expect: 'Ada\nBen\nCal',
  },
  {
    id: 'row-number-latest-per-group',
    stem: `${SHOP_TABLES} Which query lists, for each customer with orders, the id of their most recent order?`,
    source: `${MANUAL} 3.5 Window Functions`,
    setup: SHOP,
    frames: [
      `SELECT customer_id, id FROM (
  SELECT customer_id, id,
    row_number() OVER (⟦PARTITION BY customer_id|^=without PARTITION BY the numbering runs over all orders|PARTITION BY customer_id, placed_on=partitioning by the date too numbers each order on its own⟧ ORDER BY ⟦placed_on DESC|placed_on, id=ascending order numbers the earliest order first⟧) AS rn
  FROM orders WHERE customer_id IS NOT NULL
) x WHERE rn = 1
ORDER BY customer_id`,
      `SELECT customer_id, id FROM orders
WHERE customer_id IS NOT NULL
  AND ⟦id IN (SELECT DISTINCT ON (customer_id) id FROM orders ORDER BY customer_id, placed_on DESC)|row_number() OVER (PARTITION BY customer_id ORDER BY placed_on DESC) = 1=window functions are not allowed in WHERE|id IN (SELECT max(id) FROM orders GROUP BY placed_on)=the highest id of each date is not each customer's latest order|placed_on = (SELECT max(placed_on) FROM orders)=an uncorrelated max is the shop's latest date, not each customer's⟧
ORDER BY customer_id`,
    ],
    expect: '1, 11\n2, 14\n5, 15',
  },
  {
    id: 'running-total',
    stem: 'Table `sales(id, sold_on, amount)`, ids in date order. Which query lists each sale id with the running total of amounts up to and including it, in id order?',
    source: `${MANUAL} 4.2.8 Window Function Calls`,
    setup: SALES,
    frames: [
      `SELECT id, sum(amount) OVER (⟦ORDER BY id|^=an empty OVER sums the whole table on every row|PARTITION BY id=partitioning by id sums each sale alone|ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW=a one-row frame gives a moving sum of two sales|ORDER BY id DESC=descending order totals from the last sale back|PARTITION BY sold_on ORDER BY id=partitioning by date restarts the total on each date|ORDER BY amount=ordering by amount totals the sales from the smallest, not in sale order⟧) FROM sales ORDER BY id`,
    ],
    expect: '1, 10\n2, 15\n3, 22\n4, 23',
  },
  {
    id: 'range-frame-peers',
    stem: 'Table `sales(id, sold_on, amount)`; two sales share a date. Which window gives each sale, taken in `sold_on, id` order, a running total that grows row by row, even between sales on the same date?',
    source: `${MANUAL} 4.2.8 Window Function Calls`,
    setup: SALES,
    frames: [
      `SELECT id, sum(amount) OVER (⟦ORDER BY sold_on, id|ORDER BY sold_on=the default RANGE frame includes the current row's peers, so same-date sales share one total|PARTITION BY sold_on ORDER BY id=partitioning restarts the total each date|ORDER BY sold_on RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW=RANGE still includes all peers of the current row⟧) FROM sales ORDER BY sold_on, id`,
    ],
    expect: '1, 10\n2, 15\n3, 22\n4, 23',
  },
  {
    id: 'last-value-default-frame',
    stem: "Table `readings(day, meter)` holds one month's daily readings. Which query shows every day's reading beside the month's last reading (the one on the latest day)?",
    source: `${MANUAL} 9.22 Window Functions`,
    setup: READINGS,
    frames: [
      `SELECT day, meter, ⟦first_value(meter) OVER (ORDER BY day DESC)|last_value(meter) OVER (ORDER BY day)=the default frame ends at the current row, so last_value is the row itself|max(meter) OVER ()=the largest reading need not be the latest one|first_value(meter) OVER (ORDER BY day)=first_value in ascending order is the earliest reading|first_value(meter) OVER (ORDER BY meter DESC)=ordering by the reading finds the largest, not the latest|last_value(meter) OVER (ORDER BY day DESC)=in descending order the default frame still ends at the current row⟧
FROM readings ORDER BY day`,
    ],
    expect: '2024-05-01, 100, 125\n2024-05-02, 130, 125\n2024-05-03, 125, 125',
  },
  {
    id: 'lag-change-from-previous',
    stem: "Table `readings(day, meter)`. Which query lists each day with the change from the previous day's reading, NULL on the first day?",
    source: `${MANUAL} 9.22 Window Functions`,
    setup: READINGS,
    frames: [
      `SELECT day, ⟦meter - lag(meter) OVER (ORDER BY day)|meter - lead(meter) OVER (ORDER BY day)=lead reads the next row, not the previous one|lag(meter) OVER (ORDER BY day) - meter=subtracts in the wrong direction, so rises show negative|meter - lag(meter, 1, 0) OVER (ORDER BY day)=a default of 0 makes the first change the whole reading instead of NULL⟧
FROM readings ORDER BY day`,
    ],
    expect: '2024-05-01, NULL\n2024-05-02, 30\n2024-05-03, -5',
  },
  {
    id: 'string-agg-ordered',
    stem: `${SHOP_TABLES} Which query lists each customer id with orders and its order ids as text, in id order, separated by commas (such as \`10,11\`)?`,
    source: `${MANUAL} 4.2.7 Aggregate Expressions`,
    setup: SHOP,
    frames: [
      `SELECT customer_id, ⟦string_agg(id::text, ',' ORDER BY id)|string_agg(id, ',' ORDER BY id)=string_agg takes text, and an integer is not cast to it implicitly|array_agg(id ORDER BY id)=array_agg returns an array, printed in braces|string_agg(id::text, ',' ORDER BY id DESC)=DESC lists the ids from highest to lowest|string_agg(id::text, ',') WITHIN GROUP (ORDER BY id)=WITHIN GROUP belongs to ordered-set aggregates; string_agg takes ORDER BY inside its parentheses|string_agg(customer_id::text, ',' ORDER BY id)=aggregates the grouping column instead of the order ids|string_agg(id::text ORDER BY id, ',')=ORDER BY must follow the last argument; placed before the delimiter it takes ',' as a second sort key and leaves string_agg one argument⟧
FROM orders WHERE customer_id IS NOT NULL GROUP BY customer_id ORDER BY customer_id`,
    ],
    expect: '1, 10,11\n2, 12,14\n5, 15',
  },
  {
    id: 'monthly-totals-date-trunc',
    stem: `${SHOP_TABLES} Which query lists each month's first day (as a date) with the total of the orders placed in that month?`,
    source: `${MANUAL} 9.9.2 date_trunc`,
    setup: SHOP,
    frames: [
      `SELECT ⟦date_trunc('month', placed_on)::date AS m, sum(total) FROM orders GROUP BY m|placed_on AS m, sum(total) FROM orders GROUP BY m=grouping by the date groups each day, not each month|date_trunc('month', placed_on)::date AS m, sum(total) FROM orders GROUP BY placed_on=grouping by the raw date gives one row per day, repeating a month that has several dates|date_trunc('year', placed_on)::date AS m, sum(total) FROM orders GROUP BY m=year truncation puts every month in one group|extract(month FROM placed_on) AS m, sum(total) FROM orders GROUP BY m=extract gives the month's number, not its first day|date_trunc('month', placed_on) AS m, sum(total) FROM orders GROUP BY m=date_trunc on a date returns a timestamp, not a date⟧ ORDER BY m`,
    ],
    expect: '2024-01-01, 80.00\n2024-02-01, 50.00\n2024-03-01, 55.00',
  },
  {
    id: 'sum-of-no-rows-is-null',
    stem: `${SHOP_TABLES} Order 11 has no refunds. What does \`SELECT sum(amount) FROM refunds WHERE order_id = 11\` return?`,
    source: `${MANUAL} 9.21 Aggregate Functions`,
    setup: SHOP,
    shows: 'SELECT sum(amount) FROM refunds WHERE order_id = 11',
    language: 'text',
    frames: [
      '⟦NULL|0=takes the sum of no rows to be zero|(0 rows)=takes an aggregate without GROUP BY to return no row for no input|0.00=takes the sum of no rows to be a zero of the column type⟧',
    ],
  },
  {
    id: 'group-by-primary-key',
    stem: `${SHOP_TABLES} \`customers.id\` is the primary key. Which query lists every customer's id, name and city with their number of orders?`,
    source: `${MANUAL} 7.2.3 The GROUP BY and HAVING Clauses`,
    setup: SHOP,
    frames: [
      `SELECT c.id, c.name, c.city, ⟦count(o.id) FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id|count(o.id) FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.name=grouping by name, which is not the key, leaves id and city ungrouped|count(*) FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id=count(*) counts the NULL-filled row of a customer without orders|count(o.id) FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY o.customer_id=grouping by the order's column leaves the customer's columns ungrouped|count(o.id) FROM customers c LEFT JOIN orders o ON o.customer_id = c.id=without GROUP BY the customer's columns are neither grouped nor aggregated|count(o.id) FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.id=an inner join drops the customers without orders|count(*) FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.name=an inner join drops the customers without orders, and grouping by name leaves id and city ungrouped⟧ ORDER BY c.id`,
    ],
    expect: '1, Ana, Porto, 2\n2, Bo, Oslo, 2\n3, Cy, NULL, 0\n4, Di, Porto, 0\n5, Ed, Oslo, 1',
  },
  {
    id: 'share-of-partition-total',
    stem: `${SHOP_TABLES} Which query lists each order id with its total as a whole-number percentage of its own customer's order total?`,
    source: `${MANUAL} 3.5 Window Functions`,
    setup: SHOP,
    frames: [
      `SELECT id, round(100 * total / sum(total) OVER (⟦PARTITION BY customer_id|^=an empty OVER divides by the shop's total|ORDER BY customer_id=ORDER BY makes a running total, not the customer's total|PARTITION BY id=partitioning by order id divides each order by itself|PARTITION BY customer_id ORDER BY id=ORDER BY in the window makes the sum a running total within the customer|PARTITION BY status=partitioning by status divides by the status total, not the customer's⟧)) FROM orders ORDER BY id`,
    ],
    expect: '10, 71\n11, 29\n12, 50\n13, 100\n14, 50\n15, 100',
  },
  {
    id: 'median-percentile-cont',
    stem: 'What does this query return?\n\n`SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM (VALUES (1), (2), (10), (20)) AS t(x)`',
    source: `${MANUAL} 9.21 Aggregate Functions (Table 9.62 Ordered-Set Aggregate Functions)`,
    shows:
      'SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM (VALUES (1), (2), (10), (20)) AS t(x)',
    language: 'text',
    frames: [
      '⟦6|2=percentile_disc takes the first value at or past the fraction; percentile_cont interpolates|8.25=takes the median for the mean|10=takes the upper of the two middle values|10.5=takes the midpoint between the smallest and largest values⟧',
    ],
  },
  {
    id: 'rollup-grand-total',
    stem: `${SHOP_TABLES} Which query lists the order total per status and, in the same result, a grand total row whose status is NULL?`,
    source: `${MANUAL} 7.2.4 GROUPING SETS, CUBE, and ROLLUP`,
    setup: SHOP,
    frames: [
      `SELECT status, sum(total) FROM orders GROUP BY ⟦ROLLUP (status)|status=plain GROUP BY gives no total row|GROUPING SETS ((status))=a single grouping set is plain grouping|ROLLUP (status, id)=rolling up by id too adds a row per order|status WITH ROLLUP=WITH ROLLUP is MySQL syntax, not PostgreSQL's|ROLLUP (status), status=adding status as its own grouping item removes the total row and repeats each status|CUBE (status, id)=a cube over status and id adds rows for every order and every id|GROUPING SETS ((status), (id))=a grouping set by id adds a row per order instead of one total⟧ ORDER BY status`,
    ],
    expect: 'open, 60.00\npaid, 125.00\nNULL, 185.00',
  },
  {
    id: 'distinct-on-largest-per-group',
    stem: `${SHOP_TABLES} Which query lists each status with the id of its largest order (the lowest id among equal totals)?`,
    source: `${MANUAL} 7.3.3 DISTINCT`,
    setup: SHOP,
    frames: [
      `⟦SELECT DISTINCT ON (status) status, id FROM orders ORDER BY status, total DESC, id|SELECT DISTINCT ON (status) status, id FROM orders ORDER BY status, total, id=ascending total keeps the smallest order|SELECT DISTINCT status, id FROM orders ORDER BY status, id=DISTINCT applies to the whole row, so every order stays|SELECT status, max(id) FROM orders GROUP BY status ORDER BY status=max(id) is the highest id, not the id of the largest order|SELECT DISTINCT ON (status) status, id FROM orders ORDER BY total DESC, id=DISTINCT ON expressions must lead the ORDER BY|SELECT DISTINCT ON (status, total) status, id FROM orders ORDER BY status, total DESC, id=DISTINCT ON (status, total) keeps one row per status and total, not per status⟧`,
    ],
    expect: 'open, 15\npaid, 10',
  },
  {
    id: 'having-in-subquery',
    stem: `${SHOP_TABLES} Which query lists the names of the customers with more than one order?`,
    source: `${MANUAL} 7.2.3 The GROUP BY and HAVING Clauses`,
    setup: SHOP,
    frames: [
      `SELECT name FROM customers WHERE id IN (⟦SELECT customer_id FROM orders GROUP BY customer_id HAVING count(*) > 1|SELECT customer_id FROM orders WHERE count(*) > 1=aggregates are not allowed in WHERE|SELECT customer_id FROM orders HAVING count(*) > 1=without GROUP BY, customer_id is neither grouped nor aggregated|SELECT customer_id FROM orders GROUP BY customer_id HAVING count(*) >= 1=at least one also keeps customers with exactly one order|SELECT customer_id FROM orders GROUP BY customer_id=without HAVING every customer with an order is kept|SELECT customer_id FROM orders GROUP BY customer_id HAVING count(DISTINCT status) > 1=counts different statuses, not orders|SELECT customer_id FROM orders GROUP BY customer_id, status HAVING count(*) > 1=grouping by status too counts the orders of each status separately⟧) ORDER BY name`,
    ],
    expect: 'Ana\nBo',
  },
]
