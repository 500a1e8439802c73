import { VariantError } from '../assemble-variant.js'
import { cents, client, eur, family, gbp, share, sum } from './vat-text.js'

// VAT arithmetic: fractions, rounding, discounts, mixed supplies, registration turnover, import
// value, margins and the EU one-stop shop. The VAT fraction of a VAT-inclusive amount is
// rate/(100 + rate): 1/6 at 20 %, 1/21 at 5 % (VAT Notice 700, section 7). Since 1 April 2015
// VAT on a prompt payment discount is due on the amount actually paid. Taxable turnover for
// registration counts standard-, reduced- and zero-rated supplies, not exempt ones (Notice
// 700/1). Import VAT is charged on the customs value (including freight and insurance to the UK
// border) plus duty (Notice 702). The margin scheme charges VAT on the margin as its 1/6 VAT
// fraction (Notice 718). Business gifts to one person costing more than £50 in 12 months carry
// output VAT on their cost (Notice 700/35). EU distance sales of goods and cross-border
// telecoms, broadcasting and e-services to consumers are taxed in the customer's country once
// the seller's EU-wide total passes EUR 10,000 in the current or previous calendar year.

const vat20 = (net: number) => share(net, 20, 100)

export const RATES_FAMILIES = [
  family('reduced-rate-fraction', (rng) => {
    const g = cents(rng, 120, 3000)
    return {
      stem: `${cap(client(rng))}'s gas bill for a home-based office is ${gbp(g)}, VAT included at the 5 % reduced rate. The VAT in a VAT-inclusive amount is rate ÷ (100 + rate) of it, to the penny. How much of the bill is VAT?`,
      key: gbp(share(g, 1, 21)),
      wrong: [
        [gbp(share(g, 5, 100)), 'takes 5 % of the VAT-inclusive bill'],
        [gbp(share(g, 1, 6)), 'uses the standard-rate fraction, 1/6'],
        [gbp(share(g, 1, 20)), 'divides by 20'],
        [gbp(share(g, 20, 100)), 'takes 20 % of the bill'],
        [gbp(share(g, 1, 105)), 'divides by 105'],
      ],
      figures: { g },
    }
  }),
  family('net-from-gross-standard', (rng) => {
    const g = cents(rng, 60, 9000)
    return {
      stem: `A supplier's price list quotes ${gbp(g)} including VAT at 20 %. The net price is the gross less its 1/6 VAT fraction, the VAT rounded to the penny. What is the net price?`,
      key: gbp(g - share(g, 1, 6)),
      wrong: [
        [gbp(share(g, 80, 100)), 'takes 20 % off the gross price'],
        [gbp(g - share(g, 1, 21)), 'uses the 5 % fraction, 1/21'],
        [gbp(g), 'treats the gross price as net'],
        [gbp(g + vat20(g)), 'adds 20 % to a price that includes VAT'],
        [gbp(share(g, 1, 6)), 'gives the VAT, not the net price'],
      ],
      figures: { g },
    }
  }),
  family('trade-discount-before-vat', (rng) => {
    const unit = cents(rng, 4, 80)
    const qty = rng.int(5, 60)
    const d = rng.pick([5, 10, 12, 15, 20])
    const line = unit * qty
    const disc = share(line, d, 100)
    const net = line - disc
    return {
      stem: `An invoice for ${qty} units at ${gbp(unit)} each, net, gives a ${d} % trade discount. VAT at 20 % is charged on the discounted net amount; round the discount and the VAT to the penny. What is the invoice total including VAT?`,
      key: gbp(net + vat20(net)),
      wrong: [
        [gbp(line + vat20(line)), 'ignores the discount'],
        [gbp(net + vat20(line)), 'charges VAT on the undiscounted amount'],
        [gbp(net), 'leaves VAT off'],
        [gbp(line + disc + vat20(line + disc)), 'adds the discount instead of deducting it'],
        [gbp(line + vat20(line) - disc), 'deducts the discount after VAT'],
      ],
      figures: { unit, qty, d },
    }
  }),
  family('per-line-round-down', (rng) => {
    const lines = [cents(rng, 1, 90), cents(rng, 1, 90), cents(rng, 1, 90), cents(rng, 1, 90)]
    const floor = (c: number) => Math.floor((c * 20) / 100)
    const ceil = (c: number) => Math.ceil((c * 20) / 100)
    const key = sum(lines.map(floor))
    const nearest = sum(lines.map(vat20))
    const whole = vat20(sum(lines))
    if (key === nearest && key === whole) throw new VariantError('roundings agree')
    return {
      stem: `An invoice has four standard-rated lines of ${lines.map(gbp).join(', ')} net. The supplier works VAT at 20 % line by line and, as HMRC allows, rounds each line's VAT down to the whole penny before adding the lines. What is the VAT on the invoice?`,
      key: gbp(key),
      wrong: [
        [gbp(nearest), 'rounds each line to the nearest penny'],
        [gbp(whole), 'works VAT once on the invoice total'],
        [gbp(sum(lines.map(ceil))), 'rounds each line’s VAT up'],
        [gbp(Math.floor((sum(lines) * 20) / 100)), 'rounds down once on the invoice total'],
        [gbp(Math.ceil((sum(lines) * 20) / 100)), 'rounds up once on the invoice total'],
        [gbp(share(sum(lines), 1, 6)), 'takes the 1/6 fraction of the net total'],
        [
          gbp(sum(lines.map((c) => Math.floor(c / 6)))),
          'takes 1/6 of each net line, rounding down',
        ],
        [gbp(sum(lines.map((c) => Math.floor((c * 175) / 1000)))), 'uses the old 17.5 % rate'],
      ],
      figures: { lines: lines.join(',') },
    }
  }),
  family('mixed-hamper-vat', (rng) => {
    const food = cents(rng, 15, 60)
    const wine = cents(rng, 10, 45)
    return {
      stem: `A gift hamper is sold for ${gbp(food + wine)} net of VAT: ${gbp(food)} of it is food that is zero-rated and ${gbp(wine)} is wine, standard-rated at 20 %. The price is apportioned as stated and each part takes its own rate. What VAT is due on the hamper?`,
      key: gbp(vat20(wine)),
      wrong: [
        [gbp(vat20(food + wine)), 'standard-rates the whole hamper'],
        [gbp(share(wine, 1, 6)), 'takes 1/6 of the net wine price'],
        [gbp(vat20(food)), 'standard-rates the food instead of the wine'],
        [gbp(share(food + wine, 1, 6)), 'takes 1/6 of the whole net price'],
        [gbp(share(wine, 5, 100)), 'charges the wine at 5 %'],
      ],
      figures: { food, wine },
    }
  }),
  family('taxable-turnover-for-registration', (rng) => {
    const s = cents(rng, 30000, 70000)
    const z = cents(rng, 5000, 25000)
    const e = cents(rng, 5000, 25000)
    const o = cents(rng, 2000, 10000)
    return {
      stem: `Over the last 12 months a sole trader made standard-rated sales of ${gbp(s)}, zero-rated sales of ${gbp(z)}, exempt sales of ${gbp(e)} and received ${gbp(o)} of loan money, all net of VAT. Taxable turnover for the £90,000 registration threshold counts standard-, reduced- and zero-rated supplies only. What is the taxable turnover?`,
      key: gbp(s + z),
      wrong: [
        [gbp(s), 'leaves out the zero-rated sales'],
        [gbp(s + z + e), 'counts the exempt sales'],
        [gbp(s + z + e + o), 'counts every receipt'],
        [gbp(s + e), 'counts exempt sales instead of zero-rated'],
        [gbp(s + vat20(s) + z), 'grosses up the standard-rated sales'],
      ],
      figures: { s, z, e, o },
    }
  }),
  family('rolling-twelve-months', (rng) => {
    const m = Array.from({ length: 14 }, () => cents(rng, 4000, 9000))
    const last12 = sum(m.slice(2))
    const names = [
      'Nov',
      'Dec',
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]
    return {
      stem: `A trader's monthly taxable turnover from November 2025 to December 2026 was ${m.map((x, i) => `${names[i]} ${gbp(x)}`).join(', ')}. The registration test looks at the rolling 12 months ending with the month just finished. What is the taxable turnover for the 12 months ending December 2026?`,
      key: gbp(last12),
      wrong: [
        [gbp(sum(m)), 'adds all fourteen months'],
        [gbp(sum(m.slice(0, 12))), 'takes the first twelve months listed'],
        [gbp(sum(m.slice(3))), 'takes only eleven months, from February 2026'],
        [gbp(sum(m.slice(1))), 'takes thirteen months, from December 2025'],
        [gbp(sum(m.slice(1, 13))), 'takes the 12 months ending November 2026'],
      ],
      figures: { m: m.join(',') },
    }
  }),
  family('oss-customer-country-rates', (rng) => {
    const de = cents(rng, 2000, 9000)
    const fr = cents(rng, 2000, 9000)
    const it = cents(rng, 2000, 9000)
    const key = share(de, 19, 100) + share(fr, 20, 100) + share(it, 22, 100)
    return {
      stem: `An Irish online shop, registered for the EU one-stop shop and well over the EUR 10,000 EU-wide threshold, sold goods to consumers for ${eur(de)} in Germany, ${eur(fr)} in France and ${eur(it)} in Italy, net. Standard rates: Ireland 23 %, Germany 19 %, France 20 %, Italy 22 %. Distance sales over the threshold are taxed at the customer's country's rate; round each country's VAT to the cent. What VAT goes on the OSS return?`,
      key: eur(key),
      wrong: [
        [eur(share(de + fr + it, 23, 100)), 'charges Irish VAT on every sale'],
        [eur(share(de + fr + it, 20, 100)), 'uses one 20 % rate for all three'],
        [eur(share(de, 19, 100) + share(fr, 20, 100)), 'leaves out the Italian sales'],
        [
          eur(share(de, 23, 100) + share(fr, 23, 100) + share(it, 23, 100)),
          'works each at the Irish rate',
        ],
        [eur(share(de + fr + it, 19, 100)), 'uses the lowest rate for all three'],
        [eur(share(de + fr + it, 22, 100)), 'uses the Italian rate for all three'],
      ],
      figures: { de, fr, it },
    }
  }),
  family('eu-threshold-home-or-destination', (rng) => {
    const a = cents(rng, 1500, 7000)
    const b = cents(rng, 1500, 7000)
    const prev = cents(rng, 3000, 14000)
    const over = a + b > 1000000 || prev > 1000000
    const home = share(a + b, 21, 100)
    const dest = share(a, 20, 100) + share(b, 25, 100)
    return {
      stem: `A Belgian micro-business sells goods online to consumers in France (${eur(a)} this year) and Denmark (${eur(b)} this year), net; last year its EU cross-border consumer sales were ${eur(prev)}. Rates: Belgium 21 %, France 20 %, Denmark 25 %. It may charge Belgian VAT while its EU-wide cross-border consumer sales stay at or under EUR 10,000 in both the current and the previous calendar year; otherwise each sale bears its customer's country's VAT. It has not opted to tax at destination. What VAT is due on this year's cross-border sales?`,
      key: eur(over ? dest : home),
      wrong: [
        [
          eur(over ? home : dest),
          over
            ? 'keeps charging Belgian VAT past the threshold'
            : 'charges destination VAT while under the threshold',
        ],
        [eur(share(a + b, 20, 100)), 'charges the French rate on both'],
        [eur(share(a + b, 25, 100)), 'charges the Danish rate on both'],
        [eur(share(a, 21, 100)), 'leaves the Danish sales out'],
        [eur(share(a + b + prev, 21, 100)), 'adds last year’s sales'],
      ],
      figures: { a, b, prev },
    }
  }),
  family('deposit-creates-tax-point', (rng) => {
    const total = cents(rng, 3000, 15000)
    const dep = share(total, rng.pick([10, 20, 25, 30, 40]), 100)
    return {
      stem: `A kitchen fitter agreed a job at ${gbp(total)} including VAT at 20 %. The customer paid a deposit of ${gbp(dep)} on 20 March; the kitchen was fitted and the balance paid on 14 April. A payment received before the basic tax point creates a tax point for the amount paid. How much VAT falls in the quarter ending 31 March, to the penny?`,
      key: gbp(share(dep, 1, 6)),
      wrong: [
        [gbp(share(total, 1, 6)), 'puts the whole job’s VAT in March'],
        [gbp(vat20(dep)), 'takes 20 % of the VAT-inclusive deposit'],
        [gbp(share(total - dep, 1, 6)), 'puts the balance’s VAT in March'],
        [gbp(vat20(total)), 'takes 20 % of the whole VAT-inclusive price'],
        [gbp(share(dep, 1, 21)), 'uses the 5 % fraction on the deposit'],
      ],
      figures: { total, dep },
    }
  }),
  family('prompt-payment-discount', (rng) => {
    const n = cents(rng, 400, 6000)
    const d = rng.pick([2, 3, 5])
    const took = rng.int(0, 1) === 1
    const disc = n - share(n, d, 100)
    return {
      stem: `A sales invoice for ${gbp(n)} net offers a ${d} % discount for payment within 14 days. The customer paid ${took ? 'on day 9, taking the discount' : 'on day 40, without the discount'}. Since April 2015, VAT at 20 % is due on the amount actually paid, net of VAT. How much output VAT is due on the sale?`,
      key: gbp(vat20(took ? disc : n)),
      wrong: [
        [
          gbp(vat20(took ? n : disc)),
          took
            ? 'charges VAT on the full price after the discount was taken'
            : 'charges VAT on the discounted price though no discount was taken',
        ],
        [gbp(share(took ? disc : n, 1, 6)), 'takes 1/6 of a net amount'],
        [gbp(vat20(share(n, d, 100))), 'charges VAT on the discount'],
        [gbp(vat20(took ? disc : n) + share(n, d, 100)), 'adds the discount to the VAT'],
        [gbp(vat20(took ? disc - share(disc, d, 100) : disc)), 'takes the discount twice'],
      ],
      figures: { n, d, took: took ? 1 : 0 },
    }
  }),
  family('recharged-expenses-and-disbursements', (rng) => {
    const fee = cents(rng, 800, 5000)
    const travel = cents(rng, 60, 600)
    const court = cents(rng, 50, 400)
    return {
      stem: `A consultant bills a client ${gbp(fee)} of fees, ${gbp(travel)} of travel costs recharged (net of VAT the consultant reclaimed) and a ${gbp(court)} court fee paid as the client's agent. Recharged costs are part of the consultant's standard-rated supply at 20 %; a disbursement paid as agent is outside it. What VAT goes on the invoice?`,
      key: gbp(vat20(fee + travel)),
      wrong: [
        [gbp(vat20(fee)), 'treats the travel as a disbursement'],
        [gbp(vat20(fee + travel + court)), 'charges VAT on the disbursement too'],
        [gbp(vat20(fee + court)), 'swaps the travel and the disbursement'],
        [gbp(share(fee + travel, 1, 6)), 'takes 1/6 of net amounts'],
        [gbp(vat20(fee + travel) + court), 'adds the court fee to the VAT'],
      ],
      figures: { fee, travel, court },
    }
  }),
  family('import-vat-on-value-plus-duty', (rng) => {
    const cv = cents(rng, 2000, 15000)
    const fr = cents(rng, 100, 900)
    const dutyPct = rng.pick([2, 4, 6, 8, 12])
    const duty = share(cv + fr, dutyPct, 100)
    const onward = cents(rng, 50, 400)
    return {
      stem: `Goods bought for ${gbp(cv)} are shipped to the UK border for ${gbp(fr)} (freight and insurance) and bear ${dutyPct} % duty on that customs value, ${gbp(duty)}; delivery from the port to the buyer costs ${gbp(onward)}. Import VAT is 20 % of the customs value (price plus freight and insurance to the border) plus duty; onward UK delivery is not included. What import VAT is due?`,
      key: gbp(vat20(cv + fr + duty)),
      wrong: [
        [gbp(vat20(cv)), 'works VAT on the price alone'],
        [gbp(vat20(cv + fr)), 'leaves the duty out'],
        [gbp(vat20(cv + duty)), 'leaves the freight out'],
        [gbp(vat20(cv + fr + duty + onward)), 'adds the onward delivery'],
        [gbp(share(cv + fr + duty, 1, 6)), 'takes 1/6 of the import value'],
      ],
      figures: { cv, fr, dutyPct, onward },
    }
  }),
  family('margin-scheme-vat', (rng) => {
    const buy = cents(rng, 800, 9000)
    const sell = buy + cents(rng, 200, 3000)
    return {
      stem: `A second-hand car dealer using the margin scheme bought a car from a private seller for ${gbp(buy)} and sold it for ${gbp(sell)}. Under the scheme, VAT is the 1/6 fraction (20 % rate) of the margin, selling price less buying price, to the penny. What VAT is due on the sale?`,
      key: gbp(share(sell - buy, 1, 6)),
      wrong: [
        [gbp(share(sell, 1, 6)), 'takes 1/6 of the whole selling price'],
        [gbp(vat20(sell - buy)), 'takes 20 % of the margin'],
        [gbp(vat20(sell)), 'charges 20 % on the selling price'],
        [gbp(share(sell - buy, 1, 21)), 'uses the 5 % fraction'],
        [gbp(share(sell + buy, 1, 6)), 'adds the buying price instead of deducting it'],
      ],
      figures: { buy, sell },
    }
  }),
  family('business-gifts-over-fifty', (rng) => {
    const gifts = [cents(rng, 12, 30), cents(rng, 12, 30), cents(rng, 12, 30)]
    const t = sum(gifts)
    return {
      stem: `A firm gave one client three gifts within 12 months costing ${gifts.map(gbp).join(', ')} net, reclaiming the input VAT on each. Gifts to one person costing more than £50 in total in 12 months carry output VAT at 20 % on the cost of every gift. What output VAT is due on the gifts?`,
      key: gbp(vat20(t)),
      wrong: [
        [gbp(vat20(t - 5000)), 'charges VAT only on the cost above £50'],
        [gbp(vat20(gifts[2]!)), 'charges VAT only on the gift that crossed £50'],
        [gbp(share(t, 1, 6)), 'takes 1/6 of the net cost'],
        [gbp(vat20(t + vat20(t))), 'works the VAT on a VAT-inclusive cost'],
        [gbp(vat20(t - gifts[0]!)), 'leaves out the first gift'],
        [gbp(vat20(5000)), 'charges VAT on the first £50 only'],
      ],
      figures: { gifts: gifts.join(',') },
    }
  }),
  family('foreign-invoice-reverse-charge', (rng) => {
    const e = cents(rng, 500, 8000)
    const period = rng.int(8300, 8800)
    const market = period + rng.pick([-120, -80, -50, 50, 80, 120])
    const gbpAt = (r: number) => share(e, r, 10000)
    return {
      stem: `A UK business receives a reverse-charge invoice for ${eur(e)} of services from a Dutch supplier. HMRC's period rate is 1 EUR = ${(period / 10000).toFixed(4)} GBP and the market rate on the invoice date 1 EUR = ${(market / 10000).toFixed(4)} GBP; the business uses HMRC's period rate. Convert to the penny, then work VAT at 20 % to the penny. What reverse-charge VAT goes in box 1?`,
      key: gbp(vat20(gbpAt(period))),
      wrong: [
        [gbp(vat20(gbpAt(market))), 'uses the market rate instead of the period rate'],
        [gbp(vat20(share(e, 10000, period))), 'divides by the rate'],
        [gbp(vat20(e)), 'works VAT on the euro amount unconverted'],
        [gbp(share(gbpAt(period), 1, 6)), 'takes 1/6 of the converted value'],
        [gbp(gbpAt(period)), 'enters the converted value, not the VAT'],
      ],
      figures: { e, period, market },
    }
  }),
  family('compulsory-service-charge', (rng) => {
    const food = cents(rng, 60, 900)
    const pc = rng.pick([10, 12, 15])
    const sc = share(food, pc, 100)
    const tip = cents(rng, 5, 60)
    return {
      stem: `A restaurant's bill for a group: food and drink ${gbp(food)} net, standard-rated at 20 %; a compulsory ${pc} % service charge on that net amount, ${gbp(sc)}; and a ${gbp(tip)} tip the customers added freely. A compulsory service charge is part of the price and bears VAT; a freely given tip is outside the scope. What VAT is due on the bill?`,
      key: gbp(vat20(food + sc)),
      wrong: [
        [gbp(vat20(food)), 'treats the compulsory service charge as a tip'],
        [gbp(vat20(food + sc + tip)), 'charges VAT on the tip too'],
        [gbp(vat20(food + tip)), 'charges VAT on the tip instead of the service charge'],
        [gbp(share(food + sc, 1, 6)), 'takes 1/6 of net amounts'],
        [gbp(vat20(food) + sc), 'adds the service charge to the VAT'],
      ],
      figures: { food, pc, tip },
    }
  }),
]

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
