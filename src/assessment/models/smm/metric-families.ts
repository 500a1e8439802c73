import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  Client,
  cash,
  client,
  count,
  drawn,
  family,
  figures,
  pct,
  qty,
  symbol,
} from './smm-text.js'

// Organic and paid reporting metrics, each with the definition the client's report uses stated
// in the stem: engagement rate by reach, by followers and by impressions, CTR, CPM, CPC, cost
// per engagement, frequency, share of voice, follower growth, amplification, applause and
// conversation rates, video completion, and relative change against percentage points.

/** One post's counts, drawn so that reach ≤ impressions and engagements ≤ reach. */
const post = (rng: Parameters<typeof drawn>[0]) => {
  const followers = drawn(rng, 2000, 90000, 100)
  const reach = Math.round(followers * rng.pick([0.08, 0.12, 0.18, 0.25, 0.4, 1.3]))
  const impressions = Math.round(reach * rng.pick([1.2, 1.35, 1.6, 2.1]))
  const likes = Math.round(reach * rng.pick([0.02, 0.03, 0.05, 0.07]))
  const comments = Math.max(3, Math.round(likes * rng.pick([0.08, 0.12, 0.2])))
  const shares = Math.max(2, Math.round(likes * rng.pick([0.05, 0.1, 0.15])))
  const saves = Math.max(2, Math.round(likes * rng.pick([0.06, 0.1])))
  const eng = likes + comments + shares + saves
  return { followers, reach, impressions, likes, comments, shares, saves, eng }
}
const counts = (p: ReturnType<typeof post>) =>
  `${count(p.followers)} followers, reach ${count(p.reach)}, impressions ${count(p.impressions)}, ${count(p.likes)} likes, ${count(p.comments)} comments, ${count(p.shares)} shares and ${count(p.saves)} saves`

