import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Wrong } from '../scenario/scenario-model.js'
import {
  type Channel,
  defaultChannel,
  SEARCH_SOURCES,
  SOCIAL_SOURCES,
  type Utm,
  VIDEO_SOURCES,
} from './channels.js'
import { choose, client, family, type GaFamily } from './ga-text.js'

const SOURCE = '[GA4] Default channel group'

const CAMPAIGNS = [
  'spring_launch',
  'q3-webinar',
  'brand_awareness',
  'autumn_sale',
  'summit-2026',
  'retention_push_q2',
  'new_course_intro',
]

/**
 * A family whose key is the channel GA4's default channel group assigns to a drawn set of UTM
 * values; the wrong answers are the channels a practitioner reaches by one named misreading of
 * the rules (reading only the source, only the medium, or a rule out of order).
 */
const channelFamily = (
  id: string,
  utm: (rng: Rng) => Utm,
  wrong: readonly (readonly [Channel, string])[],
): GaFamily =>
  family(id, (rng) => {
    const u = utm(rng)
    const key = defaultChannel(u)
    if (key === 'Shopping') throw new VariantError('a shopping campaign name')
    const query = `utm_source=${u.source}&utm_medium=${u.medium}&utm_campaign=${u.campaign}`
    return choose(rng, {
      stem: `A freelance analyst tags links for ${client(rng)} with \`?${query}\`. Under GA4’s default channel group rules, which session default channel group does a session that starts from such a link get?`,
      key,
      wrong: wrong as readonly Wrong[],
      facts: { source: SOURCE, utm: u },
    })
  })

const campaign = (rng: Rng) => rng.pick(CAMPAIGNS)

