import type { ModelDomain } from './model-domains.js'

/** The GDPR and data protection test's domains, each served by one scenario model of its own families. */
export const GDPR_DOMAINS = {
  gdprBases: {
    id: 'gdpr-bases',
    title: 'Lawful bases, consent and special categories',
    itemModelIds: ['gdpr-bases'],
    outcome:
      'Choose the Art. 6 lawful basis a client’s purpose rests on, test consent against Art. 7 and 8, and find the Art. 9 or 10 condition special-category and criminal data need',
  },
  gdprRights: {
    id: 'gdpr-rights',
    title: 'Transparency and data subject rights',
    itemModelIds: ['gdpr-rights'],
    outcome:
      'Give the Art. 13 and 14 information on time, and answer access, rectification, erasure, restriction, portability and objection requests by the Art. 12 deadlines with their exceptions',
  },
  gdprRoles: {
    id: 'gdpr-roles',
    title: 'Controllers, processors, records and DPOs',
    itemModelIds: ['gdpr-roles'],
    outcome:
      'Tell controllers, processors and joint controllers apart, check Art. 26 and 28 arrangements, and decide when records of processing, a DPO or an EU representative are required',
  },
  gdprSecurity: {
    id: 'gdpr-security',
    title: 'Security, breach notification and impact assessment',
    itemModelIds: ['gdpr-security'],
    outcome:
      'Judge security measures by risk, time and content breach notices to the authority and to the people affected, and decide when a DPIA and prior consultation are needed',
  },
  gdprTransfers: {
    id: 'gdpr-transfers',
    title: 'International transfers, cookies and fines',
    itemModelIds: ['gdpr-transfers'],
    outcome:
      'Choose the Chapter V route for a transfer outside the EEA, apply the ePrivacy consent rules to cookies and e-marketing, and work out the Art. 83 fine ceiling',
  },
} as const satisfies Record<string, ModelDomain>
