import {
  addDays,
  addWorkdays,
  company,
  day,
  ENGLISH,
  FILM,
  family,
  gbp,
  pounds,
  share,
  TECH,
  trade,
  weekend,
  workday,
} from './clb-text.js'

// What the contract says once read properly: which terms are incorporated and how they are
// classified, exclusions and caps under the Unfair Contract Terms Act 1977 (the court's
// reasonableness finding stated), entire agreement, precedence and ambiguous pricing, so that the
// figures a client or freelancer would quote from a half-read clause are the wrong options.

/** What the innocent party may do, as the term-classification family's options state it. */
export const REMEDY_OPTIONS = {
  end: 'Terminate the contract and claim damages',
  damages: 'Claim damages only; the contract continues',
  endOnly: 'Terminate the contract but claim no damages',
  rescind: 'Rescind the contract from the start and recover everything paid',
} as const

/** Bank holidays in England from Christmas 2025 to New Year 2028, substitute days included. */
const ENGLISH_BANK_HOLIDAYS = [
  '2025-12-25',
  '2025-12-26',
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27',
  '2027-12-28',
  '2028-01-03',
]

export const TERMS_FAMILIES = [
  family('clb-term-classification', (rng) => {
    const kind = rng.pick(['condition', 'warranty', 'serious', 'minor'] as const)
    const late = rng.int(2, 9)
    const facts = {
      condition: `the contract states that on-time delivery “is a condition”, and delivery is ${late} days late`,
      warranty: `the contract states that the style guide clause “is a warranty”, and ${late} pages breach it`,
      serious: `the term on meeting the launch date is not classified; delivery is ${late} weeks late and the client loses substantially the whole benefit of the launch`,
      minor: `the term on meeting the launch date is not classified; delivery is ${late} days late and the client loses only a little internal time`,
    }[kind]
    const ends = kind === 'condition' || kind === 'serious'
    return {
      stem: `${ENGLISH} ${company(rng)} engages ${trade(rng)}; ${facts}. Breach of a condition lets the innocent party terminate and claim damages; breach of a warranty gives damages only; for an unclassified (innominate) term it depends on whether the breach deprives the innocent party of substantially the whole benefit (Hong Kong Fir). What may the client do?`,
      key: ends ? REMEDY_OPTIONS.end : REMEDY_OPTIONS.damages,
      wrong: [
        ends
          ? [
              REMEDY_OPTIONS.damages,
              kind === 'condition'
                ? 'weighs the consequences of breaching a stated condition'
                : 'treats an innominate term as a warranty whatever the consequences',
            ]
          : [
              REMEDY_OPTIONS.end,
              kind === 'warranty'
                ? 'lets breach of a warranty end the contract'
                : 'treats an innominate term as a condition despite minor consequences',
            ],
        [REMEDY_OPTIONS.endOnly, 'thinks terminating gives up the right to damages'],
        [REMEDY_OPTIONS.rescind, 'confuses termination for breach with rescission'],
      ],
      figures: { kind },
    }
  }),
  family('clb-terms-after-contract', (rng) => {
    const loss = pounds(rng, 3000, 12000, 100)
    const cap = pounds(rng, 500, 2500, 100)
    const fee = pounds(rng, 800, 4000, 100)
    const before = rng.next() < 0.5
    const d1 = workday(rng)
    const d2 = before ? addDays(d1, -rng.int(2, 6)) : addWorkdays(d1, 2)
    return {
      stem: `${ENGLISH} ${company(rng)} books ${trade(rng)} for a ${gbp(fee)} job by email exchange, agreed on ${day(d1)}. The freelancer’s terms, capping liability at ${gbp(cap)}, were emailed to the client on ${day(d2)}. The freelancer’s breach causes the client a ${gbp(loss)} loss, all recoverable unless a cap applies, and the court finds such a cap reasonable. Terms first given after the contract is made are not part of it (Olley v Marlborough Court). How much can the client recover?`,
      key: gbp(before ? cap : loss),
      wrong: [
        before
          ? [gbp(loss), 'ignores terms given before the contract was agreed']
          : [gbp(cap), 'applies a cap first given after the contract was made'],
        [gbp(fee), 'limits the claim to the fee paid'],
        [gbp(loss - cap), 'deducts the cap from the loss'],
        [gbp(loss + fee), 'adds a refund of the fee to the loss'],
        [gbp(0), 'treats the cap as excluding liability altogether'],
      ],
      figures: { loss, cap, fee, before: before ? 1 : 0, d1, d2 },
    }
  }),
  family('clb-signed-unread-cap', (rng) => {
    const loss = pounds(rng, 2000, 9000, 100)
    const fee = pounds(rng, 400, 1500, 50)
    const told = rng.next() < 0.5
    const said = told
      ? ' When the client asked, the freelancer said the form “only limits liability for lost files”; the loss is a missed deadline, not lost files.'
      : ''
    return {
      stem: `${ENGLISH} ${company(rng)} signs ${trade(rng)}’s booking form without reading it; it limits the freelancer’s liability to the ${gbp(fee)} fee.${said} A breach causes the client a ${gbp(loss)} loss, and the court finds the cap reasonable. A signed document binds whether read or not (L’Estrange v Graucob), but not beyond what the party relying on it misrepresented it to cover (Curtis v Chemical Cleaning). How much can the client recover?`,
      key: gbp(told ? loss : fee),
      wrong: [
        told
          ? [gbp(fee), 'applies the cap beyond what the freelancer said it covered']
          : [gbp(loss), 'lets an unread signed term fall away'],
        [gbp(loss - fee), 'deducts the fee from the loss'],
        [gbp(loss + fee), 'adds a refund of the fee to the loss'],
        [gbp(0), 'treats the cap as excluding liability altogether'],
      ],
      figures: { loss, fee, told: told ? 1 : 0 },
    }
  }),
  family('clb-onerous-holding-fee', (rng) => {
    const n = rng.int(12, 60)
    const weeks = rng.int(2, 5)
    const daily = rng.pick([300, 400, 500])
    const weekly = rng.pick([250, 350, 450])
    const shown = rng.next() < 0.5
    const notice = shown
      ? 'printed in bold in a red box on the delivery note and pointed out to the client'
      : 'buried in small print and never drawn to the client’s attention'
    const full = n * daily * weeks * 7
    const fair = n * weekly * weeks
    return {
      stem: `${ENGLISH} ${trade(rng, ['a freelance photographer'])} lends ${n} archive images to ${company(rng)}. A clause charging a holding fee of ${gbp(daily)} per image per day for late return is ${notice}. The images come back ${weeks} weeks (${weeks * 7} days) late. An unusual and onerous clause must be fairly brought to the other party’s attention (Interfoto v Stiletto); if it is not, the court awards a reasonable charge, here ${gbp(weekly)} per image per week. How much is due?`,
      key: gbp(shown ? full : fair),
      wrong: [
        shown
          ? [gbp(fair), 'replaces a clause properly brought to notice']
          : [gbp(full), 'enforces an onerous clause never drawn to attention'],
        [gbp(0), 'awards nothing once the clause fails'],
        [gbp(daily * weeks * 7), 'charges for one image only'],
        [gbp(n * daily * weeks), 'charges the daily fee per week'],
        [gbp(n * weekly * weeks * 7), 'charges the weekly charge per day'],
      ],
      figures: { n, weeks, daily, weekly, shown: shown ? 1 : 0 },
    }
  }),
  family('clb-ucta-injury-and-property', (rng) => {
    const injury = pounds(rng, 3000, 15000, 100)
    const property = pounds(rng, 2000, 8000, 100)
    const cap = pounds(rng, 500, 1900, 100)
    return {
      stem: `${ENGLISH} ${trade(rng, FILM)} on a shoot at the shop of a sole-trader client negligently leaves a cable across a walkway. The client herself trips over it and is injured (damages ${gbp(injury)}), and her shop equipment is damaged (${gbp(property)}). The contract caps the freelancer’s liability for all loss at ${gbp(cap)}, and the court finds the cap reasonable. Under the Unfair Contract Terms Act 1977, s 2(1), liability for death or personal injury from negligence cannot be excluded or restricted; other negligence losses may be, if reasonable (s 2(2)). How much is recoverable?`,
      key: gbp(injury + cap),
      wrong: [
        [gbp(cap), 'applies the cap to the injury claim too'],
        [gbp(injury + property), 'ignores the reasonable cap on the property loss'],
        [gbp(injury), 'treats the property loss as excluded altogether'],
        [gbp(property + cap), 'swaps the heads, capping the injury claim'],
        [gbp(cap + cap), 'applies the cap separately to each head of loss'],
      ],
      figures: { injury, property, cap },
    }
  }),
  family('clb-cap-on-fees-paid', (rng) => {
    const monthly = Array.from({ length: 14 }, () => pounds(rng, 600, 2400, 50))
    const pct = rng.pick([100, 125, 150, 200])
    const last12 = monthly.slice(2).reduce((a, b) => a + b, 0)
    const all = monthly.reduce((a, b) => a + b, 0)
    const loss = share(last12, pct, 100) + pounds(rng, 3000, 9000, 100)
    const months = monthly.map((m, i) => `month ${i + 1}: ${gbp(m)}`).join('; ')
    return {
      stem: `${ENGLISH} ${trade(rng)}’s retainer with ${company(rng)} caps the freelancer’s total liability at “${pct}% of the fees paid in the 12 months before the claim”. Fees paid: ${months}. The claim is made just after month 14, for a loss of ${gbp(loss)}, and the court finds the cap reasonable. How much can the client recover?`,
      key: gbp(share(last12, pct, 100)),
      wrong: [
        [gbp(share(all, pct, 100)), 'counts every fee paid, not just the last 12 months'],
        [gbp(last12), 'ignores the stated percentage'],
        [gbp(loss), 'ignores the cap'],
        [
          gbp(
            share(
              monthly.slice(0, 12).reduce((a, b) => a + b, 0),
              pct,
              100,
            ),
          ),
          'counts the first 12 months instead of the last',
        ],
        [gbp(share(monthly[13]!, pct * 12, 100)), 'annualises the last month’s fee'],
      ],
      figures: { monthly: monthly.join(','), pct, loss },
    }
  }),
  family('clb-contra-proferentem-word-count', (rng) => {
    const source = rng.int(3000, 9000)
    const target = source + rng.int(300, 1500)
    const ratePer1000 = pounds(rng, 60, 140, 5)
    const drafter = rng.pick(['freelancer', 'client'] as const)
    const low = share(ratePer1000, source, 1000)
    const high = share(ratePer1000, target, 1000)
    return {
      stem: `${ENGLISH} a translation contract drafted by the ${drafter} prices the work at “${gbp(ratePer1000)} per 1,000 words”, without saying whether source or target words count. The source text has ${source.toLocaleString('en-GB')} words and the translation ${target.toLocaleString('en-GB')}. The ${drafter === 'freelancer' ? 'client' : 'freelancer'} argues for the reading that favours them. Where the ordinary tools leave a term truly ambiguous, it is read against the party who drafted it (contra proferentem). What fee is due?`,
      key: gbp(drafter === 'freelancer' ? low : high),
      wrong: [
        [gbp(drafter === 'freelancer' ? high : low), 'reads the ambiguity in the drafter’s favour'],
        [
          gbp(share(ratePer1000, source + target, 2000)),
          'splits the difference between the readings',
        ],
        [gbp(share(ratePer1000, source + target, 1000)), 'counts source and target words together'],
        [
          gbp(share(ratePer1000, drafter === 'freelancer' ? source : target, 100)),
          'prices per 100 words',
        ],
        [
          gbp(ratePer1000 * Math.floor((drafter === 'freelancer' ? source : target) / 1000)),
          'bills only complete thousands of words',
        ],
        [
          gbp(ratePer1000 * Math.ceil((drafter === 'freelancer' ? source : target) / 1000)),
          'bills every started thousand words as a full thousand',
        ],
      ],
      figures: { source, target, ratePer1000, drafter },
    }
  }),
  family('clb-entire-agreement', (rng) => {
    const rate = pounds(rng, 150, 600, 25)
    const quoted = rate + pounds(rng, 25, 150, 25)
    const used = rng.int(3, 6)
    const included = 1
    const promised = rng.int(2, used - 1)
    return {
      stem: `${ENGLISH} before signing, ${trade(rng)} emailed ${company(rng)} that “${promised} rounds of revisions are included, and further rounds are ${gbp(quoted)} each”. The signed contract includes ${included} round, charges ${gbp(rate)} for each further round and has an entire agreement clause: the signed document is the whole agreement and replaces earlier statements. The client uses ${used} rounds. Applying the entire agreement clause to the contract’s terms, what may the freelancer charge for revisions?`,
      key: gbp((used - included) * rate),
      wrong: [
        [gbp((used - promised) * rate), 'takes the included rounds from the pre-contract email'],
        [gbp(used * rate), 'charges for the included round too'],
        [gbp(0), 'treats all revisions as included'],
        [gbp((used + promised - included) * rate), 'adds the emailed rounds as chargeable extras'],
        [gbp(promised * rate), 'charges for the rounds the email promised'],
        [gbp(rate), 'charges a single extra round'],
        [gbp((used - included) * quoted), 'charges the rate quoted in the pre-contract email'],
        [
          gbp((used - promised) * quoted),
          'applies the pre-contract email in place of the contract',
        ],
      ],
      figures: { rate, quoted, used, promised },
    }
  }),
  family('clb-order-of-precedence', (rng) => {
    const docs = rng.shuffle(['Special Conditions', 'General Conditions', 'Statement of Work'])
    const terms = rng.shuffle([14, 30, 45, 60]).slice(0, 3)
    const inv = workday(rng)
    const rcv = addDays(inv, 2)
    const byDoc = docs.map(
      (d, i) =>
        `the ${d} ${d.endsWith('s') ? 'say' : 'says'} ${terms[i]} days from the invoice date`,
    )
    const order = rng.shuffle([0, 1, 2])
    return {
      stem: `${ENGLISH} ${trade(rng)}’s contract with ${company(rng)} has three documents: ${rng.shuffle(byDoc).join('; ')}. Its precedence clause says that in a conflict the ${docs[order[0]!]} prevails, then the ${docs[order[1]!]}, then the ${docs[order[2]!]}. An invoice dated ${day(inv)} reaches the client on ${day(rcv)}. When is it due?`,
      key: day(addDays(inv, terms[order[0]!]!)),
      wrong: [
        [day(addDays(inv, terms[order[1]!]!)), 'applies the second document in the order'],
        [day(addDays(inv, terms[order[2]!]!)), 'reads the precedence list from the bottom'],
        [day(addDays(rcv, terms[order[0]!]!)), 'counts from receipt, not the invoice date'],
        [day(addWorkdays(inv, terms[order[0]!]!)), 'counts working days, not calendar days'],
      ],
      figures: {
        inv,
        rcv,
        top: terms[order[0]!]!,
        second: terms[order[1]!]!,
        third: terms[order[2]!]!,
      },
    }
  }),
  family('clb-time-of-essence-notice', (rng) => {
    const d = workday(rng)
    const n = addDays(d, rng.int(3, 10))
    const k = rng.pick([7, 10, 14])
    return {
      stem: `${ENGLISH} ${trade(rng)} was due to deliver to ${company(rng)} on ${day(d)}; time was not stated to be of the essence. Delivery is late, and on ${day(n)} the client serves a notice making time of the essence, giving the freelancer until the end of the ${k}th day after the notice to deliver, a period the court finds reasonable. Nothing is delivered. What is the first date on which the client may terminate for the delay?`,
      key: day(addDays(n, k + 1)),
      wrong: [
        [day(addDays(d, 1)), 'treats time as of the essence from the start'],
        [day(n), 'terminates on serving the notice'],
        [day(addDays(n, k)), 'terminates on the last day the freelancer still has to deliver'],
        [day(addDays(d, k + 1)), 'counts the notice period from the original due date'],
      ],
      figures: { d, n, k },
    }
  }),
  family('clb-business-days-defect-notice', (rng) => {
    // A real bank holiday in England, so the stem states no false calendar fact; the delivery day
    // is drawn a few working days before it, and a window holding a second holiday (Easter,
    // Christmas) or starting on one is drawn again.
    const next = (from: string, k: number, skip: string) => {
      let x = from
      for (let i = 0; i < k; ) {
        x = addDays(x, 1)
        if (!weekend(x) && x !== skip) i++
      }
      return x
    }
    for (;;) {
      const n = rng.pick([5, 10, 15])
      const hol = rng.pick(ENGLISH_BANK_HOLIDAYS)
      let d = hol
      for (let k = rng.int(1, n - 1); k > 0; ) {
        d = addDays(d, -1)
        if (!weekend(d)) k--
      }
      const last = next(d, n, hol)
      const others = ENGLISH_BANK_HOLIDAYS.filter(
        (h) => h !== hol && h >= d && h <= addDays(last, 1),
      )
      if (others.length > 0) continue
      return {
        stem: `${ENGLISH} ${trade(rng, ['a freelance web developer', 'a freelance graphic designer'])} delivers a website to ${company(rng)} on ${day(d)}. The contract says defects must be notified “within ${n} Business Days after delivery”, defining a Business Day as a day other than a Saturday, a Sunday or a public holiday in England, and ${day(hol)} is a public holiday. Counting starts the day after delivery. What is the last day for notifying defects?`,
        key: day(last),
        wrong: [
          [day(next(d, n, '')), 'forgets to skip the public holiday'],
          [day(addDays(d, n)), 'counts calendar days'],
          [day(addDays(d, n + 1)), 'counts calendar days plus the holiday'],
        ],
        figures: { d, n, hol },
      }
    }
  }),
  family('clb-indirect-loss-exclusion', (rng) => {
    const fix = pounds(rng, 800, 3000, 50)
    const refunds = pounds(rng, 500, 2500, 50)
    const special = pounds(rng, 3000, 10000, 100)
    return {
      stem: `${ENGLISH} ${trade(rng, TECH)}’s contract with ${company(rng)} excludes liability for “indirect or consequential loss”, and the court finds the exclusion reasonable. The freelancer’s faulty booking software causes: the cost of a replacement fix (${gbp(fix)}) and refunds to the client’s customers (${gbp(refunds)}), both arising naturally from such a failure; and the loss of a special sponsorship deal (${gbp(special)}) that only the client knew about. English courts read “indirect or consequential loss” as loss within the second limb of Hadley v Baxendale. How much can the client recover?`,
      key: gbp(fix + refunds),
      wrong: [
        [gbp(fix + refunds + special), 'ignores the exclusion'],
        [gbp(fix), 'treats the refunds as consequential loss'],
        [gbp(special), 'reads “consequential” as covering only the natural losses'],
        [gbp(0), 'treats every loss flowing from the breach as excluded'],
        [gbp(fix + special), 'swaps the refunds for the special deal'],
        [gbp(refunds + special), 'swaps the cost of the fix for the special deal'],
        [gbp(refunds), 'treats the cost of the fix as consequential loss'],
      ],
      figures: { fix, refunds, special },
    }
  }),
  family('clb-no-oral-modification', (rng) => {
    const rate = pounds(rng, 250, 500, 10)
    const raised = rate + pounds(rng, 50, 150, 10)
    const before = rng.int(5, 12)
    const after = rng.int(5, 15)
    const written = rng.next() < 0.5
    const how = written
      ? 'a variation recorded in writing and signed by both, as the clause requires'
      : 'a phone call, never put in writing'
    return {
      stem: `${ENGLISH} ${trade(rng)}’s contract with ${company(rng)} sets a day rate of ${gbp(rate)} and says it may be varied only in writing signed by both parties. After ${before} days, the parties agree a new rate of ${gbp(raised)} in ${how}; the freelancer then works ${after} more days. A no-oral-modification clause is effective (Rock Advertising v MWB). What is the total fee due?`,
      key: gbp(written ? before * rate + after * raised : (before + after) * rate),
      wrong: [
        written
          ? [gbp((before + after) * rate), 'refuses a variation made in the required form']
          : [gbp(before * rate + after * raised), 'gives effect to an oral variation'],
        [gbp((before + after) * raised), 'applies the new rate to days worked before it'],
        [gbp(after * raised), 'leaves out the days before the variation'],
        [gbp(before * raised + after * rate), 'applies the rates to the wrong periods'],
      ],
      figures: { rate, raised, before, after, written: written ? 1 : 0 },
    }
  }),
  family('clb-deemed-acceptance', (rng) => {
    const d = workday(rng)
    const k = rng.pick([5, 10])
    const pay = rng.pick([14, 30])
    const signed = rng.next() < 0.5
    const s = addWorkdays(d, rng.int(1, k - 1))
    const deemed = addWorkdays(d, k)
    const accept = signed ? s : deemed
    return {
      stem: `${ENGLISH} ${trade(rng)} delivers to ${company(rng)} on ${day(d)}. The contract says: the client may reject within ${k} working days (Monday to Friday) after delivery; if it neither rejects nor accepts in that time, the work is accepted at the end of the period; payment is due ${pay} days after acceptance. ${signed ? `The client signs off the work on ${day(s)}.` : 'The client says nothing.'} When is payment due?`,
      key: day(addDays(accept, pay)),
      wrong: [
        [day(addDays(d, pay)), 'counts from delivery instead of acceptance'],
        [
          day(addDays(signed ? deemed : addDays(d, k), pay)),
          signed
            ? 'waits for the deemed date despite the sign-off'
            : 'counts the acceptance period in calendar days',
        ],
        [day(addWorkdays(accept, pay)), 'counts the payment period in working days'],
        [day(accept), 'makes payment due on acceptance itself'],
      ],
      figures: { d, k, pay, signed: signed ? 1 : 0, s },
    }
  }),
  family('clb-cap-per-claim-and-aggregate', (rng) => {
    const per = pounds(rng, 2000, 5000, 100)
    const agg = per + pounds(rng, 1000, 4000, 100)
    const claims = [
      pounds(rng, 500, 1900, 50),
      per + pounds(rng, 200, 3000, 100),
      per + pounds(rng, 200, 3000, 100),
    ]
    const each = claims.map((c) => Math.min(c, per))
    const sumEach = each.reduce((a, b) => a + b, 0)
    const total = claims.reduce((a, b) => a + b, 0)
    return {
      stem: `${ENGLISH} ${trade(rng)}’s contract with ${company(rng)} caps liability at ${gbp(per)} for any one claim and ${gbp(agg)} for all claims together, and the court finds the caps reasonable. The client proves three separate claims of ${claims.map(gbp).join(', ')}. How much can it recover in total?`,
      key: gbp(Math.min(sumEach, agg)),
      wrong: [
        [gbp(sumEach), 'applies the per-claim cap but not the aggregate'],
        [gbp(Math.min(total, agg)), 'applies only the aggregate cap'],
        [gbp(per), 'treats the per-claim cap as the total'],
        [gbp(total), 'ignores both caps'],
        [gbp(3 * per), 'caps every claim at the per-claim figure, small ones included'],
      ],
      figures: { per, agg, claims: claims.join(',') },
    }
  }),
  family('clb-service-credits-sole-remedy', (rng) => {
    const fee = pounds(rng, 1000, 5000, 100)
    const allowance = rng.int(2, 6)
    const down = allowance + rng.int(3, 20)
    const perHour = rng.pick([2, 3, 5])
    const capPct = rng.pick([20, 25, 30])
    const loss = pounds(rng, 2000, 8000, 100)
    const credit = (hours: number, capped: boolean) =>
      share(fee, capped ? Math.min(hours * perHour, capPct) : hours * perHour, 100)
    return {
      stem: `${ENGLISH} ${trade(rng, TECH)} hosts ${company(rng)}’s online shop for ${gbp(fee)} a month. The contract allows ${allowance} hours of downtime a month; for each further hour the client gets a service credit of ${perHour}% of that month’s fee, capped at ${capPct}% of it, and the credits are “the client’s sole and exclusive remedy for downtime”, a clause the court finds reasonable. One month the shop is down for ${down} hours, and the client proves lost sales of ${gbp(loss)}. What is the client entitled to?`,
      key: gbp(credit(down - allowance, true)),
      wrong: [
        [gbp(credit(down, true)), 'credits every hour, ignoring the allowance'],
        [gbp(credit(down - allowance, false)), 'ignores the cap on credits'],
        [gbp(loss), 'ignores the sole-remedy clause and claims the lost sales'],
        [gbp(loss + credit(down - allowance, true)), 'claims the lost sales on top of the credits'],
        [gbp(credit(allowance, true)), 'credits the allowed hours instead of the excess'],
        [gbp(share(fee, perHour, 100)), 'gives one credit for the month, not one per hour'],
      ],
      figures: { fee, allowance, down, perHour, capPct, loss },
    }
  }),
]
