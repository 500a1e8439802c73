import { describe, expect, it } from 'vitest'
import { findIllFormedText } from '../../src/shared/index.js'

describe('finding ill-formed text', () => {
  it('names the path of a NUL or a lone surrogate in values and keys', () => {
    expect(findIllFormedText({ a: [1, 'ok', { b: 'x\u0000y' }] })).toEqual(['a', 2, 'b'])
    expect(findIllFormedText({ a: { 'k\ud800': 1 } })).toEqual(['a', 'k\ud800'])
    expect(findIllFormedText('\udfff')).toEqual([])
    expect(findIllFormedText({ a: ['fine', { b: 'also fine' }], c: null, d: 3 })).toBeNull()
  })

  it('reports the first ill-formed string in document order', () => {
    expect(findIllFormedText([['ok', 'a\u0000'], 'b\u0000'])).toEqual([0, 1])
  })

  it('walks 200,000 levels without overflowing the stack', () => {
    let deep: unknown = 'bad\u0000'
    for (let i = 0; i < 200_000; i++) deep = [deep]
    const path = findIllFormedText(deep)
    expect(path).toHaveLength(200_000)
    expect(path?.every((step) => step === 0)).toBe(true)
  })
})
