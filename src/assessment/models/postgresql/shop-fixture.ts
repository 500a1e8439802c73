/**
 * The small shop schema many stems state: customers, their orders (one without a customer) and
 * refunds. The rows are chosen so each named mistake changes a result: a customer with no
 * orders, one with only an open order, a city left NULL, two orders of one customer on
 * different dates, and an order whose customer_id is NULL.
 */
export const SHOP = `
CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, city text);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers, total numeric(10,2) NOT NULL,
  status text NOT NULL, placed_on date NOT NULL);
CREATE TABLE refunds (id int PRIMARY KEY, order_id int NOT NULL REFERENCES orders, amount numeric(10,2) NOT NULL);
INSERT INTO customers VALUES (1, 'Ana', 'Porto'), (2, 'Bo', 'Oslo'), (3, 'Cy', NULL), (4, 'Di', 'Porto'), (5, 'Ed', 'Oslo');
INSERT INTO orders VALUES (10, 1, 50.00, 'paid', '2024-01-05'), (11, 1, 20.00, 'open', '2024-02-01'),
  (12, 2, 30.00, 'paid', '2024-01-20'), (13, NULL, 15.00, 'paid', '2024-03-01'),
  (14, 2, 30.00, 'paid', '2024-02-11'), (15, 5, 40.00, 'open', '2024-03-15');
INSERT INTO refunds VALUES (1, 10, 20.00), (2, 12, 30.00);`

/** How a stem states the shop schema to the candidate. */
export const SHOP_TABLES =
  'Tables `customers(id, name, city)`, `orders(id, customer_id, total, status, placed_on)` and `refunds(id, order_id, amount)`; `customers.city` and `orders.customer_id` may be NULL, `status` is `paid` or `open`, `placed_on` is a date.'

/** The manual a family's source is numbered in. */
export const MANUAL = 'PostgreSQL 17 manual,'
