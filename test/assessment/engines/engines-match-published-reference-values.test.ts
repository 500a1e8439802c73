import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { compareSpecificity, specificity } from '../../../src/assessment/engines/css-specificity.js'
import {
  SANDBOX_TIMEOUT_MS,
  SnippetError,
} from '../../../src/assessment/engines/javascript-sandbox.js'
import { evaluatePython, PYTHON } from '../../../src/assessment/engines/python/evaluate-python.js'
import { evaluateFormula } from '../../../src/assessment/engines/spreadsheet/evaluate-formula.js'
import { excelRound } from '../../../src/assessment/engines/spreadsheet/excel-round.js'
import { runTypeScript } from '../../../src/assessment/engines/typescript-runner.js'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { frac, roundFraction } from '../../../src/assessment/models/exact.js'

describe('the spreadsheet evaluator', () => {
  // Worked examples from the spreadsheet vendors' function documentation.
  it('agrees with the documented examples of the financial functions', () => {
    expect(evaluateFormula('=ROUND(PMT(0.08/12,10,10000),2)', {})).toBe(-1037.03)
    expect(evaluateFormula('=ROUND(NPV(0.1,-10000,3000,4200,6800),2)', {})).toBe(1188.44)
    expect(evaluateFormula('=SLN(30000,7500,10)', {})).toBe(2250)
    expect(evaluateFormula('=ROUND(DDB(2400,300,10,1),2)', {})).toBe(480)
    expect(evaluateFormula('=ROUND(DDB(2400,300,10,10),2)', {})).toBe(22.12)
    expect(evaluateFormula('=ROUND(FV(0.06/12,10,-200,-500,1),2)', {})).toBe(2581.4)
  })

  it('rounds half away from zero on the written decimals and gives unary minus precedence over ^', () => {
    expect(evaluateFormula('=ROUND(2.675,2)', {})).toBe(2.68)
    expect(evaluateFormula('=ROUND(-2.5,0)', {})).toBe(-3)
    expect(evaluateFormula('=ROUNDUP(3.2,0)', {})).toBe(4)
    expect(evaluateFormula('=ROUNDDOWN(-3.7,0)', {})).toBe(-3)
    expect(evaluateFormula('=-2^2', {})).toBe(4)
    expect(evaluateFormula('=2+3*4^2/8', {})).toBe(8)
  })

  it('looks up exact and approximate matches as spreadsheets do', () => {
    const cells = {
      A1: 0,
      B1: 'F',
      A2: 60,
      B2: 'D',
      A3: 70,
      B3: 'C',
      A4: 80,
      B4: 'B',
      A5: 90,
      B5: 'A',
    }
    expect(evaluateFormula('=VLOOKUP(85,A1:B5,2)', cells)).toBe('B')
    expect(evaluateFormula('=VLOOKUP(70,A1:B5,2,FALSE)', cells)).toBe('C')
    expect(() => evaluateFormula('=VLOOKUP(71,A1:B5,2,FALSE)', cells)).toThrow('#N/A')
    expect(evaluateFormula('=COUNTIF(A1:A5,">=70")', cells)).toBe(3)
    expect(evaluateFormula('=SUMIF(B1:B5,"<>A",A1:A5)', cells)).toBe(210)
    expect(evaluateFormula('=IFERROR(1/0,"none")', cells)).toBe('none')
  })

  it('rounds exact fractions the same way as the evaluator rounds the same decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        (thousandths, digits) => {
          const value = thousandths / 1000
          expect(roundFraction(frac(thousandths, 1000), digits)).toBe(excelRound(value, digits))
        },
      ),
    )
  })
})

describe('CSS specificity', () => {
  // The examples of Selectors Level 4, section 17.
  it('matches the specification examples', () => {
    const cases: [string, [number, number, number]][] = [
      ['*', [0, 0, 0]],
      ['li', [0, 0, 1]],
      ['ul li', [0, 0, 2]],
      ['ul ol+li', [0, 0, 3]],
      ['H1 + *[REL=up]', [0, 1, 1]],
      ['UL OL LI.red', [0, 1, 3]],
      ['LI.red.level', [0, 2, 1]],
      ['#x34y', [1, 0, 0]],
      ['#s12:not(FOO)', [1, 0, 1]],
      ['.foo :is(.bar, #baz)', [1, 1, 0]],
      [':where(#a, .b) p', [0, 0, 1]],
      ['a::before', [0, 0, 2]],
      ['li:nth-child(2n of .important)', [0, 2, 1]],
    ]
    for (const [selector, expected] of cases) expect(specificity(selector)).toEqual(expected)
    expect(compareSpecificity([1, 0, 0], [0, 9, 9])).toBeGreaterThan(0)
  })
})

describe('the sandboxes', () => {
  const engines = createTaskEngines()
  afterAll(() => closeTaskEngines(engines))
  it('pins the per-snippet time limit and stops a runaway snippet', () => {
    expect(SANDBOX_TIMEOUT_MS).toBe(1000)
    expect(() => engines.javascript.run('while (true) {}')).toThrow(SnippetError)
  })

  it('gives snippets no access to the host', () => {
    expect(
      engines.javascript.run('console.log(typeof process, typeof require, typeof fetch)'),
    ).toBe('undefined undefined undefined')
  })

  it('runs TypeScript as tsc would emit it', async () => {
    expect(
      await runTypeScript(
        engines.javascript,
        'enum E { A = 2, B }\nclass P { constructor(public x: number) {} }\nconsole.log(E.B, E[3], new P(4).x)',
      ),
    ).toBe('3 B 4')
  })

  it('runs SQL on PostgreSQL and leaves nothing behind', async () => {
    expect(
      await engines.sql.run(
        'create table t (x int); insert into t values (1), (2)',
        'select sum(x), count(*) from t',
      ),
    ).toBe('3 | 2')
    expect(
      await engines.sql.run(
        '',
        "select count(*) from information_schema.tables where table_name = 't'",
      ),
    ).toBe('0')
  })
})

describe('the Python subset', () => {
  // Results as CPython 3 prints them (floor division, remainder with the divisor's sign,
  // ** binding tighter than unary minus, round half to even, slices).
  it('evaluates as CPython does', () => {
    const cases: [string, string][] = [
      ['-7 // 2', '-4'],
      ['7 % -3', '-2'],
      ['-7 % 3', '2'],
      ['-2 ** 2', '-4'],
      ['2 ** -1', '0.5'],
      ['round(2.5)', '2'],
      ['round(-2.5)', '-2'],
      ['round(3.5)', '4'],
      ['6 / 2', '3.0'],
      ["'python'[::-1]", "'nohtyp'"],
      ["'python'[-3:]", "'hon'"],
      ['[1, 2, 3, 4, 5][4:1:-1]', '[5, 4, 3]'],
      ["'abcdef'[10:]", "''"],
      ["'ab' * 3", "'ababab'"],
      ['-7.0 // 2', '-4.0'],
    ]
    for (const [expression, expected] of cases) expect(evaluatePython(expression)).toBe(expected)
  })

  it('reproduces the habits of other languages when asked to, for distractors', () => {
    expect(evaluatePython('-7 // 2', { ...PYTHON, division: 'truncate' })).toBe('-3')
    expect(evaluatePython('-7 % 3', { ...PYTHON, remainder: 'dividend-sign' })).toBe('-1')
    expect(evaluatePython('-2 ** 2', { ...PYTHON, unaryMinus: 'above-power' })).toBe('4')
    expect(evaluatePython("'python'[1:4]", { ...PYTHON, sliceEnd: 'inclusive' })).toBe("'ytho'")
  })
})
