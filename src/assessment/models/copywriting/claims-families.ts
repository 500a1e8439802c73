import type { UsageFamily } from '../editing/editing-model.js'

/**
 * Claims that would mislead, keyed to the rules a copywriter in the US or UK must follow (FTC
 * Endorsement Guides, Guides Against Deceptive Pricing, the "Free" guide, Green Guides, Made in
 * USA rule, rule on consumer reviews, CAN-SPAM, ROSCA; the UK CAP Code and CMA guidance). Each
 * key is the version those rules allow; each wrong version is a named way copy misleads.
 */
export const CLAIMS_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'atypical-results-testimonial',
    stem: 'A diet plan’s best customer lost 30 kg; most lose about 4 kg. How may her testimonial be used?',
    frames: [
      '⟦With a clear statement that most customers lose about 4 kg|With the line “Results not typical” in small print=a vague disclaimer does not tell readers what results to expect|As it is: the testimonial is true for her=a true but atypical result implies it is typical|Only if her surname is left out=anonymity does not cure an atypical result|Alongside before-and-after photos, which prove that the result was real=proof that one result is real does not make it typical⟧',
    ],
  },
  {
    id: 'influencer-disclosure',
    stem: 'A brand paid an influencer for an Instagram post. Which caption discloses it properly?',
    frames: [
      '⟦#ad Loving my new running shoes from @northwind|Loving my new running shoes from @northwind #sp=an abbreviation most readers do not understand|Loving my new running shoes! Thanks @northwind=a thank-you does not say the post was paid for|Loving my new running shoes from @northwind … #fitness #run #ad=a disclosure hidden at the end of a hashtag pile⟧',
    ],
  },
  {
    id: 'review-incentive-on-sentiment',
    stem: 'A shop wants more reviews. Which offer is allowed?',
    frames: [
      '⟦A £5 voucher for any honest review, positive or negative|A £5 voucher for every five-star review=conditions the reward on a positive review|A £5 voucher for reviews, with negative ones left unpublished=suppresses negative reviews|A £5 voucher for staff who post reviews as customers=reviews by insiders posing as customers⟧',
    ],
  },
  {
    id: 'fabricated-reviews',
    stem: 'A new product has no reviews yet. What may the launch page show?',
    frames: [
      '⟦A prompt inviting buyers to write the first review|Reviews written by an AI tool in customers’ voices=fabricated reviews from people who do not exist|Reviews of a different, discontinued product=reviews of another product presented as this one’s|Reviews that staff wrote as if they were customers=insiders posing as independent customers⟧',
    ],
  },
  {
    id: 'free-with-conditions',
    stem: 'A mug comes free only with orders over £50. Which line presents the offer lawfully?',
    frames: [
      '⟦Free mug with every order over £50|Free mug!=hides the condition that makes it not free|FREE mug*=hides the condition behind an asterisk|Get your free mug today, no strings attached=denies a condition that exists⟧',
    ],
  },
  {
    id: 'up-to-discount',
    stem: 'A sale has one item at 70 % off and everything else at 10–20 % off. Which headline is fair?',
    frames: [
      '⟦10–20 % off, with one item at 70 % off|Up to 70 % off everything=implies the top discount is widely available|70 % off sale=states the exception as the rule|Save big: 70 % off=headlines the exception as the offer|Everything must go – up to 70 % off across the whole store=implies the top discount is available across the store⟧',
    ],
  },
  {
    id: 'reference-price',
    stem: 'A coat has always sold at £80. Which sale line is honest?',
    frames: [
      '⟦Now £60, was £80|Now £60, was £150=a former price never actually charged|Now £60, worth £200=an invented value with no basis|Now £60, RRP £120=a recommended price the coat never sold at|Was £90, now £60=a former price never actually charged⟧',
    ],
  },
  {
    id: 'countdown-timer',
    stem: 'A landing page shows "Offer ends in 10:00" with a countdown. When is that honest?',
    frames: [
      '⟦Only when the offer really ends when the timer reaches zero|Always, since countdowns are a normal sales device=urgency that is false is misleading|When the timer restarts for each new visitor=a timer that resets creates false urgency|When the offer is extended once the timer runs out=an offer that does not end made its deadline false|When most visitors who see the timer are likely to buy before it reaches zero=honesty depends on the deadline, not on how fast people buy⟧',
    ],
  },
  {
    id: 'low-stock-claim',
    stem: 'When may a product page say "Only 3 left in stock"?',
    frames: [
      '⟦Only when stock records really show just 3 left|Whenever sales are slow, to prompt buying=invents scarcity to push a sale|On every product, as a standard urgency message=a blanket claim that is false for most products|When 3 remain in one warehouse of several=hides stock held elsewhere⟧',
    ],
  },
  {
    id: 'objective-claim-needs-evidence',
    stem: 'Which claim needs documented evidence before the ad runs?',
    frames: [
      '⟦Cuts your energy bills by 30 %|Simply delicious=obvious puffery that no one reads as a measurable fact|Made with love in our kitchen=a subjective statement, not a measurable fact|A joy to use=a subjective opinion no reader takes as a measured fact|A warm and welcoming place to unwind after a long day=a subjective description, not a measurable fact⟧',
    ],
  },
  {
    id: 'vague-green-claim',
    stem: 'Which environmental claim on a cleaning product can be substantiated as stated?',
    frames: [
      '⟦Bottle made from 100 % recycled plastic|Eco-friendly=an unqualified general benefit that no evidence can fully support|Green and clean=a vague claim that implies broad benefits|Kind to the planet=a vague claim that implies broad benefits|Made with the planet in mind, so every wash is a greener wash=a vague claim that implies broad benefits⟧',
    ],
  },
  {
    id: 'recyclable-claim',
    stem: 'A pouch is recyclable only at a few specialist drop-off points. Which label is honest?',
    frames: [
      '⟦Recycle at specialist drop-off points only|Recyclable in your household recycling bin, wherever you live=states the opposite of the facts|Recyclable=implies most people can recycle it at home|100 % recyclable=adds emphasis to a claim most people cannot act on|Widely recyclable=states the opposite of the facts⟧',
    ],
  },
  {
    id: 'made-in-usa',
    stem: 'A bag is sewn in the US from fabric, zips and straps imported from abroad. Which claim is lawful in the US?',
    frames: [
      '⟦Sewn in the USA from imported materials|Made in USA=requires all or virtually all of the product to be made in the US|Proudly American made=implies a Made in USA claim without qualification|Made in USA (assembled here)=a qualifier that still implies US materials|Made in USA, because the final and most important step happens here=the final step alone is not all or virtually all of the product⟧',
    ],
  },
  {
    id: 'clinically-proven',
    stem: 'A skincare brand has one in-house survey in which 18 of 20 users said they liked a cream. Which claim can it make?',
    frames: [
      '⟦In our survey, 18 of 20 users said they liked the cream|Clinically proven to reduce wrinkles=claims clinical proof that a small survey cannot give|Dermatologist recommended=implies an endorsement the brand does not have|Scientifically shown to work=dresses a preference survey up as science|Loved by thousands of women and proven to take years off your face=claims a proven effect and a following the survey does not show⟧',
    ],
  },
  {
    id: 'mandatory-fees-in-price',
    stem: 'Concert tickets cost £40 plus a compulsory £6 booking fee. Which price line is lawful in the UK and US?',
    frames: [
      '⟦Tickets £46, including the booking fee|Tickets £40 (booking fee added at checkout)=leaves a compulsory fee out of the headline price|Tickets from £40*=hides a compulsory fee behind an asterisk|Tickets £40 – great value!=omits the compulsory fee altogether⟧',
    ],
  },
  {
    id: 'auto-renewal-terms',
    stem: 'A subscription renews automatically at £20 a month after a free month. When must the sign-up page say so?',
    frames: [
      '⟦Clearly, before asking for card details|After payment, in the confirmation email=discloses the terms after the customer has committed|Only in the terms and conditions page=buries material terms in a linked document|Not at all, if the customer can cancel any time=cancellation rights do not remove the duty to disclose⟧',
    ],
  },
  {
    id: 'deceptive-subject-line',
    stem: 'A marketing email goes to a list of newsletter subscribers. Which subject line is lawful under CAN-SPAM?',
    frames: [
      '⟦Our spring sale: 20 % off boots until Sunday|Re: your order=fakes a reply to a conversation that never happened|URGENT: action required on your account before midnight tonight=a false alarm to get the email opened|Fwd: invoice attached=fakes a forwarded business email⟧',
    ],
  },
  {
    id: 'email-unsubscribe-and-address',
    stem: 'What must every US commercial marketing email include under CAN-SPAM?',
    frames: [
      '⟦A working way to opt out, and the sender’s valid postal address|An opt-out link only on the first email sent to each person=the opt-out must be in every message|A phone number for complaints instead of an opt-out=a phone line does not replace an opt-out|A line saying the email is not spam=a disclaimer does not meet any requirement|A notice that the sender bought the list from a reputable data broker=a source notice is not a requirement and meets none⟧',
    ],
  },
  {
    id: 'employee-review-disclosure',
    stem: 'An employee wants to review the company’s product on a review site. What must the review show?',
    frames: [
      '⟦That the reviewer works for the company|Nothing, if the employee paid for the product=buying the product does not remove the connection|Nothing, if the review is honest=honesty does not remove the need to disclose the connection|Only the employee’s first name=a name does not disclose the connection⟧',
    ],
  },
  {
    id: 'retouched-results-image',
    stem: 'An ad for a mascara shows a model whose lashes were lengthened digitally. When does that break the advertising rules?',
    frames: [
      '⟦When the retouching exaggerates what the mascara itself does|Never: retouching is standard in beauty ads=retouching that exaggerates the product’s effect misleads|Only if the model is a celebrity=fame does not change what misleads|Only if the ad runs on television=the rule covers every medium|Only if the ad fails to say in small print that the image was retouched=a small-print note does not cure an exaggerated effect⟧',
    ],
  },
  {
    id: 'comparative-price-claim',
    stem: 'Which comparative claim is fair to make about a rival?',
    frames: [
      '⟦Our 1 kg coffee costs £2 less than Brand X’s 1 kg, as checked on 3 March|Cheaper than Brand X=does not say what is compared or when|Half the price of the big brands=names no brand and no products compared|Brand X’s coffee is overpriced, and everyone who has tried ours knows it=a disparaging opinion presented with no comparison⟧',
    ],
  },
  {
    id: 'guarantee-terms',
    stem: 'A course offers refunds only within 14 days and only if under 20 % of it was watched. Which line is honest?',
    frames: [
      '⟦14-day refund if you have watched under 20 % of the course|Money-back guarantee=hides the conditions that limit it|100 % risk-free=implies no conditions at all|Love it or get every penny back, whenever you ask, no questions asked=denies conditions that exist⟧',
    ],
  },
  {
    id: 'permanent-limited-offer',
    stem: 'A “limited-time offer” banner has run unchanged for eleven months. What is the problem?',
    frames: [
      '⟦An offer that never ends is not limited; the urgency is false|None, as long as the offer will end at some point=an open-ended offer still gives a false deadline|None, since all offers are limited in time=the claim implies a specific, short window|Only that the banner design has become stale=the wording misleads, not the design⟧',
    ],
  },
  {
    id: 'sweepstakes-no-purchase',
    stem: 'A US prize draw is open to customers who buy a product. What must its copy make clear?',
    frames: [
      '⟦That no purchase is necessary, and how to enter for free|Nothing: a purchase requirement is allowed in a prize draw=a prize, chance and required purchase make an illegal lottery|That entries with a purchase have better odds=unequal odds for buyers make it a lottery|That only one purchase per person counts=limits purchases but still requires one⟧',
    ],
  },
  {
    id: 'testimonial-permission',
    stem: 'A customer praised the service in a support chat. What must you have before quoting her in an ad?',
    frames: [
      '⟦Her permission, and a record that the quote is genuine|Nothing: she said it, so it is fair to quote=quotes a person without permission|Permission only if her full name is shown=permission is needed whether or not she is named|A paid fee for the quote=payment is neither required nor a substitute for permission⟧',
    ],
  },
]
