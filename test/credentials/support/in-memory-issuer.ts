import { randomUUID } from 'node:crypto'
import type { CredentialsConfig } from '../../../src/credentials/config.js'
import {
  buildOpenBadgeCredential,
  buildStatusListCredential,
  createDocumentLoader,
  type DocumentLoader,
  emptyEncodedList,
  flagPosition,
  generateKeyMaterial,
  issuerDid,
  type PassForCredential,
  type SigningKey,
  STATUS_LIST_LENGTH,
  type StatusFlag,
  type StatusPurpose,
  signCredential,
  statusListUrl,
  statusSizeOf,
  withStatusBit,
} from '../../../src/credentials/index.js'

export const testConfig: CredentialsConfig = {
  baseUrl: 'http://localhost:3000',
  didMethod: 'key',
  issuerName: 'SkillSignal',
  issuerCountryCode: 'DE',
}

/** A pass of the JavaScript test, as the assessment part hands it over. */
export function samplePass(overrides: Partial<PassForCredential['test']> = {}): PassForCredential {
  return {
    certification: {
      id: randomUUID(),
      attemptId: randomUUID(),
      scorePercent: 83,
      passedAt: new Date('2026-03-01T10:00:00Z'),
    },
    test: {
      id: 'javascript',
      title: 'JavaScript',
      description: 'Core JavaScript: types, closures, promises and modules.',
      skill: {
        label: 'JavaScript',
        escoUri: 'http://data.europa.eu/esco/skill/de9e6c54-1e44-4c5c-a1a1-9e4e1b2dc1a5',
      },
      learningOutcomes: ['Explain closures and scope', 'Use promises and async functions'],
      workloadHours: 20,
      eqfLevel: 5,
      passRule: { cutPercent: 70 },
      validityMonths: 24,
      ...overrides,
    },
    learner: { id: randomUUID(), email: 'Ada@Example.org' },
  }
}

/** An issuer held in memory: one key, a `message` list, legacy revocation and suspension lists. */
export interface InMemoryIssuer {
  readonly key: SigningKey
  readonly did: string
  readonly loader: DocumentLoader
  /** Where each list is published. */
  readonly urls: Readonly<Record<StatusPurpose, string>>
  issue(pass: PassForCredential, at?: Date): Promise<Record<string, unknown>>
  /** A credential as issued before the single status entry: revocation and suspension entries. */
  issueWithTwoEntries(pass: PassForCredential): Promise<Record<string, unknown>>
  /** Sets a flag of the entry at `index`, in the `message` list and in the legacy list. */
  setStatus(flag: StatusFlag, index: number, set: boolean): Promise<void>
}

export async function inMemoryIssuer(
  config: CredentialsConfig = testConfig,
): Promise<InMemoryIssuer> {
  const material = await generateKeyMaterial()
  const key: SigningKey = {
    id: randomUUID(),
    ...material,
    status: 'active',
    createdAt: new Date('2026-01-01T00:00:00Z'),
    retiredAt: null,
  }
  const did = issuerDid(config, key)
  const lists = new Map<string, Record<string, unknown>>()
  const bits: Record<StatusPurpose, string> = {
    message: await emptyEncodedList(STATUS_LIST_LENGTH, statusSizeOf('message')),
    revocation: await emptyEncodedList(),
    suspension: await emptyEncodedList(),
  }
  const urls: Record<StatusPurpose, string> = {
    message: statusListUrl(config, 'message-1'),
    revocation: statusListUrl(config, 'revocation-1'),
    suspension: statusListUrl(config, 'suspension-1'),
  }
  const loader = createDocumentLoader({
    baseUrl: config.baseUrl,
    statusList: async (url) => lists.get(url),
  })
  const publish = async (purpose: StatusPurpose) => {
    const unsigned = buildStatusListCredential(config, {
      url: urls[purpose],
      issuerDid: did,
      purpose,
      encodedList: bits[purpose],
      updatedAt: new Date('2026-01-01T00:00:00Z'),
    })
    lists.set(urls[purpose], await signCredential(config, key, unsigned, loader))
  }
  await publish('message')
  await publish('revocation')
  await publish('suspension')
  let next = 0
  return {
    key,
    did,
    loader,
    urls,
    async issue(pass, at = pass.certification.passedAt) {
      const index = next++
      const unsigned = buildOpenBadgeCredential(config, {
        credentialId: randomUUID(),
        issuerDid: did,
        pass,
        status: { listUrl: urls.message, index },
        salt: 'c2FsdA',
        issuedAt: at,
      })
      return signCredential(config, key, unsigned, loader)
    },
    async issueWithTwoEntries(pass) {
      const index = next++
      const { credentialStatus: _one, ...rest } = buildOpenBadgeCredential(config, {
        credentialId: randomUUID(),
        issuerDid: did,
        pass,
        status: { listUrl: urls.message, index },
        salt: 'c2FsdA',
        issuedAt: pass.certification.passedAt,
      })
      const entry = (purpose: StatusFlag) => ({
        id: `${urls[purpose]}#${index}`,
        type: 'BitstringStatusListEntry',
        statusPurpose: purpose,
        statusListIndex: String(index),
        statusListCredential: urls[purpose],
      })
      const unsigned = { ...rest, credentialStatus: [entry('revocation'), entry('suspension')] }
      return signCredential(config, key, unsigned, loader)
    },
    async setStatus(flag, index, set) {
      bits.message = await withStatusBit(bits.message, flagPosition('message', index, flag), set)
      bits[flag] = await withStatusBit(bits[flag], index, set)
      await publish('message')
      await publish(flag)
    },
  }
}
