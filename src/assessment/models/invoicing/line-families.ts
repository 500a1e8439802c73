import { VariantError } from '../assemble-variant.js'
import { amount } from '../bookkeeping/ledger-text.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { Client, dollars, family, odd, pct, purse, sum, whole } from './invoice-text.js'

const VAT = [20, 21, 19, 23, 25, 24] as const
const SALES_TAX = [6.25, 7.25, 8.25, 8.875, 9.5, 7.5] as const

/**
 * Line totals, discounts and VAT or sales tax as an invoice works them out: each rule the key
 * depends on (rounding per line or per invoice, discount before tax) is stated in the stem.
 */
export const LINE_FAMILIES: readonly ScenarioFamily[] = [
  family('time-line-hours-and-minutes', (rng) => {
    const m = purse(rng)
    const rate = whole(rng, 35, 120)
    const h = rng.int(3, 14)
    const min = rng.pick([15, 45, 20, 40, 50, 10])
    const key = Math.round((rate * (h * 60 + min)) / 60)
    return sum(rng, m, {
      stem: `${Client(rng)} bills time to the minute at ${m(rate)} an hour. The timesheet shows ${h} h ${min} min for the month. What is the line total, rounded to the cent?`,
      key,
      wrong: [
        [
          Math.round((rate * (h * 100 + min)) / 100),
          `reads ${h} h ${min} min as ${h}.${min} hours`,
        ],
        [rate * h, 'drops the part hour'],
        [rate * (h + 1), 'bills the part hour as a whole hour'],
        [Math.round((rate * (h * 60 + min)) / 100), 'divides the minutes by 100 instead of 60'],
      ],
      formula: `=ROUND(B1*(${h}+${min}/60),2)`,
      cells: { B1: rate / 100 },
    })
  }),
  family('line-percent-discount', (rng) => {
    const m = purse(rng)
    const price = odd(rng, 12, 240)
    const q = rng.int(3, 40)
    const d = rng.pick([5, 10, 12.5, 15, 20, 25])
    const gross = price * q
    const key = gross - pct(gross, d)
    return sum(rng, m, {
      stem: `An invoice line is ${q} units at ${m(price)} each with a ${d}% line discount; the discount is worked on the line, rounded to the cent and deducted. What is the line's net amount?`,
      key,
      wrong: [
        [gross - pct(price, d), 'takes the discount off one unit only'],
        [gross, 'leaves out the line discount'],
        [gross + pct(gross, d), 'adds the discount instead of deducting it'],
        [gross - d * 100, `deducts ${d} currency units instead of ${d}%`],
        [Math.round(gross / (1 + d / 100)), 'divides by 1 plus the discount rate'],
      ],
      formula: '=B1*B2-ROUND(B1*B2*B3/100,2)',
      cells: { B1: price / 100, B2: q, B3: d },
    })
  }),
  family('vat-per-line-rounding', (rng) => {
    const m = purse(rng)
    const r = rng.pick(VAT)
    let lines = [odd(rng, 10, 400), odd(rng, 10, 400), odd(rng, 10, 400)]
    const per = (ls: number[]) => ls.reduce((s, l) => s + pct(l, r), 0)
    for (let i = 0; i < 30 && per(lines) === pct(lines[0]! + lines[1]! + lines[2]!, r); i++) {
      lines = [odd(rng, 10, 400), odd(rng, 10, 400), odd(rng, 10, 400)]
    }
    const perLine = per(lines)
    const total = lines.reduce((s, l) => s + l, 0)
    const once = pct(total, r)
    const trunc = lines.reduce((s, l) => s + Math.floor((l * r) / 100), 0)
    if (perLine === once) throw new VariantError('the two roundings agree')
    return sum(rng, m, {
      stem: `An invoice has three lines of ${lines.map(m).join(', ')}, all at ${r}% VAT. The client's package works VAT out on each line, rounds it to the cent, then adds the line VAT amounts. What VAT does the invoice show?`,
      key: perLine,
      wrong: [
        [once, 'works VAT out once on the invoice total'],
        [trunc, 'truncates each line’s VAT instead of rounding it'],
        [Math.round((total * r) / (100 + r)), 'extracts VAT as if the lines included it'],
        [total + perLine, 'gives the invoice total instead of its VAT'],
      ],
      formula: '=ROUND(B1*B4/100,2)+ROUND(B2*B4/100,2)+ROUND(B3*B4/100,2)',
      cells: { B1: lines[0]! / 100, B2: lines[1]! / 100, B3: lines[2]! / 100, B4: r },
    })
  }),
  family('vat-per-invoice-rounding', (rng) => {
    const m = purse(rng)
    const r = rng.pick(VAT)
    const lines = [odd(rng, 5, 90), odd(rng, 5, 90), odd(rng, 5, 90), odd(rng, 5, 90)]
    const total = lines.reduce((s, l) => s + l, 0)
    const once = pct(total, r)
    const perLine = lines.reduce((s, l) => s + pct(l, r), 0)
    return sum(rng, m, {
      stem: `An invoice has four lines of ${lines.map(m).join(', ')} at ${r}% VAT. The invoice template adds the lines first and rounds VAT once on the total, to the cent. What VAT does it show?`,
      key: once,
      wrong: [
        [perLine, 'rounds VAT on each line and adds the results'],
        [Math.floor((total * r) / 100), 'truncates the VAT instead of rounding it'],
        [Math.round((total * r) / (100 + r)), 'extracts VAT as if the total included it'],
        [total + once, 'gives the invoice total instead of its VAT'],
        [pct(total - lines[3]!, r), 'leaves the last line out of the total'],
      ],
      formula: '=ROUND(SUM(B1:B4)*B5/100,2)',
      cells: {
        B1: lines[0]! / 100,
        B2: lines[1]! / 100,
        B3: lines[2]! / 100,
        B4: lines[3]! / 100,
        B5: r,
      },
    })
  }),
  family('vat-inclusive-price-net', (rng) => {
    const m = purse(rng)
    const r = rng.pick(VAT)
    const gross = odd(rng, 60, 3000)
    const net = Math.round((gross * 100) / (100 + r))
    return sum(rng, m, {
      stem: `A client quotes a price of ${m(gross)} including ${r}% VAT. On the invoice the net amount must be shown separately, rounded to the cent. What is the net amount?`,
      key: net,
      wrong: [
        [gross - pct(gross, r), `deducts ${r}% of the VAT-inclusive price`],
        [gross + pct(gross, r), 'adds VAT to a price that already includes it'],
        [gross, 'treats the VAT-inclusive price as the net amount'],
        [Math.round((gross * (100 - r)) / 100), `takes ${100 - r}% of the gross`],
        [Math.round((gross * r) / (100 + r)), 'gives the VAT part instead of the net'],
      ],
      formula: '=ROUND(B1/(1+B2/100),2)',
      cells: { B1: gross / 100, B2: r },
    })
  }),
  family('vat-fraction-of-gross', (rng) => {
    const m = purse(rng)
    const r = rng.pick(VAT)
    const gross = odd(rng, 60, 3000)
    const vat = Math.round((gross * r) / (100 + r))
    return sum(rng, m, {
      stem: `A receipt for ${m(gross)} includes VAT at ${r}%. How much VAT does it contain, rounded to the cent?`,
      key: vat,
      wrong: [
        [pct(gross, r), `takes ${r}% of the VAT-inclusive amount`],
        [Math.round((gross * 100) / (100 + r)), 'gives the net instead of the VAT'],
        [Math.round((gross * r) / (100 - r)), `divides by ${100 - r} instead of ${100 + r}`],
      ],
      formula: '=ROUND(B1*B2/(100+B2),2)',
      cells: { B1: gross / 100, B2: r },
    })
  }),
  family('invoice-discount-before-vat', (rng) => {
    const m = purse(rng)
    const r = rng.pick(VAT)
    const sub = odd(rng, 300, 6000)
    const d = rng.pick([5, 8, 10, 15])
    const net = sub - pct(sub, d)
    const key = net + pct(net, r)
    return sum(rng, m, {
      stem: `An invoice's lines total ${m(sub)} net. The client gets a ${d}% trade discount on the whole invoice, taken before VAT at ${r}%. The discount and the VAT are each rounded to the cent. What is the amount due?`,
      key,
      wrong: [
        [sub + pct(sub, r) - pct(sub, d), 'charges VAT on the undiscounted total'],
        [net, 'leaves out the VAT'],
        [sub + pct(sub, r), 'leaves out the discount'],
        [sub + pct(sub, r - d), 'nets the discount rate against the VAT rate'],
        [net + pct(sub, r) + pct(sub, d), 'adds the discount back after VAT'],
        [net - pct(net, r), 'deducts VAT instead of adding it'],
        [net + pct(pct(sub, d), r), 'charges VAT on the discount only'],
      ],
      formula: '=(B1-ROUND(B1*B2/100,2))+ROUND((B1-ROUND(B1*B2/100,2))*B3/100,2)',
      cells: { B1: sub / 100, B2: d, B3: r },
    })
  }),
  family('sales-tax-taxable-lines-only', (rng) => {
    const m = dollars
    const t = rng.pick(SALES_TAX)
    const goods = odd(rng, 80, 1500)
    const labour = odd(rng, 80, 1500)
    const key = pct(goods, t)
    return sum(rng, m, {
      stem: `A US client's invoice has a parts line of ${m(goods)} and a labour line of ${m(labour)}. In the client's state, parts are taxable at ${t}% and labour is exempt. What sales tax does the invoice charge, rounded to the cent?`,
      key,
      wrong: [
        [pct(goods + labour, t), 'taxes the exempt labour line as well'],
        [pct(labour, t), 'taxes the labour line instead of the parts'],
        [goods + key, 'gives the taxed parts line instead of the tax'],
        [Math.round((goods * t) / 1000), 'shifts the rate one place (treats it as tenths)'],
      ],
      formula: '=ROUND(B1*B3/100,2)',
      cells: { B1: goods / 100, B2: labour / 100, B3: t },
    })
  }),
  family('sales-tax-on-shipping-rule', (rng) => {
    const m = dollars
    const t = rng.pick(SALES_TAX)
    const goods = odd(rng, 40, 900)
    const ship = odd(rng, 8, 60)
    const key = goods + ship + pct(goods + ship, t)
    return sum(rng, m, {
      stem: `An online shop invoices goods of ${m(goods)} plus shipping of ${m(ship)}. In the buyer's state shipping is taxable when charged with taxable goods; the rate is ${t}%, rounded once on the taxable total. What is the invoice total?`,
      key,
      wrong: [
        [goods + ship + pct(goods, t), 'leaves shipping out of the taxable total'],
        [goods + pct(goods + ship, t), 'charges tax on shipping but leaves shipping off the total'],
        [goods + ship, 'leaves out the sales tax'],
        [goods + ship + pct(ship, t), 'taxes only the shipping'],
      ],
      formula: '=B1+B2+ROUND((B1+B2)*B3/100,2)',
      cells: { B1: goods / 100, B2: ship / 100, B3: t },
    })
  }),
  family('graduated-tier-pricing', (rng) => {
    const m = purse(rng)
    const first = rng.pick([50, 100, 200])
    const p1 = rng.int(80, 300)
    const p2 = p1 - rng.int(10, 40)
    const q = first + rng.int(20, 300)
    const key = first * p1 + (q - first) * p2
    return sum(rng, m, {
      stem: `A printing client's price list is graduated: the first ${first} copies cost ${m(p1)} each and every copy after that costs ${m(p2)}. What is the line total for ${q} copies?`,
      key,
      wrong: [
        [q * p2, 'prices every copy at the lower rate'],
        [q * p1, 'prices every copy at the first-tier rate'],
        [first * p2 + (q - first) * p1, 'swaps the two tier rates'],
        [first * p1 + q * p2, 'prices the first tier twice'],
      ],
      formula: `=${first}*B1+(B3-${first})*B2`,
      cells: { B1: p1 / 100, B2: p2 / 100, B3: q },
    })
  }),
  family('volume-bracket-pricing', (rng) => {
    const m = purse(rng)
    const br = rng.pick([100, 250, 500])
    const p1 = rng.int(150, 500)
    const p2 = p1 - rng.int(15, 60)
    const q = br + rng.int(10, 400)
    const key = q * p2
    return sum(rng, m, {
      stem: `A supplier's price list is by volume bracket: orders under ${br} units cost ${m(p1)} a unit, and an order of ${br} or more prices all its units at ${m(p2)}. What is the line total for ${q} units?`,
      key,
      wrong: [
        [br * p1 + (q - br) * p2, 'treats the bracket as graduated tiers'],
        [q * p1, 'uses the small-order price'],
        [
          (br - 1) * p1 + (q - br + 1) * p2,
          'prices the units below the bracket at the higher rate',
        ],
        [q * (p1 - p2), 'multiplies by the price difference'],
      ],
      formula: '=B3*B2',
      cells: { B1: p1 / 100, B2: p2 / 100, B3: q },
    })
  }),
  family('rebilled-expense-handling-fee', (rng) => {
    const m = purse(rng)
    const cost = odd(rng, 40, 2000)
    const f = rng.pick([10, 12, 15, 20, 25])
    const key = cost + pct(cost, f)
    return sum(rng, m, {
      stem: `A contract lets the freelancer rebill expenses at cost plus a ${f}% handling fee on the cost. A receipt shows ${m(cost)}. What is the rebilled line, rounded to the cent?`,
      key,
      wrong: [
        [Math.round((cost * 100) / (100 - f)), `grosses up for a ${f}% margin on the price`],
        [cost, 'leaves out the handling fee'],
        [pct(cost, f), 'bills the fee alone'],
        [cost - pct(cost, f), 'deducts the fee'],
      ],
      formula: '=ROUND(B1*(1+B2/100),2)',
      cells: { B1: cost / 100, B2: f },
    })
  }),
  family('retainer-overage', (rng) => {
    const m = purse(rng)
    const fee = whole(rng, 600, 3000)
    const inc = rng.pick([10, 15, 20, 25])
    const rate = whole(rng, 40, 110)
    const used = inc + rng.int(2, 14)
    const key = fee + (used - inc) * rate
    return sum(rng, m, {
      stem: `A monthly retainer of ${m(fee)} includes ${inc} hours; hours beyond that are billed at ${m(rate)} each. This month ${used} hours were worked. What is the month's invoice before tax?`,
      key,
      wrong: [
        [fee + used * rate, 'bills every hour on top of the retainer'],
        [used * rate, 'bills all the hours at the hourly rate instead of the retainer'],
        [(used - inc) * rate, 'bills the extra hours but not the retainer'],
        [fee, 'leaves out the extra hours'],
      ],
      formula: '=B1+MAX(0,B4-B2)*B3',
      cells: { B1: fee / 100, B2: inc, B3: rate / 100, B4: used },
    })
  }),
  family('minimum-call-out-charge', (rng) => {
    const m = purse(rng)
    const rate = whole(rng, 50, 120)
    const minMin = rng.pick([60, 90, 120])
    const mins = rng.int(15, minMin + 70)
    if (Math.abs(mins - minMin) < 10) throw new VariantError('a visit too close to the minimum')
    const billed = Math.max(mins, minMin)
    const key = Math.round((rate * billed) / 60)
    return sum(rng, m, {
      stem: `A plumbing firm bills ${m(rate)} an hour to the minute with a minimum charge of ${minMin} minutes per visit. A visit lasted ${mins} minutes. What is the labour line, rounded to the cent?`,
      key,
      wrong: [
        mins < minMin
          ? [Math.round((rate * mins) / 60), 'ignores the minimum charge']
          : [(rate * minMin) / 60, 'caps the visit at the minimum'],
        [rate * Math.ceil(billed / 60), 'rounds the time up to whole hours'],
        [Math.round((rate * (minMin + mins)) / 60), 'adds the minimum to the time worked'],
        [rate, 'bills one hour whatever the minimum'],
        [Math.round((rate * billed) / 100), 'divides the minutes by 100'],
      ].filter(([c]) => c !== key) as [number, string][],
      formula: `=ROUND(B1*MAX(${mins},${minMin})/60,2)`,
      cells: { B1: rate / 100 },
    })
  }),
  family('reverse-charge-vat-charged', (rng) => {
    // an EU-to-EU supply, so euros
    const m = (cents: number) => `€${amount(cents)}`
    const r = rng.pick(VAT)
    const r2 = rng.pick(VAT.filter((x) => x !== r))
    const dom = odd(rng, 400, 8000)
    const eu = odd(rng, 400, 8000)
    return sum(rng, m, {
      stem: `A consultant registered for VAT at ${r}% invoices a home customer ${m(dom)} net and a business customer in another EU country ${m(eu)} net for services. The second invoice is under the reverse charge: that customer accounts for VAT at its own ${r2}% rate. How much VAT do the consultant's two invoices charge in total?`,
      key: pct(dom, r),
      wrong: [
        [pct(dom + eu, r), 'charges VAT on the reverse-charge invoice too'],
        [
          pct(dom, r) + pct(eu, r2),
          "charges the customer's own rate on the reverse-charge invoice",
        ],
        [pct(eu, r), 'charges VAT on the wrong invoice'],
        [Math.round((dom * r) / (100 + r)), 'extracts VAT as if the fee included it'],
        [pct(dom, r2), "uses the foreign customer's rate at home"],
      ],
      formula: '=ROUND(B1*B3/100,2)',
      cells: { B1: dom / 100, B2: eu / 100, B3: r },
    })
  }),
  family('two-vat-rates', (rng) => {
    const m = purse(rng)
    const std = rng.pick([20, 21, 19, 23])
    const red = rng.pick([5, 6, 9, 10])
    const a = odd(rng, 50, 900)
    const b = odd(rng, 50, 900)
    const key = pct(a, std) + pct(b, red)
    return sum(rng, m, {
      stem: `A catering invoice has ${m(a)} of services at the standard ${std}% VAT rate and ${m(b)} of food at a reduced ${red}% rate; VAT is rounded to the cent for each rate. What is the invoice's total VAT?`,
      key,
      wrong: [
        [pct(a + b, std), 'charges the standard rate on everything'],
        [pct(a + b, red), 'charges the reduced rate on everything'],
        [pct(a, red) + pct(b, std), 'swaps the two rates'],
        [Math.round(((a + b) * (std + red)) / 200), 'averages the two rates over the total'],
      ],
      formula: '=ROUND(B1*B3/100,2)+ROUND(B2*B4/100,2)',
      cells: { B1: a / 100, B2: b / 100, B3: std, B4: red },
    })
  }),
  family('fixed-coupon-before-tax', (rng) => {
    const m = dollars
    const t = rng.pick(SALES_TAX)
    const sub = odd(rng, 80, 900)
    const off = whole(rng, 10, 50)
    const key = sub - off + pct(sub - off, t)
    return sum(rng, m, {
      stem: `A US shop's order totals ${m(sub)}. A coupon gives ${m(off)} off, applied before sales tax at ${t}% (rounded to the cent). What does the customer pay?`,
      key,
      wrong: [
        [sub + pct(sub, t) - off, 'taxes the full price and deducts the coupon after tax'],
        [sub - off, 'leaves out the sales tax'],
        [sub + pct(sub, t), 'leaves out the coupon'],
        [sub - pct(sub, off / 100), `reads the ${m(off)} coupon as ${off / 100}% off`],
      ],
      formula: '=(B1-B2)+ROUND((B1-B2)*B3/100,2)',
      cells: { B1: sub / 100, B2: off / 100, B3: t },
    })
  }),
  family('unit-price-rounding-before-quantity', (rng) => {
    const m = purse(rng)
    const q = rng.int(12, 400)
    const list = odd(rng, 3, 40)
    const d = rng.pick([3, 7, 12.5, 17.5])
    const unit = list - pct(list, d)
    const key = unit * q
    const exact = Math.round((list * q * (100 - d)) / 100)
    if (exact === key) throw new VariantError('the two roundings agree')
    return sum(rng, m, {
      stem: `A wholesaler's invoices round the discount on one unit to the cent and deduct it from the list price; the line total is that discounted unit price times the quantity. List price ${m(list)}, discount ${d}%, quantity ${q}. What is the line total?`,
      key,
      wrong: [
        [exact, 'discounts the line total instead of rounding the unit price first'],
        [list * q, 'leaves out the discount'],
        [
          (list - Math.floor((list * d) / 100)) * q,
          'truncates the unit discount instead of rounding',
        ],
        [(list + pct(list, d)) * q, 'adds the discount'],
      ],
      formula: '=(B1-ROUND(B1*B2/100,2))*B3',
      cells: { B1: list / 100, B2: d, B3: q },
    })
  }),
  family('deposit-invoice-balance', (rng) => {
    const m = purse(rng)
    const r = rng.pick(VAT)
    const net = whole(rng, 1200, 9000)
    const dp = rng.pick([20, 25, 30, 40, 50])
    const gross = net + pct(net, r)
    const paid = pct(gross, dp)
    const key = gross - paid
    return sum(rng, m, {
      stem: `A project is quoted at ${m(net)} net plus ${r}% VAT. The client paid a ${dp}% deposit on the VAT-inclusive total, invoiced and paid earlier. What balance does the final invoice ask for?`,
      key,
      wrong: [
        [gross - pct(net, dp), 'deducts the deposit worked on the net price'],
        [net - pct(net, dp), 'leaves VAT off the balance'],
        [gross, 'ignores the deposit already paid'],
        [
          net - pct(net, dp) + pct(net, r),
          'deducts the deposit from the net but charges VAT on the full net',
        ],
        [pct(gross, 100 - dp) + pct(net, r), 'charges VAT again on top of the balance'],
      ],
      formula: '=ROUND(B1*(1+B2/100),2)-ROUND(ROUND(B1*(1+B2/100),2)*B3/100,2)',
      cells: { B1: net / 100, B2: r, B3: dp },
    })
  }),
  family('mileage-line', (rng) => {
    const m = purse(rng)
    const rate = rng.pick([30, 35, 42, 45, 58, 67])
    const km = rng.int(40, 900)
    const key = rate * km
    return sum(rng, m, {
      stem: `A contract reimburses travel at ${m(rate)} per km on the invoice. The trip log shows ${km} km in total, out and back. What is the travel line?`,
      key,
      wrong: [
        [rate * km * 2, 'doubles a distance that already covers the return'],
        [Math.round((rate * km) / 2), 'bills one way only'],
        [Math.round(rate * km * 0.621371), 'converts the km to miles'],
        [
          Math.round(rate * km * 1.609344),
          'converts the distance to km although the log is already in km',
        ],
        [rate * 10 * km, 'reads the per-km rate as units instead of cents'],
      ],
      formula: '=ROUND(B1*B2,2)',
      cells: { B1: rate / 100, B2: km },
    })
  }),
  family('line-vat-included-total', (rng) => {
    const m = purse(rng)
    const r = rng.pick(VAT)
    const price = odd(rng, 5, 120)
    const q = rng.int(2, 30)
    const net = price * q
    const key = net + pct(net, r)
    return sum(rng, m, {
      stem: `An invoice line is ${q} × ${m(price)} net at ${r}% VAT, rounded on the line. What is the line's VAT-inclusive total?`,
      key,
      wrong: [
        [(price + pct(price, r)) * q, 'rounds VAT on one unit and multiplies by the quantity'],
        [net, 'leaves out the VAT'],
        [price + pct(price, r) * q, 'adds VAT for every unit to one unit price'],
        [pct(net, r), 'gives the VAT instead of the total'],
        [net + pct(price, r), 'charges VAT on one unit only'],
      ],
      formula: '=B1*B2+ROUND(B1*B2*B3/100,2)',
      cells: { B1: price / 100, B2: q, B3: r },
    })
  }),
]
