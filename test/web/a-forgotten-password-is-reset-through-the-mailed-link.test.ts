import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { registerAccount } from '../../src/accounts/index.js'
import { describeInBrowser } from '../support/engine-independent.js'
import { ensureBuiltApp } from './support/built-app.js'
import { type Chromium, launchChromium } from './support/chromium.js'
import { reportCspViolations, watchPage } from './support/page-problems.js'
import { type PlatformServer, startPlatformServer } from './support/platform-server.js'

const OLD_PASSWORD = 'correct horse battery staple'
const NEW_PASSWORD = 'a quite different passphrase'
const EMAIL = 'forgetful@example.org'
/** First path segments the API answers; 4xx from these are the page's to handle. */
const API = /^\/(me|auth)(\/|$)/

describeInBrowser('a member who forgot the password, in Chromium', () => {
  let server: PlatformServer
  let chromium: Chromium
  let page: Page
  const problems: string[] = []

  beforeAll(async () => {
    await ensureBuiltApp()
    server = await startPlatformServer()
    await server.withDatabase((db) =>
      registerAccount(db, { email: EMAIL, password: OLD_PASSWORD, displayName: 'Fay' }, 'member', {
        emailVerified: true,
      }),
    )
    chromium = await launchChromium()
    await reportCspViolations(chromium.context, problems)
    page = await chromium.context.newPage()
    watchPage(page, (path) => API.test(path), problems)
  })

  afterAll(async () => {
    await chromium?.close()
    await server?.stop()
  })

  const askForLink = async (email: string) => {
    await page.goto(`${server.url}/signin`)
    await page.getByRole('link', { name: 'Forgot your password?' }).click()
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor()
    await page.getByLabel('Email').fill(email)
    await page.getByRole('button', { name: 'Mail me a link' }).click()
    await page.locator('.notice-success').waitFor()
    return page.locator('.notice-success').textContent()
  }

  it('answers alike for an unknown address and a member, and the mailed link sets a new password', async () => {
    // Same words for nobody and for a member: the page tells no one who has an account.
    const unknown = await askForLink('nobody-here@example.org')
    const member = await askForLink(EMAIL)
    expect(unknown?.replace('nobody-here@example.org', EMAIL)).toBe(member)

    const link = await server.withDatabase(async (db) => {
      const mails = await db
        .selectFrom('mail_outbox')
        .select(['to_address', 'body'])
        .where('body', 'like', '%/reset-password?token=%')
        .execute()
      expect(mails.map((m) => m.to_address)).toEqual([EMAIL])
      return new URL(/http:\/\/\S+\/reset-password\?token=[\w-]+/.exec(mails[0]!.body)![0])
    })
    // Reading the embedded database restarts the server, on another port: keep path and query.
    await page.goto(`${server.url}${link.pathname}${link.search}`)
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor()
    expect(await page.title()).toContain('Choose a new password')
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD)
    await page.getByRole('button', { name: 'Set the new password' }).click()
    await expect.poll(() => page.locator('.notice-success').textContent()).toContain('changed')

    // The link is spent: a second use is refused in words, with a way to ask again.
    await page.goto(`${server.url}${link.pathname}${link.search}`)
    await page.getByLabel('New password', { exact: true }).fill('yet another long passphrase')
    await page.getByRole('button', { name: 'Set the new password' }).click()
    await page.locator('.notice-error').waitFor()
    expect(await page.locator('.notice-error').getByRole('link').textContent()).toBe(
      'Ask for a new link',
    )

    await page.goto(`${server.url}/signin`)
    await page.getByLabel('Email').fill(EMAIL)
    await page.getByLabel('Password').fill(OLD_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.locator('.notice-error').waitFor()
    await page.getByLabel('Password').fill(NEW_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/tests')
    expect(problems).toEqual([])
  })
})
