import { type SheetQuestion, sheetModel } from '../spreadsheet/sheet-model.js'

// Exact by definition: inch 2.54 cm, pound 0.45359237 kg, US gallon 3.785411784 L, mile 1.609344 km.
const LINEAR = [
  { from: 'inches', to: 'centimetres', factor: 2.54, wrong: 2.5 },
  { from: 'miles', to: 'kilometres', factor: 1.609344, wrong: 1.6 },
  { from: 'pounds', to: 'kilograms', factor: 0.45359237, wrong: 0.5 },
  { from: 'US gallons', to: 'litres', factor: 3.785411784, wrong: 4.54609 },
  { from: 'feet', to: 'metres', factor: 0.3048, wrong: 0.33 },
  { from: 'ounces (avoirdupois)', to: 'grams', factor: 28.349523125, wrong: 31.1034768 },
] as const

/** Measurement conversions with exact factors, and temperature with its offset. */
export const unitConversionModel = sheetModel({
  id: 'units-conversion',
  title: 'Unit conversions: imperial, US customary and metric',
  build: (rng): SheetQuestion => {
    if (rng.next() < 0.3) {
      const toCelsius = rng.next() < 0.5
      const t = toCelsius ? rng.int(-40, 230) : rng.int(-40, 110)
      return {
        stem: toCelsius
          ? `What is ${t} °F in degrees Celsius, to one decimal place?`
          : `What is ${t} °C in degrees Fahrenheit, to one decimal place?`,
        cells: { A1: t },
        formula: toCelsius ? '=ROUND((A1-32)*5/9,1)' : '=ROUND(A1*9/5+32,1)',
        format: { kind: 'fixed', decimals: 1, suffix: toCelsius ? ' °C' : ' °F' },
        mistakes: toCelsius
          ? // Order of operations, sign of the offset, the factor inverted, then the offset alone
            // and the "subtract 30, halve" rule of thumb taken as exact.
            [
              '=ROUND(A1*5/9-32,1)',
              '=ROUND((A1+32)*5/9,1)',
              '=ROUND((A1-32)*9/5,1)',
              '=ROUND(A1-32,1)',
              '=ROUND((A1-30)/2,1)',
            ]
          : [
              '=ROUND((A1+32)*9/5,1)',
              '=ROUND(A1*5/9+32,1)',
              '=ROUND((A1-32)*5/9,1)',
              '=ROUND(A1+32,1)',
              '=ROUND(A1*2+30,1)',
            ],
      }
    }
    const u = rng.pick(LINEAR)
    const forward = rng.next() < 0.5
    const value = rng.int(1, 5_000) / (rng.next() < 0.5 ? 1 : 10)
    return {
      stem: `Convert ${value} ${forward ? u.from : u.to} to ${forward ? u.to : u.from}, to two decimal places.`,
      cells: { A1: value, B1: u.factor, C1: u.wrong },
      formula: forward ? '=ROUND(A1*B1,2)' : '=ROUND(A1/B1,2)',
      format: { kind: 'fixed', decimals: 2, suffix: ` ${forward ? u.to : u.from}` },
      mistakes: forward
        ? // Factor inverted, the wrong factor, and the decimal point slipped either way.
          ['=ROUND(A1/B1,2)', '=ROUND(A1*C1,2)', '=ROUND(A1*B1*10,2)', '=ROUND(A1*B1/10,2)']
        : ['=ROUND(A1*B1,2)', '=ROUND(A1/C1,2)', '=ROUND(A1/B1/10,2)', '=ROUND(A1/B1*10,2)'],
    }
  },
})

/** Decimal (kB, MB, GB) versus binary (KiB, MiB, GiB) units of data, and transfer times. */
export const dataSizeModel = sheetModel({
  id: 'units-data-size',
  title: 'Data sizes and transfer times',
  build: (rng): SheetQuestion => {
    if (rng.next() < 0.5) {
      const gb = rng.int(1, 2_000)
      return {
        stem: `A drive is sold as ${gb} GB (decimal gigabytes). How many GiB (binary gibibytes) is that, to two decimal places?`,
        cells: { A1: gb },
        formula: '=ROUND(A1*10^9/2^30,2)',
        format: { kind: 'fixed', decimals: 2, suffix: ' GiB' },
        // Converted the wrong way, one step of 1000/1024 only, MiB for GiB, or bits for bytes.
        mistakes: [
          '=ROUND(A1*2^30/10^9,2)',
          '=ROUND(A1*1000/1024,2)',
          '=ROUND(A1/1.024,2)',
          '=ROUND(A1*1024/1000,2)',
          '=ROUND(A1*10^9/2^20,2)',
          '=ROUND(A1*10^9/2^30/8,2)',
        ],
      }
    }
    const megabytes = rng.int(10, 50_000)
    const mbps = rng.pick([10, 20, 50, 100, 200, 500, 1000])
    return {
      stem: `How many seconds does it take to transfer ${megabytes.toLocaleString('en-US')} MB over a ${mbps} Mbit/s link at full speed, to one decimal place?`,
      cells: { A1: megabytes, B1: mbps },
      formula: '=ROUND(A1*8/B1,1)',
      format: { kind: 'fixed', decimals: 1, suffix: ' s' },
      // Bytes taken for bits, the factor inverted, minutes, binary megabytes, kilobits per
      // megabit, or the time in milliseconds.
      mistakes: [
        '=ROUND(A1/B1,1)',
        '=ROUND(A1/(B1*8),1)',
        '=ROUND(A1*8/B1/60,1)',
        '=ROUND(A1*1024*8/(B1*1000),1)',
        '=ROUND(A1*8*1000/B1,1)',
        '=ROUND(A1*8/B1*60,1)',
      ],
    }
  },
})

