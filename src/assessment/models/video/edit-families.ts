import type { Rng } from '../../rng.js'
import { ceilDiv, count, dec, family, frames, tc } from './video-text.js'

// Editing and timeline operations on a non-drop timeline at 24 or 25 fps. Marks are inclusive
// (the Out is the last frame used) unless a stem says otherwise, and positions are timecodes of
// frames; every stem states the edit tool and what it keeps fixed.

const fr = (n: number): string => `${count(n)} frames`

/** A timeline rate and a position an hour in, where broadcast sequences start. */
function timeline(rng: Rng): { fps: 24 | 25; base: number } {
  const fps = rng.pick([24, 25] as const)
  return { fps, base: fps * 3600 }
}

/** A frame count's label read again with seconds carried at 30 frames: the NTSC habit. */
function carry30(from: number, add: number, fps: number): string {
  const secs = Math.floor(from / fps)
  const f = frames(Math.floor(secs / 3600), Math.floor(secs / 60) % 60, secs % 60, from % fps, 30)
  return tc(f + add, 30)
}

export const EDIT_FAMILIES = [
  family('ripple-delete-moves-later-clip', (rng) => {
    const { fps, base } = timeline(rng)
    const a = base + rng.int(fps * 10, fps * 300)
    const b = a + rng.int(fps, fps * 40) + rng.int(1, fps - 1)
    const p = b + rng.int(fps * 5, fps * 200)
    const len = b - a + 1
    return {
      stem: `On a ${fps} fps timeline the editor marks In at ${tc(a, fps)} and Out at ${tc(b, fps)} (both frames inside the range) and ripple-deletes the range on every track. A lower third started at ${tc(p, fps)}. Where does it start now?`,
      key: tc(p - len, fps),
      wrong: [
        [tc(p, fps), 'lifts the range, leaving a gap'],
        [tc(p - len + 1, fps), 'removes the difference of the marks, not the Out frame'],
        [carry30(p, -len, fps), 'borrows 30 frames a second'],
        [tc(p + len, fps), 'moves the later clip the wrong way'],
      ],
      figures: { fps, a, b, p },
    }
  }),
  family('ripple-trim-moves-sequence-end', (rng) => {
    const { fps, base } = timeline(rng)
    const e = base + rng.int(fps * 120, fps * 1800)
    const k = rng.int(3, fps * 4)
    return {
      stem: `A ${fps} fps sequence's last frame is at ${tc(e, fps)}. With the ripple tool the editor trims the Out of a clip in the middle ${count(k)} frames earlier, on every track. Where is the sequence's last frame now?`,
      key: tc(e - k, fps),
      wrong: [
        [tc(e, fps), 'treats the ripple as a roll, which keeps the length'],
        [tc(e + k, fps), 'moves the end the wrong way'],
        [tc(e - 2 * k, fps), 'shortens both clips at the edit'],
        [carry30(e, -k, fps), 'borrows 30 frames a second'],
      ],
      figures: { fps, e, k },
    }
  }),
  family('roll-edit-changes-both-clips', (rng) => {
    const a = rng.int(60, 400)
    const b = rng.int(60, 400)
    const k = rng.int(3, 40)
    return {
      stem: `Clip A (${count(a)} frames) cuts to clip B (${count(b)} frames). The editor rolls the edit point ${k} frames later, so the cut happens ${k} frames later on the timeline. How long is clip B now?`,
      key: fr(b - k),
      wrong: [
        [fr(b + k), 'lengthens the incoming clip'],
        [fr(b), 'thinks a roll changes only the outgoing clip, as a ripple would'],
        [fr(a + k), 'gives the outgoing clip’s new length'],
        [fr(b - 2 * k), 'takes the roll off both sides of clip B'],
      ],
      figures: { a, b, k },
    }
  }),
  family('slip-edit-moves-source-marks', (rng) => {
    const fps = rng.pick([24, 25] as const)
    const s = rng.int(fps * 20, fps * 900)
    const d = rng.int(fps * 2, fps * 12)
    const k = rng.int(4, fps * 2)
    return {
      stem: `A ${count(d)}-frame shot on a ${fps} fps timeline uses source frames from ${tc(s, fps)} to ${tc(s + d - 1, fps)}, both included. The editor slips it so it shows material ${count(k)} frames later in the source, without moving it on the timeline. What is its source Out now?`,
      key: tc(s + d - 1 + k, fps),
      wrong: [
        [tc(s + d - 1, fps), 'moves only the source In'],
        [tc(s + d - 1 - k, fps), 'slips the wrong way'],
        [tc(s + d + k, fps), 'counts the Out as the frame after the shot'],
        [tc(s + d - 1 + 2 * k, fps), 'moves the Out by the slip twice'],
      ],
      figures: { fps, s, d, k },
    }
  }),
  family('slide-edit-changes-neighbours', (rng) => {
    const [a, c] = [rng.int(60, 400), rng.int(60, 400)]
    const b = rng.int(40, 200)
    const k = rng.int(3, 40)
    return {
      stem: `Three clips sit in a row: A (${count(a)} frames), B (${count(b)} frames) and C (${count(c)} frames). The editor slides B ${k} frames later, keeping its content and length. How long is clip C now?`,
      key: fr(c - k),
      wrong: [
        [fr(c), 'reads the slide as a slip, which leaves the neighbours alone'],
        [fr(c + k), 'lengthens the following clip'],
        [fr(a + k), 'gives the preceding clip’s new length'],
        [fr(c - 2 * k), 'takes the slide off C at both ends'],
      ],
      figures: { a, b, c, k },
    }
  }),
  family('three-point-edit-record-out', (rng) => {
    const { fps, base } = timeline(rng)
    const si = rng.int(fps * 30, fps * 1200)
    const so = si + rng.int(fps * 2, fps * 30) + rng.int(1, fps - 1)
    const ri = base + rng.int(fps * 10, fps * 600)
    return {
      stem: `A three-point edit on a ${fps} fps timeline: source In ${tc(si, fps)}, source Out ${tc(so, fps)} (both frames used) and record In ${tc(ri, fps)}. What record Out (the last frame the clip fills) does the NLE compute?`,
      key: tc(ri + so - si, fps),
      wrong: [
        [tc(ri + so - si + 1, fps), 'adds a frame for the Out though it is already included'],
        [tc(so, fps), 'copies the source Out'],
        [carry30(ri, so - si, fps), 'carries seconds at 30 frames'],
        [tc(ri + so - si - 1, fps), 'drops the Out frame from the duration'],
      ],
      figures: { fps, si, so, ri },
    }
  }),
  family('backtimed-source-in', (rng) => {
    const { fps, base } = timeline(rng)
    const so = rng.int(fps * 60, fps * 1200)
    const ri = base + rng.int(fps * 10, fps * 600)
    const ro = ri + rng.int(fps * 2, fps * 20) + rng.int(1, fps - 1)
    return {
      stem: `The editor backtimes a ${fps} fps shot so a door slam (source Out ${tc(so, fps)}) lands on record Out ${tc(ro, fps)}, with record In ${tc(ri, fps)}; all marks are frames included in the edit. Which source frame becomes the In?`,
      key: tc(so - (ro - ri), fps),
      wrong: [
        [tc(so + (ro - ri), fps), 'times forward from the source Out'],
        [tc(so - (ro - ri) - 1, fps), 'backs off the full duration, one frame too far'],
        [tc(ri, fps), 'copies the record In'],
        [tc(so - (ro - ri) + 1, fps), 'excludes the source Out from the shot'],
      ],
      figures: { fps, so, ri, ro },
    }
  }),
  family('fit-to-fill-speed', (rng) => {
    const fps = rng.pick([24, 25] as const)
    const s = rng.int(30, 300)
    let r = rng.int(30, 300)
    if (r === s) r += 7
    return {
      stem: `A fit-to-fill edit puts source frames ${count(fps * 100)} to ${count(fps * 100 + s - 1)} (both included) into a timeline gap from frame ${count(fps * 400)} to ${count(fps * 400 + r - 1)} (both included). What speed does the NLE set, as a percentage to two decimals?`,
      key: `${dec(s * 100, r)} %`,
      wrong: [
        [`${dec(r * 100, s)} %`, 'divides the gap by the source'],
        [`${dec(Math.abs(s - r) * 100, r)} %`, 'gives the change in speed, not the speed'],
        [`${dec((s - 1) * 100, r - 1)} %`, 'subtracts the marks and loses both Out frames'],
        [`${dec(Math.abs(s - r) * 100, s)} %`, 'takes the change as a share of the source'],
      ],
      figures: { s, r },
    }
  }),
  family('split-edit-audio-mark', (rng) => {
    const { fps, base } = timeline(rng)
    const x = base + rng.int(fps * 10, fps * 900)
    const k = rng.int(4, fps * 2)
    const j = rng.next() < 0.5
    const lead = tc(x - k, fps)
    const tail = tc(x + k - 1, fps)
    return {
      stem: j
        ? `The picture cuts from A to B at ${tc(x, fps)} on a ${fps} fps timeline (B's first frame). The editor makes a J cut so B's audio is heard ${count(k)} frames before its picture. At what timecode does B's audio start?`
        : `The picture cuts from A to B at ${tc(x, fps)} on a ${fps} fps timeline (B's first frame). The editor makes an L cut so A's audio carries on for ${count(k)} frames under B's picture. What is the timecode of A's last audio frame?`,
      key: j ? lead : tail,
      wrong: j
        ? [
            [tc(x + k, fps), 'makes an L cut instead, the audio after the picture'],
            [tc(x - k + 1, fps), 'counts the cut frame as one of the lead'],
            [carry30(x, -k, fps), 'borrows 30 frames a second'],
            [tc(x - 2 * k, fps), 'leads by the overlap on both clips'],
          ]
        : [
            [tc(x + k, fps), 'gives the first frame after the audio'],
            [tc(x - k, fps), 'makes a J cut instead, the audio before the picture'],
            [carry30(x, k - 1, fps), 'carries seconds at 30 frames'],
            [tc(x + 2 * k - 1, fps), 'carries the overlap on both clips'],
          ],
      figures: { fps, x, k, j: j ? 1 : 0 },
    }
  }),
  family('conform-export-with-handles', (rng) => {
    const fps = rng.pick([24, 25] as const)
    const d = rng.int(fps * 2, fps * 20)
    const h = rng.int(1, 3)
    return {
      stem: `For the colourist, a ${count(d)}-frame shot from a ${fps} fps edit is exported with handles of ${h} second${h > 1 ? 's' : ''} before and after it. How many frames does the exported clip hold?`,
      key: fr(d + 2 * h * fps),
      wrong: [
        [fr(d + h * fps), 'adds the handle at one end only'],
        [fr(d), 'exports the shot without handles'],
        [fr(2 * h * fps), 'gives the handles alone'],
        [fr(d + 2 * h), 'reads the handle seconds as frames'],
        [fr(d + 2 * h * 30), 'counts a second as 30 frames'],
        [fr(d + 4 * h * fps), 'adds both handles at both ends'],
      ],
      figures: { fps, d, h },
    }
  }),
  family('insert-edit-pushes-later-clip', (rng) => {
    const { fps, base } = timeline(rng)
    const x = base + rng.int(fps * 10, fps * 600)
    const d = rng.int(fps, fps * 30) + rng.int(1, fps - 1)
    const p = x + rng.int(fps * 5, fps * 200)
    return {
      stem: `On a ${fps} fps timeline a ${count(d)}-frame shot is cut in with an insert edit at ${tc(x, fps)} on every track. A music cue started at ${tc(p, fps)}. Where does it start now?`,
      key: tc(p + d, fps),
      wrong: [
        [tc(p, fps), 'treats the insert as an overwrite'],
        [tc(p + d - 1, fps), 'pushes by the duration less the first frame'],
        [carry30(p, d, fps), 'carries seconds at 30 frames'],
        [tc(x + d, fps), 'gives the end of the inserted shot'],
      ],
      figures: { fps, x, d, p },
    }
  }),
  family('cut-on-the-beat-position', (rng) => {
    const fps = rng.pick([24, 25] as const)
    let bpm = rng.int(88, 140)
    if ((60 * fps) % bpm === 0) bpm += 1
    const n = rng.int(9, 64)
    const beat = (60 * fps) / bpm
    return {
      stem: `A montage on a ${fps} fps timeline cuts on every beat of a ${bpm} BPM track that starts at frame 0. Each cut goes on the frame nearest the exact beat time. On which frame does the cut for beat ${n} land (beat 1 is one beat after the start)?`,
      key: fr(Math.round(n * beat)),
      wrong: [
        [fr(n * Math.round(beat)), 'rounds one beat to frames and multiplies, piling up the error'],
        [fr(Math.round((n * 60 * 30) / bpm)), 'counts beats at 30 frames a second'],
        [fr(Math.round((n - 1) * beat)), 'counts the start as beat 1'],
        [fr(n * Math.floor(beat)), 'drops each beat’s part frame'],
        [fr(Math.floor(n * beat)), 'truncates the exact beat time'],
        [fr(n * ceilDiv(60 * fps, bpm)), 'rounds each beat up to whole frames and multiplies'],
        [fr(ceilDiv(n * 60 * fps, bpm)), 'rounds the exact beat time up'],
      ],
      figures: { fps, bpm, n },
    }
  }),
  family('two-pop-before-first-frame', (rng) => {
    const { fps, base } = timeline(rng)
    const p = base + rng.int(0, 3) * fps * 60 + rng.int(0, 59) * fps
    return {
      stem: `A ${fps} fps programme's first frame of action is at ${tc(p, fps)}. House style puts the sync 2-pop exactly two seconds before the first frame of action. On what timecode goes the 2-pop?`,
      key: tc(p - 2 * fps, fps),
      wrong: [
        [tc(p - 2, fps), 'counts two frames, not two seconds'],
        [tc(p - 2 * fps - 1, fps), 'puts it on the frame before the two seconds'],
        [carry30(p, -60, fps), 'counts two seconds as 60 frames'],
        [tc(p - 2 * fps + 1, fps), 'counts the first frame of action as one of the two seconds'],
      ],
      figures: { fps, p },
    }
  }),
  family('overwrite-past-sequence-end', (rng) => {
    const { fps, base } = timeline(rng)
    const e = base + rng.int(fps * 60, fps * 1200)
    const x = e - rng.int(fps, fps * 8)
    const d = rng.int(e - x + fps, e - x + fps * 10)
    return {
      stem: `A ${fps} fps sequence's last frame is at ${tc(e, fps)}. The editor overwrites a ${count(d)}-frame shot starting at ${tc(x, fps)}, which runs past the end. Where is the sequence's last frame now?`,
      key: tc(x + d - 1, fps),
      wrong: [
        [tc(e + d, fps), 'adds the whole shot to the old end, as an insert would'],
        [tc(e, fps), 'thinks an overwrite never changes the length'],
        [tc(x + d, fps), 'gives the first frame after the shot'],
        [tc(e + d - (e - x), fps), 'adds the shot from the old last frame'],
      ],
      figures: { fps, e, x, d },
    }
  }),
  family('slip-room-left-in-source', (rng) => {
    const fps = rng.pick([24, 25] as const)
    const m = rng.int(fps * 20, fps * 120)
    const d = rng.int(fps * 2, fps * 10)
    const s = rng.int(fps, m - d - fps)
    return {
      stem: `A source clip holds ${count(m)} frames, numbered 0 to ${count(m - 1)}. A ${count(d)}-frame shot uses source frames ${count(s)} to ${count(s + d - 1)}. How many frames later can the editor slip it before running out of media?`,
      key: fr(m - s - d),
      wrong: [
        [fr(m - s), 'forgets the shot’s own length'],
        [fr(m - s - d + 1), 'counts the last source frame twice'],
        [fr(s), 'gives the room to slip earlier'],
        [fr(m - d), 'measures from the start of the clip'],
      ],
      figures: { m, d, s },
    }
  }),
]
