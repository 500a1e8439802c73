import type { Rng } from '../../rng.js'
import type { Wrong } from '../scenario/scenario-model.js'
import {
  dollars,
  type EmailFamily,
  type EmailScenario,
  eachWithThreeMistakes,
  count as n,
  percent,
} from './email-family.js'

const COMPUTED = 'Computed from the drawn campaign figures, with the definition the stem states'

/** One campaign's report: every count follows from the ones before it, so the figures agree. */
function campaign(rng: Rng) {
  const sent = rng.int(20, 90) * 1000
  const hard = Math.round((sent * rng.int(2, 12)) / 1000)
  const soft = Math.round((sent * rng.int(3, 15)) / 1000)
  const delivered = sent - hard - soft
  const opens = Math.round((delivered * rng.int(18, 45)) / 100)
  const totalOpens = Math.round(opens * (1.3 + rng.int(0, 8) / 10))
  const clicks = Math.round((opens * rng.int(6, 30)) / 100)
  const totalClicks = Math.round(clicks * (1.2 + rng.int(0, 6) / 10))
  const unsubs = Math.round((delivered * rng.int(1, 9)) / 1000)
  const complaints = Math.round((delivered * rng.int(4, 60)) / 10_000)
  const orders = Math.round((clicks * rng.int(3, 15)) / 100) + 5
  const revenue = orders * rng.int(35, 140)
  return {
    sent,
    hard,
    soft,
    delivered,
    opens,
    totalOpens,
    clicks,
    totalClicks,
    unsubs,
    complaints,
    orders,
    revenue,
  }
}

/** A family computed from one drawn campaign. */
function metric(
  id: string,
  build: (c: ReturnType<typeof campaign>, rng: Rng) => Omit<EmailScenario, 'figures'>,
  source = COMPUTED,
): EmailFamily {
  return {
    id,
    source,
    draw: (rng) => {
      const c = campaign(rng)
      return { ...build(c, rng), figures: c }
    },
  }
}

const verdict = (rate: number) => (rate < 0.003 ? 'below' : 'at or above')
const spam = (rate: number) => `${percent(rate, 2)}, ${verdict(rate)} the 0.3 % ceiling`

/**
 * The campaign metrics a freelancer reports to clients, each computed from drawn figures with the
 * definition the stem gives (reporting tools differ, so the stem fixes the base): delivery and
 * bounce rates, open rate and Apple Mail Privacy Protection, click-through against click-to-open,
 * unsubscribe and complaint rates, revenue per email, ROI and list growth. Each wrong answer is
 * the figure one named slip computes; the tests recompute both from the figures.
 */
