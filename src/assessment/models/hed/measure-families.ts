import { add, DP2, div, frac, n, PCT1, PTS1, pct, plain, points, rest, worked } from './hed-text.js'

// Measuring a send and its testing. Every rate is on the base its stem names (delivered, opened,
// clicked, all seeds), every test matrix is counted from the stated clients, modes and widths;
// the slips are the wrong base, total clicks for unique, points read as percent and a factor of
// the matrix added where it multiplies.

export const MEASURE_FAMILIES = [
  worked('open-rate-on-delivered-mail', (rng) => {
    const s = rng.int(80, 400) * 100
    const b = Math.round((s * rng.int(8, 60)) / 1000)
    const o = Math.round(((s - b) * rng.int(150, 450)) / 1000)
    return {
      stem: `A campaign was sent to ${n(s)} addresses; ${n(b)} bounced and ${n(o)} recipients opened it. What is the unique open rate on delivered mail (sent minus bounced), ${PCT1}?`,
      show: pct(),
      figures: { s, b, o },
      key: div(o, s - b),
      wrong: [
        [div(o, s), 'divides by the mail sent'],
        [div(o, s + b), 'adds the bounces to the base'],
        [div(o, s - 2 * b), 'takes the bounces off twice'],
        [div(o + b, s), 'counts the bounces as opens'],
        [div(o + b, s - b), 'counts the bounces as opens on delivered mail'],
        [div(o, s - b - o), 'divides by the recipients who did not open'],
      ],
    }
  }),
  worked('click-to-open-rate', (rng) => {
    const d = rng.int(100, 500) * 100
    const o = Math.round((d * rng.int(180, 450)) / 1000)
    const u = Math.round((o * rng.int(60, 250)) / 1000)
    const t = Math.round(u * (1 + rng.int(20, 80) / 100))
    return {
      stem: `Of ${n(d)} delivered emails, ${n(o)} were opened (unique), ${n(u)} recipients clicked (unique) and there were ${n(t)} clicks in all. What is the unique click-to-open rate, ${PCT1}?`,
      show: pct(),
      figures: { d, o, u, t },
      key: div(u, o),
      wrong: [
        [div(u, d), 'divides by delivered mail'],
        [div(t, o), 'counts total clicks'],
        [div(o, d), 'gives the open rate'],
        [div(t, d), 'counts total clicks on delivered mail'],
        [div(u, o + u), 'adds the clickers to the openers'],
      ],
    }
  }),
  worked('click-through-rate-on-delivered-mail', (rng) => {
    const s = rng.int(100, 500) * 100
    const b = Math.round((s * rng.int(8, 50)) / 1000)
    const o = Math.round(((s - b) * rng.int(180, 450)) / 1000)
    const u = Math.round((o * rng.int(60, 250)) / 1000)
    return {
      stem: `A send went to ${n(s)} addresses, ${n(b)} bounced, ${n(o)} recipients opened and ${n(u)} clicked (unique counts). What is the unique click-through rate on delivered mail, ${PCT1}?`,
      show: pct(1),
      figures: { s, b, o, u },
      key: div(u, s - b),
      wrong: [
        [div(u, o), 'divides by the openers'],
        [div(u, s), 'divides by the mail sent'],
        [div(u, s + b), 'adds the bounces to the base'],
        [div(o, s - b), 'gives the open rate'],
      ],
    }
  }),
  worked('render-test-screenshot-count', (rng) => {
    const x = rng.int(4, 12)
    const y = rng.int(3, 10)
    const w = rng.int(1, 3)
    const r = rng.int(2, 4)
    return {
      stem: `A render test covers ${x} clients that have a dark mode (each shot light and dark) and ${y} that do not (light only), each at ${w === 1 ? 'one viewport width' : `${w} viewport widths`}, and the template goes through ${r} test rounds. How many screenshots is that in all?`,
      show: plain(0),
      figures: { x, y, w, r },
      key: frac((2 * x + y) * w * r, 1),
      wrong: [
        [frac(2 * (x + y) * w * r, 1), 'shoots every client in dark mode too'],
        [frac((x + y) * w * r, 1), 'leaves out the dark-mode shots'],
        [frac((2 * x + y) * w, 1), 'counts one round'],
        [frac((2 * x + y + w) * r, 1), 'adds the widths instead of multiplying'],
        [frac((2 * x + y) * (w + r), 1), 'adds the rounds to the widths'],
      ],
    }
  }),
  worked('render-test-failure-rate', (rng) => {
    const x = rng.int(4, 12)
    const y = rng.int(3, 10)
    const w = rng.int(2, 3)
    const all = (2 * x + y) * w
    const f = rng.int(2, Math.floor(all / 3))
    return {
      stem: `${x} clients are shot light and dark, ${y} light only, each at ${w} viewport widths, and ${f} of the screenshots show a rendering fault. What percent of the screenshots fail, ${PCT1}?`,
      show: pct(),
      figures: { x, y, w, f },
      key: frac(f, all),
      wrong: [
        [frac(f, (x + y) * w), 'leaves the dark-mode shots out of the base'],
        [frac(f, 2 * (x + y) * w), 'shoots every client in dark mode'],
        [frac(f, 2 * x + y), 'leaves the widths out of the base'],
        [frac(f, all - f), 'divides by the passing shots'],
      ],
    }
  }),
  worked('send-count-after-exclusions', (rng) => {
    const t = rng.int(200, 900) * 100
    const u = rng.int(30, 180) * 100 + rng.int(0, 99)
    const s = rng.int(5, 40) * 100 + rng.int(0, 99)
    const o = Math.round((Math.min(u, s) * rng.int(20, 70)) / 100)
    return {
      stem: `A list has ${n(t)} addresses. ${n(u)} are excluded as unengaged and ${n(s)} are on the suppression list; ${n(o)} addresses are in both groups. How many addresses are sent to?`,
      show: plain(0),
      figures: { t, u, s, o },
      key: frac(t - (u + s - o), 1),
      wrong: [
        [frac(t - u - s, 1), 'takes the overlap off twice'],
        [frac(t - u, 1), 'leaves out the suppression list'],
        [frac(t - (u + s + o), 1), 'adds the overlap to the exclusions'],
        [frac(t - s, 1), 'leaves out the unengaged'],
        [frac(t - o, 1), 'excludes only the overlap'],
      ],
    }
  }),
  worked('share-of-clicks-on-the-hero-link', (rng) => {
    const t = rng.int(20, 90) * 100
    const u = Math.round((t * rng.int(50, 80)) / 100)
    const h = Math.round((t * rng.int(15, 45)) / 100)
    const o = Math.round(u * rng.int(4, 9))
    return {
      stem: `A newsletter had ${n(o)} unique opens, ${n(u)} unique clickers and ${n(t)} clicks in all, ${n(h)} of them on the hero image link. What share of all clicks went to the hero, ${PCT1}?`,
      show: pct(),
      figures: { t, u, h, o },
      key: frac(h, t),
      wrong: [
        [frac(h, u), 'divides by the unique clickers'],
        [frac(h, o), 'divides by the opens'],
        [frac(h, t - h), 'divides by the other clicks'],
        [frac(t - h, t), 'gives the share of the other links'],
      ],
    }
  }),
  worked('click-to-open-change-in-points', (rng) => {
    const o1 = rng.int(40, 160) * 10
    const o2 = rng.int(40, 160) * 10
    const c1 = Math.round((o1 * rng.int(60, 180)) / 1000)
    const c2 = Math.round((o2 * rng.int(60, 180)) / 1000)
    if (c1 * o2 === c2 * o1) rest()
    const up = c2 * o1 > c1 * o2
    return {
      stem: `Last month’s template had ${n(c1)} unique clickers from ${n(o1)} unique opens; the redesign had ${n(c2)} from ${n(o2)}. By how much did the click-to-open rate ${up ? 'rise' : 'fall'}, ${PTS1}?`,
      show: points(),
      figures: { o1, o2, c1, c2 },
      key: up ? frac(c2 * o1 - c1 * o2, o1 * o2) : frac(c1 * o2 - c2 * o1, o1 * o2),
      wrong: [
        [
          up ? frac(c2 * o1 - c1 * o2, c1 * o2) : frac(c1 * o2 - c2 * o1, c1 * o2),
          'gives the relative change in percent',
        ],
        [
          frac(Math.abs(c2 - c1), Math.max(o1, o2)),
          'takes the change in clickers over one month’s opens',
        ],
        [frac(c2 * o1 + c1 * o2, o1 * o2), 'adds the two rates'],
        [frac(Math.abs(c2 - c1), o1 + o2), 'divides the change in clickers by both months’ opens'],
      ],
    }
  }),
  worked('hard-bounce-rate', (rng) => {
    const s = rng.int(100, 600) * 100
    const x = Math.round((s * rng.int(8, 30)) / 100)
    const h = Math.round((s * rng.int(3, 25)) / 1000)
    const f = Math.round((s * rng.int(2, 30)) / 1000)
    return {
      stem: `A list holds ${n(s + x)} addresses, of which ${n(x)} are on the suppression list and are not mailed. The send went to the rest; ${n(h)} bounced hard and ${n(f)} bounced soft. What is the hard bounce rate on mail sent, to two decimal places (a half rounded up), as a percentage?`,
      show: pct(2),
      figures: { s, h, f, x },
      key: frac(h, s),
      wrong: [
        [frac(h + f, s), 'counts the soft bounces too'],
        [frac(s - h - f, s), 'gives the delivery rate'],
        [frac(h, h + f), 'gives the hard share of the bounces'],
        [frac(f, s), 'gives the soft bounce rate'],
        [frac(h, s + x), 'divides by the whole list, suppressed addresses included'],
      ],
    }
  }),
  worked('unsubscribe-rate-on-delivered-mail', (rng) => {
    const d = rng.int(100, 600) * 100
    const o = Math.round((d * rng.int(150, 400)) / 1000)
    const u = Math.round((d * rng.int(1, 8)) / 1000)
    const s = rng.int(10, 60) * 100
    return {
      stem: `${n(d + s)} emails were sent and ${n(s)} bounced; of the ${n(d)} delivered, ${n(o)} were opened and ${n(u)} recipients unsubscribed. What is the unsubscribe rate on delivered mail, to two decimal places (a half rounded up), as a percentage?`,
      show: pct(2),
      figures: { d, o, u, s },
      key: frac(u, d),
      wrong: [
        [frac(u, o), 'divides by the opens'],
        [frac(u, d + s), 'divides by the mail sent'],
        [frac(u + s, d), 'counts the bounces as unsubscribes'],
        [frac(u, d - s), 'takes the bounces off the delivered mail again'],
      ],
    }
  }),
  worked('weighted-click-to-open-across-segments', (rng) => {
    const os = [rng.int(20, 200) * 10, rng.int(20, 200) * 10, rng.int(20, 200) * 10]
    const rs = [rng.int(40, 250), rng.int(40, 250), rng.int(40, 250)]
    const cs = os.map((o, i) => Math.round((o * rs[i]!) / 1000))
    const O = os[0]! + os[1]! + os[2]!
    const C = cs[0]! + cs[1]! + cs[2]!
    const mean = add(add(div(cs[0]!, os[0]!), div(cs[1]!, os[1]!)), div(cs[2]!, os[2]!))
    const big = os.indexOf(Math.max(...os))
    return {
      stem: `Three segments had ${os.map(n).join(', ')} unique opens and ${cs.map(n).join(', ')} unique clickers respectively. What is the click-to-open rate for the send as a whole, ${PCT1}?`,
      show: pct(),
      figures: { o0: os[0]!, o1: os[1]!, o2: os[2]!, c0: cs[0]!, c1: cs[1]!, c2: cs[2]! },
      key: frac(C, O),
      wrong: [
        [div(mean, 3), 'averages the three segments’ rates'],
        [frac(C, O + C), 'adds the clickers to the opens'],
        [frac(Math.max(...cs), O), 'counts only the largest segment’s clickers'],
        [frac(cs[big]!, os[big]!), 'gives the largest segment’s own rate'],
      ],
    }
  }),
  worked('clicks-per-unique-clicker', (rng) => {
    const u = rng.int(20, 300) * 10
    const t = Math.round((u * rng.int(110, 190)) / 100)
    const o = u * rng.int(4, 9)
    return {
      stem: `A send had ${n(o)} unique opens, ${n(u)} unique clickers and ${n(t)} clicks in all. How many clicks did each clicker make on average, ${DP2}?`,
      show: plain(2),
      figures: { u, t, o },
      key: frac(t, u),
      wrong: [
        [frac(t, o), 'divides by the openers'],
        [frac(u, t), 'turns the ratio over'],
        [frac(t - u, u), 'counts only repeat clicks'],
        [frac(t, t - u), 'divides the clicks by the repeat clicks'],
        [frac(o, u), 'gives opens per clicker'],
      ],
    }
  }),
  worked('conversion-rate-from-email-clicks', (rng) => {
    const u = rng.int(20, 300) * 10
    const t = Math.round((u * rng.int(120, 250)) / 100)
    const c = Math.round((u * rng.int(20, 150)) / 1000)
    const o = u * rng.int(4, 9)
    return {
      stem: `A promotion had ${n(o)} unique opens, ${n(u)} unique clickers and ${n(t)} clicks in all; ${n(c)} clickers placed an order. What is the conversion rate on unique clickers, ${PCT1}?`,
      show: pct(),
      figures: { u, t, c, o },
      key: frac(c, u),
      wrong: [
        [frac(c, t), 'divides by all clicks'],
        [frac(c, o), 'divides by the opens'],
        [frac(c, u - c), 'divides by the clickers who did not order'],
        [frac(u, o), 'gives the click-to-open rate'],
      ],
    }
  }),
  worked('render-test-time-in-parallel-batches', (rng) => {
    const k = rng.int(20, 90)
    const b = rng.int(4, 12)
    const s = rng.int(3, 12) * 10
    if (k % b === 0) rest()
    return {
      stem: `A testing service takes ${s} seconds per batch and shoots up to ${b} clients at once in each batch. How many minutes does a run of ${k} screenshots take, to two decimal places (a half rounded up), with the last part batch taking a full batch’s time?`,
      show: plain(2, 'min'),
      figures: { k, b, s },
      key: frac(Math.ceil(k / b) * s, 60),
      wrong: [
        [frac(k * s, 60), 'runs every screenshot one after another'],
        [frac(k * s, 60 * b), 'counts a part batch at part time'],
        [frac(Math.floor(k / b) * s, 60), 'drops the last part batch'],
        [frac(Math.ceil(k / b) * s, 100), 'takes 100 seconds to the minute'],
        [frac(Math.ceil(k / b) * s, 1), 'gives the time in seconds'],
      ],
    }
  }),
  worked('mobile-share-of-opens-with-a-known-device', (rng) => {
    const m = rng.int(200, 900) * 10
    const d = rng.int(60, 400) * 10
    const w = rng.int(40, 300) * 10
    const u = rng.int(50, 400) * 10
    const n0 = (m + d + w + u) * rng.int(3, 5)
    return {
      stem: `Of ${n(n0)} delivered emails, opens came from phones ${n(m)} times, desktop apps ${n(d)}, webmail ${n(w)} and an unknown device ${n(u)}. What share of the opens with a known device were on phones, ${PCT1}?`,
      show: pct(),
      figures: { m, d, w, u, n0 },
      key: frac(m, m + d + w),
      wrong: [
        [frac(m, m + d + w + u), 'keeps the unknown opens in the base'],
        [frac(m, n0), 'divides by delivered mail'],
        [frac(m + w, m + d + w), 'counts webmail as phone opens'],
        [frac(m, m + d), 'leaves webmail out of the base'],
        [frac(m + u, m + d + w + u), 'counts the unknown opens as phones'],
      ],
    }
  }),
  worked('utm-tagged-link-variants', (rng) => {
    const l = rng.int(4, 14)
    const s = rng.int(2, 6)
    const v = rng.int(2, 3)
    return {
      stem: `Every link in a campaign gets its own utm_content value, and the campaign goes to ${s} segments (each with its own utm_term value) in ${v} subject-line versions that share the same body and are not tagged in the URLs. How many distinct tracked URLs does a campaign with ${l} links need?`,
      show: plain(0),
      figures: { l, s, v },
      key: frac(l * s, 1),
      wrong: [
        [frac(l * s * v, 1), 'multiplies by the subject-line versions'],
        [frac(l + s, 1), 'adds the links and segments'],
        [frac(l, 1), 'counts the links once'],
        [frac(l * v, 1), 'uses the versions for the segments'],
        [frac(l * (s + v), 1), 'adds the versions to the segments'],
        [frac(s * v, 1), 'counts segment and version pairs without the links'],
        [frac(2 * l * s, 1), 'counts the two UTM values of each URL as URLs'],
      ],
    }
  }),
]
