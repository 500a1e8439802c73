import {
  add,
  asDay,
  CENTS,
  ceil,
  cents,
  dayOf,
  dayText,
  div,
  dollars,
  frac,
  mul,
  n,
  PCT1,
  pct,
  rest,
  usd,
  worked,
  workingDaysAfter,
} from './osa-text.js'

// Orders and fulfilment as a virtual assistant runs a shop’s dispatch desk: shipping charges from
// the stated weight bands and zones, dimensional weight by the stated divisor, free-shipping
// thresholds, cut-offs and working days, partial shipments, parcels, duties and the carrier’s and
// warehouse’s bills. The slips are packaging left out of a weight, a threshold tested before a
// discount, weekends counted as working days and a surcharge charged on the wrong base.

const money = usd(2)
const pct1 = pct(1)

/** The stated weight bands, grams and cents. */
const BANDS = [
  [500, 395],
  [1000, 595],
  [2000, 795],
  [5000, 1195],
] as const
const bandOf = (g: number): number => {
  const b = BANDS.find(([top]) => g <= top)
  if (!b) rest()
  return b[1]
}
const BAND_TEXT =
  'up to 500 g $3.95; over 500 g to 1 kg $5.95; over 1 kg to 2 kg $7.95; over 2 kg to 5 kg $11.95'

