import { describe, expect, it } from 'vitest'
import { inMemoryIssuer, samplePass } from './support/in-memory-issuer.js'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

type Obj = Record<string, unknown>

describe("an OpenBadgeCredential's achievement", () => {
  it('carries the badge PNG as an OB 3.0 Image, inline so wallets need no request', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    const achievement = (credential.credentialSubject as Obj).achievement as Obj
    const image = achievement.image as Obj
    expect(image).toMatchObject({ type: 'Image', caption: 'JavaScript badge' })
    const [, base64] = /^data:image\/png;base64,(.+)$/.exec(String(image.id)) ?? []
    const png = Buffer.from(base64 ?? '', 'base64')
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE)
  })

  it('is the same for every earner, so aggregators merging it by id mix no one up', async () => {
    const issuer = await inMemoryIssuer()
    const achievementOf = async () =>
      ((await issuer.issue(samplePass())).credentialSubject as Obj).achievement
    expect(await achievementOf()).toEqual(await achievementOf())
  })
})