/** Channels a tagged link lands in, by the article's rule order. */
export const CHANNEL_FAMILIES: readonly GaFamily[] = [
  channelFamily(
    'channel-paid-search',
    (rng) => ({
      source: rng.pick(SEARCH_SOURCES),
      medium: rng.pick(['cpc', 'ppc', 'paidsearch', 'paid_search']),
      campaign: campaign(rng),
    }),
    [
      ['Paid Shopping', 'files search-ad clicks under shopping'],
      ['Organic Search', 'reads the search-engine source and ignores the paid medium'],
      ['Paid Other', 'misses that the source is on Google’s search-site list'],
      ['Cross-network', 'takes any search-engine ad click for a cross-network campaign'],
      ['Display', 'treats any ad click as display'],
      ['Referral', 'takes the search engine for a referring site'],
    ],
  ),
  channelFamily(
    'channel-paid-social',
    (rng) => ({
      source: rng.pick(SOCIAL_SOURCES),
      medium: rng.pick(['cpc', 'paid_social', 'paid-social', 'cpm']),
      campaign: campaign(rng),
    }),
    [
      ['Cross-network', 'assumes a campaign across several social sites is cross-network'],
      ['Affiliates', 'treats influencer placements as affiliate traffic'],
      ['Referral', 'reads the social site as a referrer'],
      ['Organic Social', 'reads the social source and ignores the paid medium'],
      ['Paid Search', 'treats every cost-per-click medium as paid search'],
      ['Display', 'treats social feed ads as display'],
      ['Paid Other', 'misses that the source is on Google’s social-site list'],
    ],
  ),
  channelFamily(
    'channel-paid-video',
    (rng) => ({
      source: rng.pick(VIDEO_SOURCES),
      medium: rng.pick(['cpc', 'paid_video', 'cpv']),
      campaign: campaign(rng),
    }),
    [
      ['Organic Video', 'reads the video source and ignores the paid medium'],
      ['Paid Search', 'files every cost-per-click ad under paid search'],
      ['Paid Social', 'counts a video platform as a social site'],
      ['Display', 'treats any ad click as display'],
    ],
  ),
  channelFamily(
    'channel-cross-network',
    (rng) => ({
      source: 'google',
      medium: 'cpc',
      campaign: rng.pick(['pmax_cross-network', 'cross-network_brand', 'q4-cross-network-sales']),
    }),
    [
      ['Organic Search', 'reads the google source as organic'],
      ['Paid Search', 'stops at source and medium and skips the campaign-name rule'],
      ['Display', 'takes a campaign across Google’s networks for display'],
      ['Paid Other', 'expects a cross-network medium value'],
      ['Unassigned', 'thinks a campaign name cannot decide a channel'],
    ],
  ),
  channelFamily(
    'channel-display',
    (rng) => ({
      source: rng.pick(['adnet_partner', 'programmatic_dsp', 'news_network']),
      medium: rng.pick(['display', 'banner', 'interstitial']),
      campaign: campaign(rng),
    }),
    [
      ['Direct', 'assumes ad clicks arrive with no referrer'],
      ['Paid Video', 'treats a rich-media banner as video'],
      ['Paid Other', 'expects every ad to use a cost-per medium'],
      ['Referral', 'takes the ad network for a referring site'],
      ['Unassigned', 'expects the source to be on a Google list'],
      ['Paid Search', 'treats any paid click as paid search'],
    ],
  ),
  channelFamily(
    'channel-paid-other',
    (rng) => ({
      source: rng.pick(['podcast_network', 'partner_portal', 'deal_site']),
      medium: rng.pick(['cpc', 'ppc', 'paid', 'retargeting']),
      campaign: campaign(rng),
    }),
    [
      ['Cross-network', 'assumes an unlisted ad network is cross-network'],
      ['Paid Search', 'treats every cost-per-click medium as paid search'],
      ['Display', 'treats every paid placement as display'],
      ['Referral', 'takes the partner for a referring site'],
      ['Unassigned', 'expects the source to be on a Google list'],
    ],
  ),
  channelFamily(
    'channel-organic-social-by-medium',
    (rng) => ({
      source: rng.pick(['community_forum', 'member_group', 'alumni_network']),
      medium: rng.pick(['social', 'social-network', 'social-media', 'sm']),
      campaign: campaign(rng),
    }),
    [
      ['Mobile Push Notifications', 'files posts pushed by a community app as push messages'],
      ['Email', 'files member-group mailings as email'],
      ['Affiliates', 'treats links from member communities as affiliate traffic'],
      ['Direct', 'reads links shared in apps as direct'],
      ['Referral', 'takes the community site for a referrer'],
      ['Unassigned', 'expects the source to be on the social-site list'],
      ['Paid Social', 'assumes tagged social traffic is paid'],
    ],
  ),
  channelFamily(
    'channel-organic-social-by-source',
    (rng) => ({ source: rng.pick(SOCIAL_SOURCES), medium: 'referral', campaign: campaign(rng) }),
    [
      ['Mobile Push Notifications', 'files posts a social app pushes as push messages'],
      ['Display', 'treats social feed placements as display'],
      ['Affiliates', 'treats creator links as affiliate traffic'],
      ['Referral', 'reads the referral medium before the social-source rule'],
      ['Paid Social', 'assumes traffic from a social site is paid'],
      ['Unassigned', 'expects a social medium value'],
      ['Direct', 'assumes social apps strip the referrer'],
    ],
  ),
  channelFamily(
    'channel-organic-video-by-medium',
    (rng) => ({
      source: rng.pick(['webinar_host', 'course_trailer', 'product_demo']),
      medium: rng.pick(['video', 'video_embed', 'explainer-video']),
      campaign: campaign(rng),
    }),
    [
      ['Organic Search', 'files any unpaid traffic under organic search'],
      ['Organic Social', 'counts video hosts as social sites'],
      ['Paid Video', 'assumes tagged video traffic is paid'],
      ['Unassigned', 'expects the source to be on the video-site list'],
      ['Referral', 'takes the host for a referring site'],
      ['Display', 'counts video as display media'],
    ],
  ),
  channelFamily(
    'channel-email',
    (rng) => ({
      source: rng.pick(['newsletter', 'crm_flow', 'weekly_digest']),
      medium: rng.pick(['email', 'e-mail', 'e_mail']),
      campaign: campaign(rng),
    }),
    [
      ['SMS', 'files any message to a subscriber as SMS'],
      ['Unassigned', 'expects a source on a list of mail providers'],
      ['Direct', 'assumes mail clients strip the referrer, so it stays direct'],
      ['Referral', 'takes the mail client for a referrer'],
    ],
  ),
  channelFamily(
    'channel-unlisted-newsletter',
    (rng) => ({
      source: rng.pick(['mailchimp', 'klaviyo', 'brevo']),
      medium: rng.pick(['newsletter', 'mailing', 'edm']),
      campaign: campaign(rng),
    }),
    [
      ['Email', 'assumes a newsletter medium or mail tool counts as email'],
      ['Referral', 'takes the mail tool for a referrer'],
      ['Direct', 'assumes mail clients strip the referrer, so it stays direct'],
      ['Organic Social', 'files subscriber messages under social'],
    ],
  ),
  channelFamily(
    'channel-affiliates',
    (rng) => ({
      source: rng.pick(['coupon_site', 'review_blog', 'cashback_portal']),
      medium: 'affiliate',
      campaign: campaign(rng),
    }),
    [
      ['Referral', 'takes the partner site for a referrer'],
      ['Paid Other', 'treats commissioned traffic as a paid medium'],
      ['Unassigned', 'expects a source on a Google list'],
      ['Display', 'treats partner placements as display'],
    ],
  ),
  channelFamily(
    'channel-referral-by-medium',
    (rng) => ({
      source: rng.pick(['industry_directory', 'partner_blog', 'supplier_site']),
      medium: rng.pick(['referral', 'link']),
      campaign: campaign(rng),
    }),
    [
      ['Affiliates', 'treats every partner link as affiliate traffic'],
      ['Unassigned', 'expects the medium to be filled in automatically only'],
      ['Organic Search', 'files any unpaid traffic under organic search'],
      ['Direct', 'reads a hand-tagged link as typed-in traffic'],
    ],
  ),
  channelFamily(
    'channel-organic-search-medium',
    (rng) => ({
      source: rng.pick(['ecosia_partner', 'site_search_portal', 'startpage_partner']),
      medium: 'organic',
      campaign: campaign(rng),
    }),
    [
      [
        'Organic Shopping',
        'stops at the first organic rule in the list, which needs a shopping site',
      ],
      ['Organic Social', 'files any unpaid listing under social'],
      ['Referral', 'takes an unlisted search engine for a referrer'],
      ['Unassigned', 'expects the source to be on the search-site list'],
      ['Paid Search', 'assumes tagged search traffic is paid'],
      ['Direct', 'reads an unknown source as direct'],
    ],
  ),
]
