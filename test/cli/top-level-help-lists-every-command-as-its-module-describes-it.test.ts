import { Command } from 'commander'
import { describe, expect, it } from 'vitest'
import { COMMANDS, registerCommands } from '../../src/cli/commands/index.js'

describe('the command list the top-level help is built from', () => {
  it('describes each command exactly as its own module does', async () => {
    for (const entry of COMMANDS) {
      const program = new Command()
      ;(await entry.load())(program)
      const registered = program.commands.map((c) => [c.name(), c.description()])
      expect(registered).toEqual([[entry.name, entry.description]])
    }
  })

  it('lists every command when no command is named, and only the named one otherwise', async () => {
    const all = new Command()
    await registerCommands(all, ['--help'])
    expect(all.commands.map((c) => c.name())).toEqual(COMMANDS.map((c) => c.name))
    const help = new Command()
    await registerCommands(help, ['help', 'study'])
    expect(help.commands.map((c) => c.name())).toEqual(['study'])
    const study = new Command()
    await registerCommands(study, ['study', '--records', 'r'])
    expect(study.commands[0]?.options.map((o) => o.long)).toContain('--threads')
  })
})
