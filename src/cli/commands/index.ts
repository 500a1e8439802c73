import type { Command } from 'commander'

/** Every subcommand, one module each; a part's command registers itself here. */
export function registerCommands(program: Command): void {
  void program
}
