import type { ModelDomain } from './model-domains.js'

/** The Google Analytics 4 test's domains, each served by one scenario model of its own families. */
export const GA_DOMAINS = {
  gaEvents: {
    id: 'ga-events',
    title: 'Events, key events and tagging',
    itemModelIds: ['ga-events'],
    outcome:
      'Name and send events and parameters by GA4’s rules and recommended events, mark and count key events, register custom dimensions in the right scope, and implement the Google tag with gtag.js or Tag Manager',
  },
  gaMetrics: {
    id: 'ga-metrics',
    title: 'Users, sessions and engagement',
    itemModelIds: ['ga-metrics'],
    outcome:
      'Apply GA4’s definitions of active users, sessions and engaged sessions, and compute engagement rate, bounce rate and the per-user and per-session metrics from report counts',
  },
  gaAcquisition: {
    id: 'ga-acquisition',
    title: 'Campaign tagging and channels',
    itemModelIds: ['ga-acquisition'],
    outcome:
      'Tag campaigns with UTM parameters, predict the default channel group a session gets, and set up cross-domain measurement and unwanted referrals',
  },
  gaAttribution: {
    id: 'ga-attribution',
    title: 'Attribution and explorations',
    itemModelIds: ['ga-attribution'],
    outcome:
      'Read which touchpoint each GA4 attribution model credits within its lookback window, pick the channel dimension of the right scope, and build and read funnel and other explorations',
  },
  gaData: {
    id: 'ga-data',
    title: 'Privacy, data quality and BigQuery',
    itemModelIds: ['ga-data'],
    outcome:
      'Implement consent mode, set retention, filters and redaction, recognise thresholding and sampling, and query the BigQuery export’s tables and nested fields',
  },
} as const satisfies Record<string, ModelDomain>
