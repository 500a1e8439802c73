import { row } from './catalog-row.js'

/**
 * Legal basics a freelancer needs to run client work, keyed only to what statutes and EU
 * instruments state (the stem names each), never to practice opinions. It does not make anyone
 * a lawyer, and says so in its analysis.
 */
export const LEGAL_BASICS_ROW = row(
  'legal-basics-freelancers',
  'Legal basics for freelancers (EU, UK and US)',
  'Other',
  4,
  20,
  [
    ['legalLatePayment', 20],
    ['legalGdpr', 25],
    ['legalVatInvoicing', 20],
    ['legalIp', 20],
    ['legalContracts', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelancer of any trade runs a small business under law the client expects them to ' +
      'know: they chase unpaid invoices, handle client data, invoice across borders, hand over ' +
      'work product and sign contracts and NDAs. Late payment is the most common dispute for ' +
      'freelancers selling to businesses in the EU, and Directive 2011/7/EU fixes the interest, ' +
      'the EUR 40 compensation and the payment periods they may insist on (20 %). Most client ' +
      'work touches personal data, where the freelancer is usually a processor and must work ' +
      'under an Article 28 contract, report breaches and know the lawful bases (25 %). Selling ' +
      'services to businesses in other Member States requires the place-of-supply and ' +
      'reverse-charge rules and the invoice content of the VAT Directive (20 %). Who owns the ' +
      'deliverables, and what an assignment or licence needs in writing, decides disputes over ' +
      'logos, photos, code and copy under US and UK copyright law (20 %). Terms implied when a ' +
      'contract is silent, electronic signatures, consumer withdrawal for direct clients, trade ' +
      'secret notices in NDAs and UK late payment sums complete the set (15 %). Each item names ' +
      'the statute it is read from; national variations, case law and drafting advice are not ' +
      'tested, and passing does not qualify anyone to give legal advice.',
  },
)
