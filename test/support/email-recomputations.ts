/**
 * Every computed email marketing family's key and named mistakes, recomputed from the figures a
 * draw reports, with formulas written here from the stems' definitions, not from the families.
 */

import { figuresOf } from './drawn-figures.js'
import { lookups, parseSpf } from './email-auth-records.js'

// ---------------------------------------------------------------------------------------------
// Formats as a report shows them, written again here.

const pc = (x: number, digits = 1) => `${(x * 100).toFixed(digits)} %`
const num = (x: number) => x.toLocaleString('en-US')
const usd = (x: number) =>
  `$${x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

/** A computed family's key and each named mistake's answer, recomputed from its figures. */
type Recompute = (f: Record<string, number | string>) => {
  key: string
  wrong: Record<string, string>
  /** Figures the stem must state, as it states them. */
  shown: string[]
}
const F = (f: Record<string, number | string>, k: string) => Number(f[k])

const WEEKDAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const dateText = (d: Date) =>
  `${WEEKDAY[d.getUTCDay()]} ${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`
const addDays = (d: Date, n: number) =>
  new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n))
function addBusinessDays(d: Date, n: number): Date {
  let at = d
  let left = n
  while (left > 0) {
    at = addDays(at, 1)
    if (at.getUTCDay() % 6 !== 0) left--
  }
  return at
}

const DMARC_OUTCOME = {
  dkim: 'DMARC passes through aligned DKIM only',
  spf: 'DMARC passes through aligned SPF only',
  both: 'DMARC passes through both aligned DKIM and aligned SPF',
  fail: 'DMARC fails: no passing identifier is aligned',
}
/** RFC 7489 3.1: relaxed compares organizational domains (here the last two labels), strict the whole. */
const alignedUnder = (a: string, b: string, mode: string) =>
  mode === 's' ? a === b : a.split('.').slice(-2).join() === b.split('.').slice(-2).join()
const dmarcText = (dkim: boolean, spf: boolean) =>
  DMARC_OUTCOME[dkim && spf ? 'both' : dkim ? 'dkim' : spf ? 'spf' : 'fail']

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const at = (m: number) =>
  `${DAY_NAMES[Math.floor(m / 1440) % 7]} ${String(Math.floor((m % 1440) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
/** The first minute at or after `m` outside quiet hours (21:00–08:00). */
function outOfQuietHours(m: number): number {
  let t = m
  while (t % 1440 >= 21 * 60 || t % 1440 < 8 * 60) t++
  return t
}

export const RECOMPUTE: Record<string, Recompute> = {
  'can-spam-opt-out-deadline': (f) => {
    const asked = new Date(`${f.asked}T00:00:00Z`)
    return {
      key: dateText(addBusinessDays(asked, 10)),
      wrong: {
        'counts calendar days, not business days': dateText(addDays(asked, 10)),
        'takes the 30 days the opt-out link must keep working': dateText(addDays(asked, 30)),
        'applies a mailbox provider’s two-day expectation as the law': dateText(addDays(asked, 2)),
        'halves the period to five business days': dateText(addBusinessDays(asked, 5)),
      },
      shown: [dateText(asked)],
    }
  },
  'spf-count-lookups': (f) => {
    const record = String(f.record)
    const terms = parseSpf(record)
    if (!Array.isArray(terms)) throw new Error(`not a valid record: ${record}`)
    const nested = Object.fromEntries(
      Object.entries(f)
        .filter(([k]) => k !== 'record')
        .map(([k, v]) => [k, { nestedLookups: Number(v), ip4: [] }]),
    )
    const own = lookups(terms, {})
    const inner = Object.values(nested).reduce((s, z) => s + z.nestedLookups, 0)
    return {
      key: String(lookups(terms, nested)),
      wrong: {
        'counts the record’s own lookups but not the includes’ nested ones': String(own),
        'counts every term, ip4, ip6 and all included': String(
          record.split(' ').length - 1 + inner,
        ),
        'counts only the include mechanisms': String(
          terms.filter((t) => t.name === 'include').length,
        ),
        'counts only the lookups inside the includes': String(inner),
      },
      shown: [record],
    }
  },
  'dmarc-alignment-result': (f) => {
    const from = String(f.from)
    const d = String(f.dkimDomain)
    const mf = String(f.mailFrom)
    const dkimPass = f.dkimPass === 'true'
    const spfPass = f.spfPass === 'true'
    const [adkim, aspf] = [String(f.adkim), String(f.aspf)]
    const dk = (mode: string, pass = dkimPass) => pass && alignedUnder(d, from, mode)
    const sp = (mode: string, pass = spfPass) => pass && alignedUnder(mf, from, mode)
    return {
      key: dmarcText(dk(adkim), sp(aspf)),
      wrong: {
        'counts a passing identifier without checking alignment': dmarcText(dkimPass, spfPass),
        'applies relaxed alignment whatever the record says': dmarcText(dk('r'), sp('r')),
        'applies strict alignment whatever the record says': dmarcText(dk('s'), sp('s')),
        'requires both DKIM and SPF to pass aligned':
          dk(adkim) && sp(aspf) ? DMARC_OUTCOME.both : DMARC_OUTCOME.fail,
        'checks alignment but not whether the checks passed': dmarcText(
          dk(adkim, true),
          sp(aspf, true),
        ),
        'swaps the DKIM and SPF alignment modes': dmarcText(dk(aspf), sp(adkim)),
      },
      shown: [
        `From domain ${from}`,
        `d=${d}`,
        `MAIL FROM domain ${mf}`,
        `adkim=${adkim}`,
        `aspf=${aspf}`,
      ],
    }
  },
  'dmarc-pct-fallback': (f) => {
    const failing = F(f, 'failing')
    const pct = F(f, 'pct')
    const rejected = (failing * pct) / 100
    return {
      key: num(failing - rejected),
      wrong: {
        'applies pct to the quarantined share': num(rejected),
        'lets the unselected messages through as if the policy were none': '0',
        'ignores the rejection pct selects': num(failing),
        'splits the unselected messages between quarantine and none': num((failing - rejected) / 2),
      },
      shown: [`pct=${pct}`, num(failing)],
    }
  },
  'warm-up-days': (f) => {
    const [start, target] = [F(f, 'start'), F(f, 'target')]
    let day = 1
    while (start * 2 ** (day - 1) < target) day++
    let linear = 1
    while (start * linear < target) linear++
    let twice = 1
    while (start + 2 * start * (twice - 1) < target) twice++
    return {
      key: `Day ${day}`,
      wrong: {
        'adds the first day’s volume each day instead of doubling': `Day ${linear}`,
        'adds twice the first day’s volume each day': `Day ${twice}`,
        'halves the ratio of target to start': `Day ${Math.ceil(target / start / 2)}`,
        'skips warming and sends the full volume at once': 'Day 1',
      },
      shown: [num(start), num(target)],
    }
  },
  'delivery-rate': (f) => {
    const [s, h, o] = [F(f, 'sent'), F(f, 'hard'), F(f, 'soft')]
    return {
      key: pc((s - h - o) / s),
      wrong: {
        'subtracts only the hard bounces': pc((s - h) / s),
        'subtracts only the soft bounces': pc((s - o) / s),
        'reports the bounce rate instead': pc((h + o) / s),
        'adds the bounces to the base': pc((s - h - o) / (s + h + o)),
      },
      shown: [num(s), num(h), num(o)],
    }
  },
  'bounce-rate': (f) => {
    const [s, h, o] = [F(f, 'sent'), F(f, 'hard'), F(f, 'soft')]
    const d = s - h - o
    return {
      key: pc((h + o) / s, 2),
      wrong: {
        'counts only the hard bounces': pc(h / s, 2),
        'divides by delivered instead of sent': pc((h + o) / d, 2),
        'counts only the soft bounces': pc(o / s, 2),
        'reports the delivery rate instead': pc(d / s, 2),
        'divides by sent less the hard bounces': pc((h + o) / (s - h), 2),
        'counts hard bounces over delivered': pc(h / d, 2),
      },
      shown: [num(s), num(h), num(o)],
    }
  },
  'open-rate': (f) => {
    const [s, d, o, all] = [F(f, 'sent'), F(f, 'delivered'), F(f, 'opens'), F(f, 'totalOpens')]
    return {
      key: pc(o / d),
      wrong: {
        'divides by sent instead of delivered': pc(o / s),
        'counts repeat opens': pc(all / d),
        'counts repeat opens over emails sent': pc(all / s),
        'reports the share that did not open': pc((d - o) / d),
      },
      shown: [num(s), num(d), num(o), num(all)],
    }
  },
  'click-through-rate': (f) => {
    const [d, o, c, all] = [F(f, 'delivered'), F(f, 'opens'), F(f, 'clicks'), F(f, 'totalClicks')]
    return {
      key: pc(c / d, 2),
      wrong: {
        'divides by opens, giving click-to-open': pc(c / o, 2),
        'counts repeat clicks': pc(all / d, 2),
        'reports the open rate': pc(o / d, 2),
        'counts repeat clicks over opens': pc(all / o, 2),
      },
      shown: [num(d), num(o), num(c), num(all)],
    }
  },
  'click-to-open-rate': (f) => {
    const [d, o, c] = [F(f, 'delivered'), F(f, 'opens'), F(f, 'clicks')]
    return {
      key: pc(c / o),
      wrong: {
        'divides by delivered, giving click-through': pc(c / d),
        'reports the open rate': pc(o / d),
        'divides opens by opens plus clicks': pc(o / (o + c)),
        'reports openers who did not click': pc((o - c) / o),
      },
      shown: [num(d), num(o), num(c)],
    }
  },
  'apple-mpp-open-rate': (f) => {
    const [d, m, mo, other, real] = figuresOf(
      f,
      'delivered',
      'mpp',
      'mppOpens',
      'others',
      'realOpens',
    )
    if (other !== d - m) throw new Error('the recipients without MPP do not add up')
    return {
      key: pc(real / (d - m)),
      wrong: {
        'counts the machine opens as reads': pc((mo + real) / d),
        'drops the machine opens but keeps their recipients in the base': pc(real / d),
        'reports the machine open rate': pc(mo / m),
        'drops their recipients but keeps their opens': pc((mo + real) / (d - m)),
      },
      shown: [num(d), num(m), num(mo), num(real)],
    }
  },
  'unsubscribe-rate': (f) => {
    const [s, d, o, u, k] = figuresOf(f, 'sent', 'delivered', 'opens', 'unsubs', 'complaints')
    return {
      key: pc(u / d, 2),
      wrong: {
        'divides by opens instead of delivered': pc(u / o, 2),
        'adds the spam complaints': pc((u + k) / d, 2),
        'reports the complaint rate': pc(k / d, 2),
        'divides by the bounces': pc(u / (s - d), 2),
      },
      shown: [num(d), num(s), num(u), num(k)],
    }
  },
  'complaint-rate-ceiling': (f) => {
    const [s, d, o, u, k] = figuresOf(f, 'sent', 'delivered', 'opens', 'unsubs', 'complaints')
    // The ceiling is read as the rules state it: a rate of 0.3 % or more breaks it.
    const judged = (r: number) =>
      `${pc(r, 2)}, ${r < 0.3 / 100 ? 'below' : 'at or above'} the 0.3 % ceiling`
    return {
      key: judged(k / d),
      wrong: {
        'divides by opens instead of delivered': judged(k / o),
        'moves the decimal point one place': judged((10 * k) / d),
        'divides by sent instead of delivered': judged(k / s),
        'counts unsubscribes as complaints': judged((k + u) / d),
      },
      shown: [num(d), num(k)],
    }
  },
  'revenue-per-email': (f) => {
    const [d, o, c, n, r] = figuresOf(f, 'delivered', 'opens', 'clicks', 'orders', 'revenue')
    return {
      key: usd(r / d),
      wrong: {
        'divides by clicks, giving revenue per click': usd(r / c),
        'divides by orders, giving average order value': usd(r / n),
        'divides by opens': usd(r / o),
        'reads revenue per hundred emails': usd((100 * r) / d),
      },
      shown: [num(d), num(c), num(n), usd(r)],
    }
  },
  'average-order-value': (f) => {
    const [d, o, c, n, r] = figuresOf(f, 'delivered', 'opens', 'clicks', 'orders', 'revenue')
    return {
      key: usd(r / n),
      wrong: {
        'divides by clicks, giving revenue per click': usd(r / c),
        'divides by delivered emails, giving revenue per email': usd(r / d),
        'divides by opens': usd(r / o),
        'adds the clicks to the orders': usd(r / (n + c)),
        'reports the total revenue, not the average': usd(r),
      },
      shown: [num(d), num(o), num(c), num(n), usd(r)],
    }
  },
  'conversion-rate': (f) => {
    const [d, c, n] = figuresOf(f, 'delivered', 'clicks', 'orders')
    return {
      key: pc(n / c),
      wrong: {
        'divides by delivered emails': pc(n / d),
        'reports the click-through rate': pc(c / d),
        'reports the clickers who did not order': pc((c - n) / c),
        'adds orders to the base': pc(n / (c + n)),
      },
      shown: [num(d), num(c), num(n)],
    }
  },
  'campaign-roi': (f) => {
    const [c, r] = [F(f, 'cost'), F(f, 'revenue')]
    return {
      key: pc((r - c) / c, 0),
      wrong: {
        'forgets to subtract the cost': pc(r / c, 0),
        'divides by revenue, giving the margin': pc((r - c) / r, 0),
        'divides cost by revenue': pc(c / r, 0),
        'adds the cost instead of subtracting it': pc((r + c) / c, 0),
        'divides the cost by the profit': pc(c / (r - c), 0),
      },
      shown: [usd(c), usd(r)],
    }
  },
  'list-growth-rate': (f) => {
    const [s, a, u, k, h] = figuresOf(f, 'start', 'added', 'unsubs', 'complaints', 'hard')
    const lost = u + k + h
    return {
      key: pc((a - lost) / s),
      wrong: {
        'ignores every removal': pc(a / s),
        'subtracts only the unsubscribes': pc((a - u) / s),
        'divides by the list at the end': pc((a - lost) / (s + a - lost)),
        'reports the churn instead': pc(lost / s),
      },
      shown: [num(s), num(a), num(u), num(k), num(h)],
    }
  },
  'list-churn-rate': (f) => {
    const [s, a, u, k, h] = figuresOf(f, 'start', 'added', 'unsubs', 'complaints', 'hard')
    const lost = u + k + h
    return {
      key: pc(lost / s),
      wrong: {
        'counts only the unsubscribes': pc(u / s),
        'adds the new subscribers to the base': pc(lost / (s + a)),
        'reports the growth rate instead': pc((a - lost) / s),
        'leaves out the hard bounces': pc((u + k) / s),
      },
      shown: [num(s), num(a), num(u), num(k), num(h)],
    }
  },
  'list-size-after-hygiene': (f) => {
    const [s, a, u, k, h, o] = figuresOf(
      f,
      'start',
      'added',
      'unsubs',
      'complaints',
      'hard',
      'soft',
    )
    return {
      key: num(s + a - u - k - h),
      wrong: {
        'suppresses single soft bounces too': num(s + a - u - k - h - o),
        'keeps mailing complainers': num(s + a - u - h),
        'forgets the new subscribers': num(s - u - k - h),
        'keeps mailing hard bounces': num(s + a - u - k),
      },
      shown: [num(s), num(a), num(u), num(k), num(h), num(o)],
    }
  },
  'weighted-open-rate': (f) => {
    const [d1, d2, o1, o2] = figuresOf(f, 'd1', 'd2', 'o1', 'o2')
    return {
      key: pc((o1 + o2) / (d1 + d2)),
      wrong: {
        'averages the two rates without weighting': pc((o1 / d1 + o2 / d2) / 2),
        'reports the larger send only': pc(o2 / d2),
        'reports the smaller send only': pc(o1 / d1),
        'swaps the two sends’ bases': pc((o1 / d2 + o2 / d1) / 2),
      },
      shown: [num(d1), num(d2), num(o1), num(o2)],
    }
  },
  'complaints-allowed': (f) => {
    const d = F(f, 'delivered')
    return {
      key: num((d * 3) / 1000),
      wrong: {
        'reads 0.3 % as 3 in a hundred': num((d * 3) / 100),
        'uses Google’s 0.1 % target as the rule': num(d / 1000),
        'reads 0.3 % as 0.03 %': num((d * 3) / 10_000),
        'applies the rate to the 5,000-message bulk threshold': num((5000 * 3) / 1000),
      },
      shown: [num(d)],
    }
  },
  'revenue-per-recipient-by-segment': (f) => {
    const [da, db, ra, rb] = figuresOf(f, 'da', 'db', 'ra', 'rb')
    const verdict = (a: number, b: number) =>
      `${a > b ? 'Engaged' : 'Dormant'}: ${usd(Math.max(a, b))} against ${usd(Math.min(a, b))} per delivered email`
    return {
      key: verdict(ra / da, rb / db),
      wrong: {
        'compares total revenue, not revenue per email': `${ra > rb ? 'Engaged' : 'Dormant'}: ${usd(Math.max(ra, rb))} against ${usd(Math.min(ra, rb))} in revenue`,
        'divides each segment’s revenue by the other’s deliveries': verdict(ra / db, rb / da),
        'divides deliveries by revenue': verdict(da / ra, db / rb),
      },
      shown: [num(da), num(db), usd(ra), usd(rb)],
    }
  },
  'ab-sample-size': (f) => {
    const [p1, p2] = [F(f, 'p1'), F(f, 'p2')]
    const size = (za: number, zb: number) =>
      Math.ceil(((za + zb) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2))) / (p2 - p1) ** 2)
    const key = size(1.96, 0.84)
    return {
      key: num(key),
      wrong: {
        'uses the one-sided z of 1.645': num(size(1.645, 0.84)),
        'leaves out the power term': num(size(1.96, 0)),
        'reports both variants together': num(2 * key),
        'splits the per-variant size between the two variants': num(Math.ceil(key / 2)),
      },
      shown: [pc(p1), pc(p2), 'z = 1.96', 'z = 0.84'],
    }
  },
  'ab-two-proportion-z': (f) => {
    const [na, nb, ca, cb] = figuresOf(f, 'nA', 'nB', 'cA', 'cB')
    const diff = cb / nb - ca / na
    const p = (ca + cb) / (na + nb)
    const v = p * (1 - p)
    const read = (z: number) =>
      `z = ${z.toFixed(2)}: ${Math.abs(z) >= 1.96 ? 'significant' : 'not significant'} at the 5 % level`
    const z = diff / Math.sqrt(v * (1 / na + 1 / nb))
    return {
      key: read(z),
      wrong: {
        'uses one group’s standard error only': read(diff / Math.sqrt(v / na)),
        'forgets the square root': read(diff / (v * (1 / na + 1 / nb))),
        'treats both groups as one sample': read(diff / Math.sqrt(v / (na + nb))),
        'halves z for a two-sided test': read(z / 2),
      },
      shown: [num(na), num(ca), num(cb)],
    }
  },
  'ab-relative-lift': (f) => {
    const [a, b] = [F(f, 'a'), F(f, 'b')]
    return {
      key: pc((b - a) / a),
      wrong: {
        'reports the difference in percentage points': `${(b - a).toFixed(1)} %`,
        'divides by B instead of A': pc((b - a) / b),
        'reports the ratio of B to A': pc(b / a),
        'divides by the average of the two': pc((b - a) / ((a + b) / 2)),
      },
      shown: [`${a.toFixed(1)} %`, `${b.toFixed(1)} %`],
    }
  },
  'holdout-incremental-conversions': (f) => {
    const [t, h, rt, rh] = figuresOf(f, 'treated', 'held', 'rt', 'rh')
    return {
      key: num(Math.round((rt - rh) * t)),
      wrong: {
        'credits every purchase by the emailed group to the flow': num(Math.round(rt * t)),
        'scales the difference by the holdout size': num(Math.round((rt - rh) * h)),
        'scales by everyone, holdout included': num(Math.round((rt - rh) * (t + h))),
        'subtracts the holdout’s purchases as a count': num(Math.round(rt * t - rh * h)),
      },
      shown: [num(t), num(h), pc(rt), pc(rh)],
    }
  },
  'ab-winner-remainder': (f) => {
    const [list, share] = [F(f, 'list'), F(f, 'share')]
    const group = (list * share) / 100
    return {
      key: num(list - 2 * group),
      wrong: {
        'removes only one test group': num(list - group),
        'sends the winner to the whole list again': num(list),
        'reports the size of the test': num(2 * group),
        'splits the remainder between the two variants': num((list - 2 * group) / 2),
      },
      shown: [num(list), `${share} %`],
    }
  },
  'abandoned-cart-quiet-hours': (f) => {
    const [t, delay] = [F(f, 'at'), F(f, 'delay')]
    return {
      key: at(outOfQuietHours(t + delay)),
      wrong: {
        'ignores the quiet hours': at(t + delay),
        'uses a 24-hour delay': at(outOfQuietHours(t + 1440)),
        'sends at abandonment, without the delay': at(outOfQuietHours(t)),
        'holds every email to the next morning': at(t - (t % 1440) + 1440 + 480),
      },
      shown: [at(t), `${delay / 60} hour`],
    }
  },
  'frequency-cap': (f) => {
    const cap = F(f, 'cap')
    const sends = String(f.sends).split(',').map(Number)
    const inWindow = (d: number) => sends.filter((s) => d - 7 < s && s <= d).length
    const first = (limit: number) => {
      let d = 8
      while (inWindow(d) >= limit) d++
      return d
    }
    return {
      key: `Day ${first(cap)}`,
      wrong: {
        'resets the count on day 8, as if the week were fixed': 'Day 8',
        'waits a week after the last email': `Day ${Math.max(...sends) + 7}`,
        'counts 8 days from the first email': `Day ${Math.min(...sends) + 8}`,
        'waits until one fewer email is in the window': `Day ${first(cap - 1)}`,
      },
      shown: [`${cap} per contact`, sends.join(' and ')],
    }
  },
  'suppression-overlap': (f) => {
    const [s, u, b, both] = figuresOf(f, 'segment', 'unsubs', 'bounced', 'both')
    return {
      key: num(s - u - b + both),
      wrong: {
        'removes the contacts on both lists twice': num(s - u - b),
        'ignores the hard-bounce list': num(s - u),
        'removes only the contacts on both lists': num(s - both),
        'adds the overlap instead of subtracting it': num(s - u - b - both),
      },
      shown: [num(s), num(u), num(b), num(both)],
    }
  },
  'segment-union': (f) => {
    const [a, b, both] = figuresOf(f, 'buyers', 'openers', 'both')
    return {
      key: num(a + b - both),
      wrong: {
        'counts contacts in both groups twice': num(a + b),
        'reads OR as AND': num(both),
        'leaves out the contacts in both groups': num(a + b - 2 * both),
        'takes the larger group alone': num(Math.max(a, b)),
      },
      shown: [num(a), num(b), num(both)],
    }
  },
}
