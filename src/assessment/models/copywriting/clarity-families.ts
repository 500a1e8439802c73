import type { UsageFamily } from '../editing/editing-model.js'

/**
 * Benefits over features, and clear, scannable web copy: each key is the version a reader
 * understands at first pass; each wrong version keeps a named habit that slows the reader or
 * hides the point.
 */
export const CLARITY_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'feature-to-benefit',
    stem: 'A laptop has a 20-hour battery. Which line turns that feature into a benefit for a travelling consultant?',
    frames: [
      '⟦Work a full day of flights and meetings without hunting for a socket|Equipped with a 20-hour lithium-polymer battery=restates the feature|Battery capacity: 72 Wh=a specification, not what it does for the reader|Our best battery ever=a superlative about the product, not a benefit to the reader|A battery that lasts and lasts, so you can do more of what you love=a vague benefit with no link to the consultant’s working day⟧',
    ],
  },
  {
    id: 'concrete-over-abstract',
    stem: 'Which line for a courier service is the most concrete?',
    frames: [
      '⟦Order by 4 pm and it arrives the next morning|Fast, reliable delivery=abstract adjectives every rival uses|Delivery excellence as standard=an abstraction with no fact behind it|We go above and beyond for every single parcel=a cliché with no checkable fact⟧',
    ],
  },
  {
    id: 'news-first-opening',
    stem: 'An email tells customers their prices will rise on 1 May. Which opening sentence puts the news first?',
    frames: [
      '⟦From 1 May, your monthly plan will cost £12 instead of £10.|At Northwind, we have always been proud to offer great value.=opens with throat-clearing and buries the news|As you may know, costs across the industry have been rising for some time.=opens with background and buries the news|We are writing to you today regarding your account.=announces a message instead of giving it⟧',
    ],
  },
  {
    id: 'split-long-sentence',
    stem: 'Which version of this instruction is easiest to follow?',
    frames: [
      '⟦Choose a plan. Then enter your card details. We charge you only after the 14-day trial.|Once you have chosen a plan, which you can do on the pricing page, you will need to enter your card details, although we will not charge you until the 14-day trial ends.=one long sentence with the steps buried in clauses|Card details, once a plan has been chosen, must be entered, with charges made after the trial.=passive and compressed, with the order of steps hidden|Choose a plan and enter card details and we charge after the trial of 14 days and you can cancel.=run-on sentence joined by and⟧',
    ],
  },
  {
    id: 'parallel-bullets',
    stem: 'Which bullet list is written in parallel form?',
    frames: [
      '⟦Track expenses · Send invoices · Pay suppliers|Track expenses · Invoices that send themselves · Paying suppliers=mixes a verb, a noun phrase and a gerund|Tracking expenses · Send invoices · Supplier payments=mixes a gerund, a verb and a noun|Expenses tracked · Send invoices · You can pay suppliers=mixes a participle, a verb and a clause⟧',
    ],
  },
  {
    id: 'plain-words-for-lay-readers',
    stem: 'Which sentence suits a general audience on a bank’s help page?',
    frames: [
      '⟦Use the app to move money between your accounts.|Leverage the app to facilitate inter-account fund transfers.=business jargon where plain words exist|Utilise the application to effectuate transfers of funds.=inflated words where plain ones exist|Our omnichannel solution enables seamless money movement.=marketing jargon that says little⟧',
    ],
  },
  {
    id: 'instructions-in-imperative',
    stem: 'Which step in a set-up guide is written as a clear instruction?',
    frames: [
      '⟦Select Save to keep your changes.|The Save button should be selected in order for changes to be kept.=passive and padded instead of a direct instruction|Changes can be kept by users via the selection of Save.=passive with a nominalisation|It is recommended that Save is selected.=a hedged recommendation instead of an instruction⟧',
    ],
  },
  {
    id: 'acronym-at-first-use',
    stem: 'An article for small-business owners first mentions SEO. Which sentence introduces it correctly?',
    frames: [
      '⟦Search engine optimisation (SEO) helps customers find you.|SEO helps customers find you.=an unexplained acronym for a general audience|S.E.O. helps customers find you.=dotting the letters does not explain them|SEO helps customers find you (see the glossary).=leaves the reader to look the acronym up elsewhere⟧',
    ],
  },
  {
    id: 'front-loaded-bullets',
    stem: 'Readers scan the first words of each bullet. Which bullet puts the key information first?',
    frames: [
      '⟦Free returns within 30 days of delivery|If you are not happy with your order for any reason, returns are free=the key words come last|It is worth knowing that all of our returns are free=filler before the point|Our policy, which many customers appreciate, offers free returns=an aside delays the point⟧',
    ],
  },
  {
    id: 'consistent-terms',
    stem: 'A checkout flow calls the same thing by one name throughout. Which set of labels does that?',
    frames: [
      '⟦Basket · View basket · Your basket is empty|Basket · View cart · Your bag is empty=three names for one thing make users wonder if they differ|Cart · View basket · Your trolley is empty=three names for one thing make users wonder if they differ|Bag · View bag · Your cart is empty=switches name at the last step⟧',
    ],
  },
  {
    id: 'no-cliche-opener',
    stem: 'Which opening line for a blog post on invoicing gets to the point?',
    frames: [
      '⟦Late invoices cost small firms an average of 10 hours a month.|In today’s fast-paced business world, every minute of every day counts more than ever.=a cliché opener that says nothing|Since the dawn of commerce, people have sent invoices.=a grand preamble that delays the point|Invoicing. We all do it. But do we do it well?=a rhetorical warm-up that delays the point⟧',
    ],
  },
  {
    id: 'one-message-per-email',
    stem: 'A customer email must get customers to update their billing address. Which plan serves that?',
    frames: [
      '⟦One short email on the address update, with one button to do it|The address request as item four of a monthly newsletter=buries the one action among others|A long email covering the address, a new feature and a survey=three asks compete for one action|An email asking customers to call support about their address=adds friction where a button would do⟧',
    ],
  },
  {
    id: 'numbers-for-scanning',
    stem: 'Which sentence makes a price change easiest to take in at a glance?',
    frames: [
      '⟦Your plan rises from £10 to £12 a month on 1 May.|Your plan will see an increase of twenty per cent from the first of May.=hides the new price behind a percentage in words|Pricing for your plan is being revised upwards in the near future.=vague: no amount and no date|A small adjustment to your monthly plan is coming soon.=euphemism: no amount and no date⟧',
    ],
  },
  {
    id: 'positive-phrasing',
    stem: 'Which line tells customers what they can do, rather than what they cannot?',
    frames: [
      '⟦You can return unworn shoes within 30 days.|Shoes cannot be returned if worn or after 30 days.=leads with the refusal instead of the option|No returns after 30 days or on worn shoes.=a prohibition where a permission says the same|Returns are not accepted unless unworn and within 30 days.=a negative condition the reader has to untangle⟧',
    ],
  },
  {
    id: 'numbered-steps',
    stem: 'Four steps must be done in order. Which format suits them best?',
    frames: [
      '⟦A numbered list, one step per item|A bulleted list, one step per item=bullets do not show order|One paragraph with the four steps joined by then=buries the steps in running text|A table with the steps as column headings=a table implies comparison, not sequence⟧',
    ],
  },
  {
    id: 'bold-key-phrase',
    stem: 'How should bold type be used in scannable web copy?',
    frames: [
      '⟦On a few key words that carry the point of a paragraph|On whole paragraphs that matter most=bold everywhere stands out nowhere|On every product name, each time it appears=repetition, not the point, gets the emphasis|Never: readers ignore it=skilful bold helps scanning readers find the point⟧',
    ],
  },
  {
    id: 'cold-email-opener',
    stem: 'Which opening line of a cold sales email respects a busy buyer’s time?',
    frames: [
      '⟦Your team posted three bookkeeper jobs this month – we place vetted bookkeepers in 48 hours.|I hope this email finds you well.=a filler opener that delays the point|I know you’re busy, but I’d love 30 minutes of your time.=asks for time before giving a reason|My name is Sam and I work at Northwind, a company founded in 2015 that has grown to 40 people.=talks about the sender before the buyer’s need⟧',
    ],
  },
]
