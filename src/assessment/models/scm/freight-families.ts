import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { Client, cash, drawn, family, figures, item, qty, symbol } from './scm-text.js'

// Freight and landed cost as a purchasing assistant quotes them. Chargeable weight is the greater
// of actual and volumetric weight, volumetric weight being L × W × H in cm over the divisor the
// stem states (IATA's 6,000 cm³/kg for air cargo; 5,000 for most express couriers). Sea LCL is
// charged per revenue ton, the greater of cubic metres and metric tonnes (W/M). Cartons fit a
// container or pallet in whole numbers along each side, not by dividing volumes. Customs value
// follows the stem's stated basis (CIF for the EU, WTO Customs Valuation Agreement Art. 8.2).

const halfUp = (kg: number) => Math.ceil(kg * 2 - 1e-9) / 2

export const FREIGHT_FAMILIES: readonly ScenarioFamily[] = [
  family('air-chargeable-weight', (rng) => {
    const n = rng.int(2, 8)
    const [L, W, H] = [drawn(rng, 40, 120, 5), drawn(rng, 30, 80, 5), drawn(rng, 20, 80, 5)]
    const kg = drawn(rng, 4, 40)
    const vol = (n * L * W * H) / 6000
    return figures(rng, qty('kg', 1), {
      stem: `${Client(rng)} ships ${n} cartons by air, each ${L} × ${W} × ${H} cm and weighing ${kg} kg. The airline uses a volumetric divisor of 6,000 cm³ per kg and rounds chargeable weight up to the next half kilogram. What is the chargeable weight of the shipment?`,
      in: { n, L, W, H, kg },
      key: halfUp(Math.max(n * kg, vol)),
      wrong: [
        ['actual', n * kg, 'charges the actual weight whatever the volume'],
        ['volume', halfUp(vol), 'charges the volumetric weight whatever the actual weight'],
        [
          'courier',
          halfUp(Math.max(n * kg, (n * L * W * H) / 5000)),
          'uses the courier divisor of 5,000 instead of the airline’s 6,000',
        ],
        [
          'onePiece',
          halfUp(Math.max(kg, (L * W * H) / 6000)),
          'works out one carton instead of the whole shipment',
        ],
        ['sum', halfUp(n * kg + vol), 'adds actual and volumetric weight'],
        [
          'seaRatio',
          halfUp(Math.max(n * kg, (n * L * W * H) / 1000)),
          'applies sea freight’s ratio of 1,000 kg to the cubic metre instead of the air divisor',
        ],
      ],
    })
  }),
  family('courier-chargeable-weight', (rng) => {
    const [L, W, H] = [drawn(rng, 20, 80, 5), drawn(rng, 20, 60, 5), drawn(rng, 10, 60, 5)]
    const kg = drawn(rng, 2, 25)
    const vol = (L * W * H) / 5000
    return figures(rng, qty('kg', 1), {
      stem: `An express courier bills the greater of actual and volumetric weight, volumetric weight being length × width × height in cm divided by 5,000, rounded up to the next half kilogram. A parcel measures ${L} × ${W} × ${H} cm and weighs ${kg} kg. What weight is billed?`,
      in: { L, W, H, kg },
      key: halfUp(Math.max(kg, vol)),
      wrong: [
        [
          'air',
          halfUp(Math.max(kg, (L * W * H) / 6000)),
          'uses the air cargo divisor of 6,000 instead of the courier’s 5,000',
        ],
        ['actual', kg, 'bills the actual weight whatever the volume'],
        ['volume', halfUp(vol), 'bills the volumetric weight whatever the actual weight'],
        ['sum', halfUp(kg + vol), 'adds actual and volumetric weight'],
      ],
    })
  }),
  family('air-freight-charge-with-minimum', (rng) => {
    const m = cash(symbol(rng), 2)
    const n = rng.int(1, 4)
    const [L, W, H] = [drawn(rng, 30, 100, 5), drawn(rng, 30, 70, 5), drawn(rng, 20, 60, 5)]
    const kg = drawn(rng, 3, 30)
    const rate = drawn(rng, 250, 650, 5) / 100
    const min = drawn(rng, 40, 120, 5)
    const chargeable = halfUp(Math.max(n * kg, (n * L * W * H) / 6000))
    return figures(rng, m, {
      stem: `An air forwarder quotes ${m(rate)} per chargeable kg with a minimum charge of ${m(min)}; chargeable weight is the greater of actual weight and volumetric weight (cm³ ÷ 6,000), rounded up to the next half kg. ${Client(rng)} sends ${n} carton${n > 1 ? 's' : ''} of ${L} × ${W} × ${H} cm, ${kg} kg each. What is the freight charge?`,
      in: { n, L, W, H, kg, rate, min },
      key: Math.max(min, rate * chargeable),
      wrong: [
        [
          'courier',
          Math.max(min, rate * halfUp(Math.max(n * kg, (n * L * W * H) / 5000))),
          'uses the courier divisor of 5,000 instead of the airline’s 6,000',
        ],

        ['noMin', rate * chargeable, 'ignores the minimum charge'],
        ['actual', Math.max(min, rate * n * kg), 'charges the actual weight whatever the volume'],
        [
          'plusMin',
          min + rate * chargeable,
          'adds the minimum to the weight charge instead of taking the greater',
        ],
        [
          'onePiece',
          Math.max(min, rate * halfUp(Math.max(kg, (L * W * H) / 6000))),
          'charges one carton instead of the shipment',
        ],
      ],
    })
  }),
  family('cartons-in-a-container', (rng) => {
    const [CL, CW, CH] = rng.pick([
      [590, 235, 239],
      [1203, 235, 239],
    ] as const)
    const size = CL > 600 ? '40-foot' : '20-foot'
    const [l, w, h] = [drawn(rng, 30, 80, 5), drawn(rng, 25, 60, 5), drawn(rng, 20, 60, 5)]
    const grid = Math.floor(CL / l) * Math.floor(CW / w) * Math.floor(CH / h)
    return figures(rng, qty('cartons'), {
      stem: `A ${size} container's inside measures ${CL} × ${CW} × ${CH} cm. Cartons of ${l} × ${w} × ${h} cm are loaded by hand, all the same way round (${l} cm along the length, ${w} cm across, ${h} cm high), stacked to the roof, no weight limit reached. How many cartons fit?`,
      in: { CL, CW, CH, l, w, h },
      key: grid,
      wrong: [
        [
          'volume',
          Math.floor((CL * CW * CH) / (l * w * h)),
          'divides the container volume by the carton volume, as if cartons could be cut',
        ],
        ['oneLayer', Math.floor(CL / l) * Math.floor(CW / w), 'counts only the floor layer'],
        [
          'turned',
          Math.floor(CL / w) * Math.floor(CW / l) * Math.floor(CH / h),
          'turns the cartons a quarter, running their width along the container',
        ],
        [
          'floorArea',
          Math.floor((CL * CW) / (l * w)) * Math.floor(CH / h),
          'fills the floor by area, as if cartons could be cut to the floor’s shape',
        ],
        [
          'oneRow',
          Math.floor(CL / l) * Math.floor(CH / h),
          'counts one stacked row along the length, leaving out the rows across the width',
        ],
        [
          'roundUp',
          Math.ceil(CL / l) * Math.ceil(CW / w) * Math.ceil(CH / h),
          'rounds each side’s count up instead of down',
        ],
        [
          'rounded',
          Math.round(CL / l) * Math.round(CW / w) * Math.round(CH / h),
          'rounds each side’s count to the nearest instead of down',
        ],
      ],
    })
  }),
  family('cartons-on-a-pallet', (rng) => {
    const [PL, PW] = rng.pick([
      [120, 80],
      [120, 100],
    ] as const)
    const maxH = rng.pick([150, 160, 180])
    const base = rng.pick([14.4, 15])
    const [l, w, h] = [
      rng.pick([20, 24, 30, 40, 60]),
      rng.pick([20, 25, 26, 40]),
      drawn(rng, 15, 45),
    ]
    const layers = Math.floor((maxH - base) / h)
    return figures(rng, qty('cartons'), {
      stem: `A warehouse builds ${PL} × ${PW} cm pallets, ${base} cm high, to a maximum loaded height of ${maxH} cm including the pallet, with no overhang. Cartons of ${l} × ${w} × ${h} cm go ${l} cm along the ${PL} cm side, upright. How many cartons go on one pallet?`,
      in: { PL, PW, maxH, base, l, w, h },
      key: Math.floor(PL / l) * Math.floor(PW / w) * layers,
      wrong: [
        [
          'turned',
          Math.floor(PW / l) * Math.floor(PL / w) * layers,
          'turns the cartons, running the length along the shorter side',
        ],

        [
          'palletHeight',
          Math.floor(PL / l) * Math.floor(PW / w) * Math.floor(maxH / h),
          'stacks to the maximum height without taking off the pallet',
        ],
        [
          'volume',
          Math.floor((PL * PW * (maxH - base)) / (l * w * h)),
          'divides the load volume by the carton volume',
        ],
        ['oneLayer', Math.floor(PL / l) * Math.floor(PW / w), 'counts one layer only'],
        [
          'roundUp',
          Math.ceil(PL / l) * Math.ceil(PW / w) * Math.ceil((maxH - base) / h),
          'rounds each count up, letting cartons overhang',
        ],
      ],
    })
  }),
  family('landed-cost-per-unit', (rng) => {
    const m = cash(symbol(rng), 2)
    const units = drawn(rng, 500, 6000, 100)
    const price = drawn(rng, 200, 2500, 5) / 100
    const freight = drawn(rng, 800, 4800, 50)
    const ins = drawn(rng, 40, 300, 5)
    const duty = rng.pick([0.025, 0.04, 0.06, 0.08, 0.12])
    const fees = drawn(rng, 150, 600, 10)
    const goods = units * price
    const cif = goods + freight + ins
    return figures(rng, m, {
      stem: `${Client(rng)} imports ${units.toLocaleString('en-US')} units at ${m(price)} each FOB. Sea freight is ${m(freight)}, insurance ${m(ins)}, import duty ${(duty * 100).toFixed(1)}% on the CIF value, and customs brokerage and port fees ${m(fees)}. Import VAT is recovered and left out. What is the landed cost per unit?`,
      in: { units, price, freight, ins, duty, fees },
      key: (cif * (1 + duty) + fees) / units,
      wrong: [
        [
          'dutyFob',
          (cif + goods * duty + fees) / units,
          'charges duty on the FOB value instead of CIF',
        ],
        ['noDuty', (cif + fees) / units, 'leaves out the duty'],
        ['noFreight', (goods * (1 + duty) + fees) / units, 'leaves out freight and insurance'],
        [
          'dutyAll',
          ((cif + fees) * (1 + duty)) / units,
          'charges duty on the brokerage and port fees as well',
        ],
      ],
    })
  }),
  family('import-duty-on-cif-value', (rng) => {
    const m = cash(symbol(rng), 2)
    const goods = drawn(rng, 50, 900, 5) * 100
    const freight = drawn(rng, 800, 6000, 50)
    const ins = drawn(rng, 40, 400, 5)
    const inland = drawn(rng, 200, 900, 10)
    const duty = rng.pick([0.03, 0.045, 0.065, 0.1, 0.12])
    return figures(rng, m, {
      stem: `An EU importer declares goods invoiced at ${m(goods)} FOB, with ${m(freight)} sea freight and ${m(ins)} insurance to the EU border, and ${m(inland)} for the truck from the port to its warehouse after import. Duty is ${(duty * 100).toFixed(1)}% of the customs value, which in the EU is the CIF value at the border. How much duty is due?`,
      in: { goods, freight, ins, inland, duty },
      key: duty * (goods + freight + ins),
      wrong: [
        ['fob', duty * goods, 'charges duty on the FOB invoice value only'],
        [
          'inland',
          duty * (goods + freight + ins + inland),
          'adds the inland haulage after import to the customs value',
        ],
        ['noIns', duty * (goods + freight), 'leaves the insurance out of the customs value'],
        ['freightOnly', duty * (freight + ins), 'charges duty on the freight and insurance only'],
      ],
    })
  }),
  family('cargo-insurance-premium', (rng) => {
    const m = cash(symbol(rng), 2)
    const cif = drawn(rng, 100, 2000, 5) * 100
    const rate = rng.pick([0.0015, 0.002, 0.0025, 0.003, 0.0035])
    const fob = Math.round((cif * rng.pick([0.82, 0.86, 0.9, 0.93])) / 100) * 100
    return figures(rng, m, {
      stem: `A cargo of ${item(rng)} is invoiced at ${m(fob)} FOB and has a CIF value of ${m(cif)}. The buyer insures it for 110% of CIF value, the market's usual sum insured, at a premium rate of ${(rate * 100).toFixed(2)}% of the sum insured. What is the premium?`,
      in: { cif, rate, fob },
      key: cif * 1.1 * rate,
      wrong: [
        ['perMille', (cif * 1.1 * rate) / 10, 'reads the percentage rate as per mille'],

        ['noMargin', cif * rate, 'insures the CIF value without the 10% margin'],
        ['fob', fob * 1.1 * rate, 'bases the sum insured on the FOB invoice value instead of CIF'],
        [
          'percentWhole',
          cif * 1.1 * rate * 100,
          'reads the percentage rate as a whole number of percent',
        ],
        ['sumInsured', cif * 1.1, 'gives the sum insured (110% of CIF) instead of the premium'],
      ],
    })
  }),
  family('freight-allocated-by-weight', (rng) => {
    const m = cash(symbol(rng), 2)
    const freight = drawn(rng, 1200, 6000, 50)
    const kg = [drawn(rng, 200, 2000, 10), drawn(rng, 200, 2000, 10), drawn(rng, 200, 2000, 10)]
    const val = [drawn(rng, 2, 40) * 1000, drawn(rng, 2, 40) * 1000, drawn(rng, 2, 40) * 1000]
    const units = [drawn(rng, 100, 2000, 10), drawn(rng, 100, 2000, 10), drawn(rng, 100, 2000, 10)]
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0)
    return figures(rng, m, {
      stem: `A shipment of three product lines cost ${m(freight)} in freight, which the client allocates by weight. Line 1: ${kg[0]} kg, ${units[0]} units, value ${m(val[0]!)}; line 2: ${kg[1]} kg, ${units[1]} units, value ${m(val[1]!)}; line 3: ${kg[2]} kg, ${units[2]} units, value ${m(val[2]!)}. How much freight falls on line 1?`,
      in: {
        freight,
        k0: kg[0]!,
        k1: kg[1]!,
        k2: kg[2]!,
        v0: val[0]!,
        v1: val[1]!,
        v2: val[2]!,
        u0: units[0]!,
        u1: units[1]!,
        u2: units[2]!,
      },
      key: (freight * kg[0]!) / sum(kg),
      wrong: [
        ['value', (freight * val[0]!) / sum(val), 'allocates by value instead of weight'],
        ['units', (freight * units[0]!) / sum(units), 'allocates by units instead of weight'],
        ['equal', freight / 3, 'splits the freight equally between the lines'],
      ],
    })
  }),
  family('pipeline-inventory-carrying-cost', (rng) => {
    const m = cash(symbol(rng), 0)
    const D = drawn(rng, 5000, 60000, 500)
    const days = rng.pick([25, 30, 35, 40, 45])
    const c = drawn(rng, 10, 120)
    const i = rng.pick([0.2, 0.25, 0.3])
    return figures(rng, m, {
      stem: `${Client(rng)} moves ${D.toLocaleString('en-US')} units a year by sea, ${days} days in transit, and owns the goods while they travel. Each unit is worth ${m(c)} and the carrying-cost rate is ${(i * 100).toFixed(0)}% a year. Using a 365-day year, what is the annual carrying cost of the stock in transit?`,
      in: { D, days, c, i },
      key: ((D * days) / 365) * c * i,
      wrong: [
        [
          'value',
          ((D * days) / 365) * c,
          'gives the value of the stock in transit, not its carrying cost',
        ],
        ['wholeYear', D * c * i, 'charges a full year’s carrying cost on every unit'],
        [
          'halved',
          ((D * days) / 365 / 2) * c * i,
          'halves the stock in transit as if it were cycle stock averaging half an order',
        ],
        [
          'noYear',
          D * days * c * i,
          'multiplies annual units by the transit days without turning the days into a share of the year',
        ],
      ],
    })
  }),
  family('fuel-surcharge-on-the-weight-charge', (rng) => {
    const m = cash(symbol(rng), 2)
    const kg = drawn(rng, 80, 900, 5)
    const rate = drawn(rng, 120, 480, 5) / 100
    const fs = rng.pick([0.12, 0.15, 0.18, 0.22, 0.25])
    const fees = drawn(rng, 35, 120, 5)
    return figures(rng, m, {
      stem: `A forwarder's air quote: ${m(rate)} per chargeable kg, a fuel surcharge of ${(fs * 100).toFixed(0)}% applied to the weight charge only, and fixed handling and documentation fees of ${m(fees)}. The shipment's chargeable weight is ${kg} kg. What is the total charge?`,
      in: { kg, rate, fs, fees },
      key: kg * rate * (1 + fs) + fees,
      wrong: [
        [
          'onFees',
          (kg * rate + fees) * (1 + fs),
          'applies the surcharge to the fixed fees as well',
        ],
        ['noFuel', kg * rate + fees, 'leaves out the fuel surcharge'],
        ['surchargeOnly', kg * rate * fs + fees, 'adds the surcharge but drops the weight charge'],
        ['noFees', kg * rate * (1 + fs), 'leaves out the fixed fees'],
      ],
    })
  }),
  family('unit-cost-converted-from-a-foreign-currency', (rng) => {
    const usd = drawn(rng, 200, 4000, 5) / 100
    const rate = drawn(rng, 105, 125) / 100
    const freight = drawn(rng, 10, 90) / 100
    return figures(rng, cash('€', 2), {
      stem: `A euro-based buyer is quoted $${usd.toFixed(2)} a unit by a US supplier. The exchange rate is 1 EUR = ${rate.toFixed(2)} USD, and inbound freight and duty add €${freight.toFixed(2)} a unit. What is the landed cost per unit in euros?`,
      in: { usd, rate, freight },
      key: usd / rate + freight,
      wrong: [
        [
          'multiply',
          usd * rate + freight,
          'multiplies by the rate instead of dividing, converting the wrong way',
        ],
        ['noFreight', usd / rate, 'leaves out the freight and duty'],
        ['noConversion', usd + freight, 'adds dollars to euros without converting'],
        [
          'freightConverted',
          (usd + freight) / rate,
          'converts the euro freight as if it were in dollars',
        ],
      ],
    })
  }),
  family('import-vat-base', (rng) => {
    const m = cash(symbol(rng), 2)
    const cif = drawn(rng, 40, 900, 5) * 100
    const duty = rng.pick([0.025, 0.04, 0.065, 0.08, 0.12])
    const vat = rng.pick([0.19, 0.2, 0.21, 0.23])
    return figures(rng, m, {
      stem: `An EU importer brings in goods with a customs (CIF) value of ${m(cif)}. Duty is ${(duty * 100).toFixed(1)}% of the customs value, and import VAT at ${(vat * 100).toFixed(0)}% is charged on the customs value plus the duty (no other costs to add). How much import VAT is due?`,
      in: { cif, duty, vat },
      key: vat * cif * (1 + duty),
      wrong: [
        ['noDuty', vat * cif, 'charges VAT on the customs value without the duty'],
        ['dutyOnly', vat * cif * duty, 'charges VAT on the duty alone'],
        [
          'added',
          cif * (vat + duty),
          'adds the two rates on the customs value, giving duty and VAT together',
        ],
      ],
    })
  }),
]
