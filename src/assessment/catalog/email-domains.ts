import type { ModelDomain } from './model-domains.js'

/** The model-backed domains of the email marketing test, spread into the domain library. */
export const EMAIL_DOMAINS = {
  emailCompliance: {
    id: 'email-compliance',
    title: 'Commercial email law',
    itemModelIds: ['email-compliance'],
    outcome:
      'Apply CAN-SPAM, GDPR consent, the ePrivacy soft opt-in and PECR regulation 22 to a client’s campaigns',
  },
  emailAuthentication: {
    id: 'email-authentication',
    title: 'SPF, DKIM and DMARC',
    itemModelIds: ['email-authentication'],
    outcome:
      'Write and read SPF, DKIM and DMARC records that authorise a client’s senders and align with its From domain',
  },
  emailDeliverability: {
    id: 'email-deliverability',
    title: 'Deliverability and list hygiene',
    itemModelIds: ['email-deliverability'],
    outcome:
      'Meet the Gmail and Yahoo bulk-sender rules, implement one-click unsubscribe, handle bounces and warm a new sender',
  },
  emailMetrics: {
    id: 'email-metrics',
    title: 'Campaign and list metrics',
    itemModelIds: ['email-metrics'],
    outcome:
      'Compute and interpret delivery, open, click, unsubscribe, complaint, revenue and list growth figures',
  },
  emailTestingAutomation: {
    id: 'email-testing-automation',
    title: 'Testing, segmentation and automation',
    itemModelIds: ['email-testing-automation'],
    outcome:
      'Size and read A/B tests and holdouts, and apply a client’s segment, suppression, frequency and flow rules',
  },
} as const satisfies Record<string, ModelDomain>
