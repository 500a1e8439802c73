import type { BrowserContext } from 'playwright-core'
import { type Role, registerAccount } from '../../../src/accounts/index.js'
import { certify } from '../../marketplace/support.js'
import type { PlatformServer } from './platform-server.js'

export const PASSWORD = 'correct horse battery staple'
export const SESSION_COOKIE = '__Host-skillsignal_session'

export interface Person {
  readonly id: string
  readonly name: string
  readonly token: string
}

/** The API called as `who` from the test itself, with the session cookie a browser would send. */
export async function callAs(
  server: PlatformServer,
  who: Person | null,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(who ? { cookie: `${SESSION_COOKIE}=${who.token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? null : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : null }
}

/**
 * A member with a confirmed address, signed in through the login form's endpoint. Sign-up itself
 * signs nobody in and mails a link; the test stands in for that click by writing the account the
 * way the confirmed link leaves it.
 */
export async function register(server: PlatformServer, name: string): Promise<Person> {
  const [person] = await registerAll(server, [name])
  return person!
}

/**
 * Several members as `register` makes one, written in one pause of the server: on the embedded
 * database each pause stops and restarts the server, which on a busy machine took seconds.
 * `roles` gives a name a role other than member (an administrator for the console).
 */
export async function registerAll(
  server: PlatformServer,
  names: readonly string[],
  roles: Readonly<Record<string, Role>> = {},
): Promise<Person[]> {
  const emailOf = (name: string) => `${name.toLowerCase().replace(/\W+/g, '.')}@example.org`
  const ids = await server.withDatabase(async (db) => {
    const made: string[] = []
    for (const name of names) {
      const account = await registerAccount(
        db,
        { email: emailOf(name), password: PASSWORD, displayName: name },
        roles[name] ?? 'member',
        { emailVerified: true },
      )
      made.push(account.id)
    }
    return made
  })
  const people: Person[] = []
  for (const [i, name] of names.entries()) {
    const response = await fetch(`${server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: emailOf(name), password: PASSWORD }),
    })
    const cookie = response.headers.get('set-cookie') ?? ''
    const token = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(cookie)?.[1]
    if (!token) throw new Error(`no session for ${name}: ${response.status}`)
    people.push({ id: ids[i]!, name, token })
  }
  return people
}

/** Makes the context's browser signed in as `who` (or signed out for null). */
export async function signInContext(
  context: BrowserContext,
  server: PlatformServer,
  who: Person | null,
): Promise<void> {
  await context.clearCookies()
  if (!who) return
  await context.addCookies([
    {
      name: SESSION_COOKIE,
      value: who.token,
      url: server.url.replace('http:', 'https:'),
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
    },
  ])
}

export interface Cast {
  readonly client: Person
  readonly freelancer: Person
  readonly admin: Person
  readonly analyst: Person
  /** The freelancer's signed credential, as downloaded: what a verifier is handed. */
  readonly credential: Record<string, unknown>
  readonly credentialId: string
  readonly testId: string
  /** The freelancer's scored attempt, for its result page. */
  readonly attemptId: string
}

interface AttemptBody {
  readonly id: string
  readonly items: readonly { readonly position: number }[]
}

/**
 * A client, a freelancer who passed a real test (so holds a signed credential) and holds a
 * certification clients can require, an administrator and an analyst.
 */
export async function castOfRoles(server: PlatformServer): Promise<Cast> {
  const testId = 'regular-expressions'
  const [client, freelancer, admin, analyst] = (await registerAll(server, [
    'Clara Client',
    'Fred Freelancer',
    'Ada Admin',
    'Ana Analyst',
  ])) as [Person, Person, Person, Person]
  const profile = await callAs(server, freelancer, 'PUT', '/me/profile', {
    headline: 'Patterns, parsers and tests',
    hourlyRateCents: 6500,
    skills: ['regex', 'javascript'],
  })
  if (profile.status !== 200) throw new Error(`profile: ${profile.status}`)
  const started = await callAs(server, freelancer, 'POST', '/attempts', { testId })
  if (started.status !== 201) throw new Error(`could not start ${testId}: ${started.status}`)
  const attempt = (started.json as { attempt: AttemptBody }).attempt
  // Only the test may know the keys; the same pause of the server sets roles and a certification.
  const keys = await server.withDatabase(async (db) => {
    await db
      .updateTable('users')
      .set({ role: 'administrator' })
      .where('id', '=', admin.id)
      .execute()
    await db.updateTable('users').set({ role: 'analyst' }).where('id', '=', analyst.id).execute()
    await certify(db, freelancer.id, 'javascript')
    const rows = await db
      .selectFrom('assessment_attempt_items')
      .select(['position', 'key_option_ids'])
      .where('attempt_id', '=', attempt.id)
      .execute()
    return new Map(rows.map((r) => [r.position, [...r.key_option_ids]]))
  })
  for (const item of attempt.items) {
    const saved = await callAs(
      server,
      freelancer,
      'PUT',
      `/attempts/${attempt.id}/items/${item.position}/answer`,
      { optionIds: keys.get(item.position) },
    )
    if (saved.status !== 200) throw new Error(`answer ${item.position}: ${saved.status}`)
  }
  const submitted = await callAs(server, freelancer, 'POST', `/attempts/${attempt.id}/submit`)
  if (submitted.status !== 200) throw new Error(`submit: ${submitted.status}`)
  // Answered from the keys at a script's speed, the pass waits for review; the administrator
  // releases it, as the console would, and the pass hooks then issue the credential.
  const released = await callAs(server, admin, 'POST', `/integrity-holds/${attempt.id}/release`, {
    reason: 'the browser test answers from the keys',
  })
  if (released.status !== 200) throw new Error(`release: ${released.status}`)
  const list = await callAs(server, freelancer, 'GET', '/me/credentials')
  const credentialId = (list.json as { credentials: { id: string }[] }).credentials[0]?.id
  if (!credentialId) throw new Error('the pass issued no credential')
  const credential = (await callAs(server, freelancer, 'GET', `/credentials/${credentialId}`))
    .json as Record<string, unknown>
  return {
    client,
    freelancer,
    admin,
    analyst,
    credential,
    credentialId,
    testId,
    attemptId: attempt.id,
  }
}
