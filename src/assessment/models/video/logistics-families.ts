import { cap, ceilDiv, client, count, dec, family, tc } from './video-text.js'

// Project logistics. Storage is decimal (1 GB = 10^9 bytes, 1 TB = 10^12) unless a stem says an
// operating system shows binary units; data rates are in bits; billing and subtitle rules
// (rounding of sessions, reading speed, gaps) are the stem's own.

const gb = (num: number, den: number): string => `${dec(num, den, 1)} GB`
const hrs = (num: number, den: number): string => `${dec(num, den)} h`

export const LOGISTICS_FAMILIES = [
  family('storage-for-shoot-footage', (rng) => {
    const r = rng.pick([45, 102, 147, 185, 220, 290, 365])
    const h = rng.int(2, 16)
    const c = rng.int(2, 4)
    const bits = r * 1e6 * h * 3600 * c
    return {
      stem: `A ${c}-camera documentary shoot records ${h} hours on each camera in a codec of ${r} Mbps. How much storage does one copy of the footage need, in GB (10^9 bytes) to one decimal?`,
      key: gb(bits, 8e9),
      wrong: [
        [gb(bits, 1e9), 'reads megabits as megabytes'],
        [gb(bits, 8 * 2 ** 30), 'divides by 2^30 bytes, a GiB'],
        [gb(r * 1e6 * h * 3600, 8e9), 'counts one camera'],
        [gb(bits, 8e9 * 60), 'works the hours in minutes'],
        [gb(bits * 2, 8e9), 'counts the backup copy as well'],
        [gb(bits * 60, 8e9), 'multiplies by 60 once too often'],
      ],
      figures: { r, h, c },
    }
  }),
  family('recording-time-on-a-card', (rng) => {
    const cap_ = rng.pick([64, 128, 256, 512])
    const r = rng.pick([50, 100, 150, 200, 280, 400])
    const mins = (cap_ * 8e9) / (r * 1e6 * 60)
    return {
      stem: `A camera card holds ${cap_} GB (10^9 bytes). At ${r} Mbps, how many whole minutes of recording fit?`,
      key: `${Math.floor(mins)} min`,
      wrong: [
        [`${Math.floor((cap_ * 1e9) / (r * 1e6 * 60))} min`, 'reads megabits as megabytes'],
        [`${Math.floor((cap_ * 8 * 2 ** 30) / (r * 1e6 * 60))} min`, 'takes a GB as 2^30 bytes'],
        [`${Math.floor((cap_ * 8e9) / (r * 1e6))} min`, 'gives seconds as minutes'],
        [`${Math.floor((cap_ * 8e9) / (r * 1e6 * 3600))} min`, 'divides by 3,600, giving hours'],
      ],
      figures: { cap: cap_, r },
    }
  }),
  family('verified-offload-time', (rng) => {
    const s = rng.int(200, 2000)
    const v = rng.pick([150, 250, 400, 500, 900])
    return {
      stem: `On set, the editor offloads ${count(s)} GB (10^9 bytes) of cards to a drive that writes and reads ${v} MB/s (10^6 bytes). The offload tool copies once, then reads the copy back once to verify checksums. How long does it take, in minutes to one decimal?`,
      key: `${dec(s * 1000 * 2, v * 60, 1)} min`,
      wrong: [
        [`${dec(s * 1000, v * 60, 1)} min`, 'forgets the verify pass'],
        [`${dec(s * 1000 * 2 * 8, v * 60, 1)} min`, 'reads MB/s as megabits'],
        [`${dec(s * 1024 * 2, v * 60, 1)} min`, 'takes a GB as 1,024 MB'],
        [`${dec(s * 1000 * 3, v * 60, 1)} min`, 'counts a second copy as well'],
      ],
      figures: { s, v },
    }
  }),
  family('render-time-from-render-speed', (rng) => {
    const d = rng.int(3, 90)
    const fps = rng.pick([24, 25, 30])
    const x = rng.int(3, 60)
    return {
      stem: `A ${d}-minute ${fps} fps timeline with heavy noise reduction renders at ${x} frames a second. How long does the render take, in minutes to one decimal?`,
      key: `${dec(d * fps, x, 1)} min`,
      wrong: [
        [`${dec(d * x, fps, 1)} min`, 'divides the render speed by the frame rate'],
        [`${dec(d, 1, 1)} min`, 'assumes a real-time render'],
        [`${dec(d * fps, x * 60, 1)} min`, 'converts seconds to minutes twice'],
        [`${dec(d * 30, x, 1)} min`, 'counts 30 frames a second'],
        [`${dec(d * fps * 60, x, 1)} min`, 'gives the seconds as minutes'],
      ],
      figures: { d, fps, x },
    }
  }),
  family('upload-time-for-a-master', (rng) => {
    const s = rng.int(5, 400)
    const u = rng.pick([20, 40, 50, 100, 200, 500])
    return {
      stem: `The finished master is ${s} GB (10^9 bytes) and the editor's upload line sustains ${u} Mbps. How long does the upload take, in hours to two decimals?`,
      key: hrs(s * 8000, u * 3600),
      wrong: [
        [hrs(s * 1000, u * 3600), 'reads megabits as megabytes'],
        [hrs(s * 8 * 1024, u * 3600), 'takes a GB as 1,024 MB'],
        [hrs(s * 8000, u * 60), 'divides by minutes in an hour'],
        [hrs(s * 1024, u * 3600), 'reads megabits as megabytes and a GB as 1,024 MB'],
      ],
      figures: { s, u },
    }
  }),
  family('billing-sessions-by-quarter-hours', (rng) => {
    const m = [rng.int(20, 200), rng.int(20, 200), rng.int(20, 200), rng.int(20, 200)]
    const rate = rng.pick([45, 55, 60, 65, 75, 85])
    const q = (x: number) => 15 * Math.ceil(x / 15)
    const near = (x: number) => 15 * Math.round(x / 15)
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
    const fee = (mins: number) => `$${dec(mins * rate, 60)}`
    return {
      stem: `An editor bills ${cap(client(rng))} $${rate} an hour, rounding each session up to the next quarter hour. This week's sessions ran ${m.join(', ')} minutes. What is the bill?`,
      key: fee(sum(m.map(q))),
      wrong: [
        [fee(q(sum(m))), 'rounds the week’s total, not each session'],
        [fee(sum(m)), 'bills the exact minutes'],
        [fee(sum(m.map(near))), 'rounds each session to the nearest quarter hour'],
        [fee(sum(m.map((x) => 60 * Math.ceil(x / 60)))), 'rounds each session up to the hour'],
        [fee(sum(m.map((x) => 15 * Math.floor(x / 15)))), 'rounds each session down'],
        [fee(sum(m.map((x) => 30 * Math.ceil(x / 30)))), 'rounds each session up to the half hour'],
        [fee(4 * sum(m.map(q))), 'charges the hourly rate for each quarter hour'],
      ],
      figures: { m0: m[0]!, m1: m[1]!, m2: m[2]!, m3: m[3]!, rate },
    }
  }),
  family('effective-hourly-rate-per-finished-minute', (rng) => {
    const p = rng.pick([80, 100, 120, 150, 200, 250])
    const m = rng.int(2, 30)
    const h = rng.int(6, 60)
    return {
      stem: `A client pays $${p} per finished minute. The edit is ${m} minutes long and took ${h} hours of work. What did the editor earn per hour, to the cent?`,
      key: `$${dec(p * m, h)}`,
      wrong: [
        [`$${dec(p, h)}`, 'divides the per-minute price by the hours'],
        [`$${dec(p * m, h * 60)}`, 'divides by minutes worked'],
        [`$${dec(p * 60, 1)}`, 'takes a finished minute as a minute worked'],
        [`$${dec(p * h, m)}`, 'divides the hours by the minutes'],
        [`$${dec(p * m * 60, h)}`, 'takes the hours worked as minutes'],
      ],
      figures: { p, m, h },
    }
  }),
  family('three-two-one-backup-storage', (rng) => {
    const s = rng.int(2, 40)
    const pc = rng.pick([10, 15, 20, 25])
    return {
      stem: `A feature's camera originals fill ${s} TB. The editor keeps three copies of the originals in all (the working drive and two backups), plus proxies at ${pc} % of the originals' size on the working drive only. How much storage is that, in TB to two decimals?`,
      key: `${dec(300 * s + s * pc, 100)} TB`,
      wrong: [
        [`${dec(400 * s + s * pc, 100)} TB`, 'counts three backups besides the working drive'],
        [`${dec(300 * s + 3 * s * pc, 100)} TB`, 'backs up the proxies too'],
        [`${dec(200 * s + s * pc, 100)} TB`, 'counts two copies in all'],
        [`${dec(300 * s, 100)} TB`, 'forgets the proxies'],
        [`${dec(100 * s + s * pc, 100)} TB`, 'counts the originals once'],
        [`${dec(300 * s + 100 * pc, 100)} TB`, 'adds the proxy percentage as terabytes'],
        [`${dec(600 * s + s * pc, 100)} TB`, 'adds up the 3-2-1 rule’s numbers as six copies'],
      ],
      figures: { s, pc },
    }
  }),
  family('subtitle-minimum-duration', (rng) => {
    const fps = rng.pick([24, 25])
    const cps = rng.pick([12, 15, 17, 20])
    let n = rng.int(20, 84)
    if (n % cps === 0) n += 1
    return {
      stem: `The subtitle style guide sets a maximum reading speed of ${cps} characters a second (spaces counted). A ${n}-character subtitle on a ${fps} fps film must stay up for at least how many frames, rounding up to a whole frame?`,
      key: `${ceilDiv(n * fps, cps)} frames`,
      wrong: [
        [`${Math.ceil(n / cps) * fps} frames`, 'rounds up to whole seconds first'],
        [`${ceilDiv(n * 30, cps)} frames`, 'counts 30 frames a second'],
        [`${Math.floor((n * fps) / cps)} frames`, 'rounds down, so it reads too fast'],
        [`${ceilDiv(n * cps, fps)} frames`, 'multiplies characters by the reading speed'],
      ],
      figures: { fps, cps, n },
    }
  }),
  family('subtitle-out-before-next-in', (rng) => {
    const fps = rng.pick([24, 25])
    const g = rng.pick([2, 3, 4])
    const x = fps * 3600 + rng.int(fps * 30, fps * 3000)
    return {
      stem: `On a ${fps} fps film the next subtitle comes in at ${tc(x, fps)}. The style guide wants at least ${g} empty frames between one subtitle's last frame and the next one's first. What is the latest timecode the current subtitle's last frame may have?`,
      key: tc(x - g - 1, fps),
      wrong: [
        [tc(x - g, fps), 'counts the next In frame as part of the gap'],
        [tc(x - 1, fps), 'leaves no gap'],
        [tc(x - 2 * g - 1, fps), 'leaves the gap twice'],
        [tc(x - g - 2, fps), 'counts the last frame shown as a gap frame too'],
      ],
      figures: { fps, g, x },
    }
  }),
  family('shooting-ratio', (rng) => {
    const h = rng.int(4, 120)
    const m = rng.int(3, 95)
    return {
      stem: `A documentary has ${h} hours of footage for a ${m}-minute cut. What is its shooting ratio (footage to finished), as x:1 with x to one decimal?`,
      key: `${dec(h * 60, m, 1)}:1`,
      wrong: [
        [`${dec(h, m, 1)}:1`, 'divides hours by minutes'],
        [`${dec(h * 60 - m, m, 1)}:1`, 'counts only the unused footage'],
        [`${dec(h * 60 + m, m, 1)}:1`, 'counts the cut in the footage too'],
        [`${dec(h * 100, m, 1)}:1`, 'takes an hour as 100 minutes'],
      ],
      figures: { h, m },
    }
  }),
  family('footage-review-time-at-speed', (rng) => {
    const h = rng.int(3, 60)
    const s = rng.pick([125, 150, 175, 200, 250])
    return {
      stem: `The editor screens ${h} hours of rushes at ${(s / 100).toFixed(s % 100 === 0 ? 0 : s % 10 === 0 ? 1 : 2)}× playback speed. How many hours of screening is that, to two decimals?`,
      key: hrs(h * 100, s),
      wrong: [
        [hrs(h * s, 100), 'multiplies by the speed'],
        [hrs(h * (200 - s), 100), 'takes the speed-up off as a percentage'],
        [hrs(h, 1), 'ignores the playback speed'],
        [hrs(h * (s - 100), s), 'gives the time saved'],
      ],
      figures: { h, s },
    }
  }),
  family('drive-capacity-shown-in-binary', (rng) => {
    const d = rng.pick([2, 4, 6, 8, 12, 16, 18, 20, 24])
    return {
      stem: `A ${d} TB drive (10^12 bytes a TB, as sold) is mounted on a computer that reports sizes in binary units (1 TiB = 2^40 bytes) but labels them TB. About what capacity does it show, to two decimals?`,
      key: `${dec(d * 1e12, 2 ** 40)} TB`,
      wrong: [
        [`${dec(d, 1)} TB`, 'expects the number on the box'],
        [`${dec(d * 1000, 1024)} TB`, 'converts only one step of 1,000 to 1,024'],
        [`${dec(d * 2 ** 40, 1e12)} TB`, 'converts the wrong way'],
        [`${dec(d * 1e12, 2 ** 30 * 1000)} TB`, 'mixes a binary GB with a decimal TB'],
      ],
      figures: { d },
    }
  }),
  family('drives-needed-with-free-space', (rng) => {
    const s = rng.int(40, 300)
    const d = rng.pick([4, 8, 12])
    const free = rng.pick([10, 20, 25])
    return {
      stem: `A job needs ${s} TB on RAID-less shuttle drives of ${d} TB each, and the editor never fills a drive past ${100 - free} % so it stays fast. How many drives does the job need?`,
      key: `${ceilDiv(s * 100, d * (100 - free))} drives`,
      wrong: [
        [`${ceilDiv(s, d)} drives`, 'fills every drive to the brim'],
        [`${Math.floor((s * 100) / (d * (100 - free)))} drives`, 'rounds the count down'],
        [`${ceilDiv(s * (100 + free), d * 100)} drives`, 'adds the free share to the data instead'],
        [`${ceilDiv(s * (100 - free), d * 100)} drives`, 'takes the free share off the data'],
        [`${ceilDiv(s * 100, d * free)} drives`, 'divides by the free share'],
        [`${ceilDiv(s * 100, d * (100 - 2 * free))} drives`, 'takes the free share off twice'],
        [
          `${ceilDiv(s * 100 * 2 ** 40, d * 1e12 * (100 - free))} drives`,
          'counts each drive at the binary TiB its computer shows, and the job in TB',
        ],
      ],
      figures: { s, d, free },
    }
  }),
  family('half-day-billing', (rng) => {
    const r = rng.pick([400, 450, 500, 550, 600, 650])
    let h = rng.int(5, 60)
    if (h % 4 === 0) h += 1
    return {
      stem: `An editor's day rate is $${r} for 8 hours and work is billed in half-days, rounding the total hours up to the next half-day. A job takes ${h} hours. What is the fee?`,
      key: `$${count((Math.ceil(h / 4) * r) / 2)}`,
      wrong: [
        [`$${count(Math.round((h * r) / 8))}`, 'bills the exact hours'],
        [`$${count(Math.ceil(h / 8) * r)}`, 'rounds up to whole days'],
        [`$${count((Math.round(h / 4) * r) / 2)}`, 'rounds to the nearest half-day'],
        [`$${count(Math.ceil(h / 4) * r)}`, 'charges a half-day at the day rate'],
        [`$${count((Math.floor(h / 4) * r) / 2)}`, 'rounds down to half-days'],
        [
          `$${count(Math.round((h * r) / 16))}`,
          'works an hourly rate as the half-day fee over 8 hours',
        ],
        [`$${count(Math.round((h * r) / 4))}`, 'works an hourly rate as the day rate over 4 hours'],
      ],
      figures: { r, h },
    }
  }),
]
