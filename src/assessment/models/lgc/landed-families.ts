import type { Rng } from '../../rng.js'
import {
  CENT,
  calc,
  cash,
  drawDec,
  exact,
  type Fraction,
  minus,
  over,
  plus,
  q,
  shipper,
  show,
  times,
  w,
} from './lgc-text.js'

// Landed cost and customs value: what goes into the customs value on a CIF basis (the EU) or an
// FOB basis (the US), duty and then import VAT on the duty-inclusive value, conversion at the
// stated customs rate, who pays which leg under Incoterms 2020, and cost per unit landed. Each
// stem states the valuation rule and rates it uses. The slips are the other basis, a leg counted
// on the wrong side of the border or of the delivery point, VAT left off the duty or put on too
// little, and a rate multiplied where it divides.

const pctOf = (x: Fraction, p: Fraction) => over(times(x, p), w(100))
const sum = (xs: readonly Fraction[]) => xs.reduce(plus, w(0))
const eur = cash('€')
const usd = cash('$')
const money = (x: Fraction) => show(x)

/**
 * Sums of money to the cent, each drawn between whole-currency bounds, in the order named: one
 * call for the several legs and fees a valuation family quotes.
 */
function euros<const K extends string>(
  rng: Rng,
  bounds: Readonly<Record<K, readonly [number, number]>>,
): Record<K, Fraction> {
  const drawn = {} as Record<K, Fraction>
  for (const [name, [low, high]] of Object.entries(bounds) as [K, readonly [number, number]][])
    drawn[name] = drawDec(rng, low * 100, high * 100, 2)
  return drawn
}

/** The legs of an export, in order, and who pays them under each rule the family draws. */
const LEGS = [
  ['A', 'pickup at the seller’s works'],
  ['B', 'export clearance'],
  ['C', 'origin terminal handling and loading'],
  ['D', 'ocean freight'],
  ['E', 'cargo insurance'],
  ['F', 'destination terminal handling (not in the freight contract)'],
  ['G', 'import clearance and duty'],
  ['H', 'delivery to the buyer’s warehouse'],
] as const
const BUYER_PAYS: Readonly<Record<string, string>> = {
  EXW: 'ABCDEFGH',
  FCA: 'ACDEFGH',
  FOB: 'DEFGH',
  CFR: 'EFGH',
  CIF: 'FGH',
  DAP: 'G',
}
const RULES = ['EXW', 'FCA', 'FOB', 'CFR', 'CIF', 'DAP'] as const

