import { describe, expect, it } from 'vitest'
import { DEFAULT_QUADRATURE_POINTS, normalQuadrature } from '../../../src/assessment/index.js'

describe('Gauss–Hermite quadrature for the normal density', () => {
  it('reproduces the 5-point table of Abramowitz & Stegun 25.10 (physicists’ form)', () => {
    const { nodes, weights } = normalQuadrature(5)
    const physicistNodes = [...nodes].map((x) => x / Math.SQRT2)
    const physicistWeights = [...weights].map((w) => w * Math.sqrt(Math.PI))
    const published = [
      [-2.020182870456086, 0.01995324205905],
      [-0.958572464613819, 0.3936193231522],
      [0, 0.9453087204829],
      [0.958572464613819, 0.3936193231522],
      [2.020182870456086, 0.01995324205905],
    ]
    published.forEach(([node, weight], i) => {
      expect(physicistNodes[i]).toBeCloseTo(node!, 12)
      expect(physicistWeights[i]).toBeCloseTo(weight!, 12)
    })
  })

  it('integrates the normal moments E[x²] = 1, E[x⁴] = 3, E[x⁶] = 15 with the default 41 points', () => {
    expect(DEFAULT_QUADRATURE_POINTS).toBe(41)
    const { nodes, weights } = normalQuadrature()
    const moment = (power: number) => nodes.reduce((s, x, i) => s + weights[i]! * x ** power, 0)
    expect(moment(0)).toBeCloseTo(1, 12)
    expect(moment(2)).toBeCloseTo(1, 10)
    expect(moment(4)).toBeCloseTo(3, 9)
    expect(moment(6)).toBeCloseTo(15, 8)
  })

  it('hands each caller its own arrays, so one caller writing to them changes no later integral', () => {
    const first = normalQuadrature(7)
    const untouched = [...first.weights]
    first.weights.fill(0)
    first.nodes.fill(99)
    const second = normalQuadrature(7)
    expect([...second.weights]).toEqual(untouched)
    expect(second.nodes[3]).toBeCloseTo(0, 12)
  })
})
