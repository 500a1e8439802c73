import { cash } from '../scenario/scenario-text.js'
import { Company, company, count, family, figures, purse, sum } from './subs-text.js'

// Recurring revenue: MRR from a subscriber list, annual and quarterly plans normalised to a
// month, the MRR movements (new, expansion, contraction, churned, reactivation) and proration of
// mid-cycle plan changes. Each stem states the reporting convention its key follows; the
// conventions are the common SaaS-metrics ones (recurring charges only, one-off fees and free
// trials excluded, an annual fee spread over 12 months), see the Stripe Billing docs on MRR and
// proration (docs.stripe.com/billing/subscriptions/prorations).

/** A 28-, 30- or 31-day billing period and a change day inside it (not its first or last). */
const PERIODS = [
  ['February', 28],
  ['April', 30],
  ['June', 30],
  ['March', 31],
  ['August', 31],
  ['October', 31],
] as const

export const MRR_FAMILIES = [
  family('mrr-normalised-plans', (rng) => {
    const m = purse(rng)
    const [mc, mp] = [rng.int(40, 160), rng.int(3, 12) * 5]
    const [qc, qp] = [rng.int(10, 40), rng.int(10, 40) * 10]
    const [ac, ap] = [rng.int(8, 30), rng.int(40, 150) * 10]
    const setup = rng.int(5, 25) * 100
    const trials = rng.int(15, 60)
    const key = mc * mp + (qc * qp) / 3 + (ac * ap) / 12
    return figures(rng, m, {
      stem: `You report MRR for ${company(rng)}. On 31 May it has ${mc} customers on a monthly plan at ${m(mp)} a month, ${qc} on a quarterly plan billed ${m(qp)} a quarter, ${ac} on an annual plan billed ${m(ap)} a year, and ${trials} on a free trial of the monthly plan. In May it also collected ${m(setup)} of one-off setup fees. MRR counts recurring charges only, each plan's fee spread evenly over the months it covers. What is MRR on 31 May?`,
      in: { mc, mp, qc, qp, ac, ap, setup, trials },
      key,
      wrong: [
        ['annual-in-full', mc * mp + (qc * qp) / 3 + ac * ap, 'adds each annual fee in full'],
        [
          'quarterly-as-annual',
          mc * mp + (qc * qp) / 12 + (ac * ap) / 12,
          'divides the quarterly fee by 12',
        ],
        ['omits-annual', mc * mp + (qc * qp) / 3, 'leaves the annual plans out'],
        ['adds-setup', key + setup, 'counts the one-off setup fees as recurring'],
        ['counts-trials', key + trials * mp, 'counts trial users at the monthly price'],
      ],
    })
  }),
  family('arr-from-plan-mix', (rng) => {
    const m = purse(rng)
    const monthly = rng.int(80, 400) * 50
    const quarterly = rng.int(20, 120) * 50
    const annual = rng.int(100, 900) * 100
    const services = rng.int(10, 80) * 100
    const key = 12 * monthly + 4 * quarterly + annual
    return figures(rng, m, {
      stem: `${Company(rng)} bills ${m(monthly)} a month on monthly plans, ${m(quarterly)} a quarter on quarterly plans and ${m(annual)} a year on annual contracts, and this year sold ${m(services)} of one-off onboarding projects. ARR is defined as the annualised value of recurring subscriptions only. What is ARR?`,
      in: { monthly, quarterly, annual, services },
      key,
      wrong: [
        [
          'not-annualised',
          monthly + quarterly + annual,
          'adds the billed amounts without annualising',
        ],
        ['annual-times-12', 12 * (monthly + quarterly + annual), 'multiplies every amount by 12'],
        ['adds-services', key + services, 'counts the onboarding projects as recurring'],
        [
          'quarterly-once',
          12 * monthly + quarterly + annual,
          'counts one quarter of the quarterly plans',
        ],
        [
          'quarterly-monthly',
          12 * monthly + 12 * quarterly + annual,
          'annualises the quarterly fee as if monthly',
        ],
      ],
    })
  }),
  family('mrr-bridge-ending', (rng) => {
    const m = purse(rng)
    const start = rng.int(400, 2000) * 50
    const [n, e, c, ch] = [rng.int(20, 160), rng.int(10, 90), rng.int(5, 50), rng.int(10, 90)].map(
      (x) => x * 50,
    ) as [number, number, number, number]
    return figures(rng, m, {
      stem: `${Company(rng)} started the month with ${m(start)} MRR. During the month it added ${m(n)} of new MRR and ${m(e)} of expansion MRR, lost ${m(c)} to downgrades (contraction) and ${m(ch)} to cancellations (churn). What is MRR at the end of the month?`,
      in: { start, n, e, c, ch },
      key: start + n + e - c - ch,
      wrong: [
        ['adds-contraction', start + n + e + c - ch, 'adds contraction as if it were growth'],
        ['omits-expansion', start + n - c - ch, 'leaves expansion out of the bridge'],
        ['omits-new', start + e - c - ch, 'leaves new MRR out of the bridge'],
        ['adds-churn', start + n + e - c + ch, 'adds churned MRR instead of deducting it'],
        ['ignores-contraction', start + n + e - ch, 'deducts churn but not contraction'],
      ],
    })
  }),
  family('new-mrr-classified', (rng) => {
    const m = purse(rng)
    const [nc, np] = [rng.int(6, 30), rng.int(4, 16) * 5]
    const af = rng.int(60, 240) * 10
    const up = rng.int(4, 40) * 5
    const re = rng.int(4, 20) * 5
    const ch = rng.int(6, 40) * 5
    const key = nc * np + af / 12
    return figures(rng, m, {
      stem: `In March ${company(rng)} signed ${nc} new customers on the ${m(np)} monthly plan and one new customer on an annual plan billed ${m(af)} up front. An existing customer upgraded, adding ${m(up)} a month; a customer who had cancelled last year came back at ${m(re)} a month, which the client reports as reactivation MRR, not new; and ${m(ch)} of MRR churned. What is new MRR for March?`,
      in: { nc, np, af, up, re, ch },
      key,
      wrong: [
        ['includes-upgrade', key + up, 'counts the upgrade as new MRR'],
        ['includes-reactivation', key + re, 'counts the returning customer as new'],
        ['annual-in-full', nc * np + af, 'adds the annual fee in full'],
        ['omits-annual', nc * np, 'leaves the annual customer out'],
        ['nets-churn', key - ch, 'nets churned MRR against new MRR'],
      ],
    })
  }),
  family('expansion-mrr', (rng) => {
    const m = purse(rng)
    const a = rng.int(4, 12) * 10
    const to = a + rng.int(2, 10) * 10
    const [seats, seat] = [rng.int(3, 15), rng.int(2, 6) * 5]
    const af = rng.int(60, 150) * 10
    const bfee = af + rng.int(12, 60) * 10
    const down = rng.int(2, 8) * 10
    const key = to - a + seats * seat + (bfee - af) / 12
    return figures(rng, m, {
      stem: `This month at ${company(rng)} one customer moved from the ${m(a)} to the ${m(to)} monthly plan, another added ${seats} seats at ${m(seat)} a seat a month, an annual customer moved from a ${m(af)} to a ${m(bfee)} yearly plan, and a fourth customer downgraded, cutting ${m(down)} a month. Expansion MRR is the monthly increase from existing customers' upgrades and added seats, annual fees spread over 12 months. What is expansion MRR?`,
      in: { a, to, seats, seat, af, bfee, down },
      key,
      wrong: [
        [
          'new-prices',
          to + seats * seat + bfee / 12,
          'adds the new plan prices, not the increases',
        ],
        ['annual-in-full', to - a + seats * seat + (bfee - af), 'adds the annual increase in full'],
        ['nets-downgrade', key - down, 'nets the downgrade against expansion'],
        ['omits-seats', key - seats * seat, 'leaves the added seats out'],
        ['omits-annual', to - a + seats * seat, 'leaves the annual upgrade out'],
      ],
    })
  }),
  family('contraction-mrr', (rng) => {
    const m = purse(rng)
    const from = rng.int(8, 20) * 10
    const to = from - rng.int(2, 6) * 10
    const [seats, seat] = [rng.int(2, 12), rng.int(2, 6) * 5]
    const af = rng.int(80, 200) * 10
    const bfee = af - rng.int(12, 60) * 10
    const cancel = rng.int(5, 30) * 5
    const key = from - to + seats * seat + (af - bfee) / 12
    return figures(rng, m, {
      stem: `This month at ${company(rng)} one customer moved from the ${m(from)} to the ${m(to)} monthly plan, another removed ${seats} seats at ${m(seat)} a seat a month, an annual customer renewed on a ${m(bfee)} yearly plan instead of ${m(af)}, and a customer paying ${m(cancel)} a month cancelled. Contraction MRR is the monthly decrease from customers who stay, annual fees spread over 12 months; cancellations are churn. What is contraction MRR?`,
      in: { from, to, seats, seat, af, bfee, cancel },
      key,
      wrong: [
        ['includes-cancellation', key + cancel, 'counts the cancellation as contraction'],
        [
          'annual-in-full',
          from - to + seats * seat + (af - bfee),
          'adds the annual decrease in full',
        ],
        [
          'old-prices',
          from + seats * seat + af / 12,
          'adds the old plan prices, not the decreases',
        ],
        ['omits-seats', key - seats * seat, 'leaves the removed seats out'],
        ['omits-annual', from - to + seats * seat, 'leaves the annual downgrade out'],
      ],
    })
  }),
  family('churned-mrr', (rng) => {
    const m = purse(rng)
    const p = [rng.int(6, 30) * 5, rng.int(6, 30) * 5, rng.int(6, 30) * 5]
    const disc = rng.pick([10, 20, 25, 30])
    const af = rng.int(60, 240) * 10
    const notice = rng.int(6, 30) * 5
    const back = rng.int(6, 30) * 5
    const key = p[0]! * (1 - disc / 100) + p[1]! + p[2]! + af / 12
    return figures(rng, m, {
      stem: `In June three monthly customers of ${company(rng)} cancelled, on list prices of ${m(p[0]!)}, ${m(p[1]!)} and ${m(p[2]!)} (the first paid ${disc}% less under a lasting discount), and an annual customer billed ${m(af)} a year did not renew. Another customer paying ${m(notice)} gave notice in June to leave at the end of July, and a customer who left last year returned at ${m(back)} a month. Churned MRR is the MRR actually lost in the month, net of discounts, annual fees over 12 months. What is churned MRR for June?`,
      in: { p, disc, af, notice, back },
      key,
      wrong: [
        ['list-price', sum(p) + af / 12, 'uses list prices, ignoring the discount'],
        [
          'annual-in-full',
          p[0]! * (1 - disc / 100) + p[1]! + p[2]! + af,
          'adds the annual fee in full',
        ],
        ['counts-notice', key + notice, 'counts the customer who has only given notice'],
        [
          'omits-annual',
          p[0]! * (1 - disc / 100) + p[1]! + p[2]!,
          'leaves the annual non-renewal out',
        ],
        ['nets-reactivation', key - back, 'nets the returning customer against churn'],
      ],
    })
  }),
  family('net-new-mrr', (rng) => {
    const m = purse(rng)
    const [n, r, e, c, ch] = [
      rng.int(40, 200),
      rng.int(4, 30),
      rng.int(10, 90),
      rng.int(5, 40),
      rng.int(20, 120),
    ].map((x) => x * 25) as [number, number, number, number, number]
    const key = n + r + e - c - ch
    return figures(rng, m, {
      stem: `${Company(rng)}'s April movements: new MRR ${m(n)}, reactivation MRR ${m(r)}, expansion ${m(e)}, contraction ${m(c)} and churned MRR ${m(ch)}. Net new MRR is every gain less every loss. What is net new MRR for April?`,
      in: { n, r, e, c, ch },
      key,
      signed: true,
      wrong: [
        ['omits-reactivation', key - r, 'leaves reactivation out'],
        ['gross-gains', n + r + e, 'adds the gains without deducting the losses'],
        ['ignores-contraction', key + c, 'deducts churn but not contraction'],
        ['new-less-churn', n - ch, 'takes only new less churned MRR'],
        ['adds-contraction', key + 2 * c, 'adds contraction as if it were growth'],
      ],
    })
  }),
  family('proration-upgrade-charge', (rng) => {
    const m = purse(rng)
    const [month, len] = rng.pick(PERIODS)
    const day = rng.int(4, len - 4)
    const a = rng.int(3, 12) * 10
    const b = a + rng.int(2, 12) * 10
    const rest = len - day + 1
    const key = ((b - a) * rest) / len
    return figures(rng, m, {
      stem: `A customer of ${company(rng)} billed on a calendar-month cycle upgrades from the ${m(a)} to the ${m(b)} monthly plan on ${month} ${day}. The client charges the price difference for the days left in the period, counting the upgrade day, over the ${len} days of ${month}. What is the prorated charge?`,
      in: { len, day, a, b },
      key,
      wrong: [
        ['full-difference', b - a, 'charges the whole month’s difference'],
        ['new-plan-prorated', (b * rest) / len, 'prorates the new price without crediting the old'],
        ['excludes-upgrade-day', ((b - a) * (rest - 1)) / len, 'leaves out the upgrade day'],
        ['used-days', ((b - a) * (day - 1)) / len, 'prorates over the days already used'],
        ['thirty-day-month', ((b - a) * rest) / 30, 'divides by 30 days whatever the month'],
      ],
    })
  }),
  family('proration-downgrade-credit', (rng) => {
    const m = purse(rng)
    const [month, len] = rng.pick(PERIODS)
    const day = rng.int(4, len - 4)
    const a = rng.int(8, 20) * 10
    const b = a - rng.int(2, 6) * 10
    const rest = len - day + 1
    const key = ((a - b) * rest) / len
    return figures(rng, m, {
      stem: `A customer of ${company(rng)} paid ${m(a)} for ${month} on a calendar-month cycle and downgrades to the ${m(b)} plan on ${month} ${day}, effective at once. The client credits the price difference for the days left, counting the change day, over the ${len} days of ${month}. What credit does the customer get?`,
      in: { len, day, a, b },
      key,
      wrong: [
        ['full-difference', a - b, 'credits the whole month’s difference'],
        [
          'old-plan-prorated',
          (a * rest) / len,
          'credits the unused old plan without charging the new',
        ],
        ['excludes-change-day', ((a - b) * (rest - 1)) / len, 'leaves out the change day'],
        ['used-days', ((a - b) * (day - 1)) / len, 'prorates over the days already used'],
        ['thirty-day-month', ((a - b) * rest) / 30, 'divides by 30 days whatever the month'],
      ],
    })
  }),
  family('mrr-after-midcycle-upgrade', (rng) => {
    const m = purse(rng)
    const [month, len] = rng.pick(PERIODS)
    const day = rng.int(4, len - 4)
    const before = rng.int(200, 900) * 25
    const a = rng.int(3, 12) * 10
    const b = a + rng.int(3, 15) * 10
    const charge = ((b - a) * (len - day + 1)) / len
    const key = before - a + b
    return figures(rng, m, {
      stem: `${Company(rng)} had ${m(before)} MRR on 1 ${month}. The only change in the month: on ${month} ${day} one customer upgraded from the ${m(a)} to the ${m(b)} monthly plan and was charged ${m(charge)} of proration. MRR counts each subscription at its full monthly price on the reporting date. What is MRR at the end of ${month}?`,
      in: { len, day, before, a, b },
      key,
      wrong: [
        ['adds-proration', before + charge, 'adds the prorated charge instead of the new price'],
        ['both-plans', before + b, 'adds the new plan without removing the old'],
        ['proration-on-top', key + charge, 'adds the prorated charge on top of the new price'],
        ['unchanged', before, 'leaves MRR unchanged until the next renewal'],
        [
          'new-plan-and-proration',
          before + b + charge,
          'adds the new plan and the proration, keeping the old',
        ],
        [
          'billed-revenue',
          before - a + (a * (day - 1)) / len + (b * (len - day + 1)) / len,
          'reports the month’s blended billing instead of MRR',
        ],
      ],
    })
  }),
  family('seat-mrr-annual-billing', (rng) => {
    const m = purse(rng)
    const seats = rng.int(20, 120)
    const added = rng.int(5, 30)
    const per = rng.int(3, 12) * 2
    const disc = rng.pick([10, 15, 20])
    const left = rng.int(3, 9)
    const key = (seats + added) * per * (1 - disc / 100)
    return figures(rng, m, {
      stem: `A customer of ${company(rng)} signed an annual contract for ${seats} seats at ${m(per)} a seat a month, billed yearly in advance with ${disc}% off. With ${left} months of the term left it added ${added} seats on the same terms, co-terminated and billed pro rata. MRR is the contract's recurring value per month after discount. What is this customer's MRR now?`,
      in: { seats, added, per, disc, left },
      key,
      wrong: [
        ['list-price', (seats + added) * per, 'ignores the annual-billing discount'],
        [
          'annual-contract',
          (seats + added) * per * 12 * (1 - disc / 100),
          'reports the annual value, not monthly',
        ],
        ['omits-added', seats * per * (1 - disc / 100), 'leaves out the seats added mid-term'],
        [
          'added-prorated',
          (seats + (added * left) / 12) * per * (1 - disc / 100),
          'counts the added seats only pro rata',
        ],
      ],
    })
  }),
  family('mrr-fixed-rate-currencies', (rng) => {
    const m = cash('$', 2)
    const home = rng.int(200, 800) * 50
    const eur = rng.int(150, 300) * 50
    const gbp = rng.int(40, 140) * 50
    const re = rng.pick([1.05, 1.08, 1.1, 1.12])
    const rg = rng.pick([1.22, 1.25, 1.27, 1.3])
    const [se, sg] = [re + rng.int(3, 9) / 100, rg + rng.int(3, 9) / 100]
    const key = home + eur * re + gbp * rg
    return figures(rng, m, {
      stem: `${Company(rng)} reports MRR in US dollars at fixed planning rates of 1 EUR = ${re.toFixed(2)} USD and 1 GBP = ${rg.toFixed(2)} USD, so movements in exchange rates do not show as growth; today's spot rates are ${se.toFixed(2)} and ${sg.toFixed(2)}. Its subscriptions bill $${home.toLocaleString('en-US')} a month in dollars, €${eur.toLocaleString('en-US')} in euros and £${gbp.toLocaleString('en-US')} in pounds. What is MRR in dollars?`,
      in: { home, eur, gbp, re, rg, se, sg },
      key,
      wrong: [
        ['face-values', home + eur + gbp, 'adds the amounts without converting'],
        [
          'divides-by-rate',
          home + eur / re + gbp / rg,
          'divides by the rates instead of multiplying',
        ],
        ['omits-foreign', home, 'leaves out the foreign-currency subscriptions'],
        ['rates-swapped', home + eur * rg + gbp * re, 'applies each currency the other’s rate'],
        ['dollars-only-euro', home + eur * re, 'leaves out the sterling subscriptions'],
        ['spot-rates', home + eur * se + gbp * sg, 'converts at today’s spot rates'],
      ],
    })
  }),

  family('mrr-paused-and-past-due', (rng) => {
    const m = purse(rng)
    const p = rng.int(4, 20) * 5
    const active = rng.int(150, 800)
    const paused = rng.int(10, 60)
    const pastDue = rng.int(5, 40)
    const usage = rng.int(10, 90) * 10
    const refunds = rng.int(5, 40) * 10
    const key = (active + pastDue) * p
    return figures(rng, m, {
      stem: `${Company(rng)} has ${count(active)} customers paying ${m(p)} a month, ${count(pastDue)} more on the same plan whose latest payment failed and is being retried, and ${count(paused)} who paused their subscription (no billing while paused). This month it also billed ${m(usage)} of one-off usage overage and refunded ${m(refunds)} of one-off charges. MRR counts subscriptions billed on the plan, past-due ones until they are cancelled, and leaves out paused subscriptions and one-off charges. What is MRR?`,
      in: { p, active, paused, pastDue, usage, refunds },
      key,
      wrong: [
        ['includes-paused', key + paused * p, 'counts paused subscriptions'],
        ['drops-past-due', active * p, 'leaves out the past-due subscriptions'],
        ['adds-usage', key + usage, 'adds the one-off usage overage'],
        ['deducts-refunds', key - refunds, 'deducts the one-off refunds'],
        [
          'paused-not-past-due',
          (active + paused) * p,
          'counts paused but not past-due subscriptions',
        ],
      ],
    })
  }),
  family('arr-ramped-contract', (rng) => {
    const m = purse(rng)
    const y1 = rng.int(12, 60) * 1000
    const y2 = y1 + rng.int(4, 20) * 1000
    const y3 = y2 + rng.int(4, 20) * 1000
    const done = rng.int(2, 10)
    return figures(rng, m, {
      stem: `A customer signed a three-year contract with ${company(rng)} priced ${m(y1)} for year 1, ${m(y2)} for year 2 and ${m(y3)} for year 3, each year billed annually. It is ${done} months into year 1. The client's ARR counts a contract at the annual value in force now, not future ramps. What ARR does this contract add?`,
      in: { y1, y2, y3, done },
      key: y1,
      wrong: [
        ['average-year', (y1 + y2 + y3) / 3, 'averages the three years'],
        ['contract-value', y1 + y2 + y3, 'counts the whole contract value'],
        ['final-year', y3, 'takes the final year’s price'],
        ['monthly', y1 / 12, 'gives the monthly value'],
        ['remaining-year', (y1 * (12 - done)) / 12, 'counts only the rest of year 1'],
      ],
    })
  }),
  family('annual-upgrade-expansion', (rng) => {
    const m = purse(rng)
    const a = rng.int(60, 240) * 10
    const b = a + rng.int(24, 120) * 10
    const left = rng.int(3, 9)
    const charge = ((b - a) * left) / 12
    return figures(rng, m, {
      stem: `An annual customer of ${company(rng)} on a ${m(a)}-a-year plan upgrades to the ${m(b)}-a-year plan with ${left} months of its term left. It is co-termed and charged ${m(charge)} for the rest of the term. Expansion MRR is the increase in the customer's MRR, annual fees spread over 12 months. What expansion MRR does the upgrade add?`,
      in: { a, b, left },
      key: (b - a) / 12,
      wrong: [
        ['prorated-charge', charge, 'gives the prorated charge'],
        ['annual-difference', b - a, 'gives the annual difference'],
        ['new-plan', b / 12, 'gives the new plan’s MRR, not the increase'],
        ['charge-over-twelve', charge / 12, 'spreads the prorated charge over 12 months'],
        [
          'difference-over-months-left',
          (b - a) / left,
          'spreads the annual difference over the months left',
        ],
        [
          'charge-over-term-left',
          charge / left / 12,
          'spreads the charge over the months left, then again by 12',
        ],
        ['difference-per-day', (b - a) / 365, 'spreads the annual difference by day'],
      ],
    })
  }),

  family('reactivation-mrr', (rng) => {
    const m = purse(rng)
    const [k, p] = [rng.int(3, 15), rng.int(4, 20) * 5]
    const af = rng.int(60, 240) * 10
    const [nc, np] = [rng.int(5, 30), rng.int(4, 20) * 5]
    const up = rng.int(4, 30) * 5
    const old = rng.int(3, 15) * 5
    const key = k * p + af / 12
    return figures(rng, m, {
      stem: `In September ${k} customers who had cancelled earlier in the year came back to ${company(rng)} on the ${m(p)} monthly plan, and one former customer came back on an annual plan billed ${m(af)}. ${nc} brand-new customers joined at ${m(np)} a month and an existing customer upgraded by ${m(up)} a month. Before leaving, one of the returners had paid ${m(old)} a month more than now. Reactivation MRR is the MRR of returning former customers at their new prices, annual fees over 12 months. What is it?`,
      in: { k, p, af, nc, np, up, old },
      key,
      wrong: [
        ['includes-new', key + nc * np, 'adds the brand-new customers'],
        ['annual-in-full', k * p + af, 'adds the annual fee in full'],
        ['omits-annual', k * p, 'leaves out the annual returner'],
        ['includes-upgrade', key + up, 'adds the upgrade'],
        ['nets-old-price', key - old, 'nets the returner’s old, higher price'],
      ],
    })
  }),

  family('price-rise-with-extra-churn', (rng) => {
    const m = purse(rng)
    const mrr = rng.int(200, 1500) * 100
    const rise = rng.pick([5, 8, 10, 12, 15, 20])
    const lost = rng.pick([2, 3, 4, 5, 6])
    return figures(rng, m, {
      stem: `${Company(rng)} has ${m(mrr)} MRR and will raise every price by ${rise}%. It expects ${lost}% of customers (spread evenly across plans) to cancel because of the rise, and nothing else to change. What MRR does it expect after the rise?`,
      in: { mrr, rise, lost },
      key: mrr * (1 + rise / 100) * (1 - lost / 100),
      wrong: [
        ['net-percentages', mrr * (1 + (rise - lost) / 100), 'nets the two percentages'],
        ['ignores-churn', mrr * (1 + rise / 100), 'ignores the extra churn'],
        ['ignores-rise', mrr * (1 - lost / 100), 'ignores the price rise'],
        ['rise-only', (mrr * rise) / 100, 'gives only the increase'],
        [
          'churn-added',
          mrr * (1 + rise / 100) * (1 + lost / 100),
          'adds the churn instead of deducting it',
        ],
      ],
    })
  }),
]