export const LANDED_FAMILIES = [
  calc('lgc-eu-customs-value-from-ex-works', (rng) => {
    const { exw, pick, exp, sea, ins, inland } = euros(rng, {
      exw: [8000, 90000],
      pick: [150, 600],
      exp: [60, 200],
      sea: [800, 4000],
      ins: [30, 150],
      inland: [200, 900],
    })
    const cv = sum([exw, pick, exp, sea, ins])
    return {
      stem: `An EU importer buys on EXW terms at €${money(exw)}. It pays €${money(pick)} for pickup and €${money(exp)} for export clearance in the origin country, €${money(sea)} ocean freight and €${money(ins)} insurance to the EU port, and €${money(inland)} to truck the goods from the port to its warehouse after import. The EU customs value takes in the costs of carrying the goods to the place where they enter the EU. What is the customs value?`,
      show: eur,
      inputs: { exw, pick, exp, sea, ins, inland },
      key: cv,
      wrong: [
        [plus(cv, inland), 'adds the inland haulage after import'],
        [exw, 'takes the EXW price alone'],
        [minus(cv, ins), 'leaves out the insurance'],
        [sum([exw, sea, ins]), 'leaves out the origin pickup and export clearance'],
        [sum([exw, pick, exp]), 'stops at FOB, as the US would'],
      ],
    }
  }),
  calc('lgc-us-duty-on-a-transaction-value-without-freight', (rng) => {
    const { goods, fr, ins } = euros(rng, { goods: [5000, 60000], fr: [400, 3000], ins: [20, 120] })
    const d = drawDec(rng, 25, 120, 1)
    const cif = sum([goods, fr, ins])
    return {
      stem: `A US importer’s invoice reads CIF Long Beach $${money(cif)}, itemising ocean freight $${money(fr)} and insurance $${money(ins)}. US customs value leaves out international freight and insurance that are itemised. At a duty rate of ${exact(d)}%, what duty is payable, ${CENT}?`,
      show: usd,
      inputs: { goods, fr, ins, d },
      key: pctOf(goods, d),
      wrong: [
        [pctOf(cif, d), 'charges duty on the CIF value, as the EU would'],
        [pctOf(plus(goods, ins), d), 'takes out the freight but not the insurance'],
        [pctOf(plus(goods, fr), d), 'takes out the insurance but not the freight'],
        [pctOf(minus(goods, plus(fr, ins)), d), 'takes the freight and insurance out twice'],
        [
          over(times(goods, d), plus(w(100), d)),
          'treats the value as already including the duty and backs it out',
        ],
        [pctOf(plus(fr, ins), d), 'charges duty on the itemised freight and insurance only'],
      ],
    }
  }),
  calc('lgc-eu-import-vat-on-duty-and-delivery-costs', (rng) => {
    const cv = drawDec(rng, 500000, 8000000, 2)
    const d = drawDec(rng, 20, 120, 1)
    const del = drawDec(rng, 15000, 80000, 2)
    const v = w(rng.pick([19, 20, 21, 22, 23, 25]))
    const duty = pctOf(cv, d)
    return {
      stem: `Goods enter the EU with a customs value of €${money(cv)} and pay ${exact(d)}% duty. The VAT rate is ${exact(v)}%, and the import VAT base is the customs value plus duty plus the transport costs to the first place of destination in the country, here €${money(del)}. What import VAT is due, ${CENT}?`,
      show: eur,
      inputs: { cv, d, del, v },
      key: pctOf(sum([cv, duty, del]), v),
      wrong: [
        [pctOf(plus(cv, duty), v), 'leaves out the transport to the first destination'],
        [pctOf(plus(cv, del), v), 'leaves the duty out of the base'],
        [pctOf(cv, v), 'charges VAT on the customs value alone'],
        [pctOf(cv, plus(d, v)), 'adds the duty and VAT rates on the customs value'],
        [plus(pctOf(sum([cv, duty, del]), v), duty), 'adds the duty to the VAT'],
      ],
    }
  }),
  calc('lgc-duty-on-a-two-currency-cif-value', (rng) => {
    const usdGoods = drawDec(rng, 400000, 5000000, 2)
    const fr = drawDec(rng, 50000, 300000, 2)
    const rate = drawDec(rng, 10300, 12200, 4)
    const bank = plus(rate, q(rng.pick(['0.0150', '-0.0120', '0.0210'])))
    const d = drawDec(rng, 20, 120, 1)
    const cv = plus(over(usdGoods, rate), fr)
    return {
      stem: `An EU importer declares goods invoiced at $${money(usdGoods)} FOB, with sea freight and insurance to the border of €${money(fr)} paid in euros. Customs converts at its published rate of 1 EUR = ${show(rate, 4)} USD (the importer’s bank paid at ${show(bank, 4)}). At ${exact(d)}% duty on the CIF value, what duty is due in euros, ${CENT}?`,
      show: eur,
      inputs: { usdGoods, fr, rate, bank, d },
      key: pctOf(cv, d),
      wrong: [
        [pctOf(plus(times(usdGoods, rate), fr), d), 'multiplies dollars by the rate'],
        [pctOf(plus(over(usdGoods, bank), fr), d), 'uses the bank’s rate'],
        [pctOf(over(usdGoods, rate), d), 'leaves out the freight and insurance'],
        [
          pctOf(over(plus(usdGoods, fr), rate), d),
          'converts the euro freight as if it were dollars',
        ],
        [pctOf(plus(usdGoods, fr), d), 'adds dollars to euros unconverted'],
      ],
    }
  }),
  calc('lgc-buyers-share-of-costs-under-an-incoterm', (rng) => {
    const rule = rng.pick(RULES)
    const cost = LEGS.map(() => w(rng.int(12, 260) * 10))
    const of = (letters: string) =>
      sum(LEGS.map(([l], i) => (letters.includes(l) ? cost[i]! : w(0))))
    const at = RULES.indexOf(rule)
    const before = RULES[at - 1]
    const after = RULES[at + 1]
    const list = LEGS.map(([, name], i) => `${name} €${exact(cost[i]!)}`).join('; ')
    return {
      stem: `A sale is agreed ${rule} under Incoterms 2020${rule === 'DAP' ? ', the named place being the buyer’s warehouse' : rule === 'FCA' ? ', the named place being the seller’s works' : ''}. The legs cost: ${list}. Insurance is paid by whichever party the rule leaves carrying the risk at sea, unless the rule makes the seller insure. What does the buyer pay of these costs in all?`,
      show: eur,
      inputs: { rule: w(at), ...Object.fromEntries(cost.map((c, i) => [`c${i}`, c])) },
      key: of(BUYER_PAYS[rule]!),
      wrong: (
        [
          ...(before ? [[of(BUYER_PAYS[before]!), `reads ${rule} as ${before}`] as const] : []),
          ...(after ? [[of(BUYER_PAYS[after]!), `reads ${rule} as ${after}`] as const] : []),
          [of('ABCDEFGH'), 'puts every cost on the buyer'],
          [
            minus(of(BUYER_PAYS[rule]!), cost[6]!),
            'leaves import clearance and duty with the seller',
          ],
          [
            plus(of(BUYER_PAYS[rule]!), rule === 'DAP' ? cost[7]! : cost[1]!),
            rule === 'DAP'
              ? 'makes the buyer pay the last delivery leg'
              : 'makes the buyer pay the export clearance',
          ],
        ] as (readonly [Fraction, string])[]
      ).filter(([x]) => x.n > 0n),
    }
  }),
  calc('lgc-landed-cost-per-unit-of-one-product-in-a-shared-shipment', (rng) => {
    const ua = w(rng.int(200, 3000))
    const ub = w(rng.int(200, 3000))
    const pa = drawDec(rng, 200, 4000, 2)
    const pb = drawDec(rng, 200, 4000, 2)
    const va = times(ua, pa)
    const vb = times(ub, pb)
    const fi = drawDec(rng, 150000, 600000, 2)
    const da = drawDec(rng, 20, 120, 1)
    const db = drawDec(rng, 20, 120, 1)
    const fee = drawDec(rng, 15000, 45000, 2)
    const share = (x: Fraction) => over(times(x, va), plus(va, vb))
    const cifA = plus(va, share(fi))
    const per = (fa: Fraction, dutyBase: Fraction, rate: Fraction, feeA: Fraction) =>
      over(sum([va, fa, pctOf(dutyBase, rate), feeA]), ua)
    return {
      stem: `One container brings ${exact(ua)} units of product A at €${money(pa)} FOB each and ${exact(ub)} units of product B at €${money(pb)} FOB each. Freight and insurance of €${money(fi)} and a brokerage fee of €${money(fee)} are shared by FOB value. Duty is ${exact(da)}% on A and ${exact(db)}% on B, each on its CIF value; import VAT is reclaimed and left out. What is A’s landed cost per unit, ${CENT}?`,
      show: eur,
      inputs: { ua, ub, pa, pb, fi, da, db, fee },
      key: per(share(fi), cifA, da, share(fee)),
      wrong: [
        [per(share(fi), va, da, share(fee)), 'charges duty on the FOB value'],
        [
          per(over(fi, w(2)), plus(va, over(fi, w(2))), da, over(fee, w(2))),
          'splits the shared costs equally between the products',
        ],
        [per(share(fi), cifA, db, share(fee)), 'uses product B’s duty rate'],
        [per(share(fi), cifA, da, w(0)), 'leaves out the brokerage'],
        [
          per(
            over(times(fi, ua), plus(ua, ub)),
            plus(va, over(times(fi, ua), plus(ua, ub))),
            da,
            over(times(fee, ua), plus(ua, ub)),
          ),
          'shares the costs by units',
        ],
      ],
    }
  }),
  calc('lgc-cif-from-cfr-insured-at-110-percent', (rng) => {
    const cfr = drawDec(rng, 1000000, 9000000, 2)
    const r = drawDec(rng, 10, 60, 2)
    const k = times(q('1.1'), over(r, w(100)))
    return {
      stem: `A seller quotes CFR $${money(cfr)} and is asked for a CIF price. Insurance is ${show(r)}% of the sum insured, which is 110% of the CIF value, and the CIF price must cover the premium. What is the CIF price, ${CENT}?`,
      show: usd,
      inputs: { cfr, r },
      key: over(cfr, minus(w(1), k)),
      wrong: [
        [plus(cfr, times(cfr, k)), 'works the premium on 110% of the CFR price'],
        [plus(cfr, pctOf(cfr, r)), 'works the premium on the CFR price alone'],
        [over(cfr, minus(w(1), over(r, w(100)))), 'leaves out the 10% uplift'],
        [times(cfr, q('1.1')), 'adds 10% to the CFR price'],
        [plus(times(cfr, q('1.1')), times(cfr, k)), 'quotes the sum insured plus premium'],
      ],
    }
  }),
  calc('lgc-compound-duty-ad-valorem-plus-specific', (rng) => {
    const cv = drawDec(rng, 300000, 4000000, 2)
    const a = drawDec(rng, 20, 150, 1)
    const s = drawDec(rng, 150, 900, 2)
    const net = w(rng.int(400, 9000))
    const gross = plus(net, w(rng.int(40, 900)))
    const spec = (kgs: Fraction) => over(times(kgs, s), w(100))
    return {
      stem: `A tariff line carries ${exact(a)}% ad valorem plus €${show(s)} per 100 kg net mass. A consignment has a customs value of €${money(cv)}, ${exact(net)} kg net and ${exact(gross)} kg gross. What duty is due, ${CENT}?`,
      show: eur,
      inputs: { cv, a, s, net, gross },
      key: plus(pctOf(cv, a), spec(net)),
      wrong: [
        [plus(pctOf(cv, a), spec(gross)), 'applies the specific duty to gross mass'],
        [plus(pctOf(cv, a), times(net, s)), 'applies the specific duty per kg'],
        [pctOf(cv, a), 'leaves out the specific duty'],
        [spec(net), 'charges the specific duty only'],
        [pctOf(plus(cv, spec(net)), a), 'charges the ad valorem rate on the specific duty too'],
      ],
    }
  }),
  calc('lgc-duty-relief-under-a-value-threshold', (rng) => {
    const t = w(rng.pick([150, 200, 250]))
    // Drawn above the threshold: below it the duty is nil and only the VAT remains to work.
    const cv = drawDec(rng, Number(t.n) * 105, Number(t.n) * 300, 2)
    const d = drawDec(rng, 30, 170, 1)
    const v = w(rng.pick([20, 21, 22]))
    const duty = pctOf(cv, d)
    const total = plus(duty, pctOf(plus(cv, duty), v))
    return {
      stem: `A country waives import duty on consignments whose intrinsic value is at most €${exact(t)}, but charges import VAT at ${exact(v)}% on all of them, on the value plus any duty. A consignment worth €${money(cv)} carries ${exact(d)}% duty. What duty and VAT are due together, ${CENT}?`,
      show: eur,
      inputs: { t, cv, d, v },
      key: total,
      wrong: [
        [
          plus(pctOf(minus(cv, t), d), pctOf(plus(cv, pctOf(minus(cv, t), d)), v)),
          'charges duty only on the value above the threshold',
        ],
        [pctOf(cv, v), 'waives the duty as if under the threshold'],
        [pctOf(cv, plus(d, v)), 'adds the rates, leaving duty out of the VAT base'],
        [duty, 'gives the duty alone'],
        [pctOf(plus(cv, duty), v), 'gives the VAT alone'],
      ],
    }
  }),
  calc('lgc-fob-price-built-up-from-ex-works', (rng) => {
    const { exw, pick, exp, thc, sea, ins } = euros(rng, {
      exw: [5000, 60000],
      pick: [150, 600],
      exp: [60, 200],
      thc: [150, 400],
      sea: [1000, 4000],
      ins: [30, 120],
    })
    const fob = sum([exw, pick, exp, thc])
    return {
      stem: `A manufacturer’s EXW price is €${money(exw)}. To quote FOB under Incoterms 2020, it adds its costs up to loading on board at the port of shipment: trucking to the port €${money(pick)}, export clearance €${money(exp)}, and origin terminal handling and loading €${money(thc)}. Ocean freight would be €${money(sea)} and insurance €${money(ins)}. What is the FOB price?`,
      show: eur,
      inputs: { exw, pick, exp, thc, sea, ins },
      key: fob,
      wrong: [
        [minus(fob, exp), 'leaves export clearance to the buyer'],
        [minus(fob, thc), 'stops at the quay, leaving out the loading'],
        [plus(fob, sea), 'adds the ocean freight'],
        [sum([fob, sea, ins]), 'quotes CIF'],
        [plus(exw, pick), 'stops at delivery to the port, as FCA there would'],
        [plus(fob, ins), 'adds the insurance, which FOB leaves to the buyer'],
      ],
    }
  }),
  calc('lgc-sellers-cost-of-a-ddp-quote', (rng) => {
    const { exw, toPort, sea, ins, clear, del } = euros(rng, {
      exw: [5000, 50000],
      toPort: [200, 900],
      sea: [800, 3500],
      ins: [30, 120],
      clear: [80, 250],
      del: [200, 800],
    })
    const d = drawDec(rng, 20, 120, 1)
    const v = w(rng.pick([19, 20, 21]))
    const cif = sum([exw, toPort, sea, ins])
    const base = sum([cif, clear, del])
    return {
      stem: `An exporter prices a DDP sale (Incoterms 2020) to an EU buyer’s warehouse. Goods cost €${money(exw)} at its works; costs to the port and export clearance €${money(toPort)}, ocean freight €${money(sea)}, insurance €${money(ins)}, import clearance €${money(clear)}, delivery from the port €${money(del)}. Duty is ${exact(d)}% on the CIF value; the ${exact(v)}% import VAT is agreed to be paid by the buyer and is left out. What is the exporter’s total cost, ${CENT}?`,
      show: eur,
      inputs: { exw, toPort, sea, ins, clear, del, d, v },
      key: plus(base, pctOf(cif, d)),
      wrong: [
        [plus(base, pctOf(exw, d)), 'charges duty on the EXW value'],
        [base, 'leaves out the duty'],
        [
          plus(plus(base, pctOf(cif, d)), pctOf(plus(cif, pctOf(cif, d)), v)),
          'includes the import VAT',
        ],
        [plus(minus(base, del), pctOf(cif, d)), 'leaves out the delivery from the port'],
        [plus(base, pctOf(base, d)), 'charges duty on every cost, delivery included'],
      ],
    }
  }),
  calc('lgc-saving-from-preferential-origin-for-a-non-vat-importer', (rng) => {
    const cv = drawDec(rng, 100000, 2000000, 2)
    const mfn = drawDec(rng, 40, 170, 1)
    // A part preference: at nil, the whole standard duty is the duty cut and two slips are the key.
    const pref = drawDec(rng, 5, 30, 1)
    const v = w(rng.pick([20, 21, 22]))
    const cut = pctOf(cv, minus(mfn, pref))
    return {
      stem: `A charity that cannot reclaim VAT imports goods with a customs value of €${money(cv)}. The standard duty rate is ${exact(mfn)}%; with a proof of preferential origin it is ${exact(pref)}%. Import VAT at ${exact(v)}% is charged on the customs value plus duty. How much does the proof of origin save the charity in duty and VAT together, ${CENT}?`,
      show: eur,
      inputs: { cv, mfn, pref, v },
      key: plus(cut, pctOf(cut, v)),
      wrong: [
        [cut, 'counts the duty saving only'],
        [pctOf(cv, mfn), 'saves the whole standard duty'],
        [
          plus(pctOf(cv, mfn), pctOf(pctOf(cv, mfn), v)),
          'saves the whole standard duty and its VAT',
        ],
        [pctOf(cut, v), 'counts the VAT saving only'],
        [plus(cut, pctOf(cv, v)), 'adds VAT on the whole customs value'],
        [plus(cut, pctOf(plus(cv, pctOf(cv, mfn)), v)), 'counts the whole import VAT as saved'],
      ],
    }
  }),
  calc('lgc-customs-value-with-commissions-and-royalties', (rng) => {
    const { price, sell, buy, roy, fi, inland } = euros(rng, {
      price: [5000, 50000],
      sell: [100, 900],
      buy: [100, 900],
      roy: [100, 1200],
      fi: [400, 2500],
      inland: [100, 600],
    })
    const cv = sum([price, sell, roy, fi])
    return {
      stem: `Under the WTO valuation rules as the EU applies them, the customs value adds to the price paid any selling commission and any royalty paid as a condition of sale, plus freight and insurance to the EU border, and leaves out buying commission and transport after import. An import: price €${money(price)}, selling commission €${money(sell)}, buying commission to the importer’s agent €${money(buy)}, royalty paid as a condition of sale €${money(roy)}, freight and insurance to the border €${money(fi)}, delivery after import €${money(inland)}. What is the customs value?`,
      show: eur,
      inputs: { price, sell, buy, roy, fi, inland },
      key: cv,
      wrong: [
        [plus(cv, buy), 'adds the buying commission'],
        [minus(cv, roy), 'leaves out the royalty'],
        [minus(cv, sell), 'leaves out the selling commission'],
        [plus(cv, inland), 'adds the delivery after import'],
        [plus(minus(cv, sell), buy), 'swaps the two commissions'],
      ],
    }
  }),
  calc('lgc-landed-cost-uplift-on-ex-works', (rng) => {
    const exw = drawDec(rng, 200000, 3000000, 2)
    const fr = times(exw, drawDec(rng, 4, 25, 2))
    const f = over(w(Number((fr.n * 100n) / fr.d)), w(100))
    const ins = over(w(Number((exw.n * 3n) / (exw.d * 10n))), w(100))
    const d = drawDec(rng, 20, 120, 1)
    const br = drawDec(rng, 10000, 40000, 2)
    const v = w(20)
    const cif = sum([exw, f, ins])
    const landed = sum([cif, pctOf(cif, d), br])
    const up = (x: Fraction) => times(over(minus(x, exw), exw), w(100))
    return {
      stem: `Goods bought EXW at €${money(exw)} cost €${money(f)} in freight and €${money(ins)} insurance to the border, pay ${exact(d)}% duty on that CIF value and €${money(br)} brokerage; 20% import VAT is reclaimed. By what percentage does the landed cost exceed the EXW price, to one decimal place?`,
      show: (x) => `${show(x, 1)}%`,
      inputs: { exw, f, ins, d, br },
      key: up(landed),
      wrong: [
        [times(over(minus(landed, exw), landed), w(100)), 'divides by the landed cost'],
        [
          up(plus(landed, pctOf(plus(cif, pctOf(cif, d)), v))),
          'counts the reclaimable VAT as a cost',
        ],
        [up(sum([cif, br])), 'leaves out the duty'],
        [up(sum([cif, pctOf(exw, d), br])), 'charges duty on the EXW price'],
        [up(cif), 'counts freight and insurance only'],
        [times(over(landed, exw), w(100)), 'gives the landed cost as a percentage of EXW'],
      ],
    }
  }),
  calc('lgc-duty-on-goods-returned-after-repair-abroad', (rng) => {
    const { value, repair, fr } = euros(rng, {
      value: [5000, 50000],
      repair: [200, 3000],
      fr: [50, 400],
    })
    const d = drawDec(rng, 20, 120, 1)
    return {
      stem: `${shipper(rng)} sends a machine worth €${money(value)} abroad for repair under outward processing relief and brings it back. The repairer charges €${money(repair)}, and return freight and insurance to the border are €${money(fr)}. Duty is charged at ${exact(d)}% on the cost of the repair plus the return freight and insurance only. What duty is due, ${CENT}?`,
      show: eur,
      inputs: { value, repair, fr, d },
      key: pctOf(plus(repair, fr), d),
      wrong: [
        [pctOf(sum([value, repair, fr]), d), 'charges duty on the machine’s whole value'],
        [pctOf(repair, d), 'leaves out the return freight and insurance'],
        [pctOf(plus(value, repair), d), 'charges duty on the machine and the repair'],
        [pctOf(fr, d), 'charges duty on the freight only'],
        [pctOf(plus(repair, times(fr, w(2))), d), 'counts freight both ways'],
      ],
    }
  }),
  calc('lgc-us-duty-drawback-on-re-exported-goods', (rng) => {
    const units = w(rng.int(200, 5000))
    const duty = drawDec(rng, 200000, 3000000, 2)
    const out = w(rng.int(20, Number(units.n) - 10))
    const perUnit = over(duty, units)
    return {
      stem: `A US importer paid $${money(duty)} duty on ${exact(units)} imported units and later exports ${exact(out)} of them unused. Drawback refunds 99% of the duty paid on the exported units. What drawback can it claim, ${CENT}?`,
      show: usd,
      inputs: { units, duty, out },
      key: times(perUnit, out, q('0.99')),
      wrong: [
        [times(perUnit, out), 'claims 100% of the duty'],
        [times(duty, q('0.99')), 'claims on every unit imported'],
        [times(perUnit, minus(units, out), q('0.99')), 'claims on the units kept'],
        [times(perUnit, out, q('0.01')), 'takes 99% as the share withheld'],
        [times(perUnit, out, q('0.9')), 'refunds 90%'],
      ],
    }
  }),
]
