import type { PgFamily } from './pg-family.js'
import { MANUAL, SHOP, SHOP_TABLES } from './shop-fixture.js'

const STAFF = `CREATE TABLE staff (id int PRIMARY KEY, name text NOT NULL, manager_id int REFERENCES staff);
INSERT INTO staff VALUES (1, 'Mo', NULL), (2, 'Al', 1), (3, 'Jo', 1), (4, 'Lu', 2), (5, 'Si', 4), (6, 'Ty', NULL);`

const LEDGERS = `CREATE TABLE invoices (ref text PRIMARY KEY); CREATE TABLE payments (ref text PRIMARY KEY);
INSERT INTO invoices VALUES ('A1'), ('A2'), ('A3'); INSERT INTO payments VALUES ('A2'), ('A3'), ('B9');`

/**
 * Joins and subqueries: where an outer join's filter goes, anti-joins and NOT IN with NULLs,
 * EXISTS against a join's duplicates, self joins, set operations, LATERAL, recursive CTEs and
 * paging. Every option runs on the stated tables; the key returns what the stem asks.
 */
export const JOIN_FAMILIES: readonly PgFamily[] = [
  {
    id: 'left-join-filter-in-on',
    stem: `${SHOP_TABLES} Which query lists every customer with the number of their paid orders, 0 for a customer with none?`,
    source: `${MANUAL} 7.2.1.1 Joined Tables`,
    setup: SHOP,
    frames: [
      `SELECT c.name, ⟦count(o.id)
FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'|count(o.id)
FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
WHERE o.status = 'paid'=a WHERE condition on the outer table removes the customers the left join kept|count(*)
FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'=count(*) counts the NULL-filled row of a customer without orders as one|count(o.id)
FROM customers c JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'=an inner join drops the customers with no paid order|count(o.status = 'paid')
FROM customers c LEFT JOIN orders o ON o.customer_id = c.id=count counts false as well as true, so open orders count too|count(o.status = 'paid')
FROM customers c JOIN orders o ON o.customer_id = c.id=count counts false as well as true, and an inner join drops the customers with no order⟧
GROUP BY c.name ORDER BY c.name`,
    ],
    expect: 'Ana, 1\nBo, 2\nCy, 0\nDi, 0\nEd, 0',
  },
  {
    id: 'not-in-with-null',
    stem: `${SHOP_TABLES} Which query lists the names of the customers who have placed no order?`,
    source: `${MANUAL} 9.24.3 NOT IN`,
    setup: SHOP,
    frames: [
      `SELECT name FROM customers c
WHERE ⟦NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)|id NOT IN (SELECT customer_id FROM orders)=NOT IN is never true when the subquery returns a NULL|id <> ALL (SELECT customer_id FROM orders)=<> ALL over a list that holds a NULL is never true|NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id <> c.id)=<> matches every other customer's orders, not the missing ones|NOT EXISTS (SELECT 1 FROM orders o JOIN customers x ON o.customer_id = x.id)=an uncorrelated subquery gives the same answer for every customer⟧
ORDER BY name`,
    ],
    expect: 'Cy\nDi',
  },
  {
    id: 'exists-not-join-duplicates',
    stem: `${SHOP_TABLES} Which query lists each customer who has at least one paid order, once each?`,
    source: `${MANUAL} 9.23.1 EXISTS`,
    setup: SHOP,
    frames: [
      `⟦SELECT name FROM customers c
WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.status = 'paid')|SELECT c.name FROM customers c JOIN orders o ON o.customer_id = c.id
WHERE o.status = 'paid'=a join repeats a customer once per matching order|SELECT name FROM customers c
WHERE EXISTS (SELECT 1 FROM orders o WHERE o.status = 'paid')=an EXISTS that does not refer to the outer row is true for every customer|SELECT name FROM customers
WHERE id IN (SELECT customer_id FROM orders)=drops the paid condition, so a customer with only an open order counts|SELECT c.name FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
GROUP BY c.name=a left join keeps the customers without a paid order|SELECT c.name FROM customers c JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
GROUP BY c.id, c.name HAVING count(*) > 1=HAVING count(*) > 1 keeps only customers with two or more paid orders⟧
ORDER BY 1`,
    ],
    expect: 'Ana\nBo',
  },
  {
    id: 'orders-without-customer-kept',
    stem: `${SHOP_TABLES} Which query gives the sum of order totals per customer name, with the orders that have no customer summed on a row whose name is NULL, and no row for customers without orders?`,
    source: `${MANUAL} 7.2.1.1 Joined Tables`,
    setup: SHOP,
    frames: [
      `SELECT c.name, sum(o.total)
FROM ⟦orders o LEFT JOIN customers c|orders o JOIN customers c=an inner join drops the order whose customer_id is NULL|customers c LEFT JOIN orders o=keeping every customer adds customers without orders and drops the order without one|orders o FULL JOIN customers c=a full join also adds a row for each customer without orders⟧ ON c.id = o.customer_id
GROUP BY c.name ORDER BY c.name`,
    ],
    expect: 'Ana, 70.00\nBo, 60.00\nEd, 40.00\nNULL, 15.00',
  },
  {
    id: 'self-join-pairs-once',
    stem: `${SHOP_TABLES} Which query lists each pair of different customers who live in the same city, each pair once?`,
    source: `${MANUAL} 2.6 Joins Between Tables`,
    setup: SHOP,
    frames: [
      `SELECT a.name, b.name FROM customers a
⟦JOIN customers b ON a.city = b.city AND a.id < b.id|JOIN customers b ON a.city = b.city AND a.id <> b.id=<> keeps both orders of each pair|JOIN customers b ON a.city = b.city=without an id condition each customer is paired with itself|LEFT JOIN customers b ON a.city = b.city AND a.id < b.id=a left join adds customers with no later partner, paired with NULL|LEFT JOIN customers b ON a.city = b.city AND a.id <> b.id=a left join adds customers without a partner, and <> keeps both orders of each pair⟧
ORDER BY 1, 2`,
    ],
    expect: 'Ana, Di\nBo, Ed',
  },
  {
    id: 'union-all-keeps-duplicates',
    stem: `${SHOP_TABLES} Finance wants the gross money moved: the sum of every order total and every refund amount together. Which query gives it?`,
    source: `${MANUAL} 7.4 Combining Queries (UNION, INTERSECT, EXCEPT)`,
    setup: SHOP,
    frames: [
      `SELECT ⟦sum(x) FROM (SELECT total AS x FROM orders UNION ALL SELECT amount FROM refunds) m|sum(x) FROM (SELECT total AS x FROM orders UNION SELECT amount FROM refunds) m=UNION removes duplicate amounts, so equal totals count once|sum(o.total) + sum(r.amount) FROM orders o, refunds r=a comma join pairs every order with every refund and multiplies both sums|sum(o.total + r.amount) FROM orders o JOIN refunds r ON r.order_id = o.id=an inner join keeps only the orders that were refunded|sum(o.total) + (SELECT sum(amount) FROM refunds) FROM orders o JOIN customers c ON c.id = o.customer_id=the join with customers drops the order without a customer⟧`,
    ],
    expect: '235.00',
  },
  {
    id: 'in-subquery-many-rows',
    stem: `${SHOP_TABLES} Which query lists the ids of the orders placed by customers who live in Porto?`,
    source: `${MANUAL} 9.23.2 IN`,
    setup: SHOP,
    frames: [
      `SELECT id FROM orders
WHERE ⟦customer_id IN (SELECT id FROM customers WHERE city = 'Porto')|customer_id = (SELECT id FROM customers WHERE city = 'Porto')=a scalar subquery must return at most one row, and this one returns two|EXISTS (SELECT 1 FROM customers WHERE city = 'Porto')=an uncorrelated EXISTS is true for every order|customer_id IN (SELECT id FROM customers) AND city = 'Porto'=city is a column of customers, not of orders|NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = orders.customer_id AND c.city <> 'Porto')=NOT EXISTS also keeps the order that has no customer⟧
ORDER BY id`,
    ],
    expect: '10\n11',
  },
  {
    id: 'lateral-latest-per-customer',
    stem: `${SHOP_TABLES} Which query lists every customer with the date of their latest order, NULL for a customer without orders?`,
    source: `${MANUAL} 7.2.1.5 LATERAL Subqueries`,
    setup: SHOP,
    frames: [
      `SELECT c.name, l.placed_on FROM customers c
⟦LEFT JOIN LATERAL|JOIN LATERAL=an inner lateral join drops the customers whose subquery returns no row|LEFT JOIN=without LATERAL a subquery in FROM cannot refer to c⟧ (SELECT placed_on FROM orders o WHERE o.customer_id = c.id ⟦ORDER BY placed_on DESC LIMIT 1|ORDER BY placed_on LIMIT 1=ascending order with LIMIT 1 takes the earliest order|ORDER BY placed_on DESC LIMIT 1 OFFSET 1=OFFSET 1 skips the latest order itself⟧) l ON true
ORDER BY c.name`,
    ],
    expect: 'Ana, 2024-02-01\nBo, 2024-02-11\nCy, NULL\nDi, NULL\nEd, 2024-03-15',
  },
  {
    id: 'anti-join-filter-in-on',
    stem: `${SHOP_TABLES} Which query lists the customers who have no paid order (customers without any order included)?`,
    source: `${MANUAL} 7.2.1.1 Joined Tables`,
    setup: SHOP,
    frames: [
      `SELECT c.name FROM customers c
⟦LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
WHERE o.id IS NULL|LEFT JOIN orders o ON o.customer_id = c.id
WHERE o.status = 'paid' AND o.id IS NULL=a status test in WHERE needs a matched row, so no row passes both|LEFT JOIN orders o ON o.customer_id = c.id
WHERE o.status <> 'paid'=finds customers with some unpaid order, even if another order is paid|LEFT JOIN orders o ON o.customer_id = c.id
WHERE o.id IS NULL OR o.status <> 'paid'=a customer with one open and one paid order still has a paid one⟧
GROUP BY c.name ORDER BY c.name`,
    ],
    expect: 'Cy\nDi\nEd',
  },
  {
    id: 'natural-join-matches-every-common-column',
    stem: `${SHOP_TABLES} Which query lists each order id with its customer's name (orders without a customer left out)?`,
    source: `${MANUAL} 7.2.1.1 Joined Tables`,
    setup: SHOP,
    frames: [
      `SELECT o.id, c.name FROM orders o
⟦JOIN customers c ON c.id = o.customer_id|NATURAL JOIN customers c=NATURAL joins on every column name the tables share, here id with id|JOIN customers c USING (id)=USING (id) compares the order's id with the customer's id|CROSS JOIN customers c=a cross join pairs every order with every customer|JOIN customers c ON c.id = o.customer_id OR o.customer_id IS NULL=the OR pairs the order without a customer with every customer⟧
ORDER BY o.id`,
    ],
    expect: '10, Ana\n11, Ana\n12, Bo\n14, Bo\n15, Ed',
  },
  {
    id: 'recursive-cte-all-reports',
    stem: 'Table `staff(id, name, manager_id)`; `manager_id` is NULL at the top. Which query counts everyone who reports to the person with id 1, directly or through others?',
    source: `${MANUAL} 7.8.2 Recursive Queries`,
    setup: STAFF,
    frames: [
      `⟦WITH RECURSIVE under AS (
  SELECT id FROM staff WHERE manager_id = 1
  UNION ALL
  SELECT s.id FROM staff s JOIN under u ON s.manager_id = u.id
)
SELECT count(*) FROM under|WITH under AS (
  SELECT id FROM staff WHERE manager_id = 1
  UNION ALL
  SELECT s.id FROM staff s JOIN under u ON s.manager_id = u.id
)
SELECT count(*) FROM under=without RECURSIVE a CTE cannot refer to itself|WITH RECURSIVE under AS (
  SELECT id FROM staff WHERE id = 1
  UNION ALL
  SELECT s.id FROM staff s JOIN under u ON s.manager_id = u.id
)
SELECT count(*) FROM under=starting from the manager counts the manager too|SELECT count(*) FROM staff WHERE manager_id = 1=counts direct reports only|WITH RECURSIVE under AS (
  SELECT id FROM staff WHERE manager_id = 1
  UNION ALL
  SELECT s.manager_id FROM staff s JOIN under u ON s.id = u.id
)
SELECT count(*) FROM under=joining on the person's own id walks up to the managers instead of down⟧`,
    ],
    expect: '4',
  },
  {
    id: 'two-counts-without-cross-join',
    stem: `${SHOP_TABLES} Which query returns, in one row, the number of orders and the number of customers?`,
    source: `${MANUAL} 4.2.11 Scalar Subqueries`,
    setup: SHOP,
    frames: [
      `SELECT ⟦(SELECT count(*) FROM orders), (SELECT count(*) FROM customers)|count(o.id), count(c.id) FROM orders o, customers c=a comma join multiplies the rows, so both counts are the product|count(o.id), count(c.id) FROM orders o JOIN customers c ON c.id = o.customer_id=the join drops unmatched rows and repeats customers|count(o.id), count(DISTINCT c.id) FROM orders o LEFT JOIN customers c ON c.id = o.customer_id=customers without orders never reach the join⟧`,
    ],
    expect: '6, 5',
  },
  {
    id: 'any-array-parameter',
    stem: `${SHOP_TABLES} The application passes the wanted order ids as one integer array, here \`'{10,12}'::int[]\`. Which query returns those orders' ids?`,
    source: `${MANUAL} 9.25.3 ANY/SOME (array)`,
    setup: SHOP,
    frames: [
      `SELECT id FROM orders WHERE id ⟦=|<>=<> ANY is true when id differs from at least one element⟧ ⟦ANY|ALL=ALL needs id to equal every element⟧ ('{10,12}'::int[]) ORDER BY id`,
      `SELECT id FROM orders WHERE ⟦id = ANY ('{10,12}'::int[])|id IN ('{10,12}'::int[])=IN with one array compares id with the whole array|id = ALL ('{10,12}'::int[])=ALL needs id to equal every element|id <> ALL ('{10,12}'::int[])=<> ALL keeps the ids that are not in the array⟧ ORDER BY id`,
    ],
    expect: '10\n12',
  },
  {
    id: 'correlated-max-per-customer',
    stem: `${SHOP_TABLES} Which query lists the ids of the orders that are the largest (by total) among their own customer's orders, ties included?`,
    source: `${MANUAL} 4.2.11 Scalar Subqueries`,
    setup: SHOP,
    frames: [
      `SELECT id FROM orders o
WHERE ⟦o.total = (SELECT max(total) FROM orders x WHERE x.customer_id = o.customer_id)|o.total = (SELECT max(total) FROM orders x)=without correlation the maximum is the shop's, not the customer's|o.total >= ANY (SELECT total FROM orders x WHERE x.customer_id = o.customer_id)=at least ANY holds when the order matches or beats any one order, such as itself|o.total > ALL (SELECT total FROM orders x WHERE x.customer_id = o.customer_id)=> ALL includes the order itself, so no order passes|o.total >= ANY (SELECT total FROM orders x)=without correlation the comparison is with every order, and at least ANY holds when the order matches or beats any one order⟧
ORDER BY id`,
    ],
    expect: '10\n12\n14\n15',
  },
  {
    id: 'inner-join-after-left-join',
    stem: `${SHOP_TABLES} Which query lists every customer with the sum of the refunds on their orders, 0 when there are none?`,
    source: `${MANUAL} 7.2.1.1 Joined Tables`,
    setup: SHOP,
    frames: [
      `SELECT c.name, ⟦coalesce(sum(r.amount), 0)|sum(r.amount)=sum over only NULLs is NULL, not 0⟧
FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
⟦LEFT JOIN refunds r ON r.order_id = o.id|JOIN refunds r ON r.order_id = o.id=an inner join after a left join drops the customers the left join kept|LEFT JOIN refunds r ON r.order_id = c.id=joins a refund's order id to a customer id|LEFT JOIN refunds r ON r.order_id = o.id
WHERE r.amount > 0=a WHERE condition on the last outer table removes the customers without refunds⟧
GROUP BY c.name ORDER BY c.name`,
    ],
    expect: 'Ana, 20.00\nBo, 30.00\nCy, 0\nDi, 0\nEd, 0',
  },
  {
    id: 'full-join-reconciliation',
    stem: 'Tables `invoices(ref)` and `payments(ref)`. Which query lists the refs that appear in exactly one of the two tables?',
    source: `${MANUAL} 7.2.1.1 Joined Tables`,
    setup: LEDGERS,
    frames: [
      `SELECT coalesce(i.ref, p.ref) FROM invoices i
⟦FULL JOIN payments p ON p.ref = i.ref WHERE i.ref IS NULL OR p.ref IS NULL|LEFT JOIN payments p ON p.ref = i.ref WHERE p.ref IS NULL=a left join never shows the payments without an invoice|FULL JOIN payments p ON p.ref = i.ref WHERE i.ref IS NULL AND p.ref IS NULL=no row of a join has both sides NULL|FULL JOIN payments p ON p.ref = i.ref WHERE i.ref <> p.ref=comparing with a NULL side is unknown, so unmatched rows fail|RIGHT JOIN payments p ON p.ref = i.ref WHERE i.ref IS NULL=a right join never shows the invoices without a payment|JOIN payments p ON p.ref = i.ref WHERE i.ref IS NULL OR p.ref IS NULL=an inner join keeps only matched refs, so neither side is ever NULL⟧
ORDER BY 1`,
    ],
    expect: 'A1\nB9',
  },
  {
    id: 'offset-paging',
    stem: `${SHOP_TABLES} A page shows 2 customers in name order. Which query returns page 2?`,
    source: `${MANUAL} 7.6 LIMIT and OFFSET`,
    setup: SHOP,
    frames: [
      `SELECT name FROM customers ⟦ORDER BY name LIMIT 2 OFFSET 2|ORDER BY name LIMIT 2 OFFSET 4=OFFSET counts rows to skip, and 4 skips two pages|ORDER BY name LIMIT 4 OFFSET 2=LIMIT is how many rows, not the last row's position|ORDER BY name DESC LIMIT 2 OFFSET 2=descending order pages from the end of the alphabet⟧`,
    ],
    expect: 'Cy\nDi',
  },
  {
    id: 'keyset-paging-row-comparison',
    stem: `${SHOP_TABLES} Orders are paged by \`placed_on, id\`; the last one shown had \`placed_on = '2024-02-11'\` and \`id = 14\`. Which query returns the next 2?`,
    source: `${MANUAL} 9.24.5 Row Constructor Comparison`,
    setup: SHOP,
    frames: [
      `SELECT id FROM orders
WHERE ⟦(placed_on, id) > ('2024-02-11', 14)|placed_on > '2024-02-11' AND id > 14=requiring both columns to grow skips later rows with smaller ids|placed_on >= '2024-02-11'=at-or-after shows the last row of the previous page again|id > 14=the id alone is not the position in this order⟧
ORDER BY placed_on, id LIMIT 2`,
    ],
    expect: '13\n15',
  },
  {
    id: 'intersect-both-statuses',
    stem: `${SHOP_TABLES} Which query lists the ids of the customers who have both a paid order and an open order?`,
    source: `${MANUAL} 7.4 Combining Queries (UNION, INTERSECT, EXCEPT)`,
    setup: SHOP,
    frames: [
      `⟦SELECT customer_id FROM orders WHERE status = 'paid'
INTERSECT
SELECT customer_id FROM orders WHERE status = 'open'|SELECT customer_id FROM orders WHERE status = 'paid' AND status = 'open'=one row cannot hold both statuses at once|SELECT DISTINCT customer_id FROM orders WHERE status IN ('paid', 'open')=IN keeps customers with either status|SELECT customer_id FROM orders WHERE status = 'paid'
EXCEPT
SELECT customer_id FROM orders WHERE status = 'open'=EXCEPT keeps those with a paid order and no open one|SELECT DISTINCT o.customer_id FROM orders o JOIN orders p ON p.customer_id = o.customer_id
WHERE o.status = 'paid' OR p.status = 'open'=OR keeps customers who have either status⟧
ORDER BY 1`,
    ],
    expect: '1',
  },
]
