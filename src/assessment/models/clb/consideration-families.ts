import {
  addDays,
  addWorkdays,
  addYears,
  company,
  day,
  ENGLISH,
  family,
  gbp,
  pounds,
  share,
  TECH,
  trade,
  workday,
} from './clb-text.js'

// Whether a promise binds at all: past and nominal consideration, practical benefit, promissory
// estoppel, deeds, third-party rights, intention (honour clauses, subject to contract), unilateral
// offers and minors. Answers are sums, since a freelancer meets these rules as "can I claim it?".

export const CONSIDERATION_FAMILIES = [
  family('clb-past-consideration', (rng) => {
    const days = rng.int(2, 6)
    const rate = pounds(rng, 250, 600, 10)
    const bonus = pounds(rng, 400, 2000, 50)
    // The unpaid fee for the agreed project is owed either way, so the key is never nil and
    // every option is a four-figure sum.
    const fee = pounds(rng, 1000, 4000, 10)
    const asked = rng.next() < 0.5
    const facts = asked
      ? `${company(rng)} asked ${trade(rng)} to do ${days} extra days of work, both sides understanding it would be paid for, and after the work was done promised ${gbp(bonus)} for it`
      : `${trade(rng)} did ${days} extra days of work on their own initiative, with no request or expectation of payment, and afterwards ${company(rng)} promised ${gbp(bonus)} for it`
    return {
      stem: `${ENGLISH} ${facts}. The freelancer’s day rate is ${gbp(rate)}, and the client has not yet paid the ${gbp(fee)} invoice for the agreed project itself. Past consideration is no consideration, unless the act was done at the promisor’s request with payment understood (Pao On v Lau Yiu Long). What can the freelancer enforce in total?`,
      key: gbp(fee + (asked ? bonus : 0)),
      wrong: asked
        ? [
            [gbp(fee), 'treats requested work with payment understood as past consideration'],
            [gbp(fee + days * rate), 'replaces the promised sum with the day rate'],
            [gbp(fee + bonus + days * rate), 'adds the day rate to the promised sum'],
            [gbp(bonus), 'claims the promised sum but forgets the unpaid invoice'],
          ]
        : [
            [gbp(fee + bonus), 'enforces a promise given after the work was done'],
            [gbp(fee + days * rate), 'charges the day rate for work nobody asked to pay for'],
            [gbp(fee + bonus + days * rate), 'adds the day rate to the promised sum'],
          ],
      figures: { days, rate, bonus, fee, asked: asked ? 1 : 0 },
    }
  }),
  family('clb-promissory-estoppel-retainer', (rng) => {
    const full = pounds(rng, 1500, 4000, 50)
    const cut = full - pounds(rng, 300, 1000, 50)
    const t = rng.int(3, 8)
    const reduced = t + 1
    return {
      stem: `${ENGLISH} ${company(rng)} retains ${trade(rng)} for 12 months at ${gbp(full)} a month. At the start of month 1 the client, short of work, asks for a reduction and the freelancer promises to accept ${gbp(cut)} a month “until further notice”; the client relies on it. In month ${t} the freelancer gives notice that the full fee applies again, and one month’s notice is reasonable, so the full fee applies from month ${t + 2}. The promise binds for the period before it is ended (promissory estoppel, Central London Property Trust v High Trees). What is the total fee due for the 12 months?`,
      key: gbp(reduced * cut + (12 - reduced) * full),
      wrong: [
        [gbp(12 * full), 'lets the freelancer claw back the reductions already relied on'],
        [gbp(12 * cut), 'treats the concession as permanent, not ended by notice'],
        [
          gbp(t * cut + (12 - t) * full),
          'restores the full fee the month after notice, allowing no notice period',
        ],
        [
          gbp((t - 1) * cut + (13 - t) * full),
          'restores the full fee in the month notice is given',
        ],
      ],
      figures: { full, cut, t },
    }
  }),
  family('clb-practical-benefit', (rng) => {
    const extra = pounds(rng, 200, 900, 50)
    const total = rng.int(6, 10)
    const before = rng.int(1, 3)
    const after = total - before
    const duress = rng.next() < 0.5
    const why = duress
      ? 'only because the freelancer threatened to walk off the project, leaving the client no practical alternative; the client objects as soon as the work is finished'
      : 'freely, to avoid a late-delivery penalty in its own contract with its customer'
    return {
      stem: `${ENGLISH} ${trade(rng)} has agreed to deliver ${total} milestones for ${company(rng)} at a fixed fee. After ${before} are done, the client promises an extra ${gbp(extra)} for each remaining milestone delivered on time, ${why}. The freelancer delivers the rest on time. A practical benefit to the promisor is good consideration for a promise of extra pay for an existing duty (Williams v Roffey), unless the promise was obtained by economic duress. How much extra can the freelancer recover?`,
      key: gbp(duress ? 0 : after * extra),
      wrong: [
        duress
          ? [gbp(after * extra), 'enforces a promise obtained by economic duress']
          : [gbp(0), 'treats performing an existing duty as never good consideration'],
        [gbp(total * extra), 'pays the extra on milestones finished before the promise'],
        [gbp(before * extra), 'pays the extra on the milestones done before the promise only'],
        [gbp(extra), 'pays the extra once, not per milestone'],
      ],
      figures: { extra, total, before, duress: duress ? 1 : 0 },
    }
  }),
  family('clb-subject-to-contract', (rng) => {
    const d1 = workday(rng)
    const d2 = addWorkdays(d1, rng.int(3, 8))
    const d3 = addWorkdays(d2, rng.int(2, 6))
    const d4 = addWorkdays(d3, rng.int(2, 6))
    const formed = (iso: string) => `A contract was formed on ${day(iso)}`
    return {
      stem: `${ENGLISH} ${trade(rng)} and ${company(rng)} agree heads of terms “subject to contract” on ${day(d1)}, stating that nothing binds until a formal agreement is signed by both and exchanged. The freelancer signs the formal agreement on ${day(d2)}; the client signs and the signed copies are exchanged on ${day(d3)}; work starts on ${day(d4)}. “Subject to contract” shows no intention to be bound until the stated step. When was the contract formed?`,
      key: formed(d3),
      wrong: [
        [formed(d1), 'treats heads of terms agreed subject to contract as binding'],
        [formed(d2), 'takes one party’s signature as enough'],
        [formed(d4), 'waits for performance to start'],
        [
          'No contract was formed',
          'treats “subject to contract” as never lifted, even by exchange',
        ],
      ],
      figures: { d1, d2, d3, d4 },
    }
  }),
  family('clb-minor-necessaries', (rng) => {
    const price = pounds(rng, 900, 2400, 10)
    const fair = price - pounds(rng, 150, 600, 10)
    const deposit = pounds(rng, 50, 140, 10)
    // An adult buyer is held to the price; a minor pays a reasonable price for a necessary.
    const age = rng.pick([17, 17, 19] as const)
    const minor = age < 18
    return {
      stem: `${ENGLISH} a ${age}-year-old student buys a laptop from ${trade(rng, TECH)} who refurbishes computers for ${gbp(price)}, paying a ${gbp(deposit)} deposit and taking it away. He refuses to pay the rest. The court finds the laptop suitable to his condition in life and actually needed for his course, so a necessary, and its reasonable price ${gbp(fair)}. A minor (under 18) must pay a reasonable price for necessaries delivered (Sale of Goods Act 1979, s 3) and is not otherwise bound; an adult is bound by the price agreed. How much more can the freelancer recover?`,
      key: gbp((minor ? fair : price) - deposit),
      wrong: [
        [gbp(0), 'treats every contract with a young buyer as unenforceable against him'],
        minor
          ? [gbp(price - deposit), 'holds the minor to the contract price']
          : [gbp(fair - deposit), 'gives an adult buyer a minor’s reasonable-price rule'],
        [gbp(minor ? fair : price), 'forgets the deposit already paid'],
        minor
          ? [gbp(price), 'holds the minor to the whole price and forgets the deposit']
          : [gbp(fair), 'gives an adult the reasonable-price rule and forgets the deposit'],
      ],
      figures: { price, fair, deposit, age },
    }
  }),
  family('clb-deed-or-bare-promise', (rng) => {
    const gift = pounds(rng, 500, 3000, 50)
    const spent = pounds(rng, 80, 400, 10)
    // The last invoice is owed either way, so the key is never nil.
    const fee = pounds(rng, 1000, 5000, 10)
    const deed = rng.next() < 0.5
    const form = deed ? 'in a deed, signed, witnessed and delivered' : 'in a friendly email'
    return {
      stem: `${ENGLISH} ${company(rng)} has not yet paid the ${gbp(fee)} final invoice for a finished project, and promises ${trade(rng)}, ${form}, a further ${gbp(gift)} “thank-you payment”, asking nothing in return. The freelancer spends ${gbp(spent)} on a training course expecting it. The client then refuses to pay anything. A promise made by deed binds without consideration; a bare gratuitous promise does not. What can the freelancer recover in total?`,
      key: gbp(fee + (deed ? gift : 0)),
      wrong: [
        deed
          ? [gbp(fee), 'requires consideration even for a promise made by deed']
          : [gbp(fee + gift), 'enforces a gratuitous promise not made by deed'],
        [gbp(fee + spent), 'awards the spending made in reliance on the promise'],
        [gbp(fee + gift + spent), 'adds the reliance spending to the promised sum'],
        ...(deed
          ? ([[gbp(gift), 'claims the promised sum but forgets the unpaid invoice']] as const)
          : []),
      ],
      figures: { gift, spent, fee, deed: deed ? 1 : 0 },
    }
  }),
  family('clb-third-party-rights', (rng) => {
    const loss = pounds(rng, 4000, 12000, 100)
    const capAt = pounds(rng, 1500, 3500, 100)
    const fee = pounds(rng, 2000, 6000, 100)
    const barred = rng.next() < 0.4
    const clause = barred
      ? `“Clause 5: the freelancer warrants the system for the end client’s use. The freelancer’s liability is capped at ${gbp(capAt)}. No person other than the parties may enforce any term of this agreement.”`
      : `“The end client may enforce the warranty in clause 5; the freelancer’s liability under clause 5 is capped at ${gbp(capAt)}.”`
    return {
      stem: `${ENGLISH} an agency engages ${trade(rng, TECH)} for ${gbp(fee)} to build a booking system for its customer, ${company(rng)}. The freelancer’s contract with the agency says: ${clause} The clause 5 warranty is broken and the customer loses ${gbp(loss)}. Under the Contracts (Rights of Third Parties) Act 1999, a third party may enforce a term that expressly allows it, subject to the contract’s limits, unless the contract excludes third-party rights. How much can the customer recover from the freelancer under the contract?`,
      key: gbp(barred ? 0 : capAt),
      wrong: [
        barred
          ? [gbp(capAt), 'lets the customer enforce the capped term despite the exclusion']
          : [gbp(0), 'applies privity as if the 1999 Act did not exist'],
        [
          gbp(loss),
          barred
            ? 'ignores the exclusion and the cap together'
            : 'lets the third party enforce the term free of its cap',
        ],
        [gbp(fee), 'limits the claim to the fee the freelancer was paid'],
      ],
      figures: { loss, capAt, fee, barred: barred ? 1 : 0 },
    }
  }),
  family('clb-honour-clause-orders', (rng) => {
    const done = pounds(rng, 1500, 6000, 50)
    const future = pounds(rng, 3000, 12000, 100)
    const monthly = pounds(rng, 800, 2000, 50)
    return {
      stem: `${ENGLISH} ${company(rng)} and ${trade(rng)} sign a framework stating: “This arrangement is binding in honour only and is not a legal agreement; the client expects to place about ${gbp(monthly)} of work a month.” Under it the client places, and the freelancer accepts and completes, orders worth ${gbp(done)}, still unpaid. The client then ends the arrangement, cancelling expected future work worth ${gbp(future)}. An honour clause rebuts the intention to create legal relations for the framework, but each order placed and accepted is a contract (Rose and Frank v Crompton). What can the freelancer recover?`,
      key: gbp(done),
      wrong: [
        [gbp(done + future), 'enforces the framework’s expected future work too'],
        [gbp(0), 'lets the honour clause cover the orders actually accepted'],
        [gbp(future), 'claims the expected work, not the completed orders'],
        [gbp(done + monthly), 'adds a month of expected work as notice'],
      ],
      figures: { done, future, monthly },
    }
  }),
  family('clb-referral-reward', (rng) => {
    const reward = pounds(rng, 100, 500, 25)
    const k = rng.int(2, 4)
    const onDay = rng.int(1, k - 1)
    const old = rng.int(1, 2)
    const later = rng.int(1, 3)
    const n = k + old + later + rng.int(1, 2)
    const dl = workday(rng)
    return {
      stem: `${ENGLISH} ${company(rng)} posts: “We pay ${gbp(reward)} for each new client you refer who signs with us by ${day(dl)}. No need to tell us you are taking part.” ${trade(rng).replace(/^a/, 'A')} refers ${n} businesses: ${k} of them sign as new clients by that date (${onDay} of those on the date itself), ${old} were already the company’s clients and renew by that date, ${later} sign as new clients after it, and the rest never sign. An offer to the world is accepted by performing its conditions, without notice of acceptance (Carlill v Carbolic Smoke Ball), and “by” a date includes that date. How much is the freelancer owed?`,
      key: gbp(k * reward),
      wrong: [
        [gbp(n * reward), 'pays for every referral, not every signing'],
        [gbp(0), 'requires notice of acceptance before performing'],
        [gbp(reward), 'pays a single reward, not one per referral'],
        [gbp((k + later) * reward), 'counts the clients who signed after the stated date'],
        [gbp((k - onDay) * reward), 'leaves out the clients who signed on the date itself'],
        [gbp(later * reward), 'pays for the late signers instead'],
        [gbp((k + old) * reward), 'pays for referred businesses that were already clients'],
        [
          gbp((k + old + later) * reward),
          'pays for every signing, renewals and late ones included',
        ],
      ],
      figures: { reward, n, k, onDay, old, later, dl },
    }
  }),
  family('clb-nominal-consideration', (rng) => {
    const worth = pounds(rng, 600, 2500, 10)
    const price = share(worth, rng.int(10, 40), 100)
    // The client's resale price differs from the market value, so measuring the loss by it is
    // a distinct mistake on either side of the key.
    const resale = share(worth, rng.pick([70, 75, 80, 85, 115, 120, 125, 130]), 100)
    return {
      stem: `${ENGLISH} ${company(rng)} agrees to sell its old studio camera, worth ${gbp(worth)} on the market, to ${trade(rng)} for a fraction of that, ${gbp(price)}, and the freelancer pays. The client then refuses to hand it over and sells it to someone else for ${gbp(resale)}. Consideration must be sufficient but need not be adequate (Chappell v Nestlé), and damages for non-delivery are the market value less the contract price. What damages can the freelancer recover, on top of the price paid back?`,
      key: gbp(worth - price),
      wrong: [
        [gbp(0), 'treats a token price as no consideration, so no contract'],
        [gbp(worth), 'counts the refunded price twice'],
        [gbp(price), 'recovers only the price paid'],
        [gbp(worth + price), 'adds the price to the value on top of refunding it'],
        [
          gbp(resale - price),
          'measures the loss by the client’s resale price, not the market value',
        ],
        [gbp(resale), 'claims the client’s resale proceeds as damages'],
      ],
      figures: { worth, price, resale },
    }
  }),
  family('clb-minor-ratification', (rng) => {
    const born = addYears(workday(rng), -18)
    const c = addDays(born, 365 * 17 + rng.int(30, 200))
    const birthday = addYears(born, 18)
    const r1 = addDays(birthday, -rng.int(10, 40))
    const r2 = addDays(birthday, rng.int(10, 60))
    return {
      stem: `${ENGLISH} a student born on ${day(born)} signs up on ${day(c)} for a year of mentoring from ${trade(rng)}, a contract of a kind that binds a minor only if ratified after reaching 18. She emails “I confirm I will honour our agreement” on ${day(r1)} and again on ${day(r2)}. From which date is she bound?`,
      key: day(r2),
      wrong: [
        [day(c), 'holds a minor to the contract from the day it was made'],
        [day(r1), 'counts a confirmation given before she turned 18'],
        [day(birthday), 'binds her automatically on turning 18, without ratification'],
      ],
      figures: { born, c, r1, r2 },
    }
  }),
  family('clb-duty-owed-to-third-party', (rng) => {
    const bonus = pounds(rng, 100, 600, 25)
    const m = rng.int(4, 8)
    const k = rng.int(2, m - 1)
    const agency = pounds(rng, 2000, 8000, 100)
    return {
      stem: `${ENGLISH} ${trade(rng, TECH)} is already bound by a contract with an agency to deliver ${m} app modules to ${company(rng)} for ${gbp(agency)}, paid by the agency. The client separately promises the freelancer ${gbp(bonus)} for each module delivered by its target date; ${k} of the ${m} are. Performing a duty already owed to a third party is good consideration for a new promise (Scotson v Pegg, Pao On). What can the freelancer recover from the client?`,
      key: gbp(k * bonus),
      wrong: [
        [gbp(0), 'treats a duty already owed to another as no consideration'],
        [gbp(m * bonus), 'pays the bonus on late modules too'],
        [gbp(bonus), 'pays the bonus once, not per module'],
        [gbp(agency + k * bonus), 'claims the agency fee from the client as well'],
        [gbp((m - k) * bonus), 'pays the bonus on the late modules instead'],
        [gbp(agency), 'claims the agency’s fee from the client instead of the bonus'],
      ],
      figures: { bonus, m, k, agency },
    }
  }),
  family('clb-estoppel-waived-interest', (rng) => {
    const due = workday(rng)
    const debt = pounds(rng, 3000, 15000, 10)
    const rateBp = rng.pick([800, 1000, 1200])
    // The waiver covers only the first weeks, so some interest is always due and the key is
    // never nil; whether the waiver stands turns on its condition.
    const ext = addDays(due, rng.int(14, 30))
    const deadline = addDays(ext, rng.int(10, 20))
    const late = rng.next() < 0.5
    const paid = late ? addDays(deadline, rng.int(5, 25)) : addDays(deadline, -rng.int(0, 8))
    const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000)
    const i = (from: string, to = paid) => share(debt, rateBp * days(from, to), 365 * 10_000)
    return {
      stem: `${ENGLISH} ${company(rng)} owes ${trade(rng)} ${gbp(debt)} due on ${day(due)}; the contract charges simple interest at ${rateBp / 100}% a year on late sums, day by day over a 365-day year, rounded to the penny. Before the due date the client asks for time, and the freelancer promises to charge no interest for the period up to ${day(ext)} if the client pays by ${day(deadline)}; the client relies on that. It pays on ${day(paid)}. The promise binds only on its condition (promissory estoppel); if the condition fails, interest runs from the original due date. How much interest is due?`,
      key: gbp(late ? i(due) : i(ext)),
      wrong: [
        late
          ? [gbp(i(ext)), 'keeps the waiver though its condition failed']
          : [gbp(i(due)), 'charges interest for the period the freelancer promised to waive'],
        late
          ? [gbp(i(deadline)), 'charges interest only from the payment deadline']
          : [gbp(i(due, ext)), 'charges interest for the waived period instead of after it'],
        [gbp(share(debt, rateBp, 10_000)), 'charges a full year’s interest'],
        [gbp(0), 'treats the promise as waiving all interest'],
        [gbp(debt + (late ? i(due) : i(ext))), 'gives the total payable, not the interest'],
      ],
      figures: { due, debt, rateBp, ext, deadline, paid, late: late ? 1 : 0 },
    }
  }),
  family('clb-no-agreed-price', (rng) => {
    // The court values the work on its own evidence, so the value may fall outside the offers.
    const base = pounds(rng, 3000, 8000, 50)
    const asked = base + pounds(rng, 500, 2000, 50)
    const offered = base - pounds(rng, 500, 1500, 50)
    const worth = base + pounds(rng, -2500, 2500, 50)
    return {
      stem: `${ENGLISH} ${company(rng)} asks ${trade(rng)} to start urgent work while the fee is still being negotiated; the freelancer wanted ${gbp(asked)}, the client offered ${gbp(offered)}, and no price or contract was ever agreed. The client accepts and uses the finished work. The court finds no contract but that the work was requested and accepted, with a reasonable value of ${gbp(worth)}; it then awards a reasonable sum (quantum meruit, British Steel v Cleveland Bridge). What does the client pay?`,
      key: gbp(worth),
      wrong: [
        [gbp(asked), 'awards the fee the freelancer asked for'],
        [gbp(offered), 'awards the fee the client offered'],
        [gbp(0), 'awards nothing because no contract was made'],
        [gbp(share(asked + offered, 1, 2)), 'splits the difference between the two offers'],
      ],
      figures: { worth, asked, offered },
    }
  }),
  family('clb-mutual-variation', (rng) => {
    const fee = pounds(rng, 3000, 10000, 100)
    const off = pounds(rng, 400, 1500, 50)
    // The dropped work may be worth more or less to the freelancer than the cut they give up.
    const cost =
      rng.next() < 0.5 ? off + pounds(rng, 100, 600, 50) : off - pounds(rng, 100, 300, 50)
    return {
      stem: `${ENGLISH} ${trade(rng)} agreed a ${gbp(fee)} fixed fee with ${company(rng)}. Midway, both agree in writing to drop one deliverable, which would have cost the freelancer ${gbp(cost)} in time, and to cut the fee by ${gbp(off)}. A variation where each side gives something up is supported by consideration on both sides, unlike a bare promise to accept less. What fee is now due?`,
      key: gbp(fee - off),
      wrong: [
        [gbp(fee), 'treats the cut as an unsupported promise to accept less'],
        [gbp(fee - cost), 'replaces the agreed cut with the cost of the dropped work'],
        [gbp(fee + off), 'adds the cut instead of deducting it'],
        [gbp(fee - off - cost), 'deducts both the cut and the cost of the dropped work'],
      ],
      figures: { fee, off, cost },
    }
  }),
]
