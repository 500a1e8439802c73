import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  assignDrafts,
  CATALOG,
  importIntoBank,
  listItems,
  readImport,
} from '../../src/assessment/index.js'
import { engine } from '../support/database.js'
import { type AttemptsHarness, type Caller, openAttemptsHarness } from './attempts-support.js'

const BANK = join(import.meta.dirname, '../fixtures/markdown-quiz-plain/shell')
const TESTS = new Map(CATALOG.map((t) => [t.id, t]))

interface QueueView {
  total: number
  unassigned: number
  items: {
    id: string
    stem: string
    keys: string[] | null
    authorId: string | null
    lifecycle: string
  }[]
}

describe(`the item review workflow on ${engine}`, () => {
  let h: AttemptsHarness
  let author: Caller
  let reviewer: Caller
  let member: Caller
  let itemId: string
  beforeAll(async () => {
    h = await openAttemptsHarness()
    author = await h.signUp('ada-author', 'administrator')
    reviewer = await h.signUp('bo-reviewer', 'administrator')
    member = await h.signUp('cy-member')
    const plan = readImport([BANK], TESTS, {})
    await importIntoBank(h.database.db, plan, { skipInvalid: true, authorId: author.id })
  })
  afterAll(async () => {
    await h.close()
  })

  const step = (who: Caller, body: Record<string, unknown>) =>
    who.call('POST', `/admin/items/${itemId}/steps`, body)

  it('lists imported drafts only once assigned, without their keys, to administrators only', async () => {
    const before = (await reviewer.call('GET', '/admin/items?stage=draft')).json() as QueueView
    expect(before).toMatchObject({ total: 0, unassigned: 2 })
    await assignDrafts(h.database.db, [
      { suffix: '', testId: 'git', domain: 'commits-and-history' },
    ])
    const queue = (await reviewer.call('GET', '/admin/items?stage=draft')).json() as QueueView
    expect(queue).toMatchObject({ total: 2, unassigned: 0 })
    expect(queue.items.every((i) => i.keys === null && i.authorId === author.id)).toBe(true)
    itemId = queue.items.find((i) => i.stem.includes('working directory'))!.id
    expect((await member.call('GET', '/admin/items')).statusCode).toBe(403)
    expect(
      (
        await member.call('POST', `/admin/items/${itemId}/steps`, {
          to: 'review',
          note: 'x',
          key: ['A'],
        })
      ).statusCode,
    ).toBe(403)
  })

  it('lets no one but another reviewer who finds the stored key pass a draft', async () => {
    const own = await step(author, { to: 'review', note: 'my own item', key: ['A'] })
    expect(own.statusCode).toBe(422)
    expect(own.json().error.message).toContain('cannot review their own item')
    const blind = await step(reviewer, { to: 'review', note: 'looks right' })
    expect(blind.statusCode).toBe(422)
    expect(blind.json().error.message).toContain('state the key')
    const wrong = await step(reviewer, { to: 'review', note: 'I think B', key: ['B'] })
    expect(wrong.statusCode).toBe(422)
    expect(wrong.json().error.message).toContain('not the stored key')
    const unsaid = await step(reviewer, { to: 'review', note: ' ', key: ['A'] })
    expect(unsaid.statusCode).toBe(400)
    const skipped = await step(reviewer, { to: 'operational', note: 'ship it', key: ['A'] })
    expect(skipped.statusCode).toBe(409)

    const reviewed = await step(reviewer, { to: 'review', note: 'pwd prints it', key: ['A'] })
    expect(reviewed.statusCode).toBe(200)
    expect(reviewed.json().step).toMatchObject({ itemId, step: 1, from: 'draft', to: 'review' })
    expect((await step(reviewer, { to: 'review', note: 'again', key: ['A'] })).statusCode).toBe(409)
  })

  it('puts a reviewed item in pretest, and keeps it there until its responses show it works', async () => {
    const pretest = await step(reviewer, { to: 'pretest', note: 'ready for data' })
    expect(pretest.statusCode).toBe(200)
    const early = await step(author, { to: 'operational', note: 'enough waiting' })
    expect(early.statusCode).toBe(422)
    expect(early.json().error.message).toMatch(/0 pretest responses; at least 200 are needed/)

    const queue = (await reviewer.call('GET', '/admin/items?stage=pretest')).json() as QueueView
    expect(queue.items.map((i) => [i.id, i.keys])).toEqual([[itemId, ['A']]])
    const lifecycles = (await listItems(h.database.db)).map((i) => i.lifecycle).sort()
    expect(lifecycles).toEqual(['draft', 'pretest'])
  })

  it('serves an imported image to administrators under the path its stem shows', async () => {
    const git = join(BANK, '../git/git-quiz.md')
    const plan = readImport([git], TESTS, { testId: 'git', domain: 'commits-and-history' })
    await importIntoBank(h.database.db, plan, { skipInvalid: true, authorId: author.id })
    const graph = plan.items.find((p) => p.item.stem.includes('](images/log-graph.png)'))!.item
    const url = `/admin/items/${graph.id}/assets/images/log-graph.png`
    const image = await reviewer.call('GET', url)
    expect(image.statusCode).toBe(200)
    expect(image.headers['content-type']).toBe('image/png')
    expect(image.rawPayload.equals(readFileSync(join(BANK, '../git/images/log-graph.png')))).toBe(
      true,
    )
    expect((await member.call('GET', url)).statusCode).toBe(403)
    expect(
      (await reviewer.call('GET', `/admin/items/${graph.id}/assets/images/nope.png`)).statusCode,
    ).toBe(404)
  })

  it('refuses an unknown item or stage with a 4xx naming it', async () => {
    const unknown = await reviewer.call('POST', '/admin/items/md-nope/steps', {
      to: 'review',
      note: 'x',
      key: ['A'],
    })
    expect(unknown.statusCode).toBe(404)
    const stage = await step(reviewer, { to: 'published', note: 'x' })
    expect(stage.statusCode).toBe(400)
  })
})
