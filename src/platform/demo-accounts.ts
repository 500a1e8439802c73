import { randomBytes } from 'node:crypto'
import { registerAccount } from '../accounts/index.js'
import type { Seeder } from './seeder.js'

/**
 * Demo members to explore the platform with. Their passwords are random per database and printed
 * once on first start, so a demo never ships with a known password.
 */
export const DEMO_ACCOUNTS = [
  { email: 'freelancer@demo.skillsignal.test', displayName: 'Demo Freelancer' },
  { email: 'client@demo.skillsignal.test', displayName: 'Demo Client' },
] as const

export const demoAccountsSeeder: Seeder = {
  name: 'demo-accounts',
  async seed(db) {
    const lines: string[] = []
    for (const demo of DEMO_ACCOUNTS) {
      const password = `demo-${randomBytes(9).toString('base64url')}`
      // The demo addresses receive no mail; the seed vouches for them so the demo can earn badges.
      await registerAccount(db, { ...demo, password }, 'member', { emailVerified: true })
      lines.push(`  ${demo.email}  ${password}`)
    }
    process.stderr.write(`Demo accounts (shown once):\n${lines.join('\n')}\n`)
  },
}
