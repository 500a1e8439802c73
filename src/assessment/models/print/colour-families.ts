import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { ceilDiv, client, count, family, pc } from './print-text.js'

// Colour and press-ready PDFs. Total area coverage (TAC) is the sum of the four CMYK values at a
// point; the printer states its limit in each stem. PDF/X facts (ISO 15930): PDF/X-1a allows
// only CMYK and spot colour, no live transparency (it must be flattened) and every font
// embedded; PDF/X-4 keeps live transparency and optional content (layers), allows RGB and
// ICC-based colour when an output intent is declared, and also requires every font embedded.

const pts = count('points')
const plates = count('plates')
const build = (c: number, m: number, y: number, k: number) => `C${c} M${m} Y${y} K${k}`

/** A drawn CMYK build in whole percent, dark enough to come near a limit. */
function darkBuild(rng: Rng): [number, number, number, number] {
  return [rng.int(50, 95), rng.int(40, 95), rng.int(30, 95), rng.int(40, 100)]
}

/** A heavy shadow build, often over a press limit. */
function heavyBuild(rng: Rng): [number, number, number, number] {
  return [rng.int(70, 95), rng.int(60, 95), rng.int(55, 95), rng.int(70, 100)]
}

/** A case from a table: the situation, the right call, and real wrong calls with their reasons. */
type Case = readonly [situation: string, key: string, wrong: readonly (readonly [string, string])[]]

const caseFamily = (id: string, lead: string, cases: readonly Case[]) =>
  family(id, (rng) => {
    const i = rng.int(0, cases.length - 1)
    const [situation, key, wrong] = cases[i]!
    return {
      stem: `${lead} ${situation}`,
      key,
      wrong: wrong.map(([t, why]) => [t, why] as [string, string]),
      figures: { case: i },
    }
  })

