import {
  add,
  CENT,
  div,
  dollars,
  frac,
  mul,
  n,
  PCT1,
  PCT2,
  pct,
  plain,
  rest,
  share,
  tp,
  usd,
  worked,
} from './afm-text.js'

// Tracking and attribution. Stems state the cookie window and how its days are counted, the
// attribution rule the programme uses and the rate it pays, because the slips are a window one
// day off, a rule applied the other way (first for last click), every touch credited in full, a
// shared sale split when the rule gives it whole, and a share taken of the wrong base.

const money = usd(2)

export const TRACKING_FAMILIES = [
  worked('sales-inside-a-cookie-window', (rng) => {
    const w = rng.pick([7, 14, 30, 45])
    const s = Array.from({ length: 5 }, () => rng.int(2000, 40000))
    const o2 = rng.int(2, w - 2)
    const o5 = w + rng.int(3, 20)
    const t = rng.int(40, 150)
    const [s1, s2, s3, s4, s5] = s as [number, number, number, number, number]
    return {
      stem: `A shopper clicks an affiliate link on day 0 and the merchant sets a ${w}-day cookie: a sale on day ${w} still counts, one on day ${w + 1} does not, and every sale in the window is credited. The shopper buys on day 0 (${dollars(s1)}), day ${o2} (${dollars(s2)}), day ${w} (${dollars(s3)}), day ${w + 1} (${dollars(s4)}) and day ${o5} (${dollars(s5)}). At ${tp(t)} of each credited sale, what commission does the affiliate earn, ${CENT}?`,
      show: money,
      figures: { t, s1, s2, s3, s4, s5 },
      key: share(t, s1 + s2 + s3),
      wrong: [
        [share(t, s1 + s2), 'drops the sale on the last day of the window'],
        [share(t, s1), 'credits only the first sale after the click'],
        [share(t, s1 + s2 + s3 + s4), 'counts the window from the day after the click'],
        [share(t, s1 + s2 + s3 + s4 + s5), 'ignores the cookie window'],
        [share(t, s2 + s3 + s4), 'starts the window on day 1 and misses the same-day sale'],
        [share(t, s2 + s3), 'misses the same-day sale'],
      ],
    }
  }),
  worked('last-click-credit-for-shared-sales', (rng) => {
    const a = rng.int(20, 90)
    const b = rng.int(10, 60)
    const c = rng.int(10, 60)
    if (Math.abs(b - c) < 4) return rest()
    const v = rng.int(3000, 15000)
    const t = rng.int(40, 120)
    return {
      stem: `Last month an affiliate was the only affiliate touch on ${a} sales; on ${b} more it sent the first click and another affiliate the last; on ${c} more another affiliate sent the first click and it sent the last. The programme credits each sale wholly to the last affiliate click and pays ${tp(t)} of an average order of ${dollars(v)}. What commission does the affiliate earn, ${CENT}?`,
      show: money,
      figures: { a, b, c, v, t },
      key: share(t, v * (a + c)),
      wrong: [
        [share(t, v * (a + b)), 'credits first clicks instead of last clicks'],
        [share(t, v * (a + b + c)), 'credits every sale the affiliate touched'],
        [share(t, v * a), 'credits only the sales no one else touched'],
        [mul(share(t, v), add(a, frac(b + c, 2))), 'splits every shared sale evenly'],
        [share(t, v * c), 'credits only the shared sales it closed'],
        [mul(share(t, v), add(a, frac(c, 2))), 'halves the shared sales it closed'],
      ],
    }
  }),
  worked('position-based-share-for-a-first-and-middle-touch', (rng) => {
    const k = rng.int(5, 8)
    const s = rng.int(8000, 60000)
    const t = rng.int(60, 150)
    const pool = share(t, s)
    return {
      stem: `A ${dollars(s)} order had ${k} touches. The programme’s ${tp(t)} commission is split by position: 40% to the first touch, 40% to the last, and the other 20% shared equally among the middle touches. One affiliate sent the first touch and one middle touch. What does it earn, ${CENT}?`,
      show: money,
      figures: { k, s, t },
      key: mul(pool, add(frac(2, 5), frac(1, 5 * (k - 2)))),
      wrong: [
        [mul(pool, frac(2, 5)), 'forgets its middle touch'],
        [mul(pool, frac(2, k)), 'splits the commission equally among all touches'],
        [mul(pool, add(frac(2, 5), frac(1, 5 * k))), 'shares the middle 20% among all touches'],
        [mul(pool, frac(3, 5)), 'takes the whole middle share for one touch'],
        [pool, 'pays it the whole commission as first click'],
        [mul(pool, frac(4, 5)), 'pays its middle touch like a last touch'],
      ],
    }
  }),
  worked('cross-device-sales-credited-when-signed-in', (rng) => {
    const s1 = rng.int(40, 160)
    const s2 = rng.int(20, 80)
    const m = rng.int(5, s2 - 5)
    if (Math.abs(s2 - 2 * m) < 3) return rest()
    const v = rng.int(3000, 12000)
    const t = rng.int(40, 120)
    return {
      stem: `An affiliate’s clicks led to ${s1} sales on the same device. The network’s cross-device report shows ${s2} more sales completed on another device; the programme credits a cross-device sale only when the shopper was signed in on both devices, which ${m} of them were. At ${tp(t)} of an average order of ${dollars(v)}, what commission does the affiliate earn, ${CENT}?`,
      show: money,
      figures: { s1, s2, m, v, t },
      key: share(t, v * (s1 + m)),
      wrong: [
        [share(t, v * s1), 'drops every cross-device sale'],
        [share(t, v * (s1 + s2)), 'credits every cross-device sale'],
        [share(t, v * m), 'credits only the signed-in cross-device sales'],
        [share(t, v * (s1 + s2 - m)), 'credits the signed-out sales instead'],
        [
          share(t, v * (s1 + s2 + m)),
          'credits every cross-device sale and the signed-in ones twice',
        ],
      ],
    }
  }),
  worked('sub-id-conversion-rate', (rng) => {
    const ca = rng.int(800, 4000)
    const cb = rng.int(800, 4000)
    const cu = rng.int(100, 600)
    const xa = rng.int(15, Math.floor(ca / 20))
    const xb = rng.int(15, Math.floor(cb / 20))
    const xu = rng.int(3, 12)
    return {
      stem: `An affiliate tags its links with sub-IDs. Last month sub-ID “email” had ${n(ca)} clicks and ${xa} sales, sub-ID “blog” had ${n(cb)} clicks and ${xb} sales, and ${n(cu)} clicks with ${xu} sales arrived with the sub-ID stripped. What is the conversion rate of sub-ID “email”, its sales ÷ its clicks, ${PCT1}?`,
      show: pct(),
      figures: { ca, cb, cu, xa, xb, xu },
      key: div(xa, ca),
      wrong: [
        [div(xa, ca + cb), 'divides by every tagged click'],
        [div(xa, ca + cu), 'adds the untagged clicks to its clicks'],
        [div(xa + xb, ca + cb), 'gives the blended rate of both sub-IDs'],
        [div(xa + xu, ca), 'adds the untagged sales to its sales'],
        [div(xa + xb, ca), 'adds the other sub-ID’s sales'],
        [div(xa, ca + cb + cu), 'divides by all clicks'],
      ],
    }
  }),
  worked('sales-lost-when-a-cookie-window-is-cut', (rng) => {
    const c = [
      rng.int(300, 700),
      rng.int(150, 400),
      rng.int(80, 250),
      rng.int(20, 120),
      rng.int(10, 80),
    ]
    const [a, b, d, e, g] = c as [number, number, number, number, number]
    const all = a + b + d + e + g
    return {
      stem: `An affiliate’s sales last quarter, by days from click to sale: ${a} within 1 day, ${b} in days 2–7, ${d} in days 8–30, ${e} in days 31–60 and ${g} in days 61–90. The merchant cuts the cookie window from 90 days to 30, so a sale more than 30 days after the click is no longer credited. What share of those sales would have lost credit, ${PCT1}?`,
      show: pct(),
      figures: { a, b, d, e, g },
      key: div(e + g, all),
      wrong: [
        [div(g, all), 'counts only the last band'],
        [div(e, all), 'counts only the 31–60 day band'],
        [div(d + e + g, all), 'also drops the band that ends on day 30'],
        [div(e + g, a + b + d), 'divides by the sales that keep credit'],
        [div(e + g, all - g), 'leaves the oldest band out of the base'],
      ],
    }
  }),
  worked('24-hour-cookie-with-a-cart-extension', (rng) => {
    const s = Array.from({ length: 5 }, () => rng.int(1500, 25000))
    const [s1, s2, s3, s4, s5] = s as [number, number, number, number, number]
    const t = rng.int(20, 100)
    const h1 = rng.int(1, 22)
    const h2 = rng.int(2, 23)
    const d2 = rng.int(3, 80)
    const h3 = rng.int(26, 40)
    const d4 = rng.int(91, 120)
    return {
      stem: `A retailer credits a sale if it is bought within 24 hours of the click, or if the item was put in the cart within 24 hours of the click and bought within 89 days of it. A shopper’s orders after one click: ${dollars(s1)} bought ${h1} hours after it; ${dollars(s2)} put in the cart after ${h2} hours and bought on day ${d2}; ${dollars(s3)} put in the cart after ${h3} hours and bought on day 5; ${dollars(s4)} put in the cart after 6 hours and bought on day ${d4}; ${dollars(s5)} bought after 30 hours without a cart. At ${tp(t)}, what commission is earned, ${CENT}?`,
      show: money,
      figures: { s1, s2, s3, s4, s5, t },
      key: share(t, s1 + s2),
      wrong: [
        [share(t, s1), 'credits only purchases within 24 hours'],
        [share(t, s2), 'credits only the cart sales'],
        [share(t, s1 + s2 + s3), 'credits a cart add at any time'],
        [share(t, s1 + s2 + s4), 'ignores the 89-day limit'],
        [share(t, s1 + s2 + s3 + s4 + s5), 'ignores both limits'],
      ],
    }
  }),
  worked('first-live-click-in-a-journey', (rng) => {
    const s = rng.int(10000, 80000)
    const ta = rng.int(30, 90)
    const tb = rng.int(30, 90)
    const tc = rng.int(30, 90)
    if (new Set([ta, tb, tc]).size < 3) return rest()
    const da = rng.int(35, 50)
    const db = rng.int(10, 25)
    const dc = rng.int(1, 8)
    return {
      stem: `A programme credits the first affiliate click whose 30-day cookie is still live when the sale is made, and pays that affiliate its own rate. Before a ${dollars(s)} sale, affiliate A clicked ${da} days earlier (rate ${tp(ta)}), affiliate B ${db} days earlier (rate ${tp(tb)}) and affiliate C ${dc} days earlier (rate ${tp(tc)}). What commission is paid, ${CENT}?`,
      show: money,
      figures: { s, ta, tb, tc },
      key: share(tb, s),
      wrong: [
        [share(ta, s), 'credits the expired first click'],
        [share(tc, s), 'credits the last click'],
        [share(ta + tb + tc, s), 'pays every click'],
        [mul(share(tb + tc, s), frac(1, 2)), 'splits the sale between the live clicks'],
        [share(tb + tc, s), 'pays both live clicks in full'],
      ],
    }
  }),
  worked('deduplicated-sales-across-two-networks', (rng) => {
    const a = rng.int(200, 600)
    const b = rng.int(100, 400)
    const c = rng.int(20, Math.min(a, b) - 40)
    const v = rng.int(4000, 12000)
    const t = rng.int(40, 100)
    return {
      stem: `A merchant runs its programme on two networks. Network A reports ${a} sales, network B ${b}, and ${c} of the sales appear in both reports. The merchant pays once per sale, to the network with the last click, at ${tp(t)} of an average order of ${dollars(v)}. What is the month’s commission, ${CENT}?`,
      show: money,
      figures: { a, b, c, v, t },
      key: share(t, v * (a + b - c)),
      wrong: [
        [share(t, v * (a + b)), 'pays both networks for the shared sales'],
        [share(t, v * (a + b - 2 * c)), 'drops the shared sales from both networks'],
        [share(t, v * (a - c)), 'pays only network A’s own sales'],
        [share(t, v * (a + b + c)), 'adds the shared sales on top'],
        [mul(share(t, v), add(a + b, frac(-c, 2))), 'halves the shared sales'],
        [share(t, v * (b - c)), 'pays only network B’s own sales'],
      ],
    }
  }),
  worked('time-decay-share-with-a-seven-day-half-life', (rng) => {
    const ages = rng.shuffle([0, 7, 14, 21]).slice(0, 3) as [number, number, number]
    const s = rng.int(10000, 80000)
    const t = rng.int(60, 150)
    const pool = share(t, s)
    const w = (d: number) => frac(1, 2 ** (d / 7))
    const sum = add(...ages.map(w))
    const [x, y, z] = ages
    return {
      stem: `A ${dollars(s)} sale had three affiliate touches, made ${x}, ${y} and ${z} days before the sale. The programme splits its ${tp(t)} commission by time decay: each touch weighs ½ raised to (days before the sale ÷ 7), and each affiliate gets its weight ÷ the sum of the weights. What does the affiliate whose touch was ${x} days before earn, ${CENT}?`,
      show: money,
      figures: { s, t, x, y, z },
      key: mul(pool, div(w(x), sum)),
      wrong: [
        [mul(pool, frac(1, 3)), 'splits the commission equally'],
        [mul(pool, w(x)), 'pays its weight without dividing by the sum'],
        [pool, 'gives it the whole commission'],
        [
          mul(pool, div(frac(2 ** (x / 7)), add(...ages.map((d) => frac(2 ** (d / 7)))))),
          'weights older touches more',
        ],
        [
          mul(pool, frac(4, 7 * 2 ** ages.filter((d) => d < x).length)),
          'halves the weight per touch instead of per week',
        ],
      ],
    }
  }),
  worked('last-non-direct-click-credit', (rng) => {
    const n1 = rng.int(30, 120)
    const n2 = rng.int(10, 60)
    const n3 = rng.int(10, 60)
    const n4 = rng.int(5, 40)
    const v = rng.int(3000, 12000)
    const t = rng.int(40, 120)
    return {
      stem: `A programme credits the last non-direct click: a direct visit (typed address or bookmark) never takes credit from an earlier click. An affiliate’s journeys last month: ${n1} ended with its click; ${n2} had its click then a direct visit; ${n3} had its click then a paid-search click; ${n4} had a paid-search click, then its click, then a direct visit. At ${tp(t)} of an average order of ${dollars(v)}, what does it earn, ${CENT}?`,
      show: money,
      figures: { n1, n2, n3, n4, v, t },
      key: share(t, v * (n1 + n2 + n4)),
      wrong: [
        [share(t, v * n1), 'lets the direct visit take the credit'],
        [share(t, v * (n1 + n2)), 'drops journeys that began with paid search'],
        [share(t, v * (n1 + n4)), 'credits direct-visit journeys only after paid search'],
        [share(t, v * (n1 + n2 + n3 + n4)), 'credits every journey it was in'],
        [share(t, v * (n1 + n2 + n3)), 'credits its clicks that came first'],
        [share(t, v * (n1 + 2 * n2 + n4)), 'credits the direct-visit journeys twice'],
      ],
    }
  }),
  worked('median-click-to-sale-lag', (rng) => {
    const lags = Array.from({ length: 7 }, (_, i) => (i < 3 ? rng.int(1, 12) : rng.int(10, 45)))
    const sorted = [...lags].sort((p, q) => p - q)
    if (new Set(sorted).size < 6) return rest()
    const shown = rng.shuffle(lags)
    if (shown[3] === sorted[3]) return rest()
    const l = Object.fromEntries(shown.map((x, i) => [`l${i}`, x]))
    return {
      stem: `An affiliate’s seven sales last week came ${shown.join(', ')} days after their clicks, in order of sale. What is the median click-to-sale lag, the middle value once the lags are sorted, in days to one decimal place?`,
      show: plain(1, 'days'),
      figures: l,
      key: frac(sorted[3]!),
      wrong: [
        [
          frac(
            shown.reduce((p, q) => p + q, 0),
            7,
          ),
          'gives the mean lag',
        ],
        [frac(shown[3]!), 'takes the middle of the unsorted list'],
        [frac(sorted[0]! + sorted[6]!, 2), 'takes the midpoint of the shortest and longest'],
        [frac(sorted[2]!), 'counts three in from the shortest'],
        [frac(sorted[4]!), 'counts five in from the shortest'],
      ],
    }
  }),
  worked('conversion-rate-on-filtered-clicks', (rng) => {
    const raw = rng.int(5000, 20000)
    const dup = rng.int(300, 1500)
    const bot = rng.int(300, 1500)
    const x = rng.int(100, 400)
    const dd = rng.int(5, 30)
    return {
      stem: `An affiliate’s report shows ${n(raw)} raw clicks, of which ${n(dup)} are repeat clicks within 30 seconds and ${n(bot)} are flagged as bots, and ${x} orders, of which ${dd} are duplicate orders the merchant removed. Conversion rate is valid orders ÷ unique human clicks. What is it, ${PCT2}?`,
      show: pct(2),
      figures: { raw, dup, bot, x, dd },
      key: div(x - dd, raw - dup - bot),
      wrong: [
        [div(x, raw - dup - bot), 'keeps the duplicate orders'],
        [div(x - dd, raw), 'divides by raw clicks'],
        [div(x - dd, raw - dup), 'keeps the bot clicks'],
        [div(x - dd, raw - bot), 'keeps the repeat clicks'],
        [div(x, raw - dup - bot - dup), 'takes the repeat clicks off twice'],
        [div(x - dd, raw - dup - 2 * bot), 'takes the bot clicks off twice'],
      ],
    }
  }),
  worked('coupon-code-overrides-the-cookie', (rng) => {
    const l = rng.int(30, 120)
    const c = rng.int(10, 60)
    const k = rng.int(10, 50)
    const o = rng.int(10, 50)
    const v = rng.int(3000, 12000)
    const t = rng.int(40, 120)
    return {
      stem: `A programme credits a sale made with an affiliate’s own coupon code to that affiliate even when another affiliate has the last click; other sales go to the last click. Last month affiliate X had ${l} sales from its last click without a code, ${c} with its code and no click, ${k} with its code after another affiliate’s last click, and ${o} of its last-click sales used another affiliate’s code. At ${tp(t)} of an average order of ${dollars(v)}, what does X earn, ${CENT}?`,
      show: money,
      figures: { l, c, k, o, v, t },
      key: share(t, v * (l + c + k)),
      wrong: [
        [share(t, v * (l + o)), 'credits last clicks and ignores codes'],
        [share(t, v * (l + c + k + o)), 'also keeps the sales made with another code'],
        [share(t, v * (l + c)), 'drops code sales after another click'],
        [share(t, v * (c + k)), 'credits only code sales'],
        [share(t, v * l), 'credits only plain last-click sales'],
      ],
    }
  }),
  worked('introducer-and-closer-split', (rng) => {
    const solo = rng.int(20, 80)
    const i = rng.int(10, 60)
    const c = rng.int(10, 60)
    if (Math.abs(i - c) < 4) return rest()
    const v = rng.int(3000, 12000)
    const t = rng.int(40, 120)
    return {
      stem: `A programme pays half of a shared sale’s commission to the affiliate that introduced the shopper (first click) and half to the one that closed it (last click); a sale with one affiliate pays it in full. An affiliate had ${solo} sales alone, introduced ${i} shared sales and closed ${c} others. At ${tp(t)} of an average order of ${dollars(v)}, what does it earn, ${CENT}?`,
      show: money,
      figures: { solo, i, c, v, t },
      key: mul(share(t, v), add(solo, frac(i + c, 2))),
      wrong: [
        [share(t, v * (solo + i + c)), 'pays the shared sales in full'],
        [share(t, v * (solo + c)), 'credits only the sales it closed'],
        [share(t, v * (solo + i)), 'credits only the sales it introduced'],
        [share(t, v * solo), 'credits only its sales alone'],
        [mul(share(t, v), frac(i + c, 2)), 'leaves out its sales alone'],
        [mul(share(t, v), add(solo + i, frac(c, 2))), 'pays the sales it introduced in full'],
        [mul(share(t, v), add(solo + c, frac(i, 2))), 'pays the sales it closed in full'],
      ],
    }
  }),
  worked('deterministic-and-probabilistic-cross-device', (rng) => {
    const s = rng.int(60, 200)
    const det = rng.int(10, 50)
    const prob = rng.int(10, 60)
    if (Math.abs(det - prob) < 4) return rest()
    const v = rng.int(3000, 12000)
    const t = rng.int(40, 120)
    return {
      stem: `A programme pays full commission on same-device sales and on cross-device sales matched by a signed-in account, and half commission on cross-device sales matched only by the network’s device graph. An affiliate had ${s} same-device sales, ${det} signed-in matches and ${prob} device-graph matches. At ${tp(t)} of an average order of ${dollars(v)}, what does it earn, ${CENT}?`,
      show: money,
      figures: { s, det, prob, v, t },
      key: mul(share(t, v), add(s + det, frac(prob, 2))),
      wrong: [
        [share(t, v * (s + det + prob)), 'pays the device-graph matches in full'],
        [share(t, v * (s + det)), 'drops the device-graph matches'],
        [share(t, v * s), 'drops every cross-device sale'],
        [mul(share(t, v), add(s, frac(det + prob, 2))), 'halves the signed-in matches too'],
        [mul(share(t, v), add(s + prob, frac(det, 2))), 'halves the signed-in matches instead'],
      ],
    }
  }),
]
