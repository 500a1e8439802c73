import type { ModelDomain } from './model-domains.js'

/** The cost accounting test's domains, each served by one scenario model of its own families. */
export const CAC_DOMAINS = {
  cacOverheads: {
    id: 'cac-overheads',
    title: 'Overhead apportionment and absorption',
    itemModelIds: ['cac-overheads'],
    outcome:
      'Apportion overheads on a stated basis, reapportion service departments, set and apply absorption rates, cost by activities and find over- or under-absorption',
  },
  cacJobs: {
    id: 'cac-jobs',
    title: 'Job, batch and contract costing',
    itemModelIds: ['cac-jobs'],
    outcome:
      'Build up the cost and price of a job or batch, and measure a long contract’s cost, progress and profit to date',
  },
  cacProcess: {
    id: 'cac-process',
    title: 'Process costing',
    itemModelIds: ['cac-process'],
    outcome:
      'Cost a process by equivalent units, treat normal and abnormal losses and gains, and share joint costs between joint products and by-products',
  },
  cacInventory: {
    id: 'cac-inventory',
    title: 'Material and labour costing',
    itemModelIds: ['cac-inventory'],
    outcome:
      'Price material issues and inventory by FIFO and weighted average, set order quantities and reorder levels, and cost labour with overtime, idle time and bonus schemes',
  },
  cacVariances: {
    id: 'cac-variances',
    title: 'Standard costing and variance analysis',
    itemModelIds: ['cac-variances'],
    outcome:
      'Calculate material, labour, overhead and sales variances against a standard, say whether each is favourable or adverse, and reconcile standard with actual',
  },
} as const satisfies Record<string, ModelDomain>
