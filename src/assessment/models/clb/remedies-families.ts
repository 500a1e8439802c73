import {
  addDays,
  company,
  day,
  ENGLISH,
  family,
  gbp,
  pounds,
  share,
  TECH,
  trade,
  workday,
} from './clb-text.js'

// How much a breach is worth in money: expectation loss, cover, mitigation, remoteness, penalties,
// reliance and distress damages, interest. The stem gives every figure and finding, so each wrong
// option is one loss counted twice, left out or set the wrong way round.

const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000)

export const REMEDIES_FAMILIES = [
  family('clb-cost-of-cover', (rng) => {
    const fee = pounds(rng, 2000, 8000, 50)
    const paid = pounds(rng, 300, 1500, 50)
    // The extra cost of cover exceeds the sum paid, so deducting that sum still leaves a sum owed.
    const cover = fee + paid + pounds(rng, 200, 2500, 50)
    return {
      stem: `${ENGLISH} ${trade(rng)} agrees to do a project for ${company(rng)} for ${gbp(fee)}, and the client pays ${gbp(paid)} up front. The freelancer then refuses to do any of the work, and the client reasonably hires a replacement for ${gbp(cover)}. Damages put the client where performance would have: it recovers what it paid for nothing plus the extra cost of cover. What can it recover?`,
      key: gbp(cover - fee + paid),
      wrong: [
        [gbp(cover - fee), 'forgets to return the sum paid up front'],
        [gbp(cover), 'claims the whole replacement cost without allowing for the unpaid price'],
        [gbp(cover + paid), 'adds the sum paid to the whole replacement cost'],
        [gbp(paid), 'recovers only the sum paid up front'],
        [gbp(cover - paid), 'deducts the sum paid from the replacement cost'],
        [gbp(cover - fee - paid), 'deducts the sum paid up front instead of returning it'],
      ],
      figures: { fee, paid, cover },
    }
  }),
  family('clb-lost-profit-costs-saved', (rng) => {
    const fee = pounds(rng, 4000, 12000, 100)
    const saved = pounds(rng, 500, 2000, 50)
    const other = pounds(rng, 600, 2500, 50)
    return {
      stem: `${ENGLISH} ${company(rng)} wrongly cancels a ${gbp(fee)} project with ${trade(rng)} before any work or payment. Doing it would have cost the freelancer ${gbp(saved)} in subcontracted work, now not needed, and in the freed time the freelancer earns ${gbp(other)} on a job they could not otherwise have taken. Expectation damages deduct costs saved and what the claimant earned by mitigating. What damages can the freelancer recover?`,
      key: gbp(fee - saved - other),
      wrong: [
        [gbp(fee), 'claims the whole fee'],
        [gbp(fee - saved), 'ignores the earnings from mitigation'],
        [gbp(fee - other), 'ignores the costs saved'],
        [gbp(fee - saved + other), 'adds the replacement earnings instead of deducting them'],
        [gbp(fee + saved - other), 'adds the costs saved instead of deducting them'],
      ],
      figures: { fee, saved, other },
    }
  }),
  family('clb-failure-to-mitigate', (rng) => {
    const fee = pounds(rng, 2000, 6000, 50)
    const paid = pounds(rng, 200, 1000, 50)
    const early = fee + pounds(rng, 200, 1200, 50)
    const late = early + pounds(rng, 800, 3000, 50)
    return {
      stem: `${ENGLISH} ${trade(rng)} walks off a ${gbp(fee)} fixed-fee job for ${company(rng)} before doing any of it, after the client paid a ${gbp(paid)} deposit. A replacement was available at once for ${gbp(early)}, but the client unreasonably waited two months and then paid ${gbp(late)}. Damages return the deposit and the extra cost of a replacement, but a claimant cannot recover loss it could have avoided by reasonable steps (British Westinghouse). What damages can the client recover?`,
      key: gbp(early - fee + paid),
      wrong: [
        [gbp(late - fee + paid), 'ignores the failure to mitigate'],
        [gbp(late - early), 'awards the extra cost caused by the delay'],
        [gbp(early), 'awards the replacement cost without allowing for the unpaid price'],
        [gbp(late), 'awards the whole later replacement cost'],
        [gbp(0), 'awards nothing because the client failed to mitigate'],
        [gbp(early - fee), 'forgets to return the deposit'],
        [gbp(paid), 'returns only the deposit'],
      ],
      figures: { fee, paid, early, late },
    }
  }),
  family('clb-hadley-two-limbs', (rng) => {
    const normal = pounds(rng, 800, 3000, 50)
    const told = pounds(rng, 1500, 6000, 100)
    const untold = pounds(rng, 2000, 9000, 100)
    return {
      stem: `${ENGLISH} ${trade(rng, TECH)} delivers ${company(rng)}’s online shop two weeks late. The client loses: ${gbp(normal)} of ordinary sales, which arise naturally from such a delay; ${gbp(told)} on a launch promotion, which the client explained to the freelancer when the contract was made; and ${gbp(untold)} on an exclusive retailer deal it mentioned to the freelancer only after the contract was made. Under Hadley v Baxendale, loss is recoverable if it arises naturally (limb 1) or was in both parties’ contemplation when the contract was made (limb 2). What is recoverable?`,
      key: gbp(normal + told),
      wrong: [
        [gbp(normal + told + untold), 'counts knowledge gained after the contract was made'],
        [gbp(normal), 'allows only losses arising naturally'],
        [gbp(normal + untold), 'swaps the promotion for the retailer deal'],
        [gbp(told + untold), 'leaves out the ordinary lost sales'],
        [gbp(untold), 'claims only the deal mentioned after the contract'],
        [gbp(told), 'allows only the loss explained at contracting'],
      ],
      figures: { normal, told, untold },
    }
  }),
  family('clb-liquidated-or-penalty', (rng) => {
    const perDay = pounds(rng, 100, 400, 10)
    const late = rng.int(5, 20)
    const actual = pounds(rng, 300, 1500, 50)
    const fee = pounds(rng, 6000, 20000, 500)
    const capPct = 10
    const penalty = rng.next() < 0.5
    const clause = Math.min(perDay * late, share(fee, capPct, 100))
    const finding = penalty
      ? 'the court finds the sum out of all proportion to any legitimate interest of the client, so a penalty'
      : 'the court finds it protects a legitimate interest and is not out of all proportion, so enforceable'
    return {
      stem: `${ENGLISH} ${trade(rng)}’s ${gbp(fee)} contract with ${company(rng)} says the freelancer pays ${gbp(perDay)} for each day of late delivery, capped at ${capPct}% of the fee. Delivery is ${late} days late, causing the client a proven loss of ${gbp(actual)}; ${finding} (Cavendish v Makdessi). A penalty is unenforceable and the client recovers its proven loss instead. What does the freelancer pay?`,
      key: gbp(penalty ? actual : clause),
      wrong: [
        penalty
          ? [gbp(clause), 'enforces a clause found to be a penalty']
          : [gbp(actual), 'replaces an enforceable agreed sum with the proven loss'],
        [gbp(perDay * late), 'ignores the cap on the agreed sum'],
        [gbp(clause + actual), 'adds the proven loss to the agreed sum'],
        [gbp(0), 'treats a penalty clause as cancelling any claim'],
        [gbp(share(fee, capPct, 100)), 'pays the cap whatever the delay'],
      ],
      figures: { perDay, late, actual, fee, penalty: penalty ? 1 : 0 },
    }
  }),
  family('clb-contractual-interest', (rng) => {
    const debt = pounds(rng, 1500, 12000, 10)
    const rateBp = rng.pick([600, 800, 1000, 1200])
    const inv = workday(rng)
    const term = rng.pick([14, 30])
    const due = addDays(inv, term)
    const paid = addDays(due, rng.int(20, 150))
    const i = (from: string) => share(debt, rateBp * days(from, paid), 365 * 10_000)
    return {
      stem: `${ENGLISH} ${trade(rng)} invoices ${company(rng)} ${gbp(debt)} on ${day(inv)}, payable ${term} days after the invoice date, so due on ${day(due)}. The contract charges simple interest at ${rateBp / 100}% a year on late sums from the due date to the day of payment, day by day over a 365-day year, rounded to the penny. The client pays on ${day(paid)}. How much interest is due?`,
      key: gbp(i(due)),
      wrong: [
        [gbp(i(inv)), 'counts interest from the invoice date'],
        [gbp(share(debt, rateBp, 10_000)), 'charges a full year’s interest'],
        [
          gbp(share(debt, rateBp * Math.ceil(days(due, paid) / 30), 12 * 10_000)),
          'charges whole months, each part month as a full one',
        ],
        [gbp(share(debt, rateBp * days(due, paid), 360 * 10_000)), 'divides by a 360-day year'],
      ],
      figures: { debt, rateBp, inv, term, paid },
    }
  }),
  family('clb-reliance-loss', (rng) => {
    const pre = pounds(rng, 300, 1500, 50)
    const post = pounds(rng, 500, 2500, 50)
    const hoped = pounds(rng, 3000, 9000, 100)
    return {
      stem: `${ENGLISH} ${company(rng)} cancels ${trade(rng, ['a freelance video editor'])}’s documentary commission in breach. The freelancer cannot prove what profit the film would have made (they hoped for ${gbp(hoped)}), so claims wasted expenditure instead: ${gbp(pre)} spent on research before the contract, which the client knew would be wasted if it broke the contract, and ${gbp(post)} spent after it. Wasted expenditure, including pre-contract spending within the parties’ contemplation, is recoverable (Anglia Television v Reed). What can the freelancer recover?`,
      key: gbp(pre + post),
      wrong: [
        [gbp(post), 'excludes the pre-contract spending'],
        [gbp(pre + post + hoped), 'claims reliance and hoped-for profit together'],
        [gbp(hoped), 'claims profit the freelancer cannot prove'],
        [gbp(pre), 'recovers only the pre-contract spending'],
      ],
      figures: { pre, post, hoped },
    }
  }),
  family('clb-distress-damages', (rng) => {
    const fee = pounds(rng, 800, 3000, 50)
    const distress = pounds(rng, 300, 1500, 50)
    const personal = rng.next() < 0.5
    const who = personal
      ? 'a couple book a freelance wedding photographer; the contract’s main object is to give them pleasure and a lasting record'
      : `${company(rng)} books a freelance photographer for its product launch; its directors are upset`
    return {
      stem: `${ENGLISH} ${who}. The photographer fails to turn up. The fee of ${gbp(fee)} was paid in advance, and the court assesses the distress at ${gbp(distress)}. Damages for disappointment and distress are not recovered in ordinary commercial contracts, but are where a major object of the contract is pleasure or peace of mind (Farley v Skinner). What is recoverable in total?`,
      key: gbp(personal ? fee + distress : fee),
      wrong: [
        personal
          ? [gbp(fee), 'refuses distress damages for a pleasure contract']
          : [gbp(fee + distress), 'awards distress damages in a commercial contract'],
        [gbp(distress), 'awards the distress but not the fee paid'],
        [gbp(0), 'awards nothing since no financial loss beyond the fee is shown'],
        [gbp(fee + 2 * distress), 'counts the distress for each of two people'],
      ],
      figures: { fee, distress, personal: personal ? 1 : 0 },
    }
  }),
  family('clb-entire-or-divisible', (rng) => {
    const parts = rng.int(4, 8)
    const each = pounds(rng, 300, 1200, 50)
    const done = rng.int(2, parts - 1)
    const entire = rng.next() < 0.5
    const price = entire
      ? `one fee of ${gbp(parts * each)} payable when all ${parts} are delivered`
      : `${gbp(each)} payable for each module delivered`
    return {
      stem: `${ENGLISH} ${trade(rng, ['a freelance copywriter', 'a freelance translator'])} agrees to write ${parts} training modules for ${company(rng)} for ${price}. The freelancer delivers ${done}, which the client has no choice but to keep using, starts the next, then abandons the contract with it unfinished. Where payment is due only on complete performance (an entire obligation), nothing is due for part performance (Sumpter v Hedges); divisible payments are earned as each part is done. How much can the freelancer claim?`,
      key: gbp(entire ? 0 : done * each),
      wrong: [
        entire
          ? [gbp(done * each), 'pays pro rata under an entire obligation']
          : [gbp(0), 'treats divisible payments as an entire obligation'],
        [gbp(parts * each), 'pays the whole fee despite abandonment'],
        [gbp((done + 1) * each), 'pays for the module in progress'],
        [gbp((parts - done) * each), 'pays for the modules not delivered'],
      ],
      figures: { parts, each, done, entire: entire ? 1 : 0 },
    }
  }),
  family('clb-anticipatory-breach-market', (rng) => {
    const n = rng.int(50, 400)
    const price = pounds(rng, 20, 60)
    const early = price - pounds(rng, 2, 8)
    const atDue = early - pounds(rng, 2, 8)
    return {
      stem: `${ENGLISH} ${company(rng)} agrees to buy ${n} limited-edition prints from ${trade(rng, ['a freelance photographer', 'a freelance graphic designer'])} at ${gbp(price)} each, for delivery on a fixed date. Two months early the client says it will not take them; the freelancer accepts the repudiation and resells the prints on the delivery date at the market price. The market price was ${gbp(early)} on the day of the repudiation and ${gbp(atDue)} on the delivery date. As the court here finds, damages are the contract price less the market price on the delivery date (Sale of Goods Act 1979, s 50(3)). What damages are due?`,
      key: gbp(n * (price - atDue)),
      wrong: [
        [gbp(n * (price - early)), 'uses the market price on the day of repudiation'],
        [gbp(n * price), 'claims the whole price for goods the freelancer kept'],
        [gbp(n * atDue), 'awards the market value of the prints'],
        [gbp(n * (early - atDue)), 'awards only the fall in the market after repudiation'],
      ],
      figures: { n, price, early, atDue },
    }
  }),
  family('clb-interest-after-part-payment', (rng) => {
    const debt = pounds(rng, 3000, 12000, 10)
    const part = pounds(rng, 500, 2500, 50)
    const rateBp = rng.pick([800, 1000, 1200])
    const due = workday(rng)
    const q1 = addDays(due, rng.int(10, 60))
    const q2 = addDays(q1, rng.int(10, 90))
    const y = 365 * 10_000
    const right =
      share(debt, rateBp * days(due, q1), y) + share(debt - part, rateBp * days(q1, q2), y)
    return {
      stem: `${ENGLISH} ${company(rng)} owes ${trade(rng)} ${gbp(debt)} due on ${day(due)}. The contract charges simple interest at ${rateBp / 100}% a year on sums outstanding after the due date, day by day over a 365-day year, each period rounded to the penny. The client pays ${gbp(part)} on ${day(q1)} and the rest on ${day(q2)}. How much interest is due in total?`,
      key: gbp(right),
      wrong: [
        [
          gbp(share(debt, rateBp * days(due, q2), y)),
          'charges interest on the whole debt until the final payment',
        ],
        [
          gbp(share(debt - part, rateBp * days(due, q2), y)),
          'deducts the part payment from the start',
        ],
        [gbp(share(debt, rateBp * days(due, q1), y)), 'stops interest at the part payment'],
        [
          gbp(share(debt - part, rateBp * days(q1, q2), y)),
          'charges only the period after the part payment',
        ],
      ],
      figures: { debt, part, rateBp, due, q1, q2 },
    }
  }),
  family('clb-mitigation-costs', (rng) => {
    const loss = pounds(rng, 2000, 7000, 50)
    const spent = pounds(rng, 200, 900, 50)
    const saved = pounds(rng, 300, 1200, 50)
    return {
      stem: `${ENGLISH} ${trade(rng, TECH)}’s faulty data migration for ${company(rng)} would have caused a ${gbp(loss)} loss. The client reasonably spends ${gbp(spent)} on an emergency contractor, which reduces the loss by ${gbp(saved)}. Reasonable costs of mitigating are recoverable, and the loss avoided is not. What damages can the client recover?`,
      key: gbp(loss - saved + spent),
      wrong: [
        [gbp(loss), 'ignores the mitigation on both sides'],
        [gbp(loss + spent), 'adds the mitigation cost but ignores the loss avoided'],
        [gbp(loss - saved), 'refuses the cost of mitigating'],
        [gbp(loss - saved - spent), 'deducts the cost of mitigating'],
        [gbp(spent), 'awards only the cost of mitigating'],
        [gbp(loss + saved), 'adds the loss avoided instead of deducting it'],
      ],
      figures: { loss, spent, saved },
    }
  }),
  family('clb-days-late-normal-loss', (rng) => {
    const perDay = pounds(rng, 80, 400, 10)
    const due = workday(rng)
    const made = addDays(due, -rng.int(30, 90))
    const late = rng.int(5, 25)
    const delivered = addDays(due, late)
    const special = pounds(rng, 3000, 12000, 100)
    return {
      stem: `${ENGLISH} under a contract made on ${day(made)}, ${trade(rng, TECH)} was to deliver ${company(rng)}’s booking system on ${day(due)} and delivers it on ${day(delivered)}. Each day without it costs the client ${gbp(perDay)} of ordinary bookings, a loss arising naturally. The client also lost an unusually lucrative ${gbp(special)} contract the freelancer never knew of (Victoria Laundry v Newman). Count the days from the due date to delivery, excluding the due date and including the delivery date. What damages are recoverable?`,
      key: gbp(perDay * late),
      wrong: [
        [gbp(perDay * late + special), 'adds the unusual contract the freelancer never knew of'],
        [gbp(perDay * (late + 1)), 'counts both the due date and the delivery date'],
        [gbp(perDay * days(made, delivered)), 'counts from the date the contract was made'],
        [gbp(special), 'claims only the lost special contract'],
      ],
      figures: { perDay, due, made, delivered, special },
    }
  }),
  family('clb-cost-of-cure', (rng) => {
    const cure = pounds(rng, 5000, 20000, 500)
    const amenity = pounds(rng, 500, 2500, 100)
    const value = pounds(rng, 0, 0)
    const reasonable = rng.next() < 0.5
    const finding = reasonable
      ? `The court finds rebuilding it reasonable, as the client genuinely needs it built to the agreed layout; had it not, it would have put the loss of amenity at ${gbp(amenity)}.`
      : `The court finds rebuilding it out of all proportion to the benefit, since the site works and is worth no less, and awards ${gbp(amenity)} for loss of amenity.`
    return {
      stem: `${ENGLISH} ${trade(rng, TECH)} builds ${company(rng)}’s website to a layout different from the one agreed. Rebuilding it would cost ${gbp(cure)}. ${finding} Where cost of cure is unreasonable the court awards the difference in value (here none) and any loss of amenity (Ruxley Electronics v Forsyth). What damages are due?`,
      key: gbp(reasonable ? cure : value + amenity),
      wrong: [
        reasonable
          ? [gbp(amenity), 'limits the award to loss of amenity where cure is reasonable']
          : [gbp(cure), 'awards the cost of cure though found unreasonable'],
        [gbp(0), 'awards nothing because the site is worth no less'],
        [gbp(cure + amenity), 'adds loss of amenity to the cost of cure'],
        [gbp(cure - amenity), 'deducts loss of amenity from the cost of cure'],
      ],
      figures: { cure, amenity, reasonable: reasonable ? 1 : 0 },
    }
  }),
  family('clb-repudiation-accepted', (rng) => {
    const unpaid = pounds(rng, 1000, 5000, 50)
    const rest = pounds(rng, 3000, 9000, 100)
    const saved = pounds(rng, 400, 1500, 50)
    return {
      stem: `${ENGLISH} ${company(rng)} refuses to pay ${trade(rng)}’s invoices for work done (${gbp(unpaid)}) and says it will pay nothing more, a repudiatory breach. The freelancer accepts the repudiation and ends the contract. The remaining work would have earned ${gbp(rest)} and cost ${gbp(saved)} to do. Sums accrued before termination stay payable, and damages cover the lost profit on the rest. What can the freelancer recover in total?`,
      key: gbp(unpaid + rest - saved),
      wrong: [
        [gbp(unpaid), 'loses the future profit by terminating'],
        [gbp(unpaid + rest), 'ignores the costs saved'],
        [gbp(rest - saved), 'treats accrued invoices as lost on termination'],
        [gbp(unpaid + rest + saved), 'adds the costs saved instead of deducting them'],
        [
          gbp(2 * unpaid + rest - saved),
          'counts the unpaid invoices twice, as debt and as damages',
        ],
        [gbp(rest), 'claims only the future fee'],
      ],
      figures: { unpaid, rest, saved },
    }
  }),
  family('clb-forfeiture-penalty', (rng) => {
    const fee = pounds(rng, 3000, 10000, 100)
    const loss = pounds(rng, 200, 1200, 50)
    return {
      stem: `${ENGLISH} ${trade(rng)}’s ${gbp(fee)} contract with ${company(rng)} says that if any deliverable is even a day late the client may withhold the whole fee. One minor deliverable is a day late, causing a proven loss of ${gbp(loss)}; everything else is on time and used. The court finds the clause out of all proportion to any legitimate interest, so a penalty (Cavendish v Makdessi), leaving the client its proven loss. What must the client pay the freelancer?`,
      key: gbp(fee - loss),
      wrong: [
        [gbp(0), 'enforces the penalty'],
        [gbp(fee), 'ignores the client’s proven loss'],
        [gbp(loss), 'pays the freelancer the client’s loss'],
        [gbp(fee - 2 * loss), 'deducts the loss twice, as penalty and damages'],
        [gbp(fee + loss), 'adds the client’s loss to the fee instead of setting it off'],
      ],
      figures: { fee, loss },
    }
  }),
]
