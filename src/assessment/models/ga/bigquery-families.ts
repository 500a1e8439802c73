import { VariantError } from '../assemble-variant.js'
import { MONTH_NAMES } from '../month-names.js'
import { cap, choose, client, family, type GaFamily, ruled } from './ga-text.js'

const EXPORT = '[GA4] BigQuery Export'
const SCHEMA = '[GA4] BigQuery Export schema'

const pad = (v: number) => String(v).padStart(2, '0')

/**
 * The BigQuery export as an analyst queries it: table names, the timestamp unit, nested event
 * parameters, how a session is keyed, and the export's limits. The named mistakes are Universal
 * Analytics 360's export (ga_sessions_ tables, a visitId per session) and flat-column reading.
 */
export const BIGQUERY_FAMILIES: readonly GaFamily[] = [
  family('bigquery-daily-table-name', (rng) => {
    const y = rng.int(2025, 2026)
    const m = rng.int(1, 12)
    // A day that is also a month number, so the swapped name is another real day's table.
    const d = rng.int(1, 12)
    if (d === m) throw new VariantError('day and month equal')
    const ymd = `${y}${pad(m)}${pad(d)}`
    return {
      ...choose(rng, {
        stem: `${cap(client(rng))}’s GA4 property exports daily to BigQuery. Which table holds the complete export of events from ${d} ${MONTH_NAMES[m - 1]} ${y}?`,
        key: `events_${ymd}`,
        wrong: [
          ['analytics_123456789', 'gives the dataset name, not the table'],
          [`events_${y}${pad(m)}`, 'expects monthly tables'],
          [`ga_sessions_intraday_${ymd}`, 'uses the UA 360 intraday table'],
          [`pseudonymous_users_${ymd}`, 'takes the user-data export table for the event table'],
          [
            `events_intraday_${ymd}`,
            'takes the streaming table, replaced when the day is complete',
          ],
          [`ga_sessions_${ymd}`, 'uses the Universal Analytics 360 export name'],
          [`events_${y}${pad(d)}${pad(m)}`, 'writes the day before the month'],
        ],
        facts: { source: EXPORT, y, m, d },
      }),
      code: true,
    }
  }),
  family('bigquery-timestamp-unit', (rng) => ({
    ...choose(rng, {
      stem: `An analyst for ${client(rng)} needs each exported event’s time as a BigQuery TIMESTAMP. Which expression converts event_timestamp correctly?`,
      key: 'TIMESTAMP_MICROS(event_timestamp)',
      wrong: [
        ['DATE(event_timestamp)', 'applies DATE to the integer as if it were a timestamp'],
        ['TIMESTAMP_MILLIS(event_timestamp)', 'takes the value as milliseconds'],
        ['TIMESTAMP_SECONDS(event_timestamp)', 'takes the value as seconds'],
        ["PARSE_TIMESTAMP('%Y%m%d', event_date)", 'reads the date column, which has no time'],
      ],
      facts: { source: SCHEMA },
    }),
    code: true,
  })),
  family('bigquery-event-param', (rng) => {
    const [param, type] = rng.pick([
      ['page_location', 'string_value'],
      ['page_title', 'string_value'],
      ['ga_session_id', 'int_value'],
      ['engagement_time_msec', 'int_value'],
    ] as const)
    const other = type === 'string_value' ? 'int_value' : 'string_value'
    const sub = (field: string) =>
      `(SELECT value.${field} FROM UNNEST(event_params) WHERE key = '${param}')`
    return {
      ...choose(rng, {
        stem: `In ${client(rng)}’s GA4 export, which expression reads the event parameter ${param} for each row?`,
        key: sub(type),
        wrong: [
          ['event_params', 'selects the whole repeated record'],
          [`(SELECT ${param} FROM event_params)`, 'selects the key as if it were a column'],
          [
            `event_params[OFFSET(0)].value.${type}`,
            'assumes the parameter’s position in the array is fixed',
          ],
          [`JSON_VALUE(event_params, '$.${param}')`, 'reads the repeated record as JSON'],
          [
            sub(other),
            `reads the ${other.replace('_value', '')} slot of a value stored as ${type.replace('_value', '')}`,
          ],
          [`event_params.${param}`, 'treats the repeated record as flat columns'],
          [
            `(SELECT value.${type} FROM UNNEST(user_properties) WHERE key = '${param}')`,
            'looks in user properties',
          ],
          [
            `ARRAY_TO_STRING(ARRAY(SELECT value.string_value FROM UNNEST(event_params)), ',')`,
            'joins every parameter’s value instead of picking one',
          ],
        ],
        facts: { source: SCHEMA, param, type },
      }),
      code: true,
    }
  }),
  ruled('bigquery-daily-export-limit', EXPORT, (_rng, who) => ({
    stem: `${cap(who)}’s standard property logs more events than the daily BigQuery export allows. What is that daily export limit?`,
    key: '1 million events a day',
    wrong: [
      ['Unlimited', 'assumes the daily export is unlimited like streaming'],
      ['10 GB of storage, the sandbox limit', 'takes the BigQuery sandbox’s storage limit'],
      ['10 million events a day', 'takes the exploration sampling quota'],
      ['No limit on standard properties', 'assumes the daily export is unlimited'],
      ['1 billion events a day', 'takes a GA4 360 quota'],
      ['1 million events a month', 'reads the daily limit as monthly'],
    ],
  })),
  ruled('bigquery-no-backfill', EXPORT, (rng, who) => ({
    stem: `The analyst links ${who}’s ${rng.int(2, 4)}-year-old GA4 property to BigQuery today. What data arrives?`,
    key: 'Data from the link on, no history',
    wrong: [
      ['Everything', 'assumes the export backfills all history'],
      ['The last 30 days', 'assumes a month of backfill'],
      ['All history since the property was created', 'assumes the export backfills'],
      ['The last 14 months, the retention period', 'mixes retention with export'],
      ['The last 13 months, as UA 360 backfilled', 'applies the Universal Analytics 360 backfill'],
    ],
  })),
  ruled('bigquery-date-time-zones', SCHEMA, (_rng, who) => ({
    stem: `${cap(who)}’s property reports in a non-UTC time zone. In its export, which time zones do event_date and event_timestamp use?`,
    key: 'Date: property zone; timestamp: UTC',
    wrong: [
      ['Date: UTC; timestamp: property zone', 'reverses the two'],
      ['Date: browser zone; timestamp: UTC', 'assumes the date follows the visitor’s device'],
      ['Each in UTC', 'assumes the date column is UTC too'],
      ['Each in the property zone', 'assumes the timestamp is local too'],
      [
        'Date: property zone; timestamp: the visitor’s device clock',
        'takes the timestamp from the device clock',
      ],
      ['The zone of the Cloud project’s region', 'assumes the dataset location sets the zone'],
    ],
  })),
]
