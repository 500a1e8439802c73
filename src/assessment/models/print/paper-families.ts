import { VariantError } from '../assemble-variant.js'
import { aNum, client, count, family, inch, mm1, mm2, share } from './print-text.js'

// Paper, binding and finishing. Basis-weight factors are stated in every stem: 1 gsm is
// 0.6757 lb text (25 × 38 in, 500 sheets), 0.3698 lb cover (20 × 26 in) and 0.2660 lb bond
// (17 × 22 in); they follow from 500 sheets of each basis size (25 × 38 in is 0.6129 m²) and
// 453.59 g to the pound. Pages per inch (PPI) counts pages, two to a leaf.

const lb = count('lb')
const gsm = count('gsm')
const grams = count('g')
const kg1 = (tenths: number) => `${(tenths / 10).toFixed(1)} kg`

const FACTORS = 'text 0.6757, cover 0.3698, bond 0.2660 (basis lb = gsm × factor)'

export const PAPER_FAMILIES = [
  family('gsm-to-text-basis-weight', (rng) => {
    const g = rng.pick([90, 100, 115, 120, 130, 150, 170])
    return {
      stem: `A US printer quotes in pounds. Your spec is ${g} gsm text. The printer's factors from gsm to basis pounds are: ${FACTORS}. What is it in lb text, to the whole pound?`,
      key: lb(share(g, 6757, 10000)),
      wrong: [
        [lb(share(g, 3698, 10000)), 'uses the cover factor'],
        [lb(share(g, 2660, 10000)), 'uses the bond factor'],
        [lb(share(g, 10000, 6757)), 'divides by the factor'],
        [lb(g), 'takes gsm and pounds as the same number'],
        [lb(share(g, 10000, 3698)), 'divides by the cover factor'],
      ],
      figures: { g },
    }
  }),
  family('basis-weight-to-gsm', (rng) => {
    // Cover or bond: bond's basis sheet is the smallest, so its key tops the factor readings.
    const grade = rng.pick(['cover', 'bond'] as const)
    const [f, other] = grade === 'cover' ? [3698, 2660] : [2660, 3698]
    const p =
      grade === 'cover' ? rng.pick([65, 80, 100, 110, 120, 130]) : rng.pick([16, 20, 24, 28, 32])
    return {
      stem: `A client's sample says ${p} lb ${grade}. A European printer needs gsm. Factors from gsm to basis pounds: ${FACTORS}. What is it in gsm, to the whole gram?`,
      key: gsm(share(p, 10000, f)),
      wrong: [
        [gsm(share(p, 10000, 6757)), 'uses the text factor'],
        [gsm(share(p, f, 10000)), 'multiplies by the factor instead of dividing'],
        [gsm(p), 'takes pounds and gsm as the same number'],
        [gsm(share(p, 10000, other)), `uses the ${grade === 'cover' ? 'bond' : 'cover'} factor`],
        [
          gsm(share(p, 10000, f * 2)),
          'reads the pounds as the M weight (1,000 sheets), not the 500-sheet basis',
        ],
      ],
      figures: { p, f, other },
    }
  }),
  family('text-to-cover-equivalent', (rng) => {
    const t = rng.pick([80, 100, 70, 60])
    return {
      stem: `Is ${t} lb text heavier than a cover stock? Factors from gsm to basis pounds: ${FACTORS}. What is ${t} lb text in lb cover, to the whole pound?`,
      key: lb(share(t, 3698, 6757)),
      wrong: [
        [lb(share(t, 6757, 3698)), 'converts the wrong way'],
        [lb(t), 'takes the two scales as equal'],
        [lb(share(t, 2660, 6757)), 'converts to bond'],
        [lb(share(t * 2, 3698, 6757)), 'doubles it for the cover’s two sides'],
        [lb(share(t, 2660, 3698)), 'converts bond to cover'],
        [lb(share(t, 10000, 6757)), 'gives gsm, not lb cover'],
      ],
      figures: { t },
    }
  }),
  family('spine-from-pages-per-inch', (rng) => {
    const ppi = rng.pick([400, 434, 444, 500, 526, 370])
    const p = rng.int(12, 60) * 8
    return {
      stem: `A perfect-bound book has ${p} pages on a stock the mill rates at ${ppi} PPI (pages per inch). Spine width is pages ÷ PPI; ignore the cover. What is the spine, in inches to three decimals?`,
      key: inch(share(p * 1000, 1, ppi)),
      wrong: [
        [inch(share((p / 2) * 1000, 1, ppi)), 'divides leaves, not pages, by the PPI'],
        [inch(share(p * 2 * 1000, 1, ppi)), 'doubles the pages'],
        [inch(share(ppi * 1000, 1, p)), 'divides the PPI by the pages'],
        [inch(share((p + 4) * 1000, 1, ppi)), 'counts the cover’s four pages as text'],
      ],
      figures: { p, ppi },
    }
  }),
  family('spine-from-caliper', (rng) => {
    const p = rng.int(10, 50) * 8
    const cal = rng.pick([80, 90, 100, 110, 120])
    const cover = rng.pick([250, 300, 350])
    const h = (um: number) => mm2(share(um, 1, 10))
    return {
      stem: `${aNum(p)} ${p}-page perfect-bound book is on text stock ${cal} µm thick per leaf with a cover ${cover} µm thick. The printer's spine rule: (pages ÷ 2) × text caliper + 2 × cover caliper. What is the spine, in millimetres to two decimals?`,
      key: h((p / 2) * cal + 2 * cover),
      wrong: [
        [h(p * cal + 2 * cover), 'counts pages, not leaves'],
        [h((p / 2) * cal), 'leaves out the cover'],
        [h((p / 2) * cal + cover), 'adds one cover thickness only'],
        [h((p / 4) * cal + 2 * cover), 'counts folded sheets, not leaves'],
        [h(p * cal), 'counts pages and leaves out the cover'],
        [h((p / 2) * cal + 4 * cover), 'counts four cover leaves'],
        [h(p * cal + 4 * cover), 'counts pages, and four cover leaves'],
      ],
      figures: { p, cal, cover },
    }
  }),
  family('pages-per-inch-from-caliper', (rng) => {
    const cal = rng.pick([32, 35, 36, 38, 40, 42, 45, 48, 50])
    const ppi = count('PPI')
    return {
      stem: `A text stock's caliper is 0.00${cal} in per leaf (sheet). Each leaf carries two pages. What is its PPI (pages per inch), to the whole number?`,
      key: ppi(share(2, 10000, cal)),
      wrong: [
        [ppi(share(1, 10000, cal)), 'gives leaves per inch'],
        [ppi(share(4, 10000, cal)), 'counts four pages to a leaf'],
        [ppi(share(2, 1000, cal)), 'misplaces the decimal of the caliper'],
        [ppi(share(2, 100000, cal)), 'reads the caliper a place too far right'],
        [ppi(share(2_000_000, 1, 254 * cal)), 'gives pages per centimetre'],
      ],
      figures: { cal },
    }
  }),
  family('tri-fold-fold-in-panel', (rng) => {
    const o = rng.int(95, 105)
    const d = rng.pick([2, 3])
    const w = 3 * o - d
    return {
      stem: `A roll-fold (letter-fold) leaflet for ${client(rng)} is ${w} mm wide flat. The panel that folds in must be ${d} mm narrower than the other two, which are equal. How wide is the fold-in panel?`,
      key: mm1((o - d) * 10),
      wrong: [
        [mm1(Math.round((w * 10) / 3)), 'makes the three panels equal'],
        [mm1(o * 10), 'gives an outer panel'],
        [mm1(Math.round((w * 10) / 3) - d * 10), 'takes the allowance off a third of the width'],
        [mm1((o + d) * 10), 'makes the fold-in panel the wider one'],
        [
          mm1(Math.round(((w - d) * 10) / 3)),
          'takes the allowance off the flat width and divides by three',
        ],
      ],
      figures: { o, d, w },
    }
  }),
  family('tri-fold-outer-panel', (rng) => {
    const o = rng.int(95, 105)
    const d = rng.pick([2, 3])
    const w = 3 * o - d
    return {
      stem: `A letter-fold brochure is ${w} mm wide flat. Its fold-in panel is ${d} mm narrower than the other two, which are equal. How wide is each of the two equal panels?`,
      key: mm1(o * 10),
      wrong: [
        [mm1(Math.round((w * 10) / 3)), 'makes the three panels equal'],
        [mm1((o - d) * 10), 'gives the fold-in panel'],
        [mm1(Math.round(((w - d) * 10) / 3)), 'takes the allowance off before dividing'],
        [mm1(Math.round(((w + 2 * d) * 10) / 3)), 'adds the allowance twice'],
        [mm1(((w - (o - d)) * 10) / 2 + d * 10), 'adds the allowance to each outer panel'],
        [mm1(Math.round(((w + d) * 10) / 2)), 'divides by two panels'],
        [mm1((o + d) * 10), 'adds the allowance to the outer panels'],
      ],
      figures: { o, d, w },
    }
  }),
  family('gate-fold-flap', (rng) => {
    const f = rng.int(70, 110)
    const d = rng.pick([1, 2, 3])
    const w = 4 * f + 2 * d
    return {
      stem: `A gate-fold invitation is ${w} mm wide flat: two flaps fold in to meet over a centre panel. Each flap is ${d} mm narrower than half the centre panel so the flaps do not buckle. How wide is each flap?`,
      key: mm1(f * 10),
      wrong: [
        [mm1(Math.round((w * 10) / 4)), 'makes each flap a quarter of the flat width'],
        [mm1(Math.round((w * 10) / 3)), 'divides the width into three equal panels'],
        [mm1((2 * f + 2 * d) * 10), 'gives the centre panel'],
        [mm1(Math.round(((w - d) * 10) / 4)), 'takes the allowance off once before dividing'],
        [mm1((f - d) * 10), 'takes the allowance off the flap again'],
        [mm1(2 * f * 10), 'gives the two flaps together'],
        [mm1(Math.round((w * 10) / 2)), 'halves the flat width'],
      ],
      figures: { f, d, w },
    }
  }),
  family('perfect-bound-cover-spread', (rng) => {
    const [w, h] = rng.pick([
      [148, 210],
      [156, 234],
      [170, 240],
      [210, 297],
      [127, 203],
    ] as const)
    const spine = rng.int(60, 300) / 10
    const st = Math.round(spine * 10)
    const b = 3
    return {
      stem: `A perfect-bound book trims to ${w} × ${h} mm with a ${spine.toFixed(1)} mm spine. The cover is one flat piece: back, spine, front, with 3 mm bleed on all outer edges. How wide is the cover file?`,
      key: mm1(2 * w * 10 + st + 2 * b * 10),
      wrong: [
        [mm1(2 * w * 10 + st), 'leaves out the bleed'],
        [mm1(2 * w * 10 + 2 * b * 10), 'leaves out the spine'],
        [mm1(2 * w * 10 + st + 4 * b * 10), 'adds bleed at the spine folds too'],
        [mm1(2 * w * 10 + 2 * st + 2 * b * 10), 'adds the spine twice'],
        [mm1(w * 10 + st + 2 * b * 10), 'counts one cover panel'],
      ],
      figures: { w, st, b },
    }
  }),
  family('booklet-weight-per-copy', (rng) => {
    const [name, w, h] = rng.pick([
      ['A5', 148, 210],
      ['A4', 210, 297],
    ] as const)
    const p = rng.int(2, 10) * 4
    const g = rng.pick([90, 100, 115, 130])
    const cg = rng.pick([250, 300, 350])
    // Leaves p/2 of w × h, cover 2 leaves of cover stock; grams = area m² × gsm.
    const leafArea = w * h // mm²
    const t = (leaves: number, gs: number) => leaves * leafArea * gs // mm² × gsm = µg·1e-?
    const gramsOf = (x: number) => share(x, 1, 1_000_000)
    return {
      stem: `An ${name} (${w} × ${h} mm) saddle-stitched booklet has ${p} text pages on ${g} gsm and a 4-page cover on ${cg} gsm. A page is one side of a leaf; weight is area in m² × gsm. What does one copy weigh, to the whole gram?`,
      key: grams(gramsOf(t(p / 2, g) + t(2, cg))),
      wrong: [
        [grams(gramsOf(t(p, g) + t(4, cg))), 'counts pages as leaves'],
        [grams(gramsOf(t(p / 2, g))), 'leaves out the cover'],
        [grams(gramsOf(t(p / 2 + 2, g))), 'weighs the cover as text stock'],
        [grams(gramsOf(t(p / 4, g) + t(1, cg))), 'counts folded sheets as leaves'],
        [grams(gramsOf(t(p / 2, g) + t(4, cg))), 'counts the cover’s pages as leaves'],
      ],
      figures: { w, h, p, g, cg },
    }
  }),
  family('sheets-from-paper-weight', (rng) => {
    const [sw, sh] = rng.pick([
      [720, 1020],
      [640, 900],
      [450, 320],
      [700, 1000],
    ] as const)
    const g = rng.pick([90, 115, 130, 150, 170, 250, 300])
    const kg = rng.int(20, 400)
    const per = sw * sh * g // millionths of a gram a sheet
    const sheetsOf = (grams: number, each: number) => Math.floor((grams * 1_000_000) / each)
    return {
      stem: `A pallet holds ${kg} kg of ${sw} × ${sh} mm paper at ${g} gsm. Weight = m² × gsm. How many whole sheets is that, rounded down?`,
      key: count('sheets')(sheetsOf(kg * 1000, per)),
      wrong: [
        [count('sheets')(sheetsOf(kg * 1000, per * 2)), 'weighs both sides of each sheet'],
        [count('sheets')(Math.floor((kg * 1000) / g)), 'takes gsm as grams per sheet'],
        [count('sheets')(sheetsOf(kg * 10000, per)), 'misplaces the decimal converting kilograms'],
        [count('sheets')(sheetsOf(kg * 100, per)), 'divides by 10 once too often'],
        [
          count('sheets')(sheetsOf(kg * 1000, Math.floor(per / 2))),
          'weighs the half sheet the job is cut to',
        ],
      ],
      figures: { sw, sh, g, kg },
    }
  }),
  family('paper-weight-of-order', (rng) => {
    const [sw, sh] = rng.pick([
      [720, 1020],
      [640, 900],
      [450, 320],
      [700, 1000],
    ] as const)
    const g = rng.pick([90, 115, 130, 150, 170, 250, 300])
    const n = rng.int(5, 80) * 100
    const tenthsKg = (x: number) => share(x, 1, 100_000_000)
    return {
      stem: `A printer orders ${n.toLocaleString('en-GB')} sheets of ${sw} × ${sh} mm at ${g} gsm for a job for ${client(rng)}. Weight is area in m² × gsm. How much does the order weigh, in kilograms to one decimal?`,
      key: kg1(tenthsKg(n * sw * sh * g)),
      wrong: [
        [kg1(tenthsKg(n * sw * sh * g * 2)), 'counts both sides of the sheet'],
        [kg1(share(n * g, 10, 1000)), 'takes gsm as grams per sheet'],
        [
          kg1(tenthsKg(n * sw * sh * g) * 10),
          'misplaces the decimal converting grams to kilograms',
        ],
        [kg1(share(tenthsKg(n * sw * sh * g), 1, 10)), 'divides by 1,000 once too often'],
      ],
      figures: { sw, sh, g, n },
    }
  }),
  family('pages-under-postage-limit', (rng) => {
    const [w, h] = [148, 210]
    const g = rng.pick([80, 90, 100, 115])
    const cg = rng.pick([200, 250, 300])
    const limit = rng.pick([100, 60, 75])
    // Millionths of a gram: mm² × gsm.
    const leaf = w * h * g
    const cover = 2 * w * h * cg
    const cap = limit * 1_000_000
    const maxLeaves = Math.floor((cap - cover) / leaf)
    const key = Math.floor((maxLeaves * 2) / 4) * 4
    if (key < 8) throw new VariantError('too light')
    return {
      stem: `An A5 (148 × 210 mm) saddle-stitched booklet must weigh no more than ${limit} g to stay in a postage band. Text is ${g} gsm, the 4-page cover ${cg} gsm (2 leaves); weight = m² × gsm. Saddle stitching needs text pages in multiples of 4. How many text pages, at most?`,
      key: count('pages')(key),
      wrong: [
        [count('pages')(Math.floor(maxLeaves / 4) * 4), 'counts leaves as pages'],
        [
          count('pages')(Math.floor((Math.floor(cap / leaf) * 2) / 4) * 4),
          'leaves out the cover weight',
        ],
        [count('pages')(maxLeaves * 2), 'forgets the multiple of 4'],
        [
          count('pages')(Math.floor((Math.floor((cap - cover / 2) / leaf) * 2) / 4) * 4),
          'weighs the cover as one leaf',
        ],
        [
          count('pages')(Math.floor((Math.floor((cap - 2 * cover) / leaf) * 2) / 4) * 4),
          'weighs the cover as four leaves, one per page',
        ],
      ],
      figures: { g, cg, limit },
    }
  }),
  family('binding-by-page-count', (rng) => {
    const saddleMax = rng.pick([48, 56, 64])
    const perfectMin = rng.pick([72, 80, 96])
    const p = rng.pick([
      rng.int(4, saddleMax / 4) * 4,
      rng.int(perfectMin / 4, 120) * 4,
      rng.int(saddleMax / 4 + 1, perfectMin / 4 - 1) * 4,
    ])
    const key =
      p <= saddleMax ? 'Saddle stitch' : p >= perfectMin ? 'Perfect binding' : 'Wire-O binding'
    const byLeaves =
      p / 2 <= saddleMax
        ? 'Saddle stitch'
        : p / 2 >= perfectMin
          ? 'Perfect binding'
          : 'Wire-O binding'
    const wrong = (
      [
        ['Saddle stitch', 'saddle stitches past the table’s page limit'],
        ['Perfect binding', 'perfect binds below the table’s minimum page count'],
        ['Wire-O binding', 'uses the in-between method outside its range'],
        ['Case binding (hardback)', 'picks a binding the table does not list'],
      ] as [string, string][]
    )
      .filter(([t]) => t !== key)
      .map(([t, why]): [string, string] => [
        t,
        t === byLeaves ? 'looks up the leaves, not the pages, in the table' : why,
      ])
    return {
      stem: `The printer's binding table: saddle stitch up to ${saddleMax} pages, perfect binding from ${perfectMin} pages, Wire-O for counts in between. ${aNum(p)} ${p}-page catalogue (${p / 2} leaves, page count a multiple of 4): which binding does the table give?`,
      key,
      wrong,
      figures: { saddleMax, perfectMin, p },
    }
  }),
  family('score-before-folding', (rng) => {
    const limit = rng.pick([150, 170, 200])
    const g = rng.pick([115, 130, 150, 170, 200, 250, 300, 350])
    const grain = rng.pick(['parallel to', 'across'] as const)
    const score = g >= limit || grain === 'across'
    const yes = 'Score it first, then fold'
    const no = 'Fold it as it is, unscored'
    return {
      stem: `The finisher's rule: score any stock of ${limit} gsm or heavier before folding, and score any stock folded across the grain whatever its weight. A leaflet on ${g} gsm folds with the fold ${grain} the grain. What does the finisher do?`,
      key: score ? yes : no,
      wrong: [
        score
          ? [no, g >= limit ? 'misses the weight limit' : 'misses the across-the-grain rule']
          : [yes, 'scores a sheet the rule lets fold as it is'],
        ['Perforate, then fold', 'perforating weakens the sheet instead of creasing it'],
        ['Fold, then score', 'scores after folding, when the fibres have cracked'],
        ['Use a lighter stock', 'changes the spec instead of following the rule'],
        ['Crease it by hand after folding', 'creases after the fold has cracked'],
      ],
      figures: { limit, g, grain },
    }
  }),
  family('spine-mm-from-pages-per-inch', (rng) => {
    const ppi = rng.pick([400, 434, 444, 500, 526, 370])
    const p = rng.int(12, 60) * 8
    return {
      stem: `A ${p}-page perfect-bound book is on stock rated ${ppi} PPI (pages per inch). Spine = pages ÷ PPI inches, and 25.4 mm is an inch. What is the spine in millimetres, to one decimal (ignore the cover)?`,
      key: mm1(share(p * 254, 1, ppi)),
      wrong: [
        [mm1(share((p / 2) * 254, 1, ppi)), 'divides leaves, not pages, by the PPI'],
        [mm1(share(p * 2 * 254, 1, ppi)), 'counts two pages per page side'],
        [mm1(share(p * 10, 1, ppi)), 'gives inches, labelled as millimetres'],
        [mm1(share(p * 254, 1, 10 * ppi)), 'uses 2.54 to the inch'],
        [mm1(share(p * 25, 1, ppi) * 10), 'uses 25 mm to the inch and whole millimetres'],
      ],
      figures: { p, ppi },
    }
  }),
]
