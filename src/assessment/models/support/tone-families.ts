import type { UsageFamily } from '../editing/editing-model.js'

const WHICH = 'Which reply follows the guideline?'

/**
 * Tone and de-escalation in written support, each guideline stated in the stem: acknowledge,
 * own the problem, avoid blame and jargon, frame what can be done, apologise for the specific
 * thing, set expectations the agent can keep, close the loop. Each wrong reply breaks the stated
 * guideline in a named way a support reviewer marks down.
 */
export const TONE_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'acknowledge-then-act',
    stem: `Guideline: acknowledge the customer's frustration before solving. A customer writes: "Third time I've asked. Where is my refund?" ${WHICH}`,
    frames: [
      '⟦Sorry you had to ask three times. Your refund went out today.|Your refund was sent out today and will show on your statement within 5 days.=solves without acknowledging the frustration|As I already explained in my previous replies, refunds take time to process.=scolds the customer for asking again|Please stay calm; I am sure your refund will arrive at some point soon.=dismisses the feeling and gives no facts⟧',
    ],
  },
  {
    id: 'no-blame-wording',
    stem: `Guideline: describe what went wrong without blaming the customer. The customer's form did not submit because the date field was empty. ${WHICH}`,
    frames: [
      '⟦The form needs a date; once one is added, it will go through.|You failed to fill in the date field, so of course the form did not work.=blames the customer for the fault|The form is broken on our side and we cannot say when it will be fixed.=misstates the cause to avoid blame|Please read the instructions on the form more carefully next time.=lectures instead of helping⟧',
    ],
  },
  {
    id: 'plain-language-no-jargon',
    stem: `Guideline: plain language, no internal jargon. A non-technical customer asks why their site was slow this morning (a database server was overloaded). ${WHICH}`,
    frames: [
      '⟦One of our servers was overloaded this morning; your site is back to normal now.|The primary DB node hit its max IOPS and replication lag spiked until the failover completed.=answers in internal jargon|There was a slowdown this morning, as sometimes happens with online services.=gives no cause and no status|Your site was slow because of how it was built, which we cannot change for you.=blames the customer without basis⟧',
    ],
  },
  {
    id: 'positive-framing',
    stem: `Guideline: say what you can do, and when, rather than what you cannot. A refund can be issued once the returned item reaches the warehouse. ${WHICH}`,
    frames: [
      '⟦As soon as the item reaches our warehouse, I will issue your refund.|I’m afraid I can’t refund you at all until the item has reached our warehouse.=leads with what cannot be done|Refunds are impossible without a returned item, so there is nothing to do yet.=states a refusal with no path forward|I will refund you now, before the item arrives.=breaks the process to sound positive⟧',
    ],
  },
  {
    id: 'specific-apology',
    stem: `Guideline: apologise for the specific problem and own it. The company shipped the wrong colour. ${WHICH}`,
    frames: [
      '⟦I’m sorry we sent you the wrong colour.|We apologise for any inconvenience this may have caused you.=gives a vague apology that names no problem|I’m sorry if you feel the colour was wrong.=gives a conditional non-apology|Sorry, but colours on a screen can look different from the real product.=turns the apology into an excuse⟧',
    ],
  },
  {
    id: 'abusive-language-warning',
    stem: `Guideline: when a customer is abusive, warn once, calmly, that the chat will end if it continues; end it only if the abuse goes on. A customer's first message insults the agent personally. ${WHICH}`,
    frames: [
      '⟦I want to help, but I can’t continue if the insults go on. What happened?|I’m ending this chat now because of your language, which we do not accept here.=ends the chat without the first warning|Insulting me will not get you anywhere, you know.=answers abuse with sarcasm|Please stop this right now, or I will report you to the authorities for harassment.=threatens instead of warning calmly⟧',
    ],
  },
  {
    id: 'no-unconfirmed-date',
    stem: `Guideline: never promise a date the team has not confirmed. Engineering is working on a bug and has not given a fix date. ${WHICH}`,
    frames: [
      '⟦Our engineers are on it; I will update you once they confirm a fix date.|Our engineers are on it, and it will definitely be fixed by tomorrow morning at the latest.=promises a date nobody confirmed|Honestly, bugs like this one usually never get fixed, so I would not wait for it.=guesses the worst without knowledge|Please check back with us in a few weeks.=pushes the follow-up onto the customer⟧',
    ],
  },
  {
    id: 'closing-confirm-and-invite',
    stem: `Guideline: close by confirming what was done and inviting the customer to reply if anything is left. The agent has reset a customer's two-factor login. ${WHICH}`,
    frames: [
      '⟦Your two-factor login is reset. If anything still fails, just reply here.|Your ticket has now been closed by our support team.=closes without saying what was done|Your two-factor login is reset. Please do not reply to this message, as it is not monitored.=shuts the door on a follow-up|Thank you for contacting our support team today. Have a nice day.=confirms nothing about the fix⟧',
    ],
  },
  {
    id: 'ask-for-specific-details',
    stem: `Guideline: when information is missing, ask for exactly what is needed. A customer writes "the app crashes" and nothing else. ${WHICH}`,
    frames: [
      '⟦Which device and app version do you use, and what do you tap before it crashes?|Thanks for letting us know. Can you give us some more details about the problem, please?=asks vaguely, costing another round trip|Please delete and reinstall the app, then let us know whether it still crashes.=guesses a fix before knowing the problem|The app works fine for everyone else.=dismisses the report⟧',
    ],
  },
  {
    id: 'decline-with-alternative',
    stem: `Guideline: when declining a request, explain why and offer an alternative if one exists. A customer asks for an export to a format the product does not support; CSV export exists. ${WHICH}`,
    frames: [
      '⟦That format isn’t supported, but CSV export has the same data; I’ve logged your request.|No, that is not possible with our product, and there is nothing else we can offer you.=declines with no reason and no alternative|Sure, we will add that format next week.=promises a feature that is not planned|That format is outdated and hardly anyone uses it any more, so you shouldn’t really need it.=argues with the customer’s need⟧',
    ],
  },
  {
    id: 'own-not-blame-colleagues',
    stem: `Guideline: speak for the company as "we" and never blame another team. An order shipped late because of a warehouse error. ${WHICH}`,
    frames: [
      '⟦We made a mistake packing your order; I’m sorry it shipped late.|The warehouse team messed up your order, so this one is not on us in support.=blames another team|The courier must have lost some time on the way to you.=blames a third party without basis|Delays like these are completely normal at this busy time of year.=excuses the error as normal⟧',
    ],
  },
  {
    id: 'supervisor-callback-offer',
    stem: `Guideline: when a customer asks for a manager, offer a supervisor callback within 24 hours and say what happens meanwhile. A customer unhappy with a repair asks to speak to a manager. ${WHICH}`,
    frames: [
      '⟦A supervisor will call you within 24 hours; meanwhile I’ll keep working on your case.|I’m sorry, but our managers do not speak to customers directly, so I can’t arrange that.=refuses what the guideline offers|I am the highest level of support you can speak to.=misstates the escalation path|I can ask, but a manager will only tell you exactly the same thing I have already told you.=discourages the request instead of offering it⟧',
    ],
  },
  {
    id: 'public-complaint-move-private',
    stem: `Guideline: answer a public social media complaint publicly, then take account details to a private message. A customer posts publicly that their order is missing. ${WHICH}`,
    frames: [
      '⟦Sorry your order hasn’t arrived. We’ve sent you a private message to look into it.|Sorry to hear that! Please post your order number and home address here so we can check it.=asks for personal data in public|(No public reply; only a private message.)=ignores the public complaint|Sorry to hear that. Our records show your order was delivered to your porch on Monday.=discloses order details in public⟧',
    ],
  },
  {
    id: 'internal-note-not-public',
    stem: `Guideline: remarks meant for colleagues go in an internal note, never in the reply. The agent suspects the customer's card issuer blocked the payment and wants billing to check. ${WHICH}`,
    frames: [
      '⟦Internal note to billing: "Please check if the card issuer blocked the payment."|Public reply: "Billing team, please check if the card issuer blocked this payment."=sends an internal request to the customer|Public reply: "It looks like your bank doesn’t trust you."=shares a guess in a blaming tone|Internal note to billing: "The customer is probably lying about having paid us at all."=writes an unfounded judgment in the record⟧',
    ],
  },
  {
    id: 'proactive-delay-update',
    stem: `Guideline: when a promised update cannot be met, tell the customer before the promised time. The agent promised an answer by 15:00 but the team will need until tomorrow. ${WHICH}`,
    frames: [
      '⟦At 14:00: "The team needs until noon tomorrow; I’ll update you by then."|At 16:00: "Sorry I missed the 15:00 update; the team needs until noon tomorrow."=tells the customer after the promise is broken|No message today; answer tomorrow once the team is done.=lets the promised time pass in silence|At 14:00: "We are still working on it."=gives no new time to expect⟧',
    ],
  },
  {
    id: 'chat-hold-notice',
    stem: `Guideline: in live chat, say how long you need before you go quiet to check something. The agent needs about 3 minutes to check a shipment. ${WHICH}`,
    frames: [
      '⟦Let me check the shipment; this will take about 3 minutes.|(No message; check the shipment, then reply.)=goes silent with no notice|Please wait a moment while I look into something here.=gives no reason and no time|This might take quite a while, so feel free to close the chat and come back later.=sends the customer away for a short check⟧',
    ],
  },
  {
    id: 'numbered-steps-for-instructions',
    stem: `Guideline: give instructions with more than two steps as a numbered list, one action per step. The customer must open Settings, choose Billing, and select Update card. ${WHICH}`,
    frames: [
      '⟦1. Open Settings. 2. Choose Billing. 3. Select Update card.|Open Settings and then choose Billing and then select Update card.=writes the steps as one run-on sentence|1. Open Settings and choose Billing and select Update card.=puts three actions in one step|You can update your card somewhere in the billing part of the settings.=gives no steps at all⟧',
    ],
  },
]
