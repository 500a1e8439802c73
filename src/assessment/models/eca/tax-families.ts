import {
  add,
  CENT,
  cents,
  dollars,
  eur,
  euro,
  frac,
  gbp,
  hundredth,
  mul,
  n,
  pound,
  rest,
  sub,
  usd,
  worked,
} from './eca-text.js'

// Sales tax and VAT on online sales as a bookkeeper posts and files them: tax a marketplace
// collects as facilitator kept out of the seller's revenue and liability, destination rates with
// taxable shipping, OSS and IOSS returns in the buyer's country, the reverse charge on fees from
// another member state, nexus thresholds and out-of-date rates. The slips are the home rate for
// the destination rate, VAT taken on a net price as if it were inclusive (or the other way),
// marketplace sales counted in the seller's tax and exempt postage taken as reclaimable.

const money = usd(2)
const NEAR_EURO_CENT = 'to the nearest euro cent (a half rounded up)'
const NEAR_PENNY = 'to the nearest penny (a half rounded up)'

export const TAX_FAMILIES = [
  worked('marketplace-collected-tax-kept-out-of-the-sellers-liability', (rng) => {
    const t1 = rng.int(800, 4000) * 100 + rng.int(0, 99)
    const t2 = rng.int(500, 3000) * 100 + rng.int(0, 99)
    const tr = rng.int(40, 300) * 100 + rng.int(0, 99)
    const tm = rng.int(30, 200) * 100 + rng.int(0, 99)
    return {
      stem: `In the month a seller's own web store charged sales tax of ${dollars(t1)}; on its marketplace sales the marketplace, as marketplace facilitator, collected and remitted ${dollars(t2)}. Refunds gave back ${dollars(tr)} of own-store tax and ${dollars(tm)} of marketplace-collected tax. What sales tax does the seller owe its states for the month, ${CENT}?`,
      show: money,
      figures: { t1, t2, tr, tm },
      key: cents(t1 - tr),
      wrong: [
        [cents(t1 + t2 - tr - tm), 'counts the marketplace-collected tax as owed by the seller'],
        [cents(t1), 'ignores the tax refunded'],
        [cents(t1 - tr - tm), 'takes the marketplace refunds off the seller’s own tax'],
        [cents(t1 + t2 - tr), 'adds the marketplace tax but not its refunds'],
      ],
    }
  }),
  worked('destination-rate-on-an-order-with-taxable-shipping', (rng) => {
    const items = rng.int(40, 400) * 100 - 1
    const sh = rng.int(5, 25) * 100 - 1
    const st = rng.pick([400, 500, 600, 625, 650])
    const loc = rng.pick([50, 75, 100, 125, 150, 200, 225])
    const org = rng.pick([600, 700, 725, 825, 875, 950])
    if (org === st + loc) rest()
    return {
      stem: `A store ships an order of ${dollars(items)} of goods plus ${dollars(sh)} shipping to a buyer in another state, where it is registered. The destination state taxes shipping on taxable goods and sourcing is by destination: state rate ${hundredth(st)}, local rate ${hundredth(loc)}. The store's own location has a combined rate of ${hundredth(org)}. What sales tax is charged, ${CENT}?`,
      show: money,
      figures: { items, sh, st, loc, org },
      key: mul(cents(items + sh), frac(st + loc, 10000)),
      wrong: [
        [mul(cents(items + sh), frac(org, 10000)), 'charges the store’s own rate'],
        [mul(cents(items), frac(st + loc, 10000)), 'leaves shipping untaxed'],
        [mul(cents(items + sh), frac(st, 10000)), 'charges the state rate only'],
        [mul(cents(items), frac(org, 10000)), 'charges the store’s own rate on the goods only'],
      ],
    }
  }),
  worked('oss-return-vat-across-three-member-states', (rng) => {
    const de = rng.int(2000, 12000) * 100
    const fr = rng.int(2000, 12000) * 100
    const it = rng.int(1000, 8000) * 100
    const home = 21
    return {
      stem: `A Dutch online seller, registered for the EU One Stop Shop, made B2C distance sales in the quarter, net of VAT: Germany ${eur(de)} (19%), France ${eur(fr)} (20%) and Italy ${eur(it)} (22%). Its home rate is ${home}%. What VAT does its OSS return declare, ${NEAR_EURO_CENT}?`,
      show: euro,
      figures: { de, fr, it },
      key: add(
        mul(cents(de), frac(19, 100)),
        mul(cents(fr), frac(20, 100)),
        mul(cents(it), frac(22, 100)),
      ),
      wrong: [
        [mul(cents(de + fr + it), frac(home, 100)), 'charges the Dutch rate on every sale'],
        [
          add(
            mul(cents(de), frac(19, 119)),
            mul(cents(fr), frac(20, 120)),
            mul(cents(it), frac(22, 122)),
          ),
          'takes the VAT out as if the sales included it',
        ],
        [mul(cents(de + fr + it), frac(20, 100)), 'applies one middle rate to the total'],
        [
          add(mul(cents(de), frac(19, 100)), mul(cents(fr), frac(20, 100))),
          'leaves out the smallest market',
        ],
      ],
    }
  }),
  worked('ioss-vat-on-a-low-value-import-with-shipping', (rng) => {
    const g = rng.int(40, 145) * 100 - 1
    const s = rng.int(5, 20) * 100 - 1
    const d = rng.pick([17, 19, 21, 22, 24, 25])
    return {
      stem: `A UK seller registered for IOSS in Ireland (23%) through an intermediary sells goods priced at ${eur(g)} plus ${eur(s)} delivery (both net of VAT) to a consumer in a member state with a VAT rate of ${d}%, shipped from the UK. Under IOSS the seller charges the destination VAT on the whole price including delivery. What VAT is charged, ${NEAR_EURO_CENT}?`,
      show: euro,
      figures: { g, s, d },
      key: mul(cents(g + s), frac(d, 100)),
      wrong: [
        [mul(cents(g), frac(d, 100)), 'leaves delivery out of the VAT base'],
        [mul(cents(g + s), frac(d, 100 + d)), 'takes the VAT out as if the price included it'],
        [mul(cents(g + s), frac(20, 100)), 'charges the UK rate'],
        [mul(cents(g + s), frac(23, 100)), 'charges the Irish rate of its IOSS registration'],
      ],
    }
  }),
  worked('reverse-charge-vat-on-fees-from-another-member-state', (rng) => {
    const ref = rng.int(1500, 9000) * 100 + rng.int(0, 99)
    const ful = rng.int(1000, 7000) * 100 + rng.int(0, 99)
    const ads = rng.int(300, 2500) * 100 + rng.int(0, 99)
    const home = rng.pick([19, 20, 21])
    const cr = rng.int(200, 1500) * 100 + rng.int(0, 99)
    return {
      stem: `A VAT-registered seller in a member state with a ${home}% rate receives the month's marketplace invoices from the marketplace's Luxembourg company, with no VAT charged: referral fees ${eur(ref)}, fulfilment fees ${eur(ful)} and advertising ${eur(ads)}. It also receives a domestic carrier's invoice for ${eur(cr)} plus ${home}% VAT charged by the carrier. The seller applies the reverse charge at its home rate where it must. What output VAT does it self-account for under the reverse charge, ${NEAR_EURO_CENT}?`,
      show: euro,
      figures: { ref, ful, ads, home, cr },
      key: mul(cents(ref + ful + ads), frac(home, 100)),
      wrong: [
        [mul(cents(ref + ful + ads), frac(17, 100)), 'uses the Luxembourg rate of 17%'],
        [
          mul(cents(ref + ful + ads), frac(home, 100 + home)),
          'takes the VAT out of the fees as if they included it',
        ],
        [mul(cents(ref + ful), frac(home, 100)), 'leaves out the advertising invoice'],
        [
          mul(cents(ref + ful + ads + cr), frac(home, 100)),
          'reverse-charges the domestic carrier’s invoice, which already bears VAT',
        ],
      ],
    }
  }),
  worked('net-sales-ex-vat-from-vat-inclusive-marketplace-orders', (rng) => {
    const g = rng.int(5000, 40000) * 100
    const sh = rng.int(300, 3000) * 100
    const fee = Math.round(((g + sh) * 15) / 100)
    return {
      stem: `A UK VAT-registered seller's marketplace orders for the month came to ${gbp(g)} for goods and ${gbp(sh)} delivery, both including VAT at 20%. The marketplace deducted referral fees of ${gbp(fee)} before paying out. What net sales (excluding VAT) does the seller book for the month, ${NEAR_PENNY}?`,
      show: pound,
      figures: { g, sh, fee },
      key: mul(cents(g + sh), frac(5, 6)),
      wrong: [
        [mul(cents(g + sh), frac(4, 5)), 'takes 20% off the VAT-inclusive total'],
        [mul(cents(g), frac(5, 6)), 'leaves out the delivery charges'],
        [cents(g + sh), 'books the VAT-inclusive total'],
        [mul(cents(g + sh - fee), frac(5, 6)), 'nets the fees before taking out VAT'],
        [
          add(mul(cents(g), frac(5, 6)), cents(sh)),
          'takes VAT out of the goods but not the delivery',
        ],
        [cents(g + sh - fee), 'books the payout (VAT-inclusive sales less fees) as sales'],
      ],
    }
  }),
  worked('tax-due-after-crossing-an-economic-nexus-threshold', (rng) => {
    const m = rng.int(92, 160) * 10000
    const k = rng.int(20, 60) * 10000
    const r = rng.pick([400, 500, 600, 625, 700])
    const c = Math.ceil(10000000 / (m + k))
    const c2 = Math.ceil(10000000 / m)
    if (c < 2 || c2 > 11 || c2 === c) rest()
    // Running sales that land exactly on the threshold leave "crosses" open to two readings.
    if (10000000 % (m + k) === 0 || 10000000 % m === 0) rest()
    return {
      stem: `A seller's sales into a state each month are ${dollars(m)} from its own store and ${dollars(k)} through a marketplace that collects tax as facilitator. The state's nexus threshold is $100,000.00 of sales in the calendar year, counting marketplace sales; a seller must collect from the first day of the month after the month in which it crosses the threshold. At a ${hundredth(r)} rate, how much tax must the seller collect on its own-store sales from then to 31 December, ${CENT}?`,
      show: money,
      figures: { m, k, r },
      key: mul(cents((12 - c) * m), frac(r, 10000)),
      wrong: [
        [mul(cents((13 - c) * m), frac(r, 10000)), 'starts in the month the threshold is crossed'],
        [
          mul(cents((12 - c2) * m), frac(r, 10000)),
          'counts only own-store sales toward the threshold',
        ],
        [mul(cents((12 - c) * (m + k)), frac(r, 10000)), 'taxes the marketplace sales as well'],
        [mul(cents(12 * m), frac(r, 10000)), 'collects for the whole year'],
      ],
    }
  }),
  worked('uk-vat-return-with-marketplace-fees-and-exempt-postage', (rng) => {
    const s = rng.int(10000, 50000) * 100
    const f = rng.int(1500, 8000) * 100
    const ad = rng.int(300, 3000) * 100
    const po = rng.int(500, 3000) * 100
    return {
      stem: `A UK seller's quarter: sales ${gbp(s)} including 20% VAT; marketplace fees ${gbp(f)} and advertising ${gbp(ad)}, both invoiced by the marketplace's UK company including 20% VAT; and postage ${gbp(po)} from the postal service, exempt from VAT. What net VAT is payable for the quarter, ${NEAR_PENNY}?`,
      show: pound,
      figures: { s, f, ad, po },
      key: mul(cents(s - f - ad), frac(1, 6)),
      wrong: [
        [mul(cents(s - f - ad - po), frac(1, 6)), 'reclaims VAT on exempt postage'],
        [mul(cents(s), frac(1, 6)), 'reclaims nothing on the fees'],
        [mul(cents(s - f - ad), frac(1, 5)), 'takes 20% of the VAT-inclusive figures'],
        [mul(cents(s - f), frac(1, 6)), 'leaves out the advertising invoice'],
      ],
    }
  }),
  worked('taxable-shipping-shared-by-value-with-exempt-clothing', (rng) => {
    const tx = rng.int(20, 200) * 100 - 1
    const ex = rng.int(20, 200) * 100 - 1
    const sh = rng.int(8, 25) * 100 - 1
    const r = rng.pick([600, 625, 700, 725])
    const ni = rng.int(1, 3)
    const ne = rng.int(2, 5)
    return {
      stem: `An order holds ${n(ni)} taxable item(s) worth ${dollars(tx)} and ${n(ne)} exempt clothing items worth ${dollars(ex)}, with ${dollars(sh)} shipping. The state taxes shipping in proportion to the value of the taxable goods in the order, at ${hundredth(r)}. What sales tax is charged, ${CENT}?`,
      show: money,
      figures: { tx, ex, sh, r, ni, ne },
      key: mul(add(cents(tx), mul(cents(sh), frac(tx, tx + ex))), frac(r, 10000)),
      wrong: [
        [mul(cents(tx + sh), frac(r, 10000)), 'taxes all the shipping'],
        [mul(cents(tx), frac(r, 10000)), 'leaves the shipping untaxed'],
        [
          mul(add(cents(tx), mul(cents(sh), frac(ni, ni + ne))), frac(r, 10000)),
          'shares the shipping by the number of items',
        ],
        [mul(cents(tx + ex + sh), frac(r, 10000)), 'taxes the clothing too'],
      ],
    }
  }),
  worked('shortfall-when-the-store-charged-an-out-of-date-rate', (rng) => {
    const old = rng.pick([600, 625, 650])
    const nw = old + rng.pick([25, 50, 75, 100])
    const rc = rng.int(5000, 40000) * 100
    return {
      stem: `A store kept charging sales tax at ${hundredth(old)} after its state rate rose to ${hundredth(nw)}. Its receipts for those sales, including the tax it charged, were ${dollars(rc)}. The seller owes tax at the new rate on the price net of the tax charged and pays the shortfall itself. What is the shortfall, ${CENT}?`,
      show: money,
      figures: { old, nw, rc },
      key: mul(cents(rc), frac(nw - old, 10000 + old)),
      wrong: [
        [
          mul(cents(rc), frac(nw - old, 10000)),
          'takes the rate difference on the tax-inclusive receipts',
        ],
        [mul(cents(rc), frac(nw, 10000 + old)), 'reports the whole tax owed, not the shortfall'],
        [
          sub(mul(cents(rc), frac(nw, 10000 + nw)), mul(cents(rc), frac(old, 10000 + old))),
          'takes the new-rate tax out as if it were included',
        ],
        [mul(cents(rc), frac(nw - old, 10000 + nw)), 'grosses down at the new rate'],
        [
          mul(cents(rc), frac(old, 10000 + old)),
          'gives the tax the store charged, not the shortfall on it',
        ],
      ],
    }
  }),
  worked('taxable-sales-line-of-a-state-return-for-a-marketplace-seller', (rng) => {
    const own = rng.int(10000, 60000) * 100
    const mk = rng.int(5000, 40000) * 100
    const ex = rng.int(1000, 8000) * 100
    const rf = rng.int(300, 3000) * 100
    const sh = rng.int(500, 3000) * 100
    return {
      stem: `A seller's gross sales into a state for the quarter were ${dollars(own + mk)}, of which ${dollars(mk)} were through a marketplace facilitator, which reports them itself. Of the own-store sales, ${dollars(ex)} were to resellers holding resale certificates and ${dollars(rf)} were refunded in the quarter. Own-store sales include ${dollars(sh)} of shipping, which the state taxes. What taxable sales does the seller report, ${CENT}?`,
      show: money,
      figures: { own, mk, ex, rf, sh },
      key: cents(own - ex - rf),
      wrong: [
        [cents(own + mk - ex - rf), 'reports the marketplace sales as its own'],
        [cents(own - rf), 'does not deduct the resale sales'],
        [cents(own - ex), 'does not deduct the refunds'],
        [cents(own - ex - rf - sh), 'deducts the taxable shipping'],
      ],
    }
  }),
  worked('oss-vat-after-a-refund-of-a-sale-from-an-earlier-quarter', (rng) => {
    const de = rng.int(3000, 12000) * 100
    const fr = rng.int(3000, 12000) * 100
    const rfr = rng.int(200, 1500) * 100
    return {
      stem: `A seller's OSS return for the quarter covers net B2C sales of ${eur(de)} to Germany (19%) and ${eur(fr)} to France (20%). In the quarter it also refunded a French consumer ${eur(rfr)} net of VAT for goods sold last quarter, and corrects it in this return. Its home rate is 21%. What net VAT does the return declare, ${NEAR_EURO_CENT}?`,
      show: euro,
      figures: { de, fr, rfr },
      key: sub(
        add(mul(cents(de), frac(19, 100)), mul(cents(fr), frac(20, 100))),
        mul(cents(rfr), frac(20, 100)),
      ),
      wrong: [
        [
          add(mul(cents(de), frac(19, 100)), mul(cents(fr), frac(20, 100))),
          'leaves the refund for the earlier quarter’s return',
        ],
        [
          sub(
            add(mul(cents(de), frac(19, 100)), mul(cents(fr), frac(20, 100))),
            mul(cents(rfr), frac(21, 100)),
          ),
          'corrects the refund at the home rate',
        ],
        [
          sub(
            add(mul(cents(de), frac(19, 100)), mul(cents(fr), frac(20, 100))),
            mul(cents(rfr), frac(20, 120)),
          ),
          'takes the refund’s VAT out as if it included VAT',
        ],
        [mul(cents(de + fr - rfr), frac(21, 100)), 'applies the home rate to everything'],
      ],
    }
  }),
  worked('vat-inside-a-single-eu-price-at-the-buyers-rate', (rng) => {
    const p = rng.int(20, 300) * 100 - 1
    const q = rng.int(20, 200)
    const d = rng.pick([19, 20, 22, 24, 25])
    const home = rng.pick([21, 23])
    return {
      stem: `An OSS-registered seller charges one VAT-inclusive price, ${eur(p)}, to consumers in every member state. It sold ${n(q)} units to consumers in a member state whose rate is ${d}%; its home rate is ${home}%. What VAT is due on those sales, ${NEAR_EURO_CENT}?`,
      show: euro,
      figures: { p, q, d, home },
      key: mul(cents(p * q), frac(d, 100 + d)),
      wrong: [
        [mul(cents(p * q), frac(d, 100)), 'takes the rate of the VAT-inclusive price'],
        [mul(cents(p * q), frac(home, 100 + home)), 'uses the home rate'],
        [mul(cents(p * q), frac(home, 100)), 'takes the home rate on the inclusive price'],
        [mul(cents(p * q), frac(d, 100 + home)), 'divides by one plus the home rate'],
      ],
    }
  }),
  worked('use-tax-on-untaxed-supplies-bought-online', (rng) => {
    const pk = rng.int(300, 3000) * 100 + rng.int(0, 99)
    const sh = rng.int(20, 200) * 100 + rng.int(0, 99)
    const inv = rng.int(5000, 30000) * 100
    const r = rng.pick([600, 625, 700, 725, 825])
    const tp = rng.int(100, 1500) * 100 + rng.int(0, 99)
    return {
      stem: `In the month a seller bought, without sales tax, ${dollars(inv)} of goods for resale and ${dollars(pk)} of boxes and mailers it uses to ship (not resold), with ${dollars(sh)} delivery on the boxes, which the state treats as part of the taxable price. It also bought ${dollars(tp)} of tape and labels from an in-state supplier that charged sales tax on them. At a use tax rate of ${hundredth(r)}, what use tax does the seller accrue, ${CENT}?`,
      show: money,
      figures: { pk, sh, inv, r, tp },
      key: mul(cents(pk + sh), frac(r, 10000)),
      wrong: [
        [mul(cents(pk + sh + inv), frac(r, 10000)), 'charges use tax on goods bought for resale'],
        [mul(cents(pk), frac(r, 10000)), 'leaves the delivery out'],
        [mul(cents(pk + sh), frac(r, 10000 + r)), 'takes the tax out as if it were included'],
        [mul(cents(inv), frac(r, 10000)), 'taxes the resale stock instead of the supplies'],
        [
          mul(cents(pk + sh + tp), frac(r, 10000)),
          'accrues use tax on supplies the supplier already taxed',
        ],
      ],
    }
  }),
  worked('uk-vat-on-low-value-consignments-sold-from-abroad', (rng) => {
    const own = rng.int(2000, 15000) * 100
    const mk = rng.int(2000, 15000) * 100
    const big = rng.int(1000, 8000) * 100
    return {
      stem: `An overseas seller's UK sales for the quarter, net of VAT: ${gbp(own)} of consignments of £135 or less sold on its own website, ${gbp(mk)} of such consignments sold through an online marketplace (which accounts for the VAT as deemed supplier), and ${gbp(big)} of consignments over £135 sold on its website, where the buyer pays import VAT at the border. At 20%, what VAT does the seller itself account for, ${NEAR_PENNY}?`,
      show: pound,
      figures: { own, mk, big },
      key: mul(cents(own), frac(1, 5)),
      wrong: [
        [mul(cents(own + mk), frac(1, 5)), 'includes the marketplace sales'],
        [mul(cents(own + big), frac(1, 5)), 'includes the consignments over £135'],
        [mul(cents(own), frac(1, 6)), 'takes the VAT fraction of a net figure'],
        [mul(cents(own + mk + big), frac(1, 5)), 'accounts for all UK sales'],
      ],
    }
  }),
  worked('sales-tax-liability-net-of-tax-inclusive-refunds', (rng) => {
    const t = rng.int(1000, 6000) * 100 + rng.int(0, 99)
    const r = rng.pick([600, 625, 700, 725, 825])
    const rf = rng.int(500, 5000) * 100
    const rx = rng.int(100, Math.floor(rf / 200) - 1) * 100
    return {
      stem: `A store charged ${dollars(t)} of sales tax in the month. It refunded customers ${dollars(rf)} in full, of which ${dollars(rx)} was for exempt goods (no tax charged) and the rest for goods taxed at ${hundredth(r)}, tax included. It may deduct the tax refunded. What sales tax does it owe for the month, ${CENT}?`,
      show: money,
      figures: { t, r, rf, rx },
      key: sub(cents(t), mul(cents(rf - rx), frac(r, 10000 + r))),
      wrong: [
        [
          sub(cents(t), mul(cents(rf - rx), frac(r, 10000))),
          'takes the rate of the tax-inclusive refunds',
        ],
        [cents(t), 'deducts nothing for refunds'],
        [
          add(cents(t), mul(cents(rf - rx), frac(r, 10000 + r))),
          'adds the refunded tax instead of deducting it',
        ],
        [
          sub(cents(t), mul(cents(rf), frac(r, 10000 + r))),
          'deducts tax on the exempt refunds too',
        ],
        [
          sub(cents(t), mul(cents(rx), frac(r, 10000 + r))),
          'deducts tax on the exempt refunds instead of the taxed ones',
        ],
      ],
    }
  }),
]