export const METRIC_FAMILIES: readonly ScenarioFamily[] = [
  family('engagement-rate-by-reach', (rng) => {
    const p = post(rng)
    return figures(rng, pct(2), {
      stem: `A post for ${client(rng)} had ${counts(p)}. The report defines engagement as likes + comments + shares + saves and engagement rate by reach as engagements ÷ reach. What is it (two decimal places)?`,
      in: p,
      key: p.eng / p.reach,
      wrong: [
        ['followers', p.eng / p.followers, 'divides by followers instead of reach'],
        ['impressions', p.eng / p.impressions, 'divides by impressions instead of reach'],
        ['likes', p.likes / p.reach, 'counts only likes as engagements'],
        ['noSaves', (p.eng - p.saves) / p.reach, 'leaves saves out of engagements'],
      ],
    })
  }),
  family('engagement-rate-by-followers', (rng) => {
    const p = post(rng)
    return figures(rng, pct(2), {
      stem: `${Client(rng)}’s monthly report uses engagement rate by followers: (likes + comments + shares + saves) ÷ follower count. One post had ${counts(p)}. What is its rate (two decimal places)?`,
      in: p,
      key: p.eng / p.followers,
      wrong: [
        ['reach', p.eng / p.reach, 'divides by reach, the other common definition'],
        ['impressions', p.eng / p.impressions, 'divides by impressions'],
        ['likes', p.likes / p.followers, 'counts only likes'],
        ['noShares', (p.eng - p.shares) / p.followers, 'leaves shares out of engagements'],
      ],
    })
  }),
  family('engagement-rate-by-impressions', (rng) => {
    const p = post(rng)
    return figures(rng, pct(2), {
      stem: `A client compares posts by engagement rate per impression: (likes + comments + shares + saves) ÷ impressions. A post had ${counts(p)}. What is the rate (two decimal places)?`,
      in: p,
      key: p.eng / p.impressions,
      wrong: [
        ['reach', p.eng / p.reach, 'divides by reach, not impressions'],
        ['followers', p.eng / p.followers, 'divides by followers'],
        ['noComments', (p.eng - p.comments) / p.impressions, 'leaves comments out of engagements'],
        ['likes', p.likes / p.impressions, 'counts only likes'],
      ],
    })
  }),
  family('click-through-rate', (rng) => {
    const p = post(rng)
    const clicks = Math.round(p.impressions * rng.pick([0.004, 0.008, 0.012, 0.02]))
    return figures(rng, pct(2), {
      stem: `A promoted post for ${client(rng)} had ${count(p.impressions)} impressions, reach ${count(p.reach)}, ${count(p.eng)} engagements and ${count(clicks)} link clicks. Taking CTR as link clicks ÷ impressions, what is it (two decimal places)?`,
      in: { ...p, clicks },
      key: clicks / p.impressions,
      wrong: [
        ['reach', clicks / p.reach, 'divides by reach instead of impressions'],
        ['engagements', clicks / p.eng, 'divides by engagements'],
        ['withEng', (clicks + p.eng) / p.impressions, 'counts all engagements as clicks'],
        ['followers', clicks / p.followers, 'divides by followers'],
      ],
    })
  }),
  family('cost-per-thousand-impressions', (rng) => {
    const s = symbol(rng)
    const impressions = drawn(rng, 40, 900, 1) * 1000 + drawn(rng, 0, 900, 50)
    const reach = Math.round(impressions / rng.pick([1.4, 1.8, 2.5, 3.2]))
    const spend = drawn(rng, 150, 4000, 5)
    return figures(rng, cash(s), {
      stem: `A paid social campaign spent ${cash(s)(spend)}, reached ${count(reach)} people and served ${count(impressions)} impressions. What was the CPM (cost per thousand impressions)?`,
      in: { spend, impressions, reach },
      key: (spend / impressions) * 1000,
      wrong: [
        ['reach', (spend / reach) * 1000, 'divides by reach, giving cost per thousand reached'],
        ['hundred', (spend / impressions) * 100, 'multiplies by a hundred instead of a thousand'],
        ['inverse', impressions / spend / 1000, 'divides impressions by spend'],
        ['tenThousand', (spend / impressions) * 10000, 'multiplies by ten thousand'],
      ],
    })
  }),
  family('cost-per-link-click', (rng) => {
    const s = symbol(rng)
    const spend = drawn(rng, 100, 3000, 5)
    const link = drawn(rng, 80, 2500)
    const all = link + drawn(rng, 40, 3000)
    const impressions = all * rng.pick([40, 60, 90])
    return figures(rng, cash(s), {
      stem: `An ad set spent ${cash(s)(spend)} for ${count(impressions)} impressions, ${count(all)} clicks of all kinds (profile, likes, “see more”) and ${count(link)} link clicks. The client pays attention to cost per link click. What is it?`,
      in: { spend, link, all, impressions },
      key: spend / link,
      wrong: [
        ['all', spend / all, 'divides by all clicks instead of link clicks'],
        ['cpm', (spend / impressions) * 1000, 'gives the CPM instead'],
        ['perImpression', spend / impressions, 'gives the cost per impression'],
        ['inverse', link / spend, 'divides clicks by spend'],
      ],
    })
  }),
  family('cost-per-engagement', (rng) => {
    const s = symbol(rng)
    const p = post(rng)
    const spend = drawn(rng, 50, 1500, 5)
    return figures(rng, cash(s, 3), {
      stem: `A boosted post cost ${cash(s)(spend)} and had ${counts(p)}. Taking engagements as likes + comments + shares + saves, what was the cost per engagement (three decimal places)?`,
      in: { ...p, spend },
      key: spend / p.eng,
      wrong: [
        ['likes', spend / p.likes, 'counts only likes'],
        ['reach', spend / p.reach, 'divides by reach'],
        ['impressions', spend / p.impressions, 'divides by impressions'],
        ['followers', spend / p.followers, 'divides by followers'],
        ['noSaves', spend / (p.eng - p.saves), 'leaves saves out of engagements'],
        ['noShares', spend / (p.eng - p.shares), 'leaves shares out of engagements'],
      ],
    })
  }),
  family('frequency', (rng) => {
    const reach = drawn(rng, 5000, 200000, 100)
    const impressions = Math.round(reach * rng.pick([1.3, 1.7, 2.4, 3.6, 4.2]))
    const followers = drawn(rng, 3000, 80000, 100)
    return figures(rng, qty('impressions per person', 2), {
      stem: `A campaign served ${count(impressions)} impressions to ${count(reach)} unique people; the page has ${count(followers)} followers. What was the average frequency?`,
      in: { reach, impressions, followers },
      key: impressions / reach,
      wrong: [
        ['inverse', reach / impressions, 'divides reach by impressions'],
        ['followers', impressions / followers, 'divides impressions by followers'],
        ['minusOne', impressions / reach - 1, 'counts only repeat impressions'],
        ['reachFollowers', reach / followers, 'divides reach by followers'],
      ],
    })
  }),
  family('share-of-voice', (rng) => {
    const own = drawn(rng, 80, 2000)
    const rivals = [drawn(rng, 50, 3000), drawn(rng, 50, 3000), drawn(rng, 50, 3000)]
    const others = rivals[0]! + rivals[1]! + rivals[2]!
    return figures(rng, pct(1), {
      stem: `In a month of social listening, ${client(rng)} was mentioned ${count(own)} times and its three named competitors ${rivals.map(count).join(', ')} times. Share of voice is the brand’s mentions ÷ all mentions of the brand and the named competitors. What is it (one decimal place)?`,
      in: { own, r0: rivals[0]!, r1: rivals[1]!, r2: rivals[2]! },
      key: own / (own + others),
      wrong: [
        ['rivalsOnly', own / others, 'divides by the competitors’ mentions only'],
        ['leader', own / Math.max(...rivals), 'compares with the largest competitor only'],
        ['average', own / ((own + others) / 4), 'divides by the average per brand'],
        ['rest', others / (own + others), 'gives the competitors’ combined share'],
      ],
    })
  }),
  family('follower-growth-rate', (rng) => {
    const start = drawn(rng, 1500, 60000, 10)
    const gained = drawn(rng, 50, Math.round(start * 0.25))
    const lost = drawn(rng, 10, Math.round(gained * 0.8))
    const end = start + gained - lost
    return figures(rng, pct(2), {
      stem: `${Client(rng)} began the month with ${count(start)} followers, gained ${count(gained)} and lost ${count(lost)}. Follower growth rate is net new followers ÷ followers at the start. What is it (two decimal places)?`,
      in: { start, gained, lost, end },
      key: (gained - lost) / start,
      wrong: [
        ['gross', gained / start, 'ignores the followers lost'],
        ['overEnd', (gained - lost) / end, 'divides by the followers at the end'],
        ['grossEnd', gained / end, 'ignores losses and divides by the end count'],
        ['lostToo', (gained + lost) / start, 'adds the lost followers instead of subtracting them'],
      ],
    })
  }),
  family('amplification-rate', (rng) => {
    const p = post(rng)
    return figures(rng, pct(2), {
      stem: `A post had ${counts(p)}. Amplification rate, as the client’s report defines it, is shares ÷ followers. What is it (two decimal places)?`,
      in: p,
      key: p.shares / p.followers,
      wrong: [
        ['reach', p.shares / p.reach, 'divides by reach'],
        ['allEng', p.eng / p.followers, 'counts every engagement, not only shares'],
        ['comments', p.comments / p.followers, 'counts comments, the conversation rate'],
        ['impressions', p.shares / p.impressions, 'divides by impressions'],
      ],
    })
  }),
  family('applause-and-conversation-rate', (rng) => {
    const p = post(rng)
    const ask = rng.pick(['applause', 'conversation'] as const)
    const mine = ask === 'applause' ? p.likes : p.comments
    const other = ask === 'applause' ? p.comments : p.likes
    return figures(rng, pct(2), {
      stem: `The report defines applause rate as likes ÷ followers and conversation rate as comments ÷ followers. A post had ${counts(p)}. What is its ${ask} rate (two decimal places)?`,
      in: { ...p, ask: ask === 'applause' ? 1 : 0 },
      key: mine / p.followers,
      wrong: [
        [
          'other',
          other / p.followers,
          `gives the ${ask === 'applause' ? 'conversation' : 'applause'} rate instead`,
        ],
        ['reach', mine / p.reach, 'divides by reach instead of followers'],
        ['allEng', p.eng / p.followers, 'counts every engagement'],
        ['impressions', mine / p.impressions, 'divides by impressions'],
      ],
    })
  }),
  family('video-completion-rate', (rng) => {
    const impressions = drawn(rng, 10000, 300000, 100)
    const starts = Math.round(impressions * rng.pick([0.2, 0.3, 0.45]))
    const views3 = Math.round(starts * rng.pick([0.5, 0.6, 0.7]))
    const done = Math.round(views3 * rng.pick([0.15, 0.25, 0.35]))
    return figures(rng, pct(1), {
      stem: `A 30-second video ad had ${count(impressions)} impressions, ${count(starts)} plays, ${count(views3)} 3-second views and ${count(done)} plays to 100 %. Completion rate is plays to 100 % ÷ plays. What is it (one decimal place)?`,
      in: { impressions, starts, views3, done },
      key: done / starts,
      wrong: [
        ['impressions', done / impressions, 'divides by impressions'],
        ['views3', done / views3, 'divides by 3-second views'],
        ['viewRate', views3 / starts, 'gives the 3-second view share instead'],
        ['playRate', starts / impressions, 'gives plays per impression'],
      ],
    })
  }),
  family('relative-change-vs-points', (rng) => {
    const before = drawn(rng, 10, 60) / 10
    const after = before + drawn(rng, -8, 15, 1) / 10
    if (after <= 0 || after === before) throw new VariantError('no change to report')
    const ask = rng.pick(['relative', 'points'] as const)
    const rel = (after - before) / before
    const pts = (after - before) / 100
    return figures(rng, pct(1), {
      stem: `Engagement rate by reach went from ${before.toFixed(1)}% last month to ${after.toFixed(1)}% this month. What is the ${ask === 'relative' ? 'relative change, as a percentage of last month’s rate' : 'change in percentage points, written as a percentage figure'} (one decimal place)?`,
      in: { before, after, ask: ask === 'relative' ? 1 : 0 },
      key: ask === 'relative' ? rel : pts,
      wrong: [
        ask === 'relative'
          ? ['points', pts, 'reports the percentage-point difference as the relative change']
          : ['relative', rel, 'reports the relative change instead of points'],
        ['overAfter', (after - before) / after, 'divides by this month’s rate'],
        ['ratio', after / before, 'gives the ratio of the rates instead of the change'],
        ['hundred', (after - before) / 10, 'misplaces the decimal in the points'],
      ],
    })
  }),
  family('average-of-rates-vs-pooled', (rng) => {
    const posts = Array.from({ length: 3 }, () => {
      const reach = drawn(rng, 500, 40000, 10)
      return { reach, eng: Math.round((reach * drawn(rng, 10, 120)) / 1000) }
    })
    const ask = rng.pick(['mean', 'pooled'] as const)
    const mean = posts.reduce((s, q) => s + q.eng / q.reach, 0) / 3
    const pooled = posts.reduce((s, q) => s + q.eng, 0) / posts.reduce((s, q) => s + q.reach, 0)
    const sumRates = posts.reduce((s, q) => s + q.eng / q.reach, 0)
    return figures(rng, pct(2), {
      stem: `Three posts had reach ${posts.map((q) => count(q.reach)).join(', ')} and engagements ${posts.map((q) => count(q.eng)).join(', ')}. The client wants ${ask === 'mean' ? 'the average engagement rate: the mean of each post’s engagements ÷ reach' : 'the overall engagement rate: total engagements ÷ total reach'}. What is it (two decimal places)?`,
      in: {
        ...Object.fromEntries(
          posts.flatMap((q, k) => [
            [`r${k}`, q.reach],
            [`e${k}`, q.eng],
          ]),
        ),
        ask: ask === 'mean' ? 1 : 0,
      },
      key: ask === 'mean' ? mean : pooled,
      wrong: [
        ask === 'mean'
          ? ['pooled', pooled, 'pools the counts instead of averaging the rates']
          : ['mean', mean, 'averages the per-post rates instead of pooling'],
        ['sum', sumRates, 'adds the rates without dividing by the number of posts'],
        ['first', posts[0]!.eng / posts[0]!.reach, 'reports the first post only'],
        ['last', posts[2]!.eng / posts[2]!.reach, 'reports the last post only'],
      ],
    })
  }),
  family('week-over-week-reach-change', (rng) => {
    const last = drawn(rng, 2000, 90000, 10)
    const now = Math.round(last * rng.pick([0.62, 0.8, 0.93, 1.12, 1.35, 1.9]))
    return figures(rng, pct(1), {
      stem: `${Client(rng)}’s weekly reach went from ${count(last)} last week to ${count(now)} this week. What is the week-over-week change (one decimal place; negative for a fall)?`,
      in: { last, now },
      key: (now - last) / last,
      wrong: [
        ['overNow', (now - last) / now, 'divides by this week’s reach'],
        ['ratio', now / last, 'gives this week as a share of last week'],
        ['reverse', (last - now) / last, 'subtracts the wrong way round'],
        ['reverseNow', (last - now) / now, 'subtracts the wrong way and divides by this week'],
      ],
    })
  }),
]
