import { cents, client, family, gbp, share } from './vat-text.js'

// UK VAT return boxes (HMRC VAT Notice 700/12, filling in your VAT return). Box 1: VAT due on
// sales and other outputs; box 2: VAT due on acquisitions of goods from the EU (Northern Ireland
// only); box 3: box 1 + box 2; box 4: VAT reclaimed on purchases and other inputs; box 5: box 3
// less box 4; box 6: total sales and other outputs excluding VAT; box 7: total purchases and
// other inputs excluding VAT; boxes 8 and 9: goods to and from the EU (Northern Ireland only).
// Reverse-charged services bought from abroad (Notice 741A) put the VAT in boxes 1 and 4 and the
// value in boxes 6 and 7; postponed import VAT (Notice 702/9) goes in boxes 1 and 4 and the
// import's value in box 7; the domestic reverse charge for construction services (Notice
// 735 / the CIS reverse charge guidance) puts the customer's VAT in boxes 1 and 4 and the net
// value in box 7 only. Each stem states the rule the key needs.

const vat20 = (net: number) => share(net, 20, 100)

export const RETURN_FAMILIES = [
  family('box1-standard-and-reduced-sales', (rng) => {
    const s = cents(rng, 8000, 60000)
    const r = cents(rng, 1500, 9000)
    const key = vat20(s) + share(r, 5, 100)
    return {
      stem: `${cap(client(rng))} made standard-rated sales of ${gbp(s)} and reduced-rated sales of ${gbp(r)} in the quarter, both net of VAT. The standard rate is 20 % and the reduced rate 5 %; work each rate's VAT on its total to the penny. What goes in box 1 of the VAT return?`,
      key: gbp(key),
      wrong: [
        [gbp(vat20(s)), 'leaves the reduced-rated sales out of box 1'],
        [gbp(vat20(s + r)), 'charges the reduced-rated sales at 20 %'],
        [gbp(share(s, 1, 6) + share(r, 1, 21)), 'takes the VAT fractions of net figures'],
        [gbp(vat20(s) + share(r, 5, 100) + r), 'adds the reduced-rated sales value itself'],
        [gbp(share(s, 1, 6)), 'takes 1/6 of the standard-rated net sales only'],
      ],
      figures: { s, r },
    }
  }),
  family('box5-with-ni-acquisitions', (rng) => {
    const b1 = cents(rng, 9000, 30000)
    const b2 = cents(rng, 800, 4000)
    const other = cents(rng, 2000, 7000)
    const b4 = other + b2
    const key = b1 + b2 - b4
    return {
      stem: `A Northern Ireland trader's quarter: VAT on sales ${gbp(b1)}; goods acquired from an EU supplier with acquisition VAT of ${gbp(b2)}, fully reclaimable; VAT on other purchases ${gbp(other)}. Box 2 takes the acquisition VAT, box 4 all reclaimable input VAT, and box 5 is box 1 + box 2 − box 4. What goes in box 5?`,
      key: gbp(key),
      wrong: [
        [gbp(b1 - other + b2), 'declares the acquisition VAT but never reclaims it'],
        [gbp(b1 - other - b2), 'reclaims the acquisition VAT without declaring it in box 2'],
        [gbp(b1 + b2), 'gives box 3, before deducting box 4'],
        [gbp(b1 + b2 + b4), 'adds box 4 instead of deducting it'],
        [gbp(b1 - other - 2 * b2), 'deducts the acquisition VAT twice'],
      ],
      figures: { b1, b2, other },
    }
  }),
  family('box7-postponed-import-vat', (rng) => {
    const dom = cents(rng, 6000, 40000)
    const imp = cents(rng, 3000, 20000)
    const pva = vat20(imp)
    const key = dom + imp
    return {
      stem: `${cap(client(rng))} bought goods in the UK for ${gbp(dom)} net and imported goods whose monthly postponed import VAT statement shows a value of ${gbp(imp)} and import VAT of ${gbp(pva)}. Postponed import VAT goes in boxes 1 and 4; the import's value goes in box 7 with the other purchases, net of VAT. What goes in box 7?`,
      key: gbp(key),
      wrong: [
        [gbp(dom), 'leaves the imported goods out of box 7'],
        [gbp(dom + imp + pva), 'adds the import VAT to the value'],
        [gbp(dom + pva), 'enters the import VAT instead of the value'],
        [gbp(dom + vat20(dom) + imp), 'enters UK purchases gross of VAT'],
        [gbp(imp), 'enters only the imports'],
      ],
      figures: { dom, imp },
    }
  }),
  family('box6-reverse-charge-services', (rng) => {
    const s = cents(rng, 20000, 90000)
    const z = cents(rng, 3000, 15000)
    const x = cents(rng, 1500, 8000)
    const key = s + z + x
    return {
      stem: `${cap(client(rng))} made standard-rated sales of ${gbp(s)} net and zero-rated exports of ${gbp(z)}, and bought ${gbp(x)} of consultancy from a US firm, reverse-charged at 20 %. HMRC's rule: reverse-charged services put their value in box 6 as well as box 7. What goes in box 6?`,
      key: gbp(key),
      wrong: [
        [gbp(s + z), 'leaves the reverse-charged services out of box 6'],
        [gbp(s + x), 'leaves the zero-rated exports out of box 6'],
        [gbp(s), 'enters only the standard-rated sales'],
        [gbp(s + z + x + vat20(x)), 'adds the reverse-charge VAT to the value'],
        [gbp(s + vat20(s) + z + x), 'enters the standard-rated sales gross of VAT'],
      ],
      figures: { s, z, x },
    }
  }),
  family('box5-reverse-charge-nets-out', (rng) => {
    const out = cents(rng, 6000, 25000)
    const inp = cents(rng, 1500, 5000)
    const x = cents(rng, 2000, 10000)
    const rc = vat20(x)
    return {
      stem: `A fully taxable business has output VAT on its sales of ${gbp(out)} and input VAT on UK purchases of ${gbp(inp)}. It also bought ${gbp(x)} of software services from an Irish supplier under the reverse charge at 20 %: that VAT goes in box 1 and, being fully taxable, is reclaimed in box 4. What goes in box 5?`,
      key: gbp(out - inp),
      wrong: [
        [gbp(out + rc - inp), 'declares the reverse-charge VAT but never reclaims it'],
        [gbp(out - inp - rc), 'reclaims the reverse-charge VAT without declaring it'],
        [gbp(out + x - inp - rc), 'declares the service’s value in box 1 instead of its VAT'],
        [gbp(out + rc), 'gives box 3 and deducts no input VAT'],
        [gbp(out), 'gives the sales VAT alone'],
      ],
      figures: { out, inp, x },
    }
  }),
  family('box6-leaves-out-outside-scope', (rng) => {
    const s = cents(rng, 15000, 70000)
    const z = cents(rng, 2000, 12000)
    const e = cents(rng, 2000, 12000)
    const g = cents(rng, 3000, 15000)
    return {
      stem: `A quarter's income: standard-rated sales ${gbp(s)} net, zero-rated sales ${gbp(z)}, exempt rental income ${gbp(e)} and a ${gbp(g)} grant given with nothing supplied in return. Box 6 takes the net value of standard-rated, zero-rated and exempt sales and leaves out money outside the scope of VAT. What goes in box 6?`,
      key: gbp(s + z + e),
      wrong: [
        [gbp(s + z + e + g), 'includes the grant, which is outside the scope'],
        [gbp(s + z), 'leaves out the exempt income'],
        [gbp(s), 'enters only the standard-rated sales'],
        [gbp(s + vat20(s) + z + e), 'enters standard-rated sales gross of VAT'],
        [gbp(s + e), 'leaves out the zero-rated sales'],
        [gbp(s + z + g), 'counts the grant instead of the exempt income'],
      ],
      figures: { s, z, e, g },
    }
  }),
  family('box7-leaves-out-wages', (rng) => {
    const p = cents(rng, 8000, 40000)
    const z = cents(rng, 500, 4000)
    const w = cents(rng, 6000, 30000)
    return {
      stem: `A quarter's costs: standard-rated purchases ${gbp(p)} net (VAT ${gbp(vat20(p))}), zero-rated purchases ${gbp(z)}, and wages of ${gbp(w)}. Box 7 takes all purchases net of VAT but leaves out wages and other costs outside the scope of VAT. What goes in box 7?`,
      key: gbp(p + z),
      wrong: [
        [gbp(p + z + w), 'includes the wages'],
        [gbp(p), 'leaves out the zero-rated purchases'],
        [gbp(p + vat20(p) + z), 'enters purchases gross of VAT'],
        [gbp(p + w), 'includes wages and leaves out zero-rated purchases'],
        [gbp(vat20(p)), 'enters the input VAT, which belongs in box 4'],
      ],
      figures: { p, z, w },
    }
  }),
  family('box4-blocked-input-tax', (rng) => {
    const base = cents(rng, 1500, 6000)
    const van = cents(rng, 2000, 6000)
    const car = cents(rng, 3000, 8000)
    const staff = cents(rng, 60, 400)
    const ent = cents(rng, 60, 400)
    return {
      stem: `Input VAT for the quarter: ${gbp(base)} on ordinary costs, ${gbp(van)} on a new van, ${gbp(car)} on a car available for private use, ${gbp(staff)} on the staff summer party and ${gbp(ent)} on entertaining UK clients. VAT on a car available for private use and on business entertainment of non-employees is blocked; staff entertainment is reclaimable. What goes in box 4?`,
      key: gbp(base + van + staff),
      wrong: [
        [gbp(base + van + staff + car + ent), 'reclaims every line'],
        [gbp(base + van + staff + ent), 'reclaims the client entertainment'],
        [gbp(base + van + staff + car), 'reclaims the car'],
        [gbp(base + van), 'blocks the staff party as entertainment'],
        [gbp(base + staff), 'blocks the van as if it were a car'],
      ],
      figures: { base, van, car, staff, ent },
    }
  }),
  family('box1-fuel-scale-charge', (rng) => {
    const out = cents(rng, 5000, 20000)
    const scale = rng.int(250, 900) * 100
    return {
      stem: `A sole trader's output VAT on sales is ${gbp(out)}. Road fuel for his car, which he also uses privately, is all reclaimed, so he accounts for the quarterly fuel scale charge for its CO2 band: ${gbp(scale)}, a VAT-inclusive figure whose VAT is its 1/6 fraction at 20 %. What goes in box 1, to the penny?`,
      key: gbp(out + share(scale, 1, 6)),
      wrong: [
        [gbp(out), 'leaves the fuel scale charge out'],
        [gbp(out + vat20(scale)), 'takes 20 % of the VAT-inclusive scale charge'],
        [gbp(out + scale), 'adds the whole scale charge'],
        [gbp(out - share(scale, 1, 6)), 'deducts the scale charge VAT from box 1'],
        [gbp(out + share(scale, 5, 6)), 'adds the scale charge net of VAT'],
      ],
      figures: { out, scale },
    }
  }),
  family('box1-after-credit-notes', (rng) => {
    const s = cents(rng, 20000, 80000)
    const cn = cents(rng, 800, 5000)
    return {
      stem: `${cap(client(rng))} issued standard-rated sales invoices of ${gbp(s)} net and, in the same quarter, credit notes of ${gbp(cn)} net for goods returned, all at 20 %. The credit notes reduce the output VAT of the quarter they are issued in. What goes in box 1?`,
      key: gbp(vat20(s - cn)),
      wrong: [
        [gbp(vat20(s)), 'ignores the credit notes'],
        [gbp(vat20(s + cn)), 'adds the credit notes to sales'],
        [gbp(vat20(s) - cn), 'deducts the whole credit note from the VAT'],
        [gbp(share(s - cn, 1, 6)), 'takes 1/6 of net sales'],
        [gbp(vat20(s) - share(cn, 1, 6)), 'takes the credit notes’ VAT as 1/6 of their net value'],
      ],
      figures: { s, cn },
    }
  }),
  family('box6-from-gross-takings', (rng) => {
    const g = cents(rng, 12000, 60000)
    const v = share(g, 1, 6)
    return {
      stem: `A café's till shows standard-rated takings of ${gbp(g)} for the quarter, VAT included at 20 %. The VAT in a VAT-inclusive amount is its 1/6 fraction, to the penny. What goes in box 6?`,
      key: gbp(g - v),
      wrong: [
        [gbp(g), 'enters the takings gross of VAT'],
        [gbp(share(g, 80, 100)), 'takes 20 % off the gross takings'],
        [gbp(v), 'enters the VAT, which belongs in box 1'],
        [gbp(g + vat20(g)), 'adds 20 % to takings that already include VAT'],
        [gbp(g - share(g, 1, 21)), 'uses the 5 % fraction, 1/21'],
      ],
      figures: { g },
    }
  }),
  family('box7-domestic-reverse-charge-customer', (rng) => {
    const p = cents(rng, 6000, 30000)
    const x = cents(rng, 4000, 20000)
    return {
      stem: `A building contractor (not an end user) bought materials for ${gbp(p)} net and took construction services from a CIS subcontractor for ${gbp(x)} net under the domestic reverse charge at 20 %. The customer's rule: the reverse-charge VAT goes in boxes 1 and 4, the services' net value in box 7 only. What goes in the contractor's box 7?`,
      key: gbp(p + x),
      wrong: [
        [gbp(p), 'leaves the reverse-charged services out of box 7'],
        [gbp(p + x + vat20(x)), 'enters the services gross of the reverse-charge VAT'],
        [gbp(p + vat20(x)), 'enters the reverse-charge VAT instead of the value'],
        [gbp(p + vat20(p) + x), 'enters the materials gross of VAT'],
        [gbp(x), 'enters only the subcontractor’s services'],
        [gbp(p + vat20(p) + x + vat20(x)), 'enters materials and services both gross of VAT'],
      ],
      figures: { p, x },
    }
  }),
  family('box1-earlier-error-corrected', (rng) => {
    const cur = cents(rng, 8000, 30000)
    const missed = cents(rng, 2000, 15000)
    return {
      stem: `Preparing this quarter's return, a bookkeeper finds a standard-rated sale of ${gbp(missed)} net (20 %) left out of an earlier return. The net error is under the £10,000 limit, so it may be corrected on the current return by adding the VAT to box 1. This quarter's own output VAT is ${gbp(cur)}. What goes in box 1?`,
      key: gbp(cur + vat20(missed)),
      wrong: [
        [gbp(cur), 'leaves the error for a separate disclosure'],
        [gbp(cur + missed), 'adds the missed sale’s value'],
        [gbp(cur + share(missed, 1, 6)), 'takes 1/6 of the net sale'],
        [gbp(cur - vat20(missed)), 'deducts the error'],
        [gbp(cur + vat20(missed) + missed), 'adds the missed sale gross of VAT'],
        [gbp(cur + vat20(missed + vat20(missed))), 'works VAT on the sale grossed up'],
      ],
      figures: { cur, missed },
    }
  }),
  family('box4-import-vat-from-c79', (rng) => {
    const other = cents(rng, 2000, 9000)
    const cv = cents(rng, 4000, 20000)
    const duty = share(cv, rng.pick([2, 4, 6, 8]), 100)
    const iv = vat20(cv + duty)
    return {
      stem: `An importer paid import VAT at the border rather than postponing it. Its C79 certificate shows import VAT of ${gbp(iv)} on goods of customs value ${gbp(cv)} that bore ${gbp(duty)} of duty. Input VAT on other purchases is ${gbp(other)}. Import VAT paid and shown on a C79 is reclaimed in box 4; duty is not VAT. What goes in box 4?`,
      key: gbp(other + iv),
      wrong: [
        [gbp(other), 'does not reclaim the import VAT'],
        [gbp(other + iv + duty), 'reclaims the duty as well'],
        [gbp(other + vat20(cv)), 'works import VAT on the customs value without the duty'],
        [gbp(other + cv + iv), 'adds the goods’ value to box 4'],
        [gbp(other + share(iv, 1, 6)), 'takes 1/6 of the import VAT'],
      ],
      figures: { other, cv, duty },
    }
  }),
  family('box3-ni-total-vat-due', (rng) => {
    const s = cents(rng, 15000, 60000)
    const acq = cents(rng, 3000, 20000)
    return {
      stem: `A Northern Ireland retailer's quarter: standard-rated sales of ${gbp(s)} net and goods acquired from an EU supplier for ${gbp(acq)} net, both at 20 %. Box 1 takes the VAT on sales, box 2 the VAT on acquisitions from the EU, and box 3 is box 1 + box 2. What goes in box 3?`,
      key: gbp(vat20(s) + vat20(acq)),
      wrong: [
        [gbp(vat20(s)), 'leaves the acquisition VAT out'],
        [gbp(vat20(s) - vat20(acq)), 'deducts the acquisition VAT'],
        [gbp(vat20(s) + acq), 'adds the acquisition value instead of its VAT'],
        [gbp(vat20(s + acq) + vat20(acq)), 'counts the acquisition in sales and in box 2'],
        [gbp(share(s, 1, 6) + share(acq, 1, 6)), 'takes 1/6 of net figures'],
      ],
      figures: { s, acq },
    }
  }),
  family('box1-supplier-domestic-reverse-charge', (rng) => {
    const own = cents(rng, 10000, 50000)
    const drc = cents(rng, 5000, 25000)
    return {
      stem: `A CIS subcontractor invoiced ${gbp(own)} net of standard-rated work to end users (20 % charged) and ${gbp(drc)} net to a contractor under the domestic reverse charge (no VAT charged). The supplier's rule: reverse-charge sales go in box 6 but no VAT on them goes in box 1. What goes in the subcontractor's box 1?`,
      key: gbp(vat20(own)),
      wrong: [
        [gbp(vat20(own + drc)), 'charges VAT on the reverse-charge sales too'],
        [gbp(vat20(drc)), 'takes VAT on the reverse-charge sales only'],
        [gbp(share(own, 1, 6)), 'takes 1/6 of net sales'],
        [gbp(vat20(own) + drc), 'adds the reverse-charge sales value'],
        [gbp(vat20(own - drc)), 'deducts the reverse-charge sales from taxable sales'],
      ],
      figures: { own, drc },
    }
  }),
  family('box4-phone-business-share', (rng) => {
    const other = cents(rng, 1500, 6000)
    const net = cents(rng, 150, 900)
    const biz = rng.pick([60, 70, 75, 80, 85, 90])
    const vat = vat20(net)
    return {
      stem: `A sole trader's quarterly phone bills come to ${gbp(net)} net plus ${gbp(vat)} VAT; the line is used ${biz} % for business. Only the business share of the VAT is reclaimable, to the penny. Input VAT on other purchases is ${gbp(other)}. What goes in box 4?`,
      key: gbp(other + share(vat, biz, 100)),
      wrong: [
        [gbp(other + vat), 'reclaims all the phone VAT'],
        [gbp(other + share(vat, 100 - biz, 100)), 'reclaims the private share'],
        [gbp(other), 'reclaims none of the phone VAT'],
        [gbp(other + share(net + vat, biz, 100)), 'enters the business share of the whole bill'],
        [
          gbp(other + share(vat20(net + vat), biz, 100)),
          'takes 20 % of the gross bill, then the business share',
        ],
      ],
      figures: { other, net, biz },
    }
  }),
]

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
