import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { client, family, figures, fmt, percent, purse, worded } from './cro-calc.js'

const n = (v: number) => fmt(v, 0)

/**
 * Funnel and metric definitions as a client's analytics reports them: each stem states the
 * definition it asks for (per session or per user, net or gross revenue), so the key is that
 * definition applied and each distractor another definition taken by mistake.
 */
export const METRICS_FAMILIES: readonly ScenarioFamily[] = [
  family('session-conversion-rate', (rng) => {
    const sessions = rng.int(40, 120) * 1000 + rng.int(0, 999)
    const users = Math.round(sessions * (0.55 + rng.int(0, 20) / 100))
    const orders = rng.int(900, 3200)
    const buyers = Math.round(orders * (0.8 + rng.int(0, 12) / 100))
    const views = sessions * rng.int(3, 6)
    return figures(rng, {
      stem: `${client(rng)} defines its conversion rate per session: orders ÷ sessions. Last month had ${n(sessions)} sessions from ${n(users)} users, ${n(views)} page views and ${n(orders)} orders placed by ${n(buyers)} distinct buyers. What is the conversion rate?`,
      key: ['div', [orders, sessions]],
      wrong: [
        [['div', [orders, users]], 'divides by users, the per-user rate'],
        [['div', [buyers, sessions]], 'counts buyers instead of orders'],
        [['div', [orders, views]], 'divides by page views instead of sessions'],
        [['div', [buyers, users]], 'reports the per-user buyer rate'],
      ],
      dp: 2,
      scale: 100,
      show: percent,
    })
  }),
  family('user-conversion-rate', (rng) => {
    const sessions = rng.int(40, 120) * 1000 + rng.int(0, 999)
    const users = Math.round(sessions * (0.5 + rng.int(0, 25) / 100))
    const orders = rng.int(900, 3200)
    const buyers = Math.round(orders * (0.7 + rng.int(0, 20) / 100))
    return figures(rng, {
      stem: `${client(rng)} reports conversion per user: the share of users who bought at least once. In the period there were ${n(users)} users with ${n(sessions)} sessions; ${n(buyers)} of the users bought, placing ${n(orders)} orders between them. What is the user conversion rate?`,
      key: ['div', [buyers, users]],
      wrong: [
        [['div', [orders, users]], 'counts repeat orders as extra buyers'],
        [['div', [buyers, sessions]], 'divides by sessions instead of users'],
        [['div', [orders, sessions]], 'gives the per-session order rate'],
        [['div', [users - buyers, users]], 'gives the share of users who did not buy'],
      ],
      dp: 2,
      scale: 100,
      show: percent,
    })
  }),
  family('net-revenue-per-visitor', (rng) => {
    const { m, show } = purse(rng)
    const visitors = rng.int(20, 90) * 1000 + rng.int(0, 999)
    const sessions = Math.round(visitors * (1.3 + rng.int(0, 40) / 100))
    const orders = rng.int(600, 2500)
    const revenue = orders * rng.int(40, 140) + rng.int(0, 99)
    const refunds = Math.round(revenue * (0.03 + rng.int(0, 7) / 100))
    return figures(rng, {
      stem: `The test's primary metric is net revenue per visitor: revenue after refunds ÷ unique visitors. The variant had ${n(visitors)} visitors, ${n(sessions)} sessions and ${n(orders)} orders worth ${m(revenue)}, of which ${m(refunds)} was refunded. What is its revenue per visitor?`,
      key: ['div', [revenue - refunds, visitors]],
      wrong: [
        [['div', [revenue, visitors]], 'leaves the refunds in'],
        [['div', [revenue - refunds, sessions]], 'divides by sessions instead of visitors'],
        [['div', [revenue - refunds, orders]], 'gives net average order value'],
        [['div', [revenue + refunds, visitors]], 'adds the refunds instead of deducting them'],
      ],
      dp: 2,
      show,
    })
  }),
  family('average-order-value', (rng) => {
    const { m, show } = purse(rng)
    const visitors = rng.int(20, 90) * 1000
    const orders = rng.int(600, 2500)
    const items = Math.round(orders * (1.4 + rng.int(0, 150) / 100))
    const buyers = Math.round(orders * (0.75 + rng.int(0, 20) / 100))
    const revenue = orders * rng.int(35, 160) + rng.int(0, 99)
    return figures(rng, {
      stem: `Average order value (AOV) is revenue ÷ orders. A week brought ${n(visitors)} visitors; ${n(buyers)} buyers placed ${n(orders)} orders holding ${n(items)} items, for ${m(revenue)} of revenue. What is the AOV?`,
      key: ['div', [revenue, orders]],
      wrong: [
        [['div', [revenue, items]], 'gives the average item price'],
        [['div', [revenue, buyers]], 'gives revenue per buyer'],
        [['div', [revenue, visitors]], 'gives revenue per visitor'],
      ],
      dp: 2,
      show,
    })
  }),
  family('funnel-step-conversion', (rng) => {
    const landing = rng.int(50, 150) * 1000
    const product = Math.round(landing * (0.4 + rng.int(0, 20) / 100))
    const cart = Math.round(product * (0.15 + rng.int(0, 15) / 100))
    const checkout = Math.round(cart * (0.45 + rng.int(0, 20) / 100))
    const bought = Math.round(checkout * (0.4 + rng.int(0, 30) / 100))
    return figures(rng, {
      stem: `A funnel report shows sessions reaching each step: landing ${n(landing)}, product page ${n(product)}, cart ${n(cart)}, checkout ${n(checkout)}, purchase ${n(bought)}. A step's conversion is the sessions reaching the next step ÷ the sessions reaching it. What is the checkout step's conversion?`,
      key: ['div', [bought, checkout]],
      wrong: [
        [['div', [bought, landing]], 'gives the whole funnel’s conversion'],
        [['div', [bought, cart]], 'measures purchase from the cart step'],
        [['div', [checkout, cart]], 'gives the cart step’s conversion'],
        [['div', [checkout - bought, checkout]], 'gives the drop-off at checkout'],
      ],
      dp: 1,
      scale: 100,
      show: percent,
    })
  }),
  family('cart-abandonment-rate', (rng) => {
    const sessions = rng.int(50, 150) * 1000
    const carts = Math.round(sessions * (0.06 + rng.int(0, 8) / 100))
    const orders = Math.round(carts * (0.2 + rng.int(0, 25) / 100))
    return figures(rng, {
      stem: `The client defines cart abandonment as the share of sessions that created a cart but placed no order. There were ${n(sessions)} sessions, ${n(carts)} of them created a cart and ${n(orders)} placed an order (every order session had a cart). What is the cart abandonment rate?`,
      key: ['div', [carts - orders, carts]],
      wrong: [
        [['div', [orders, carts]], 'gives cart-to-order completion'],
        [['div', [carts - orders, sessions]], 'divides by all sessions'],
        [['div', [sessions - orders, sessions]], 'gives the share of sessions without an order'],
        [['div', [carts - orders, orders]], 'divides by orders instead of carts'],
      ],
      dp: 1,
      scale: 100,
      show: percent,
    })
  }),
  family('bounce-rate-of-a-landing-page', (rng) => {
    const entries = rng.int(8, 30) * 1000 + rng.int(0, 999)
    const single = Math.round(entries * (0.3 + rng.int(0, 30) / 100))
    const views = Math.round(entries * (1.6 + rng.int(0, 80) / 100))
    const exits = Math.round(views * (0.35 + rng.int(0, 20) / 100))
    return figures(rng, {
      stem: `For a landing page, bounce rate is single-page sessions that started on it ÷ sessions that started on it; exit rate is exits ÷ its page views. The page had ${n(entries)} entrances, ${n(single)} of them single-page sessions, ${n(views)} page views and ${n(exits)} exits. What is its bounce rate?`,
      key: ['div', [single, entries]],
      wrong: [
        [['div', [exits, views]], 'gives the exit rate'],
        [['div', [single, views]], 'divides by page views instead of entrances'],
        [['div', [exits, entries]], 'divides exits by entrances'],
        [['div', [entries - single, entries]], 'gives the share of sessions that went on'],
      ],
      dp: 1,
      scale: 100,
      show: percent,
    })
  }),
  family('conversion-rate-after-bot-filtering', (rng) => {
    const sessions = rng.int(30, 90) * 1000 + rng.int(0, 999)
    const bots = Math.round(sessions * (0.08 + rng.int(0, 14) / 100))
    const orders = rng.int(700, 2200)
    const staff = rng.int(30, 120)
    const human = sessions - bots - staff
    return figures(rng, {
      stem: `Of ${n(sessions)} recorded sessions, ${n(bots)} were bot traffic (bots placed no orders) and ${n(staff)} were staff sessions, each placing one test order; ${n(orders)} orders were recorded in all. Bot and staff sessions and the staff's test orders are all to be excluded. What is the per-session conversion rate of customer traffic?`,
      key: ['div', [orders - staff, human]],
      wrong: [
        [['div', [orders, sessions]], 'excludes nothing'],
        [['div', [orders, human]], 'removes the staff sessions but keeps their test orders'],
        [
          ['div', [orders, sessions - bots]],
          'removes the bots but keeps the staff sessions and orders',
        ],
        [['div', [orders - staff, sessions - staff]], 'keeps the bot sessions in the denominator'],
        [
          ['div', [orders - staff, sessions - bots]],
          'removes the test orders but not their sessions',
        ],
        [
          ['div', [orders - staff, sessions + bots - staff]],
          'adds the bot sessions instead of removing them',
        ],
      ],
      dp: 2,
      scale: 100,
      show: percent,
    })
  }),
  family('blended-rate-across-devices', (rng) => {
    const mob = rng.int(30, 80) * 1000
    const desk = rng.int(10, 40) * 1000
    const rm = rng.int(80, 250) / 10000
    const rd = rng.int(260, 600) / 10000
    const om = Math.round(mob * rm)
    const od = Math.round(desk * rd)
    return figures(rng, {
      stem: `Mobile had ${n(mob)} sessions and ${n(om)} orders; desktop ${n(desk)} sessions and ${n(od)} orders. What is the site's overall per-session conversion rate?`,
      key: ['div', [om + od, mob + desk]],
      wrong: [
        [['mean', [om / mob, od / desk]], 'averages the two device rates unweighted'],
        [['sum', [om / mob, od / desk]], 'adds the two device rates'],
        [['div', [om + od, mob]], 'divides by mobile sessions only'],
        [['div', [od, desk]], 'reports the desktop rate'],
      ],
      dp: 2,
      scale: 100,
      show: percent,
    })
  }),
  family('guardrail-relative-change', (rng) => {
    const n1 = rng.int(20, 60) * 100
    const n2 = rng.int(20, 60) * 100
    const r1 = rng.int(40, 90) / 1000
    const r2 = r1 + rng.int(5, 30) / 1000
    const c1 = Math.round(n1 * r1)
    const c2 = Math.round(n2 * r2)
    return figures(rng, {
      stem: `A test's guardrail is the return rate (orders returned ÷ orders), which may not rise by more than 10 % relative. Control: ${n(c1)} of ${n(n1)} orders returned; variant: ${n(c2)} of ${n(n2)}. By what relative percentage did the return rate change?`,
      key: ['relChange', [c1 / n1, c2 / n2]],
      wrong: [
        [['diff', [c1 / n1, c2 / n2]], 'gives the change in percentage points'],
        [['relChange', [c1, c2]], 'compares return counts, not rates'],
        [['div', [c2 / n2 - c1 / n1, c2 / n2]], 'takes the variant as the base'],
        [['div', [c2 / n2, c1 / n1]], 'gives the ratio of the two rates as the change'],
        [
          ['div', [c2 / n2 - c1 / n1, (c1 / n1 + c2 / n2) / 2]],
          'takes the mean of the two rates as the base',
        ],
      ],
      dp: 1,
      scale: 100,
      show: percent,
    })
  }),
  family('annual-value-of-a-winning-test', (rng) => {
    const { m, show } = purse(rng)
    const monthly = rng.int(40, 200) * 1000
    const rpv = rng.int(80, 400) / 100
    const lift = rng.int(3, 9)
    return figures(rng, {
      stem: `A winning variant raised revenue per visitor by ${lift} % (relative) from a control RPV of ${m(rpv)}. The page gets ${n(monthly)} visitors a month. Assuming the lift and traffic hold, what extra revenue does it add over twelve months?`,
      key: ['product', [monthly, 12, rpv, lift / 100]],
      wrong: [
        [['product', [monthly, rpv, lift / 100]], 'works out one month only'],
        [
          ['product', [monthly, 12, rpv, 1 + lift / 100]],
          'gives total revenue instead of the extra',
        ],
        [
          ['product', [monthly, 12, lift / 100]],
          'treats the lift as a share of visitors worth one unit each',
        ],
        [['product', [monthly, 52, rpv, lift / 100]], 'multiplies monthly traffic by 52 weeks'],
      ],
      dp: 2,
      show,
    })
  }),
  family('primary-metric-when-order-value-can-move', (rng) => {
    const change = rng.pick([
      'a bundle offer that adds a second item to the basket',
      'a free-shipping threshold above the current average basket',
      'a premium product shown first on category pages',
      'a discount that lowers the price of every order',
    ])
    return worded(rng, {
      stem: `${client(rng)} wants to test ${change}. It can change both how many visitors buy and how much each order is worth. Which primary metric captures the outcome the client cares about, revenue?`,
      key: 'Revenue per visitor across both arms',
      wrong: [
        ['Conversion rate per visitor', 'ignores the change in order value'],
        ['Average order value among buyers', 'ignores the change in who buys'],
        [
          'Add-to-cart rate per session on product pages',
          'takes a micro-conversion for the outcome',
        ],
        ['Revenue per order, counting buyers only', 'conditions on buying, so lost buyers vanish'],
      ],
      facts: { rule: 'rpv' },
    })
  }),
  family('guardrail-for-an-aggressive-change', (rng) => {
    const [change, guard] = rng.pick([
      ['a pre-ticked add-on insurance box at checkout', 'Return and cancellation rate of orders'],
      ['an exit pop-up offering 20 % off', 'Margin per order after the discount'],
      ['auto-playing video on the product page', 'Page load time and bounce rate'],
      ['a countdown timer claiming stock is low', 'Refund and complaint rate of orders'],
    ] as const)
    return worded(rng, {
      stem: `A variant adds ${change}; its primary metric is conversion rate. Which guardrail metric does this test most need?`,
      key: guard,
      wrong: [
        ['Conversion rate per user', 'repeats the primary metric'],
        ['Sessions per day', 'tracks traffic volume, not harm from the change'],
        ['Click-through rate on the new element', 'measures engagement with the change itself'],
        [
          'Share of traffic from paid search campaigns',
          'reports the traffic mix, which the test does not change',
        ],
      ],
      facts: { change },
    })
  }),
  family('micro-conversion-is-not-the-goal', (rng) => {
    const micro = rng.pick([
      'add-to-cart rate',
      'newsletter sign-ups',
      'clicks on the CTA',
      'time on page',
    ])
    const cr1 = rng.int(180, 320) / 100
    const cr2 = Math.round((cr1 - rng.int(5, 25) / 100) * 100) / 100
    return worded(rng, {
      stem: `A variant raised ${micro} by 18 % but purchases per visitor fell from ${cr1.toFixed(2)} % to ${cr2.toFixed(2)} %, significant at the planned α; the test's stated primary metric is purchases per visitor. What should the report conclude?`,
      key: 'The variant lost on the primary metric',
      wrong: [
        ['A win on engagement', 'reports the micro-conversion as the outcome'],
        ['A clear win', 'reads the micro-conversion as the outcome'],

        [
          'Ship it, then test purchase rate separately',
          'swaps the pre-registered metric after the fact',
        ],
        [
          'Average the two changes into a single score',
          'blends a secondary metric into the decision',
        ],
        ['A draw: the metrics disagree', 'ignores which metric was primary'],
      ],
      facts: { fell: cr2 < cr1 },
    })
  }),
]
