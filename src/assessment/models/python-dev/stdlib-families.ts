import { VariantError } from '../assemble-variant.js'
import { MONTH_NAMES } from '../month-names.js'
import { choose, family, type PyFamily, predict, raises, several, WORDS } from './probe.js'

const q = (x: string): string => `'${x}'`
const strs = (xs: readonly string[]): string => `[${xs.map(q).join(', ')}]`
const DAY = 86_400_000
const iso = (d: Date): string => d.toISOString().slice(0, 10)
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/** The exact value of a double near a.bc5, read from its long expansion: above, below or on the half. */
const floatSide = (x: number): number => {
  const digits = x.toPrecision(25).split('.')[1]!.slice(3)
  if (/^0+$/.test(digits)) return 0
  return digits.startsWith('9') ? -1 : 1
}

/** Checks an option against `packaging`, the version-specifier implementation pip vendors. */
const specifierRun = (spec: string) => (version: string) =>
  `from packaging.specifiers import SpecifierSet\nprint(SpecifierSet('${spec}').contains('${version}'))`

/**
 * The standard library and tools a freelancer reaches for in scripts and small services:
 * itertools, collections, datetime, pathlib, json, csv, decimal, logging, argparse, re, pip
 * version specifiers and pytest.
 */
export const STDLIB_FAMILIES: readonly PyFamily[] = [
  family('groupby-needs-sorted-input', (rng) => {
    const [a, b] = several(rng, ['ok', 'fail', 'skip', 'warn'], 2)
    const xs = rng.pick([
      [a, a, b, a],
      [a, b, b, a],
      [b, a, a, b, b],
    ])
    const runs: [string, number][] = []
    for (const x of xs) {
      const last = runs[runs.length - 1]
      if (last && last[0] === x) last[1]++
      else runs.push([x, 1])
    }
    const first = [...new Set(xs)].map((k) => [k, xs.filter((x) => x === k).length] as const)
    const sorted = [...first].sort((p, r) => (p[0] < r[0] ? -1 : 1))
    const show = (ps: readonly (readonly [string, number])[]) =>
      `[${ps.map(([k, n]) => `(${q(k)}, ${n})`).join(', ')}]`
    return predict({
      code: `from itertools import groupby\n\nstatuses = ${strs(xs)}\nprint([(k, len(list(g))) for k, g in groupby(statuses)])`,
      key: show(runs),
      wrong: [
        [show(xs.map((x) => [x, 1] as const)), 'believes groupby makes one group per item'],
        [show(first), 'believes groupby gathers equal items from anywhere in the input'],
        [show(sorted), 'believes groupby sorts its input first'],
        [show(runs.map(([k, n]) => [k, n - 1] as const)), 'counts each group’s items from zero'],
        [
          show(
            runs.map(
              ([k], i) =>
                [
                  k,
                  runs
                    .slice(0, i + 1)
                    .filter(([j]) => j === k)
                    .reduce((t, [, n]) => t + n, 0),
                ] as const,
            ),
          ),
          'believes each group’s count is a running total for its key',
        ],
        [
          `[${runs.map(([k, n]) => `(${q(k)}, ${strs(Array(n).fill(k))})`).join(', ')}]`,
          'believes groupby gives each group as a list',
        ],
      ],
    })
  }),
  family('islice-of-count', (rng) => {
    const s = rng.int(1, 9)
    const k = rng.int(2, 5)
    const n = rng.int(3, 4)
    const seq = (from: number, step: number, len: number) =>
      `[${Array.from({ length: len }, (_, i) => from + i * step).join(', ')}]`
    return predict({
      code: `from itertools import count, islice\n\nprint(list(islice(count(${s}, ${k}), ${n})))`,
      key: seq(s, k, n),
      wrong: [
        [seq(s, k, n + 1), 'believes islice includes its stop'],
        [seq(s, 1, n), 'reads the second argument of count as an end, stepping by 1'],
        [seq(k, s, n), 'reads count’s arguments as step, then start'],
        [seq(s + k, k, n), 'believes count starts after its first value'],
        [seq(0, k, n), 'believes count always starts from 0'],
      ],
    })
  }),
  family('date-plus-timedelta', (rng) => {
    const y = rng.pick([2023, 2024, 2025])
    const m = rng.int(0, 10)
    const d = rng.pick([28, 29, 30, 31])
    const start = new Date(Date.UTC(y, m, d))
    if (start.getUTCDate() !== d) throw new VariantError('no such day')
    const add = rng.pick([30, 60, 90])
    const end = new Date(start.getTime() + add * DAY)
    const months = add / 30
    const last = new Date(Date.UTC(y, m + months + 1, 0)).getUTCDate()
    const sameDay = new Date(Date.UTC(y, m + months, Math.min(d, last)))
    const early = new Date(end.getTime() - DAY)
    const working = new Date(start)
    for (let left = add; left > 0; ) {
      working.setUTCDate(working.getUTCDate() + 1)
      if (working.getUTCDay() % 6 !== 0) left--
    }
    return predict({
      code: `from datetime import date, timedelta\n\nprint(date(${y}, ${m + 1}, ${d}) + timedelta(days=${add}))`,
      key: iso(end),
      wrong: [
        [iso(sameDay), `believes adding ${add} days adds calendar months`],
        [iso(early), 'counts the start day as the first of the days added'],
        [iso(working), 'believes timedelta days are working days'],
      ],
    })
  }),
  family('weekday-numbering', (rng) => {
    const dt = new Date(Date.UTC(rng.pick([2024, 2025, 2026]), rng.int(0, 11), rng.int(1, 28)))
    const js = dt.getUTCDay()
    const mon0 = (js + 6) % 7
    return predict({
      code: `from datetime import date\n\nd = date(${dt.getUTCFullYear()}, ${dt.getUTCMonth() + 1}, ${dt.getUTCDate()})\nprint(d.weekday(), d.isoweekday(), d.strftime('%A'))`,
      key: `${mon0} ${mon0 + 1} ${DAYS[mon0]}`,
      wrong: [
        [`${js} ${mon0 + 1} ${DAYS[mon0]}`, 'believes weekday counts from Sunday as 0'],
        [`${mon0 + 1} ${mon0} ${DAYS[mon0]}`, 'mixes up weekday and isoweekday'],
        [
          `${mon0 + 1} ${mon0 + 1} ${DAYS[mon0]}`,
          'believes weekday counts Monday as 1, as isoweekday does',
        ],
        [
          `${mon0} ${mon0 + 1} ${DAYS[(mon0 + 6) % 7]}`,
          'names the day from a week list that starts on Sunday',
        ],
        [`${mon0} ${mon0} ${DAYS[mon0]}`, 'believes isoweekday is another name for weekday'],
      ],
    })
  }),
  family('strptime-day-first', (rng) => {
    const d = rng.int(1, 12)
    let m = rng.int(1, 12)
    if (m === d) m = (m % 12) + 1
    const y = rng.pick([2024, 2025])
    const pad = (n: number) => String(n).padStart(2, '0')
    return predict({
      code: `from datetime import datetime\n\nwhen = datetime.strptime('${pad(d)}/${pad(m)}/${y}', '%d/%m/%Y')\nprint(when.strftime('%B %d'))`,
      key: `${MONTH_NAMES[m - 1]} ${pad(d)}`,
      wrong: [
        [`${MONTH_NAMES[d - 1]} ${pad(m)}`, 'reads the date month first, the American way'],
        [`${MONTH_NAMES[m - 1]} ${d}`, 'believes %d drops the leading zero'],
        [
          `${MONTH_NAMES[m - 1]!.slice(0, 3)} ${pad(d)}`,
          'believes %B is the abbreviated month name',
        ],
      ],
    })
  }),
  family('path-stem-suffix-parent', (rng) => {
    const dir = rng.pick(['reports', 'exports', 'backups', 'invoices'])
    const [a, b] = rng.pick([
      ['q3', 'final'],
      ['sales', 'v2'],
      ['2024', 'draft'],
      ['clients', 'old'],
    ] as const)
    const ext = rng.pick(['csv', 'json', 'xlsx'])
    return predict({
      code: `from pathlib import Path\n\np = Path('data/${dir}/${a}.${b}.${ext}')\nprint(p.stem, p.suffix, p.parent.name)`,
      key: `${a}.${b} .${ext} ${dir}`,
      wrong: [
        [`${a} .${b}.${ext} ${dir}`, 'believes stem stops at the first dot'],
        [`${a}.${b} ${ext} ${dir}`, 'believes suffix leaves out the dot'],
        [`${a}.${b} .${ext} data/${dir}`, 'believes parent.name gives the whole parent path'],
      ],
    })
  }),
  family('path-join-absolute-part', (rng) => {
    const root = rng.pick(['/srv/app', '/opt/tool', '/home/site'])
    const sub = rng.pick(['logs', 'cache', 'out'])
    const file = rng.pick(['run.log', 'today.json', 'errors.txt'])
    const absolute = rng.next() < 0.5
    const code = `from pathlib import Path\n\nprint(Path('${root}') / '${sub}' / '${absolute ? `/tmp/${file}` : file}')`
    return absolute
      ? predict({
          code,
          key: `/tmp/${file}`,
          wrong: [
            [`${root}/${sub}/tmp/${file}`, 'believes the slash operator always appends'],
            [
              `${root}/${sub}//tmp/${file}`,
              'believes the slash operator joins the text with a slash',
            ],
            [raises('ValueError'), 'believes an absolute part cannot be joined'],
            [file, 'believes joining keeps only the last part’s file name'],
          ],
        })
      : predict({
          code,
          key: `${root}/${sub}/${file}`,
          wrong: [
            [`${sub}/${file}`, 'believes a later part replaces an absolute start'],
            [
              `${root}${sub}${file}`,
              'believes the slash operator joins the text with nothing between',
            ],
            [raises('TypeError'), 'believes a Path cannot be joined with a str'],
          ],
        })
  }),
  family('json-dumps-python-values', (rng) => {
    const k = rng.pick(['ok', 'paid', 'active'])
    const t = [rng.int(1, 9), rng.int(1, 9)]
    const n = rng.pick(['note', 'error', 'next'])
    return predict({
      code: `import json\n\nprint(json.dumps({'${k}': True, '${n}': None, 'ids': (${t[0]}, ${t[1]})}))`,
      key: `{"${k}": true, "${n}": null, "ids": [${t[0]}, ${t[1]}]}`,
      wrong: [
        [
          `{'${k}': True, '${n}': None, 'ids': (${t[0]}, ${t[1]})}`,
          'believes dumps writes Python literals',
        ],
        [
          `{"${k}": True, "${n}": None, "ids": [${t[0]}, ${t[1]}]}`,
          'believes JSON spells booleans and null as Python does',
        ],
        [raises('TypeError'), 'believes dumps refuses a tuple'],
      ],
    })
  }),
  family('json-int-keys-come-back-as-text', (rng) => {
    const id = rng.int(10, 999)
    const w = rng.pick(WORDS)
    return predict({
      code: `import json\n\ndata = json.loads(json.dumps({${id}: '${w}'}))\nprint(data, ${id} in data, '${id}' in data)`,
      key: `{'${id}': '${w}'} False True`,
      wrong: [
        [`{${id}: '${w}'} True False`, 'believes JSON keeps integer keys'],
        [raises('TypeError'), 'believes dumps refuses keys that are not strings'],
        [
          `{'${id}': '${w}'} True True`,
          'believes in finds an int among text keys of the same digits',
        ],
        [`{"${id}": "${w}"} False True`, 'believes loads keeps the JSON quotes'],
        [`[('${id}', '${w}')] False True`, 'believes loads gives back a list of key-value pairs'],
        [
          `{'${id}': '${w}'} False False`,
          'believes in on a dict never matches keys read from JSON',
        ],
      ],
      apart: [['finds an int among text keys', 'never matches keys read from JSON']],
    })
  }),
  family('namedtuple-replace-returns-new', (rng) => {
    const [x, y, z] = several(rng, [1, 2, 3, 4, 5, 6, 7, 8, 9], 3)
    return predict({
      code: `from collections import namedtuple\n\nPoint = namedtuple('Point', 'x y')\np = Point(${x}, ${y})\nq = p._replace(x=${z})\nprint(q.x, p.x)`,
      key: `${z} ${x}`,
      wrong: [
        [`${z} ${z}`, 'believes _replace changes the tuple in place'],
        [`${x} ${x}`, 'believes _replace returns the tuple unchanged'],
        [
          raises('AttributeError'),
          'believes _replace changes the tuple in place and returns None, as list methods do',
        ],
        [raises('TypeError'), 'believes a namedtuple is immutable, so _replace refuses to run'],
      ],
      apart: [['changes the tuple in place', 'returns the tuple unchanged']],
    })
  }),
  family('counter-subtraction-drops-non-positive', (rng) => {
    const [a, b, c] = several(rng, ['pens', 'cups', 'mugs', 'caps', 'bags'], 3)
    const stock = [rng.int(3, 6), rng.int(1, 2), rng.int(2, 4)]
    const sold = [rng.int(1, 2), rng.int(3, 5), stock[2]!]
    const keys = [a, b, c]
    const show = (f: (i: number) => number | undefined) =>
      `{${keys.flatMap((k, i) => (f(i) === undefined ? [] : [`${q(k)}: ${f(i)}`])).join(', ')}}`
    const diff = (i: number) => stock[i]! - sold[i]!
    return predict({
      code: `from collections import Counter\n\nstock = Counter({${keys.map((k, i) => `${q(k)}: ${stock[i]}`).join(', ')}})\nsold = Counter({${keys.map((k, i) => `${q(k)}: ${sold[i]}`).join(', ')}})\nprint(dict(stock - sold))`,
      key: show((i) => (diff(i) > 0 ? diff(i) : undefined)),
      wrong: [
        [show(diff), 'believes subtraction keeps zero and negative counts'],
        [
          show((i) => (diff(i) >= 0 ? diff(i) : undefined)),
          'believes subtraction keeps counts that reach zero',
        ],
        [
          show((i) => Math.max(diff(i), 0)),
          'believes subtraction stops each count at zero but keeps the key',
        ],
        [
          `Counter(${show((i) => (diff(i) > 0 ? diff(i) : undefined))})`,
          'believes dict() keeps the Counter wrapper in what it prints',
        ],
        ['{}', 'believes subtraction keeps only keys missing from the second counter'],
        [
          show((i) => (diff(i) < 0 ? -diff(i) : undefined)),
          'reads stock minus sold as sold minus stock',
        ],
      ],
    })
  }),
  family('float-and-decimal-rounding', (rng) => {
    const whole = rng.int(1, 9)
    const tenth = rng.int(0, 9)
    const hund = rng.int(0, 9)
    const text = `${whole}.${tenth}${hund}5`
    const x = Number(text)
    const side = floatSide(x)
    const base = whole * 100 + tenth * 10 + hund
    // A Decimal keeps both places (6.30); a float prints its shortest form (6.3).
    const dec = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`
    const flo = (c: number) => (c % 100 === 0 ? `${c / 100}.0` : String(c / 100))
    const up = base + 1
    const down = base
    const even = hund % 2 === 0 ? down : up
    const asFloat = side > 0 ? up : side < 0 ? down : even
    return predict({
      code: `from decimal import Decimal\n\nprint(round(${text}, 2), round(Decimal('${text}'), 2))`,
      key: `${flo(asFloat)} ${dec(even)}`,
      wrong: [
        [`${flo(up)} ${dec(up)}`, 'believes both round a written half up'],
        [
          `${flo(asFloat)} ${dec(asFloat)}`,
          'believes Decimal rounds the same binary value as the float',
        ],
        [
          `${flo(even)} ${dec(even)}`,
          'believes the float holds the decimal exactly and rounds half to even',
        ],
        [`${flo(asFloat)} ${dec(up)}`, 'believes Decimal rounds a half up, as taught at school'],
        [`${flo(down)} ${dec(down)}`, 'believes round cuts off the digits past the second decimal'],
        [
          `${flo(down)} ${dec(up)}`,
          'believes a float always sits just below the decimal it was written as',
        ],
        [`${flo(up)} ${dec(down)}`, 'believes Decimal rounds a half down'],
        [
          `${flo(even === up ? down : up)} ${dec(asFloat)}`,
          'mixes up which of the two keeps the decimal exactly',
        ],
      ],
    })
  }),
  family('logging-level-threshold', (rng) => {
    const level = rng.pick(['INFO', 'WARNING', 'ERROR'] as const)
    const order = ['DEBUG', 'INFO', 'WARNING', 'ERROR'] as const
    const msgs = several(rng, ['cache', 'disk', 'retry', 'login', 'quota', 'sync'], 4)
    const calls = order.map((l, i) => [l, msgs[i]!] as const)
    const at = order.indexOf(level)
    const show = (keep: (i: number) => boolean) =>
      calls.flatMap(([l, m], i) => (keep(i) ? [`${l} ${m}`] : [])).join(' ')
    return predict({
      code: `import logging\nimport sys\n\nlogging.basicConfig(stream=sys.stdout, level=logging.${level}, format='%(levelname)s %(message)s')\nlog = logging.getLogger('job')\n${calls.map(([l, m]) => `log.${l.toLowerCase()}('${m}')`).join('\n')}`,
      lines: true,
      key: show((i) => i >= at),
      wrong: [
        [show(() => true), 'believes the level only labels messages and hides none'],
        [show((i) => i === at), 'believes the level shows only messages of exactly that level'],
        [
          show((i) => i > at),
          'believes the level is the highest it hides, not the lowest it shows',
        ],
        [show((i) => i < at), 'believes the level hides messages at and above it'],
        [show((i) => i <= at && i > 0), 'believes the level is the most severe message shown'],
      ],
    })
  }),
  family('argparse-defaults-and-types', (rng) => {
    const given = rng.int(2, 9)
    const dflt = rng.pick([10, 20, 50])
    const flag = rng.pick(['dry-run', 'verbose', 'force'])
    const attr = flag.replace('-', '_')
    return predict({
      code: `import argparse\n\nparser = argparse.ArgumentParser()\nparser.add_argument('--${flag}', action='store_true')\nparser.add_argument('--limit', type=int, default=${dflt})\nargs = parser.parse_args(['--limit', '${given}'])\nprint(args.${attr}, args.limit * 2)`,
      key: `False ${given * 2}`,
      wrong: [
        [`None ${given * 2}`, 'believes a flag that is not given is None'],
        [
          `False ${given}${given}`,
          'believes the type converter only checks the value and keeps the text',
        ],
        [`False ${dflt * 2}`, 'believes the default wins over the command line'],
        [`True ${given * 2}`, 'believes store_true makes the flag true by default'],
      ],
    })
  }),
  family('csv-reader-quoted-comma', (rng) => {
    const a = rng.pick(['ACME', 'Lumen', 'Nordic', 'Orbit'])
    const [c1, c2] = rng.pick([
      ['Lyon', 'France'],
      ['Austin', 'TX'],
      ['Pune', 'India'],
    ] as const)
    const amount = rng.int(100, 999)
    return predict({
      code: `import csv\n\nline = '${a},"${c1}, ${c2}",${amount}'\nprint(next(csv.reader([line])))`,
      key: strs([a, `${c1}, ${c2}`, String(amount)]),
      wrong: [
        [
          strs([a, `"${c1}`, ` ${c2}"`, String(amount)]),
          'believes the reader splits at every comma',
        ],
        [strs([a, `"${c1}, ${c2}"`, String(amount)]), 'believes the reader keeps the quotes'],
        [`[${q(a)}, ${q(`${c1}, ${c2}`)}, ${amount}]`, 'believes the reader converts numbers'],
      ],
    })
  }),
  family('re-match-anchors-at-start', (rng) => {
    const id = rng.int(10, 999)
    const label = rng.pick(['ID', 'Ref', 'Order', 'Ticket'])
    return predict({
      code: `import re\n\ntext = '${label} ${id}'\nm = re.match(r'\\d+', text)\ns = re.search(r'\\d+', text)\nprint(m, s.group())`,
      key: `None ${id}`,
      wrong: [
        [`${id} ${id}`, 'believes match looks through the whole string, as search does'],
        [`None ${label} ${id}`, 'believes group() returns the whole string searched'],
        [
          raises('AttributeError'),
          'believes search also finds nothing unless the text starts with digits',
        ],
        [`['${id}'] ${id}`, 'believes match returns a list of matches, as findall does'],
      ],
    })
  }),
  family('compatible-release-specifier', (rng) => {
    const maj = rng.int(1, 4)
    const min = rng.int(2, 30)
    const pat = rng.int(1, 5)
    const spec = `~=${maj}.${min}.${pat}`
    return choose({
      stem: `a requirements file pins \`requests${spec}\`. Which version may pip install?`,
      run: specifierRun(spec),
      expect: 'True',
      key: `${maj}.${min}.${pat + rng.int(1, 6)}`,
      wrong: [
        [`${maj}.${min + 1}.0`, 'reads the compatible-release operator as any later minor release'],
        [`${maj}.${min}.${pat - 1}`, 'believes the operator also allows earlier patch releases'],
        [`${maj + 1}.0.0`, 'believes it allows any later release'],
        [`${maj}.${min}.${pat + 1}rc1`, 'believes pre-releases count as matches'],
        [
          `${maj}.${min + 1}.${pat}`,
          'believes the operator lets the minor number rise, not the patch',
        ],
        [`${maj}.${min}`, 'believes the series named without its patch number is within the pin'],
      ],
    })
  }),
  family('range-specifier-excludes-prereleases', (rng) => {
    const maj = rng.int(2, 5)
    const min = rng.int(1, 6)
    const spec = `>=${maj}.${min},<${maj + 1}`
    const kmin = min + rng.int(0, 3)
    const kp = rng.int(1, 9)
    return choose({
      stem: `a package declares the dependency \`django${spec}\`. Which version satisfies it?`,
      run: specifierRun(spec),
      expect: 'True',
      key: `${maj}.${kmin}.${kp}`,
      wrong: [
        [`${maj + 1}.0`, 'believes the upper bound is included'],
        [
          `${maj + 1}.0.0`,
          'believes an upper bound written without a patch number includes its .0 release',
        ],
        [`${maj + 1}.${kmin}.${kp}`, 'believes the upper bound limits only the minor number'],
        [`${maj}.${kmin}.${kp}rc1`, 'believes a pre-release of an allowed version matches'],
        [`${maj}.${min}.0rc1`, 'believes pre-releases count as matches'],
        [`${maj}.${min - 1}.9`, 'believes a lower bound compares only the patch number'],
        [
          `${maj + 1}.0rc1`,
          'believes a pre-release of the next major sorts below the bound as a release',
        ],
      ],
    })
  }),
  family('pytest-approx-for-floats', (rng) => {
    const [x, y, z] = rng.pick([
      ['0.1', '0.2', '0.3'],
      ['1.1', '2.2', '3.3'],
      ['0.7', '0.1', '0.8'],
      ['0.2', '0.4', '0.6'],
    ] as const)
    const run = (option: string) =>
      `import pytest\n\ntotal = ${x} + ${y}\n${option}\nprint('passed')`
    return choose({
      stem: `a pytest test computes \`total = ${x} + ${y}\`. Which assertion passes?`,
      run,
      expect: 'passed',
      key: `assert total == pytest.approx(${z})`,
      wrong: [
        [`assert total == ${z}`, 'believes decimal fractions add exactly in binary floats'],
        [`assert round(total) == ${z}`, 'believes round with no digits keeps the decimals'],
        [`assert pytest.approx(total) is ${z}`, 'believes is compares values with a tolerance'],
        [
          `assert total == pytest.approx(${z}, abs=0)`,
          'believes approx keeps its relative tolerance once abs is set to zero',
        ],
        [`assert str(total) == '${z}'`, 'believes str of the float shows the decimal as written'],
        [
          `assert abs(total - ${z}) < 0`,
          'believes a tolerance of zero still allows for rounding error',
        ],
        [
          `assert total - ${z} == 0`,
          'believes subtracting the expected value removes the rounding error',
        ],
        [
          `assert total == pytest.approx(${z}, rel=0, abs=0)`,
          'believes approx forgives rounding error even with no tolerance',
        ],
      ],
    })
  }),
  family('pytest-raises-context', (rng) => {
    const [call, exc, other] = rng.pick([
      ["int('ten')", 'ValueError', 'TypeError'],
      ["{}['sku']", 'KeyError', 'IndexError'],
      ['[].pop()', 'IndexError', 'KeyError'],
      ["float('n/a')", 'ValueError', 'TypeError'],
    ] as const)
    return choose({
      stem: `which pytest check passes, proving that \`${call}\` raises?`,
      run: (option) => `import pytest\n\n${option}\nprint('passed')`,
      expect: 'passed',
      key: `with pytest.raises(${exc}):\n    ${call}`,
      wrong: [
        [`with pytest.raises(${other}):\n    ${call}`, `believes this call raises ${other}`],
        [
          `pytest.raises(${exc}, ${call})`,
          'calls the code before pytest.raises can catch what it raises',
        ],
        [
          `try:\n    ${call}\nexcept ${exc}:\n    assert False`,
          'inverts the check, failing when the exception comes',
        ],
        [
          `with pytest.raises(${exc}, match='${other}'):\n    ${call}`,
          'believes match names an exception class',
        ],
        [
          `try:\n    ${call}\nexcept ${other}:\n    pass`,
          'believes catching another class still proves the raise',
        ],
        [
          `try:\n    ${call}\nexcept ${exc}:\n    pass\nassert False`,
          'believes the assert after the handler runs only when nothing was raised',
        ],
      ],
    })
  }),
]
