import type { ModelDomain } from './model-domains.js'

/** The social media marketing test's domains, each served by one scenario model of its own families. */
export const SMM_DOMAINS = {
  smmPlanning: {
    id: 'smm-planning',
    title: 'Content calendars and posting across time zones',
    itemModelIds: ['smm-planning'],
    outcome:
      'Schedule posts for an audience’s local time from a tool set to another zone, across daylight saving changes, half-hour zones and the date line, and plan posting slots, approval deadlines and content-pillar splits',
  },
  smmMetrics: {
    id: 'smm-metrics',
    title: 'Engagement, reach and cost metrics',
    itemModelIds: ['smm-metrics'],
    outcome:
      'Report engagement rate by reach, followers or impressions, CTR, CPM, CPC, cost per engagement, frequency, share of voice, follower growth and other stated ratios, and tell relative change from percentage points',
  },
  smmPaid: {
    id: 'smm-paid',
    title: 'Paid social budgets, audiences and A/B tests',
    itemModelIds: ['smm-paid'],
    outcome:
      'Pace budgets over a flight, size budgets for reach and frequency, read cost per result and lift, judge an A/B test by a stated z threshold, and choose the ad objective and audience type a goal needs',
  },
  smmCommunity: {
    id: 'smm-community',
    title: 'Moderation policy and community response',
    itemModelIds: ['smm-community'],
    outcome:
      'Apply a stated moderation policy to comments, escalate what it says to escalate, count strikes, meet business-hour response windows and report response rate, sentiment and response times',
  },
  smmPlatform: {
    id: 'smm-platform',
    title: 'Platform limits, tagged links and graphic contrast',
    itemModelIds: ['smm-platform'],
    outcome:
      'Fit posts to documented platform limits and X’s weighted character count, tag shared links with UTM parameters that survive existing queries, fragments and reserved characters, and check text contrast in graphics',
  },
  smmDisclosure: {
    id: 'smm-disclosure',
    title: 'Paid-partnership disclosure and accessible posts',
    itemModelIds: ['smm-disclosure'],
    outcome:
      'Disclose paid partnerships, gifts, affiliate links and employee posts as the FTC guides and the UK CAP Code require, and write accessible posts: alt text, camel-case hashtags, captions, emoji, styled text and flashing limits',
  },
} as const satisfies Record<string, ModelDomain>
