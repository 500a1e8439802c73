import type { PgFamily } from './pg-family.js'
import { MANUAL } from './shop-fixture.js'

const ACCOUNTS =
  'Table `accounts(id, balance)`; two sessions, A and B, work on it at the same time.'

/**
 * Transactions and concurrency: what a script's BEGIN, SAVEPOINT and ROLLBACK keep, setting
 * the isolation level, and, keyed to the manual (one session cannot show two), what READ
 * COMMITTED, REPEATABLE READ and SERIALIZABLE do with concurrent changes, row locks, SKIP
 * LOCKED, deadlocks, table lock levels and advisory locks.
 */
export const TRANSACTION_FAMILIES: readonly PgFamily[] = [
  {
    id: 'savepoint-keeps-earlier-work',
    stem: 'Table `t(id)`, `id` its primary key. Run as psql runs a file (an error does not stop the script), which script ends with rows 1 and 2 committed, although its second insert of 1 fails?',
    source: `${MANUAL} 3.4 Transactions`,
    setup: 'CREATE TABLE t (id int PRIMARY KEY);',
    psql: true,
    check: "SELECT string_agg(id::text, ',' ORDER BY id) FROM t",
    frames: [
      `BEGIN;
INSERT INTO t VALUES (1);
⟦SAVEPOINT s;
INSERT INTO t VALUES (1);
ROLLBACK TO SAVEPOINT s;|INSERT INTO t VALUES (1);
ROLLBACK;=ROLLBACK ends the whole transaction, the first insert with it|INSERT INTO t VALUES (1);=after an error the transaction is aborted; later statements fail and COMMIT rolls back|INSERT INTO t VALUES (1);
SAVEPOINT s;
ROLLBACK TO SAVEPOINT s;=a savepoint set after the error cannot undo it|SAVEPOINT s;
INSERT INTO t VALUES (1);
RELEASE SAVEPOINT s;=RELEASE keeps the transaction aborted; only ROLLBACK TO recovers it⟧
INSERT INTO t VALUES (2);
COMMIT;`,
    ],
    expect: '1,2',
  },
  {
    id: 'set-isolation-level-first',
    stem: 'Which script runs its transaction at REPEATABLE READ (run as psql runs a file, the last statement showing the level in force)?',
    source: `${MANUAL} SQL Commands, SET TRANSACTION`,
    setup: 'CREATE TABLE t (id int PRIMARY KEY);',
    psql: true,
    frames: [
      `⟦BEGIN;
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ;
SELECT count(*) FROM t;|BEGIN;
SELECT count(*) FROM t;
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ;=the level must be set before the transaction's first query|SET TRANSACTION ISOLATION LEVEL REPEATABLE READ;
BEGIN;
SELECT count(*) FROM t;=SET TRANSACTION outside a transaction block affects nothing|BEGIN;
SET LOCAL default_transaction_isolation = 'repeatable read';
SELECT count(*) FROM t;=the default applies to transactions started later, not this one⟧
SHOW transaction_isolation;`,
    ],
    expect: 'repeatable read',
  },
  {
    id: 'rollback-needs-begin',
    stem: 'Table `t(v)` holds one row with `v = 1`. Run as psql runs a file (autocommit on), which script leaves `v = 1`?',
    source: `${MANUAL} 3.4 Transactions`,
    setup: 'CREATE TABLE t (v int); INSERT INTO t VALUES (1);',
    psql: true,
    check: 'SELECT v FROM t',
    frames: [
      `⟦BEGIN;
UPDATE t SET v = 2;
ROLLBACK;|UPDATE t SET v = 2;
ROLLBACK;=outside a transaction block each statement commits at once|BEGIN;
UPDATE t SET v = 2;
SAVEPOINT s;
ROLLBACK TO SAVEPOINT s;
COMMIT;=rolling back to a savepoint keeps the work done before it|BEGIN;
UPDATE t SET v = 2;
COMMIT;
ROLLBACK;=ROLLBACK after COMMIT has nothing left to undo|UPDATE t SET v = 2;
BEGIN;
ROLLBACK;=a BEGIN after the UPDATE starts a new, empty transaction⟧`,
    ],
    expect: '1',
  },
  {
    id: 'read-committed-sees-new-commits',
    stem: `${ACCOUNTS} At the default isolation level, A runs \`BEGIN; SELECT balance FROM accounts WHERE id = 1;\` and sees 100. B then updates that balance to 50 and commits. A runs the same SELECT again in its still-open transaction. What does A see?`,
    source: `${MANUAL} 13.2.1 Read Committed Isolation Level`,
    docKeyed: true,
    frames: [
      '⟦50: each statement sees what was committed before it began|100: the transaction keeps the snapshot taken by its first statement=describes REPEATABLE READ, not the default READ COMMITTED|An error: the row changed after A read it=expects a serialization failure at the default level|100, after waiting: A’s second SELECT waits for B’s commit, then reads the row as it was when A’s transaction began=invents a wait on reads, which never block on writers⟧',
    ],
  },
  {
    id: 'repeatable-read-update-conflict',
    stem: `${ACCOUNTS} Both begin at REPEATABLE READ and read row 1. B updates row 1 and commits. A then runs \`UPDATE accounts SET balance = balance - 10 WHERE id = 1\`. What happens to A?`,
    source: `${MANUAL} 13.2.2 Repeatable Read Isolation Level`,
    docKeyed: true,
    frames: [
      '⟦It fails with a serialization error; the client retries the transaction|It applies the update to B’s newly committed balance, exactly as it would under READ COMMITTED=applies READ COMMITTED’s re-check to REPEATABLE READ|It overwrites B’s committed change with a balance computed from the snapshot A took at its start=thinks repeatable read allows lost updates|It waits for B, then updates the old balance=expects the update to wait and use the old snapshot⟧',
    ],
  },
  {
    id: 'serialization-failure-sqlstate',
    stem: 'A client retries a transaction when PostgreSQL reports a serialization failure under REPEATABLE READ or SERIALIZABLE. Which SQLSTATE does it test for?',
    source: `${MANUAL} Appendix A. PostgreSQL Error Codes`,
    docKeyed: true,
    frames: [
      '⟦40001 (serialization_failure)|40P01 (deadlock_detected)=takes the deadlock code for the serialization failure|55P03 (lock_not_available)=takes the NOWAIT lock failure for it|25P02 (in_failed_sql_transaction)=takes the aborted-transaction state for the failure itself|23505 (unique_violation)=takes a constraint error for a concurrency failure⟧',
    ],
  },
  {
    id: 'select-for-update-prevents-lost-update',
    stem: `${ACCOUNTS} The application reads a balance, computes a new one in code, and writes it back. At READ COMMITTED, which read makes a second session doing the same wait instead of overwriting the first one's change?`,
    source: `${MANUAL} 13.3.2 Row-Level Locks`,
    frames: [
      `⟦SELECT balance FROM accounts WHERE id = 1 FOR UPDATE|SELECT balance FROM accounts WHERE id = 1=a plain SELECT takes no row lock, so both read the same balance|SELECT balance FROM accounts WHERE id = 1 FOR SHARE=two sessions can both hold FOR SHARE, and their updates then deadlock|SELECT balance FROM accounts WHERE id = 1 FOR UPDATE SKIP LOCKED=SKIP LOCKED returns no row instead of waiting|LOCK TABLE accounts IN ACCESS SHARE MODE=ACCESS SHARE conflicts only with ACCESS EXCLUSIVE⟧`,
    ],
    docKeyed: true,
    language: 'sql',
  },
  {
    id: 'skip-locked-job-queue',
    stem: 'Table `jobs(id, state)`. Several workers each run one transaction that claims one pending job. Which query lets each worker take a different pending job without waiting for the others?',
    source: `${MANUAL} SQL Commands, SELECT (The Locking Clause)`,
    docKeyed: true,
    language: 'sql',
    frames: [
      `SELECT id FROM jobs WHERE state = 'pending' ORDER BY id LIMIT 1 ⟦FOR UPDATE SKIP LOCKED|FOR UPDATE NOWAIT=NOWAIT raises an error on a locked row instead of skipping it|FOR UPDATE=waits for the worker that locked the first job|FOR SHARE SKIP LOCKED=several workers can hold FOR SHARE on the same job|FOR KEY SHARE=a key-share lock does not stop another worker claiming the job|FOR KEY SHARE SKIP LOCKED=key-share locks do not conflict with each other, so two workers can take the same job⟧`,
    ],
  },
  {
    id: 'deadlock-detected',
    stem: `${ACCOUNTS} A updates row 1, B updates row 2, then A updates row 2 and B updates row 1, neither having committed. What does PostgreSQL do?`,
    source: `${MANUAL} 13.3.4 Deadlocks`,
    docKeyed: true,
    frames: [
      '⟦It detects the deadlock and aborts one transaction; the other proceeds|The two sessions keep waiting on each other until one of the clients times out or gives up=thinks PostgreSQL never resolves deadlocks itself|It aborts both transactions=thinks both are cancelled|It undoes only the later of the two updates, and both transactions can still commit the rest of their work=thinks only a statement is undone and the deadlock vanishes|Nothing unusual: row locks cannot deadlock, since each UPDATE waits for one other transaction at most=thinks row locks never deadlock⟧',
    ],
  },
  {
    id: 'deadlock-avoid-lock-order',
    stem: 'Transfers update two `accounts` rows in one transaction and sometimes fail with “deadlock detected”. What does the manual advise so they stop deadlocking, each transfer still one transaction?',
    source: `${MANUAL} 13.3.4 Deadlocks`,
    docKeyed: true,
    frames: [
      '⟦Lock the two rows in the same order in every transaction, such as by ascending id|Raise deadlock_timeout so that the deadlock check runs later and the waits have time to clear=deadlock_timeout only delays detection|Run every transfer at the SERIALIZABLE isolation level instead of the default=a stricter level does not stop two sessions waiting on each other’s row locks|Commit after each of the two updates=gives up atomicity of the transfer⟧',
    ],
  },
  {
    id: 'read-committed-update-rechecks',
    stem: `${ACCOUNTS} At READ COMMITTED, A and B both run \`UPDATE accounts SET balance = balance - 10 WHERE id = 1\` at about the same time; the balance was 100 and both commit. What is the balance?`,
    source: `${MANUAL} 13.2.1 Read Committed Isolation Level`,
    docKeyed: true,
    frames: [
      '⟦80: the second waits, then updates the new row|90: each update computed its balance from the 100 it read, so one of the two changes is lost=expects a lost update from a single UPDATE statement|90: the second update fails with a serialization error and is rolled back=applies REPEATABLE READ behaviour to READ COMMITTED|100: both roll back=expects both transactions to be cancelled⟧',
    ],
  },
  {
    id: 'table-lock-blocks-reads',
    stem: 'While it runs, which statement makes plain `SELECT`s on `orders` from other sessions wait?',
    source: `${MANUAL} 13.3.1 Table-Level Locks`,
    docKeyed: true,
    language: 'sql',
    frames: [
      `⟦ALTER TABLE orders ADD COLUMN note text|UPDATE orders SET status = 'paid' WHERE id = 10=ROW EXCLUSIVE does not conflict with the ACCESS SHARE a SELECT takes|CREATE INDEX ON orders (placed_on)=CREATE INDEX takes SHARE, which blocks writes but not reads|SELECT * FROM orders WHERE id = 10 FOR UPDATE=row locks never block plain reads|VACUUM orders=plain VACUUM takes SHARE UPDATE EXCLUSIVE, which lets reads and writes continue⟧`,
    ],
  },
  {
    id: 'advisory-lock-single-runner',
    stem: 'A nightly job runs on three servers against one database, and only one copy should do the work; the others should skip at once. What does each copy run first?',
    source: `${MANUAL} 13.3.5 Advisory Locks`,
    docKeyed: true,
    language: 'sql',
    frames: [
      `⟦SELECT pg_try_advisory_lock(42)|SELECT pg_advisory_lock(42)=pg_advisory_lock waits for the holder instead of returning false|SELECT pg_try_advisory_xact_lock(42)=outside a transaction block the lock is released when that statement ends|LOCK TABLE jobs IN SHARE MODE=SHARE locks do not conflict with each other, so every copy gets one|SELECT pg_advisory_unlock(42)=unlocking first takes no lock at all⟧`,
    ],
  },
]
