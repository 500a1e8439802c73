import type { PgFamily } from './pg-family.js'
import { MANUAL, SHOP, SHOP_TABLES } from './shop-fixture.js'

const CUSTOMERS = `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
INSERT INTO customers VALUES (1, 'Ana'), (2, 'Bo');`

const INVOICES = `CREATE TABLE invoices (id int PRIMARY KEY);
INSERT INTO invoices VALUES (1), (2);`

const STOCK = `CREATE TABLE stock (sku text PRIMARY KEY, qty int NOT NULL);
INSERT INTO stock VALUES ('A1', 3);`

const SENSORS = `CREATE TABLE latest (sensor text PRIMARY KEY, v int NOT NULL, at date NOT NULL);
INSERT INTO latest VALUES ('s1', 10, '2024-01-02'), ('s2', 10, '2024-01-02');`

const ITEMS = `CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL);
INSERT INTO items VALUES (1, 'cup'), (2, 'pen');`

const LOTS = `CREATE TABLE lots (id int PRIMARY KEY, qty int NOT NULL);
INSERT INTO lots VALUES (1, 5), (2, 0);`

/**
 * Tables and data changes: UNIQUE and NULLs, foreign key actions, CHECK and NOT NULL,
 * generated and identity columns, INSERT … ON CONFLICT, adding columns and constraints to
 * tables with rows, UPDATE … FROM, TRUNCATE and exclusion constraints. Each option runs on an
 * empty or stated schema and a check then tries the rows the stem names.
 */
