import { amount as amountOf } from '../bookkeeping/ledger-text.js'
import {
  asset,
  client,
  family,
  money,
  presentValue,
  rate,
  refuseUnless,
  share,
  whole,
} from './fa-text.js'

// What goes into an item of property, plant and equipment's cost, under IFRS (IAS 16.16–22):
// purchase price after trade discounts, non-refundable duties and taxes, costs of bringing the
// asset to working condition (delivery, installation, testing, professional fees) and the present
// value of dismantling costs; not training, administration, opening or relocation costs, nor
// operating losses once the asset can operate (16.19–20). Since the 2020 amendment (effective
// 2022) proceeds from items made while testing go to profit or loss, not off cost (16.17(e), 20A).
// Borrowing costs of a qualifying asset are capitalised from commencement (IAS 23.8, 17), less
// income on temporarily invested loan funds (23.12); a deferred price beyond normal credit terms
// is capitalised at its cash price equivalent (IAS 16.23); an exchange is measured at the fair
// value of what is given up (16.24, 26); a foreign-currency purchase at the spot rate of the day
// it is recognised (IAS 21.21), never retranslated (21.23(b)).

export const COST_FAMILIES = [
  family('purchase-cost-of-machine', (rng) => {
    const price = whole(rng, 8000, 90000, 50)
    const disc = rng.pick([500, 1000, 1500, 2000])
    const deliv = whole(rng, 150, 1800, 5)
    const inst = whole(rng, 400, 5000, 10)
    const test = whole(rng, 100, 1500, 5)
    const train = whole(rng, 300, 2500, 10)
    const admin = whole(rng, 200, 2000, 10)
    const net = price - share(price, disc, 10000)
    const m = money(rng)
    const key = net + deliv + inst + test
    return {
      stem: `${client(rng)} buys ${asset(rng)} under IFRS (IAS 16). List price ${m(price)} less a ${rate(disc)} trade discount; delivery ${m(deliv)}; installation ${m(inst)}; testing before use ${m(test)}; staff training on the new machine ${m(train)}; an allocation of general office overhead ${m(admin)}. All VAT is recoverable and excluded. What cost is capitalised?`,
      key: m(key),
      wrong: [
        [m(key + train), 'capitalises the staff training'],
        [m(price + deliv + inst + test), 'leaves the trade discount in the cost'],
        [m(key + admin), 'capitalises the general overhead'],
        [m(net + inst), 'leaves out delivery and testing'],
        [m(net), 'capitalises the purchase price alone'],
        [m(key + train + admin), 'capitalises every cost on the list'],
      ],
      figures: { price, disc, deliv, inst, test, train, admin },
    }
  }),
  family('dismantling-cost-at-present-value', (rng) => {
    const price = whole(rng, 40000, 400000, 500)
    const inst = whole(rng, 2000, 30000, 100)
    const decom = whole(rng, 10000, 120000, 500)
    const n = rng.int(5, 15)
    const r = rng.pick([400, 500, 600, 700, 800])
    const m = money(rng)
    const pv = presentValue(decom, r, n)
    return {
      stem: `${client(rng)} installs ${asset(rng)} costing ${m(price)}, with installation of ${m(inst)}. A licence obliges it to remove the equipment and restore the site at the end of its ${n}-year life, estimated at ${m(decom)} then; the discount rate for the provision is ${rate(r)} a year, compounded annually. Under IAS 16, what is the asset's initial cost, to the cent?`,
      key: m(price + inst + pv),
      wrong: [
        [m(price + inst + decom), 'adds the undiscounted dismantling estimate'],
        [m(price + inst), 'leaves the dismantling obligation out of cost'],
        [m(price + inst + presentValue(decom, r, n - 1)), 'discounts one year fewer than the life'],
        [m(price + pv), 'leaves out the installation'],
        [m(price + inst + decom - pv), 'adds the discount instead of the present value'],
      ],
      figures: { price, inst, decom, n, r },
    }
  }),
  family('land-cost-with-demolition', (rng) => {
    const land = whole(rng, 60000, 600000, 1000)
    const legal = whole(rng, 1500, 12000, 50)
    const demo = whole(rng, 8000, 60000, 100)
    const salv = whole(rng, 500, 6000, 50)
    const tax = whole(rng, 800, 6000, 10)
    const m = money(rng)
    const key = land + legal + demo - salv
    return {
      stem: `${client(rng)} buys a site for ${m(land)} to build a new workshop, paying legal fees of ${m(legal)}. It demolishes the old shed on the site for ${m(demo)} and sells the salvaged materials for ${m(salv)}. Property tax of ${m(tax)} for the first year of ownership is paid in that year. Reporting under US GAAP (ASC 360), what is the cost of the land?`,
      key: m(key),
      wrong: [
        [m(land + legal + demo), 'does not deduct the salvage proceeds'],
        [m(land + legal), 'treats the demolition as part of the new building'],
        [m(key + tax), 'capitalises the property tax'],
        [m(land + demo - salv), 'leaves out the legal fees'],
        [m(land + legal + demo + salv), 'adds the salvage proceeds'],
      ],
      figures: { land, legal, demo, salv, tax },
    }
  }),
  family('lump-sum-purchase-allocation', (rng) => {
    const fl = whole(rng, 50000, 300000, 1000)
    const fb = whole(rng, 100000, 600000, 1000)
    const fe = whole(rng, 20000, 150000, 1000)
    const total = fl + fb + fe
    const paid = share(total, rng.int(8000, 9600), 10000)
    const m = money(rng)
    const key = share(paid, fb, total)
    refuseUnless(paid - fl - fe > 0, 'a negative residual')
    return {
      stem: `${client(rng)} pays ${m(paid)} for a property with its fixtures in one purchase. Fair values: land ${m(fl)}, building ${m(fb)}, equipment ${m(fe)}. It allocates the price in proportion to fair values (IAS 16 cost, each part recognised separately). What cost is recorded for the building?`,
      key: m(key),
      wrong: [
        [m(fb), 'records the building at its fair value'],
        [m(share(paid, 1, 3)), 'splits the price equally among the three'],
        [m(share(paid, fb, fb + fe)), 'leaves the land out of the proportion'],
        [m(paid - fl - fe), 'gives the building whatever the other fair values leave'],
      ],
      figures: { fl, fb, fe, paid },
    }
  }),
  family('self-constructed-asset-cost', (rng) => {
    const mat = whole(rng, 20000, 150000, 100)
    const waste = share(mat, rng.int(400, 1500), 10000)
    const lab = whole(rng, 10000, 90000, 100)
    const oh = whole(rng, 3000, 25000, 100)
    const adm = whole(rng, 2000, 20000, 100)
    const m = money(rng)
    const key = mat - waste + lab + oh
    return {
      stem: `${client(rng)} builds a loading bay with its own staff. Materials issued ${m(mat)}, of which ${m(waste)} was spoiled by a flood (abnormal waste); direct labour ${m(lab)}; production overhead directly attributable to the build ${m(oh)}; a share of head-office administration ${m(adm)}. Under IAS 16.22, what cost is capitalised?`,
      key: m(key),
      wrong: [
        [m(mat + lab + oh), 'keeps the abnormal waste in cost'],
        [m(key + adm), 'capitalises the head-office administration'],
        [m(mat - waste + lab), 'leaves out the directly attributable overhead'],
        [m(mat + lab + oh + adm), 'capitalises every cost, waste included'],
        [
          m(mat - waste + lab + adm),
          'swaps the attributable overhead for the administration share',
        ],
      ],
      figures: { mat, waste, lab, oh, adm },
    }
  }),
  family('borrowing-costs-capitalised', (rng) => {
    const loan = whole(rng, 100000, 2000000, 10000)
    const r = rng.pick([450, 500, 600, 650, 700, 800])
    const months = rng.int(5, 10)
    const before = rng.int(1, 3)
    const inc = share(share(loan, r, 10000), rng.int(300, 1500), 10000)
    const m = money(rng)
    const monthly = (k: number) => share(loan, r * k, 120000)
    return {
      stem: `${client(rng)} draws a ${m(loan)} loan at ${rate(r)} a year, simple interest, specifically to build a new warehouse (a qualifying asset under IAS 23). The loan is drawn ${before} month${before > 1 ? 's' : ''} before construction starts; construction then runs ${months} months to the year end. Income from investing unspent loan funds during construction is ${m(inc)}. What borrowing cost is capitalised for the year?`,
      key: m(monthly(months) - inc),
      wrong: [
        [m(monthly(months + before) - inc), 'capitalises interest from the day the loan was drawn'],
        [m(monthly(months)), 'does not deduct the investment income'],
        [m(share(loan, r * months, 240000) - inc), 'halves the loan as for an average spend'],
        [m(monthly(months) + inc), 'adds the investment income'],
        [m(monthly(months + before)), 'capitalises all interest, income not deducted'],
        [m(share(loan, r * months, 240000)), 'halves the loan and does not deduct the income'],
        [
          m(monthly(months) - monthly(before) - inc),
          'deducts the interest before construction too',
        ],
      ],
      figures: { loan, r, months, before, inc },
    }
  }),
  family('subsequent-expenditure-capitalised', (rng) => {
    const ext = whole(rng, 20000, 200000, 500)
    const lift = whole(rng, 15000, 60000, 500)
    const paint = whole(rng, 1500, 12000, 50)
    const tiles = whole(rng, 800, 9000, 50)
    const m = money(rng)
    return {
      stem: `${client(rng)} spends on its building this year: an extension adding a second floor ${m(ext)}; a passenger lift where there was none ${m(lift)}; repainting the offices ${m(paint)}; replacing broken roof tiles ${m(tiles)}. Under IAS 16.7 and 16.12 (day-to-day servicing is expensed), how much is capitalised?`,
      key: m(ext + lift),
      wrong: [
        [m(ext + lift + tiles), 'capitalises the roof repair'],
        [m(ext), 'capitalises only the extension'],
        [m(ext + lift + paint + tiles), 'capitalises everything spent on the building'],
        [m(ext + lift + paint), 'capitalises the repainting'],
        [m(lift), 'capitalises only the lift'],
      ],
      figures: { ext, lift, paint, tiles },
    }
  }),
  family('capitalisation-threshold-per-item', (rng) => {
    const t = rng.pick([500, 1000, 1500, 2000]) * 100
    // Unit prices either side of the threshold, one exactly on it, so no mistake always lands on
    // the same side of the key.
    const items: [string, number, number][] = [
      ['laptops', rng.int(2, 12), share(t, rng.int(40, 180), 100)],
      ['office desks', rng.int(2, 20), share(t, rng.int(20, 130), 100)],
      ['a server', 1, share(t, rng.int(60, 600), 100)],
      ['a label printer', 1, t],
      ['survey drones', rng.int(2, 4), share(t, rng.int(50, 200), 100)],
    ]
    const m = money(rng)
    const line = ([, q, u]: [string, number, number]) => q * u
    const sum = (f: (x: [string, number, number]) => boolean) =>
      items.filter(f).reduce((s, x) => s + line(x), 0)
    const key = sum(([, , u]) => u >= t)
    return {
      stem: `${client(rng)}'s policy capitalises an item costing at least ${m(t)} on its own; cheaper items are expensed. This year it bought ${items.map(([w, q, u]) => `${q === 1 ? w : `${q} ${w}`} at ${m(u)}${q === 1 ? '' : ' each'}`).join('; ')}. How much is capitalised?`,
      key: m(key),
      wrong: [
        [m(sum((x) => line(x) >= t)), 'tests each invoice line total against the threshold'],
        [m(sum(() => true)), 'capitalises every purchase'],
        [m(sum(([, , u]) => u > t)), 'capitalises only items above the threshold'],
        [
          m(items.filter(([, , u]) => u >= t).reduce((s, [, , u]) => s + u, 0)),
          'counts one of each qualifying item',
        ],
        [m(sum(([, , u]) => u < t)), 'capitalises the items below the threshold instead'],
        [m(Math.max(...items.map(line))), 'capitalises only the largest line'],
      ],
      figures: Object.fromEntries([
        ['t', t],
        ...items.flatMap(([, q, u], k) => [
          [`q${k}`, q],
          [`u${k}`, u],
        ]),
      ]),
    }
  }),
  family('import-duty-and-vat', (rng) => {
    const price = whole(rng, 10000, 120000, 50)
    const freight = whole(rng, 400, 4000, 10)
    const ins = whole(rng, 100, 1200, 5)
    const duty = share(price, rng.pick([200, 250, 400, 450, 650]), 10000)
    const vatBase = price + freight + ins + duty
    const vat = share(vatBase, 2000, 10000)
    const exempt = rng.int(0, 1)
    const m = money(rng)
    const key = vatBase + (exempt ? vat : 0)
    return {
      stem: `${client(rng)} imports ${asset(rng)}: price ${m(price)}, freight ${m(freight)}, transit insurance ${m(ins)}, import duty ${m(duty)} (not refundable), and import VAT of ${m(vat)}. ${exempt ? 'The business makes only VAT-exempt supplies and cannot reclaim any VAT.' : 'The business is VAT-registered and reclaims the VAT in full.'} Under IAS 16.16, what cost is capitalised?`,
      key: m(key),
      wrong: [
        [
          m(exempt ? vatBase : vatBase + vat),
          exempt
            ? 'leaves out VAT the business cannot reclaim'
            : 'capitalises VAT that is reclaimed',
        ],
        [m(key - duty), 'leaves out the import duty'],
        [m(key - ins - freight), 'leaves out freight and insurance'],
        [m(price + duty), 'capitalises price and duty only'],
        [m(key - ins), 'leaves out the transit insurance'],
      ],
      figures: { price, freight, ins, duty, vat, exempt },
    }
  }),
  family('deferred-payment-cash-price', (rng) => {
    const due = whole(rng, 20000, 300000, 500)
    const n = rng.int(2, 3)
    const r = rng.pick([500, 600, 700, 800, 900])
    const deliv = whole(rng, 300, 4000, 10)
    const m = money(rng)
    const pv = presentValue(due, r, n)
    return {
      stem: `${client(rng)} takes delivery of ${asset(rng)} today and will pay the supplier ${m(due)} in one sum in ${n} years, beyond normal credit terms; it pays ${m(deliv)} delivery now. The rate implicit in the deferral is ${rate(r)} a year, compounded annually. Under IAS 16.23, what is the asset's cost, to the cent?`,
      key: m(pv + deliv),
      wrong: [
        [m(due + deliv), 'capitalises the deferred sum in full'],
        [m(pv), 'leaves out the delivery'],
        [m(due - share(due, r * n, 10000) + deliv), 'takes simple discount off the sum due'],
        [m(presentValue(due, r, 1) + deliv), 'discounts for one year only'],
        [m(due), 'capitalises the deferred sum without delivery'],
      ],
      figures: { due, n, r, deliv },
    }
  }),
  family('testing-proceeds-to-profit', (rng) => {
    const price = whole(rng, 30000, 250000, 100)
    const inst = whole(rng, 2000, 20000, 50)
    const test = whole(rng, 1500, 15000, 50)
    const sold = share(test, rng.int(2000, 8000), 10000)
    const m = money(rng)
    const key = price + inst + test
    return {
      stem: `${client(rng)} installs ${asset(rng)}: price ${m(price)}, installation ${m(inst)}, and ${m(test)} of costs testing that it works properly. Samples produced during testing are sold for ${m(sold)}. Under IAS 16 as amended for proceeds before intended use (effective 2022), what cost is capitalised?`,
      key: m(key),
      wrong: [
        [m(key - sold), 'deducts the sample sales from cost, the rule before 2022'],
        [m(price + inst), 'leaves out the testing costs'],
        [m(key + sold), 'adds the sample sales to cost'],
        [m(price + inst - sold), 'expenses testing and deducts the sales'],
      ],
      figures: { price, inst, test, sold },
    }
  }),
  family('exchange-at-fair-value-given-up', (rng) => {
    const list = whole(rng, 20000, 120000, 100)
    const fair = whole(rng, 4000, 20000, 100)
    const allow = fair + whole(rng, 500, 4000, 50)
    const nbv = whole(rng, 2000, 25000, 50)
    refuseUnless(nbv !== fair && nbv !== allow, 'carrying amount equals a value')
    const cash = list - allow
    const m = money(rng)
    return {
      stem: `${client(rng)} trades in an old van (carrying amount ${m(nbv)}, fair value ${m(fair)}) for a new van listed at ${m(list)}. The dealer allows ${m(allow)} for the old van, an inflated allowance that stands for a price concession, and the business pays ${m(cash)} in cash. The exchange has commercial substance. Under IAS 16.24–26, what cost is recorded for the new van?`,
      key: m(cash + fair),
      wrong: [
        [m(list), 'records the list price'],
        [m(cash + nbv), 'adds the old van’s carrying amount to the cash'],
        [m(cash), 'records only the cash paid'],
        [m(cash + allow - fair), 'adds the concession rather than the fair value'],
      ],
      figures: { list, fair, allow, nbv },
    }
  }),
  family('foreign-currency-purchase-rate', (rng) => {
    const fc = whole(rng, 20000, 200000, 100)
    const base = rng.int(7800, 13500)
    const jig = () => base + rng.int(-600, 600)
    const [order, deliv, pay, avg, close] = [jig(), jig(), jig(), jig(), jig()]
    refuseUnless(new Set([order, deliv, pay, avg, close]).size === 5, 'two rates equal')
    const m = money(rng)
    // A foreign currency that is not the functional one, and rates shown with its symbol.
    const sym = m(0).charAt(0)
    const cur = rng.pick(
      sym === '€'
        ? ['US dollars', 'Swiss francs']
        : sym === '£'
          ? ['euros', 'US dollars']
          : ['euros', 'Swiss francs'],
    )
    const fx = (x: number) => `${sym}${(x / 10000).toFixed(4)}`
    const at = (x: number) => share(fc, x, 10000)
    return {
      stem: `${client(rng)} orders ${asset(rng)} priced at ${amountOf(fc)} ${cur}. One of those units was worth ${fx(order)} on the order date, ${fx(deliv)} on delivery (when control passed), ${fx(pay)} on payment, ${fx(avg)} on average for the year and ${fx(close)} at the year end. Under IAS 21, at what amount does the asset stay in the register?`,
      key: m(at(deliv)),
      wrong: [
        [m(at(order)), 'uses the rate on the order date'],
        [m(at(pay)), 'uses the rate on the payment date'],
        [m(at(avg)), 'uses the year’s average rate'],
        [m(at(close)), 'retranslates the asset at the closing rate'],
      ],
      figures: { fc, order, deliv, pay, avg, close },
    }
  }),
  family('grant-deducted-from-cost', (rng) => {
    const cost = whole(rng, 20000, 200000, 500)
    const grant = share(cost, rng.pick([2000, 2500, 3000, 4000]), 10000)
    const res = share(cost, rng.pick([500, 1000, 1500]), 10000)
    const n = rng.pick([4, 5, 8, 10])
    const m = money(rng)
    const dep = (base: number) => share(base, 1, n)
    return {
      stem: `${client(rng)} buys ${asset(rng)} for ${m(cost)} and receives a government grant of ${m(grant)} towards it, which it deducts from the asset's carrying amount (IAS 20.24). Residual value ${m(res)}, useful life ${n} years, straight line, a full year's charge in the first year. What is the carrying amount at the end of year 1?`,
      key: m(cost - grant - dep(cost - grant - res)),
      wrong: [
        [m(cost - dep(cost - res)), 'ignores the grant'],
        [m(cost - grant - dep(cost - res)), 'depreciates the cost before the grant'],
        [m(cost - grant), 'charges no depreciation'],
        [m(cost - grant - dep(cost - grant)), 'ignores the residual value'],
        [m(cost - dep(cost - grant - res)), 'deducts the grant only from the charge'],
        [
          m(cost - grant - res - dep(cost - grant - res)),
          'deducts the residual value from the carrying amount',
        ],
      ],
      figures: { cost, grant, res, n },
    }
  }),
  family('professional-fees-and-opening-costs', (rng) => {
    const build = whole(rng, 200000, 1500000, 5000)
    const arch = share(build, rng.int(400, 900), 10000)
    const plan = whole(rng, 2000, 12000, 100)
    const open = whole(rng, 3000, 15000, 100)
    const adv = whole(rng, 2000, 20000, 100)
    const m = money(rng)
    const key = build + arch + plan
    return {
      stem: `${client(rng)} builds new premises: contractor's price ${m(build)}, architect's fees ${m(arch)}, planning permission ${m(plan)}, an opening event ${m(open)}, and advertising the new location ${m(adv)}. Under IAS 16.17 and 16.19, what cost is capitalised?`,
      key: m(key),
      wrong: [
        [m(key + open), 'capitalises the opening event'],
        [m(key + open + adv), 'capitalises every cost of the move'],
        [m(build), 'capitalises the contractor’s price alone'],
        [m(build + arch), 'leaves out the planning permission'],
        [m(key + adv), 'capitalises the advertising'],
      ],
      figures: { build, arch, plan, open, adv },
    }
  }),
  family('operating-losses-after-ready', (rng) => {
    const price = whole(rng, 30000, 300000, 100)
    const inst = whole(rng, 2000, 20000, 50)
    const loss = whole(rng, 3000, 30000, 100)
    const move = whole(rng, 1000, 12000, 50)
    const m = money(rng)
    const key = price + inst
    return {
      stem: `${client(rng)} buys ${asset(rng)} for ${m(price)} and pays ${m(inst)} to install it. Once it can operate as intended, it runs below capacity for two months while demand builds, losing ${m(loss)}, and ${m(move)} is spent relocating other machines around it afterwards. Under IAS 16.20, what cost is capitalised?`,
      key: m(key),
      wrong: [
        [m(key + loss), 'capitalises the initial operating losses'],
        [m(key + move), 'capitalises the relocation'],
        [m(price), 'leaves out the installation'],
        [m(key + loss + move), 'capitalises every cost after purchase'],
        [m(key - loss), 'deducts the operating losses from cost'],
        [m(price + loss), 'capitalises the losses instead of the installation'],
      ],
      figures: { price, inst, loss, move },
    }
  }),
  family('decommissioning-first-year-charge', (rng) => {
    const price = whole(rng, 50000, 500000, 1000)
    const decom = whole(rng, 20000, 150000, 500)
    const n = rng.int(5, 12)
    const r = rng.pick([400, 500, 600, 800])
    const pv = presentValue(decom, r, n)
    const m = money(rng)
    const dep = share(price + pv, 1, n)
    const unwind = share(pv, r, 10000)
    return {
      stem: `${client(rng)} recognises a site-restoration provision at its present value of ${m(pv)} (${m(decom)} due in ${n} years at ${rate(r)}), added to the ${m(price)} cost of ${asset(rng)}. The asset is depreciated straight line over ${n} years with no residual value. What is the total charge to profit in year 1 for depreciation and the unwinding of the discount?`,
      key: m(dep + unwind),
      wrong: [
        [m(dep), 'leaves out the unwinding of the discount'],
        [m(share(price, 1, n) + unwind), 'depreciates the purchase price only'],
        [m(share(price + decom, 1, n) + unwind), 'depreciates the undiscounted estimate'],
        [m(dep + share(decom, r, 10000)), 'unwinds interest on the undiscounted estimate'],
        [m(share(price, 1, n)), 'charges only depreciation on the price'],
      ],
      figures: { price, decom, n, r },
    }
  }),
  family('own-staff-installation-cost', (rng) => {
    const price = whole(rng, 20000, 200000, 100)
    const hours = rng.int(40, 400)
    const rateH = whole(rng, 25, 70, 1)
    const sup = whole(rng, 1000, 9000, 50)
    const train = whole(rng, 500, 6000, 50)
    const m = money(rng)
    const labour = hours * rateH
    return {
      stem: `${client(rng)} buys ${asset(rng)} for ${m(price)} and its own engineers spend ${hours} hours installing it, at an employment cost of ${m(rateH)} an hour. The production manager's general supervision this month cost ${m(sup)}, and operators then spend ${m(train)} of paid time learning the machine. Under IAS 16.17(a), employee benefits arising directly from bringing the asset to use are part of cost. What cost is capitalised?`,
      key: m(price + labour),
      wrong: [
        [m(price), 'expenses the engineers’ time'],
        [m(price + labour + sup), 'capitalises the general supervision'],
        [m(price + labour + train), 'capitalises the operators’ training'],
        [m(price + labour + sup + train), 'capitalises every staff cost'],
        [m(price + sup), 'capitalises supervision instead of the installation time'],
        [m(price + train), 'capitalises the training instead of the installation time'],
      ],
      figures: { price, hours, rateH, sup, train },
    }
  }),
]