/** Print size versus pixels at a resolution, aspect-preserving scaling, and px/rem/pt. */
export const designUnitsModel = sheetModel({
  id: 'design-units',
  title: 'Design units: print resolution, aspect ratio, px, rem and pt',
  build: (rng): SheetQuestion => {
    switch (rng.pick(['print', 'aspect', 'rem', 'pt'] as const)) {
      case 'print': {
        const px = rng.int(6, 80) * 100
        const dpi = rng.pick([150, 240, 300, 600])
        return {
          stem: `An image is ${px} pixels wide. How wide does it print at ${dpi} dpi, in centimetres to two decimal places?`,
          cells: { A1: px, B1: dpi },
          formula: '=ROUND(A1/B1*2.54,2)',
          format: { kind: 'fixed', decimals: 2, suffix: ' cm' },
          // Inches left unconverted, the factor inverted, screen resolution assumed, millimetres.
          mistakes: [
            '=ROUND(A1/B1,2)',
            '=ROUND(A1/B1/2.54,2)',
            '=ROUND(A1/72*2.54,2)',
            '=ROUND(A1/B1*25.4,2)',
            // Pixels read as millimetres' worth at 96 dpi, or inches multiplied, not divided.
            '=ROUND(A1/96*2.54,2)',
            '=ROUND(A1*2.54/100,2)',
          ],
        }
      }
      case 'aspect': {
        const [w, h] = rng.pick([
          [1920, 1080],
          [1600, 1200],
          [1080, 1350],
          [3000, 2000],
          [1280, 720],
        ] as const)
        const target = rng.int(30, 200) * 8
        return {
          stem: `An image of ${w} × ${h} pixels is resized to ${target} pixels wide, keeping its aspect ratio. How tall is it, rounded to whole pixels?`,
          cells: { A1: w, B1: h, C1: target },
          formula: '=ROUND(C1*B1/A1,0)',
          format: { kind: 'fixed', decimals: 0, suffix: ' px' },
          // The ratio upside down, the width change subtracted, halved, and the height left as is.
          mistakes: [
            '=ROUND(C1*A1/B1,0)',
            '=ROUND(B1-(A1-C1),0)',
            '=ROUND(C1*B1/A1/2,0)',
            '=ROUND(B1,0)',
            // The new width taken as the new height too.
            '=ROUND(C1,0)',
          ],
        }
      }
      case 'rem': {
        const base = rng.pick([16, 16, 18, 20])
        const px = rng.int(6, 96)
        return {
          stem: `With a root font size of ${base} px, what is ${px} px in rem, to three decimal places?`,
          cells: { A1: px, B1: base },
          formula: '=ROUND(A1/B1,3)',
          format: { kind: 'fixed', decimals: 3, suffix: ' rem' },
          mistakes: [
            '=ROUND(A1*B1/100,3)',
            '=ROUND(A1/16,3)',
            '=ROUND(B1/A1,3)',
            '=ROUND(A1/10,3)',
            // The decimal point slipped either way.
            '=ROUND(A1/B1*10,3)',
            '=ROUND(A1/B1/10,3)',
          ],
        }
      }
      case 'pt': {
        const pt = rng.int(6, 72)
        return {
          stem: `On the CSS reference of 96 px per inch, how many pixels is ${pt} pt, to two decimal places?`,
          cells: { A1: pt },
          formula: '=ROUND(A1*96/72,2)',
          format: { kind: 'fixed', decimals: 2, suffix: ' px' },
          // The ratio inverted, points taken as pixels, the centimetre factor, and a decimal slip.
          mistakes: [
            '=ROUND(A1*72/96,2)',
            '=ROUND(A1,2)',
            '=ROUND(A1*2.54,2)',
            '=ROUND(A1*96/72*10,2)',
            // Points per inch taken as 100, or the pica (12 pt) used for the point.
            '=ROUND(A1*96/100,2)',
            '=ROUND(A1/12*96/72,2)',
          ],
        }
      }
    }
  },
})
