import { VariantError } from '../assemble-variant.js'
import {
  addDays,
  addWorkdays,
  at,
  company,
  day,
  ENGLISH,
  family,
  gbp,
  pounds,
  trade,
  workday,
} from './clb-text.js'

// When, if ever, a contract came into being: offers against invitations to treat, counter-offers,
// revocation, the postal rule and its limits, standing offers and the battle of the forms. Each
// stem is a dated timeline, because a freelancer's real question is which day they became bound.

const formed = (iso: string) => `A contract was formed on ${day(iso)}`
const NONE = 'No contract was formed'

export const FORMATION_FAMILIES = [
  family('clb-postal-acceptance-date', (rng) => {
    const o = workday(rng)
    const w = addWorkdays(o, rng.int(2, 5))
    const p = addWorkdays(w, rng.int(1, 2))
    const r = addWorkdays(p, rng.int(1, 3))
    const opened = addWorkdays(r, rng.int(1, 2))
    return {
      stem: `${ENGLISH} ${company(rng)} posts a written offer to ${trade(rng)} on ${day(o)}, asking for a reply by post. The freelancer signs an acceptance letter on ${day(w)} and posts it, correctly addressed and stamped, on ${day(p)}. It reaches the client’s office on ${day(r)} and is opened on ${day(opened)}. Applying the postal rule (Adams v Lindsell), when was the contract formed?`,
      key: formed(p),
      wrong: [
        [formed(r), 'takes acceptance at delivery, as for an instantaneous message'],
        [formed(opened), 'waits until the offeror actually reads the acceptance'],
        [formed(w), 'dates acceptance from signing, before the letter left the freelancer'],
        [formed(o), 'treats the offer as binding when it was sent'],
      ],
      figures: { o, w, p, r, opened },
    }
  }),
  family('clb-revocation-against-posted-acceptance', (rng) => {
    const o = workday(rng)
    const vp = addWorkdays(o, rng.int(2, 4))
    const early = rng.next() < 0.5
    // Revocation arrives before the acceptance is posted (no contract) or after it (contract).
    const va = addWorkdays(vp, 2)
    const ap = early ? addWorkdays(va, rng.int(1, 2)) : addWorkdays(vp, 1)
    const aa = addWorkdays(ap, 2)
    const revoked = (iso: string) => `No contract: the offer was revoked on ${day(iso)}`
    const base = `${ENGLISH} ${company(rng)} posts an offer to ${trade(rng)} on ${day(o)}, inviting acceptance by post. On ${day(vp)} it posts a letter revoking the offer, which reaches the freelancer on ${day(va)}. The freelancer posts an acceptance on ${day(ap)}, which reaches the client on ${day(aa)}. A revocation takes effect only when it reaches the offeree (Byrne v Van Tienhoven); a posted acceptance takes effect on posting. What is the position?`
    return {
      stem: base,
      key: early ? revoked(va) : formed(ap),
      wrong: early
        ? [
            [formed(ap), 'applies the postal rule though the revocation had already arrived'],
            [revoked(vp), 'dates the revocation from its posting'],
            [formed(aa), 'takes the acceptance at its arrival and ignores the revocation'],
          ]
        : [
            [revoked(va), 'lets a revocation that arrived after acceptance was posted prevail'],
            [revoked(vp), 'dates the revocation from its posting, applying the postal rule to it'],
            [formed(aa), 'takes the posted acceptance at its arrival'],
          ],
      figures: { o, vp, va, ap, aa, early: early ? 1 : 0 },
    }
  }),
  family('clb-email-acceptance-office-hours', (rng) => {
    const fri = (() => {
      for (;;) {
        const d = workday(rng)
        if (new Date(`${d}T00:00:00Z`).getUTCDay() === 5) return d
      }
    })()
    const sent = rng.int(17 * 60, 17 * 60 + 29)
    const landed = sent + rng.int(10, 45)
    const mon = addDays(fri, 3)
    const read = rng.int(9 * 60 + 10, 11 * 60 + 50)
    return {
      stem: `${ENGLISH} ${trade(rng)} accepts ${company(rng)}’s offer by email. Their agreed terms say an email takes effect when it reaches the recipient’s inbox if that is between 09:00 and 17:30 on a working day (Monday to Friday), and otherwise at 09:00 on the next working day. The email is sent at ${at(fri, sent)} and reaches the client’s inbox at ${at(fri, landed)}; the client reads it at ${at(mon, read)}. When did the acceptance take effect?`,
      key: at(mon, 9 * 60),
      wrong: [
        [at(fri, sent), 'applies the postal rule to an email, dating it from sending'],
        [at(fri, landed), 'ignores the stated hours and takes it at arrival'],
        [at(addDays(fri, 1), 9 * 60), 'moves to the next calendar day, not the next working day'],
        [at(mon, read), 'waits until the client actually reads it'],
      ],
      figures: { fri, sent, landed, read },
    }
  }),
  family('clb-counter-offer-or-enquiry', (rng) => {
    const fee = pounds(rng, 800, 6000, 50)
    const lower = fee - pounds(rng, 100, 500, 50)
    const o = workday(rng)
    const d1 = addWorkdays(o, rng.int(1, 3))
    const d2 = addWorkdays(d1, rng.int(1, 3))
    const dl = addWorkdays(d2, rng.int(2, 5))
    const counter = rng.next() < 0.5
    const at2 = (p: number, iso: string) => `A contract at ${gbp(p)} was formed on ${day(iso)}`
    const reply = counter
      ? `replies “I will do it for ${gbp(lower)}”`
      : 'replies “Would you accept payment in two instalments?”'
    return {
      stem: `${ENGLISH} on ${day(o)} ${trade(rng)} offers to do a project for ${company(rng)} for ${gbp(fee)}, the offer open until ${day(dl)}. On ${day(d1)} the client ${reply}. The freelancer does not answer, and on ${day(d2)} the client writes “We accept your offer at ${gbp(fee)}.” What is the position?`,
      key: counter ? NONE : at2(fee, d2),
      wrong: counter
        ? [
            [at2(fee, d2), 'keeps the offer open to its deadline despite the counter-offer'],
            [at2(lower, d1), 'treats the counter-offer as an acceptance at its own price'],
            [at2(fee, d1), 'reads the counter-offer as accepting the original price'],
            [at2(fee, dl), 'dates the contract from the offer’s closing date'],
          ]
        : [
            [NONE, 'treats a request for information as a counter-offer (Stevenson v McLean)'],
            [at2(fee, d1), 'treats the enquiry itself as the acceptance'],
            [at2(fee, dl), 'dates the contract from the offer’s closing date'],
          ],
      figures: { fee, lower, o, d1, d2, dl, counter: counter ? 1 : 0 },
    }
  }),
  family('clb-website-order-dispatch', (rng) => {
    const l = workday(rng)
    const o = addWorkdays(l, rng.int(1, 4))
    const ack = addDays(o, 1)
    const de = addWorkdays(ack, rng.int(1, 3))
    const dv = addWorkdays(de, rng.int(1, 3))
    return {
      stem: `${ENGLISH} ${trade(rng)} sees a printer priced on a supplier’s website on ${day(l)} and orders it just before midnight on ${day(o)}. The website terms say: “Your order is an offer to buy. We accept it only when we email you that the goods have been dispatched.” An automated “we have received your order” email arrives on ${day(ack)}, the dispatch email on ${day(de)} and the printer on ${day(dv)}. When was the contract formed?`,
      key: formed(de),
      wrong: [
        [formed(o), 'treats the priced listing as an offer the order accepted'],
        [formed(ack), 'treats an acknowledgement of receipt as acceptance'],
        [formed(dv), 'waits for delivery of the goods'],
        [formed(l), 'dates the contract from when the price was displayed'],
      ],
      figures: { l, o, ack, de, dv },
    }
  }),
  family('clb-acceptance-must-reach-by', (rng) => {
    const o = workday(rng)
    const p = addWorkdays(o, rng.int(3, 6))
    const dl = addWorkdays(p, 2)
    const late = rng.next() < 0.5
    const r = addWorkdays(p, late ? rng.int(3, 4) : 1)
    return {
      stem: `${ENGLISH} ${company(rng)}’s offer letter of ${day(o)} to ${trade(rng)} says: “Your acceptance must reach me by ${day(dl)}.” The freelancer posts an acceptance on ${day(p)} and it arrives on ${day(r)}. An offer that requires acceptance to reach the offeror excludes the postal rule (Holwell Securities v Hughes). What is the position?`,
      key: late ? NONE : formed(r),
      wrong: late
        ? [
            [formed(p), 'applies the postal rule though the offer required receipt'],
            [formed(r), 'ignores that the acceptance arrived after the stated date'],
            [formed(dl), 'treats posting in time as accepting on the deadline'],
          ]
        : [
            [formed(p), 'applies the postal rule though the offer required receipt'],
            [formed(dl), 'dates the contract from the stated deadline'],
            [NONE, 'takes a posted reply as never able to accept such an offer'],
          ],
      figures: { o, p, dl, r, late: late ? 1 : 0 },
    }
  }),
  family('clb-acceptance-by-conduct', (rng) => {
    const d0 = workday(rng)
    const d1 = addWorkdays(d0, rng.int(3, 8))
    const d2 = addWorkdays(d1, rng.int(1, 3))
    const d3 = addWorkdays(d2, rng.int(10, 20))
    return {
      stem: `${ENGLISH} on ${day(d0)} ${trade(rng)} emails ${company(rng)} a draft agreement on the freelancer’s terms, asking for a signed copy. The client never signs it, but on ${day(d1)} it emails a first brief saying “please go ahead on the basis of your agreement”. The freelancer starts work on ${day(d2)}, and the client pays the first invoice on ${day(d3)}. As in Brogden v Metropolitan Railway, when was a contract on the freelancer’s terms formed?`,
      key: formed(d1),
      wrong: [
        [NONE, 'requires a signature when conduct shows acceptance'],
        [formed(d0), 'treats sending the draft as making the contract'],
        [formed(d2), 'dates it from the freelancer starting work'],
        [formed(d3), 'waits for the client’s first payment'],
      ],
      figures: { d0, d1, d2, d3 },
    }
  }),
  family('clb-battle-of-the-forms', (rng) => {
    const three = rng.next() < 0.5
    const d0 = workday(rng)
    const d1 = addWorkdays(d0, rng.int(1, 3))
    const d2 = addWorkdays(d1, rng.int(1, 3))
    const dp = addWorkdays(three ? d2 : d1, rng.int(3, 8))
    const last = three ? 'client' : 'freelancer'
    const other = three ? 'freelancer' : 'client'
    const on = (who: string, iso: string) => `On the ${who}’s terms, made on ${day(iso)}`
    const chain = three
      ? `the freelancer acknowledges it on ${day(d1)} on the freelancer’s own terms, and the client replies on ${day(d2)} insisting on its own terms again.`
      : `the freelancer acknowledges it on ${day(d1)} on the freelancer’s own terms.`
    return {
      stem: `${ENGLISH} on ${day(d0)} ${company(rng)} sends ${trade(rng)} a purchase order on the client’s standard terms; ${chain} The freelancer delivers the work on ${day(dp)}, and the client takes it in that day without objection. Applying the last-shot approach (Butler Machine Tool v Ex-Cell-O), on whose terms and when was the contract made?`,
      key: on(last, dp),
      wrong: [
        [
          on(other, dp),
          three
            ? 'stops at the freelancer’s form, before the client’s reply'
            : 'applies the first form sent',
        ],
        [
          on(last, three ? d2 : d1),
          'dates the contract from the last form, not its acceptance by conduct',
        ],
        [on('client', d0), 'treats the purchase order as accepted at once on its terms'],
        [NONE, 'requires the forms to match even after performance was accepted'],
      ],
      figures: { d0, d1, d2, dp, three: three ? 1 : 0 },
    }
  }),
  family('clb-silence-is-not-acceptance', (rng) => {
    const o = workday(rng)
    const dl = addWorkdays(o, rng.int(4, 8))
    const fee = pounds(rng, 500, 4000, 50)
    const replies = rng.next() < 0.5
    const de = addWorkdays(dl, rng.int(1, 3))
    const dw = addWorkdays(de, rng.int(1, 3))
    const what = replies
      ? `On ${day(de)} the freelancer emails “Agreed”, and on ${day(dw)} the client writes withdrawing the offer.`
      : `The freelancer says nothing, and on ${day(dw)} the client writes withdrawing the offer.`
    return {
      stem: `${ENGLISH} on ${day(o)} ${company(rng)} writes to ${trade(rng)}: “I offer ${gbp(fee)} for the job; if I hear nothing by ${day(dl)}, I will take it you agree.” ${what} Silence cannot be imposed as acceptance (Felthouse v Bindley). What is the position?`,
      key: replies ? formed(de) : NONE,
      wrong: replies
        ? [
            [formed(dl), 'treats silence until the deadline as acceptance'],
            [NONE, 'treats the offeror’s prescribed silence as the only way to accept'],
            [formed(o), 'treats the offer’s own wording as binding from the start'],
          ]
        : [
            [formed(dl), 'treats silence until the deadline as acceptance'],
            [formed(o), 'treats the offer’s own wording as binding from the start'],
            [formed(dw), 'treats the withdrawal as too late, so accepted on that day'],
          ],
      figures: { o, dl, fee, de, dw, replies: replies ? 1 : 0 },
    }
  }),
  family('clb-request-for-quotes', (rng) => {
    const r = workday(rng)
    const q = addWorkdays(r, rng.int(2, 5))
    const p = addWorkdays(q, rng.int(2, 6))
    const a = addWorkdays(p, 1)
    const k = addWorkdays(a, rng.int(2, 6))
    return {
      stem: `${ENGLISH} ${company(rng)} emails a request for quotes to several freelancers on ${day(r)}. ${trade(rng).replace(/^a/, 'A')} emails a quote on ${day(q)}. The client emails a purchase order accepting that quote on ${day(p)}, the freelancer acknowledges the order on ${day(a)}, and work starts on ${day(k)}. A request for quotes is an invitation to treat; emailed acceptance takes effect on receipt, here the day it is sent. When was the contract formed?`,
      key: formed(p),
      wrong: [
        [formed(q), 'treats the request for quotes as the offer and the quote as acceptance'],
        [formed(a), 'waits for the freelancer to acknowledge the order'],
        [formed(k), 'dates the contract from the start of work'],
        [formed(r), 'treats the request for quotes as binding the client'],
      ],
      figures: { r, q, p, a, k },
    }
  }),
  family('clb-revocation-through-third-party', (rng) => {
    const o = workday(rng)
    const s = addWorkdays(o, rng.int(1, 3))
    const learnt = rng.next() < 0.5
    const l = addWorkdays(s, 1)
    const a = learnt ? addWorkdays(l, rng.int(1, 2)) : s
    const ap = learnt ? a : addDays(s, 0)
    const arrives = addWorkdays(ap, 2)
    const ended = (iso: string) => `No contract: the offer ended on ${day(iso)}`
    const news = learnt
      ? `On ${day(l)} a reliable mutual contact tells the freelancer that the client has done so. The freelancer posts an acceptance on ${day(ap)}`
      : `The freelancer posts an acceptance later that day, ${day(ap)}; on ${day(l)} a reliable mutual contact tells the freelancer what the client had done. The acceptance`
    return {
      stem: `${ENGLISH} on ${day(o)} ${company(rng)} offers ${trade(rng)} a commission by post, inviting acceptance by post. On ${day(s)} the client gives the commission to someone else without telling the freelancer. ${news}${learnt ? ', which' : ''} reaches the client on ${day(arrives)}. Revocation must be communicated, but may come through a reliable third party (Dickinson v Dodds). What is the position?`,
      key: learnt ? ended(l) : formed(ap),
      wrong: learnt
        ? [
            [formed(ap), 'requires the revocation to come from the offeror itself'],
            [ended(s), 'treats dealing with another as revocation without communication'],
            [formed(arrives), 'ignores the revocation and takes acceptance at arrival'],
          ]
        : [
            [ended(l), 'lets news arriving after acceptance was posted revoke the offer'],
            [ended(s), 'treats dealing with another as revocation without communication'],
            [formed(arrives), 'takes the posted acceptance at its arrival'],
          ],
      figures: { o, s, l, ap, arrives, learnt: learnt ? 1 : 0 },
    }
  }),
  family('clb-promise-to-keep-open', (rng) => {
    const o = workday(rng)
    const f = addWorkdays(o, 1)
    const w = addWorkdays(f, rng.int(2, 4))
    const a = addWorkdays(w, rng.int(1, 3))
    const dl = addWorkdays(a, rng.int(2, 5))
    const paid = rng.next() < 0.5
    const fee = pounds(rng, 50, 300, 10)
    const withdrawn = `No contract: the offer was withdrawn on ${day(w)}`
    return {
      stem: `${ENGLISH} on ${day(o)} ${trade(rng)} offers ${company(rng)} a block of consultancy days. On ${day(f)} the freelancer promises to keep the offer open until ${day(dl)}${paid ? `, and the client pays ${gbp(fee)} for that promise` : ', asking nothing for that promise'}. On ${day(w)} the freelancer emails withdrawing the offer; the client emails acceptance on ${day(a)}. A promise to keep an offer open binds only if given for consideration (Routledge v Grant). What is the position?`,
      key: paid ? formed(a) : withdrawn,
      wrong: paid
        ? [
            [withdrawn, 'lets the offeror withdraw an option the client paid for'],
            [formed(f), 'treats the paid option as the contract for the consultancy days'],
            [formed(dl), 'dates the contract from the end of the option period'],
          ]
        : [
            [
              formed(a),
              'enforces a promise to keep the offer open though nothing was given for it',
            ],
            [formed(f), 'treats the promise to keep the offer open as the contract itself'],
            [formed(dl), 'dates the contract from the end of the stated period'],
          ],
      figures: { o, f, w, a, dl, paid: paid ? 1 : 0, fee },
    }
  }),
  family('clb-standing-offer-orders', (rng) => {
    const start = workday(rng)
    const n = rng.int(6, 9)
    const orders: string[] = []
    let d = start
    for (let i = 0; i < n; i++) {
      d = addWorkdays(d, rng.int(6, 14))
      orders.push(d)
    }
    const k = rng.int(2, n - 2)
    const rv = addWorkdays(orders[k - 1]!, 3)
    const vp = addWorkdays(orders[k - 2]!, 1)
    if (!(vp < orders[k - 1]!)) throw new VariantError('clb-standing-offer-orders: posting date')
    const count = (c: number) => `${c} order${c === 1 ? '' : 's'}`
    const beforePost = orders.filter((x) => x < vp).length
    return {
      stem: `${ENGLISH} on ${day(start)} ${company(rng)} accepts ${trade(rng, ['a freelance translator'])}’s tender to translate documents “as and when ordered” for a year at a fixed page rate. The client places orders on ${orders.map(day).join('; ')}. The freelancer posts a notice revoking the tender on ${day(vp)}, which reaches the client on ${day(rv)}. A tender “as and when ordered” is a standing offer: each order accepts it, and it may be revoked for future orders (Great Northern Railway v Witham). How many of the orders must the freelancer fulfil?`,
      key: count(k),
      wrong: [
        [count(n), 'treats accepting the tender as a contract for the whole year'],
        [count(0), 'treats the accepted tender as binding for no order at all'],
        [count(beforePost), 'dates the revocation from its posting'],
        [count(n - k), 'counts the orders placed after the revocation'],
        [
          count(orders.filter((x) => x < addDays(rv, 30)).length),
          'requires a month’s notice, as if ending a running contract',
        ],
        [count(1), 'treats only the first order as accepting the tender'],
      ],
      figures: { start, orders: orders.join(','), vp, rv },
    }
  }),
  family('clb-price-list-invitation', (rng) => {
    const l = workday(rng)
    const d1 = addWorkdays(l, rng.int(2, 6))
    const d2 = addWorkdays(d1, rng.int(1, 2))
    const d3 = addWorkdays(d2, rng.int(3, 7))
    const fee = pounds(rng, 300, 2500, 25)
    return {
      stem: `${ENGLISH} ${trade(rng)} publishes a price list on ${day(l)} showing “Brand review: ${gbp(fee)}”. On ${day(d1)} ${company(rng)} emails “We accept your ${gbp(fee)} brand review”. On ${day(d2)} the freelancer replies “Booked in, I will start on ${day(d3)}.” A price list is an invitation to treat, and an emailed acceptance takes effect when it is received, here the day it is sent. When was the contract formed?`,
      key: formed(d2),
      wrong: [
        [formed(d1), 'treats the price list as an offer the client’s email accepted'],
        [formed(d3), 'dates the contract from the start of work'],
        [formed(l), 'treats publishing the price list as binding the freelancer'],
        [NONE, 'requires a signed agreement before any contract exists'],
      ],
      figures: { l, d1, d2, d3, fee },
    }
  }),
  family('clb-lost-posted-acceptance', (rng) => {
    const o = workday(rng)
    const p = addWorkdays(o, rng.int(2, 5))
    const s = addWorkdays(p, rng.int(3, 6))
    const c = addWorkdays(s, rng.int(2, 5))
    return {
      stem: `${ENGLISH} ${company(rng)} makes ${trade(rng)} a written offer on ${day(o)}, inviting acceptance by post. The freelancer posts a correctly addressed acceptance on ${day(p)}, but it is lost and never arrives. Hearing nothing, the client gives the work to someone else on ${day(s)}; the freelancer chases on ${day(c)}. A posted acceptance is complete on posting even if lost (Household Fire Insurance v Grant). What is the position?`,
      key: formed(p),
      wrong: [
        [NONE, 'requires a posted acceptance to arrive'],
        [
          `No contract: the offer was revoked on ${day(s)}`,
          'treats giving the work elsewhere as revoking an accepted offer',
        ],
        [formed(c), 'dates the contract from when the client learnt of the acceptance'],
        [formed(o), 'treats the offer as binding when made'],
      ],
      figures: { o, p, s, c },
    }
  }),
  family('clb-offer-open-for-days', (rng) => {
    const o = workday(rng)
    const n = rng.pick([7, 10, 14, 21])
    const r = addWorkdays(o, rng.int(1, 3))
    return {
      stem: `${ENGLISH} ${trade(rng)}’s quote to ${company(rng)} is dated ${day(o)}, reaches the client on ${day(r)} and says: “This offer is open for ${n} days from the date of this quote, not counting that date.” Once the stated period ends the offer lapses and cannot be accepted. What is the last day on which the client can accept?`,
      key: day(addDays(o, n)),
      wrong: [
        [day(addDays(o, n - 1)), 'counts the quote’s own date as the first day'],
        [day(addDays(r, n)), 'counts from the day the quote was received'],
        [day(addWorkdays(o, n)), 'counts working days, not calendar days'],
        [day(addWorkdays(r, n)), 'counts working days from the day the quote arrived'],
      ],
      figures: { o, n, r },
    }
  }),
]
