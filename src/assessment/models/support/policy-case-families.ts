import type { UsageFamily } from '../editing/editing-model.js'

const DO = 'What does the agent do under this policy?'

/**
 * A written support policy applied to one case (returns, exchanges, warranty, price changes,
 * escalation rules), with the policy stated in the stem so the key follows from it alone. Each
 * wrong action is a named misapplication: a condition of the policy ignored, a limit exceeded,
 * a remedy withheld that the policy grants, or a rule invented.
 */
export const POLICY_CASE_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'return-opened-not-faulty',
    stem: `Policy: unopened items may be returned within 30 days of delivery; opened items only if they are faulty. A customer opened a working blender 10 days after delivery and wants to return it because they changed their mind. ${DO}`,
    frames: [
      '⟦Explain that opened items are returnable only if faulty|Accept the return, since it is well within the 30-day window=applies the time limit and ignores the opened-item condition|Refuse, saying returns are only ever possible within the first 7 days after delivery=invents a shorter return window|Accept the return minus a 20 % fee for opening the box=invents a fee the policy does not have⟧',
    ],
  },
  {
    id: 'exchange-after-refund-window',
    stem: `Policy: refunds within 14 days of delivery; free size exchanges within 60 days. Shoes delivered 30 days ago do not fit and the customer asks for a refund. ${DO}`,
    frames: [
      '⟦Offer a free size exchange, as the refund window has closed|Refund the shoes, since they are within the 60-day window=applies the exchange window to refunds|Decline any help, since the 14-day window has closed=withholds the exchange the policy still allows|Offer an exchange for another size, charging the original shipping cost again=charges for an exchange the policy makes free⟧',
    ],
  },
  {
    id: 'digital-download-used',
    stem: `Policy: digital products are refundable within 14 days of purchase if they have not been downloaded. A customer bought an e-book 3 days ago, downloaded it the same day, and asks for a refund. ${DO}`,
    frames: [
      '⟦Decline the refund, since the product has been downloaded|Refund it, since the purchase was only 3 days ago=checks the time limit and ignores the download condition|Refund half the price, since it was used only briefly=invents a partial refund the policy lacks|Ask the customer to delete the files and then refund in full=invents a way around the download condition⟧',
    ],
  },
  {
    id: 'accidental-damage-fixed-fee',
    stem: `Policy: the 2-year warranty covers manufacturing defects, not accidental damage; accidental damage is repaired for a fixed fee of $79. A customer dropped their 6-month-old phone and the screen cracked. ${DO}`,
    frames: [
      '⟦Explain drops are not covered and offer the $79 repair|Repair it free, since it is well within the 2-year warranty=treats accidental damage as a warranty defect|Tell the customer nothing can be done for accidental damage=withholds the fixed-fee repair the policy offers|Offer to repair it, charging what a new device of the same model costs=quotes a price the policy does not set⟧',
    ],
  },
  {
    id: 'warranty-order-number-as-proof',
    stem: `Policy: warranty claims need proof of purchase; a receipt or our order number is accepted. A customer has lost the receipt for a faulty heater but gives the order number from their account. ${DO}`,
    frames: [
      '⟦Accept the order number as proof of purchase|Refuse the claim until the customer finds the paper receipt=ignores that an order number is accepted proof|Ask for a bank statement showing the payment before the claim can go any further=asks for proof the policy does not require|Accept the claim only once the customer signs a written declaration of purchase=adds a condition the policy does not set⟧',
    ],
  },
  {
    id: 'replacement-remaining-warranty',
    stem: 'Policy: a unit replaced under warranty keeps the remainder of the original warranty. A 12-month warranty item bought 8 months ago is replaced today. How long is the replacement covered?',
    frames: [
      '⟦4 more months|12 months from today=starts a new full warranty on the replacement|8 more months=counts the months used instead of the months left|No cover, since replacements carry no warranty=denies the remainder the policy keeps⟧',
    ],
  },
  {
    id: 'legal-threat-escalation',
    stem: `Policy: tickets that mention legal action go to the legal team; agents do not comment on liability. A customer writes that they will sue unless their order problem is fixed. ${DO}`,
    frames: [
      '⟦Acknowledge the message and escalate it to the legal team|Reply that the company is not liable and close the ticket=comments on liability and drops the case|Offer a full refund at once and ask the customer to confirm they will not sue=settles a legal matter without authority|Ignore the threat and troubleshoot the problem as usual=does not route the ticket as the policy requires⟧',
    ],
  },
  {
    id: 'security-report-escalation',
    stem: `Policy: reports of a possible security vulnerability go to the security team within 1 hour; agents neither confirm nor deny the issue. A user writes that they can see another customer's invoices by changing a number in the URL. ${DO}`,
    frames: [
      '⟦Thank the user and escalate to the security team now|Reply that the system is secure and this cannot happen=denies the issue, which the policy forbids|Confirm the flaw and tell the user which data is exposed=confirms the issue and discloses more data|Thank the user and log the report as a feature request for the next planning meeting=misses the 1-hour security escalation⟧',
    ],
  },
  {
    id: 'tier-two-after-standard-steps',
    stem: 'Policy: escalate a sync fault to tier 2 only after the standard steps (sign out and in, update the app, clear the cache) fail, and list the steps tried in the escalation. The customer has done all three and sync still fails. What does the agent do?',
    frames: [
      '⟦Escalate to tier 2, listing the three steps already tried|Ask the customer to repeat the three steps once more=repeats steps the policy says are done|Escalate to tier 2 with only the words "sync broken, please look" as the note=leaves out the steps the escalation must list|Tell the customer to reinstall their operating system=invents a step outside the standard ones⟧',
    ],
  },
  {
    id: 'chargeback-open-no-refund',
    stem: `Policy: while a customer's chargeback is open, agents issue no refund for that payment; the dispute team handles it. A customer with an open chargeback asks support for a refund of the same $60 payment. ${DO}`,
    frames: [
      '⟦Explain that the dispute team handles it while it is open|Refund the payment now so the customer is not kept waiting=risks refunding the same payment twice|Tell the customer to cancel the chargeback before support can talk to them at all=invents a condition for talking to support|Close the account because a chargeback was opened=invents a sanction the policy lacks⟧',
    ],
  },
  {
    id: 'expired-code-goodwill',
    stem: 'Policy: expired discount codes are not honoured; instead, the agent offers a one-time 10 % goodwill code to a customer who has never had one. A customer who has never had a goodwill code tries a code that expired yesterday. What does the agent do?',
    frames: [
      '⟦Explain it has expired and offer the one-time 10 % code|Apply the expired code, since it expired only yesterday=honours an expired code against the policy|Decline and offer nothing, since the code has expired=withholds the goodwill code the policy allows|Offer a 10 % goodwill code for each order the customer places for the rest of this year=exceeds the one-time goodwill limit⟧',
    ],
  },
  {
    id: 'annual-plan-refund-window',
    stem: 'Policy: annual plans are refunded in full within 14 days of purchase, with no refunds after that; a cancelled plan runs to the end of its term. A customer cancels an annual plan 20 days after buying it and asks for a refund. What does the agent do?',
    frames: [
      '⟦Cancel the renewal, with no refund, and keep access to term end|Refund the 345 unused days of the year, pro rata, to the original payment method=invents a pro-rata refund the policy excludes|Refund in full, since the plan is under a month old=stretches the 14-day window to a month|Cancel and end access today without a refund=ends access before the paid term does⟧',
    ],
  },
  {
    id: 'address-change-after-shipping',
    stem: 'Policy: the delivery address can be changed until an order is packed; after it ships, the customer may use the carrier’s redirect service. A shipped order needs a new address. What does the agent do?',
    frames: [
      '⟦Point the customer to the carrier’s redirect service|Change the address in the order system and confirm the change to the customer=changes an address after the cut-off|Cancel the order and place a new one at no cost=invents a remedy the policy lacks|Tell the customer nothing can be done once an order ships=withholds the carrier redirect the policy names⟧',
    ],
  },
  {
    id: 'delivered-not-received-wait',
    stem: 'Policy: when a parcel is marked delivered but not found, the customer checks with neighbours and waits 48 hours; after that the agent opens a carrier claim. The parcel was marked delivered 2 hours ago. What does the agent do?',
    frames: [
      '⟦Ask them to check with neighbours and wait 48 hours|Open a carrier claim straight away=skips the 48-hour wait the policy sets|Send a replacement today without a claim=replaces before any claim is made|Tell the customer that the carrier’s delivery scan proves it arrived, and close the ticket=treats a scan as proof and closes the case⟧',
    ],
  },
  {
    id: 'faulty-item-customer-choice',
    stem: `Policy: for an item that is faulty on arrival, the customer chooses a replacement or a refund. A lamp arrived faulty and the customer asks what happens next. ${DO}`,
    frames: [
      '⟦Offer the choice of a replacement or a refund|Send a replacement, since replacing is the default=chooses for the customer whom the policy lets choose|Offer store credit for the item=offers a remedy outside the policy|Ask the customer to contact the manufacturer=passes the customer to a third party⟧',
    ],
  },
  {
    id: 'gift-return-credit-to-recipient',
    stem: 'Policy: returns of items bought as gifts are refunded as store credit to the gift recipient. A gift recipient returns a sweater. What does the agent do?',
    frames: [
      '⟦Issue store credit to the gift recipient|Refund the buyer’s card, since the buyer paid=refunds the payer where the policy names the recipient|Refund cash to the recipient=pays cash where the policy gives store credit|Refuse the return, since the recipient did not buy it=denies a return the policy allows⟧',
    ],
  },
  {
    id: 'missing-item-partial-remedy',
    stem: 'Policy: when one item of an order is missing, ship that item or refund its price, as the customer prefers. A $60 order of three items arrived without a $12 mug, and the customer asks for a refund. How much is refunded?',
    frames: [
      '⟦$12|$60=refunds the whole order for one missing item|$20=divides the order total by the number of items|$48=refunds the value of the items that did arrive⟧',
    ],
  },
  {
    id: 'price-drop-difference',
    stem: 'Policy: if our price drops within 7 days after a purchase, we refund the difference on request. A customer paid $80 five days ago and the price is now $65. What is refunded?',
    frames: [
      '⟦$15|$65=refunds the new price instead of the difference|$80=refunds the whole purchase|Nothing, since price changes are never refunded=withholds the refund the 7-day rule grants⟧',
    ],
  },
  {
    id: 'restocking-fee-amount',
    stem: 'Policy: large appliances returned without a fault carry a 15 % restocking fee, deducted from the refund. A customer returns a working $400 dishwasher. How much is refunded?',
    frames: [
      '⟦$340|$400=forgets to deduct the restocking fee|$460=adds the fee to the refund instead of deducting it|$385=deducts 15 dollars instead of 15 percent⟧',
    ],
  },
  {
    id: 'warranty-country-of-purchase',
    stem: 'Policy: warranty service is given in the country of purchase only. A customer who bought a camera in Canada has moved to Mexico and asks for warranty repair there. What does the agent do?',
    frames: [
      '⟦Explain that warranty service is given in Canada only|Book the warranty repair at the nearest authorised service centre in Mexico=ignores the country-of-purchase limit|Say the warranty ended when the customer moved=invents an end to the warranty|Ask the customer to buy a new camera in Mexico=offers a sale instead of the policy⟧',
    ],
  },
  {
    id: 'refund-original-payment-method',
    stem: 'Policy: refunds go only to the original payment method. A customer who paid by credit card asks for the refund to be sent to their partner’s bank account instead. What does the agent do?',
    frames: [
      '⟦Explain it can only go back to the original card|Send the refund to the partner’s account as asked=pays to an account the policy excludes|Split the refund between the original card and the partner’s bank account=invents a split the policy lacks|Issue the refund as a gift card instead=swaps the method without any basis⟧',
    ],
  },
  {
    id: 'exception-needs-team-lead',
    stem: 'Policy: exceptions to the return window need a team lead’s approval; agents may not promise one. A customer is 2 days past the window and asks for an exception. What does the agent do?',
    frames: [
      '⟦Ask a team lead, without promising the exception|Promise the exception, since 2 days is a small delay=promises what only a team lead can approve|Refuse outright, since exceptions are never made=ignores that the policy allows approved exceptions|Approve the exception and record the approval on the ticket themselves=grants an approval the agent does not hold⟧',
    ],
  },
  {
    id: 'preorder-charge-timing',
    stem: 'Policy: pre-orders are charged when they ship, and can be cancelled free of charge until then. A customer with an unshipped pre-order sees no charge on their card and asks whether the order went through. What does the agent reply?',
    frames: [
      '⟦The order is placed; the card is charged when it ships|The order failed, since no charge appears=reads the missing charge as a failed order|The charge is late and will appear with a delay fee=invents a fee and misstates the timing|The order must be paid now by bank transfer to stay valid=invents a prepayment the policy lacks⟧',
    ],
  },
]
