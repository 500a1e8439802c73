import type { ModelDomain } from './model-domains.js'

/** The model-backed domains of the marketing copywriting test, spread into the domain library. */
export const COPYWRITING_DOMAINS = {
  copyHeadlinesCtas: {
    id: 'copy-headlines-ctas',
    title: 'Headlines, calls to action and microcopy',
    itemModelIds: ['copy-headlines-ctas'],
    outcome:
      'Write headlines, subject lines, buttons and messages that say what the reader gets or must do',
  },
  copyClarity: {
    id: 'copy-benefits-clarity',
    title: 'Benefits, clarity and structure',
    itemModelIds: ['copy-benefits-clarity'],
    outcome:
      'Turn features into reader benefits and write plain, concrete, scannable copy with the point first',
  },
  copyAudience: {
    id: 'copy-audience-tone',
    title: 'Audience, tone and channel',
    itemModelIds: ['copy-audience-tone'],
    outcome: 'Fit tone, wording and format to the reader, the brief and the limits of the channel',
  },
  copyTesting: {
    id: 'copy-testing',
    title: 'Reading copy tests and metrics',
    itemModelIds: ['copy-testing'],
    outcome: 'Read A/B tests and copy metrics without the common fallacies of interpretation',
  },
  copyClaims: {
    id: 'copy-claims',
    title: 'Claims that would mislead',
    itemModelIds: ['copy-claims'],
    outcome:
      'Keep prices, offers, endorsements, reviews and green claims within US and UK advertising rules',
  },
} as const satisfies Record<string, ModelDomain>
