import {
  Company,
  company,
  count,
  family,
  figures,
  months,
  purse,
  rate,
  rate1,
  ratio,
  whole,
} from './subs-text.js'

// Unit economics: ARPA, gross margin, LTV under the formula each stem states, CAC, CAC payback,
// LTV:CAC and the magic number. LTV formulas differ between firms (with or without gross margin,
// with or without expansion), so each stem gives the one its key follows.

/**
 * Whole months until the expected gross profit of one customer covers CAC, the customer still
 * there in the first month with probability `first`.
 */
function monthsToCover(profit: number, c: number, cac: number, first: number): number {
  let [paid, months, alive] = [0, 0, first]
  while (paid < cac && months < 600) {
    paid += alive * profit
    alive *= 1 - c
    months++
  }
  return months
}

/** A monthly churn rate in thousandths, 1.0% to 6.0%. */
const churnDrawn = (n: number) => n / 1000

export const UNIT_FAMILIES = [
  family('arpa-paying-accounts', (rng) => {
    const m = purse(rng)
    const accounts = rng.int(120, 900)
    const users = accounts * rng.int(3, 9) + rng.int(0, 50)
    const trials = rng.int(30, 200)
    const mrr = accounts * rng.int(30, 150) + rng.int(0, 99)
    const setup = rng.int(10, 60) * 100
    return figures(rng, m, {
      stem: `On 30 September ${company(rng)} has ${m(mrr)} of MRR from ${count(accounts)} paying accounts with ${count(users)} users between them; ${count(trials)} more accounts are on free trials. In September it also billed ${m(setup)} of one-off setup fees. ARPA is MRR over paying accounts on the reporting date. What is ARPA?`,
      in: { mrr, accounts, users, trials, setup },
      key: mrr / accounts,
      wrong: [
        ['per-user', mrr / users, 'divides by users, giving ARPU'],
        ['adds-setup', (mrr + setup) / accounts, 'adds the setup fees to MRR'],
        ['counts-trials', mrr / (accounts + trials), 'counts trial accounts'],
        ['annual', (12 * mrr) / accounts, 'uses ARR instead of MRR'],
        [
          'setup-and-trials',
          (mrr + setup) / (accounts + trials),
          'adds setup fees and counts trials',
        ],
      ],
    })
  }),
  family('ltv-gross-margin', (rng) => {
    const m = purse(rng)
    const arpa = rng.int(20, 300)
    const gm = rng.int(60, 88) / 100
    const c = churnDrawn(rng.int(10, 60))
    return figures(rng, m, {
      stem: `${Company(rng)}'s ARPA is ${m(arpa)} a month, gross margin ${rate1(gm)} and monthly logo churn ${rate1(c)}. The client defines LTV as ARPA × gross margin ÷ monthly churn. What is LTV?`,
      in: { arpa, gm, c },
      key: (arpa * gm) / c,
      wrong: [
        ['no-margin', arpa / c, 'leaves gross margin out'],
        ['annual-churn', (arpa * gm) / (12 * c), 'divides by 12 times the monthly churn'],
        ['cost-share', (arpa * (1 - gm)) / c, 'multiplies by the cost share, not the margin'],
        ['arr-basis', (12 * arpa * gm) / c, 'uses annual revenue per account with monthly churn'],
        ['retention-base', (arpa * gm) / (1 - c), 'divides by retention, not churn'],
      ],
    })
  }),
  family('cac-fully-loaded', (rng) => {
    const show = purse(rng)
    const m = whole(show)
    const ads = rng.int(10, 80) * 1000
    const sales = rng.int(20, 120) * 1000
    const mkt = rng.int(10, 60) * 1000
    const cs = rng.int(10, 60) * 1000
    const newc = rng.int(40, 400)
    const churned = Math.round((newc * rng.int(20, 60)) / 100)
    const trials = newc * rng.int(3, 8)
    const key = (ads + sales + mkt) / newc
    return figures(rng, show, {
      stem: `Last quarter ${company(rng)} spent ${m(ads)} on advertising, ${m(sales)} on sales salaries and commission, ${m(mkt)} on marketing salaries and ${m(cs)} on customer success for existing accounts. It started ${count(trials)} trials, won ${count(newc)} new paying customers and lost ${count(churned)}. CAC is all sales and marketing cost, people and programmes, over new paying customers won. What is CAC?`,
      in: { ads, sales, mkt, cs, newc, churned, trials },
      key,
      wrong: [
        ['ads-only', ads / newc, 'counts advertising only'],
        [
          'includes-cs',
          (ads + sales + mkt + cs) / newc,
          'includes customer success for existing accounts',
        ],
        ['per-trial', (ads + sales + mkt) / trials, 'divides by trials started'],
        ['net-new', (ads + sales + mkt) / (newc - churned), 'divides by net new customers'],
        ['marketing-only', (ads + mkt) / newc, 'leaves out sales salaries and commission'],
        [
          'includes-cs-net-new',
          (ads + sales + mkt + cs) / (newc - churned),
          'includes customer success and divides by net new customers',
        ],
        ['no-salaries', ads / (newc - churned), 'counts advertising over net new customers'],
      ],
    })
  }),
  family('cac-payback-months', (rng) => {
    const m = purse(rng)
    const arpa = rng.int(30, 250)
    const users = rng.int(3, 9)
    const gm = rng.int(60, 85) / 100
    const cac = Math.round((arpa * gm * rng.int(5, 30)) / 10) * 10
    return figures(rng, months, {
      stem: `At ${company(rng)} CAC is ${m(cac)}; an account averages ${users} users and pays ${m(arpa)} a month (ARPA), at a gross margin of ${rate1(gm)}. CAC payback is the months of gross profit from one account that repay its CAC. What is CAC payback?`,
      in: { cac, arpa, users, gm },
      key: cac / (arpa * gm),
      wrong: [
        ['revenue-basis', cac / arpa, 'repays from revenue, not gross profit'],
        ['annual-profit', cac / (12 * arpa * gm), 'divides by a year of gross profit'],
        ['cost-share', cac / (arpa * (1 - gm)), 'multiplies ARPA by the cost share'],
        ['per-user', cac / ((arpa / users) * gm), 'uses revenue per user, not per account'],
        ['margin-on-cac', (cac * gm) / arpa, 'applies the margin to CAC instead of ARPA'],
      ],
    })
  }),
  family('ltv-to-cac-ratio', (rng) => {
    const m = purse(rng)
    const arpa = rng.int(30, 250)
    const gm = rng.int(60, 85) / 100
    const c = churnDrawn(rng.int(12, 50))
    const cac = Math.round(((arpa * gm) / c / rng.int(15, 50)) * 10) * 10
    return figures(rng, ratio, {
      stem: `${Company(rng)}: ARPA ${m(arpa)} a month, gross margin ${rate1(gm)}, monthly churn ${rate1(c)}, CAC ${m(cac)}. With LTV = ARPA × gross margin ÷ monthly churn, what is the LTV:CAC ratio (LTV over CAC)?`,
      in: { arpa, gm, c, cac },
      key: (arpa * gm) / c / cac,
      wrong: [
        ['no-margin', arpa / c / cac, 'leaves gross margin out of LTV'],
        ['inverted', cac / ((arpa * gm) / c), 'divides CAC by LTV'],
        ['annual-churn', (arpa * gm) / (12 * c) / cac, 'divides by 12 times the monthly churn'],
        [
          'arr-basis',
          (12 * arpa * gm) / c / cac,
          'uses annual revenue per account with monthly churn',
        ],
        ['one-year', (12 * arpa * gm) / cac, 'takes one year of gross profit as LTV'],
      ],
    })
  }),
  family('max-cac-for-target-ratio', (rng) => {
    const m = purse(rng)
    const arpa = rng.int(30, 250)
    const gm = rng.int(60, 85) / 100
    const c = churnDrawn(rng.int(12, 50))
    const target = rng.pick([3, 4, 5])
    const ltv = (arpa * gm) / c
    return figures(rng, m, {
      stem: `${Company(rng)} wants an LTV:CAC of at least ${target}:1. ARPA is ${m(arpa)} a month, gross margin ${rate1(gm)}, monthly churn ${rate1(c)}, and LTV = ARPA × gross margin ÷ monthly churn. What is the most it can spend to acquire a customer?`,
      in: { arpa, gm, c, target },
      key: ltv / target,
      wrong: [
        ['times-target', ltv * target, 'multiplies LTV by the target ratio'],
        ['no-margin', arpa / c / target, 'leaves gross margin out of LTV'],
        ['annual-churn', (arpa * gm) / (12 * c) / target, 'divides by 12 times the monthly churn'],
        ['no-lifetime', (arpa * gm) / target, 'uses one month of gross profit as LTV'],
        ['full-ltv', ltv, 'spends the whole LTV'],
      ],
    })
  }),
  family('gross-margin-cost-lines', (rng) => {
    const m = whole(purse(rng))
    const rev = rng.int(200, 900) * 1000
    const host = Math.round((rev * rng.int(6, 14)) / 100 / 1000) * 1000
    const support = Math.round((rev * rng.int(5, 12)) / 100 / 1000) * 1000
    const fees = Math.round((rev * rng.int(2, 4)) / 100 / 1000) * 1000
    const sm = Math.round((rev * rng.int(25, 45)) / 100 / 1000) * 1000
    const rd = Math.round((rev * rng.int(15, 30)) / 100 / 1000) * 1000
    const cogs = host + support + fees
    return figures(rng, rate, {
      stem: `${Company(rng)}'s subscription revenue last year was ${m(rev)}. Costs: hosting ${m(host)}, customer support ${m(support)}, payment processing ${m(fees)}, sales and marketing ${m(sm)}, product development ${m(rd)}. Cost of revenue is hosting, support and payment processing. What is the gross margin?`,
      in: { rev, host, support, fees, sm, rd },
      key: (rev - cogs) / rev,
      wrong: [
        ['hosting-only', (rev - host) / rev, 'deducts hosting only'],
        ['includes-sm', (rev - cogs - sm) / rev, 'deducts sales and marketing too'],
        ['includes-rd', (rev - cogs - rd) / rev, 'deducts product development too'],
        ['markup', (rev - cogs) / cogs, 'divides by cost, giving a markup'],
        ['no-fees', (rev - host - support) / rev, 'leaves payment processing out'],
      ],
    })
  }),
  family('saas-magic-number', (rng) => {
    const m = whole(purse(rng))
    const prev = rng.int(300, 1500) * 1000
    const now = prev + rng.int(20, 200) * 1000
    const smPrev = rng.int(150, 800) * 1000
    const smNow = smPrev + rng.int(-50, 100) * 1000
    return figures(rng, ratio, {
      stem: `${Company(rng)}'s quarterly subscription revenue rose from ${m(prev)} to ${m(now)}. Sales and marketing spend was ${m(smPrev)} in the earlier quarter and ${m(smNow)} in the later one. The magic number is the quarter's revenue increase × 4 ÷ the previous quarter's sales and marketing spend. What is it?`,
      in: { prev, now, smPrev, smNow },
      key: ((now - prev) * 4) / smPrev,
      wrong: [
        ['not-annualised', (now - prev) / smPrev, 'leaves out the × 4'],
        ['current-spend', ((now - prev) * 4) / smNow, 'divides by the later quarter’s spend'],
        [
          'revenue-not-change',
          (now * 4) / smPrev,
          'annualises the quarter’s revenue, not its increase',
        ],
        ['inverted', smPrev / ((now - prev) * 4), 'divides spend by the annualised increase'],
        ['times-twelve', ((now - prev) * 12) / smPrev, 'annualises by 12 as if monthly'],
      ],
    })
  }),
  family('paid-cac', (rng) => {
    const m = whole(purse(rng))
    const paid = rng.int(20, 150) * 1000
    const other = rng.int(20, 150) * 1000
    const paidNew = rng.int(30, 300)
    const organic = rng.int(30, 300)
    const show = purse(rng)
    return figures(rng, show, {
      stem: `Last month ${company(rng)} spent ${m(paid)} on paid ads and ${m(other)} on other sales and marketing costs. Attribution gives ${paidNew} new customers to paid ads and ${organic} to organic and referral. Paid CAC is paid ad spend over the new customers attributed to paid ads. What is paid CAC?`,
      in: { paid, other, paidNew, organic },
      key: paid / paidNew,
      wrong: [
        ['all-customers', paid / (paidNew + organic), 'divides by every new customer'],
        ['blended', (paid + other) / (paidNew + organic), 'gives blended CAC'],
        ['all-costs-paid', (paid + other) / paidNew, 'adds the other costs to the paid spend'],
        ['organic-base', paid / organic, 'divides by organic customers'],
      ],
    })
  }),
  family('ltv-with-expansion', (rng) => {
    const m = purse(rng)
    const arpa = rng.int(30, 250)
    const gm = rng.int(60, 85) / 100
    const c = churnDrawn(rng.int(25, 60))
    const g = rng.int(3, 15) / 1000
    return figures(rng, m, {
      stem: `${Company(rng)}'s ARPA is ${m(arpa)} a month at a gross margin of ${rate1(gm)}; ${rate1(c)} of accounts churn each month and surviving accounts' revenue grows ${rate1(g)} a month. The client's LTV formula is ARPA × gross margin ÷ (monthly churn − monthly expansion rate). What is LTV?`,
      in: { arpa, gm, c, g },
      key: (arpa * gm) / (c - g),
      wrong: [
        ['ignores-expansion', (arpa * gm) / c, 'leaves expansion out'],
        ['adds-expansion', (arpa * gm) / (c + g), 'adds the expansion rate to churn'],
        ['no-margin', arpa / (c - g), 'leaves gross margin out'],
        ['expansion-on-arpa', (arpa * (1 + g) * gm) / c, 'grows ARPA by one month instead'],
        ['annual-basis', (12 * arpa * gm) / (c - g), 'uses annual revenue per account'],
      ],
    })
  }),
  family('cac-lagged-spend', (rng) => {
    const show = purse(rng)
    const m = whole(show)
    const spendPrev = rng.int(40, 200) * 1000
    const spendNow = rng.int(40, 200) * 1000
    const newNow = rng.int(40, 400)
    const newPrev = rng.int(40, 400)
    return figures(rng, show, {
      stem: `${Company(rng)}'s sales cycle is about a month, so it computes CAC as the previous month's sales and marketing spend over this month's new customers. Spend: ${m(spendPrev)} in May, ${m(spendNow)} in June. New customers: ${newPrev} in May, ${newNow} in June. What is CAC for June?`,
      in: { spendPrev, spendNow, newNow, newPrev },
      key: spendPrev / newNow,
      wrong: [
        ['same-month', spendNow / newNow, 'uses June’s spend'],
        ['reversed-lag', spendNow / newPrev, 'matches June’s spend with May’s customers'],
        ['may-only', spendPrev / newPrev, 'gives May’s unlagged CAC'],
        ['two-months', (spendPrev + spendNow) / newNow, 'adds both months’ spend'],
        ['averaged', (spendPrev + spendNow) / (newNow + newPrev), 'pools both months'],
      ],
    })
  }),
  family('arpu-per-seat', (rng) => {
    const m = purse(rng)
    const accounts = rng.int(100, 600)
    const seatsPer = rng.int(4, 15)
    const seats = accounts * seatsPer + rng.int(0, 40)
    const mrr = seats * rng.int(8, 25) + rng.int(0, 99)
    const platform = rng.int(10, 40) * 100
    return figures(rng, m, {
      stem: `${Company(rng)} charges per seat. It has ${count(accounts)} accounts with ${count(seats)} paid seats and ${m(mrr)} of seat MRR; it also bills ${m(platform)} a month of flat platform fees. ARPU is total MRR (seats and platform fees) over paid seats. What is ARPU?`,
      in: { accounts, seats, mrr, platform },
      key: (mrr + platform) / seats,
      wrong: [
        ['per-account', (mrr + platform) / accounts, 'divides by accounts, giving ARPA'],
        ['omits-platform', mrr / seats, 'leaves the platform fees out'],
        ['annual', (12 * (mrr + platform)) / seats, 'uses ARR instead of MRR'],
        [
          'seats-and-accounts',
          (mrr + platform) / (seats + accounts),
          'counts accounts as seats too',
        ],
        [
          'platform-per-account',
          mrr / seats + platform / accounts,
          'spreads platform fees over accounts',
        ],
      ],
    })
  }),
  family('payback-from-cohort-margin', (rng) => {
    const m = purse(rng)
    const spend = rng.int(30, 150) * 1000
    const newc = rng.int(50, 300)
    const arpa = rng.int(30, 200)
    const gm = rng.int(60, 85) / 100
    const c = churnDrawn(rng.int(15, 50))
    const cac = spend / newc
    const perMonth = arpa * gm
    return figures(rng, months, {
      stem: `${Company(rng)} spent ${m(spend)} on sales and marketing to win ${newc} customers paying ${m(arpa)} a month at a gross margin of ${rate1(gm)}; ${rate1(c)} of customers churn monthly. Its CAC payback is CAC (spend over customers won) ÷ (ARPA × gross margin), with churn ignored. What is CAC payback?`,
      in: { spend, newc, arpa, gm, c },
      key: cac / perMonth,
      wrong: [
        ['revenue-basis', cac / arpa, 'repays from revenue, not gross profit'],
        ['churn-adjusted', cac / (perMonth * (1 - c)), 'applies churn the question rules out'],
        ['whole-spend', spend / (perMonth * newc * 12), 'divides by a year of the cohort’s profit'],
        ['cost-share', cac / (arpa * (1 - gm)), 'multiplies ARPA by the cost share'],
        ['margin-on-cac', (cac * gm) / arpa, 'applies the margin to CAC instead of ARPA'],
        [
          'total-spend',
          spend / perMonth,
          'divides the whole spend, not CAC, by one account’s profit',
        ],
      ],
    })
  }),

  family('contribution-per-account', (rng) => {
    const m = purse(rng)
    const arpa = rng.int(40, 300)
    const hosting = rng.int(3, 25)
    const support = rng.int(3, 25)
    const feePct = rng.pick([2.9, 3, 3.5])
    const cac = rng.int(3, 20) * 100
    const life = rng.int(18, 48)
    const contribution = arpa - hosting - support - (arpa * feePct) / 100
    return figures(rng, m, {
      stem: `For ${company(rng)} an average account pays ${m(arpa)} a month and costs ${m(hosting)} in hosting and ${m(support)} in support a month, and the card processor takes ${feePct}% of each payment. Acquiring the account cost ${m(cac)} once, and accounts stay ${life} months on average. What is the monthly contribution per account (revenue less the costs that vary with it)?`,
      in: { arpa, hosting, support, feePct, cac, life },
      key: contribution,
      wrong: [
        ['no-fees', arpa - hosting - support, 'leaves out the card fees'],
        ['hosting-only', arpa - hosting - (arpa * feePct) / 100, 'leaves out support'],
        [
          'deducts-cac',
          contribution - cac / life,
          'deducts CAC spread over the lifetime, a one-off cost',
        ],
        [
          'lifetime-contribution',
          contribution * life,
          'gives the contribution over the lifetime, not a month',
        ],
        [
          'costs-only',
          hosting + support + (arpa * feePct) / 100,
          'gives the variable costs, not what is left',
        ],
      ],
    })
  }),
  family('ltv-annual-contracts', (rng) => {
    const m = purse(rng)
    const acv = rng.int(30, 200) * 100
    const gm = rng.int(65, 85) / 100
    const yr = rng.int(8, 30) / 100
    return figures(rng, m, {
      stem: `${Company(rng)} sells annual contracts averaging ${m(acv)} a year at a gross margin of ${rate1(gm)}, and ${rate1(yr)} of customers do not renew each year. Its LTV is annual contract value × gross margin ÷ annual churn. What is LTV?`,
      in: { acv, gm, yr },
      key: (acv * gm) / yr,
      wrong: [
        ['no-margin', acv / yr, 'leaves gross margin out'],
        ['monthly-value', ((acv / 12) * gm) / yr, 'uses the monthly value with annual churn'],
        ['retention-base', (acv * gm) / (1 - yr), 'divides by the renewal rate'],
        [
          'monthly-churn',
          (acv * gm) / (yr / 12),
          'divides by a monthly churn with the annual value',
        ],
        ['one-year', acv * gm, 'takes one year’s gross profit'],
      ],
    })
  }),
  family('blended-arpa-plan-mix', (rng) => {
    const m = purse(rng)
    const prices = [rng.int(2, 6) * 5, rng.int(8, 16) * 5, rng.int(20, 40) * 5]
    const counts = [rng.int(200, 800), rng.int(80, 300), rng.int(10, 80)]
    const mrr = prices.reduce((a, p, i) => a + p * counts[i]!, 0)
    const accounts = counts.reduce((a, b) => a + b, 0)
    return figures(rng, m, {
      stem: `${Company(rng)} has ${counts[0]} accounts on its ${m(prices[0]!)} plan, ${counts[1]} on the ${m(prices[1]!)} plan and ${counts[2]} on the ${m(prices[2]!)} plan, all monthly. What is ARPA (MRR over paying accounts)?`,
      in: { prices, counts },
      key: mrr / accounts,
      wrong: [
        ['plan-average', (prices[0]! + prices[1]! + prices[2]!) / 3, 'averages the plan prices'],
        ['middle-plan', prices[1]!, 'takes the middle plan’s price'],
        ['per-plan', mrr / 3, 'divides MRR by the number of plans'],
        [
          'top-two',
          (prices[1]! * counts[1]! + prices[2]! * counts[2]!) / (counts[1]! + counts[2]!),
          'leaves the entry plan out',
        ],
        [
          'entry-weighted-out',
          mrr / (counts[1]! + counts[2]!),
          'divides by the accounts on the paid-up plans only',
        ],
      ],
    })
  }),
  family('payback-with-churn', (rng) => {
    const m = purse(rng)
    const profit = rng.int(20, 120)
    const c = rng.int(15, 50) / 1000
    const cac = Math.round((profit * rng.int(6, 18)) / 10) * 10
    const months = monthsToCover(profit, c, cac, 1)
    return figures(rng, (v: number) => `${count(v)} months`, {
      stem: `A new customer of ${company(rng)} brings ${m(profit)} of gross profit in each month it stays, and ${rate1(c)} of customers leave each month (the first month is always paid). CAC is ${m(cac)}. Counting expected gross profit (each month's profit times the chance the customer is still there), after how many whole months has the expected profit first covered CAC?`,
      in: { profit, c, cac },
      key: months,
      wrong: [
        ['ignores-churn', Math.ceil(cac / profit), 'ignores churn'],
        ['rounds-down', months - 1, 'rounds down, leaving CAC not yet covered'],
        [
          'churn-before-first',
          monthsToCover(profit, c, cac, 1 - c),
          'lets customers leave before the first month is paid',
        ],
        [
          'rate-as-annual',
          monthsToCover(profit, c / 12, cac, 1),
          'reads the monthly churn as annual',
        ],
        ['churn-doubled', monthsToCover(profit, 2 * c, cac, 1), 'takes churn off twice a month'],
      ],
    })
  }),

  family('ltv-from-lifetime', (rng) => {
    const m = purse(rng)
    const arpa = rng.int(20, 300)
    const gm = rng.int(60, 88) / 100
    const life = rng.int(12, 60)
    return figures(rng, m, {
      stem: `${Company(rng)}'s customers stay ${life} months on average, paying an ARPA of ${m(arpa)} a month at a gross margin of ${rate1(gm)}. Its LTV is ARPA × gross margin × average lifetime in months. What is LTV?`,
      in: { arpa, gm, life },
      key: arpa * gm * life,
      wrong: [
        ['no-margin', arpa * life, 'leaves gross margin out'],
        ['lifetime-in-years', (arpa * gm * life) / 12, 'multiplies by the lifetime in years'],
        ['cost-share', arpa * (1 - gm) * life, 'multiplies by the cost share'],
        ['annual-arpa', 12 * arpa * gm * life, 'uses annual revenue per account with months'],
        ['no-lifetime', arpa * gm, 'gives one month’s gross profit'],
      ],
    })
  }),
]
