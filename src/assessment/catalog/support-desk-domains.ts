import type { ModelDomain } from './model-domains.js'

/** The model-backed domains of the customer support test, spread into the domain library. */
export const SUPPORT_DESK_DOMAINS = {
  supportPolicyCases: {
    id: 'support-policy-cases',
    title: 'Applying return, warranty and escalation policies',
    itemModelIds: ['support-policy-cases'],
    outcome:
      'Apply a written return, refund, warranty or escalation policy to a case, granting what it grants and no more',
  },
  supportTriageSla: {
    id: 'support-triage-sla',
    title: 'Triage, priority and service levels',
    itemModelIds: ['support-triage-sla'],
    outcome:
      'Set priority, route, status and order of work by a stated matrix and count SLA deadlines in the right hours',
  },
  supportTone: {
    id: 'support-tone-de-escalation',
    title: 'Tone and de-escalation',
    itemModelIds: ['support-tone-de-escalation'],
    outcome:
      'Write replies that acknowledge, own and de-escalate, in plain language, promising only what is confirmed',
  },
  supportKnowledgePrivacy: {
    id: 'support-knowledge-privacy',
    title: 'Macros, knowledge base and customer data',
    itemModelIds: ['support-knowledge-privacy'],
    outcome:
      'Use macros and articles with judgment, and verify identity and handle customer data as the process requires',
  },
  supportMetrics: {
    id: 'support-metrics',
    title: 'Support metrics',
    itemModelIds: ['support-metrics'],
    outcome: 'Compute and read CSAT, NPS, first response time, handle time, FCR and SLA compliance',
  },
} as const satisfies Record<string, ModelDomain>
