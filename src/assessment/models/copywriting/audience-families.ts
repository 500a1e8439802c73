import type { UsageFamily } from '../editing/editing-model.js'

/**
 * Audience, tone and channel: the key fits the reader, brief or medium named in the stem; each
 * wrong version misreads that reader or that medium's limits in a named way.
 */
export const AUDIENCE_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'complaint-reply-tone',
    stem: 'A customer complains that a delivery arrived a week late. Which opening of the reply strikes the right tone?',
    frames: [
      '⟦I’m sorry your order arrived a week late – that’s not the service we promise.|Per our terms, delivery dates are estimates only.=defends the company before acknowledging the customer|We’re thrilled to hear from you! 🎉=cheerful tone that ignores the complaint|Delays happen to all couriers from time to time.=minimises the customer’s problem⟧',
    ],
  },
  {
    id: 'persona-cfo-headline',
    stem: 'The brief: buyers are finance directors whose main worry is audit risk. Which headline speaks to them?',
    frames: [
      '⟦Every expense approved, receipted and ready for audit|Expenses, but make it fun!=a playful tone that ignores the buyer’s worry|The app your team will love using on the go=speaks to employees, not to the finance director|Built with React Native and a GraphQL API=technical detail the buyer did not ask about⟧',
    ],
  },
  {
    id: 'idioms-for-international-readers',
    stem: 'Copy for readers worldwide, many reading English as a second language. Which line travels best?',
    frames: [
      '⟦Our support team answers within one hour.|Our support team is on the ball, round the clock.=idioms that second-language readers may not know|Our support team knocks it out of the park.=a sports idiom that does not translate|Our support folks have got your back 24/7.=slang and idiom that second-language readers may misread⟧',
    ],
  },
  {
    id: 'gender-neutral-wording',
    stem: 'Which sentence in a job advert avoids assuming the applicant’s gender?',
    frames: [
      '⟦The successful applicant will lead their own team of five.|The successful applicant will lead his own team of five.=assumes a man|We are looking for a chairman for our board.=a gendered job title where chair exists|The ideal candidate is a salesman with a strong network.=a gendered job title where salesperson exists⟧',
    ],
  },
  {
    id: 'voice-guide-fit',
    stem: 'Voice guide: "Friendly and plain. Short sentences. No exclamation marks. No jargon." Which line fits it?',
    frames: [
      '⟦Your order is on its way. It should reach you on Friday.|Great news!!! Your order is on its way!=breaks the rule on exclamation marks|Your consignment has been dispatched via our logistics partner.=jargon where plain words exist|We are delighted to inform you that your order, which you placed on our website, has now been dispatched and will arrive on Friday.=one long, formal sentence instead of short, friendly ones⟧',
    ],
  },
  {
    id: 'jargon-for-expert-readers',
    stem: 'Release notes for back-end developers who use the company’s API. Which line suits them?',
    frames: [
      '⟦Rate limits rise to 600 requests per minute per API key.|Our app can now talk to your app even more often!=vague and childish for expert readers|We have made things faster and better behind the scenes.=says nothing a developer can act on|Enjoy a seamless, supercharged integration experience.=marketing gloss that hides the change⟧',
    ],
  },
  {
    id: 'spelling-for-uk-brief',
    stem: 'The brief: a UK retailer, British English throughout. Which line follows it?',
    frames: [
      '⟦Choose a colour and a favourite design for your mug.|Choose a color and a favorite design for your mug.=American spellings in a British English brief|Choose a colour and a favorite design for your mug.=mixes British and American spellings|Choose a color and a favourite design for your mug.=mixes American and British spellings⟧',
    ],
  },
  {
    id: 'unambiguous-dates',
    stem: 'An email goes to customers in the US and Europe. Which way of writing the sale’s end date can no reader misread?',
    frames: [
      '⟦Ends 4 March 2026|Ends 04/03/2026=read as 3 April by US readers|Ends 03/04/2026=read as 3 April in Europe and 4 March in the US|Ends 4/3=ambiguous between 4 March and 3 April, with no year⟧',
    ],
  },
  {
    id: 'no-humour-in-breach-notice',
    stem: 'Customers must be told their email addresses were exposed in a data breach. Which opening suits the message?',
    frames: [
      '⟦On 2 March we found that your email address was exposed. Here is what happened and what to do.|Oops! We had a bit of a data oopsie 🙈=jokes about a serious harm to the reader|We take your privacy extremely seriously.=a stock phrase that avoids saying what happened|Exciting security updates are coming to your account!=spins bad news as good news⟧',
    ],
  },
  {
    id: 'hashtag-capitals',
    stem: 'Which hashtag can screen readers read correctly and sighted readers parse at a glance?',
    frames: [
      '⟦#SmallBusinessSaturday|#smallbusinesssaturday=run-together lower case is read by screen readers as one garbled word|#SMALLBUSINESSSATURDAY=all capitals hide the word breaks and may be read letter by letter|#small_business_saturday_2026_uk=padded with underscores and extra tokens that screen readers spell out⟧',
    ],
  },
  {
    id: 'emoji-with-screen-readers',
    stem: 'Screen readers read each emoji aloud by its name. Which post works for their users?',
    frames: [
      '⟦Our spring sale starts today 🌷|Our 👏 spring 👏 sale 👏 starts 👏 today="clapping hands" is read between every word|🌷🌷🌷 Our spring sale starts today 🌷🌷🌷=six flower names are read before and after the message|Our spring sale starts today 🌷🌼🌸🌻🌺=a string of five emoji names is read after the message⟧',
    ],
  },
  {
    id: 'sms-gsm-segments',
    stem: 'A promotional SMS is 310 characters, all in the standard GSM-7 alphabet. How many segments does it take?',
    frames: [
      '⟦3 segments|2 segments=uses 160 characters per part, forgetting the header that cuts each part of a long message to 153|5 segments=uses the 70-character Unicode limit for a GSM-7 message|1 segment=assumes a long SMS travels as one message⟧',
    ],
  },
  {
    id: 'sms-unicode-limit',
    stem: 'An SMS contains one emoji. How many characters fit in a single (unsplit) message now?',
    frames: [
      '⟦70|160=the GSM-7 limit, which one emoji switches off|153=the per-part limit of a long GSM-7 message|140=the payload in bytes, not in characters⟧',
    ],
  },
  {
    id: 'capitals-for-emphasis',
    stem: 'Which line gives emphasis that every reader can take in easily?',
    frames: [
      '⟦Last day: the sale ends at midnight.|LAST DAY: THE SALE ENDS AT MIDNIGHT.=all capitals slow reading and read as shouting|Last day!!! The sale ends at midnight!!!=repeated exclamation marks add noise, not meaning|L-A-S-T D-A-Y: the sale ends at midnight.=spelled-out letters are read one by one by screen readers⟧',
    ],
  },
  {
    id: 'german-price-format',
    stem: 'A landing page is localised for Germany. How should one thousand euros and fifty cents be shown?',
    frames: [
      '⟦1.000,50 €|1,000.50 €=English separators in a German price|€1,000.50=English format with the symbol in front|1’000.50 €=Swiss separators in a German price⟧',
    ],
  },
]
