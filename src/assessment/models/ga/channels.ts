/**
 * GA4's default channel group, as Google's help article "[GA4] Default channel group" lists its
 * rules: each session's source, medium and campaign go to the first channel, in the article's
 * order, whose condition they meet. Only the members of Google's search, social and video source
 * lists that the families draw are written here; the families draw lower-case values, since the
 * list matches are stated on lower-case values.
 */
export type Channel =
  | 'Direct'
  | 'Cross-network'
  | 'Paid Shopping'
  | 'Organic Shopping'
  | 'Paid Search'
  | 'Paid Social'
  | 'Paid Video'
  | 'Display'
  | 'Paid Other'
  | 'Organic Social'
  | 'Organic Video'
  | 'Organic Search'
  | 'Referral'
  | 'Email'
  | 'Affiliates'
  | 'Audio'
  | 'SMS'
  | 'Mobile Push Notifications'
  | 'Unassigned'

export interface Utm {
  readonly source: string
  readonly medium: string
  readonly campaign: string
}

export const SEARCH_SOURCES = ['google', 'bing', 'duckduckgo', 'baidu', 'yahoo'] as const
export const SOCIAL_SOURCES = ['facebook', 'instagram', 'linkedin', 'pinterest', 'reddit'] as const
export const VIDEO_SOURCES = ['youtube', 'vimeo'] as const

const inList = (list: readonly string[], v: string) => list.includes(v)
// The article's "paid" medium pattern, shared by every paid channel.
const paidMedium = (m: string) => /^(.*cp.*|ppc|retargeting|paid.*)$/.test(m)
const shopCampaign = (c: string) => /^(.*(([^a-df-z]|^)shop|shopping).*)$/.test(c)
const EMAIL = ['email', 'e-mail', 'e_mail', 'e mail']
const SOCIAL_MEDIA = [
  'social',
  'social-network',
  'social-media',
  'sm',
  'social network',
  'social media',
]

/** The default channel a session with these campaign values is grouped into. */
export function defaultChannel({ source, medium, campaign }: Utm): Channel | 'Shopping' {
  if (source === '(direct)' && (medium === '(none)' || medium === '(not set)')) return 'Direct'
  if (campaign.includes('cross-network')) return 'Cross-network'
  // Paid and organic shopping need Google's shopping-site list, which no family draws from.
  if (shopCampaign(campaign)) return 'Shopping'
  if (paidMedium(medium)) {
    if (inList(SEARCH_SOURCES, source)) return 'Paid Search'
    if (inList(SOCIAL_SOURCES, source)) return 'Paid Social'
    if (inList(VIDEO_SOURCES, source)) return 'Paid Video'
  }
  if (['display', 'banner', 'expandable', 'interstitial', 'cpm'].includes(medium)) return 'Display'
  if (paidMedium(medium)) return 'Paid Other'
  if (inList(SOCIAL_SOURCES, source) || SOCIAL_MEDIA.includes(medium)) return 'Organic Social'
  if (inList(VIDEO_SOURCES, source) || /video/.test(medium)) return 'Organic Video'
  if (inList(SEARCH_SOURCES, source) || medium === 'organic') return 'Organic Search'
  if (['referral', 'app', 'link'].includes(medium)) return 'Referral'
  if (EMAIL.includes(source) || EMAIL.includes(medium)) return 'Email'
  if (medium === 'affiliate') return 'Affiliates'
  if (medium === 'audio') return 'Audio'
  if (source === 'sms' || medium === 'sms') return 'SMS'
  if (medium.endsWith('push') || /mobile|notification/.test(medium) || source === 'firebase')
    return 'Mobile Push Notifications'
  return 'Unassigned'
}
