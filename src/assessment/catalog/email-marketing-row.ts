import { row } from './catalog-row.js'

/**
 * Email marketing as clients hire a freelancer to run it: keys read from the laws, RFCs and
 * mailbox-provider rules each stem names, or computed from the figures it gives.
 */
export const EMAIL_MARKETING_ROW = row(
  'email-marketing-analytics',
  'Email marketing: deliverability, compliance and analytics',
  'Sales & Marketing',
  4,
  15,
  [
    ['emailCompliance', 20],
    ['emailAuthentication', 25],
    ['emailDeliverability', 20],
    ['emailMetrics', 20],
    ['emailTestingAutomation', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance email marketer sets up and runs a client’s newsletters, campaigns and ' +
      'automated flows on an email service provider, and reports on them. Before anything is ' +
      'sent the list and the messages must be lawful where the recipients are: CAN-SPAM for US ' +
      'recipients, GDPR consent and the ePrivacy Directive’s soft opt-in in the EU, PECR ' +
      'regulation 22 in the UK (20 %). Onboarding a client means publishing or fixing its SPF, ' +
      'DKIM and DMARC records so mail authenticates and aligns with the From domain, the most ' +
      'technical task and the one whose mistakes stop all mail (25 %). Keeping mail in the inbox ' +
      'means meeting Gmail’s and Yahoo’s February-2024 bulk-sender rules, one-click unsubscribe ' +
      'under RFC 8058, handling bounces and warming a new IP or domain (20 %). Every campaign is ' +
      'reported with delivery, open, click, unsubscribe, complaint, revenue and list growth ' +
      'figures the freelancer computes and must define consistently, open rates read in the ' +
      'light of Apple Mail Privacy Protection (20 %). Improving results means sizing and reading ' +
      'A/B tests and holdouts and applying the client’s segment, suppression, frequency and flow ' +
      'rules (15 %). Copywriting and design of the emails, one provider’s interface, ' +
      'jurisdictions beyond the US, EU and UK and national variations of EU law are not tested, ' +
      'and passing does not qualify anyone to give legal advice.',
  },
)
