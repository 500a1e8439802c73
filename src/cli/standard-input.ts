/** Everything on standard input, as UTF-8 (empty when it is a terminal nobody types into). */
export async function readStandardInput(): Promise<string> {
  if (process.stdin.isTTY) return ''
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
