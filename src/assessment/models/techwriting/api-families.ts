import type { Rng } from '../../rng.js'
import { choose, family, type TwFamily } from './tw-text.js'

/**
 * API reference writing: each parameter with its type, whether it is required, its default and
 * its allowed values (Google developer documentation style guide, "API reference code
 * comments"); summaries that open with a third-person verb; examples that the reference itself
 * allows; and OpenAPI 3.1 parameter objects, where a path parameter MUST be `required: true`.
 */
interface Param {
  readonly name: string
  readonly type: 'integer' | 'string' | 'boolean'
  readonly min?: number
  readonly max?: number
  readonly fallback: string
  readonly gist: string
}

const PARAMS: readonly Param[] = [
  {
    name: 'limit',
    type: 'integer',
    min: 1,
    max: 100,
    fallback: '20',
    gist: 'Maximum number of invoices to return',
  },
  {
    name: 'page_size',
    type: 'integer',
    min: 1,
    max: 500,
    fallback: '50',
    gist: 'Number of orders per page',
  },
  {
    name: 'timeout',
    type: 'integer',
    min: 1,
    max: 60,
    fallback: '30',
    gist: 'Seconds to wait for the export before giving up',
  },
  {
    name: 'retries',
    type: 'integer',
    min: 0,
    max: 5,
    fallback: '3',
    gist: 'Times to retry a failed webhook delivery',
  },
]

const param = (rng: Rng) => rng.pick(PARAMS)

