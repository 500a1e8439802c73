import { type CatalogRow, row } from './catalog-row.js'

/** GDPR and data protection as a freelance privacy consultant or compliance assistant practises it. */
export const GDPR_ROW: CatalogRow = row(
  'gdpr',
  'GDPR and data protection',
  'Other',
  5,
  15,
  [
    ['gdprBases', 20],
    ['gdprRights', 25],
    ['gdprRoles', 15],
    ['gdprSecurity', 20],
    ['gdprTransfers', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance data-protection consultant or compliance assistant keeps small businesses ' +
      'and platforms on the right side of the GDPR: reviewing what they collect and why, ' +
      'drafting notices and processor contracts, answering data subjects and handling ' +
      'incidents. Picking the lawful basis for each purpose and the extra condition special-' +
      'category data needs, and checking that consent is freely given and provable: 20 %. ' +
      'Writing notices and answering access, erasure, portability and objection requests by ' +
      'their deadlines, the most frequent day-to-day work: 25 %. Settling who is controller or ' +
      'processor, what their contracts say, and when records, a DPO or an EU representative ' +
      'are needed: 15 %. Security, breach triage and the 72-hour notice, and DPIAs: 20 %. ' +
      'Transfers outside the EEA, cookie and e-marketing consent, and the fine exposure a ' +
      'client asks about: 20 %. Each item names the article it turns on and states any ' +
      'counting convention; national implementing laws (beyond the figures an item states), ' +
      'sector rules, litigation and the menus of consent or privacy software are not tested.',
  },
)