export const ORDERS_FAMILIES = [
  worked('shipping-charge-from-a-weight-band-table-with-a-zone-surcharge', (rng) => {
    const k = rng.int(2, 6)
    const p = rng.int(6, 30) * 10
    const edge = rng.pick([500, 1000, 2000])
    const w = Math.floor((edge - rng.int(1, p - 1)) / k)
    const x = rng.pick([150, 200, 250, 300])
    const items = k * w
    const total = items + p
    if (total > 5000 || bandOf(items) === bandOf(total)) rest()
    return {
      stem: `The shop charges shipping by the parcel’s weight including packaging: ${BAND_TEXT}. Zone 2 addresses pay ${dollars(x)} more per parcel. An order to Zone 2 holds ${k} items of ${w} g each, packed in a box weighing ${p} g. What shipping does the customer pay?`,
      show: money,
      figures: { k, w, p, x },
      key: cents(bandOf(total) + x),
      wrong: [
        [cents(bandOf(items) + x), 'bands the items’ weight without the packaging'],
        [cents(bandOf(total)), 'leaves out the zone surcharge'],
        [cents(bandOf(total) + k * x), 'charges the surcharge per item'],
        [cents(bandOf(items)), 'leaves out the packaging and the surcharge'],
        [cents(bandOf(k * (w + p)) + x), 'counts the packaging once per item'],
      ],
    }
  }),
  worked('dimensional-weight-charge-by-a-stated-divisor', (rng) => {
    const [l, wd, h] = [rng.int(30, 60), rng.int(25, 45), rng.int(20, 40)]
    const a = rng.int(10, 40) * 100
    const b = rng.int(2, 8) * 100
    const rate = rng.int(150, 450)
    const dimG = (l * wd * h * 1000) / 5000
    if (dimG <= a + b) rest()
    const half = (g: number) => frac(Math.ceil(g / 500) * 500, 1000)
    const kg = (g: number) => frac(Math.ceil(g / 1000))
    return {
      stem: `A carrier bills the greater of actual weight and dimensional weight (length × width × height in cm ÷ 5,000, in kg), rounded up to the next 0.5 kg, at ${dollars(rate)} per kg. A box measures ${l} × ${wd} × ${h} cm; its contents weigh ${a} g and the box ${b} g. What is the charge, ${CENTS}?`,
      show: money,
      figures: { l, wd, h, a, b, rate },
      key: mul(half(dimG), cents(rate)),
      wrong: [
        [mul(half(a + b), cents(rate)), 'bills the actual weight'],
        [mul(frac(l * wd * h, 5000), cents(rate)), 'does not round the weight up'],
        [mul(kg(dimG), cents(rate)), 'rounds up to a whole kg'],
        [mul(half((l * wd * h * 1000) / 6000), cents(rate)), 'divides by 6,000'],
        [mul(half(dimG + a + b), cents(rate)), 'adds actual and dimensional weight'],
      ],
    }
  }),
  worked('order-total-when-a-code-drops-it-below-free-shipping', (rng) => {
    const tt = rng.pick([50, 75, 100, 150])
    const x = rng.pick([10, 15, 20, 25])
    const lo = Math.ceil((tt * 10000) / 100)
    const hi = Math.floor((tt * 10000) / (100 - x)) - 1
    if (hi <= lo) rest()
    const s = rng.int(3, 6) * 100 + 99
    const sub0 = rng.int(lo, hi)
    const disc = mul(cents(sub0), frac(100 - x, 100))
    return {
      stem: `Orders get free shipping when the merchandise subtotal after discounts is $${tt} or more; otherwise shipping is ${dollars(s)}, which is never discounted. A customer’s cart is ${dollars(sub0)} and she uses a ${x}% code. What is her order total, ${CENTS}?`,
      show: money,
      figures: { tt, x, s, sub0 },
      key: add(disc, cents(s)),
      wrong: [
        [disc, 'tests the threshold before the discount'],
        [add(cents(sub0), cents(s)), 'charges the shipping but leaves the code off the total'],
        [cents(sub0), 'forgets the code, so the cart still ships free'],
        [
          add(cents(sub0), mul(cents(s), frac(100 - x, 100))),
          'takes the code off the shipping instead of the cart',
        ],
      ],
    }
  }),
  worked('dispatch-date-after-a-cut-off-across-a-weekend', (rng) => {
    const day = rng.int(1, 4)
    const late = rng.pick([true, false])
    const hour = late ? rng.int(15, 21) : rng.int(8, 13)
    const h = rng.int(2, 4)
    const isIn = late ? workingDaysAfter(day, 1) : day
    const key = workingDaysAfter(isIn, h)
    const noCut = workingDaysAfter(day, h)
    return {
      stem: `An order is placed at ${hour}:00 on ${dayText(day)}. Orders placed before 14:00 on a working day (Monday to Friday) are “in” that day; later orders, and orders at weekends, are “in” the next working day. The shop dispatches ${h} working days after the day an order is in. On which date is it dispatched?`,
      show: asDay,
      figures: { day, hour, h },
      key: dayOf(key),
      wrong: [
        [dayOf(isIn + h), 'counts calendar days'],
        [dayOf(workingDaysAfter(isIn, h - 1)), 'counts the day the order is in as the first day'],
        [dayOf(noCut), 'ignores the 14:00 cut-off'],
        [dayOf(workingDaysAfter(isIn, h, [], true)), 'counts Saturday as a working day'],
        [dayOf(day + h), 'counts calendar days from the order day'],
        [
          dayOf(workingDaysAfter(workingDaysAfter(day, 1), h)),
          'puts every order in on the next working day',
        ],
      ],
    }
  }),
  worked('charge-captured-for-the-lines-shipped-first', (rng) => {
    const a = rng.int(15, 120) * 100 - 1
    const b = rng.int(15, 120) * 100 - 1
    const c = rng.int(15, 120) * 100 - 1
    const x = rng.pick([10, 15, 20])
    const s = rng.int(4, 12) * 100 + 95
    const shipped = mul(cents(a + b), frac(100 - x, 100))
    return {
      stem: `An order has three lines: ${dollars(a)}, ${dollars(b)} and ${dollars(c)}, with a ${x}% code on all lines and ${dollars(s)} shipping. The third line is backordered. The shop captures payment line by line as it ships, with the whole shipping charge captured on the first shipment. What is captured when the first two lines ship, ${CENTS}?`,
      show: money,
      figures: { a, b, c, x, s },
      key: add(shipped, cents(s)),
      wrong: [
        [add(cents(a + b), cents(s)), 'leaves out the code'],
        [shipped, 'leaves the shipping for later'],
        [add(mul(cents(a + b + c), frac(100 - x, 100)), cents(s)), 'captures the whole order'],
        [
          add(shipped, mul(cents(s), frac(2, 3))),
          'splits the shipping by the count of lines shipped',
        ],
        [
          add(shipped, mul(cents(s), frac(a + b, a + b + c))),
          'splits the shipping by the shipped lines’ share of value',
        ],
        [
          mul(add(cents(a + b), cents(s)), frac(100 - x, 100)),
          'takes the code off the shipping too',
        ],
      ],
    }
  }),
  worked('carrier-charge-with-a-fuel-surcharge-and-a-flat-fee', (rng) => {
    const g = rng.int(1200, 9800)
    const r = rng.int(180, 420)
    const f = rng.pick([8, 10, 12, 15, 18])
    const res = rng.int(200, 450)
    const kg = Math.ceil(g / 1000)
    const base = mul(kg, cents(r))
    return {
      stem: `A carrier charges ${dollars(r)} per kg, the weight rounded up to a whole kg, plus a fuel surcharge of ${f}% of that weight charge, plus a residential delivery fee of ${dollars(res)} that is not surcharged. A parcel weighs ${n(g)} g. What is the carrier’s charge, ${CENTS}?`,
      show: money,
      figures: { g, r, f, res },
      key: add(mul(base, frac(100 + f, 100)), cents(res)),
      wrong: [
        [mul(add(base, cents(res)), frac(100 + f, 100)), 'surcharges the residential fee too'],
        [add(base, cents(res)), 'leaves out the fuel surcharge'],
        [
          add(mul(frac(g, 1000), cents(r), frac(100 + f, 100)), cents(res)),
          'does not round the weight up',
        ],
        [mul(base, frac(100 + f, 100)), 'leaves out the residential fee'],
      ],
    }
  }),
  worked('third-party-warehouse-invoice-for-a-month', (rng) => {
    const o = rng.int(200, 1500)
    const u = o + rng.int(50, 900)
    const a = rng.int(150, 350)
    const b = rng.int(30, 90)
    const c = rng.int(40, 120)
    const pl = rng.int(2, 12)
    const st = rng.int(1500, 4000)
    return {
      stem: `The shop’s fulfilment warehouse bills ${dollars(a)} per order (including the first item), ${dollars(b)} per additional item, ${dollars(c)} of packaging per order and ${dollars(st)} per pallet of storage a month. In March it shipped ${n(o)} orders holding ${n(u)} items and stored ${pl} pallets. What is March’s invoice, ${CENTS}?`,
      show: money,
      figures: { o, u, a, b, c, pl, st },
      key: cents(o * a + (u - o) * b + o * c + pl * st),
      wrong: [
        [cents(o * a + u * b + o * c + pl * st), 'charges every item as an additional item'],
        [cents(o * a + o * c + pl * st), 'leaves out the additional items'],
        [cents(o * a + (u - o) * b + pl * st), 'leaves out the packaging'],
        [cents(o * a + (u - o) * b + o * c), 'leaves out the storage'],
      ],
    }
  }),
  worked('shipping-profile-charge-for-first-and-additional-items', (rng) => {
    const a1 = rng.int(5, 12) * 100 + 95
    const a2 = rng.int(3, 9) * 100 + 50
    const b1 = rng.int(1, 4) * 100
    const b2 = rng.int(1, 3) * 100 + 50
    const q1 = rng.int(2, 4)
    const q2 = rng.int(1, 3)
    if (a1 <= a2) rest()
    return {
      stem: `Shipping profile: a print costs ${dollars(a1)} for the first item and ${dollars(b1)} for each additional; a card costs ${dollars(a2)} for the first and ${dollars(b2)} for each additional. In one order the highest first-item price is charged once and every other item pays its own additional-item price. What shipping is charged for ${q1} prints and ${q2} card${q2 > 1 ? 's' : ''}?`,
      show: money,
      figures: { a1, a2, b1, b2, q1, q2 },
      key: cents(a1 + (q1 - 1) * b1 + q2 * b2),
      wrong: [
        [
          cents(a1 + (q1 - 1) * b1 + a2 + (q2 - 1) * b2),
          'charges a first-item price for each listing',
        ],
        [cents(q1 * a1 + q2 * a2), 'charges every item its first-item price'],
        [cents(q1 * b1 + q2 * b2), 'charges every item its additional-item price'],
        [cents(a1 + (q1 + q2 - 1) * b1), 'charges the cards at the print’s additional price'],
        [cents(a2 + q1 * b1 + (q2 - 1) * b2), 'charges the lower first-item price once'],
      ],
    }
  }),
  worked('extra-insurance-charged-per-hundred-or-part', (rng) => {
    const cover = rng.pick([100, 150, 200])
    const v = rng.int(cover + 60, cover + 1500) * 100 + rng.int(1, 99)
    const c = rng.int(80, 250)
    const extra = v - cover * 100
    if (extra % 10000 === 0) rest()
    return {
      stem: `Carrier cover is included up to $${cover}. Above that, extra cover costs ${dollars(c)} per $100 or part of $100 of the value above $${cover}. A parcel’s declared value is ${dollars(v)}. What does the extra cover cost?`,
      show: money,
      figures: { cover, v, c },
      key: mul(ceil(frac(extra, 10000)), cents(c)),
      wrong: [
        [mul(ceil(frac(v, 10000)), cents(c)), 'charges on the whole value'],
        [mul(frac(extra, 10000), cents(c)), 'charges pro rata for a part of $100'],
        [mul(Math.floor(v / 10000), cents(c)), 'charges whole hundreds of the whole value'],
        [mul(frac(v, 10000), cents(c)), 'charges pro rata on the whole value'],
      ],
    }
  }),
  worked('import-charges-for-a-delivered-duty-paid-order', (rng) => {
    const g = rng.int(80, 900) * 100
    const s = rng.int(10, 60) * 100
    const d = rng.pick([4, 6, 8, 12])
    const v = rng.pick([10, 20])
    const fee = rng.int(8, 20) * 100
    const cv = cents(g + s)
    const duty = mul(cv, frac(d, 100))
    const vat = mul(add(cv, duty), frac(v, 100))
    return {
      stem: `The shop ships duty paid to a customer abroad. The customs value is goods ${dollars(g)} plus shipping ${dollars(s)}. Duty is ${d}% of the customs value; import VAT is ${v}% of the customs value plus duty; the carrier’s clearance fee is ${dollars(fee)} plus VAT at ${v}%. What is the total the shop pays on import, ${CENTS}?`,
      show: money,
      figures: { g, s, d, v, fee },
      key: add(duty, vat, mul(cents(fee), frac(100 + v, 100))),
      wrong: [
        [
          add(duty, mul(cv, frac(v, 100)), mul(cents(fee), frac(100 + v, 100))),
          'leaves the duty out of the VAT base',
        ],
        [add(duty, vat, cents(fee)), 'leaves the VAT off the clearance fee'],
        [add(duty, vat), 'leaves out the clearance fee'],
        [
          add(
            mul(cents(g), frac(d, 100)),
            mul(add(cents(g), mul(cents(g), frac(d, 100))), frac(v, 100)),
            mul(cents(fee), frac(100 + v, 100)),
          ),
          'leaves the shipping out of the customs value',
        ],
        [
          add(duty, vat, mul(cents(fee), frac(100 + v + d, 100))),
          'charges duty on the clearance fee too',
        ],
      ],
    }
  }),
  worked('on-time-dispatch-rate-excluding-cancelled-orders', (rng) => {
    const x = rng.int(300, 2000)
    const c = rng.int(10, 80)
    const l = rng.int(10, 150)
    return {
      stem: `Last month ${n(x)} orders were due to ship, of which ${c} were cancelled before dispatch (the report leaves cancelled orders out of its base) and ${l} shipped after their promised date. On-time dispatch rate = orders shipped on time ÷ orders shipped. What is it, ${PCT1}?`,
      show: pct1,
      figures: { x, c, l },
      key: frac(x - c - l, x - c),
      wrong: [
        [frac(x - c - l, x), 'keeps the cancelled orders in the base'],
        [frac(x - l, x), 'counts the cancelled orders as on time'],
        [frac(x - l, x - c), 'counts the cancelled orders as on time over the right base'],
        [frac(l, x - c), 'gives the late-dispatch rate'],
      ],
    }
  }),
  worked('delivery-date-with-working-day-transit-over-a-holiday', (rng) => {
    const day = rng.int(0, 4)
    const t = rng.int(2, 4)
    const hol = workingDaysAfter(day, rng.int(1, t - 1))
    const key = workingDaysAfter(day, t, [hol])
    return {
      stem: `A parcel is dispatched on ${dayText(day)}. The carrier’s transit time is ${t} working days, counted from the day after dispatch; it does not deliver on Saturdays, Sundays or the public holiday on ${dayText(hol)}. On which date should it arrive?`,
      show: asDay,
      figures: { day, t, hol },
      key: dayOf(key),
      wrong: [
        [dayOf(workingDaysAfter(day, t)), 'ignores the public holiday'],
        [dayOf(day + t), 'counts calendar days'],
        [
          dayOf(workingDaysAfter(day, t - 1)),
          'counts the dispatch day as a transit day and ignores the holiday',
        ],
        [dayOf(workingDaysAfter(day, t + 1, [hol])), 'starts counting two days after dispatch'],
        [dayOf(workingDaysAfter(day, t, [hol], true)), 'counts Saturday as a delivery day'],
      ],
    }
  }),
  worked('per-kilogram-rate-after-the-first-with-parts-rounded-up', (rng) => {
    const a = rng.int(500, 1200)
    const b = rng.int(120, 350)
    const it = rng.int(1300, 8500)
    const p = rng.int(2, 9) * 100
    const g = it + p
    if (Math.ceil(g / 1000) === Math.ceil(it / 1000)) rest()
    return {
      stem: `A courier charges ${dollars(a)} for the first kg and ${dollars(b)} for each additional kg or part of a kg. An order’s items weigh ${n(it)} g and its packaging ${p} g; the whole parcel is weighed. What is the courier’s charge?`,
      show: money,
      figures: { a, b, it, p },
      key: cents(a + (Math.ceil(g / 1000) - 1) * b),
      wrong: [
        [cents(a + Math.ceil(g / 1000) * b), 'charges the first kg again at the additional rate'],
        [add(cents(a), mul(frac(g - 1000, 1000), cents(b))), 'charges a part of a kg pro rata'],
        [cents(a + (Math.ceil(it / 1000) - 1) * b), 'leaves out the packaging'],
        [cents(a + (Math.floor(g / 1000) - 1) * b), 'ignores the part of a kg'],
        [cents(Math.ceil(g / 1000) * a), 'charges the first-kg price for every kg'],
        [
          cents(a + (Math.ceil(it / 1000) + Math.ceil(p / 1000) - 1) * b),
          'rounds the items and the packaging up separately',
        ],
      ],
    }
  }),
  worked('average-postage-subsidy-per-order', (rng) => {
    const o = rng.int(200, 1200)
    const m = rng.int(Math.floor(o / 5), Math.floor(o / 2))
    const s = rng.int(3, 6) * 100 + 95
    const p = rng.int(500, 1100)
    const net = o * p - m * s
    if (net <= 0) rest()
    return {
      stem: `In May the shop sent ${n(o)} orders at an average postage cost of ${dollars(p)}. ${n(m)} of them paid the flat shipping charge of ${dollars(s)}; the rest shipped free. What was the postage the shop absorbed per order shipped, ${CENTS}?`,
      show: money,
      figures: { o, m, s, p },
      key: div(cents(net), o),
      wrong: [
        [div(cents(net), m), 'divides by the orders that paid shipping'],
        [cents(p), 'ignores the shipping charged'],
        [div(cents((o - m) * p), o), 'counts only the free orders’ postage'],
        [div(cents(net), o - m), 'divides by the free-shipping orders'],
      ],
    }
  }),
  worked('carrier-adjustment-for-under-declared-weights', (rng) => {
    const k = rng.int(5, 40)
    const d = rng.int(3, 15) * 100
    const w = d + rng.int(10, 40) * 100
    const r = rng.int(200, 500)
    const a = rng.int(100, 400)
    return {
      stem: `The carrier reweighed ${k} parcels and found each under-declared by ${n(d)} g (each now weighs ${n(w)} g). It bills the extra weight at ${dollars(r)} per kg (no rounding) plus an admin fee of ${dollars(a)} per corrected parcel. What is the adjustment, ${CENTS}?`,
      show: money,
      figures: { k, d, w, r, a },
      key: mul(k, add(mul(frac(d, 1000), cents(r)), cents(a))),
      wrong: [
        [mul(k, frac(d, 1000), cents(r)), 'leaves out the admin fee'],
        [add(mul(frac(d, 1000), cents(r)), cents(a)), 'bills one parcel'],
        [mul(k, add(mul(frac(w, 1000), cents(r)), cents(a))), 'bills the whole reweighed weight'],
        [add(mul(k, frac(d, 1000), cents(r)), cents(a)), 'charges the admin fee once'],
        [
          mul(k, add(mul(ceil(frac(d, 1000)), cents(r)), cents(a))),
          'rounds the extra weight up to a whole kg',
        ],
      ],
    }
  }),
]
