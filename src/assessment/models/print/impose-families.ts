import { VariantError } from '../assemble-variant.js'
import { aNum, ceilDiv, client, count, family, mm2, share } from './print-text.js'

// Imposition and quantities: pieces per press sheet, sheets with overs, saddle-stitched page
// counts (a folded sheet carries four pages), signatures, page pairing and creep. Each stem
// states the gripper, gutter, overs and creep rule it uses.

const sheets = count('sheets')
const pages = count('pages')
const up = (n: number) => `${n}-up`

/** Press sheets in millimetres. */
const PRESS = [
  [450, 320],
  [464, 320],
  [640, 450],
  [720, 1020],
  [700, 1000],
  [520, 360],
] as const
/** Pieces (trim, mm). */
const PIECES = [
  [85, 55],
  [99, 210],
  [148, 210],
  [105, 148],
  [210, 297],
  [90, 50],
  [127, 178],
] as const

/** Pieces of `w` × `h` in an area, all one way round, the better way round. */
function fitUp(aw: number, ah: number, w: number, h: number): number {
  const one = Math.floor(aw / w) * Math.floor(ah / h)
  const other = Math.floor(aw / h) * Math.floor(ah / w)
  return Math.max(one, other)
}

export const IMPOSE_FAMILIES = [
  family('n-up-with-gripper-and-bleed', (rng) => {
    const [sw, sh] = rng.pick(PRESS)
    const [w, h] = rng.pick(PIECES)
    const g = rng.pick([10, 12, 15])
    const b = 3
    // The usable area: the gripper off one long edge; each piece carries its bleed, and bleeds
    // butt against each other (a 6 mm gutter between trims).
    const [aw, ah] = [sw, sh - g]
    const key = fitUp(aw, ah, w + 2 * b, h + 2 * b)
    if (key < 2) throw new VariantError('too few up')
    return {
      stem: `A press sheet is ${sw} × ${sh} mm; the press needs a ${g} mm gripper margin along one long edge and nothing else. Pieces trim to ${w} × ${h} mm with 3 mm bleed on every edge, so each takes ${w + 2 * b} × ${h + 2 * b} mm and they sit bleed to bleed, all turned the same way (either way round). How many fit on a sheet?`,
      key: up(key),
      wrong: [
        [up(fitUp(sw, sh, w + 2 * b, h + 2 * b)), 'ignores the gripper margin'],
        [up(fitUp(aw, ah, w, h)), 'leaves out the bleed'],
        [
          up(Math.floor((aw * ah) / ((w + 2 * b) * (h + 2 * b)))),
          'divides the areas, as if pieces could be cut in parts',
        ],
        [
          up(Math.floor(aw / (w + 2 * b)) * Math.floor(ah / (h + 2 * b))),
          'tries only one way round',
        ],
        [up(fitUp(aw, sh - 2 * g, w + 2 * b, h + 2 * b)), 'takes the gripper off both long edges'],
        [up(fitUp(aw, ah, w + b, h + b)), 'adds bleed to one edge of each piece only'],
        [up(fitUp(sw - g, sh, w + 2 * b, h + 2 * b)), 'takes the gripper off a short edge'],
        [
          up(fitUp(sw - g, sh - g, w + 2 * b, h + 2 * b)),
          'takes the gripper off a short edge as well',
        ],
        [
          up(fitUp(sw - 2 * b, ah - 2 * b, w + 2 * b, h + 2 * b)),
          'keeps a bleed-width margin round the sheet too',
        ],
        [up(fitUp(sw, sh, w, h)), 'leaves out both the bleed and the gripper'],
        [up(fitUp(aw, ah, w + 4 * b, h + 4 * b)), 'adds a 6 mm gutter on top of the bleeds'],
        [up(Math.floor((aw * ah) / (w * h))), 'divides the areas, trim size only'],
        [up(2 * key), 'counts both sides of the sheet as separate pieces'],
      ],
      figures: { sw, sh, w, h, g, b },
    }
  }),
  family('sheets-with-overs-percent', (rng) => {
    const n = rng.pick([4, 6, 8, 12, 16, 24])
    const q = rng.int(5, 60) * 250
    const p = rng.pick([3, 5, 8, 10])
    const net = ceilDiv(q, n)
    return {
      stem: `${q.toLocaleString('en-GB')} flyers for ${client(rng)} are printed ${n}-up. The printer adds ${p} % overs to the press sheets the job needs, rounding each step up to whole sheets. How many press sheets?`,
      key: sheets(ceilDiv(net * (100 + p), 100)),
      wrong: [
        [sheets(net), 'leaves out the overs'],
        [sheets(ceilDiv(q * (100 + p), 100)), 'forgets the pieces are printed several up'],
        [sheets(net + p), 'adds the percentage as sheets'],
        [sheets(ceilDiv(net * 100, 100 - p)), 'grosses up as if overs were a share of the total'],
        [sheets(ceilDiv(q, n * 2)), 'counts both sides of the sheet as separate pieces'],
        [sheets(ceilDiv(net * (100 + 2 * p), 100)), 'adds the overs twice'],
      ],
      figures: { n, q, p },
    }
  }),
  family('saddle-stitch-text-sheets', (rng) => {
    const p = rng.int(2, 12) * 4
    const q = rng.int(2, 40) * 100
    return {
      stem: `A ${p + 4}-page saddle-stitched booklet has a separate 4-page cover on heavier stock and ${p} text pages. Each text sheet folds once to make 4 pages. How many text sheets for ${q.toLocaleString('en-GB')} copies, before overs?`,
      key: sheets((q * p) / 4),
      wrong: [
        [sheets((q * (p + 4)) / 4), 'counts the cover as text'],
        [sheets((q * p) / 2), 'counts a sheet as 2 pages'],
        [sheets((q * p) / 8), 'counts a sheet as 8 pages'],
        [sheets((q * (p - 4)) / 4), 'takes the cover out of the text pages'],
        [sheets(q * p), 'counts a sheet per page'],
      ],
      figures: { p, q },
    }
  }),
  family('signature-padding-blanks', (rng) => {
    const s = rng.pick([8, 16, 32])
    const p = rng.int(40, 300)
    if (p % s === 0) throw new VariantError('no padding')
    return {
      stem: `A perfect-bound book has ${p} pages and is printed only in ${s}-page signatures. How many blank pages are added to fill the last signature?`,
      key: pages(ceilDiv(p, s) * s - p),
      wrong: [
        [pages(p % s), 'gives the pages that spill into the last signature'],
        [pages(ceilDiv(p, 4) * 4 - p), 'pads to a multiple of 4'],
        [pages(ceilDiv(p, s * 2) * s * 2 - p), `pads to ${s * 2}-page signatures`],
        [pages(ceilDiv(p, s / 2) * (s / 2) - p), `pads to ${s / 2}-page signatures`],
        [pages(s), 'adds a whole signature'],
        [pages(ceilDiv(p, s) * s), 'gives the padded page count, not the blanks'],
      ],
      figures: { s, p },
    }
  }),
  family('signatures-needed', (rng) => {
    const s = rng.pick([8, 16, 32])
    const p = rng.int(48, 400)
    if (p % s === 0) throw new VariantError('even')
    const sig = count('signatures')
    return {
      stem: `${aNum(p)} ${p}-page book is printed in ${s}-page signatures, the last one padded with blanks. How many signatures make one copy?`,
      key: sig(ceilDiv(p, s)),
      wrong: [
        [sig(Math.floor(p / s)), 'drops the part-filled last signature'],
        [sig(ceilDiv(p, s * 2)), 'counts both sides of a sheet as a signature each'],
        [sig(ceilDiv(p, s / 2)), 'counts each side of the signature sheet as a signature'],
        [sig(ceilDiv(p, 4)), 'counts folded sheets of 4 pages'],
        [sig(ceilDiv(p, 8)), 'counts 8-page sections'],
      ],
      figures: { s, p },
    }
  }),
  family('creep-of-centre-spread', (rng) => {
    const n = rng.int(6, 20)
    const cal = rng.pick([80, 90, 100, 110, 120, 130, 150])
    const h = (um: number) => mm2(um / 10)
    return {
      stem: `A saddle-stitched booklet has ${n * 4} pages (${n} nested sheets) on stock ${cal} µm thick. The printer's creep rule: the outer sheet moves 0, and each sheet inward moves by one more paper thickness, so the centre sheet's pages shift toward the spine by (sheets − 1) × thickness. How far does the centre spread shift?`,
      key: h((n - 1) * cal),
      wrong: [
        [h(n * cal), 'counts every sheet, the outer one too'],
        [h((n * 4 - 1) * cal), 'counts pages, not sheets'],
        [h((n * 2 - 1) * cal), 'counts leaves, not sheets'],
        [mm2(share((n - 1) * cal, 1, 20)), 'halves it between the two pages of the spread'],
        [h((n - 1) * cal * 2), 'doubles it for the fold'],
      ],
      figures: { n, cal },
    }
  }),
  family('creep-of-sheet-k', (rng) => {
    const n = rng.int(8, 20)
    const k = rng.int(3, n - 2)
    const cal = rng.pick([80, 90, 100, 110, 120, 130, 150])
    const h = (um: number) => mm2(um / 10)
    return {
      stem: `A booklet of ${n} nested sheets is on stock ${cal} µm thick. Creep is stepped: sheet 1 (the outermost) shifts 0, and each sheet inward shifts one paper thickness more than the sheet outside it. How far toward the spine do the pages of sheet ${k} (counting from the outside) shift?`,
      key: h((k - 1) * cal),
      wrong: [
        [h(k * cal), 'starts the outer sheet at one thickness'],
        [h((n - k) * cal), 'counts from the centre sheet'],
        [h((n - 1) * cal), 'gives the centre sheet'],
        [h((2 * k - 1) * cal), 'counts leaves, not sheets'],
        [h((k - 1) * cal * 2), 'doubles it for the fold'],
      ],
      figures: { n, k, cal },
    }
  }),
  family('parent-sheets-to-order', (rng) => {
    const n = rng.pick([4, 8, 12, 16])
    const q = rng.int(4, 40) * 500
    const p = rng.pick([5, 8, 10])
    const c = rng.pick([2, 4])
    const press = ceilDiv(ceilDiv(q, n) * (100 + p), 100)
    return {
      stem: `${q.toLocaleString('en-GB')} cards print ${n}-up; the printer adds ${p} % overs to the press sheets (rounded up), and each parent sheet from the merchant cuts into ${c} press sheets. How many parent sheets, rounded up?`,
      key: sheets(ceilDiv(press, c)),
      wrong: [
        [sheets(press), 'orders press sheets as parent sheets'],
        [sheets(press * c), 'multiplies by the cut instead of dividing'],
        [sheets(ceilDiv(ceilDiv(q, n), c)), 'leaves out the overs'],
        [sheets(ceilDiv(ceilDiv(q * (100 + p), 100), c)), 'forgets the pieces print several up'],
        [
          sheets(ceilDiv(ceilDiv(q, n * c) * (100 + p), 100)),
          'divides by the cut before the overs and spreads them thinner',
        ],
        [sheets(ceilDiv(ceilDiv(q, n) + p, c)), 'adds the percentage as sheets'],
        [sheets(ceilDiv(q, c)), 'forgets the pieces print several up and the overs'],
      ],
      figures: { n, q, p, c },
    }
  }),
  family('make-ready-plus-run-spoilage', (rng) => {
    const n = rng.pick([2, 4, 8, 16])
    const q = rng.int(4, 40) * 250
    const m = rng.pick([100, 150, 200, 250])
    const p = rng.pick([2, 3, 4, 5])
    const net = ceilDiv(q, n)
    return {
      stem: `A job of ${q.toLocaleString('en-GB')} pieces prints ${n}-up. The printer allows ${m} sheets for make-ready plus ${p} % of the net sheets for running spoilage (rounded up). How many sheets go to press?`,
      key: sheets(net + m + ceilDiv(net * p, 100)),
      wrong: [
        [sheets(net + ceilDiv(net * p, 100)), 'leaves out the make-ready sheets'],
        [sheets(net + m), 'leaves out the running spoilage'],
        [sheets(net + ceilDiv((net + m) * p, 100) + m), 'takes the percentage of make-ready too'],
        [sheets(q + m + ceilDiv(q * p, 100)), 'forgets the pieces print several up'],
        [sheets(net + m + ceilDiv(q * p, 100)), 'takes the spoilage on pieces, not sheets'],
        [sheets(net + m * n + ceilDiv(net * p, 100)), 'counts make-ready per piece up'],
        [sheets(ceilDiv((net + m) * (100 + p), 100)), 'adds make-ready before the spoilage'],
      ],
      figures: { n, q, m, p },
    }
  }),
  family('pages-per-signature-sheet', (rng) => {
    const [w, h] = rng.pick([
      [148, 210],
      [210, 297],
      [105, 148],
    ] as const)
    const across = rng.pick([2, 4])
    const down = rng.pick([1, 2, 4])
    const side = across * down
    if (side < 4) throw new VariantError('small')
    return {
      stem: `A press sheet holds ${across} × ${down} pages of ${w} × ${h} mm on each side, printed sheetwise (a different plate each side) and folded down to one signature. How many pages is the signature?`,
      key: pages(2 * side),
      wrong: [
        [pages(side), 'counts one side of the sheet only'],
        [pages(4 * side), 'counts each page on both sides twice'],
        [pages(across + down), 'adds the rows and columns'],
        [pages(side / 2), 'counts spreads, not pages'],
        [pages(2 * (across + down)), 'adds the rows and columns for both sides'],
        [pages(8 * side), 'counts both sides twice and doubles'],
        [pages(side + 2), 'adds the cover to one side'],
      ],
      figures: { across, down },
    }
  }),
  family('plates-for-sheetwise-signatures', (rng) => {
    const s = rng.pick([16, 32])
    const p = rng.int(3, 14) * s
    const c = rng.pick([1, 2, 4])
    const plates = count('plates')
    return {
      stem: `${aNum(p)} ${p}-page book is printed in ${s}-page signatures, each printed sheetwise (its own plates for each side), ${c === 4 ? 'CMYK' : c === 1 ? 'black only' : 'two colours'} (${c} ink${c > 1 ? 's' : ''}) on both sides. How many plates?`,
      key: plates((p / s) * 2 * c),
      wrong: [
        [plates((p / s) * c), 'makes plates for one side of each sheet'],
        [plates((p / s) * 2), 'forgets a plate per ink'],
        [plates(p * c), 'makes a plate per page and ink'],
        [plates(p / s), 'counts signatures, not plates'],
        [plates(2 * c), 'counts plates for one signature'],
        [plates((p / (s / 2)) * 2 * c), 'counts each side as a signature'],
        [plates((p / s) * 2 * 4), 'assumes four inks'],
      ],
      figures: { s, p, c },
    }
  }),
  family('stock-on-hand-copies', (rng) => {
    const stock = rng.int(4, 60) * 100
    const n = rng.pick([2, 4, 6, 8])
    const p = rng.pick([5, 8, 10, 12])
    return {
      stem: `The printer has ${stock.toLocaleString('en-GB')} sheets of a discontinued stock. The job prints ${n}-up, and the printer adds ${p} % overs to the sheets a run needs. How many finished pieces can be promised at most, in whole press sheets' worth (net sheets × ${n})?`,
      key: count('pieces')(Math.floor((stock * 100) / (100 + p)) * n),
      wrong: [
        [count('pieces')(stock * n), 'leaves out the overs'],
        [
          count('pieces')(Math.floor((stock * (100 - p)) / 100) * n),
          'takes the percentage off the stock instead of grossing down',
        ],
        [
          count('pieces')(Math.floor((stock * 100) / (100 + p))),
          'forgets the pieces print several up',
        ],
        [
          count('pieces')(Math.floor((stock * (100 + p)) / 100) * n),
          'adds the overs instead of allowing for them',
        ],
      ],
      figures: { stock, n, p },
    }
  }),
  family('printer-spread-partner-page', (rng) => {
    const total = rng.int(3, 16) * 4
    const k = rng.int(2, total - 1)
    const reader = k % 2 === 0 ? k + 1 : k - 1
    const pg = (x: number) => `page ${x}`
    return {
      stem: `In a ${total}-page saddle-stitched booklet, the printer's spreads pair pages whose numbers add to one more than the page count. Which page sits beside page ${k} on the printed sheet?`,
      key: pg(total + 1 - k),
      wrong: [
        [pg(reader), 'gives the reader’s spread'],
        [pg(total - k), 'pairs to the page count, not one more'],
        [
          pg(total / 2 + k > total ? k - total / 2 : total / 2 + k),
          'pairs the page half a booklet away',
        ],
        [pg(k % 2 === 1 ? k + 1 : k - 1), 'gives the other side of the same leaf'],
      ],
      figures: { total, k },
    }
  }),
  family('sheet-carrying-a-page', (rng) => {
    const n = rng.int(4, 16)
    const total = n * 4
    const k = rng.int(3, total - 2)
    const inner = Math.min(k, total + 1 - k)
    const sh = (x: number) => `sheet ${x}`
    return {
      stem: `A ${total}-page saddle-stitched booklet is ${n} sheets nested, sheet 1 outermost. Sheet s carries pages 2s − 1 and 2s in the front half and their partners (which add to ${total + 1} with them) in the back half. Which sheet carries page ${k}?`,
      key: sh(Math.ceil(inner / 2)),
      wrong: [
        [sh(Math.ceil(k / 4)), 'puts four consecutive pages on each sheet'],
        [sh(Math.ceil(k / 2)), 'counts from the front past the middle'],
        [sh(n + 1 - Math.ceil(inner / 2)), 'counts the sheets from the centre'],
        [sh(Math.ceil(inner / 4)), 'puts four pages of the front half on each sheet'],
        [
          sh(Math.ceil((total + 1 - inner) / 2)),
          'counts through the back half as if it were the front',
        ],
        [sh(inner), 'counts leaves, not sheets'],
      ],
      figures: { n, k },
    }
  }),
  family('copies-from-a-ream-count', (rng) => {
    const q = rng.int(4, 60) * 1000
    const n = rng.pick([2, 4, 8])
    const ream = 500
    const p = rng.pick([5, 10])
    const net = ceilDiv(q, n)
    const withOvers = ceilDiv(net * (100 + p), 100)
    const reams = count('reams')
    return {
      stem: `A digital printer buys paper in reams of 500 sheets. ${q.toLocaleString('en-GB')} pieces print ${n}-up with ${p} % overs on the sheets (rounded up). How many whole reams must be opened?`,
      key: reams(ceilDiv(withOvers, ream)),
      wrong: [
        [reams(Math.floor(withOvers / ream)), 'rounds the reams down'],
        [reams(ceilDiv(net, ream)), 'leaves out the overs'],
        [reams(ceilDiv(ceilDiv(q * (100 + p), 100), ream)), 'forgets the pieces print several up'],
        [reams(ceilDiv(withOvers, 250)), 'counts a ream as 250 sheets'],
        [reams(ceilDiv(withOvers * 2, ream)), 'counts each side as a sheet'],
        [reams(ceilDiv(q, ream)), 'counts pieces as sheets'],
        [reams(ceilDiv(withOvers, 1000)), 'counts a ream as 1,000 sheets'],
      ],
      figures: { q, n, p },
    }
  }),
]
