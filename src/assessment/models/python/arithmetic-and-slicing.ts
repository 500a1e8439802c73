import type { Rng } from '../../rng.js'
import { type PythonQuestion, pythonModel } from './python-model.js'

const nonZero = (rng: Rng, lo: number, hi: number): number => {
  const n = rng.int(lo, hi)
  return n === 0 ? hi : n
}

/**
 * Each expression with the misreadings a programmer brings from other languages or from a slip
 * of notation: truncating division (C, Java, JavaScript), a remainder with the dividend's sign,
 * `/` and `//` or `//` and `%` confused, `-x ** n` read as `(-x) ** n`, `**` read as `*`,
 * halves always rounded up, `int()` taken for rounding.
 */
const ARITHMETIC: readonly ((rng: Rng) => PythonQuestion)[] = [
  (rng) => {
    const [a, b] = [nonZero(rng, -60, 60), nonZero(rng, -9, 9)]
    return {
      expression: `${a} // ${b}`,
      mistakes: [{ division: 'truncate' }, `${a} / ${b}`, `${a} % ${b}`, `round(${a} / ${b})`],
    }
  },
  (rng) => {
    const [a, b] = [nonZero(rng, -60, 60), nonZero(rng, -9, 9)]
    return {
      expression: `${a} % ${b}`,
      mistakes: [{ remainder: 'dividend-sign' }, `${a} // ${b}`, `abs(${a}) % abs(${b})`],
    }
  },
  (rng) => {
    const [x, n] = [rng.int(2, 9), rng.pick([2, 3, 4])]
    return {
      expression: `-${x} ** ${n}`,
      mistakes: [{ unaryMinus: 'above-power' }, `-${x} * ${n}`, `${x} * ${n}`],
    }
  },
  (rng) => {
    const a = nonZero(rng, -40, 40)
    const b = nonZero(rng, -7, 7)
    return {
      expression: `${a} // ${b} * ${b} + ${a} % ${b}`,
      mistakes: [
        { division: 'truncate' },
        { remainder: 'dividend-sign' },
        `${a} // (${b} * ${b}) + ${a} % ${b}`,
        `${a} / ${b} * ${b} + ${a} % ${b}`,
      ],
    }
  },
  (rng) => {
    const x = rng.int(-9, 9)
    return {
      expression: `round(${x}.5)`,
      mistakes: [{ roundHalf: 'up' }, `int(${x}.5)`, `${x}.5 // 1`],
    }
  },
  (rng) => {
    const [a, b] = [rng.int(1, 99), rng.pick([2, 4, 5, 8])]
    return {
      expression: `${a} / ${b}`,
      // Truncating division, `//` or `%` for `/`, rounding, the floor kept as a float, the
      // operands reversed.
      mistakes: [
        { division: 'truncate' },
        `${a} // ${b}`,
        `${a} % ${b}`,
        `round(${a} / ${b})`,
        `${a} // ${b} * 1.0`,
        `${b} / ${a}`,
      ],
    }
  },
]

/** Floor division, remainders with negative operands, `**` precedence, banker's rounding. */
export const pythonArithmeticModel = pythonModel({
  id: 'py-arithmetic',
  title: 'Python numeric semantics',
  build: (rng) => {
    const q = rng.pick(ARITHMETIC)(rng)
    // Every habit from other languages at once: a candidate who holds them all.
    return {
      expression: q.expression,
      mistakes: [
        ...q.mistakes,
        {
          division: 'truncate',
          remainder: 'dividend-sign',
          unaryMinus: 'above-power',
          roundHalf: 'up',
        },
      ],
    }
  },
})

const WORDS = ['python', 'freelance', 'credential', 'blueprint', 'variance', 'sandbox']

/** Indexing and slicing of strings and lists, negative indices and steps. */
export const pythonSlicingModel = pythonModel({
  id: 'py-slicing',
  title: 'Python indexing and slicing',
  build: (rng) => {
    const useList = rng.next() < 0.4
    const seq = useList
      ? `[${Array.from({ length: rng.int(5, 8) }, () => rng.int(0, 20)).join(', ')}]`
      : `'${rng.pick(WORDS)}'`
    const a = rng.int(0, 3)
    const b = rng.int(a + 2, 6)
    const k = rng.int(2, 3)
    const forms: [string, string[]][] = [
      [`${seq}[${a}:${b}]`, [`${seq}[${a + 1}:${b}]`, `${seq}[${a}:${b - 1}]`]],
      [`${seq}[-${k}:]`, [`${seq}[:-${k}]`, `${seq}[-${k + 1}:]`]],
      [`${seq}[::-1]`, [`${seq}[:-1]`, `${seq}[1:]`]],
      [`${seq}[${a}::${k}]`, [`${seq}[${a}::${k + 1}]`, `${seq}[${a + 1}::${k}]`]],
      [`${seq}[${b}:${a}:-1]`, [`${seq}[${a}:${b}]`, `${seq}[${b - 1}:${a}:-1]`]],
      [`${seq}[${a}:${b}][-1]`, [`${seq}[${b}]`, `${seq}[${a}:${b}][0]`]],
    ]
    const [expression, slips] = rng.pick(forms)
    return {
      expression,
      mistakes: [{ sliceEnd: 'inclusive' }, ...slips, `${seq}[${a}]`, `len(${seq})`],
    }
  },
})
