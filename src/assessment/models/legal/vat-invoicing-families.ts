import type { UsageFamily } from '../editing/editing-model.js'

const VAT = 'Under the EU VAT Directive (2006/112/EC),'

/**
 * VAT and invoicing for a freelancer selling services across EU borders, as the VAT Directive
 * states it: where a service is supplied, who pays the tax under the reverse charge, what an
 * invoice must show and when it is due, and the recapitulative statement. Each key is a rule in
 * the Directive's articles; each distractor a named misreading (B2C rules applied to B2B, the
 * supplier charging its own VAT, a missing mention).
 */
export const VAT_INVOICING_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'b2b-place-of-supply',
    stem: `${VAT} a designer established in Portugal supplies design services to a business established in Germany. Where is the place of supply, under the general rule?`,
    frames: [
      '⟦Germany, where the business customer is established|Portugal, where the designer is established=applies the business-to-consumer rule|Wherever the designer physically did the work at the time=invents a place-of-work rule|Portugal and Germany, with the VAT split between them=invents a split supply⟧',
    ],
  },
  {
    id: 'reverse-charge-who-pays',
    stem: `${VAT} a Portuguese freelancer supplies consulting to a German business, and the place of supply is Germany. Who is liable for the German VAT?`,
    frames: [
      '⟦The German business customer, under the reverse charge|The Portuguese freelancer, who must register in Germany=ignores the reverse charge|Nobody, since cross-border services are exempt=reads the reverse charge as an exemption|The Portuguese tax office, on the freelancer’s behalf=invents a transfer between tax offices⟧',
    ],
  },
  {
    id: 'reverse-charge-mention',
    stem: `${VAT} which mention must an invoice carry when the customer is liable for the VAT?`,
    frames: [
      '⟦"Reverse charge"|"VAT exempt"=confuses the reverse charge with an exemption|"Self-billing"=confuses it with invoices issued by the customer|"Margin scheme – Second-hand goods"=applies a scheme for second-hand goods⟧',
    ],
  },
  {
    id: 'reverse-charge-customer-vat-number',
    stem: `${VAT} a freelancer invoices a business customer in another Member State under the reverse charge. Whose VAT identification numbers must the invoice show?`,
    frames: [
      '⟦The supplier’s and the customer’s|The supplier’s only=leaves out the customer’s number the reverse charge needs|Only the customer’s number=leaves out the supplier’s own number|Neither, since no VAT is charged=treats a zero charge as needing no numbers⟧',
    ],
  },
  {
    id: 'reverse-charge-invoice-deadline',
    stem: `${VAT} a freelancer finishes a reverse-charge service for a business in another Member State on 10 March. By when must the invoice be issued at the latest?`,
    frames: [
      '⟦15 April|10 April=counts a month from the supply instead of the 15th of the next month|31 March=takes the end of the same month|15 March=counts 5 days from the supply⟧',
    ],
  },
  {
    id: 'recapitulative-statement',
    stem: `${VAT} a freelancer supplies services to business customers in other Member States under the reverse charge. What must the freelancer also file?`,
    frames: [
      '⟦A recapitulative statement listing those customers and amounts|A VAT return in each customer’s Member State=ignores that the customers account for the VAT|Nothing further, since no VAT was charged on the invoices=treats a zero charge as no reporting|An import declaration for each service=treats services like imported goods⟧',
    ],
  },
  {
    id: 'b2c-general-rule',
    stem: `${VAT} a Portuguese freelancer translates a family letter, not an electronically supplied service, for a private individual living in Spain. Where is the place of supply, under the general rule?`,
    frames: [
      '⟦Portugal, where the supplier is established|Spain, where the private customer has their permanent address=applies the business-to-business rule to a consumer|Spain, under the reverse charge=applies a reverse charge to a consumer|Nowhere; consumer services are outside VAT=invents a consumer exemption⟧',
    ],
  },
  {
    id: 'electronic-services-to-consumers',
    stem: `${VAT} a freelancer sells a downloadable template (an electronically supplied service) to a private individual in another Member State, above the EUR 10,000 threshold. Where is the place of supply?`,
    frames: [
      '⟦Where the private customer is established or resides|Where the supplier is established=applies the general consumer rule to electronic services|Where the server hosting the downloadable file is located=ties the place to the hosting|Where the customer’s bank is located=ties the place to the payment⟧',
    ],
  },
  {
    id: 'electronic-services-threshold',
    stem: `${VAT} up to what total annual value of cross-border electronically supplied services to consumers in other Member States may a supplier established in only one Member State treat them as supplied in that Member State?`,
    frames: [
      '⟦EUR 10,000|EUR 50,000=invents a higher threshold|EUR 1,000=invents a lower threshold|EUR 85,000=confuses it with a domestic small-business threshold⟧',
    ],
  },
  {
    id: 'b2b-customer-outside-eu',
    stem: `${VAT} a French freelancer supplies consulting to a business established in Canada. Where is the place of supply?`,
    frames: [
      '⟦Canada, where the business customer is established|France, where the freelancer is established=applies the consumer rule to a business|France, charged at a reduced rate=invents a reduced rate for exports|The EU Member State in which the contract was signed=ties the place to the signing⟧',
    ],
  },
  {
    id: 'immovable-property-service',
    stem: `${VAT} an architect established in Austria designs a building on land in Italy for a business established in Germany. Where is the place of supply?`,
    frames: [
      '⟦Italy, where the property is located|Germany, where the business customer is established=applies the general rule to a property service|Austria, where the architect is established=applies the consumer rule|Germany and Italy, split by value=invents a split supply⟧',
    ],
  },
  {
    id: 'invoice-sequential-number',
    stem: `${VAT} which number must every full VAT invoice carry?`,
    frames: [
      '⟦A sequential number that identifies the invoice uniquely|The customer’s bank account number=confuses payment details with the invoice number|The supplier’s passport number=confuses identity documents with invoice details|A random reference that the supplier chooses freely for each invoice=drops the sequence requirement⟧',
    ],
  },
  {
    id: 'invoice-required-b2b',
    stem: `${VAT} must a freelancer issue an invoice for services supplied to another taxable person?`,
    frames: [
      '⟦Yes, an invoice must be issued|Only if the customer asks for one=makes the invoice optional|Only for amounts over EUR 1,000=invents a threshold|No; a receipt is enough=replaces the invoice with a receipt⟧',
    ],
  },
  {
    id: 'electronic-invoice-acceptance',
    stem: `${VAT} as a rule, what is the use of an electronic invoice subject to?`,
    frames: [
      '⟦Acceptance by the recipient|An advanced electronic signature in every case=takes one way of ensuring authenticity for a condition|Prior approval by the tax authority=invents an approval step|A paper copy sent as well=invents a paper duplicate⟧',
    ],
  },
  {
    id: 'invoice-currency',
    stem: `${VAT} a freelancer in Belgium invoices in US dollars. What does the Directive require?`,
    frames: [
      '⟦Any currency may be used if the VAT payable is shown in euro|Invoices must be in euro only=reads the rule for the VAT amount as one for the whole invoice|Any currency, with no euro amount shown anywhere on the invoice=drops the national-currency VAT amount|Only the customer’s home currency may be used=invents a customer-currency rule⟧',
    ],
  },
  {
    id: 'simplified-invoice-limit',
    stem: `${VAT} up to what invoice amount must every Member State allow a taxable person to issue a simplified invoice?`,
    frames: [
      '⟦EUR 100|EUR 250=invents a higher limit|EUR 1,000=invents a much higher limit|EUR 10,000=confuses it with the electronic-services threshold⟧',
    ],
  },
  {
    id: 'vat-amount-shown',
    stem: `${VAT} a freelancer charges domestic VAT on an invoice. Which of these must the invoice show?`,
    frames: [
      '⟦The VAT rate applied and the VAT amount payable|Only the total amount payable, including the VAT=hides the rate and amount|The customer’s date of birth=confuses invoice details with personal data|The supplier’s annual turnover=confuses invoice details with tax return data⟧',
    ],
  },
  {
    id: 'customer-identification-reverse-charge',
    stem: `${VAT} a business receives services from abroad for which it is liable under the reverse charge. What must that business have?`,
    frames: [
      '⟦A VAT identification number in its Member State|A branch in the supplier’s Member State=invents an establishment rule|A customs registration number for imported services=treats services like imported goods|Nothing, since the supplier handles VAT=ignores the customer’s liability⟧',
    ],
  },
]