export const METRICS_FAMILIES: readonly EmailFamily[] = eachWithThreeMistakes([
  metric('delivery-rate', (c) => ({
    stem: `A campaign was sent to ${n(c.sent)} addresses: ${n(c.hard)} hard-bounced and ${n(c.soft)} soft-bounced. The delivery rate is delivered messages divided by messages sent. What is it?`,
    key: percent(c.delivered / c.sent),
    wrong: [
      [percent((c.sent - c.hard) / c.sent), 'subtracts only the hard bounces'],
      [percent((c.sent - c.soft) / c.sent), 'subtracts only the soft bounces'],
      [percent((c.hard + c.soft) / c.sent), 'reports the bounce rate instead'],
      [percent(c.delivered / (c.sent + c.hard + c.soft)), 'adds the bounces to the base'],
    ],
  })),
  metric('bounce-rate', (c) => ({
    stem: `A campaign was sent to ${n(c.sent)} addresses: ${n(c.hard)} hard-bounced and ${n(c.soft)} soft-bounced. The bounce rate is all bounces divided by messages sent. What is it?`,
    key: percent((c.hard + c.soft) / c.sent, 2),
    wrong: [
      [percent(c.hard / c.sent, 2), 'counts only the hard bounces'],
      [percent((c.hard + c.soft) / c.delivered, 2), 'divides by delivered instead of sent'],
      [percent(c.soft / c.sent, 2), 'counts only the soft bounces'],
      [percent(c.delivered / c.sent, 2), 'reports the delivery rate instead'],
      [percent((c.hard + c.soft) / (c.sent - c.hard), 2), 'divides by sent less the hard bounces'],
      [percent(c.hard / c.delivered, 2), 'counts hard bounces over delivered'],
    ],
  })),
  metric('open-rate', (c) => ({
    stem: `Of ${n(c.sent)} emails sent, ${n(c.delivered)} were delivered. They drew ${n(c.opens)} unique opens (${n(c.totalOpens)} opens in all). The open rate is unique opens divided by delivered emails. What is it?`,
    key: percent(c.opens / c.delivered),
    wrong: [
      [percent(c.opens / c.sent), 'divides by sent instead of delivered'],
      [percent(c.totalOpens / c.delivered), 'counts repeat opens'],
      [percent(c.totalOpens / c.sent), 'counts repeat opens over emails sent'],
      [percent((c.delivered - c.opens) / c.delivered), 'reports the share that did not open'],
    ],
  })),
  metric('click-through-rate', (c) => ({
    stem: `A campaign delivered ${n(c.delivered)} emails, with ${n(c.opens)} unique opens and ${n(c.clicks)} unique clicks (${n(c.totalClicks)} clicks in all). The click-through rate is unique clicks divided by delivered emails. What is it?`,
    key: percent(c.clicks / c.delivered, 2),
    wrong: [
      [percent(c.clicks / c.opens, 2), 'divides by opens, giving click-to-open'],
      [percent(c.totalClicks / c.delivered, 2), 'counts repeat clicks'],
      [percent(c.opens / c.delivered, 2), 'reports the open rate'],
      [percent(c.totalClicks / c.opens, 2), 'counts repeat clicks over opens'],
    ],
  })),
  metric('click-to-open-rate', (c) => ({
    stem: `A campaign delivered ${n(c.delivered)} emails and drew ${n(c.opens)} unique opens and ${n(c.clicks)} unique clicks. The click-to-open rate is unique clicks divided by unique opens. What is it?`,
    key: percent(c.clicks / c.opens),
    wrong: [
      [percent(c.clicks / c.delivered), 'divides by delivered, giving click-through'],
      [percent(c.opens / c.delivered), 'reports the open rate'],
      [percent(c.opens / (c.opens + c.clicks)), 'divides opens by opens plus clicks'],
      [percent((c.opens - c.clicks) / c.opens), 'reports openers who did not click'],
    ],
  })),
  {
    id: 'apple-mpp-open-rate',
    source:
      'Apple, Mail Privacy Protection (messages are preloaded, so opens register without the reader); computed from the drawn figures',
    draw: (rng) => {
      const delivered = rng.int(20, 60) * 1000
      const mpp = Math.round((delivered * rng.int(25, 45)) / 100)
      const mppOpens = Math.round((mpp * rng.int(85, 97)) / 100)
      const others = delivered - mpp
      const realOpens = Math.round((others * rng.int(15, 35)) / 100)
      return {
        stem: `Apple Mail Privacy Protection loads messages for its users, registering an open whether or not they read them. A campaign delivered ${n(delivered)} emails; ${n(mpp)} went to recipients using it, and ${n(mppOpens)} of those registered an open. Of the other ${n(others)} recipients, ${n(realOpens)} opened. What is the open rate among recipients whose opens can be trusted?`,
        key: percent(realOpens / others),
        wrong: [
          [percent((mppOpens + realOpens) / delivered), 'counts the machine opens as reads'],
          [
            percent(realOpens / delivered),
            'drops the machine opens but keeps their recipients in the base',
          ],
          [percent(mppOpens / mpp), 'reports the machine open rate'],
          [
            percent((mppOpens + realOpens) / others),
            'drops their recipients but keeps their opens',
          ],
        ],
        figures: { delivered, mpp, mppOpens, others, realOpens },
      }
    },
  },
  metric('unsubscribe-rate', (c) => ({
    stem: `A campaign delivered ${n(c.delivered)} of ${n(c.sent)} emails; ${n(c.opens)} were opened, ${n(c.unsubs)} recipients unsubscribed and ${n(c.complaints)} marked it as spam. The unsubscribe rate is unsubscribes divided by delivered emails. What is it?`,
    key: percent(c.unsubs / c.delivered, 2),
    wrong: [
      [percent(c.unsubs / c.opens, 2), 'divides by opens instead of delivered'],
      [percent((c.unsubs + c.complaints) / c.delivered, 2), 'adds the spam complaints'],
      [percent(c.complaints / c.delivered, 2), 'reports the complaint rate'],
      [percent(c.unsubs / (c.sent - c.delivered), 2), 'divides by the bounces'],
    ],
  })),
  metric(
    'complaint-rate-ceiling',
    (c) => ({
      stem: `Gmail and Yahoo’s February-2024 bulk-sender rules cap the spam complaint rate at 0.3 %. A campaign delivered ${n(c.delivered)} emails; ${n(c.opens)} were opened and ${n(c.complaints)} recipients marked it as spam. Taking the rate as complaints divided by delivered emails, what is it, and how does it compare?`,
      key: spam(c.complaints / c.delivered),
      wrong: [
        [spam(c.complaints / c.opens), 'divides by opens instead of delivered'],
        [spam((c.complaints * 10) / c.delivered), 'moves the decimal point one place'],
        [spam(c.complaints / c.sent), 'divides by sent instead of delivered'],
        [spam((c.complaints + c.unsubs) / c.delivered), 'counts unsubscribes as complaints'],
      ],
    }),
    'Google, Email sender guidelines, and Yahoo, Sender Best Practices (complaint rate below 0.3 %); computed from the drawn figures',
  ),
  metric('revenue-per-email', (c) => ({
    stem: `A campaign delivered ${n(c.delivered)} emails, drew ${n(c.clicks)} unique clicks and ${n(c.orders)} orders worth ${dollars(c.revenue)}. Revenue per email is revenue divided by delivered emails. What is it?`,
    key: dollars(c.revenue / c.delivered),
    wrong: [
      [dollars(c.revenue / c.clicks), 'divides by clicks, giving revenue per click'],
      [dollars(c.revenue / c.orders), 'divides by orders, giving average order value'],
      [dollars(c.revenue / c.opens), 'divides by opens'],
      [dollars((c.revenue / c.delivered) * 100), 'reads revenue per hundred emails'],
    ],
  })),
  metric('conversion-rate', (c) => ({
    stem: `A campaign delivered ${n(c.delivered)} emails; ${n(c.clicks)} recipients clicked and ${n(c.orders)} of them ordered. The client defines conversion rate as orders divided by unique clicks. What is it?`,
    key: percent(c.orders / c.clicks),
    wrong: [
      [percent(c.orders / c.delivered), 'divides by delivered emails'],
      [percent(c.clicks / c.delivered), 'reports the click-through rate'],
      [percent((c.clicks - c.orders) / c.clicks), 'reports the clickers who did not order'],
      [percent(c.orders / (c.clicks + c.orders)), 'adds orders to the base'],
    ],
  })),
  {
    id: 'campaign-roi',
    source: COMPUTED,
    draw: (rng) => {
      const cost = rng.int(8, 40) * 100
      // Returns from 1.3 to 6 times the cost, so the key sits above some mistakes and below others.
      const revenue = (cost * rng.int(13, 60)) / 10
      return {
        stem: `A client’s email programme cost ${dollars(cost)} last month (platform and freelancer fees) and brought ${dollars(revenue)} in attributed revenue. ROI is (revenue − cost) ÷ cost. What is the ROI?`,
        key: percent((revenue - cost) / cost, 0),
        wrong: [
          [percent(revenue / cost, 0), 'forgets to subtract the cost'],
          [percent((revenue - cost) / revenue, 0), 'divides by revenue, giving the margin'],
          [percent(cost / revenue, 0), 'divides cost by revenue'],
          [percent((revenue + cost) / cost, 0), 'adds the cost instead of subtracting it'],
          [percent(cost / (revenue - cost), 0), 'divides the cost by the profit'],
        ],
        figures: { cost, revenue },
      }
    },
  },
  {
    id: 'list-growth-rate',
    source: COMPUTED,
    draw: (rng) => {
      const start = rng.int(10, 60) * 1000
      const added = Math.round((start * rng.int(5, 20)) / 100)
      const unsubs = Math.round((start * rng.int(1, 4)) / 100)
      const complaints = rng.int(5, 40)
      const hard = Math.round((start * rng.int(5, 20)) / 1000)
      const lost = unsubs + complaints + hard
      return {
        stem: `A list had ${n(start)} subscribers on 1 March. During March ${n(added)} joined, ${n(unsubs)} unsubscribed, ${n(complaints)} were removed after spam complaints and ${n(hard)} after hard bounces. List growth rate is (new subscribers − all removals) ÷ the list at the start. What is March’s growth rate?`,
        key: percent((added - lost) / start),
        wrong: [
          [percent(added / start), 'ignores every removal'],
          [percent((added - unsubs) / start), 'subtracts only the unsubscribes'],
          [percent((added - lost) / (start + added - lost)), 'divides by the list at the end'],
          [percent(lost / start), 'reports the churn instead'],
        ],
        figures: { start, added, unsubs, complaints, hard },
      }
    },
  },
  {
    id: 'list-size-after-hygiene',
    source: COMPUTED,
    draw: (rng) => {
      const start = rng.int(10, 60) * 1000
      const added = rng.int(4, 30) * 100
      const unsubs = rng.int(2, 20) * 10
      const complaints = rng.int(5, 40)
      const hard = rng.int(3, 30) * 10
      const soft = rng.int(5, 40) * 10
      return {
        stem: `A list starts the month at ${n(start)} contacts. During the month ${n(added)} join, ${n(unsubs)} unsubscribe, ${n(complaints)} complain, ${n(hard)} hard-bounce and ${n(soft)} soft-bounce once. The client suppresses unsubscribes, complainers and hard bounces, and keeps single soft bounces. How many mailable contacts remain?`,
        key: n(start + added - unsubs - complaints - hard),
        wrong: [
          [
            n(start + added - unsubs - complaints - hard - soft),
            'suppresses single soft bounces too',
          ],
          [n(start + added - unsubs - hard), 'keeps mailing complainers'],
          [n(start - unsubs - complaints - hard), 'forgets the new subscribers'],
          [n(start + added - unsubs - complaints), 'keeps mailing hard bounces'],
        ],
        figures: { start, added, unsubs, complaints, hard, soft },
      }
    },
  },
  {
    id: 'weighted-open-rate',
    source: COMPUTED,
    draw: (rng) => {
      const d1 = rng.int(5, 20) * 1000
      const d2 = rng.int(30, 80) * 1000
      const o1 = Math.round((d1 * rng.int(35, 55)) / 100)
      const o2 = Math.round((d2 * rng.int(15, 30)) / 100)
      return {
        stem: `Two sends this month: one delivered ${n(d1)} emails with ${n(o1)} unique opens, the other ${n(d2)} with ${n(o2)}. What is the month’s open rate (unique opens over delivered emails, across both)?`,
        key: percent((o1 + o2) / (d1 + d2)),
        wrong: [
          [percent((o1 / d1 + o2 / d2) / 2), 'averages the two rates without weighting'],
          [percent(o2 / d2), 'reports the larger send only'],
          [percent(o1 / d1), 'reports the smaller send only'],
          [percent((o1 / d2 + o2 / d1) / 2), 'swaps the two sends’ bases'],
        ],
        figures: { d1, d2, o1, o2 },
      }
    },
  },
  {
    id: 'complaints-allowed',
    source:
      'Google, Email sender guidelines (spam rate below 0.3 %); computed from the drawn volume',
    draw: (rng) => {
      const delivered = rng.int(40, 400) * 1000
      return {
        stem: `Under Gmail’s bulk-sender rule that the spam rate stay below 0.3 %, a client delivers ${n(delivered)} emails to Gmail users in a day. Below how many spam reports must that day stay?`,
        key: n(delivered * 0.003),
        wrong: [
          [n(delivered * 0.03), 'reads 0.3 % as 3 in a hundred'],
          [n(delivered * 0.001), 'uses Google’s 0.1 % target as the rule'],
          [n(delivered * 0.0003), 'reads 0.3 % as 0.03 %'],
          [n(5000 * 0.003), 'applies the rate to the 5,000-message bulk threshold'],
        ],
        figures: { delivered },
      }
    },
  },
  {
    id: 'revenue-per-recipient-by-segment',
    source: COMPUTED,
    draw: (rng) => {
      // Either segment may earn more per email (a win-back segment can carry larger orders), and
      // the two names are equally long, so neither the name nor the length points at the key.
      const da = rng.int(4, 15) * 1000
      const db = rng.int(20, 60) * 1000
      let ra = 0
      let rb = 0
      do {
        ra = (da * rng.int(8, 40)) / 100
        rb = (db * rng.int(8, 40)) / 100
      } while (Math.abs(ra / da - rb / db) < 0.02)
      const per = (r: number, d: number) => dollars(r / d)
      const pick = (a: number, b: number) => (a > b ? 'Engaged' : 'Dormant')
      const text = (a: number, b: number, sa: string, sb: string) =>
        `${pick(a, b)}: ${a > b ? sa : sb} against ${a > b ? sb : sa} per delivered email`
      const wrong: Wrong[] = [
        [
          `${ra > rb ? 'Engaged' : 'Dormant'}: ${dollars(Math.max(ra, rb))} against ${dollars(Math.min(ra, rb))} in revenue`,
          'compares total revenue, not revenue per email',
        ],
        [
          text(ra / db, rb / da, per(ra, db), per(rb, da)),
          'divides each segment’s revenue by the other’s deliveries',
        ],
        [text(da / ra, db / rb, per(da, ra), per(db, rb)), 'divides deliveries by revenue'],
      ]
      return {
        stem: `A client’s Engaged segment got ${n(da)} delivered emails and ${dollars(ra)} in revenue; its Dormant segment got ${n(db)} and ${dollars(rb)}. Which segment earns more per delivered email?`,
        key: text(ra / da, rb / db, per(ra, da), per(rb, db)),
        wrong,
        figures: { da, db, ra, rb },
      }
    },
  },
  metric('average-order-value', (c) => ({
    stem: `A campaign delivered ${n(c.delivered)} emails, drew ${n(c.opens)} unique opens and ${n(c.clicks)} unique clicks, and brought ${n(c.orders)} orders worth ${dollars(c.revenue)}. What is the campaign’s average order value?`,
    key: dollars(c.revenue / c.orders),
    wrong: [
      [dollars(c.revenue / c.clicks), 'divides by clicks, giving revenue per click'],
      [dollars(c.revenue / c.delivered), 'divides by delivered emails, giving revenue per email'],
      [dollars(c.revenue / c.opens), 'divides by opens'],
      [dollars(c.revenue / (c.orders + c.clicks)), 'adds the clicks to the orders'],
      [dollars(c.revenue), 'reports the total revenue, not the average'],
    ],
  })),
  {
    id: 'list-churn-rate',
    source: COMPUTED,
    draw: (rng) => {
      const start = rng.int(10, 60) * 1000
      const added = Math.round((start * rng.int(5, 20)) / 100)
      const unsubs = Math.round((start * rng.int(1, 4)) / 100)
      const complaints = rng.int(5, 40)
      const hard = Math.round((start * rng.int(5, 20)) / 1000)
      const lost = unsubs + complaints + hard
      return {
        stem: `A list had ${n(start)} subscribers at the start of the quarter. During it ${n(added)} joined, ${n(unsubs)} unsubscribed, ${n(complaints)} were removed after spam complaints and ${n(hard)} after hard bounces. Churn is all removals divided by the list at the start. What is the quarter’s churn?`,
        key: percent(lost / start),
        wrong: [
          [percent(unsubs / start), 'counts only the unsubscribes'],
          [percent(lost / (start + added)), 'adds the new subscribers to the base'],
          [percent((added - lost) / start), 'reports the growth rate instead'],
          [percent((unsubs + complaints) / start), 'leaves out the hard bounces'],
        ],
        figures: { start, added, unsubs, complaints, hard },
      }
    },
  },
])
