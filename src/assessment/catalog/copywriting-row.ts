import { row } from './catalog-row.js'

/** Marketing copywriting as clients hire a freelancer for it, claims keyed to US and UK rules. */
export const COPYWRITING_ROW = row(
  'copywriting-marketing',
  'Marketing copywriting',
  'Sales & Marketing',
  4,
  20,
  [
    ['copyHeadlinesCtas', 25],
    ['copyClarity', 20],
    ['copyAudience', 15],
    ['copyTesting', 15],
    ['copyClaims', 25],
  ],
  {
    jobTaskAnalysis:
      'A freelance marketing copywriter is hired to write or rewrite landing pages, ads, emails ' +
      'and product pages. The most visible deliverables are headlines, subject lines, calls to ' +
      'action and interface microcopy such as buttons and error messages (25 %). Rewriting a ' +
      "client's draft so that it leads with the reader's benefit and reads plainly, concretely " +
      'and in scannable order is the next task (20 %). Every brief names an audience, a voice ' +
      'and a channel whose limits the copy must fit (15 %). Clients increasingly ask the writer ' +
      'to read the A/B tests and email metrics that judge the copy (15 %). Clients carry the ' +
      'legal risk of what the copy claims, and expect the writer to keep prices, offers, ' +
      'endorsements, reviews and environmental claims within US (FTC, CAN-SPAM) and UK (CAP ' +
      'Code, CMA) rules (25 %). Originality, storytelling and brand naming are judged by people ' +
      'and are not tested; search optimisation has its own test.',
  },
)