export const SCHEMA_FAMILIES: readonly PgFamily[] = [
  {
    id: 'unique-allows-many-nulls',
    stem: 'Which definition of `users` rejects two users with the same email but accepts any number of users with no email (NULL)?',
    source: `${MANUAL} 5.5.3 Unique Constraints`,
    check: `INSERT INTO users VALUES (1, NULL), (2, NULL);
SELECT rejects($$INSERT INTO users VALUES (3, 'a@x.io'), (4, 'a@x.io')$$)::text`,
    frames: [
      `CREATE TABLE users (id int PRIMARY KEY, email text ⟦UNIQUE|UNIQUE NULLS NOT DISTINCT=NULLS NOT DISTINCT lets only one row have no email|PRIMARY KEY=a table has one primary key, and its columns cannot be NULL|NOT NULL UNIQUE=NOT NULL rejects users with no email|NOT NULL DEFAULT ''=a default fills omitted values; it neither allows NULL nor makes values unique⟧)`,
    ],
    expect: 'true',
  },
  {
    id: 'unique-nulls-not-distinct',
    stem: 'Table `coupons(id, code)`, PostgreSQL 15 or later. Which definition rejects a repeated code and also allows at most one coupon with no code (NULL)?',
    source: `${MANUAL} 5.5.3 Unique Constraints`,
    check: `INSERT INTO coupons VALUES (1, NULL), (2, 'X');
SELECT rejects($$INSERT INTO coupons VALUES (3, NULL)$$)::text, rejects($$INSERT INTO coupons VALUES (4, 'X')$$)::text`,
    frames: [
      `CREATE TABLE coupons (id int PRIMARY KEY, code text⟦, UNIQUE NULLS NOT DISTINCT (code)|, UNIQUE (code)=plain UNIQUE treats NULLs as distinct, so many rows may lack a code|, CHECK (code IS NOT NULL)=forbids the one coupon without a code and allows repeats| NOT NULL, UNIQUE NULLS DISTINCT (code)=NOT NULL forbids the coupon without a code altogether|, EXCLUDE (code WITH =)=an exclusion constraint, like plain UNIQUE, lets NULLs repeat⟧)`,
    ],
    expect: 'true, true',
  },
  {
    id: 'foreign-key-on-delete-set-null',
    stem: 'Table `customers(id, name)` exists. Which `orders` definition lets a customer be deleted while keeping their orders, with no customer?',
    source: `${MANUAL} 5.5.5 Foreign Keys`,
    setup: CUSTOMERS,
    check: `INSERT INTO orders VALUES (10, 1), (11, 2);
DELETE FROM customers WHERE id = 1;
SELECT id, customer_id FROM orders ORDER BY id`,
    frames: [
      `CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers⟦ ON DELETE SET NULL|=the default NO ACTION rejects deleting a referenced customer| ON DELETE CASCADE=CASCADE deletes the orders with the customer| ON DELETE RESTRICT=RESTRICT rejects the delete| ON UPDATE SET NULL=ON UPDATE acts when the key changes, not when the row is deleted⟧)`,
    ],
    expect: '10, NULL\n11, 2',
  },
  {
    id: 'foreign-key-on-delete-cascade',
    stem: 'Table `invoices(id)` exists. Which `lines` definition makes deleting an invoice delete its lines too?',
    source: `${MANUAL} 5.5.5 Foreign Keys`,
    setup: INVOICES,
    check: `INSERT INTO lines VALUES (1, 1), (2, 1), (3, 2);
DELETE FROM invoices WHERE id = 1;
SELECT id FROM lines ORDER BY id`,
    frames: [
      `CREATE TABLE lines (id int PRIMARY KEY, invoice_id int NOT NULL REFERENCES invoices⟦ ON DELETE CASCADE| ON DELETE SET NULL=SET NULL cannot empty a NOT NULL column, and would keep the lines anyway| ON UPDATE CASCADE=ON UPDATE follows key changes, not deletions| DEFERRABLE INITIALLY DEFERRED=deferring the check delays the error, it deletes nothing| ON DELETE NO ACTION=NO ACTION, the default, rejects the delete| ON DELETE SET DEFAULT=the column has no default, so SET DEFAULT tries NULL in a NOT NULL column⟧)`,
    ],
    expect: '3',
  },
  {
    id: 'check-passes-null',
    stem: 'Which column definition makes `discount` required and between 0 and 50 inclusive?',
    source: `${MANUAL} 5.5.1 Check Constraints`,
    check: `INSERT INTO offers VALUES (1, 0), (2, 50);
SELECT rejects($$INSERT INTO offers VALUES (3, NULL)$$)::text, rejects($$INSERT INTO offers VALUES (4, 60)$$)::text,
  rejects($$INSERT INTO offers VALUES (5, -1)$$)::text`,
    frames: [
      `CREATE TABLE offers (id int PRIMARY KEY, discount int ⟦NOT NULL CHECK (discount BETWEEN 0 AND 50)|CHECK (discount BETWEEN 0 AND 50)=a CHECK whose condition is NULL passes, so a missing discount is accepted|NOT NULL CHECK (discount >= 0 OR discount <= 50)=every number is at least 0 or at most 50|NOT NULL CHECK (discount > 0 AND discount < 50)=strict comparisons reject 0 and 50|NOT NULL CHECK (discount <= 50)=leaves out the lower bound, so a negative discount passes|NOT NULL CHECK (discount BETWEEN 50 AND 0)=BETWEEN needs the lower bound first, so no value passes⟧)`,
    ],
    expect: 'true, true, true',
  },
  {
    id: 'generated-column-stored',
    stem: 'In `lines(id, qty, unit_cents, total_cents)`, `total_cents` must always equal `qty * unit_cents`, also after `qty` is updated. Which definition does that on PostgreSQL 16 or later?',
    source: `${MANUAL} 5.4 Generated Columns`,
    check: `INSERT INTO lines (id, qty, unit_cents) VALUES (1, 2, 150);
UPDATE lines SET qty = 3;
SELECT total_cents FROM lines`,
    frames: [
      `CREATE TABLE lines (id int PRIMARY KEY, qty int NOT NULL, unit_cents int NOT NULL,
  total_cents int ⟦GENERATED ALWAYS AS (qty * unit_cents) STORED|DEFAULT qty * unit_cents=a DEFAULT cannot refer to other columns|CHECK (total_cents = qty * unit_cents)=a CHECK only tests a value; it never computes one, and NULL passes|GENERATED ALWAYS AS IDENTITY=an identity column numbers rows from a sequence|GENERATED BY DEFAULT AS (qty * unit_cents) STORED=BY DEFAULT exists only for identity columns⟧)`,
    ],
    expect: '450',
  },
  {
    id: 'identity-always-rejects-explicit',
    stem: 'Which definition numbers `tickets` automatically and rejects an INSERT that supplies its own `id` (unless it says OVERRIDING SYSTEM VALUE)?',
    source: `${MANUAL} 5.3 Identity Columns`,
    check: `INSERT INTO tickets (title) VALUES ('a'), ('b');
SELECT string_agg(id::text, ',' ORDER BY id), rejects($$INSERT INTO tickets (id, title) VALUES (9, 'c')$$)::text FROM tickets`,
    frames: [
      `CREATE TABLE tickets (id ⟦int GENERATED ALWAYS AS IDENTITY|serial=serial is only a default, so an explicit id is accepted|int GENERATED BY DEFAULT AS IDENTITY=BY DEFAULT lets an explicit id override the sequence|int=a primary key numbers nothing, so an insert without an id fails⟧ PRIMARY KEY, title text NOT NULL)`,
    ],
    expect: '1,2, true',
  },
  {
    id: 'upsert-adds-excluded',
    stem: 'Table `stock(sku, qty)`, `sku` its primary key. A delivery of 5 of `A1` arrives. Which statement inserts the row if `A1` is new and otherwise adds 5 to its quantity?',
    source: `${MANUAL} SQL Commands, INSERT (ON CONFLICT Clause)`,
    setup: STOCK,
    check: 'SELECT qty FROM stock',
    frames: [
      `INSERT INTO stock VALUES ('A1', 5)
⟦ON CONFLICT (sku) DO UPDATE SET qty = stock.qty + EXCLUDED.qty|ON CONFLICT (sku) DO NOTHING=DO NOTHING keeps the old quantity|ON CONFLICT (sku) DO UPDATE SET qty = EXCLUDED.qty=EXCLUDED.qty alone replaces the quantity instead of adding|ON CONFLICT DO UPDATE SET qty = stock.qty + EXCLUDED.qty=DO UPDATE needs a conflict target|ON CONFLICT (sku, qty) DO UPDATE SET qty = stock.qty + EXCLUDED.qty=no unique constraint matches (sku, qty), so the target is an error|ON CONFLICT (sku) DO UPDATE SET qty = EXCLUDED.qty + EXCLUDED.qty=EXCLUDED is the row proposed for insertion, not the stored one⟧`,
    ],
    expect: '8',
  },
  {
    id: 'upsert-where-newer',
    stem: 'Table `latest(sensor, v, at)` keeps one reading per sensor. Which statement stores the two incoming readings, but replaces a stored reading only with a newer one?',
    source: `${MANUAL} SQL Commands, INSERT (ON CONFLICT Clause)`,
    setup: SENSORS,
    check: 'SELECT sensor, v FROM latest ORDER BY sensor',
    frames: [
      `INSERT INTO latest VALUES ('s1', 20, '2024-01-01'), ('s2', 30, '2024-01-03')
ON CONFLICT (sensor) DO ⟦UPDATE SET v = EXCLUDED.v, at = EXCLUDED.at WHERE EXCLUDED.at > latest.at|UPDATE SET v = EXCLUDED.v, at = EXCLUDED.at=without a WHERE an older reading overwrites a newer one|UPDATE SET v = EXCLUDED.v, at = EXCLUDED.at WHERE latest.at > EXCLUDED.at=the comparison is reversed, so only older readings win|NOTHING=DO NOTHING never replaces a stored reading⟧`,
    ],
    expect: 's1, 10\ns2, 30',
  },
  {
    id: 'add-required-column-with-default',
    stem: 'Table `items(id, name)` has rows. Which change adds a required `status` column, with existing rows getting `new`?',
    source: `${MANUAL} 5.7.1 Adding a Column`,
    setup: ITEMS,
    check: `SELECT string_agg(status, ',' ORDER BY id), rejects($$INSERT INTO items VALUES (3, 'mug', NULL)$$)::text FROM items`,
    frames: [
      `ALTER TABLE items ADD COLUMN status text ⟦NOT NULL DEFAULT 'new'|NOT NULL=the existing rows would hold NULL, so the change fails|DEFAULT 'new'=without NOT NULL the column still accepts NULL|CHECK (status = 'new')=the existing rows get NULL, which passes a CHECK, and NULL stays allowed⟧`,
    ],
    expect: 'new,new, true',
  },
  {
    id: 'composite-primary-key',
    stem: 'In `order_lines(order_id, product_id, qty)` a product may appear on many orders and an order may hold many products, but a product at most once per order. Which definition enforces that?',
    source: `${MANUAL} 5.5.4 Primary Keys`,
    check: `INSERT INTO order_lines VALUES (1, 1, 1), (1, 2, 1), (2, 1, 1);
SELECT rejects($$INSERT INTO order_lines VALUES (1, 1, 5)$$)::text`,
    frames: [
      `CREATE TABLE order_lines (⟦order_id int, product_id int, qty int NOT NULL, PRIMARY KEY (order_id, product_id)|order_id int PRIMARY KEY, product_id int, qty int NOT NULL=a key on order_id alone allows one line per order|order_id int, product_id int UNIQUE, qty int NOT NULL=a unique product allows it on one order only|order_id int, product_id int, qty int NOT NULL, UNIQUE (order_id, product_id, qty)=adding qty to the key lets the same product repeat with another quantity|order_id int, product_id int, qty int NOT NULL, UNIQUE (order_id), UNIQUE (product_id)=two single-column keys allow one line per order and one order per product|order_id int, product_id int, qty int NOT NULL=without any key a product can repeat on an order⟧)`,
    ],
    expect: 'true',
  },
  {
    id: 'update-from-join-condition',
    stem: `${SHOP_TABLES} Which statement sets the status of the paid orders of customers in Oslo to \`shipped\`, and changes nothing else?`,
    source: `${MANUAL} SQL Commands, UPDATE`,
    setup: SHOP,
    check: 'SELECT id, status FROM orders ORDER BY id',
    frames: [
      `UPDATE orders ⟦o SET status = 'shipped' FROM customers c
WHERE c.id = o.customer_id AND c.city = 'Oslo' AND o.status = 'paid'|SET status = 'shipped' FROM customers c
WHERE c.city = 'Oslo' AND status = 'paid'=without a join condition every paid order matches some Oslo customer|o SET o.status = 'shipped' FROM customers c
WHERE c.id = o.customer_id AND c.city = 'Oslo' AND o.status = 'paid'=a SET target is a bare column name, and o.status is read as a field of a column o|o SET status = 'shipped' FROM customers c
WHERE c.id = o.customer_id AND c.city = 'Oslo'=drops the paid condition, so open orders change too|SET status = 'shipped' WHERE status = 'paid'=ignores the customer's city|o SET status = 'shipped' FROM orders x JOIN customers c ON c.id = x.customer_id
WHERE c.city = 'Oslo' AND o.status = 'paid'=joining another copy of orders that is not tied to o updates every paid order⟧`,
    ],
    expect: '10, paid\n11, open\n12, shipped\n13, paid\n14, shipped\n15, open',
  },
  {
    id: 'truncate-restart-identity',
    stem: 'Table `jobs(id, name)`, `id` an identity column; rows have been added. Which statement empties the table so that the next inserted row gets id 1?',
    source: `${MANUAL} SQL Commands, TRUNCATE`,
    setup: `CREATE TABLE jobs (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
INSERT INTO jobs (name) VALUES ('a'), ('b');`,
    check: `INSERT INTO jobs (name) VALUES ('c');
SELECT id FROM jobs`,
    frames: [
      `⟦TRUNCATE jobs RESTART IDENTITY|DELETE FROM jobs=deleting rows leaves the identity sequence where it was|TRUNCATE jobs=TRUNCATE continues the identity sequence unless told to restart it|TRUNCATE jobs CASCADE=CASCADE empties referencing tables, it does not reset the sequence|TRUNCATE jobs CONTINUE IDENTITY=CONTINUE IDENTITY keeps the sequence where it was|ALTER TABLE jobs ALTER COLUMN id RESTART=restarting the sequence keeps the rows, so the new id 1 clashes with the old row⟧`,
    ],
    expect: '1',
  },
  {
    id: 'exclusion-no-overlap',
    stem: 'Table `bookings(id, during)` for one meeting room, `during` a `tsrange`. Which constraint rejects a booking whose time overlaps an existing one, while a booking starting when another ends is allowed?',
    source: `${MANUAL} 5.5.6 Exclusion Constraints`,
    check: `INSERT INTO bookings VALUES (1, '[2024-05-01 09:00, 2024-05-01 10:00)'), (2, '[2024-05-01 10:00, 2024-05-01 11:00)');
SELECT rejects($$INSERT INTO bookings VALUES (3, '[2024-05-01 09:30, 2024-05-01 09:45)')$$)::text`,
    frames: [
      `CREATE TABLE bookings (id int PRIMARY KEY, during tsrange NOT NULL,
  ⟦EXCLUDE USING gist (during WITH &&)|UNIQUE (during)=UNIQUE rejects only identical ranges|EXCLUDE USING gist (during WITH =)=excluding equal ranges still allows overlapping ones|CHECK (NOT isempty(during))=a CHECK sees one row, never the other bookings|UNIQUE (lower(during), upper(during))=a UNIQUE constraint lists columns, not expressions, and equal ends are not overlaps anyway⟧)`,
    ],
    expect: 'true',
  },
  {
    id: 'check-not-valid-existing-rows',
    stem: 'Table `lots(id, qty)` already holds a row with `qty = 0`, which must stay for now. Which change makes new and updated rows need `qty > 0`?',
    source: `${MANUAL} SQL Commands, ALTER TABLE (ADD table_constraint … NOT VALID)`,
    setup: LOTS,
    check: `SELECT count(*), rejects($$INSERT INTO lots VALUES (3, 0)$$)::text FROM lots`,
    frames: [
      `ALTER TABLE lots ADD CONSTRAINT qty_positive CHECK (qty > 0)⟦ NOT VALID|=without NOT VALID the existing row is checked and the change fails| DEFERRABLE=only UNIQUE, PRIMARY KEY, EXCLUDE and foreign keys can be deferrable| NO INHERIT=NO INHERIT only keeps child tables out; existing rows are still checked| INITIALLY DEFERRED=a CHECK constraint cannot be deferred⟧`,
    ],
    expect: '2, true',
  },
]