export const API_FAMILIES: readonly TwFamily[] = [
  family('api-parameter-entry', (rng) => {
    const p = param(rng)
    const range = `${p.min}–${p.max}`
    return choose(rng, {
      stem: `The optional query parameter \`${p.name}\` is an integer from ${p.min} to ${p.max}; when it is left out, the API uses ${p.fallback}. Which reference entry documents it completely?`,
      key: `${p.name} (integer, optional): ${p.gist}, ${range}. Default: ${p.fallback}.`,
      wrong: [
        [
          `${p.name} (integer, optional): ${p.gist}.`,
          'leaves out the allowed range and the default',
        ],
        [
          `${p.name} (integer, required): ${p.gist}, ${range}. Default: ${p.fallback}.`,
          'marks an optional parameter as required',
        ],
        [
          `${p.name} (string, optional): ${p.gist}, ${range}. Default: ${p.fallback}.`,
          'gives the wrong type',
        ],
        [`${p.name} (integer, optional): ${p.gist}, ${range}.`, 'leaves out the default'],
        [
          `${p.name}: ${p.gist}, ${range}. Default: ${p.fallback}.`,
          'leaves out the type and whether it is required',
        ],
        [
          `${p.name} (string, required): ${p.gist}.`,
          'gives the wrong type, marks it required and drops range and default',
        ],

        [
          `${p.name} (number): ${p.gist}, between ${p.min} and ${p.max}.`,
          'leaves out whether it is required and the default',
        ],
        [
          `${p.name} (integer, required): ${p.gist}, ${range}. Default: ${p.fallback}. Send it with every request.`,
          'marks an optional parameter as required and tells readers to always send it',
        ],
        [
          `${p.name} (string, optional): ${p.gist}, from ${p.min} up to and including ${p.max}. Default: ${p.fallback}.`,
          'gives the wrong type',
        ],
      ],
      facts: {
        check: 'param',
        name: p.name,
        type: 'integer',
        required: false,
        min: p.min,
        max: p.max,
        fallback: p.fallback,
      },
    })
  }),
  family('api-required-parameter-entry', (rng) => {
    const [name, gist] = rng.pick([
      ['customer_id', 'Identifier of the customer to bill'],
      ['currency', 'Three-letter ISO 4217 code of the invoice currency'],
      ['email', 'Address the receipt is sent to'],
    ] as const)
    return choose(rng, {
      stem: `The request body field \`${name}\` is a string that every request must include; there is no default. Which reference entry documents it correctly?`,
      key: `${name} (string, required): ${gist}.`,
      wrong: [
        [`${name} (string, optional): ${gist}.`, 'marks a required field as optional'],
        [
          `${name} (string, required): ${gist}. Default: null.`,
          'documents a default for a field that has none',
        ],
        [`${name} (integer, required): ${gist}.`, 'gives the wrong type'],
        [`${name}: ${gist}.`, 'leaves out the type and whether it is required'],
        [
          `${name} (integer, optional): ${gist}. Default: 0.`,
          'gives the wrong type, marks it optional and invents a default',
        ],
        [`${name} (object, required): ${gist}.`, 'gives the wrong type'],
      ],
      facts: { check: 'param', name, type: 'string', required: true },
    })
  }),
  family('api-summary-verb', (rng) => {
    const [verb, rest] = rng.pick([
      ['Returns', 'the invoices of a customer, newest first'],
      ['Creates', 'a refund for a captured payment'],
      ['Deletes', 'a webhook endpoint and stops its deliveries'],
      ['Updates', 'the shipping address of an open order'],
    ] as const)
    const bare = verb.slice(0, -1)
    return choose(rng, {
      stem: `The API style guide (as in Google’s guide for reference comments) asks each method summary to open with a verb in the third person, present tense. Which summary follows it?`,
      key: `${verb} ${rest}.`,
      wrong: [
        [`${bare} ${rest}.`, 'opens with an imperative, as if instructing the reader'],
        [`This method ${verb.toLowerCase()} ${rest}.`, 'opens with the filler “This method”'],
        [`Used to ${bare.toLowerCase()} ${rest}.`, 'opens with a passive fragment'],
        [`Will ${bare.toLowerCase()} ${rest}.`, 'uses the future tense'],
      ],
      facts: { check: 'summary', verb },
    })
  }),
  family('api-example-request-valid', (rng) => {
    const p = param(rng)
    const ok = rng.int(p.min! + 1, p.max! - 1)
    const path = rng.pick(['/v2/invoices', '/v1/orders', '/v3/exports'])
    return choose(rng, {
      stem: `The reference for \`GET ${path}\` says: \`${p.name}\` (integer, optional), ${p.min}–${p.max}; \`status\` (string, required), one of \`open\`, \`paid\`, \`void\`. Which example request does the reference allow?`,
      key: `GET ${path}?status=paid&${p.name}=${ok}`,
      wrong: [
        [
          `GET ${path}?status=paid&${p.name}=${p.max! + 1 + rng.int(0, 3) * 50}`,
          `sets ${p.name} above its documented maximum`,
        ],
        [`GET ${path}?${p.name}=${ok}`, 'leaves out the required status parameter'],
        [
          `GET ${path}?status=closed&${p.name}=${ok}`,
          'uses a status value the reference does not list',
        ],
        [`GET ${path}?status=paid&${p.name}=ten`, `gives ${p.name} as a word, not an integer`],
        [`POST ${path}?status=paid&${p.name}=${ok}`, 'uses POST for a GET endpoint'],
        [
          `GET ${path}?${p.name}=${p.max! + 1}`,
          `leaves out status and sets ${p.name} above its maximum`,
        ],
        [
          `GET ${path}?status=paid,void&${p.name}=${ok}`,
          'passes two values where the reference takes one',
        ],
      ],
      facts: {
        check: 'request',
        name: p.name,
        min: p.min,
        max: p.max,
        statuses: ['open', 'paid', 'void'],
      },
      code: true,
    })
  }),
  family('openapi-path-parameter', (rng) => {
    const name = rng.pick(['invoiceId', 'orderId', 'userId', 'webhookId'])
    return choose(rng, {
      stem: `An OpenAPI 3.1 description documents the \`{${name}}\` segment of a path. Which parameter object is valid under the OpenAPI Specification?`,
      key: `{ name: ${name}, in: path, required: true, schema: { type: string } }`,
      wrong: [
        [
          `{ name: ${name}, in: path, required: false, schema: { type: string } }`,
          'marks a path parameter as optional, which the specification forbids',
        ],
        [
          `{ name: ${name}, in: path, schema: { type: string } }`,
          'omits required, which a path parameter must set to true',
        ],
        [
          `{ name: ${name}, in: query, required: true, schema: { type: string } }`,
          'documents a path segment as a query parameter',
        ],
        [
          `{ name: ${name}, in: url, required: true, schema: { type: string } }`,
          'uses “url”, which is not a parameter location',
        ],
        [
          `{ name: ${name}, in: query, required: false, schema: { type: string } }`,
          'documents a path segment as an optional query parameter',
        ],
        [`{ name: ${name}, in: path }`, 'omits required and the schema'],
      ],
      facts: { check: 'openapi', name },
      code: true,
    })
  }),
  family('example-response-matches-schema', (rng) => {
    const id = rng.int(1000, 9999)
    const total = rng.int(10, 900)
    const cur = rng.pick(['EUR', 'USD', 'GBP'])
    return choose(rng, {
      stem: `The reference says the response has \`id\` (integer), \`total\` (number), \`currency\` (string) and \`paid\` (boolean). Which example response matches it?`,
      key: `{"id": ${id}, "total": ${total}.50, "currency": "${cur}", "paid": false}`,
      wrong: [
        [
          `{"id": "${id}", "total": ${total}.50, "currency": "${cur}", "paid": false}`,
          'quotes the integer id as a string',
        ],
        [
          `{"id": ${id}, "total": "${total}.50", "currency": "${cur}", "paid": false}`,
          'quotes the number as a string',
        ],
        [
          `{"id": ${id}, "total": ${total}.50, "currency": "${cur}", "paid": "false"}`,
          'quotes the boolean as a string',
        ],
        [`{"id": ${id}, "total": ${total}.50, "paid": false}`, 'leaves out a documented field'],
        [
          `{"id": "${id}", "total": "${total}.50", "currency": "${cur}", "paid": false}`,
          'quotes the integer and the number as strings',
        ],
        [
          `{"ID": ${id}, "Total": ${total}.50, "Currency": "${cur}", "Paid": false}`,
          'changes the case of the field names',
        ],
        [`{"id": ${id}, "paid": false}`, 'leaves out two documented fields'],
      ],
      facts: {
        check: 'json',
        schema: { id: 'integer', total: 'number', currency: 'string', paid: 'boolean' },
      },
      code: true,
    })
  }),
  family('api-error-entry', (rng) => {
    const [code, cause, fix] = rng.pick([
      [
        'invoice_locked',
        'The invoice is already paid or void, so it cannot be edited.',
        'Create a credit note instead.',
      ],
      [
        'rate_limited',
        'The API key sent more than 600 requests in one minute.',
        'Wait for the time in the Retry-After header, then retry.',
      ],
      [
        'currency_mismatch',
        'The payment currency differs from the invoice currency.',
        'Send the payment in the invoice currency.',
      ],
    ] as const)
    return choose(rng, {
      stem: `Which entry in the error reference for \`${code}\` tells a developer what went wrong and what to do?`,
      key: `${code}: ${cause} ${fix}`,
      wrong: [
        [`${code}: An error occurred.`, 'states that an error occurred, without cause or fix'],
        [`${code}: ${cause}`, 'gives the cause but not what to do'],
        [`${code}: ${fix}`, 'gives a fix without saying what went wrong'],
        [`${code}: Contact support.`, 'sends every developer to support instead of explaining'],
        [
          `${code}: ${cause} This can happen for many reasons, and the exact cause may vary with your configuration.`,
          'pads the cause and gives no fix',
        ],
      ],
      facts: { check: 'error-entry', cause, fix },
    })
  }),
]
