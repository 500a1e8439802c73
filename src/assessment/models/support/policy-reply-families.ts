import type { UsageFamily } from '../editing/editing-model.js'

const ASK = 'Which reply applies the policy correctly, in a professional tone?'

/**
 * Support replies under a stated policy: each edit point either applies the policy or misapplies
 * it in a named way (a refund past its window, a credit over the agent's limit, data disclosed),
 * or keeps or breaks the tone guidelines (acknowledge, own, give a next step).
 */
export const POLICY_REPLY_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'refund-window-passed',
    stem: `Policy: refunds to the original payment method within 30 days of delivery; after that, store credit for unused items. An unused item was delivered 45 days ago and the customer asks for a refund. ${ASK}`,
    frames: [
      "⟦I'm sorry the item didn't work out for you.|That's not really our problem.=blames the customer instead of acknowledging them⟧ As your order arrived more than 30 days ago, ⟦we can offer you store credit for the full amount|we can go ahead and refund the full amount to your card=applies the 30-day refund to an order past it|we are unfortunately not able to offer you anything at all for this order=withholds the store credit the policy grants⟧.",
    ],
  },
  {
    id: 'damaged-in-transit',
    stem: `Policy: items damaged in transit are replaced free of charge once the customer sends a photo; no return is needed. A customer writes that their order arrived broken. ${ASK}`,
    frames: [
      "I'm sorry your order arrived damaged. ⟦Could you send us a photo of the damage?|Please post the broken item back to our warehouse first so that our team can inspect it.=asks for a return the policy waives⟧ Once we have it, we will send a replacement ⟦at no cost|as soon as the small shipping and handling fee has been paid=charges for a replacement the policy makes free⟧.",
    ],
  },
  {
    id: 'credit-over-agent-limit',
    stem: `Policy: agents may credit up to $100; billing errors over $100 go to the billing team, who reply within one business day. A customer was overcharged $250. ${ASK}`,
    frames: [
      "I'm sorry about the overcharge. ⟦I have passed this to our billing team, who will contact you within one business day.|I have gone ahead and credited the full $250 back to your account today.=issues a credit above the agent's limit|Please contact our billing team yourself by phone, as they handle these questions.=hands the customer off instead of escalating⟧ ⟦Thank you for your patience.|Mistakes happen.=dismisses the customer's problem⟧",
    ],
  },
  {
    id: 'password-reset-only',
    stem: `Policy: agents never send or read out passwords; they send a reset link to the email address on the account. A customer writes from a new address asking for their password. ${ASK}`,
    frames: [
      '⟦I have sent a password reset link to the email address on your account.|For your convenience, your current password is shown in full just below this message.=sends a password by email|I have sent a reset link to this address.=sends a reset link to an address not on the account⟧ If you no longer use that address, ⟦reply and we will help you verify your identity|there is nothing more we can do=leaves the customer with no way forward⟧.',
    ],
  },
  {
    id: 'late-delivery-shipping-refund',
    stem: `Policy: when a delivery is more than 3 days late, refund the shipping fee; when it is 3 days late or less, apologise only. An order is 5 days late. ${ASK}`,
    frames: [
      'I apologise that your order is late. ⟦We have refunded your shipping fee.|Unfortunately we are not able to offer you anything at all for a late delivery.=withholds the shipping refund due after 3 days|To make up for it, we have gone ahead and refunded your whole order in full.=grants more than the policy allows⟧ ⟦Your tracking now shows delivery on Friday.|It should get to you eventually.=gives no concrete delivery date⟧',
    ],
  },
  {
    id: 'cancel-at-period-end',
    stem: `Policy: a cancelled subscription stays active until the end of the paid billing period; partial months are not refunded. A customer cancels halfway through a month. ${ASK}`,
    frames: [
      'Your subscription is cancelled ⟦and stays active until the end of this billing period|and your access to every feature ends immediately, today=ends access before the paid period does⟧. ⟦As our terms say, we do not refund part of a month.|We will also refund you for every day of this month that you have not used.=promises a partial refund the policy excludes⟧',
    ],
  },
  {
    id: 'warranty-expired',
    stem: `Policy: a one-year warranty from the date of purchase; after it ends, paid repair at a quoted price. A device bought 14 months ago has stopped working. ${ASK}`,
    frames: [
      "I'm sorry your device has stopped working. ⟦Its warranty ended two months ago, so this repair is not covered,|Good news: its warranty still fully covers this repair at no cost to you,=counts a 14-month-old purchase as within a one-year warranty⟧ ⟦but we can send you a quote for a paid repair.|and we cannot help with it any further.=withholds the paid repair the policy offers⟧",
    ],
  },
  {
    id: 'account-holder-only',
    stem: `Policy: account details are discussed only with the verified account holder. A caller says they are the account holder's spouse and asks for the order history. ${ASK}`,
    frames: [
      "⟦I'm sorry, I can only discuss the account with the account holder.|Of course, happy to help: here is the full order history for that account.=discloses account data to someone other than the holder⟧ ⟦They are welcome to contact us directly.|Please ask them for their password and read it to me.=asks for a password, which agents never request⟧",
    ],
  },
  {
    id: 'backorder-cancellable',
    stem: `Policy: backordered items ship when restocked, and the customer may cancel a backorder for a full refund at any time. A customer asks where their backordered item is. ${ASK}`,
    frames: [
      '⟦The item is on backorder and will ship as soon as it is restocked.|Good news: the item has already shipped from our warehouse and is on its way.=states what the agent knows is untrue⟧ ⟦If you prefer, we can cancel it and refund you in full.|Sorry, but once they are placed, backorders cannot be cancelled or refunded at all.=denies a cancellation the policy allows⟧',
    ],
  },
  {
    id: 'price-match-exclusion',
    stem: `Policy: we match a lower price from a listed retailer within 14 days of purchase; marketplace sellers are excluded. A customer who bought 10 days ago found a lower price from a marketplace seller. ${ASK}`,
    frames: [
      "⟦Thank you for checking with us.|You should have compared prices before buying.=blames the customer⟧ ⟦Our price match covers listed retailers but not marketplace sellers, so we can't match this one.|No problem at all, we will be happy to match that lower price for you today.=applies the price match to an excluded marketplace seller⟧",
    ],
  },
  {
    id: 'acknowledge-own-next-step',
    stem: 'Our tone guidelines: acknowledge the feeling, take ownership, and give a concrete next step. A customer writes angrily that their order is wrong for the second time. Which reply follows the guidelines?',
    frames: [
      "⟦I understand how frustrating this is,|Please calm down,=dismisses the customer's feelings⟧ and ⟦I will check your order myself now|someone from one of our teams will probably look into it when they have time=takes no ownership⟧ and ⟦email you by 5 pm today|get back to you at some point=gives no concrete next step⟧.",
    ],
  },
  {
    id: 'sla-first-response',
    stem: `Policy: an urgent ticket (service down) gets a first reply within 1 hour and updates every 4 hours until solved. A customer reports that their shop is down. ${ASK}`,
    frames: [
      "Thank you for telling us. We are investigating now, ⟦and I will update you within 4 hours, sooner if it is fixed|and someone from our team will reply to you within the next 24 hours=applies the normal 24-hour target to an urgent ticket⟧. ⟦I'm sorry for the disruption to your shop.|These things happen.=dismisses the customer's problem⟧",
    ],
  },
]
