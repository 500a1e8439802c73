import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family, figures, fmt } from './calc.js'
import { analyst, client } from './draws.js'

/** Correlation and regression: reading r, R², slopes, predictions and their limits. */
export const REGRESSION_FAMILIES: readonly ScenarioFamily[] = [
  family('variance-explained-from-r', (rng) => {
    const r = rng.pick([-1, 1]) * (rng.int(30, 90) / 100)
    return figures(rng, {
      stem: `Ad spend and weekly sales at ${client(rng)} have correlation r = ${fmt(r, 2)}. In a simple linear regression, what share of the variation in sales does ad spend account for?`,
      key: ['product', [r, r]],
      wrong: [
        [['product', [Math.abs(r)]], 'read r itself as the share explained'],
        [['pow', [Math.abs(r), 0.5]], 'took the square root of r instead of squaring it'],
        [['product', [2, Math.abs(r)]], 'doubled r instead of squaring it'],
        [['linear', [1, -1, r * r]], 'gave the share left unexplained, 1 − r²'],
      ],
      dp: 1,
      scale: 100,
      show: (f) => `${f} %`,
    })
  }),
  family('prediction-from-a-fitted-line', (rng) => {
    const a = rng.int(50, 300)
    const b = rng.int(12, 60) / 10
    const x = rng.int(10, 40)
    return figures(rng, {
      stem: `${analyst(rng)} fitted sales = ${a} + ${fmt(b, 1)} × ad spend (both in £100s) for ${client(rng)}, over spends of 5 to 50. What sales does the line predict for a spend of ${x}?`,
      key: ['linear', [a, b, x]],
      wrong: [
        [['linear', [0, b, x]], 'left out the intercept'],
        [['linear', [b, a, x]], 'swapped the intercept and the slope'],
        [['linear', [a, b, 1]], 'added the slope once instead of per unit of spend'],
        [['linear', [a, b, x * 100]], 'entered the spend in pounds instead of hundreds'],
      ],
      dp: 1,
      show: (f) => `£${f} hundred`,
    })
  }),
  family('residual-of-one-point', (rng) => {
    const a = rng.int(10, 40)
    const b = rng.int(15, 45) / 10
    const x = rng.int(5, 20)
    const y = Math.round(a + b * x + rng.pick([-1, 1]) * rng.int(3, 12))
    const pred = a + b * x
    return figures(rng, {
      stem: `A fitted line for ${client(rng)} is ŷ = ${a} + ${fmt(b, 1)}x. One store has x = ${x} and observed y = ${y}. What is its residual?`,
      key: ['linear', [y, -1, pred]],
      wrong: [
        [['linear', [pred, -1, y]], 'subtracted observed from predicted'],
        [['linear', [y, -1, a]], 'subtracted only the intercept'],
        [['linear', [y, -b, 1]], 'subtracted only the slope'],
      ],
      dp: 1,
    })
  }),
  family('slope-from-correlation-and-sds', (rng) => {
    const r = rng.int(30, 85) / 100
    const sx = rng.int(2, 9)
    const sy = rng.int(10, 40)
    return figures(rng, {
      stem: `For ${client(rng)}, staff hours (SD ${sx}) and output (SD ${sy}) have r = ${fmt(r, 2)}. What is the least-squares slope of output on hours?`,
      key: ['product', [r, sy / sx]],
      wrong: [
        [['product', [r, sx / sy]], 'divided the SDs the wrong way round'],
        [['product', [r, sy]], 'multiplied r by the SD of output only'],
        [['product', [r]], 'took r as the slope'],
        [['product', [sy / sx]], 'took the ratio of the SDs without r'],
      ],
      dp: 2,
    })
  }),
  family('correlation-unchanged-by-units', (rng) => {
    const r = rng.int(40, 90) / 100
    const f = rng.pick([
      ['miles', 'kilometres', 1.609],
      ['pounds', 'kilograms', 0.4536],
      ['hours', 'minutes', 60],
    ] as const)
    return figures(rng, {
      stem: `Distance and fuel cost at ${client(rng)} have r = ${fmt(r, 2)} with distance in ${f[0]}. What is r after converting distance to ${f[1]}?`,
      key: ['product', [r]],
      wrong: [
        [['product', [r, f[2]]], 'multiplied r by the conversion factor'],
        [['product', [r, 1 / f[2]]], 'divided r by the conversion factor'],
        [['product', [r, r]], 'squared r during the conversion'],
        [['pow', [r, 0.5]], 'took the square root of r during the conversion'],
      ],
      dp: 3,
    })
  }),
  family('slope-reading-in-units', (rng) => {
    const b = rng.int(15, 80) / 10
    return {
      stem: `Regressing monthly revenue (£000) on number of sales staff at ${client(rng)}'s branches gives a slope of ${fmt(b, 1)}. Which reading is right?`,
      key: `Branches with one more staff member average £${fmt(b * 1000, 0)} more revenue`,
      wrong: [
        [
          `Each staff member brings in £${fmt(b * 1000, 0)} of revenue`,
          'read an observational slope as each person’s own effect',
        ],
        [
          `Revenue rises ${fmt(b, 1)} % for each extra staff member`,
          'read the slope as a percentage change',
        ],
        [
          `One more staff member is worth £${fmt(b, 1)} more revenue`,
          'ignored that revenue is in thousands',
        ],
        [
          `Hiring one more person at any branch will raise its revenue by £${fmt(b * 1000, 0)}, as the slope shows`,
          'read an observational slope as the effect of hiring',
        ],
      ],
    }
  }),
  family('correlation-is-not-causation', (rng) => ({
    stem: `${client(rng)} finds that towns with more of its stores have more burglaries (r = 0.7). The press asks if the stores cause crime. What do you say?`,
    key: 'Not shown: town population likely drives stores and burglaries alike',
    wrong: [
      [
        'Yes: r = 0.7 is strong enough to show cause',
        'took a strong correlation as proof of cause',
      ],
      ['No: r must exceed 0.9 before it can show cause', 'thought a high enough r proves cause'],
      [
        'Reverse causation: burglaries cause new stores to open',
        'swapped cause for effect without evidence',
      ],
      [
        'No link at all: r = 0.7 between towns is a coincidence',
        'dismissed a strong correlation as chance',
      ],
    ],
  })),
  family('extrapolation-beyond-the-data', (rng) => {
    const hi = rng.int(20, 50)
    return {
      stem: `A line fitted on prices £5–£${hi} at ${client(rng)} predicts negative demand at £${hi * 3}. Why not trust that prediction?`,
      key: `It extrapolates far past the £${hi} top of the data`,
      wrong: [
        [
          'Demand lines have a curve, so any line is wrong',
          'blamed the model form instead of the range',
        ],
        [`The slope is not significant at £${hi * 3}`, 'treated significance as varying with x'],
        [
          'Negative values mean the residuals were skewed',
          'blamed the residuals for an out-of-range x',
        ],
        [
          'Linear fits are only approximations, and at high prices the errors grow too large to trust',
          'blamed approximation error instead of the range',
        ],
      ],
    }
  }),
  family('zero-correlation-hides-a-curve', (rng) => ({
    stem: `${analyst(rng)} finds r = 0.02 between room temperature and staff output at ${client(rng)}; the scatter plot is a clear arch, best at mid temperatures. What follows?`,
    key: 'Strong but not linear: r measures straight-line links only',
    wrong: [
      ['Temperature has no link to output at all', 'read r near zero as no relation of any kind'],
      ['The plot must be wrong, since r is near zero', 'trusted r over the scatter plot'],
      ['A weak link: about 2 % of output is explained', 'read r as the share explained'],
      [
        'Temperature can be dropped from the analysis, as r = 0.02 shows it adds nothing',
        'dropped a variable on its correlation alone',
      ],
    ],
  })),
  family('regression-to-the-mean', (rng) => ({
    stem: `${client(rng)} sent coaching to its 10 worst-scoring branches last quarter; this quarter their scores rose. Why might they have risen even without coaching?`,
    key: 'The worst scores were partly bad luck, which tends not to repeat',
    wrong: [
      ['Low scorers are always the fastest improvers', 'invented a law in place of chance'],
      [
        'The coaching must work, since scores rose',
        'credited the intervention without a control group',
      ],
      ['The other branches must have got worse', 'thought the rise needs others to fall'],
      [
        'The coaching worked, as the rise came right after it and in every one of the ten branches',
        'credited the intervention because the rise followed it',
      ],
    ],
  })),
  family('one-point-drives-the-fit', (rng) => ({
    stem: `${client(rng)}'s scatter of 12 stores shows no pattern, but one giant flagship far to the right gives r = 0.8. What do you do?`,
    key: 'Report r with and without the flagship, and say why',
    wrong: [
      ['Report r = 0.8: all data must be used', 'ignored one point’s leverage on r'],
      ['Delete the flagship and report only the rest', 'silently removed an awkward point'],
      [
        'Report r² = 0.64 instead, as it is more stable',
        'thought R² is immune to an influential point',
      ],
      [
        'Report r = 0.8, as the flagship is real data and removing it would be cherry-picking',
        'refused to show one point’s influence',
      ],
    ],
  })),
  family('intercept-outside-the-data', (rng) => {
    const a = rng.int(-90, -20)
    return {
      stem: `Weight (kg) on height (cm) for ${client(rng)}'s adult members gives intercept ${fmt(a, 0)} kg. How do you report it?`,
      key: 'No meaning alone: height 0 is far outside the data',
      wrong: [
        [`A member of 0 cm would weigh ${fmt(a, 0)} kg`, 'read the intercept at an impossible x'],
        [
          'The model is wrong, as weight cannot be negative',
          'rejected the line over its intercept',
        ],
        [
          `Every member weighs ${-a} kg less than predicted`,
          'read the intercept as a bias of all predictions',
        ],
      ],
    }
  }),
  family('coefficient-holding-others-fixed', (rng) => {
    const b = rng.int(2, 9)
    return {
      stem: `A regression of salary (£000) on years of experience and degree level for ${client(rng)} gives ${b} for experience. Which reading is right?`,
      key: `£${b}k more per year of experience, at the same degree level`,
      wrong: [
        [
          `£${b}k more per year of experience, counting the extra degrees the more experienced hold`,
          'read the coefficient as the total difference, not holding degree fixed',
        ],
        [
          `Experience explains ${b} % of salary differences`,
          'read a coefficient as a share explained',
        ],
        [`A degree is worth ${b} years of experience`, 'compared coefficients in different units'],
        [
          `Each extra year of experience raises pay by £${b}k for everyone in the firm, whatever their degree`,
          'read an association as a causal raise for all',
        ],
      ],
    }
  }),
  family('match-r-to-a-description', (rng) => {
    const pick = rng.pick([
      ['a weak negative', '−0.25', '0.25', '−0.85', '0.85'],
      ['a strong negative', '−0.85', '0.85', '−0.25', '0.25'],
      ['a strong positive', '0.85', '−0.85', '0.25', '−0.25'],
      ['a weak positive', '0.25', '−0.25', '0.85', '−0.85'],
    ] as const)
    return {
      stem: `${analyst(rng)} describes the scatter of price against units sold at ${client(rng)} as ${pick[0]} straight-line relation. Which r fits?`,
      key: `r = ${pick[1]}`,
      wrong: [
        [`r = ${pick[2]}`, 'got the direction of the relation wrong'],
        [`r = ${pick[3]}`, 'got the strength of the relation wrong'],
        [`r = ${pick[4]}`, 'got both direction and strength wrong'],
      ],
    }
  }),
  family('r-squared-from-the-sums-of-squares', (rng) => {
    const sst = rng.int(200, 900)
    const sse = rng.int(40, Math.floor(sst * 0.7))
    return figures(rng, {
      stem: `A regression for ${client(rng)} has total sum of squares ${sst} and residual (error) sum of squares ${sse}. What is R²?`,
      key: ['linear', [1, -sse, 1 / sst]],
      wrong: [
        [['ratio', [sse, sst, 1]], 'took the residual share as R²'],
        [['ratio', [sst - sse, sse, 1]], 'divided by the residual sum instead of the total'],
        [['pow', [1 - sse / sst, 0.5]], 'took the square root, giving r'],
      ],
      dp: 3,
    })
  }),
]
