import {
  add,
  CENT,
  cents,
  div,
  dollars,
  frac,
  mul,
  n,
  PCT1,
  pct,
  plain,
  rest,
  share,
  tenths,
  tp,
  usd,
  worked,
} from './afm-text.js'

// Partner terms and compliance. Stems state the programme term (which sales a breach forfeits,
// which codes and search terms are allowed, how tiers and scores are set), because the slips are a
// term applied to every sale rather than the ones it names, a permitted sale forfeited with the
// forbidden ones, a partner ranked by the wrong measure, and a funnel rate skipped or doubled.

const money = usd(2)

export const PARTNER_FAMILIES = [
  worked('commission-forfeited-on-undisclosed-pages', (rng) => {
    const s1 = rng.int(400000, 900000)
    const s2 = rng.int(50000, 400000)
    const s3 = Math.round((s2 * rng.int(20, 80)) / 100)
    const t = rng.int(50, 120)
    return {
      stem: `A programme’s terms say commission is forfeited on sales from any page that lacked a clear affiliate disclosure when the click was made. An affiliate’s sales this month: ${dollars(s1)} from pages with a disclosure, ${dollars(s2)} from a review page whose disclosure was added mid-month (${dollars(s3)} of those sales came before it was added). At ${tp(t)}, what commission is kept, ${CENT}?`,
      show: money,
      figures: { s1, s2, s3, t },
      key: share(t, s1 + s2 - s3),
      wrong: [
        [share(t, s1), 'forfeits the whole review page'],
        [share(t, s1 + s2), 'forfeits nothing'],
        [share(t, s1 + s3), 'keeps the sales before the disclosure instead'],
        [share(t, s1 - s3), 'takes the early sales off the disclosed pages'],
        [share(t, s2 - s3), 'keeps only the review page’s later sales'],
        [share(t, s1 + s2 + s3), 'adds the early sales back on top'],
      ],
    }
  }),
  worked('brand-term-bidding-sales-reversed', (rng) => {
    const b = rng.int(50000, 400000)
    const nb = rng.int(50000, 400000)
    const o = rng.int(100000, 600000)
    const t = rng.int(40, 100)
    return {
      stem: `A programme forbids bidding on its brand name in paid search and reverses commission on sales from such ads; bidding on generic terms is allowed. An affiliate’s month: ${dollars(b)} of sales from brand-term ads, ${dollars(nb)} from generic-term ads and ${dollars(o)} from its content site. At ${tp(t)}, what commission stands, ${CENT}?`,
      show: money,
      figures: { b, nb, o, t },
      key: share(t, nb + o),
      wrong: [
        [share(t, o), 'reverses every paid-search sale'],
        [share(t, b + nb + o), 'reverses nothing'],
        [share(t, b + o), 'reverses the generic-term sales instead'],
        [share(t, nb), 'keeps only the generic-term sales'],
        [share(t, nb + o - b), 'takes the brand sales off the rest'],
        [share(t, b + nb), 'keeps only the paid-search sales'],
      ],
    }
  }),
  worked('coupon-partner-rate-on-code-sales', (rng) => {
    const cs = rng.int(100000, 800000)
    const os = rng.int(100000, 800000)
    const tc = rng.int(20, 50)
    const t = tc + rng.int(20, 60)
    return {
      stem: `A programme pays coupon partners ${tp(tc)} on sales that use a coupon code and its standard ${tp(t)} on their other sales. A coupon partner drove ${dollars(cs)} with codes and ${dollars(os)} without. What does it earn, ${CENT}?`,
      show: money,
      figures: { cs, os, tc, t },
      key: add(share(tc, cs), share(t, os)),
      wrong: [
        [share(t, cs + os), 'pays the standard rate on all sales'],
        [share(tc, cs + os), 'pays the coupon rate on all sales'],
        [add(share(t, cs), share(tc, os)), 'swaps the rates'],
        [share(tc, cs), 'pays only the code sales'],
        [add(share(tc, cs), share(t + tc, os)), 'adds the two rates on other sales'],
      ],
    }
  }),
  worked('unauthorised-coupon-codes-voided', (rng) => {
    const own = rng.int(40, 200)
    const leak = rng.int(10, 80)
    const none = rng.int(20, 150)
    const v = rng.int(3000, 12000)
    const t = rng.int(40, 100)
    return {
      stem: `A programme voids commission on any sale that used a code not issued to the affiliate (a leaked code). A deals site had ${own} sales with its own code, ${leak} with leaked codes and ${none} with no code. At ${tp(t)} of an average order of ${dollars(v)}, what does it earn, ${CENT}?`,
      show: money,
      figures: { own, leak, none, v, t },
      key: share(t, v * (own + none)),
      wrong: [
        [share(t, v * own), 'pays only its own code sales'],
        [share(t, v * (own + leak + none)), 'voids nothing'],
        [share(t, v * none), 'voids every code sale'],
        [share(t, v * (own + leak)), 'voids the no-code sales instead'],
        [share(t, v * (own + none - leak)), 'takes the leaked sales off the rest'],
        [share(t, v * (own + none + leak + leak)), 'counts the leaked sales twice'],
        [share(t, v * (own + 2 * none)), 'counts the no-code sales twice'],
      ],
    }
  }),
  worked('recruits-needed-for-a-sales-target', (rng) => {
    const target = rng.int(100, 600)
    const a = rng.int(3, 12)
    const act = rng.int(15, 45)
    const up = (x: ReturnType<typeof div>) => frac((x.n + x.d - 1n) / x.d)
    const need = div(target, mul(frac(a), frac(act, 100)))
    return {
      stem: `A merchant wants ${target} more affiliate sales a month. Only ${act}% of partners it recruits become active, and an active partner drives ${a} sales a month on average. How many partners must it recruit, rounded up to a whole partner?`,
      show: plain(0, 'partners'),
      figures: { target, a, act },
      key: up(need),
      wrong: [
        [up(div(target, a)), 'forgets that most recruits stay inactive'],
        [up(mul(div(target, a), frac(act, 100))), 'multiplies by the activation rate'],
        [up(div(target, mul(frac(a), frac(100 - act, 100)))), 'divides by the inactive share'],
        [
          up(div(frac(target), frac(act, 100))),
          'divides the sales target by the activation rate only',
        ],
        [
          up(div(target, mul(frac(a), frac(act, 100), frac(act, 100)))),
          'applies the activation rate twice',
        ],
      ],
    }
  }),
  worked('partner-ranked-first-by-epc', (rng) => {
    const order = (xs: readonly number[]) => xs.indexOf(Math.max(...xs))
    let k: number[] = []
    let c: number[] = []
    let e: number[] = []
    let best = 0
    for (let tries = 0; tries < 200; tries++) {
      k = Array.from({ length: 4 }, () => rng.int(2000, 20000))
      c = Array.from({ length: 4 }, () => rng.int(50000, 600000))
      e = c.map((x, i) => x / k[i]!)
      best = order(e)
      if (new Set([best, order(c), order(k)]).size === 3) break
    }
    if (new Set([best, order(c), order(k)]).size < 3) return rest()
    const epc = c.map((x, i) => div(cents(x), k[i]!))
    const least = e.indexOf(Math.min(...e))
    const f: Record<string, number> = {}
    k.forEach((x, i) => {
      f[`k${i}`] = x
      f[`c${i}`] = c[i]!
    })
    const names = ['North', 'South', 'East', 'West']
    return {
      stem: `A manager ranks partners by EPC (commission ÷ clicks). Last month: ${names.map((m, i) => `${m} ${dollars(c[i]!)} from ${n(k[i]!)} clicks`).join('; ')}. What is the EPC of the partner ranked first, ${CENT}?`,
      show: money,
      figures: f,
      key: epc[best]!,
      wrong: [
        [epc[order(c)]!, 'ranks by commission'],
        [epc[order(k)]!, 'ranks by clicks'],
        [epc[least]!, 'ranks from the lowest EPC'],
        [
          div(
            cents(c.reduce((p, q) => p + q, 0)),
            k.reduce((p, q) => p + q, 0),
          ),
          'gives the programme’s pooled EPC',
        ],
        [
          div(
            cents(c[best]!),
            k.reduce((p, q) => p + q, 0),
          ),
          'divides by every partner’s clicks',
        ],
        [
          div(cents(Math.max(...c)), Math.min(...k)),
          'takes the largest commission over the fewest clicks',
        ],
        [
          div(cents(c.reduce((p, q) => p + q, 0)), k[best]!),
          'divides all the commission by the top partner’s clicks',
        ],
      ],
    }
  }),
  worked('next-quarter-rate-from-a-partner-tier', (rng) => {
    const silver = rng.int(2, 5) * 1000000
    const gold = silver + rng.int(3, 6) * 1000000
    const q1 = rng.int(silver + 100000, gold - 100000)
    const q2 = rng.int(gold + 100000, gold + 3000000)
    const tb = rng.int(30, 50)
    const ts = tb + rng.int(10, 20)
    const tg = ts + rng.int(10, 20)
    return {
      stem: `A programme sets each partner’s tier for a quarter from its sales in the quarter before: Bronze (${tp(tb)}) below ${dollars(silver)}, Silver (${tp(ts)}) from ${dollars(silver)} up to ${dollars(gold)}, Gold (${tp(tg)}) from ${dollars(gold)}. A partner sold ${dollars(q1)} in the first quarter and ${dollars(q2)} in the second. What is its commission for the second quarter, ${CENT}?`,
      show: money,
      figures: { silver, gold, q1, q2, tb, ts, tg },
      key: share(ts, q2),
      wrong: [
        [share(tg, q2), 'sets the tier from the same quarter’s sales'],
        [share(tb, q2), 'starts every quarter at Bronze'],
        [share(ts, q1), 'pays on the first quarter’s sales'],
        [add(share(ts, gold), share(tg, q2 - gold)), 'pays Gold above the threshold'],
        [share(tg, q1), 'pays Gold on the first quarter'],
      ],
    }
  }),
  worked('cashback-passed-to-the-shopper', (rng) => {
    const o = rng.int(5000, 40000)
    const t = rng.int(50, 150)
    const k = rng.int(50, 90)
    return {
      stem: `A cashback partner earns ${tp(t)} on a ${dollars(o)} order and passes ${k}% of its commission to the shopper. How much cashback does the shopper get, ${CENT}?`,
      show: money,
      figures: { o, t, k },
      key: mul(share(t, o), frac(k, 100)),
      wrong: [
        [share(t, o), 'passes the whole commission'],
        [mul(share(t, o), frac(100 - k, 100)), 'gives the partner’s share'],
        [mul(cents(o), frac(k, 100)), 'takes the share of the order'],
        [mul(share(t, o), frac(k, 100), frac(k, 100)), 'applies the share twice'],
        [mul(cents(o), frac(k, 1000)), 'reads the share as tenths of a percent of the order'],
      ],
    }
  }),
  worked('coupon-partners-share-of-the-budget', (rng) => {
    const bud = rng.int(20, 80) * 100000
    const cap = rng.int(20, 40)
    const p = rng.int(2, 5)
    return {
      stem: `A merchant caps coupon partners at ${cap}% of its ${dollars(bud)} monthly commission budget, shared equally among its ${p} coupon partners. How much may each coupon partner earn, ${CENT}?`,
      show: money,
      figures: { bud, cap, p },
      key: mul(cents(bud), frac(cap, 100 * p)),
      wrong: [
        [mul(cents(bud), frac(cap, 100)), 'gives each partner the whole cap'],
        [mul(cents(bud), frac(100 - cap, 100 * p)), 'shares the rest of the budget'],
        [div(cents(bud), p), 'shares the whole budget'],
        [mul(cents(bud), frac(cap, 100 * (p + 1))), 'counts one partner too many'],
        [mul(cents(bud), frac(cap, 100), frac(cap, 100)), 'applies the cap twice'],
      ],
    }
  }),
  worked('active-partners-from-an-outreach-funnel', (rng) => {
    const sent = rng.int(40, 120) * 50
    const rep = rng.int(10, 30)
    const app = rng.int(40, 80)
    const act = rng.int(20, 50)
    const whole = (x: ReturnType<typeof frac>) => frac(x.n / x.d)
    return {
      stem: `A manager emails ${n(sent)} prospective partners. ${rep}% reply, ${app}% of those who reply are approved, and ${act}% of approved partners make a sale in their first 90 days. How many active partners should the manager expect, rounded down to a whole partner?`,
      show: plain(0, 'partners'),
      figures: { sent, rep, app, act },
      key: whole(frac(sent * rep * app * act, 1000000)),
      wrong: [
        [whole(frac(sent * rep * app, 10000)), 'stops at approved partners'],
        [whole(frac(sent * rep * act, 10000)), 'skips the approval rate'],
        [whole(frac(sent * app * act, 10000)), 'skips the reply rate'],
        [whole(frac(sent * (rep + app + act), 300)), 'averages the three rates'],
        [whole(frac(sent * rep, 100)), 'stops at replies'],
        [whole(frac(sent * rep * app * app * act, 100000000)), 'applies the approval rate twice'],
      ],
    }
  }),
  worked('weighted-partner-score', (rng) => {
    const e = rng.int(20, 100)
    const c = rng.int(20, 100)
    const a = rng.int(20, 100)
    const we = rng.int(4, 6) * 10
    const wc = rng.int(2, 3) * 10
    const wa = 100 - we - wc
    return {
      stem: `A manager scores partners out of 100 on EPC, conversion rate and order value, weighted ${we}%, ${wc}% and ${wa}%. A partner scores ${e} on EPC, ${c} on conversion and ${a} on order value. What is its weighted score, to one decimal place (a half rounded up)?`,
      show: plain(1),
      figures: { e, c, a, we, wc, wa },
      key: frac(e * we + c * wc + a * wa, 100),
      wrong: [
        [frac(e + c + a, 3), 'weights the three equally'],
        [frac(e * wa + c * wc + a * we, 100), 'swaps the EPC and order-value weights'],
        [frac(e * wc + c * we + a * wa, 100), 'swaps the EPC and conversion weights'],
        [frac(Math.max(e, c, a)), 'takes the best score'],
        [frac(Math.min(e, c, a)), 'takes the worst score'],
      ],
    }
  }),
  worked('partners-kept-after-an-inactivity-rule', (rng) => {
    const all = rng.int(200, 800)
    const nos = rng.int(40, Math.floor(all / 3))
    const noc = rng.int(20, 80)
    const both = rng.int(5, Math.min(nos, noc) - 5)
    return {
      stem: `A programme removes partners with no sale in the last 90 days. Of its ${all} partners, ${nos} had no sale in 90 days, ${noc} had no click in 90 days, and ${both} had neither. A partner with clicks but no sale is removed too. How many partners remain?`,
      show: plain(0, 'partners'),
      figures: { all, nos, noc, both },
      key: frac(all - nos),
      wrong: [
        [frac(all - nos - noc), 'removes both groups without taking out the overlap'],
        [frac(all - nos - noc + both), 'removes partners with no sale or no click'],
        [frac(all - nos + both), 'keeps the partners with neither'],
        [frac(all - both), 'removes only partners with neither'],
        [frac(all - noc), 'removes partners with no click instead'],
      ],
    }
  }),
  worked('tenancy-fee-cost-per-sale', (rng) => {
    const fee = rng.int(10, 80) * 10000
    const s = rng.int(100, 800)
    const v = rng.int(4000, 15000)
    const t = rng.int(30, 80)
    return {
      stem: `A merchant pays a publisher a ${dollars(fee)} placement fee for a month plus ${tp(t)} commission. The placement brought ${s} sales at an average order of ${dollars(v)}. What did each sale cost, fee and commission together, ${CENT}?`,
      show: money,
      figures: { fee, s, v, t },
      key: add(div(cents(fee), s), share(t, v)),
      wrong: [
        [div(cents(fee), s), 'leaves out the commission'],
        [share(t, v), 'leaves out the fee'],
        [add(cents(fee), share(t, v)), 'adds the whole fee to one sale'],
        [div(add(cents(fee), share(t, v)), s), 'spreads the commission over the sales too'],
        [add(div(cents(fee), s), share(t, v * 2)), 'counts the commission twice'],
      ],
    }
  }),
  worked('cost-of-sale-cap-for-a-flat-fee-partner', (rng) => {
    const fee = rng.int(5, 50) * 10000
    const t = rng.int(40, 100)
    const cap = t + rng.int(20, 80)
    return {
      stem: `A merchant will pay a publisher a ${dollars(fee)} flat fee plus ${tp(t)} commission only if the total cost stays within ${tp(cap)} of the sales it drives. What is the least the publisher must sell for the deal to qualify, ${CENT}?`,
      show: money,
      figures: { fee, t, cap },
      key: div(cents(fee), tenths(cap - t)),
      wrong: [
        [div(cents(fee), tenths(cap)), 'forgets the commission'],
        [div(cents(fee), tenths(t)), 'divides by the commission rate'],
        [div(cents(fee), tenths(cap + t)), 'adds the commission rate to the cap'],
        [mul(cents(fee), add(1, tenths(cap - t))), 'grows the fee by the margin'],
      ],
    }
  }),
  worked('share-of-partners-meeting-a-disclosure-audit', (rng) => {
    const aud = rng.int(60, 200)
    const fail = rng.int(10, Math.floor(aud / 3))
    const fixed = rng.int(3, fail - 3)
    const all = aud + rng.int(100, 600)
    return {
      stem: `A manager audits ${aud} of the programme’s ${all} partners for disclosures. ${fail} fail; ${fixed} of those fix their pages within the 7 days the terms allow and count as compliant. What share of the audited partners is compliant at the end of the 7 days, ${PCT1}?`,
      show: pct(),
      figures: { aud, fail, fixed, all },
      key: div(aud - fail + fixed, aud),
      wrong: [
        [div(aud - fail, aud), 'ignores the pages fixed in time'],
        [div(aud - fail + fixed, all), 'divides by every partner'],
        [div(aud - fixed, aud), 'subtracts the fixed pages instead of the failures'],
        [div(fail - fixed, aud), 'gives the share still failing'],
        [div(all - fail + fixed, all), 'assumes every partner not audited is compliant'],
      ],
    }
  }),
  worked('commission-withheld-for-a-trademark-breach-window', (rng) => {
    const days = rng.int(5, 13)
    const sb = rng.int(50000, 300000)
    const sr = sb + rng.int(100000, 900000)
    const t = rng.int(40, 100)
    return {
      stem: `A programme’s terms withhold commission on every sale made while an affiliate’s ad used the brand’s trademark in its text. An ad ran with the trademark for ${days} days of a 30-day month; the affiliate sold ${dollars(sb)} on those days and ${dollars(sr)} on the other days, at ${tp(t)}. What commission is paid for the month, ${CENT}?`,
      show: money,
      figures: { days, sb, sr, t },
      key: share(t, sr),
      wrong: [
        [share(t, sb), 'pays only the breach days'],
        [share(t, sr + sb), 'withholds nothing'],
        [share(t, sr - sb), 'takes the breach sales off the rest'],
        [mul(share(t, sr), frac(30 - days, 30)), 'prorates the other days’ sales by days as well'],
        [
          mul(share(t, sr + sb), frac(100 - days, 100)),
          'withholds the breach days as a percentage',
        ],
        [add(share(t, sr), mul(share(t, sb), frac(1, 2))), 'withholds half the breach sales'],
      ],
    }
  }),
]
