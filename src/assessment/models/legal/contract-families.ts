import type { UsageFamily } from '../editing/editing-model.js'

const SGSA =
  'In a business-to-business service contract in England and Wales, under the Supply of Goods and Services Act 1982,'
const CRD = 'Under the EU Consumer Rights Directive (2011/83/EU),'
const DTSA = 'Under the US Defend Trade Secrets Act (18 U.S.C. 1833 and 1839),'

/**
 * Terms the law writes into a freelancer's contracts when the parties leave them out, and rules
 * on signatures, consumer withdrawal, confidentiality clauses and UK late payment: each key a
 * rule stated in the statute or regulation the stem names; each distractor a named misreading.
 */
export const CONTRACT_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'sgsa-reasonable-care',
    stem: `${SGSA} what term is implied about how the freelancer performs the service?`,
    frames: [
      '⟦It will be carried out with reasonable care and skill|It will achieve the result the client hoped for=reads care and skill as a guaranteed result|It will be carried out to the highest possible standard=overstates the implied standard|Nothing is implied unless written in the contract=denies the implied term⟧',
    ],
  },
  {
    id: 'sgsa-reasonable-time',
    stem: `${SGSA} the contract fixes no time for the work. What term is implied?`,
    frames: [
      '⟦The work will be carried out within a reasonable time|The work must be finished within 30 days of the contract date=invents a fixed default period|The freelancer may take as long as it likes=denies the implied term|The client may set any deadline afterwards=lets one party fix the time alone⟧',
    ],
  },
  {
    id: 'sgsa-reasonable-charge',
    stem: `${SGSA} the parties agreed the work but never a price. What does the client pay?`,
    frames: [
      '⟦A reasonable charge|Whatever the freelancer invoices=lets one side fix the price|Nothing, since no price was agreed=reads a missing price as free work|The lowest market price=replaces reasonable with lowest⟧',
    ],
  },
  {
    id: 'eidas-electronic-signature',
    stem: 'Under the EU eIDAS Regulation (910/2014), may a contract signature be denied legal effect solely because it is electronic?',
    frames: [
      '⟦No, not solely because it is electronic|Yes, unless it is a qualified electronic signature=reads the qualified level as a minimum|Yes, for every contract over EUR 10,000=invents a value threshold|Yes, unless both parties are in the same Member State=invents a territorial rule⟧',
    ],
  },
  {
    id: 'eidas-qualified-signature',
    stem: 'Under the EU eIDAS Regulation (910/2014), what legal effect does a qualified electronic signature have?',
    frames: [
      '⟦The equivalent legal effect of a handwritten signature|Less effect than a handwritten signature in every Member State=ranks electronic below handwritten in every case|Effect only in the Member State that issued it=ignores cross-border recognition|Effect only when notarised=invents a notarisation step⟧',
    ],
  },
  {
    id: 'esign-electronic-contract',
    stem: 'Under the US E-SIGN Act (15 U.S.C. 7001), a client and freelancer agree a contract by e-signature. May it be denied legal effect solely because it is electronic?',
    frames: [
      '⟦No|Yes, unless a paper copy is also signed=invents a paper duplicate|Yes, for contracts over $500=confuses it with the goods statute of frauds|Yes, unless notarised=invents a notarisation step⟧',
    ],
  },
  {
    id: 'crd-withdrawal-period',
    stem: `${CRD} a consumer books an online service from a freelancer at a distance. How long does the consumer have to withdraw without giving a reason?`,
    frames: [
      '⟦14 days from the conclusion of the contract|14 days from the end of the service=counts from the wrong day|7 days from the conclusion of the contract=takes a repealed shorter period|30 days from the conclusion of the contract=invents a longer period⟧',
    ],
  },
  {
    id: 'crd-withdrawal-not-informed',
    stem: `${CRD} a freelancer never told a distance consumer about the right of withdrawal. How long does the withdrawal period then last, at most?`,
    frames: [
      '⟦12 months after the end of the normal 14-day period|14 days, as usual=ignores the extension for missing information|Without limit, for as long as the contract runs=ignores the 12-month cap|28 days=invents a doubled period⟧',
    ],
  },
  {
    id: 'crd-early-start-proportionate',
    stem: `${CRD} at the consumer’s express request, a freelancer starts a distance service during the withdrawal period; the consumer withdraws halfway. What does the consumer pay?`,
    frames: [
      '⟦An amount in proportion to what was provided before withdrawal|Nothing at all=ignores the express request to start early|The full price=ignores the right to withdraw|A fixed 50 % cancellation fee on the agreed price=invents a flat fee⟧',
    ],
  },
  {
    id: 'crd-fully-performed-exception',
    stem: `${CRD} when is there no right of withdrawal from a service contract?`,
    frames: [
      '⟦Once fully performed, if begun with express consent and acknowledgement|As soon as the consumer has paid=ties the exception to payment|Whenever the service costs under EUR 50=invents a value threshold|Whenever the freelancer trades as a sole trader rather than as a company=invents a small-trader exemption⟧',
    ],
  },
  {
    id: 'crd-refund-deadline',
    stem: `${CRD} a consumer validly withdraws. Within how many days must the trader refund payments received?`,
    frames: [
      '⟦14 days from being informed of the withdrawal|30 days from being informed of the withdrawal=invents a longer period|14 days from the original payment=counts from the wrong day|Only after the service is returned=applies a goods rule to services⟧',
    ],
  },
  {
    id: 'dtsa-trade-secret-definition',
    stem: `${DTSA} which is a condition for information a client shares with a freelancer to be a trade secret?`,
    frames: [
      '⟦The owner took reasonable measures to keep it secret|It was registered with a federal office=invents a registration requirement|It is marked "confidential" on every page of every document shared=takes one measure for the legal test|It is protected by copyright=confuses copyright with trade secrecy⟧',
    ],
  },
  {
    id: 'dtsa-whistleblower-immunity',
    stem: `${DTSA} a freelancer under an NDA discloses a trade secret in confidence to a government official solely to report a suspected violation of law. Is the freelancer liable under trade secret law?`,
    frames: [
      '⟦No; the Act gives immunity for that disclosure|Yes; the NDA forbids any disclosure to anyone=ignores the statutory immunity|Yes, unless the client agreed first=adds a consent condition|No, but only if the report is made public=reverses the confidential-disclosure condition⟧',
    ],
  },
  {
    id: 'dtsa-notice-contractors',
    stem: `${DTSA} a client’s NDA with a freelance consultant, signed in 2025, omits the whistleblower-immunity notice. What follows?`,
    frames: [
      '⟦The client loses exemplary damages and attorney fees against the consultant|The whole NDA is void=overstates the effect of the missing notice|Nothing, since the notice is required in agreements with employees only, never contractors=forgets contractors count as employees here|The consultant may disclose the secrets freely=reads the omission as a release⟧',
    ],
  },
  {
    id: 'uk-late-payment-interest',
    stem: 'Under the UK Late Payment of Commercial Debts (Interest) Act 1998 and its rate order, what statutory interest may a business creditor claim on a late debt?',
    frames: [
      '⟦8 % above the Bank of England base rate|8 % a year, flat=drops the base rate|The Bank of England base rate plus 4 %=invents a smaller margin|The EU reference rate plus 8 percentage points=applies the EU formula to UK law⟧',
    ],
  },
  {
    id: 'uk-late-payment-fixed-sum',
    stem: 'Under the UK Late Payment of Commercial Debts (Interest) Act 1998, what fixed sum may a creditor add to a late debt of £5,000?',
    frames: [
      '⟦£70|£40=applies the tier for debts under £1,000|£100=applies the tier for debts of £10,000 or more|£50=invents one flat sum for every debt⟧',
    ],
  },
]