export const COLOUR_FAMILIES = [
  family('tac-over-the-limit', (rng) => {
    const [c, m, y, k] = heavyBuild(rng)
    const limit = rng.pick([260, 280, 300, 320])
    const sum = c + m + y + k
    if (sum <= limit + 5) throw new VariantError('within')
    return {
      stem: `A shadow in a photo for ${client(rng)} reads ${build(c, m, y, k)}. The printer's total area coverage limit is ${limit} %. By how many percentage points is the shadow over the limit?`,
      key: pts(sum - limit),
      wrong: [
        [pts(c + m + y - limit), 'leaves black out of the total'],
        [pts(400 - limit), 'gives what the limit takes off 400 %'],
        [pts(sum), 'gives the total, not the excess'],
        [
          pts(Math.round(((sum - limit) * 100) / limit)),
          'gives the excess as a percentage of the limit, not in points',
        ],
        [pts(sum - 300), 'uses 300 %, not the stated limit'],
        [pts(k), 'gives the black value'],
        [pts(sum - limit + k), 'adds the black on top'],
        [pts(Math.round((sum - limit) / 4)), 'spreads the excess over the four channels'],
      ],
      figures: { c, m, y, k, limit },
    }
  }),
  family('gcr-grey-swap-to-limit', (rng) => {
    const [c, m, y] = [rng.int(70, 95), rng.int(65, 95), rng.int(65, 95)]
    const k = rng.int(40, 80)
    const limit = rng.pick([260, 280, 300])
    const sum = c + m + y + k
    const over = sum - limit
    const x = ceilDiv(over, 2)
    if (over <= 4 || x > Math.min(c, m, y) || k + x > 100) throw new VariantError('no swap')
    return {
      stem: `A build of ${build(c, m, y, k)} must be brought to a total of ${limit} % or less. Grey-component replacement takes an equal amount off C, M and Y and adds that same amount to K. What is the smallest whole amount to swap?`,
      key: pts(x),
      wrong: [
        [pts(over), 'expects each point swapped to save a point'],
        [pts(ceilDiv(over, 3)), 'forgets the black it adds back'],
        [pts(ceilDiv(over, 4)), 'spreads the excess over four channels'],
        [pts(Math.min(c, m, y)), 'swaps the whole grey component'],
        [pts(ceilDiv(over + k, 2)), 'counts the existing black as excess too'],
      ],
      figures: { c, m, y, k, limit },
    }
  }),
  family('rich-black-largest-cmy', (rng) => {
    const limit = rng.pick([240, 260, 280, 300, 320])
    const c = rng.pick([30, 40, 50, 60])
    const key = Math.min(100, Math.floor((limit - 100 - c) / 2))
    if (key <= 10) throw new VariantError('thin')
    return {
      stem: `A rich black for large panels is K100 with C${c} and equal M and Y. The printer's total coverage limit is ${limit} %. What is the highest whole value M and Y can each have?`,
      key: pc(key),
      wrong: [
        [pc(Math.min(100, limit - 100 - c)), 'gives M and Y together'],
        [pc(Math.min(100, Math.floor((limit - c) / 2))), 'leaves the black out of the total'],
        [pc(Math.floor((limit - 100) / 3)), 'splits what is left over C, M and Y equally'],
        [
          pc(Math.min(100, Math.floor((400 - limit) / 2))),
          'works from what the limit leaves of 400 %',
        ],
        [pc(Math.floor((limit - c) / 3)), 'splits the limit over M, Y and K'],
      ],
      figures: { limit, c },
    }
  }),
  family('plates-with-spot-colours', (rng) => {
    const front = rng.pick([4, 1])
    const spots = rng.int(1, 2)
    const back = rng.pick([1, 4, 0])
    const varnish = rng.pick([0, 1])
    const key = front + spots + back + varnish
    return {
      stem: `A sheetwise offset job: the front prints ${front === 4 ? 'CMYK' : 'black'} plus ${spots} Pantone spot colour${spots > 1 ? 's' : ''}${varnish ? ' and a spot varnish (its own plate)' : ''}; the back prints ${back === 0 ? 'nothing' : back === 4 ? 'CMYK' : 'black only'}. One plate per ink per side. How many plates?`,
      key: plates(key),
      wrong: [
        [plates(front + back + varnish), 'folds the spot colours into CMYK'],
        [plates(front + spots + varnish), 'makes plates for the front only'],
        [plates(Math.max(front + spots + varnish, back)), 'counts plates for the busier side only'],
        [plates(front + spots + back), 'forgets the varnish plate'],
        [plates(2 * (front + spots + varnish)), 'assumes the back prints the same as the front'],
        [plates(front + 2 * spots + back + varnish), 'prints the spot colours on both sides'],
        [plates(2 * (front + spots + back + varnish)), 'counts every plate twice, once per side'],
      ],
      figures: { front, spots, back, varnish },
    }
  }),
  family('tac-over-by-stock', (rng) => {
    const [c, m, y, k] = [rng.int(80, 100), rng.int(70, 100), rng.int(70, 100), rng.int(80, 100)]
    const table = {
      coated: rng.pick([300, 320]),
      uncoated: rng.pick([260, 280]),
      newsprint: rng.pick([220, 240]),
    }
    const stock = rng.pick(['coated', 'uncoated', 'newsprint'] as const)
    const sum = c + m + y + k
    const over = sum - table[stock]
    if (over <= 0) throw new VariantError('within')
    return {
      stem: `The printer's ink limits: coated ${table.coated} %, uncoated ${table.uncoated} %, newsprint ${table.newsprint} %. A dark area in a ${stock} job reads ${build(c, m, y, k)}. By how many points is it over the limit for its stock?`,
      key: pts(over),
      wrong: [
        [pts(sum - table.coated), 'uses the coated limit'],
        [pts(sum - table.uncoated), 'uses the uncoated limit'],
        [pts(sum - table.newsprint), 'uses the newsprint limit'],
        [pts(c + m + y - table[stock]), 'leaves black out of the total'],
        [pts(sum - 300), 'uses 300 %, not the table'],
      ],
      figures: {
        c,
        m,
        y,
        k,
        coated: table.coated,
        uncoated: table.uncoated,
        newsprint: table.newsprint,
        stock,
      },
    }
  }),
  family('tint-of-build-total', (rng) => {
    const [c, m, y, k] = darkBuild(rng)
    const t = rng.pick([20, 40, 50, 60, 80])
    const f = (v: number) => Math.round((v * t) / 100)
    return {
      stem: `A swatch ${build(c, m, y, k)} is used as a ${t} % tint, which scales each channel to ${t} % of its value (each rounded to the whole percent, halves up). What is the tint's total coverage?`,
      key: pc(f(c) + f(m) + f(y) + f(k)),
      wrong: [
        [pc(c + m + y + k), 'gives the full swatch’s total'],
        [pc(c + m + y + k - (100 - t)), 'takes the tint off the total as points'],
        [pc(f(c) + f(m) + f(y) + k), 'leaves black at full strength'],
        [pc(t * 4), 'takes the tint as each channel’s value'],
      ],
      figures: { c, m, y, k, t },
    }
  }),
  family('registration-colour-coverage', (rng) => {
    const t = rng.pick([100, 50, 80, 30])
    return {
      stem: `A designer sets small text in the Registration swatch at ${t} % tint. Registration prints its value on every plate of a CMYK job. What total coverage does the text print at?`,
      key: pc(4 * t),
      wrong: [
        [pc(t), 'treats Registration as black'],
        [pc(3 * t), 'counts C, M and Y only'],
        [pc(2 * t), 'counts two plates'],
        [pc(4 * t + 100), 'adds a full black plate as well'],
      ],
      figures: { t },
    }
  }),
  family('overprint-black-text-coverage', (rng) => {
    const [c, m, y] = [rng.int(20, 90), rng.int(20, 90), rng.int(10, 90)]
    const k = rng.int(10, 60)
    const bg = c + m + y + k
    return {
      stem: `K100 text is set to overprint a background of ${build(c, m, y, k)}. Where they overlap, overprinting keeps the background's C, M and Y and the text's black replaces the black channel at 100 %. What is the total coverage under the text?`,
      key: pc(c + m + y + 100),
      wrong: [
        [pc(bg + 100), 'adds the text’s black to the background’s black'],
        [pc(100), 'treats overprint as a knockout'],
        [pc(bg), 'gives the background alone'],
        [pc(Math.min(400, c + m + y + k + 100 - c)), 'drops the cyan under the text'],
        [pc(Math.max(k, 100) + Math.max(c, m, y)), 'keeps only the strongest colour channel'],
      ],
      figures: { c, m, y, k },
    }
  }),
  caseFamily('overprint-or-knockout', 'The printer leaves trapping to the file’s settings.', [
    [
      'Small 100 % K body text sits over a photo. How should the text be set?',
      'Overprint it, so no gap shows',
      [
        ['Knock it out of the photo', 'leaves white halos when plates misregister'],
        ['Rich black, knocked out', 'puts four plates on small text, which blurs it'],
        ['Registration', 'prints every plate at full strength'],
        ['Overprint it as a rich black', 'lays four inks over the photo'],
        ['Knock out with a 0.5 pt trap of white', 'a white trap is a gap, not a trap'],
      ],
    ],
    [
      'White (paper) text is reversed out of a blue panel. How should the text be set?',
      'Knock it out of the panel so the paper shows',
      [
        ['Overprint it', 'white overprinted prints nothing, so the text vanishes'],
        ['Overprint it with a trap', 'overprinted white still vanishes'],
        ['A 0 % K tint set to overprint', 'a 0 % overprint shows the panel through'],
        ['Registration at 0 %', 'prints nothing and hides nothing'],
      ],
    ],
    [
      'A yellow logo on a cyan background is set to overprint. What prints?',
      'A green logo, yellow over cyan',
      [
        ['A yellow logo with no gap', 'expects overprinted ink to hide what is under it'],
        ['A white logo', 'confuses overprint with a knockout'],
        ['A cyan background with no logo', 'expects overprint to drop the top object'],
        [
          'Exactly what the screen showed with overprint preview off',
          'trusts the preview without simulation',
        ],
      ],
    ],
    [
      'A large rich-black panel (C60 M40 Y40 K100) sits over a photo. How should it be set?',
      'Knock it out, keeping the build',
      [
        ['Knock it out as K100 alone', 'a large K-only solid prints a washed-out grey'],
        ['Overprint it as 100 % K', 'the photo shows through the black'],
        ['Registration, overprinting', 'prints every plate at full strength'],
        ['Overprint it and add a white underlay', 'offset has no white ink'],
      ],
    ],
  ]),
  caseFamily('pdfx-standard-facts', 'PDF/X facts as the printer’s spec sheet states them.', [
    [
      'A layout has live drop shadows and opacity. Which export keeps the transparency live?',
      'PDF/X-4',
      [
        ['PDF/X-1a', 'X-1a requires transparency flattened'],
        ['PDF/X-3', 'X-3 also requires transparency flattened'],
        ['PDF/X-1a with flattening off', 'X-1a cannot carry live transparency'],
      ],
    ],
    [
      'Placed images are still RGB. Which standard lets them stay RGB, converted at the RIP?',
      'PDF/X-4 with a CMYK output intent',
      [
        ['PDF/X-1a with a CMYK output intent', 'X-1a allows only CMYK and spot colour'],
        ['PDF/X-1a', 'X-1a allows only CMYK and spot colour'],
        ['Any PDF/X, if the fonts are embedded', 'confuses font rules with colour rules'],
      ],
    ],
    [
      'Which fonts must a PDF/X-1a or PDF/X-4 file contain?',
      'Every font used, embedded',
      [
        [
          'Only fonts not installed at the printer',
          'relies on the printer’s fonts, which X forbids',
        ],
        ['None, in PDF/X-4', 'X-4 also requires every font embedded'],
        ['Only the body-text fonts', 'leaves out fonts in headings and graphics'],
      ],
    ],
    [
      'A file has a spot varnish on an optional layer. Which standard can keep the layers (optional content)?',
      'PDF/X-4',
      [
        ['PDF/X-1a', 'X-1a does not allow optional content'],
        ['PDF/X-3', 'X-3 does not allow optional content'],
        ['None: PDF/X forbids layers', 'overlooks X-4’s optional content'],
      ],
    ],
  ]),
  caseFamily('spot-or-process', 'A freelance designer chooses inks for a client’s job.', [
    [
      'A two-colour letterhead must match Pantone 286 exactly and has no photos. What inks?',
      'Pantone 286 as a spot plus black',
      [
        ['CMYK with the Pantone converted', 'a CMYK build only approximates a Pantone'],
        ['CMYK plus Pantone 286', 'pays for four process plates the job does not need'],
        ['Black with a 286 tint screen', 'black cannot print a blue'],
      ],
    ],
    [
      'A full-colour brochure of photos has a brand Pantone that sits outside the CMYK gamut, and the brand must match. What inks?',
      'CMYK plus the Pantone as a fifth spot colour',
      [
        ['CMYK, converting the Pantone to its CMYK build', 'an out-of-gamut colour shifts in CMYK'],
        ['The Pantone spot only', 'cannot print the photos'],
        ['RGB in a PDF/X-4', 'the RIP still converts to CMYK'],
      ],
    ],
    [
      'A silver metallic foil look is wanted on a CMYK poster without foiling. What inks?',
      'CMYK plus a metallic Pantone spot',
      [
        ['A grey CMYK build', 'process inks cannot print metallic'],
        ['CMYK with the metallic converted to CMYK', 'the conversion loses the metallic'],
        ['Rich black at 50 %', 'prints grey, not metallic'],
      ],
    ],
    [
      'A catalogue of product photos has no brand colour to match. What inks?',
      'CMYK process only',
      [
        ['CMYK plus a Pantone for each product colour', 'adds plates no requirement asks for'],
        ['Two Pantone spots', 'cannot reproduce full-colour photos'],
        ['Black plus one Pantone', 'cannot reproduce full-colour photos'],
      ],
    ],
  ]),
  caseFamily(
    'black-for-the-element',
    'The printer’s guide: small type and fine lines in 100 % K alone; large solids in rich black C60 M40 Y40 K100.',
    [
      [
        '8 pt body text. Which black?',
        'K100',
        [
          ['C60 M40 Y40 K100', 'four plates on small text misregister and blur'],
          ['Registration', 'prints all four plates at 100 %'],
          ['RGB 0/0/0, converted at export', 'converts to a four-colour black'],
          ['C100 M100 Y100 K100', 'puts 400 % ink on small text'],
        ],
      ],
      [
        'A full-page black background. Which black?',
        'C60 M40 Y40 K100',
        [
          ['K100', 'a large K-only solid looks washed-out and grey'],
          ['C100 M100 Y100 K100', 'puts 400 % ink on the sheet'],
          ['Registration', 'prints all four plates at 100 %'],
          ['K100 set to overprint the whole page', 'lets anything beneath show through'],
        ],
      ],
      [
        'A 0.25 pt hairline rule. Which black?',
        'K100',
        [
          ['C60 M40 Y40 K100', 'four plates on a hairline misregister'],
          ['C100 M100 Y100 K100', 'puts 400 % ink on a hairline'],
          ['Registration', 'prints all four plates at 100 %'],
          ['RGB 0/0/0, converted at export', 'converts to a four-colour black'],
        ],
      ],
      [
        'A barcode on a packaging label. Which black?',
        'K100',
        [
          ['C60 M40 Y40 K100', 'misregistration blurs the bar edges'],
          ['Registration', 'prints all four plates at 100 %'],
          ['K50', 'loses the contrast a scanner needs'],
          ['C100 M100 Y100 K100', 'floods the bars with 400 % ink'],
        ],
      ],
    ],
  ),
  caseFamily(
    'pantone-to-cmyk-advice',
    'A client asks about matching a brand Pantone in a four-colour job.',
    [
      [
        'They want the CMYK build to match the Pantone swatch exactly. What do you tell them?',
        'It will be close, not exact',
        [
          [
            'The guide’s CMYK build is an exact match',
            'the guide gives the nearest build, not an exact one',
          ],
          ['Any Pantone matches on coated stock', 'stock does not widen the CMYK gamut enough'],
          ['Convert it to RGB first', 'the press still prints CMYK'],
          ['It matches if you add 10 % black', 'black only darkens the build'],
        ],
      ],
      [
        'They picked the coated (C) swatch but the job is on uncoated stock. What do you tell them?',
        'Pick from the U swatches',
        [
          ['The C and U swatches print the same', 'uncoated paper absorbs ink and dulls it'],
          ['Keep C; the press corrects it', 'the press cannot make uncoated stock look coated'],
          ['Add 20 % to each CMYK channel', 'raises ink coverage without matching'],
          ['Use the C swatch’s CMYK build instead', 'a build does not correct for the stock'],
        ],
      ],
      [
        'Their orange is outside the CMYK gamut and must match, in a job with photos. What do you tell them?',
        'Add it as a fifth, spot ink',
        [
          [
            'Use the nearest CMYK build; it will match',
            'an out-of-gamut colour cannot match in CMYK',
          ],
          ['Send it as RGB in a PDF/X-4', 'the RIP still converts it to CMYK'],
          ['Raise the total ink limit', 'more ink does not widen the gamut to that orange'],
          ['Print the whole job in Pantone inks', 'cannot print the photos'],
        ],
      ],
    ],
  ),
]
