import type { UsageFamily } from '../editing/editing-model.js'

/**
 * Headlines, calls to action and interface microcopy: each key does the one job the brief in the
 * stem sets, each wrong version fails it in a named way a copywriter is trained out of.
 */
export const HEADLINE_CTA_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'cta-says-what-happens',
    stem: 'A form lets visitors download a free invoice template. Which button label tells them what the click does?',
    frames: [
      '⟦Download the template|Submit=a generic form label says nothing about what the visitor gets|Click here=names the gesture, not the result|Learn more=promises reading, not a download|Continue to the next step of the process=a vague step label hides the outcome⟧',
    ],
  },
  {
    id: 'cta-answers-objection',
    stem: 'The free trial needs no card, but research shows visitors hesitate because they fear being charged. Which button copy answers that fear?',
    frames: [
      '⟦Start free trial – no card needed|Start your free trial today=repeats the offer without answering the objection|Buy now=implies payment for a free trial|Sign up=a generic label that answers nothing|Start your 14-day free trial with full access=describes the trial and leaves the fear of charges unanswered|Join thousands of happy customers=social proof that leaves the fear of charges unanswered⟧',
    ],
  },
  {
    id: 'headline-clear-for-cold-traffic',
    stem: 'A landing page gets visitors who have never heard of the brand. Which headline tells them what the product does?',
    frames: [
      '⟦Accounting software that files your VAT returns for you|Tax-tastic!=a pun that hides what the product is|Meet Ledgerly=a brand name means nothing to a cold audience|The future of finance is here=a vague claim that names no product or task|Your business deserves a smarter, simpler, friendlier kind of finance=vague adjectives that name no product or task⟧',
    ],
  },
  {
    id: 'subject-line-offer-first',
    stem: 'Mobile inboxes cut subject lines after about 35 characters. Which subject line puts the offer where it will be seen?',
    frames: [
      '⟦20 % off all boots this weekend – Northwind|Northwind weekend newsletter: inside, 20 % off boots=buries the offer after the cut-off|Hello from the Northwind team – news and offers=no offer in view at all|Our big weekend event has started, with boots 20 % off=the offer comes after the cut-off⟧',
    ],
  },
  {
    id: 'ad-to-page-message-match',
    stem: 'A search ad promises "50 % off running shoes". Which landing-page headline keeps the message match?',
    frames: [
      '⟦Running shoes, now 50 % off|Welcome to Northwind Sports=a generic welcome breaks the ad’s promise|New season trainers have arrived=a different offer from the one clicked|Browse our full range of sportswear and equipment=sends the visitor hunting for the offer⟧',
    ],
  },
  {
    id: 'headline-reader-outcome',
    stem: 'Which headline for invoicing software is written about the reader’s outcome rather than the company?',
    frames: [
      '⟦Get paid faster with invoices that chase themselves|We are the leading invoicing platform in Europe, trusted since 2012=talks about the company, not the reader|Our award-winning team built a better invoice=centres the makers, not the reader’s gain|Founded in 2012, trusted by many=company history, not an outcome⟧',
    ],
  },
  {
    id: 'form-error-message',
    stem: 'A date field rejects "31-02-2026". Which error message helps the user fix it?',
    frames: [
      '⟦Enter a real date, for example 28/02/2026|Invalid input=says something is wrong but not what or how to fix it|Error 422: validation failed=a technical code the user cannot act on|You entered the date wrong!=blames the user and gives no fix|Oops! Something went wrong on our side, please try again=blames the system and hides the real problem⟧',
    ],
  },
  {
    id: 'destructive-confirm-buttons',
    stem: 'A dialog asks users to confirm deleting a project. Which pair of button labels is clearest?',
    frames: [
      '⟦Delete project / Cancel|OK / Cancel=OK does not say that something will be deleted|Yes / No=forces the user to reread the question to know what Yes does|Continue / Go back=neither label names the deletion|Yes, I’m sure / No, take me back=neither label names the deletion⟧',
    ],
  },
  {
    id: 'email-preheader',
    stem: 'What is an email’s preview text (preheader)?',
    frames: [
      '⟦Text many inboxes show after the subject line|It is hidden from readers and only read by spam filters=preview text is shown to readers|It sets the name the email appears to come from=confuses preview text with the sender name|It is the alt text for the header image=confuses preview text with image alt text⟧',
    ],
  },
  {
    id: 'headline-specific-outcome',
    stem: 'Which headline makes the most specific promise for a meal-kit service?',
    frames: [
      '⟦Dinner on the table in 20 minutes, with no shopping|Make mealtimes better=a vague promise with nothing concrete|Revolutionise the way you eat=a grand abstraction with no outcome|Quality ingredients, great taste=generic qualities every rival claims|Delicious, nutritious and convenient meals the whole family will love=generic qualities every rival claims⟧',
    ],
  },
  {
    id: 'single-primary-cta',
    stem: 'A landing page for a webinar exists to get registrations. Which plan for its calls to action serves that goal?',
    frames: [
      '⟦One “Save my seat” button, repeated down the page|Equal buttons for registering, the blog, the shop and social media=competing actions dilute the one goal|No button: a link to the registration page in the footer=hides the action the page exists for|A “Learn more” button that leads to the home page=sends visitors away from the goal⟧',
    ],
  },
  {
    id: 'button-keeps-its-promise',
    stem: 'A button reads "Get my free quote". What should the next screen be?',
    frames: [
      '⟦A short form that produces the quote|A page asking for card details first=breaks the promise of a free quote|A sales video about the company=delays what the button promised|A sign-up form for the newsletter=swaps the promised quote for something else⟧',
    ],
  },
  {
    id: 'headline-active-voice',
    stem: 'Which headline is in the active voice?',
    frames: [
      '⟦Our app halves the time you spend on invoices|Invoicing time is halved by our app=passive: the subject receives the action|The time spent on invoices has been halved=passive with no one doing the halving|Halved invoicing time is what is offered by our app=passive and padded⟧',
    ],
  },
  {
    id: 'informative-subheading',
    stem: 'A help page explains refunds. Which subheading lets a reader who only scans get the point?',
    frames: [
      '⟦Refunds reach your card within 5 working days|Refunds=a topic label that carries no information|Good to know=a vague heading that could sit over anything|A quick note about your money and what happens to it next=long, vague and still says nothing⟧',
    ],
  },
  {
    id: 'sign-up-reassurance',
    stem: 'A newsletter goes out once a week. Visitors hesitate at its form because they fear a flood of email. Which line under the button answers that?',
    frames: [
      '⟦One email a week. Unsubscribe with one click.|We respect your privacy.=a vague assurance that does not say how often you will be emailed|By signing up you agree to receive marketing from us and our partners.=adds a new fear instead of answering one|No spam!!!=shouting and vague⟧',
    ],
  },
  {
    id: 'specific-testimonial',
    stem: 'Which testimonial (used with the customer’s permission) gives the strongest evidence?',
    frames: [
      '⟦“We cut month-end closing from 6 days to 2.” – Priya Shah, Finance Director, Acme Ltd|“Great service!” – A happy customer=anonymous and vague, so nothing can be checked|“Highly recommended, five stars.” – J.=a praise formula with no result and no name|“From the very first call, the whole team made us feel that nothing was too much trouble.” – Sam=praises manners, not a result⟧',
    ],
  },
  {
    id: 'link-text-in-email',
    stem: 'In a product-launch email, which link text tells readers where the link goes?',
    frames: [
      '⟦See the new spring collection|Click here=generic text that says nothing about the destination|https://shop.example.com/c/spring-2026?utm_source=email=a raw URL is hard to read and says little|More=a single vague word⟧',
    ],
  },
  {
    id: 'headline-benefit-not-process',
    stem: 'Which headline for a password manager leads with what the user gains?',
    frames: [
      '⟦Never reset a forgotten password again|Uses AES-256 encryption with zero-knowledge architecture=leads with how it works, not what the user gains|Now available on iOS, Android and desktop=availability, not a gain|Version 5.0 is here with 40 new features=a release note, not a gain⟧',
    ],
  },
  {
    id: 'merge-field-fallback',
    stem: 'A subject line starts with the customer’s first name, but some records have no name. Which subject line should those customers get?',
    frames: [
      '⟦Good news: your order has shipped|Hi , your order has shipped=an empty merge field leaves a broken greeting|Hi {first_name}, your order has shipped=the raw merge token is shown to the reader|Hi CUSTOMER_NAME, your order has shipped=a placeholder value is shown to the reader⟧',
    ],
  },
  {
    id: 'email-image-alt-text',
    stem: 'Many inboxes block images by default. An email’s only banner image says “20 % off all boots this weekend”. Which alt text should it carry?',
    language: 'html',
    frames: [
      '<img src="banner.png" alt="⟦20 % off all boots this weekend|^=an empty alt marks the image as decorative, so the offer is lost|banner.png=a file name tells the reader nothing|Image=a generic word tells the reader nothing|Northwind banner with boots and autumn leaves=describes the picture but drops the offer it states⟧">',
    ],
  },
  {
    id: 'deadline-in-request',
    stem: 'An email asks clients to approve a draft. Which request makes the ask clear?',
    frames: [
      '⟦Please approve the draft by 5 pm on Friday 6 March.|Please approve the draft at your earliest convenience.=no deadline, so the ask can wait forever|Please approve the draft soon.=a vague deadline|Let me know your thoughts on the draft whenever you get a chance.=turns an approval into an open-ended chat⟧',
    ],
  },
]
