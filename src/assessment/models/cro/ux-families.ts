import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family, figures, fmt, percent, purse, worded } from './cro-calc.js'

const n = (v: number) => fmt(v, 0)

/** Form fields a checkout needs to fulfil a physical order, and ones it does not. */
export const NEEDED = ['Email', 'Delivery address', 'Postcode', 'Card number']
export const NOT_NEEDED = [
  'Date of birth',
  'Company name',
  'Referral source',
  'Fax number',
  'Gender',
]
/**
 * Landing-page and form practice: each stem gives only the page, the form or the research facts,
 * and the key is what established usability and CRO practice does there (labels above fields,
 * guest checkout, costs shown early, specific social proof); every distractor breaks that
 * practice in one named way. The candidate must know the practice: no stem states it.
 */
export const UX_FAMILIES: readonly ScenarioFamily[] = [
  family('checkout-field-to-remove', (rng) => {
    const extra = rng.pick(NOT_NEEDED)
    const keep = rng.shuffle(NEEDED)
    return worded(rng, {
      stem: `A checkout for physical goods asks for: ${rng.shuffle([...keep, extra]).join(', ')}. To shorten the form, which field should go?`,
      key: extra,
      wrong: keep.map((f) => [f, 'removes a field needed to fulfil the order'] as const),
      facts: { fields: [...keep, extra] },
    })
  }),
  family('tap-target-size', (rng) => {
    const min = rng.pick([44, 48])
    const sizes = rng.shuffle([
      [min + rng.int(0, 8), min + rng.int(0, 8)],
      [min - rng.int(4, 12), min + rng.int(2, 10)],
      [min + rng.int(2, 10), min - rng.int(4, 12)],
      [min - rng.int(10, 20), min - rng.int(10, 20)],
    ])
    const ok = sizes.find(([w, h]) => w! >= min && h! >= min)!
    const [system, unit] =
      min === 48
        ? ['Material Design (Android)', 'dp']
        : ['Apple’s Human Interface Guidelines (iOS)', 'pt']
    const text = ([w, h]: number[]) => `${w} × ${h} ${unit}`
    return worded(rng, {
      stem: `A mobile checkout is built to ${system}. Which size of its pay button meets that system’s minimum tap target?`,
      key: text(ok),
      wrong: sizes
        .filter((s) => s !== ok)
        .map(
          (s) =>
            [
              text(s),
              s[0]! < min && s[1]! < min
                ? 'too small in both directions'
                : s[0]! < min
                  ? 'too narrow for the guideline'
                  : 'too short for the guideline',
            ] as const,
        ),
      facts: { min, sizes },
    })
  }),
  family('discount-shown-as-saving', (rng) => {
    const { m } = purse(rng)
    const was = rng.int(40, 400)
    const now = Math.round(was * (1 - rng.int(10, 45) / 100))
    return figures(rng, {
      stem: `A product page shows “was ${m(was)}, now ${m(now)}”. The badge states the saving in percent. What percentage should it show?`,
      key: ['div', [was - now, was]],
      wrong: [
        [['div', [was - now, now]], 'takes the sale price as the base'],
        [['div', [now, was]], 'gives the sale price as a share of the original'],
        [
          ['div', [2 * (was - now), was + now]],
          'uses the percentage-difference formula, the mean of the two prices as base',
        ],
      ],
      dp: 0,
      scale: 100,
      show: percent,
    })
  }),
  family('form-abandonment-rate', (rng) => {
    const views = rng.int(5, 30) * 1000
    const started = Math.round(views * (rng.int(30, 60) / 100))
    const done = Math.round(started * (rng.int(30, 70) / 100))
    return figures(rng, {
      stem: `A lead form was viewed ${n(views)} times, started (first field filled) ${n(started)} times and submitted ${n(done)} times. Form abandonment is the share of starters who did not submit. What is it?`,
      key: ['div', [started - done, started]],
      wrong: [
        [['div', [views - done, views]], 'counts visitors who never started'],
        [['div', [done, started]], 'gives the completion rate'],
        [['div', [started - done, views]], 'divides by form views'],
        [['div', [views - started, views]], 'gives the share who never started'],
        [['div', [started - done, done]], 'divides by submissions'],
      ],
      dp: 1,
      scale: 100,
      show: percent,
    })
  }),
  family('inline-error-message', (rng) => {
    const field = rng.pick(['postcode', 'phone number', 'card expiry date', 'email address'])
    const fix = {
      postcode: 'Enter a postcode like SW1A 1AA',
      'phone number': 'Enter a phone number with 10 or 11 digits',
      'card expiry date': 'Enter the expiry date as MM/YY',
      'email address': 'Enter an email address like name@example.com',
    }[field]!
    return worded(rng, {
      stem: `A visitor mistypes the ${field} on a checkout form. Which inline error message, shown beside the field, follows form-usability practice?`,
      key: fix,
      wrong: [
        ['Error 422: validation failed', 'uses a code, not plain words'],
        [`Invalid ${field}`, 'says what is wrong, not how to fix it'],
        ['Please check the form for errors', 'points nowhere and says nothing to fix'],
        [`Your ${field} is wrong, try again`, 'blames the visitor and gives no fix'],
      ],
      facts: { field },
    })
  }),
  family('labels-above-fields', (rng) => {
    const form = rng.pick(['a sign-up form', 'a quote request form', 'a checkout address form'])
    return worded(rng, {
      stem: `The specialist is reviewing the field labels of ${form}. Which layout follows form-usability practice?`,
      key: 'A label above each field, hint text below',
      wrong: [
        [
          'Placeholder text inside each field as the only label',
          'the label vanishes once typing starts',
        ],
        ['No labels, relying on field order to explain them', 'leaves fields unexplained'],
        ['Labels shown only on hover', 'hides labels on touch screens'],
        ['One instruction line above the form', 'gives no label per field'],
      ],
      facts: { form },
    })
  }),
  family('trust-signal-placement', (rng) => {
    const signal = rng.pick([
      'a secure-payment badge',
      'the card brands accepted',
      'a money-back guarantee note',
    ])
    return worded(rng, {
      stem: `Where in the checkout journey should ${signal} go to do the most for conversion?`,
      key: 'Beside the payment fields',
      wrong: [
        ['In the site footer on every page', 'far from where the worry arises'],
        ['On the home page hero banner only', 'shown before payment is a concern'],
        ['In the order confirmation email', 'shown after the decision is made'],
        ['On the About us page', 'where few buyers look during checkout'],
        ['In the cookie banner', 'dismissed before checkout begins'],
      ],
      facts: { signal },
    })
  }),
  family('guest-checkout', (rng) => {
    const share = rng.int(20, 45)
    return worded(rng, {
      stem: `Exit surveys show ${share} % of checkout leavers cite “having to create an account”. The client still wants to grow accounts. Which change follows the usual practice?`,
      key: 'Offer guest checkout, account optional after',
      wrong: [
        ['Require the account but shorten the sign-up form', 'keeps the barrier visitors named'],
        [
          'Move the account step to the very end, still required',
          'moves the barrier without removing it',
        ],
        ['Add social login as the only way to buy', 'replaces one forced account with another'],
        ['Offer a discount for creating an account first', 'pays visitors to clear the barrier'],
      ],
      facts: { share },
    })
  }),
  family('shipping-cost-disclosure', (rng) => {
    const step = rng.pick(['the last checkout step', 'the payment page', 'the order review'])
    return worded(rng, {
      stem: `Delivery costs first appear on ${step}, and surveys name surprise costs as a reason to leave. What should change?`,
      key: 'Show delivery costs on product and cart pages',
      wrong: [
        ['Raise prices to include delivery, silently', 'hides the cost instead of stating it'],
        ['Show delivery costs after payment is taken', 'makes the surprise worse'],
        ['Add a countdown timer to the checkout', 'adds pressure instead of clarity'],
        ['Remove the delivery line from the order review', 'hides the cost at the last step'],
        [
          'Offer free delivery on every order regardless of margin',
          'removes the cost at a loss instead of disclosing it',
        ],
      ],
      facts: { step },
    })
  }),
  family('specific-social-proof', (rng) => {
    const reviews = rng.int(200, 5000)
    const stars = (rng.int(41, 49) / 10).toFixed(1)
    return worded(rng, {
      stem: `The shop has ${n(reviews)} reviews on an independent review site, averaging ${stars} stars. Which social-proof line should the product page carry?`,
      key: `Rated ${stars}/5 from ${n(reviews)} verified reviews`,
      wrong: [
        ['Loved by customers everywhere', 'is vague and uncheckable'],
        ['The best shop on the internet', 'is a claim, not proof'],
        [`Rated 5/5 by our customers`, 'rounds the rating up'],
        ['Thousands of happy customers', 'gives no checkable figure'],
        [`Rated ${stars}/5 by experts`, 'credits the rating to unnamed experts'],
        [`${n(reviews)} reviews from customers we picked`, 'cherry-picks the reviewers'],
        [
          `Over ${n(reviews * 10)} happy customers`,
          'inflates the figure beyond what can be checked',
        ],
        [
          'Customers say we are the most trusted shop in the whole country',
          'is an unverifiable claim',
        ],
        [
          `Over ${n(reviews * 10)} happy customers and counting every single day`,
          'gives a figure no one can check',
        ],
      ],
      facts: { reviews, stars },
    })
  }),
  family('headline-states-the-offer', (rng) => {
    const [offer, key] = rng.pick([
      ['same-day flower delivery in London', 'Flowers delivered in London today'],
      ['accounting software for freelancers', 'Invoices and taxes sorted for freelancers'],
      ['online Spanish lessons with native tutors', 'Learn Spanish live with native tutors'],
    ] as const)
    return worded(rng, {
      stem: `A landing page sells ${offer}. Which headline best states its value proposition?`,
      key,
      wrong: [
        ['Welcome to our website', 'says nothing about the offer'],
        ['Synergistic solutions for tomorrow', 'is jargon with no offer'],
        [
          'We are passionate about what we do, every single day, for you',
          'talks about the company and names no offer',
        ],
        ['Innovation. Quality. Trust.', 'lists values instead of the offer'],
        [
          'The leading provider of best-in-class next-generation offerings',
          'is jargon with no offer',
        ],
      ],
      facts: { offer },
    })
  }),
  family('password-rules-shown-up-front', (rng) => {
    const len = rng.pick([8, 10, 12])
    return worded(rng, {
      stem: `The sign-up form requires passwords of at least ${len} characters with a number. Many sign-ups fail on the password field. Which design follows form-usability practice?`,
      key: `A hint below the field: ${len}+ characters and a number`,
      wrong: [
        [
          'Error after submit: “Password does not meet requirements”',
          'states the rules only after failure',
        ],
        ['No hint; the rules are in the help centre', 'hides the rules'],
        ['A strength meter with no stated rules', 'grades without saying what is needed'],
        ['Rules shown in the confirmation email', 'tells visitors after they signed up'],
        [
          'A pop-up listing the rules after the third failed attempt to sign up',
          'states the rules only after failure',
        ],
      ],
      facts: { len },
    })
  }),
  family('one-primary-cta-per-view', (rng) => {
    const goal = rng.pick(['book a demo', 'start a trial', 'request a quote'])
    return worded(rng, {
      stem: `A landing page's goal is to ${goal}. The hero has four equally styled buttons, one for each thing the page links to. What should change?`,
      key: `Make “${goal}” the one primary button`,
      wrong: [
        [`Make all four buttons as bold as “${goal}”`, 'keeps four equal calls'],
        [`Remove every button but keep “${goal}” in the menu`, 'hides the goal’s CTA in the menu'],
        ['Give each button a different bright colour', 'keeps them competing'],
        [`Add a fifth “${goal}” button to the hero`, 'adds competition instead of hierarchy'],
        [
          'Keep all four equal and add an arrow pointing at the goal button',
          'keeps four competing calls',
        ],
        [
          'Move all four buttons into a carousel that rotates every few seconds',
          'hides three calls behind motion',
        ],
      ],
      facts: { goal },
    })
  }),
  family('single-column-form-order', (rng) => {
    const form = rng.pick(['a contact form', 'a quote request', 'a trial sign-up'])
    return worded(rng, {
      stem: `${form} asks for a name, an email address and the request itself. Which layout follows form-usability practice?`,
      key: 'One column: name, email, then the request',
      wrong: [
        ['Two columns: name beside email, request below', 'splits the form into two columns'],
        [
          'Two columns: name and email on the left, the request on the right',
          'splits the form into two columns',
        ],
        ['Three columns of fields with the request in the middle one', 'uses several columns'],
        ['A two-by-two grid of fields', 'uses several columns'],
        ['Name and request side by side', 'pairs fields in a row'],
      ],
      facts: { form },
    })
  }),
  family('checkout-progress-indicator', (rng) => {
    const steps = rng.pick([
      ['Basket', 'Delivery', 'Payment', 'Review'],
      ['Details', 'Delivery', 'Payment'],
      ['Account', 'Address', 'Shipping', 'Payment', 'Confirm'],
    ])
    const at = rng.int(1, steps.length - 1)
    const name = steps[at]!
    return worded(rng, {
      stem: `The checkout has the steps ${steps.join(', ')}. The visitor is on ${name}. Which progress indicator follows checkout-usability practice?`,
      key: `Step ${at + 1} of ${steps.length}: ${name}`,
      wrong: [
        [name, 'gives no position or total'],
        [`Step ${at + 1}`, 'gives no total or step name'],
        [`${Math.round((at / steps.length) * 100)} % done`, 'gives no step name or count'],
        [`Step ${at} of ${steps.length}: ${name}`, 'counts the steps from zero'],
        [`${name} (next: ${steps[at + 1] ?? 'done'})`, 'gives no position or total'],
      ],
      facts: { steps, at },
    })
  }),
  family('marking-the-optional-field', (rng) => {
    const field = rng.pick(['Phone', 'Company', 'Job title', 'Address line 2'])
    return worded(rng, {
      stem: `On a form every field but one is required, and the required fields carry no marker. The exception is “${field}”. How should that field be labelled?`,
      key: `${field} (optional)`,
      wrong: [
        [`${field} ✱`, 'marks with a symbol instead of words'],
        [field, 'leaves the exception unmarked'],
        [`${field} (required)`, 'marks the rule instead of the exception'],
        [
          `${field} (optional, but we recommend filling it in)`,
          'adds pressure to an optional field',
        ],
      ],
      facts: { field },
    })
  }),
  family('button-copy-matches-the-outcome', (rng) => {
    const [step, key] = rng.pick([
      ['places a paid order', 'Pay now'],
      ['saves the basket without paying', 'Save basket'],
      ['sends a quote request to the sales team', 'Request quote'],
    ] as const)
    return worded(rng, {
      stem: `A form's main button ${step}. Which label should it carry?`,
      key,
      wrong: [
        ['Continue', 'hides what happens next'],
        ['Submit', 'names the form action, not the outcome'],
        ['OK', 'says nothing about the outcome'],
        ['Click here to proceed to the next step', 'describes the click, not the outcome'],
        ['Yes, I agree to everything', 'asks for consent instead of naming the action'],
      ],
      facts: { step },
    })
  }),
]
