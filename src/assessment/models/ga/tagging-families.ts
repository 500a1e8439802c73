import { cap, type GaFamily, ruled, SITES } from './ga-text.js'

const URL_BUILDER = '[GA4] Collect campaign data with custom URLs'
const CROSS_DOMAIN = '[GA4] Set up cross-domain measurement'
const REFERRALS = '[GA4] Identify unwanted referrals'

/**
 * Campaign tagging, cross-domain measurement and unwanted referrals: the settings that decide
 * which source a session is credited to. The named mistakes are the Universal Analytics habits
 * and shortcuts practitioners carry over (referral exclusions for cross-domain, tags on internal
 * links, a campaign per link).
 */
export const TAGGING_FAMILIES: readonly GaFamily[] = [
  ruled('utm-on-internal-links', URL_BUILDER, (rng, who) => ({
    stem: `${cap(who)} wants to see which homepage banner sends visitors to its ${rng.pick(['pricing page', 'booking form', 'donation page', 'newsletter sign-up'])}, and asks the analyst to add UTM parameters to the banners’ internal links. What should the analyst advise?`,
    key: 'Leave them untagged: UTMs reset the source',
    wrong: [
      ['Tag them with utm_source=internal', 'thinks an internal source keeps the original source'],
      [
        'Tag them with utm_medium=internal so they stay separate',
        'thinks an internal medium keeps the original source',
      ],
      ['Tag them; GA4 ignores UTMs on same-domain links', 'assumes GA4 drops same-site UTMs'],
      [
        'Tag them and list the site under unwanted referrals',
        'reaches for referral exclusion to undo self-inflicted tags',
      ],
      [
        'Tag them; a new campaign starts a new session, so nothing is lost',
        'applies Universal Analytics’ session-restart rule',
      ],
    ],
  })),
  ruled('utm-content-tells-links-apart', URL_BUILDER, (rng, who) => ({
    stem: `${cap(who)} sends one ${rng.pick(['newsletter', 'promotional email', 'launch mailing'])} with a header button and a footer link to the same landing page, and wants GA4 to report the two separately within one campaign. Which parameter should differ between the two links?`,
    key: 'utm_content',
    wrong: [
      ['A second data stream per link', 'splits the site to tell links apart'],
      ['gclid', 'uses the Ads click ID for email links'],
      [
        'A different #fragment on each link',
        'relies on URL fragments, which campaign data ignores',
      ],
      ['content_group', 'confuses utm_content with content groups'],
      ['utm_term', 'uses the paid-keyword parameter for link variants'],
      ['utm_campaign', 'splits one campaign into two campaign names'],
      ['utm_medium', 'changes the medium, which moves one link to another channel'],
      ['utm_source', 'changes the source, which breaks the email source'],
    ],
  })),
  ruled('utm-id-joins-cost-data', '[GA4] About cost data import', (rng, who) => ({
    stem: `${cap(who)} runs ${rng.pick(['Microsoft Advertising', 'LinkedIn Ads', 'Meta ads', 'Pinterest ads'])} and wants the spend uploaded into GA4 with cost data import. Besides source and medium, which UTM parameter must the ad links carry so that uploaded cost rows join the sessions?`,
    key: 'utm_id, the campaign ID',
    wrong: [
      ['utm_campaign, the campaign name', 'assumes cost data joins on the campaign name'],
      ['utm_content, the ad variant', 'assumes cost joins at ad level'],
      ['utm_term, the keyword', 'assumes cost joins at keyword level'],
      ['gclid, added by hand', 'confuses the Google Ads click ID with a UTM join key'],
    ],
  })),
  ruled('google-ads-auto-tagging', '[GA4] Link Google Ads to Analytics', (rng, who) => ({
    stem: `${cap(who)} wants its Google Ads campaigns, ${rng.pick(['ad groups and keywords', 'cost and clicks', 'ad groups and cost'])} to appear in GA4 reports. What does the analyst set up?`,
    key: 'Link Ads to GA4 and keep auto-tagging on',
    wrong: [
      [
        'Add utm_source=google&utm_medium=cpc to every final URL',
        'thinks manual UTMs bring Ads cost and ad-group data',
      ],
      ['Turn on Google signals in data collection', 'takes Google signals for the Ads link'],
      [
        'Mark the ad click event as a key event',
        'confuses importing clicks with marking key events',
      ],
      ['Add googleadservices.com to unwanted referrals', 'treats Ads clicks as a referral problem'],
    ],
  })),
  ruled('cross-domain-where', CROSS_DOMAIN, (rng) => {
    const [a, b] = rng.shuffle(SITES)
    return {
      stem: `A visitor moves from ${a} to a checkout on ${b}; both pages use the same GA4 web data stream, and the analyst sees the visit split into two users. Where is cross-domain measurement set up?`,
      key: 'Configure your domains, listing both',
      wrong: [
        ['A second property', 'splits one site across properties'],
        [
          'List unwanted referrals, adding the other domain',
          'applies the Universal Analytics referral-exclusion workaround',
        ],
        [
          'A second data stream for the checkout domain',
          'splits one site across streams, which keeps users apart',
        ],
        [
          'Set cookie_domain to both domains in gtag',
          'thinks a cookie can be shared across two domains',
        ],
        ['A data filter that merges the two hostnames', 'expects data filters to join users'],
      ],
    }
  }),
  ruled('subdomains-need-no-cross-domain', CROSS_DOMAIN, (rng, who) => {
    const site = rng.pick(SITES)
    const sub = rng.pick(['shop', 'blog', 'help', 'book'])
    return {
      stem: `${cap(who)} runs www.${site} and ${sub}.${site} with the same GA4 tag and default cookie settings. What does cross-domain measurement need between them?`,
      key: 'Nothing: subdomains share the first-party cookie',
      wrong: [
        ['The two hostnames under Configure your domains', 'treats subdomains as separate domains'],
        ['A separate data stream per subdomain', 'splits one site across streams'],
        [
          `${site} listed under unwanted referrals`,
          'applies the Universal Analytics self-referral fix',
        ],
        ['A cookie_domain per hostname', 'narrows the cookie, which splits users'],
      ],
    }
  }),
  ruled('payment-gateway-unwanted-referral', REFERRALS, (rng, who) => {
    const gateway = rng.pick(['paypal.com', 'checkout.stripe.com', 'pay.klarna.com'])
    return {
      stem: `${cap(who)} sends buyers to ${gateway} to pay; they return to a thank-you page, and purchases are credited to ${gateway} / referral. What fixes the attribution?`,
      key: `List ${gateway} as an unwanted referral`,
      wrong: [
        [
          'Nothing: GA4 skips payment sites',
          'assumes payment referrers are excluded automatically',
        ],
        [
          `Add ${gateway} under Configure your domains`,
          'uses cross-domain measurement on a site the client cannot tag',
        ],
        [
          `A data filter excluding ${gateway} traffic`,
          'filters out the purchase events instead of the referral',
        ],
        [
          'UTM parameters on the return URL',
          'tags the return link, which overwrites the real source again',
        ],
        [
          'Mark the thank-you page view as a key event',
          'confuses attribution with key-event setup',
        ],
      ],
    }
  }),
  ruled('untagged-no-referrer-is-direct', '[GA4] Default channel group', (rng, who) => {
    const [where, near] = rng.pick([
      [
        'a PDF brochure it emails to prospects',
        ['Email', 'files visits from an emailed document under Email'],
      ],
      [
        'a radio advert that reads it out',
        ['Audio', 'files visits from a radio advert under Audio'],
      ],
      ['text messages it sends to customers', ['SMS', 'files visits from a texted link under SMS']],
    ] as const)
    return {
      stem: `${cap(who)} puts its URL in ${where}, and people open it or type it in; the visits arrive with no referrer and no campaign parameters. Which default channel group do they get?`,
      key: 'Direct',
      wrong: [
        near,
        ['Referral', 'assumes every outside document is a referrer'],
        ['Unassigned', 'confuses no source at all with unmatched rules'],
        ['Organic Search', 'assumes people searched for the URL'],
        ['Display', 'treats any advertising as display'],
      ],
    }
  }),
]
