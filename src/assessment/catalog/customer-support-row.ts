import { row } from './catalog-row.js'

/**
 * Customer support as clients hire a freelance agent for it: email, chat and help-desk work under
 * the client's written policies. Every key follows from the policy, matrix or figures the stem
 * states, so the test measures applying them, not knowing one company's rules.
 */
export const CUSTOMER_SUPPORT_ROW = row(
  'customer-support',
  'Customer support (email, chat and help desk)',
  'Virtual Assistant',
  3,
  20,
  [
    ['supportPolicyCases', 25],
    ['supportTriageSla', 20],
    ['supportTone', 20],
    ['supportKnowledgePrivacy', 20],
    ['supportMetrics', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance support agent works a client’s help-desk queue by email and chat, usually ' +
      'with the client’s policy documents, macros and knowledge base, and is judged by the ' +
      'client’s quality reviews and dashboards. Most tickets ask for an outcome a written policy ' +
      'decides: a return, refund, exchange, warranty repair, price adjustment or an escalation ' +
      'to another team, where the error a reviewer catches is granting too much, too little or ' +
      'the wrong remedy (25 %). Every ticket is first triaged: priority from impact and ' +
      'workaround, routing, status, merging duplicates and working to SLA deadlines counted in ' +
      'business or calendar hours (20 %). Quality reviews score tone: acknowledging, owning, ' +
      'plain language, de-escalating abuse and promising only what is confirmed (20 %). Agents ' +
      'answer through macros and articles, which must fit the case, and verify identity and ' +
      'handle card numbers, passwords and erasure requests as the process requires (20 %). ' +
      'Team leads and clients read the agent’s CSAT, NPS, first response and handle times, ' +
      'first contact resolution and SLA compliance, which the agent must compute and interpret ' +
      'correctly (15 %). Product knowledge of one client and phone-system operation differ by ' +
      'client and are not tested.',
  },
)
