import { VariantError } from '../assemble-variant.js'
import { cents, family, pctText, rateBp, share, sum, usd } from './vat-text.js'

// US sales and use tax, every rule stated in the stem: states differ on sourcing (origin or
// destination), on whether delivery charges are taxable, on clothing exemptions, trade-in
// credits, coupons and vendor discounts, so each stem gives the rule the key follows. Rates are
// in basis points; a combined rate is the sum of the state, county, city and district rates
// stated; tax is worked on the invoice total and rounded half up to the cent.

const tax = (c: number, bp: number) => share(c, bp, 10000)
const CITIES = [
  ['Maple Falls', 'Harlan County'],
  ['Cedar Ridge', 'Brook County'],
  ['Port Ellis', 'Grant County'],
  ['Stonebridge', 'Lowell County'],
] as const

export const SALES_TAX_FAMILIES = [
  family('destination-sourced-combined-rate', (rng) => {
    const [sellerCity, sellerCounty] = rng.pick(CITIES)
    const [buyerCity, buyerCounty] = CITIES.find((c) => c[0] !== sellerCity)!
    const st = rateBp(rng, 400, 700)
    const sc = rateBp(rng, 25, 150)
    const sy = rateBp(rng, 50, 200)
    const bc = rateBp(rng, 25, 150)
    const by = rateBp(rng, 50, 200)
    if (sc + sy === bc + by) throw new VariantError('local rates equal')
    const p = cents(rng, 200, 4000)
    return {
      stem: `A retailer in ${sellerCity} (${sellerCounty}) ships a taxable order of ${usd(p)} to a customer in ${buyerCity} (${buyerCounty}), in the same destination-sourcing state. State rate ${pctText(st)}; ${sellerCounty} ${pctText(sc)}, ${sellerCity} ${pctText(sy)}; ${buyerCounty} ${pctText(bc)}, ${buyerCity} ${pctText(by)}. Destination sourcing taxes the sale at the combined rate where the buyer receives it. What sales tax is charged?`,
      key: usd(tax(p, st + bc + by)),
      wrong: [
        [usd(tax(p, st + sc + sy)), 'uses the seller’s local rates'],
        [usd(tax(p, st)), 'charges the state rate alone'],
        [usd(tax(p, st + bc)), 'leaves out the buyer’s city rate'],
        [usd(tax(p, st + sc + sy + bc + by)), 'adds both places’ local rates'],
        [usd(tax(p, st + by)), 'leaves out the buyer’s county rate'],
      ],
      figures: { p, st, sc, sy, bc, by },
    }
  }),
  family('origin-sourced-combined-rate', (rng) => {
    const st = rateBp(rng, 400, 700)
    const sc = rateBp(rng, 25, 150)
    const sy = rateBp(rng, 50, 200)
    const bc = rateBp(rng, 25, 150)
    const by = rateBp(rng, 50, 200)
    if (sc + sy === bc + by) throw new VariantError('local rates equal')
    const p = cents(rng, 200, 4000)
    return {
      stem: `A seller in an origin-sourcing state ships a taxable order of ${usd(p)} to a customer elsewhere in the same state. State rate ${pctText(st)}; the seller's county ${pctText(sc)} and city ${pctText(sy)}; the buyer's county ${pctText(bc)} and city ${pctText(by)}. Origin sourcing taxes an in-state sale at the combined rate of the seller's place of business. What sales tax is charged?`,
      key: usd(tax(p, st + sc + sy)),
      wrong: [
        [usd(tax(p, st + bc + by)), 'uses the buyer’s local rates'],
        [usd(tax(p, st)), 'charges the state rate alone'],
        [usd(tax(p, st + sc)), 'leaves out the seller’s city rate'],
        [usd(tax(p, st + sc + sy + bc + by)), 'adds both places’ local rates'],
        [usd(tax(p, st + sy)), 'leaves out the seller’s county rate'],
      ],
      figures: { p, st, sc, sy, bc, by },
    }
  }),
  family('shipping-on-a-mixed-shipment', (rng) => {
    const t = cents(rng, 60, 900)
    const e = cents(rng, 40, 600)
    const s = cents(rng, 8, 60)
    const r = rateBp(rng, 500, 950)
    const shipTaxed = share(s * t, 1, t + e)
    return {
      stem: `An order holds ${usd(t)} of taxable goods and ${usd(e)} of exempt goods, with a separately stated delivery charge of ${usd(s)}. The state taxes delivery charges, but on a shipment of taxable and exempt goods only the taxable goods' share of the delivery charge (by sales price, to the cent) is taxable. Combined rate ${pctText(r)}. What sales tax is due?`,
      key: usd(tax(t + shipTaxed, r)),
      wrong: [
        [usd(tax(t + s, r)), 'taxes the whole delivery charge'],
        [usd(tax(t, r)), 'leaves the delivery charge untaxed'],
        [usd(tax(t + e + s, r)), 'taxes the whole order'],
        [usd(tax(t + e, r)), 'taxes the exempt goods and not the delivery'],
        [usd(tax(t + share(s, 1, 2), r)), 'taxes half the delivery charge'],
      ],
      figures: { t, e, s, r },
    }
  }),
  family('exemption-certificates-on-file', (rng) => {
    const a = cents(rng, 300, 5000)
    const b = cents(rng, 300, 5000)
    const c = cents(rng, 300, 5000)
    const r = rateBp(rng, 500, 950)
    return {
      stem: `A wholesaler's sales this month: ${usd(a)} to a reseller with a valid resale certificate on file, ${usd(b)} to a reseller whose certificate expired before the sale, and ${usd(c)} to a business with no certificate. A sale is exempt only with a valid certificate held at the time of sale; combined rate ${pctText(r)}, worked on the month's taxable total. What sales tax is due?`,
      key: usd(tax(b + c, r)),
      wrong: [
        [usd(tax(c, r)), 'accepts the expired certificate'],
        [usd(tax(a + b + c, r)), 'taxes the sale with a valid certificate'],
        [usd(tax(b, r)), 'taxes only the expired-certificate sale'],
        [usd(tax(a + c, r)), 'taxes the valid certificate and accepts the expired one'],
        [usd(tax(a + b, r)), 'taxes the resellers and not the business without a certificate'],
      ],
      figures: { a, b, c, r },
    }
  }),
  family('use-tax-with-credit', (rng) => {
    const p = cents(rng, 400, 6000)
    const q = cents(rng, 400, 6000)
    const r = rateBp(rng, 600, 950)
    const paidRate = rateBp(rng, 200, 500)
    const key = tax(p, r) + tax(q, r) - tax(q, paidRate)
    return {
      stem: `A business bought equipment for ${usd(p)} from an out-of-state seller that charged no sales tax, and supplies for ${usd(q)} on which another state's ${pctText(paidRate)} sales tax was charged; both are used at home, where the combined use tax rate is ${pctText(r)}. Use tax is due at the home rate, less a credit for sales tax paid to another state on the same item. What use tax is due?`,
      key: usd(key),
      wrong: [
        [usd(tax(p, r)), 'owes nothing on the supplies'],
        [usd(tax(p + q, r)), 'gives no credit for the tax paid'],
        [usd(tax(p, r) + tax(q, paidRate)), 'adds the tax paid instead of deducting it'],
        [usd(tax(p + q, r - paidRate)), 'deducts the other state’s rate from both purchases'],
        [usd(tax(p + q, paidRate)), 'uses the other state’s rate'],
      ],
      figures: { p, q, r, paidRate },
    }
  }),
  family('tax-included-receipt', (rng) => {
    const g = cents(rng, 20, 2000)
    const r = rateBp(rng, 500, 1000)
    const t = share(g, r, 10000 + r)
    return {
      stem: `A market stall's sign says prices include sales tax. A sale came to ${usd(g)} including tax at a combined ${pctText(r)}. The tax in a tax-included price is price × rate ÷ (1 + rate), to the cent. How much of the sale is sales tax?`,
      key: usd(t),
      wrong: [
        [usd(tax(g, r)), 'takes the rate of the tax-included price'],
        [usd(g - t), 'gives the price before tax'],
        [usd(share(g, r, 10000 - r)), 'divides by one less the rate'],
        [usd(tax(g - tax(g, r), r)), 'takes the rate of the price less the rate'],
        [usd(share(g, 1, 6)), 'uses the UK 1/6 VAT fraction'],
      ],
      figures: { g, r },
    }
  }),
  family('store-versus-manufacturer-coupon', (rng) => {
    const p = cents(rng, 30, 600)
    const store = cents(rng, 3, 40)
    const mfr = cents(rng, 3, 40)
    const r = rateBp(rng, 500, 950)
    return {
      stem: `A shopper buys an item priced ${usd(p)}, using a ${usd(store)} store coupon and a ${usd(mfr)} manufacturer's coupon that the manufacturer reimburses to the store. In this state a store coupon reduces the taxable price; a reimbursed manufacturer's coupon does not. Combined rate ${pctText(r)}. What sales tax is charged?`,
      key: usd(tax(p - store, r)),
      wrong: [
        [usd(tax(p - store - mfr, r)), 'deducts the manufacturer’s coupon too'],
        [usd(tax(p, r)), 'deducts neither coupon'],
        [usd(tax(p - mfr, r)), 'deducts the manufacturer’s coupon instead'],
        [usd(tax(p + store, r)), 'adds the store coupon'],
        [usd(tax(p - store, r) + tax(mfr, r)), 'taxes the manufacturer’s coupon twice'],
      ],
      figures: { p, store, mfr, r },
    }
  }),
  family('vehicle-trade-in-credit', (rng) => {
    const price = cents(rng, 8000, 40000)
    const tradeIn = cents(rng, 1000, 7000)
    const rebate = cents(rng, 300, 2000)
    const r = rateBp(rng, 400, 900)
    return {
      stem: `A dealer sells a vehicle for ${usd(price)}, takes a trade-in valued at ${usd(tradeIn)} and the buyer also receives a ${usd(rebate)} rebate paid by the manufacturer after the sale. This state taxes the price less the trade-in allowance; a manufacturer's rebate does not reduce the taxable price. Combined rate ${pctText(r)}. What sales tax is due?`,
      key: usd(tax(price - tradeIn, r)),
      wrong: [
        [usd(tax(price, r)), 'gives no trade-in credit'],
        [usd(tax(price - tradeIn - rebate, r)), 'deducts the rebate too'],
        [usd(tax(price - rebate, r)), 'deducts the rebate instead of the trade-in'],
        [usd(tax(price + tradeIn, r)), 'adds the trade-in'],
        [usd(tax(tradeIn, r)), 'taxes the trade-in alone'],
      ],
      figures: { price, tradeIn, rebate, r },
    }
  }),
  family('special-district-rate', (rng) => {
    const p = cents(rng, 100, 3000)
    const st = rateBp(rng, 400, 700)
    const co = rateBp(rng, 25, 150)
    const ci = rateBp(rng, 50, 200)
    const di = rateBp(rng, 25, 100)
    const other = rateBp(rng, 25, 100) + di
    return {
      stem: `A taxable sale of ${usd(p)} is delivered to an address in the city and county and inside a transit district, in a destination-sourcing state. Rates: state ${pctText(st)}, county ${pctText(co)}, city ${pctText(ci)}, transit district ${pctText(di)}; a neighbouring library district (${pctText(other)}) does not cover the address. The combined rate is the sum of every jurisdiction the delivery address lies in. What sales tax is charged?`,
      key: usd(tax(p, st + co + ci + di)),
      wrong: [
        [usd(tax(p, st + co + ci)), 'leaves out the transit district'],
        [
          usd(tax(p, st + co + ci + di + other)),
          'adds the library district the address is outside',
        ],
        [usd(tax(p, st)), 'charges the state rate alone'],
        [usd(tax(p, st + co + di)), 'leaves out the city rate'],
        [usd(tax(p, st + ci + di)), 'leaves out the county rate'],
        [usd(tax(p, st + co + ci + other)), 'swaps the transit district for the library district'],
      ],
      figures: { p, st, co, ci, di, other },
    }
  }),
  family('return-taxable-sales', (rng) => {
    const g = cents(rng, 40000, 200000)
    const resale = cents(rng, 3000, 30000)
    const out = cents(rng, 3000, 30000)
    const ret = cents(rng, 500, 5000)
    const r = rateBp(rng, 500, 950)
    const taxable = g - resale - out - ret
    return {
      stem: `A seller's gross sales for the period were ${usd(g)}, including ${usd(resale)} of sales for resale under valid certificates and ${usd(out)} shipped out of state (not taxable here); customers returned ${usd(ret)} of taxable goods for refunds, included in gross sales. Tax is worked on net taxable sales at a combined ${pctText(r)}. What tax is due on the return?`,
      key: usd(tax(taxable, r)),
      wrong: [
        [usd(tax(g, r)), 'taxes gross sales'],
        [usd(tax(g - resale, r)), 'deducts only the sales for resale'],
        [usd(tax(g - resale - out, r)), 'leaves out the deduction for returns'],
        [usd(tax(g - resale - out + ret, r)), 'adds the returns'],
        [usd(tax(g - out - ret, r)), 'leaves out the deduction for resale'],
        [usd(tax(taxable - ret, r)), 'deducts the returns twice'],
        [usd(share(taxable, r, 10000 + r)), 'treats the sales as tax-included'],
      ],
      figures: { g, resale, out, ret, r },
    }
  }),
  family('marketplace-facilitator-sales', (rng) => {
    const own = cents(rng, 5000, 40000)
    const exemptOwn = share(own, rng.pick([10, 15, 20, 25]), 100)
    const mkt = cents(rng, 5000, 40000)
    const r = rateBp(rng, 500, 950)
    return {
      stem: `A seller made ${usd(own)} of sales on its own website, ${usd(exemptOwn)} of them exempt, and ${usd(mkt)} of taxable sales through a marketplace. The state makes the marketplace facilitator collect and remit the tax on marketplace sales. Combined rate ${pctText(r)}. How much sales tax does the seller itself remit?`,
      key: usd(tax(own - exemptOwn, r)),
      wrong: [
        [usd(tax(own - exemptOwn + mkt, r)), 'remits tax on the marketplace sales too'],
        [usd(tax(own, r)), 'taxes the exempt website sales'],
        [usd(tax(own + mkt, r)), 'taxes every sale'],
        [usd(tax(mkt, r)), 'remits the marketplace’s tax instead of its own'],
        [usd(tax(own - exemptOwn - share(own, 10, 100), r)), 'deducts the exempt sales twice'],
      ],
      figures: { own, exemptOwn, mkt, r },
    }
  }),
  family('sales-tax-holiday-per-item', (rng) => {
    const items = [cents(rng, 20, 95), cents(rng, 20, 95), cents(rng, 105, 300), cents(rng, 20, 95)]
    const limit = 10000
    const r = rateBp(rng, 400, 800)
    const taxed = sum(items.filter((x) => x >= limit))
    return {
      stem: `During a back-to-school sales tax holiday, a cart holds clothing items priced ${items.map(usd).join(', ')}. The holiday exempts each item priced under $100; an item priced $100 or more is taxable on its whole price. Combined rate ${pctText(r)}. What sales tax is due on the cart?`,
      key: usd(tax(taxed, r)),
      wrong: [
        [usd(tax(sum(items), r)), 'tests the cart total against $100'],
        [usd(tax(taxed - limit, r)), 'taxes only the amount over $100'],
        [usd(tax(sum(items) - taxed, r)), 'taxes the items under $100 instead'],
        [usd(tax(sum(items) - limit, r)), 'taxes the cart total over $100'],
        [usd(tax(taxed + items[0]!, r)), 'taxes the first item too'],
      ],
      figures: { items: items.join(','), r },
    }
  }),
  family('clothing-exemption-over-threshold', (rng) => {
    const items = [cents(rng, 60, 170), cents(rng, 180, 400), cents(rng, 200, 500)]
    const r = 625
    const over = sum(items.map((x) => Math.max(0, x - 17500)))
    return {
      stem: `In a state that exempts the first $175 of each clothing item and taxes only the part of an item's price over $175, a customer buys coats priced ${items.map(usd).join(', ')}. State rate ${pctText(r)}, no local tax, worked on the total taxable amount. What sales tax is due?`,
      key: usd(tax(over, r)),
      wrong: [
        [usd(tax(items[1]! + items[2]!, r)), 'taxes the whole price of items over $175'],
        [usd(tax(sum(items), r)), 'taxes every item in full'],
        [usd(tax(sum(items) - 17500, r)), 'exempts $175 once for the whole sale'],
        [usd(tax(over + items[0]!, r)), 'taxes the item under $175 in full'],
        [usd(tax(Math.max(...items) - 17500, r)), 'taxes only the dearest coat’s excess'],
      ],
      figures: { items: items.join(',') },
    }
  }),
  family('use-tax-on-inventory-withdrawn', (rng) => {
    const cost = cents(rng, 40, 900)
    const retail = cost + cents(rng, 20, 600)
    const r = rateBp(rng, 500, 950)
    return {
      stem: `A hardware store bought stock for resale under a resale certificate, paying no tax. It took items costing ${usd(cost)} (retail price ${usd(retail)}) out of stock to refit its own shop. The state charges use tax on the purchase price of goods withdrawn from resale inventory for the business's own use, at the combined ${pctText(r)}. What use tax is due?`,
      key: usd(tax(cost, r)),
      wrong: [
        [usd(tax(retail, r)), 'uses the retail price'],
        [usd(tax(retail - cost, r)), 'taxes the markup'],
        [usd(tax(cost + retail, r)), 'adds cost and retail price'],
        [usd(tax(cost, r - 100)), 'leaves out the 1 % of local tax'],
        [usd(share(cost, 1, 6)), 'uses the UK 1/6 VAT fraction'],
      ],
      figures: { cost, retail, r },
    }
  }),
  family('bad-debt-deduction-us', (rng) => {
    const price = cents(rng, 500, 8000)
    const r = rateBp(rng, 500, 950)
    const paid = share(price + tax(price, r), rng.pick([20, 25, 40, 50]), 100)
    const total = price + tax(price, r)
    const unpaidPrice = share(total - paid, 10000, 10000 + r)
    return {
      stem: `A seller remitted sales tax on a credit sale of ${usd(price)} plus ${pctText(r)} tax, ${usd(total)} in all. The customer paid ${usd(paid)} and the rest was written off as a bad debt. This state apportions payments between price and tax and lets the seller deduct the unpaid part of the price from taxable sales, worked as unpaid total × 1 ÷ (1 + rate), to the cent. What taxable-sales deduction is taken?`,
      key: usd(unpaidPrice),
      wrong: [
        [usd(total - paid), 'deducts the unpaid total, tax included'],
        [usd(price - paid), 'applies the payment wholly to the price'],
        [usd(price), 'deducts the whole price'],
        [usd(tax(total - paid, r)), 'gives the tax on the unpaid total'],
        [usd(total - paid - tax(price, r)), 'takes all the tax off the unpaid total'],
      ],
      figures: { price, r, paid },
    }
  }),
  family('local-rate-cap-on-single-item', (rng) => {
    const p = cents(rng, 1700, 9000)
    const st = rateBp(rng, 400, 700)
    const loc = rateBp(rng, 100, 275)
    const capAt = 160000
    return {
      stem: `A state taxes a single item at its ${pctText(st)} state rate on the whole price, but the local rate of ${pctText(loc)} applies only to the first $1,600 of the price of any single item. A customer buys one appliance for ${usd(p)}. What sales tax is due?`,
      key: usd(tax(p, st) + tax(Math.min(p, capAt), loc)),
      wrong: [
        [usd(tax(p, st + loc)), 'applies the local rate to the whole price'],
        [usd(tax(p, st)), 'leaves out the local tax'],
        [usd(tax(Math.min(p, capAt), st + loc)), 'caps the state tax too'],
        [usd(tax(p, st) + tax(p - capAt, loc)), 'applies the local rate to the part over $1,600'],
      ],
      figures: { p, st, loc },
    }
  }),
  family('grocery-reduced-state-rate', (rng) => {
    const food = cents(rng, 40, 400)
    const other = cents(rng, 20, 300)
    const st = rateBp(rng, 500, 700)
    const low = rng.pick([100, 150, 200])
    const loc = rateBp(rng, 100, 300)
    return {
      stem: `A grocery receipt has ${usd(food)} of unprepared food and ${usd(other)} of household goods. The state taxes unprepared food at a reduced state rate of ${pctText(low)} instead of its ${pctText(st)} general rate; local tax of ${pctText(loc)} applies in full to both. What sales tax is due?`,
      key: usd(tax(food, low + loc) + tax(other, st + loc)),
      wrong: [
        [usd(tax(food + other, st + loc)), 'taxes the food at the general rate'],
        [usd(tax(other, st + loc)), 'treats the food as exempt'],
        [usd(tax(food, low) + tax(other, st + loc)), 'leaves local tax off the food'],
        [usd(tax(food + other, low + loc)), 'gives the household goods the food rate'],
        [usd(tax(food, low) + tax(other, st)), 'leaves out the local tax'],
        [
          usd(tax(food, st + low + loc) + tax(other, st + loc)),
          'adds the reduced food rate on top of the general rate',
        ],
        [
          usd(tax(food, st) + tax(other, st + loc)),
          'gives food the general state rate and no local tax',
        ],
      ],
      figures: { food, other, st, low, loc },
    }
  }),
]
