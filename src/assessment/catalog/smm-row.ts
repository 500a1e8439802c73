import { type CatalogRow, row } from './catalog-row.js'

/** Social media marketing as a freelance social media manager practises it for small clients. */
export const SMM_ROW: CatalogRow = row(
  'social-media-marketing',
  'Social media marketing',
  'Sales & Marketing',
  4,
  20,
  [
    ['smmPlanning', 20],
    ['smmMetrics', 20],
    ['smmPaid', 18],
    ['smmCommunity', 14],
    ['smmPlatform', 14],
    ['smmDisclosure', 14],
  ],
  {
    jobTaskAnalysis:
      'A freelance social media marketer runs a few small clients’ accounts: plans the content ' +
      'calendar and schedules posts for each audience’s local time, reports engagement and ' +
      'reach, runs modest paid social campaigns, moderates comments under the client’s policy, ' +
      'tags links and fits posts to each platform’s rules, and makes sure paid partnerships are ' +
      'disclosed and posts are accessible. Planning and scheduling across time zones (offsets on ' +
      'the post’s date with daylight saving, half-hour zones, the date line, UTC schedulers, ' +
      'posting slots, approval deadlines, pillar splits), done every week: 20 %. Metrics ' +
      '(engagement rate by reach, followers or impressions, CTR, CPM, CPC, frequency, share of ' +
      'voice, follower growth and other ratios, relative change against points), the monthly ' +
      'report: 20 %. Paid social (budget pacing, reach and frequency budgets, cost per result, ' +
      'learning-phase volume, A/B and holdout tests read by a stated threshold, objective and ' +
      'audience choice): 18 %. Community management (a stated moderation policy applied to ' +
      'comments, strikes, response windows, response rate and sentiment): 14 %. Platform rules ' +
      'and links (documented limits, X’s weighted count, UTM tags that survive queries, ' +
      'fragments and reserved characters, text contrast in graphics): 14 %. Disclosure and ' +
      'accessibility (FTC Endorsement Guides, UK CAP Code and ASA guidance, alt text, camel-case ' +
      'hashtags, captions, emoji, styled text, flashing): 14 %, since a missed disclosure or an ' +
      'inaccessible post is the client’s legal and reputational risk. Every metric definition, ' +
      'threshold, business-hours rule and rounding an item relies on is stated in its stem; ' +
      'platform facts that change often (image pixel sizes, algorithm advice, best times to ' +
      'post) are not asked. Not tested: any one scheduling tool’s screens, creative writing and ' +
      'design, search or email marketing, bidding strategies and analytics set-up, which other ' +
      'tests cover.',
  },
)
