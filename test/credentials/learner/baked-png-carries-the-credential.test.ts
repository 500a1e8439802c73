import { crc32 } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { badgePng, bakePng, unbakePng, verifyCredential } from '../../../src/credentials/index.js'
import { inMemoryIssuer, samplePass } from '../support/in-memory-issuer.js'

function chunkTypes(png: Buffer): string[] {
  const types: string[] = []
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset)
    types.push(png.toString('latin1', offset + 4, offset + 8))
    offset += 12 + length
  }
  return types
}

describe('the baked PNG badge', () => {
  it('carries the signed credential in an iTXt chunk keyed openbadgecredential, before IEND', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    const baked = bakePng(badgePng('JavaScript', 'MicroCredential'), JSON.stringify(credential))
    expect(chunkTypes(baked).slice(-2)).toEqual(['iTXt', 'IEND'])
    const itxt = baked.indexOf('iTXt')
    const length = baked.readUInt32BE(itxt - 4)
    expect(baked.toString('latin1', itxt + 4, itxt + 4 + 20)).toBe('openbadgecredential\0')
    expect(baked.readUInt32BE(itxt + 4 + length)).toBe(
      crc32(baked.subarray(itxt, itxt + 4 + length)),
    )
    const unbaked = JSON.parse(unbakePng(baked)!)
    const report = await verifyCredential(unbaked, {
      documentLoader: issuer.loader,
      now: new Date('2026-06-01T00:00:00Z'),
    })
    expect(report.verdict).toBe('verified')
  })

  it('replaces a credential baked before rather than adding a second', () => {
    const once = bakePng(badgePng('SQL', 'Assessment'), '{"a":1}')
    const twice = bakePng(once, '{"a":"ü"}')
    expect(chunkTypes(twice).filter((type) => type === 'iTXt')).toHaveLength(1)
    expect(unbakePng(twice)).toBe('{"a":"ü"}')
  })

  it('refuses a file that is not a PNG or has a corrupted chunk', () => {
    expect(() => bakePng(Buffer.from('GIF89a'), '{}')).toThrow(/not a PNG/)
    const png = badgePng('SQL', 'Assessment')
    png[40] = png[40]! ^ 0xff
    expect(() => unbakePng(png)).toThrow(/bad CRC/)
  })
})

describe('baking, as a property', () => {
  it('gives back exactly the text baked in, whatever its characters', () => {
    const image = badgePng('Any', 'Assessment')
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        expect(unbakePng(bakePng(image, text))).toBe(text)
      }),
      { numRuns: 200 },
    )
  })
})
