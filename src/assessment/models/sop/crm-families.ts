import type { Rng } from '../../rng.js'
import { $, count, minus, over, pct1, plus, REPS, reckon, times, usd, w } from './sop-text.js'

// CRM data and process: routing by stated round-robin, weight, cap and band rules, duplicate
// and completeness checks, stage hygiene as of a date, booking dates, and deal-desk approval
// thresholds. The slips are boundary values read the wrong way, a skip rule not applied, a
// match rule half applied, and double counting records that fail two checks.

const k = (rng: Rng, a: number, b: number) => w(rng.int(a, b) * 1000)
const n = (x: number) => w(x)

export const CRM_FAMILIES = [
  reckon('weighted-round-robin-share', (rng) => {
    const [wa, wb, wc] = [rng.int(3, 4), rng.int(1, 2), rng.int(1, 2)]
    const cyc = wa + wb + wc
    const full = rng.int(5, 14)
    // The day ends inside the first rep's turn, so the part-cycle is neither none nor a full turn.
    const rest = rng.int(2, wa - 1)
    const leads = full * cyc + rest
    return {
      stem: `Inbound leads are routed by weighted round robin: in each cycle rep ${REPS[0]} takes the first ${wa} leads, then ${REPS[1]} takes ${wb} and ${REPS[2]} takes ${wc}, and cycles repeat from the start of the day. ${leads} leads arrive today. How many go to ${REPS[0]}?`,
      show: count,
      inputs: { wa: n(wa), wb: n(wb), wc: n(wc), leads: n(leads) },
      key: n(full * wa + Math.min(rest, wa)),
      wrong: [
        [n(Math.floor(leads / 3)), 'splits the leads evenly over the three reps'],
        [n(full * wa), 'leaves out the part-cycle at the end of the day'],
        [n(Math.round((leads * wa) / cyc)), 'takes the weighted share of the day and rounds it'],
        [n((full + 1) * wa), 'counts the part-cycle at the end of the day as a full cycle'],
      ],
    }
  }),
  reckon('round-robin-skipping-unavailable-rep', (rng) => {
    const team = 5
    const last = rng.int(0, 4)
    const away = (last + rng.int(1, 3)) % team
    const m = rng.int(4, 11)
    const walk = (skip: boolean, from: number) => {
      let at = from
      for (let i = 0; i < m; i++) {
        at = (at + 1) % team
        if (skip && at === away) at = (at + 1) % team
      }
      return at
    }
    return {
      stem: `Leads are routed round robin in the fixed order ${REPS.slice(0, team).join(', ')}, then back to the start. The last lead went to ${REPS[last]}. ${REPS[away]} is out of office today and is skipped. Numbering the reps 1 to ${team} in that order, which rep’s number receives the ${m}th lead of today?`,
      show: (x) => `${count(x)} (${REPS[Number(x.n / x.d) - 1]})`,
      inputs: { last: n(last), away: n(away), m: n(m) },
      key: n(walk(true, last) + 1),
      wrong: [
        [n(walk(false, last) + 1), 'does not skip the rep who is out of office'],
        [
          n(walk(true, team - 1) + 1),
          'starts again from the first rep instead of after the last one assigned',
        ],
        [
          n(walk(true, (last + team - 1) % team) + 1),
          'counts the rep who took the last lead as first today',
        ],
        [
          n(walk(false, (last + team - 1) % team) + 1),
          'restarts at the last rep and does not skip',
        ],
      ],
    }
  }),
  reckon('employee-band-routing-count', (rng) => {
    const fixed = [199, 200, 999, 1000]
    const others = Array.from({ length: 8 }, () =>
      rng.pick([rng.int(20, 190), rng.int(210, 990), rng.int(1010, 9000)]),
    )
    const list = rng.shuffle([...fixed, ...others])
    const c = (f: (x: number) => boolean) => n(list.filter(f).length)
    return {
      stem: `Routing rules send companies with 1–199 employees to SMB, 200–999 to mid-market and 1,000 or more to enterprise. Twelve new leads have ${list.map((x) => x.toLocaleString('en-US')).join(', ')} employees. How many go to mid-market?`,
      show: count,
      inputs: Object.fromEntries(list.map((x, i) => [`e${i + 1}`, n(x)])),
      key: c((x) => x >= 200 && x <= 999),
      wrong: [
        [c((x) => x > 200 && x <= 999), 'reads 200 as the top of the SMB band'],
        [c((x) => x >= 200), 'sends everything from 200 up to mid-market'],
        [c((x) => x >= 200 && x <= 1000), 'counts a 1,000-employee company as mid-market'],
        [c((x) => x > 200 && x < 999), 'leaves out the companies exactly on the band limits'],
        [c((x) => x < 1000), 'counts every company below 1,000 employees, SMB included'],
        [c((x) => x < 200), 'counts the SMB leads instead'],
        [c((x) => x >= 1000), 'counts the enterprise leads instead'],
        [c((x) => x < 200 || x > 999), 'counts the leads that are not mid-market'],
      ],
    }
  }),
  reckon('duplicates-by-stated-match-rule', (rng) => {
    const a = rng.int(5, 20)
    const b = rng.int(3, 15)
    const c = rng.int(2, 10)
    const d = rng.int(2, 8)
    return {
      stem: `A lead import is checked against the CRM. A lead is a duplicate if its email matches ignoring letter case, or its phone matches after removing spaces and punctuation. ${a} leads match on email exactly, ${b} more match on email only when case is ignored, ${c} more match only on the cleaned phone number, and ${d} more match only on company name. How many leads are duplicates?`,
      show: count,
      inputs: { a: n(a), b: n(b), c: n(c), d: n(d) },
      key: n(a + b + c),
      wrong: [
        [n(a), 'counts exact email matches only'],
        [n(a + b), 'checks email but not phone'],
        [n(a + c), 'compares emails case-sensitively'],
        [n(a + b + c + d), 'counts company-name matches too'],
      ],
    }
  }),
  reckon('records-left-after-merging-duplicates', (rng) => {
    const total = rng.int(500, 2000)
    const sizes = Array.from({ length: rng.int(3, 6) }, () => rng.int(2, 5))
    const extra = sizes.reduce((s, x) => s + x - 1, 0)
    const all = sizes.reduce((s, x) => s + x, 0)
    const pairs = sizes.reduce((s, x) => s + (x * (x - 1)) / 2, 0)
    return {
      stem: `A contact table holds ${total} records. Duplicate checks find ${sizes.length} groups of duplicates with ${sizes.join(', ')} records each; each group is merged into one surviving record. How many records remain?`,
      show: count,
      inputs: { total: n(total), ...Object.fromEntries(sizes.map((x, i) => [`g${i + 1}`, n(x)])) },
      key: n(total - extra),
      wrong: [
        [n(total - all), 'deletes every record in a duplicate group, keeping no survivor'],
        [n(total - sizes.length), 'removes one record per group'],
        [n(total - all + 2 * sizes.length), 'keeps two records from each group'],
        [n(total - pairs), 'removes one record for each duplicate pair the check reports'],
        [n(total - all + 1), 'keeps one survivor for all the groups together'],
        [n(total + sizes.length), 'adds the merged survivors as new records and deletes none'],
      ],
    }
  }),
  reckon('required-field-completeness', (rng) => {
    const total = rng.int(400, 1200)
    const a = rng.int(30, 120)
    const b = rng.int(30, 120)
    const both = rng.int(5, 25)
    return {
      stem: `Of ${total} open opportunities, ${a} lack a next step, ${b} lack a decision-maker contact, and ${both} of those lack both. What share of opportunities has both fields filled, as a percentage to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: { total: n(total), a: n(a), b: n(b), both: n(both) },
      key: over(n(total - a - b + both), n(total)),
      wrong: [
        [over(n(total - a - b), n(total)), 'subtracts the opportunities missing both twice'],
        [over(n(total - a - b - both), n(total)), 'subtracts those missing both a third time'],
        [
          times(over(n(total - a), n(total)), over(n(total - b), n(total))),
          'multiplies the two fill rates as if independent',
        ],
        [over(n(total - a), n(total)), 'checks the first field only'],
        [over(n(total - b), n(total)), 'checks the second field only'],
        [
          over(n(total - both), n(total)),
          'counts those with at least one of the two fields filled',
        ],
      ],
    }
  }),
  reckon('past-close-date-hygiene-count', (rng) => {
    const asOf = rng.int(10, 20)
    // Close dates from mid-March to late April, as day offsets from 1 April (20 added in the
    // figures, which hold no negative day).
    const rows = Array.from({ length: 12 }, () => ({
      d: rng.int(-20, 25),
      open: rng.int(0, 3) > 0,
    }))
    rows[0] = { d: asOf - 1, open: true }
    rows[1] = { d: asOf - 3, open: false }
    // A second closed opportunity in the past, so counting closed ones differs from counting today.
    rows[3] = { d: rng.int(-20, asOf - 2), open: false }
    rows[2] = { d: rng.int(-20, -1), open: true }
    const when = (d: number) => (d < 0 ? `${32 + d} March` : `${d + 1} April`)
    const day = (d: number) => Number(when(d).split(' ')[0])
    const today = asOf - 1
    const c = (f: (r: { d: number; open: boolean }) => boolean) => n(rows.filter(f).length)
    return {
      stem: `A weekly hygiene report flags open opportunities whose close date is before today. Today is ${asOf} April. Twelve opportunities have close dates of ${rows.map((r) => `${when(r.d)} (${r.open ? 'open' : 'closed'})`).join(', ')}. How many are flagged?`,
      show: count,
      inputs: {
        asOf: n(asOf),
        ...Object.fromEntries(
          rows.flatMap((r, i) => [
            [`d${i + 1}`, n(r.d + 20)],
            [`o${i + 1}`, n(r.open ? 1 : 0)],
          ]),
        ),
      },
      key: c((r) => r.open && r.d < today),
      wrong: [
        [c((r) => r.open && r.d <= today), 'also flags close dates of today'],
        [c((r) => r.d < today), 'flags closed opportunities too'],
        [c((r) => r.open && r.d > today), 'flags the close dates still to come'],
        [c((r) => r.d <= today), 'flags every opportunity dated up to today, open or closed'],
        [
          c((r) => r.open && day(r.d) < asOf),
          'compares the day of the month and ignores the month',
        ],
        [
          c((r) => !r.open && r.d < today),
          'flags the closed opportunities with past dates instead',
        ],
        [c((r) => r.open && r.d < 0), 'flags only the close dates in a month already over'],
      ],
    }
  }),
  reckon('bookings-by-countersignature-date', (rng) => {
    const v = [k(rng, 20, 200), k(rng, 20, 200), k(rng, 20, 200), k(rng, 20, 200)]
    // customer signature day, countersignature day (June = 1..30, July = 31..)
    const cust = [rng.int(20, 30), rng.int(25, 30), rng.int(20, 29), rng.int(31, 33)]
    // The third deal is countersigned on 30 June, the quarter's last day, in every draw.
    const counter = [cust[0]!, 31 + rng.int(0, 2), 30, cust[3]! + 1]
    const day = (x: number) => (x <= 30 ? `${x} June` : `${x - 30} July`)
    const sum = (f: (i: number) => boolean) => plus(w(0), ...v.filter((_, i) => f(i)))
    return {
      stem: `Plan rules book a deal on the later of the customer’s signature and the company’s countersignature; the quarter ends 30 June. Four deals: ${v.map((x, i) => `${$(x)} signed ${day(cust[i]!)}, countersigned ${day(counter[i]!)}`).join('; ')}. What is booked in the quarter ending 30 June, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: Object.fromEntries(
        v.flatMap((x, i) => [
          [`v${i + 1}`, x],
          [`c${i + 1}`, n(cust[i]!)],
          [`k${i + 1}`, n(counter[i]!)],
        ]),
      ),
      key: sum((i) => counter[i]! <= 30),
      wrong: [
        [sum((i) => cust[i]! <= 30), 'books on the customer’s signature date'],
        [sum(() => true), 'books all four deals'],
        [sum((i) => counter[i]! < 30), 'leaves out a deal countersigned on the last day'],
        [sum((i) => counter[i]! > 30), 'books the deals that fall in July'],
      ],
    }
  }),
  reckon('quotes-needing-vp-approval', (rng) => {
    const lists = Array.from({ length: 8 }, () => rng.int(20, 90) * 1000)
    const disc = Array.from({ length: 8 }, () =>
      rng.pick([5, 10, 12, 15, 18, 20, 22, 25, 28, 30, 35]),
    )
    disc[0] = 20
    const nets = lists.map((l, i) => (l * (100 - disc[i]!)) / 100)
    const on = (f: (d: number) => boolean, base: 'list' | 'net') =>
      n(lists.filter((l, i) => f(((l - nets[i]!) * 100) / (base === 'list' ? l : nets[i]!))).length)
    return {
      stem: `Deal desk rules: a discount off list price above 10% and up to 20% needs a manager; above 20% needs the VP of sales. Eight quotes show list and net prices of ${lists.map((l, i) => `${$(w(l))} → ${$(w(nets[i]!))}`).join(', ')}. How many quotes need the VP?`,
      show: count,
      inputs: Object.fromEntries(
        lists.flatMap((l, i) => [
          [`l${i + 1}`, w(l)],
          [`d${i + 1}`, n(disc[i]!)],
        ]),
      ),
      key: on((d) => d > 20, 'list'),
      wrong: [
        [on((d) => d >= 20, 'list'), 'sends a discount of exactly 20% to the VP'],
        [on((d) => d > 20, 'net'), 'measures the discount against the net price'],
        [on((d) => d > 10, 'list'), 'counts every quote that needs any approval'],
        [on((d) => d > 10 && d <= 20, 'list'), 'counts the manager approvals instead'],
      ],
    }
  }),
  reckon('lead-response-sla-breach-share', (rng) => {
    // At 60 minutes, reading "1 h 05 min" as 105 flags the same leads as counting the limit itself.
    const sla = rng.pick([90, 120])
    const leads = 16
    const mins = Array.from({ length: leads }, () => rng.int(10, 2 * sla + 60))
    mins[0] = sla
    const fmt = (m: number) =>
      m >= 60 ? `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min` : `${m} min`
    // "1 h 05 min" read as the digits 105.
    const digits = (m: number) => (m >= 60 ? Math.floor(m / 60) * 100 + (m % 60) : m)
    const share = (f: (m: number) => boolean) => over(n(mins.filter(f).length), n(leads))
    return {
      stem: `The service level for first touch on an inbound lead is ${sla} minutes; a lead breaches it only if first touch takes longer. ${leads} leads were first touched after ${mins.map(fmt).join(', ')}. What share breached the service level, as a percentage to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: { sla: n(sla), ...Object.fromEntries(mins.map((m, i) => [`t${i + 1}`, n(m)])) },
      key: share((m) => m > sla),
      wrong: [
        [share((m) => m >= sla), 'counts a touch at exactly the limit as a breach'],
        [share((m) => m <= sla), 'gives the share within the service level'],
        [share((m) => digits(m) > sla), 'reads hours and minutes as one number of minutes'],
        [share((m) => m > sla + 30), 'allows a further half hour of grace'],
        [
          share((m) => Math.floor(m / 60) * 60 > sla),
          'drops the minutes from times given in hours and minutes',
        ],
      ],
    }
  }),
  reckon('capped-round-robin-overflow', (rng) => {
    const caps = [rng.int(8, 15), rng.int(8, 15), rng.int(8, 15), rng.int(8, 15)]
    const away = rng.int(0, 3)
    const all = caps.reduce((s, x) => s + x, 0)
    const open = all - caps[away]!
    const working = caps.filter((_, i) => i !== away)
    // From a light to a heavy day, so the queue can outgrow the leads the reps take.
    const leads = all + rng.int(1, 60)
    return {
      stem: `Leads are routed round robin over ${REPS.slice(0, 4).join(', ')}, whose daily caps are ${caps.join(', ')} leads; ${REPS[away]} is out of office today and gets none. Leads beyond every available rep’s cap wait in a queue for tomorrow. ${leads} leads arrive today. How many leads wait in the queue?`,
      show: count,
      inputs: {
        away: n(away),
        leads: n(leads),
        ...Object.fromEntries(caps.map((x, i) => [`c${i + 1}`, n(x)])),
      },
      key: n(leads - open),
      wrong: [
        [n(leads - all), 'counts the cap of the rep who is out of office'],
        [n(leads - 3 * Math.max(...working)), 'gives every available rep the largest cap'],
        [
          n(leads - 3 * Math.min(...working)),
          'stops the round robin when the first rep reaches a cap',
        ],
        [n(open), 'gives the leads assigned instead of queued'],
        [n(leads - Math.max(...working)), 'applies one rep’s cap to the whole team'],
      ],
    }
  }),
  reckon('stage-probability-mismatch-count', (rng) => {
    const map = [10, 25, 50, 75, 90]
    const rows = Array.from({ length: 12 }, () => {
      const s = rng.int(1, 5)
      const right = map[s - 1]!
      const p = rng.pick([right, right, right, map[Math.min(s, 4)]!, map[Math.max(s - 2, 0)]!])
      return { s, p }
    })
    const c = (f: (r: { s: number; p: number }) => boolean) => n(rows.filter(f).length)
    return {
      stem: `The CRM’s stage probabilities are stage 1 = 10%, 2 = 25%, 3 = 50%, 4 = 75%, 5 = 90%. A hygiene check flags any opportunity whose probability differs from its stage’s. Twelve opportunities show ${rows.map((r) => `stage ${r.s} at ${r.p}%`).join(', ')}. How many are flagged?`,
      show: count,
      inputs: Object.fromEntries(
        rows.flatMap((r, i) => [
          [`s${i + 1}`, n(r.s)],
          [`p${i + 1}`, n(r.p)],
        ]),
      ),
      key: c((r) => r.p !== map[r.s - 1]),
      wrong: [
        [c((r) => r.p > map[r.s - 1]!), 'flags only probabilities above the stage’s'],
        [c((r) => r.p < map[r.s - 1]!), 'flags only probabilities below the stage’s'],
        [c((r) => r.p === map[r.s - 1]), 'counts the opportunities that match'],
        [c((r) => r.p !== map[Math.min(r.s, 4)]), 'reads the table one stage off'],
        [c((r) => r.p !== map[Math.max(r.s - 2, 0)]), 'reads the table one stage back'],
        [
          n(new Set(rows.filter((r) => r.p !== map[r.s - 1]).map((r) => r.s)).size),
          'counts the stages with a mismatch instead of the opportunities',
        ],
        [
          c((r) => rows.some((o) => o.s === r.s && o.p !== map[o.s - 1])),
          'flags every opportunity in a stage that has any mismatch',
        ],
      ],
    }
  }),
  reckon('discount-percent-off-list-for-approval', (rng) => {
    const list = k(rng, 30, 200)
    const off = w(Number((list.n * BigInt(rng.int(80, 350))) / (1000n * list.d) / 50n) * 50)
    const fee = w(rng.int(2, 15) * 500)
    const net = minus(list, off)
    const total = plus(net, fee)
    const seats = rng.int(10, 100)
    return {
      stem: `A quote for ${seats} seats lists the subscription at ${$(list)} and adds a one-time implementation fee of ${$(fee)}, for a quoted total of ${$(total)}. The fee is never discounted, and deal desk measures discount on the subscription only, as (list − net) ÷ list. What discount does the approval rule see, as a percentage to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: { list, off, fee, seats: n(seats) },
      key: over(off, list),
      wrong: [
        [over(off, net), 'divides by the net price'],
        [over(off, plus(list, fee)), 'measures against the whole quote, fee included'],
        [over(off, plus(list, net)), 'divides by list plus net'],
        [over(off, over(plus(list, net), w(2))), 'divides by the midpoint of list and net'],
        [over(off, total), 'divides by the quoted total'],
        [
          over(minus(plus(list, fee), net), plus(list, fee)),
          'leaves the fee in the list price but not in the net',
        ],
      ],
    }
  }),
  reckon('finance-approval-for-payment-terms', (rng) => {
    const quotes = 12
    const terms = Array.from({ length: quotes }, () => rng.pick([30, 45, 60, 75, 90]))
    const disc = Array.from({ length: quotes }, () => rng.pick([0, 5, 10, 15, 20, 25]))
    terms[0] = 60
    disc[1] = 15
    const c = (f: (t: number, d: number) => boolean) =>
      n(terms.filter((t, i) => f(t, disc[i]!)).length)
    return {
      stem: `Finance must approve any quote with payment terms over net 60 days or a discount of 15% or more. Twelve quotes: ${terms.map((t, i) => `net ${t} at ${disc[i]}%`).join(', ')}. How many need finance approval?`,
      show: count,
      inputs: Object.fromEntries(
        terms.flatMap((t, i) => [
          [`t${i + 1}`, n(t)],
          [`d${i + 1}`, n(disc[i]!)],
        ]),
      ),
      key: c((t, d) => t > 60 || d >= 15),
      wrong: [
        [c((t, d) => t >= 60 || d >= 15), 'includes net 60 itself'],
        [c((t, d) => t > 60 || d > 15), 'leaves out a discount of exactly 15%'],
        [c((t, d) => t > 60 && d >= 15), 'requires both conditions instead of either'],
        [
          n(terms.filter((t) => t > 60).length + disc.filter((d) => d >= 15).length),
          'counts a quote that breaks both rules twice',
        ],
        [c((t) => t > 60), 'checks the payment terms only'],
        [c((_, d) => d >= 15), 'checks the discount only'],
      ],
    }
  }),
  reckon('territory-reassignment-pipeline-moved', (rng) => {
    const ops = Array.from({ length: 7 }, () => ({
      v: k(rng, 10, 120),
      st: rng.pick(['open', 'won', 'lost']),
      s: rng.int(1, 5),
    }))
    ops[0] = { ...ops[0]!, st: 'open', s: 1 }
    ops[1] = { ...ops[1]!, st: 'open', s: 4 }
    // An open stage-5 deal, so moving every open deal differs from moving stage 4 too.
    ops[2] = { ...ops[2]!, st: 'open', s: 5 }
    ops[3] = { ...ops[3]!, st: 'open', s: 3 }
    const sum = (f: (o: (typeof ops)[number]) => boolean) =>
      plus(w(0), ...ops.filter(f).map((o) => o.v))
    return {
      stem: `An account moves to a new owner. The rule: open opportunities before stage 4 move with the account; opportunities at stage 4 or later, and closed ones, stay with the old owner. The account’s opportunities are ${ops.map((o) => `${$(o.v)} ${o.st}${o.st === 'open' ? ` at stage ${o.s}` : ''}`).join(', ')}. How much pipeline moves to the new owner, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: Object.fromEntries(
        ops.flatMap((o, i) => [
          [`v${i + 1}`, o.v],
          [`s${i + 1}`, n(o.s)],
          [`o${i + 1}`, n(o.st === 'open' ? 1 : o.st === 'won' ? 2 : 3)],
        ]),
      ),
      key: sum((o) => o.st === 'open' && o.s < 4),
      wrong: [
        [sum((o) => o.st === 'open'), 'moves every open opportunity'],
        [sum((o) => o.st === 'open' && o.s <= 4), 'moves stage 4 too'],
        [sum((o) => o.st === 'open' && o.s < 3), 'stops a stage early, moving stages 1 and 2 only'],
        [sum((o) => o.s < 4), 'moves closed opportunities by their stage as well'],
        [sum((o) => o.st === 'open' && o.s >= 4), 'moves the late-stage deals instead'],
      ],
    }
  }),
  reckon('account-hierarchy-arr-rollup', (rng) => {
    const own = k(rng, 20, 200)
    const c1 = k(rng, 20, 150)
    const c1x = k(rng, 10, 80)
    const c2 = k(rng, 20, 150)
    const g1 = k(rng, 10, 100)
    const g2 = k(rng, 10, 100)
    const g2x = k(rng, 10, 60)
    return {
      stem: `A parent account’s rolled-up ARR is its own active subscriptions plus the active subscriptions of every account below it in the hierarchy, at any depth; cancelled subscriptions are left out. The parent has ${$(own)} active. Its child North has ${$(c1)} active and ${$(c1x)} cancelled; its child South has ${$(c2)} active. North’s own child North-East has ${$(g1)} active; South’s child South-West has ${$(g2)} active and ${$(g2x)} cancelled. What ARR rolls up to the parent, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { own, c1, c1x, c2, g1, g2, g2x },
      key: plus(own, c1, c2, g1, g2),
      wrong: [
        [plus(own, c1, c2), 'rolls up the direct children only'],
        [plus(own, c1, c1x, c2, g1, g2, g2x), 'includes the cancelled subscriptions'],
        [plus(c1, c2, g1, g2), 'leaves out the parent’s own subscriptions'],
        [plus(c1, c2), 'adds the direct children’s own subscriptions alone'],
        [
          plus(own, c1, c2, g1, g2, g1, g2),
          'adds the grandchildren again after rolling them into their parents',
        ],
        [plus(own, c1, c1x, c2), 'rolls up the direct children only, cancelled included'],
        [
          plus(own, c1, c1x, c2, g1, g2),
          'leaves out the cancelled subscriptions of the grandchildren only',
        ],
      ],
    }
  }),
]
