import type { UsageFamily } from '../editing/editing-model.js'

const EU = 'Under the EU Late Payment Directive (2011/7/EU),'

/**
 * Late payment in business-to-business and public-authority transactions as Directive 2011/7/EU
 * states it: statutory interest, the fixed EUR 40 compensation, default and maximum payment
 * periods, and terms the Directive treats as grossly unfair. Each key is a rule written in the
 * Directive's articles; each distractor a named misreading (the repealed 2000 rate, a
 * reminder requirement, consumer scope, a cap read as absolute).
 */
export const LATE_PAYMENT_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'statutory-interest-margin',
    stem: `${EU} what is the statutory interest for late payment in a business-to-business transaction?`,
    frames: [
      '⟦The reference rate plus at least 8 percentage points|The reference rate plus at least 7 percentage points=applies the margin of the repealed 2000 directive|A flat 8 % a year, whatever the reference rate=drops the reference rate from the formula|The reference rate alone, with no added margin=forgets the margin added to the reference rate⟧',
    ],
  },
  {
    id: 'statutory-rate-computed',
    stem: `${EU} the reference rate in force is 2.15 %. What is the lowest statutory interest rate a creditor may claim?`,
    frames: [
      '⟦10.15 %|8 %=forgets to add the reference rate|9.15 %=adds the 7 points of the repealed directive|2.15 %=claims the reference rate without the margin⟧',
    ],
  },
  {
    id: 'fixed-compensation-amount',
    stem: `${EU} what fixed sum may a creditor claim from a late-paying business as compensation for recovery costs?`,
    frames: [
      '⟦At least EUR 40|At least EUR 100=invents a higher fixed sum|EUR 40 for each reminder sent=ties the fixed sum to reminders|Nothing unless a court awards costs=denies the fixed sum the Directive grants⟧',
    ],
  },
  {
    id: 'compensation-without-reminder',
    stem: `${EU} when is the fixed compensation for recovery costs payable?`,
    frames: [
      '⟦Once interest for late payment is due, without any reminder|Only after the creditor has sent the debtor a written reminder by post=adds a reminder the Directive does not require|Only after a court has ruled on the debt=makes the sum depend on a judgment|Only once the debt has been passed to a collection agency=makes the sum depend on outsourcing collection⟧',
    ],
  },
  {
    id: 'costs-beyond-fixed-sum',
    stem: `${EU} a creditor’s reasonable recovery costs exceed the fixed sum. What may the creditor claim?`,
    frames: [
      '⟦Reasonable compensation for the costs above the fixed sum|The fixed sum only, never more=reads the fixed sum as a ceiling|Double the fixed sum, as a penalty on top of the statutory interest=invents a penalty multiple|Nothing, since costs above the fixed sum replace it=reads the extra costs as cancelling the fixed sum⟧',
    ],
  },
  {
    id: 'default-period-no-date',
    stem: `${EU} a business contract fixes no payment date or period, and the client received the services before the invoice. After which time limit is interest payable?`,
    frames: [
      '⟦30 calendar days after the debtor receives the invoice|30 calendar days after the invoice is dated=counts from issue, not from receipt|60 calendar days after the debtor receives the invoice=takes the contractual cap as the default|14 calendar days after the debtor receives the invoice=invents a shorter default period⟧',
    ],
  },
  {
    id: 'interest-from-contract-date',
    stem: `${EU} a contract sets a payment date and the debtor pays late. From when does interest run?`,
    frames: [
      '⟦From the day after the payment date in the contract|From 30 calendar days after the payment date set in the contract=adds the default period to a fixed date|From the date the invoice was issued=backdates interest to the invoice|From the day a reminder is received=makes interest depend on a reminder⟧',
    ],
  },
  {
    id: 'b2b-sixty-days-agreed',
    stem: `${EU} two businesses expressly agree a 90-day payment period in their contract, and the term is not grossly unfair to the creditor. Is the term allowed?`,
    frames: [
      '⟦Yes; over 60 days is allowed if expressly agreed and not grossly unfair|No; payment periods between businesses may never exceed 60 calendar days=reads the 60-day limit as absolute|No; business payment periods may never exceed 30 days=applies the public-authority default to businesses|Yes, but only if the creditor is a large enterprise=invents a size condition⟧',
    ],
  },
  {
    id: 'public-authority-period',
    stem: `${EU} a public authority buys services from a freelancer, and the contract sets no special payment period. Within how many calendar days after receiving the invoice must it pay?`,
    frames: [
      '⟦30 days|60 days=applies the outer limit for justified extensions|45 days=invents a period between the two limits|90 days=invents a longer public-sector period⟧',
    ],
  },
  {
    id: 'public-authority-extension-cap',
    stem: `${EU} a public authority and a supplier expressly agree a longer payment period that is objectively justified. What is the longest period allowed?`,
    frames: [
      '⟦60 calendar days|90 calendar days=invents a longer outer limit|30 calendar days=treats the default as unextendable|No limit, if objectively justified=reads justification as removing the cap⟧',
    ],
  },
  {
    id: 'acceptance-procedure-limit',
    stem: `${EU} a business contract provides a procedure to verify that services conform to the contract. How long may it last at most, unless expressly agreed otherwise and not grossly unfair?`,
    frames: [
      '⟦30 calendar days from receipt of the services|60 calendar days from receipt of the services=confuses it with the payment-period cap|14 calendar days from receipt of the services=invents a shorter limit|As long as the buyer needs, with no limit=ignores the Directive’s limit⟧',
    ],
  },
  {
    id: 'term-excluding-interest',
    stem: `${EU} how is a contract term that excludes interest for late payment treated?`,
    frames: [
      '⟦It is considered grossly unfair|It is valid if both parties signed it=treats signature as curing the term|It is presumed grossly unfair, but the creditor may rebut it=confuses it with the rule for recovery costs|It halves the statutory rate=invents a reduced rate⟧',
    ],
  },
  {
    id: 'term-excluding-compensation',
    stem: `${EU} how is a contract term that excludes compensation for recovery costs treated?`,
    frames: [
      '⟦It is presumed to be grossly unfair|It is always valid between businesses=ignores the presumption|It is considered grossly unfair, with no exception=confuses it with the rule for interest|It is valid if the fixed sum is under EUR 40=invents a threshold⟧',
    ],
  },
  {
    id: 'reference-rate-half-year',
    stem: `${EU} in a euro-area Member State, a debt falls due in October and is paid in November. Which reference rate applies to the interest for late payment?`,
    frames: [
      '⟦The ECB main refinancing rate in force on 1 July|The ECB main refinancing rate in force on 1 January=takes the first half-year’s date|The ECB rate in force on the day payment was due=uses a daily rate instead of the half-year rate|The creditor’s bank overdraft rate=uses a commercial rate instead of the ECB rate⟧',
    ],
  },
  {
    id: 'consumer-not-in-scope',
    stem: `${EU} a freelancer’s invoice to a private individual (a consumer) is paid late. Does the Directive’s statutory interest apply?`,
    frames: [
      '⟦No; it covers commercial transactions, not consumers|Yes; it covers every invoice a business issues, whoever the customer=extends the Directive to consumers|Yes, but at half the business rate=invents a consumer rate|Only if the consumer agreed to it in writing=invents an opt-in for consumers⟧',
    ],
  },
  {
    id: 'instalments-interest',
    stem: `${EU} a business contract sets payment in three instalments, and only the second is late. On what is interest charged?`,
    frames: [
      '⟦On the overdue second instalment only|On the whole contract price=charges interest on amounts not yet due|On the second and third instalments=accelerates the unpaid third instalment|On nothing, since instalments exclude interest=reads instalments as waiving interest⟧',
    ],
  },
  {
    id: 'more-favourable-national-law',
    stem: `${EU} may a Member State keep national rules that are more favourable to the creditor than the Directive?`,
    frames: [
      '⟦Yes, it may keep or adopt more favourable rules|No, national law must match it exactly=reads a minimum directive as full harmonisation|Only for public-authority debts=invents a limit on the favourable rules|Only with the European Commission’s prior approval of each rule=invents an approval step⟧',
    ],
  },
  {
    id: 'creditor-must-have-performed',
    stem: `${EU} which is a condition for a creditor to claim interest for late payment?`,
    frames: [
      '⟦The creditor has fulfilled its contractual and legal obligations|The creditor has sent the debtor at least two written reminders=invents a reminder condition|The debtor has admitted the debt in writing=invents an admission condition|The debt exceeds EUR 1,000=invents a minimum amount⟧',
    ],
  },
]
