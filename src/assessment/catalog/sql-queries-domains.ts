import type { ModelDomain } from './model-domains.js'

/** The SQL test's domains, each served by one scenario model of its own families. */
export const SQL_QUERIES_DOMAINS = {
  sqlqFilter: {
    id: 'sqlq-filter-order',
    title: 'Filtering with NULLs, sorting and paging',
    itemModelIds: ['sqlq-filter-order'],
    outcome:
      'Predict which rows a WHERE clause keeps under three-valued logic, and how ORDER BY, NULL ordering, LIMIT and OFFSET shape a result',
  },
  sqlqJoins: {
    id: 'sqlq-joins',
    title: 'Joins',
    itemModelIds: ['sqlq-joins'],
    outcome:
      'Work out the rows of inner, outer, cross and self joins, write semi- and anti-joins that neither duplicate nor lose rows, and spot totals inflated by one-to-many joins',
  },
  sqlqAggregates: {
    id: 'sqlq-aggregates',
    title: 'Grouping and aggregates',
    itemModelIds: ['sqlq-aggregates'],
    outcome:
      'Compute counts, sums and averages over NULLs and empty inputs, and filter groups with HAVING after WHERE has filtered rows',
  },
  sqlqWindows: {
    id: 'sqlq-windows-subqueries',
    title: 'Window functions, subqueries, CTEs and set operations',
    itemModelIds: ['sqlq-windows-subqueries'],
    outcome:
      'Read ranking, running and offset window functions and their frames, and predict the results of subqueries, recursive CTEs and UNION, INTERSECT and EXCEPT',
  },
  sqlqSchema: {
    id: 'sqlq-schema',
    title: 'Constraints, transactions and indexes',
    itemModelIds: ['sqlq-schema'],
    outcome:
      'Predict what constraints accept and reject, what a transaction with errors and savepoints leaves behind, and which queries an index can serve',
  },
} as const satisfies Record<string, ModelDomain>
