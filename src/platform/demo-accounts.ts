import { randomBytes } from 'node:crypto'
import { registerAccount } from '../accounts/index.js'
import type { Seeder } from './seeder.js'

/**
 * Demo members to explore the platform with. Their passwords are random per database and printed
 * once on first start, so a demo never ships with a known password.
 */
export const DEMO_ACCOUNTS = [
  { email: 'freelancer@demo.skillsignal.test', displayName: 'Demo Freelancer', role: 'member' },
  { email: 'client@demo.skillsignal.test', displayName: 'Demo Client', role: 'member' },
  // Runs the study on the platform's own records from the analyst dashboard.
  { email: 'analyst@demo.skillsignal.test', displayName: 'Demo Analyst', role: 'analyst' },
  {
    email: 'admin@demo.skillsignal.test',
    displayName: 'Demo Administrator',
    role: 'administrator',
  },
] as const

export const demoAccountsSeeder: Seeder = {
  name: 'demo-accounts',
  async seed(db) {
    const lines: string[] = []
    for (const demo of DEMO_ACCOUNTS) {
      const password = `demo-${randomBytes(9).toString('base64url')}`
      // The demo addresses receive no mail; the seed vouches for them so the demo can earn badges.
      const { role, ...account } = demo
      await registerAccount(db, { ...account, password }, role, { emailVerified: true })
      lines.push(`  ${role.padEnd(13)} ${demo.email}  ${password}`)
    }
    process.stderr.write(`Demo accounts (shown once):\n${lines.join('\n')}\n`)
  },
}
