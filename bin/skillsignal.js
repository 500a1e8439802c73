#!/usr/bin/env node
// Runs the TypeScript sources directly: `npm ci` then `npx skillsignal` works with no build step.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli/main.ts')
await main(process.argv)
