import { FETCH_FAMILIES } from './fetch-families.js'
import { family, type JsFamily, predict, type Slip, several, throws } from './probe.js'
import { type Row, tableLine } from './table.js'

// These are the web platform APIs browsers and Node 20 share, per the WHATWG standards: Fetch
// (a Response with status 404 is not an error; a body can be read once; a string body makes
// the Content-Type text/plain;charset=UTF-8), URL (relative resolution, application/
// x-www-form-urlencoded for URLSearchParams), DOM (EventTarget, AbortController) and Encoding.

const ENCODE: readonly Row[] = [
  [
    "encodeURIComponent('a b')",
    'a%20b',
    'a+b',
    'believes encodeURIComponent writes a space as a plus sign',
  ],
  [
    "encodeURIComponent('a/b')",
    'a%2Fb',
    'a/b',
    'believes encodeURIComponent leaves slashes as they are, as encodeURI does',
  ],
  ["encodeURI('a/b')", 'a/b', 'a%2Fb', 'believes encodeURI escapes slashes'],
  [
    "encodeURIComponent('a&b')",
    'a%26b',
    'a&b',
    'believes encodeURIComponent leaves ampersands as they are',
  ],
  ["encodeURI('a&b')", 'a&b', 'a%26b', 'believes encodeURI escapes the ampersand'],
  ["encodeURIComponent('é')", '%C3%A9', '%E9', 'believes encodeURIComponent writes Latin-1 bytes'],
  [
    "decodeURIComponent('a+b')",
    'a+b',
    'a b',
    'believes decodeURIComponent reads a plus sign as a space',
  ],
  [
    "new URLSearchParams('q=a+b').get('q')",
    'a b',
    'a+b',
    'believes URLSearchParams keeps a plus sign as it is',
  ],
]

/** Events, URLs, fetch responses and other web platform APIs. */
export const WEB_FAMILIES: readonly JsFamily[] = [
  ...FETCH_FAMILIES,
  family('uri-encoding-table', (rng) => tableLine(rng, ENCODE, 3)),
  family('url-relative-resolution', (rng) => {
    const host = rng.pick(['shop.example', 'docs.example.org', 'app.example.net'])
    const [a, b] = several(rng, ['items', 'blog', 'help', 'shoes', 'guides'], 2)
    const file = rng.pick(['logo.png', 'data.json', 'style.css'])
    const base = `https://${host}/${a}/${b}/page.html`
    const form = rng.pick(['up', 'root', 'same'] as const)
    const rel = form === 'up' ? `../img/${file}` : form === 'root' ? `/img/${file}` : `img/${file}`
    const all = {
      up: `https://${host}/${a}/img/${file}`,
      root: `https://${host}/img/${file}`,
      same: `https://${host}/${a}/${b}/img/${file}`,
      onPage: `https://${host}/${a}/${b}/page.html/img/${file}`,
    }
    const onPage: Slip = [
      all.onPage,
      'believes a relative path is added after the page’s file name',
    ]
    const wrongs: Record<typeof form, Slip[]> = {
      up: [
        [all.same, 'believes ../ is ignored when resolving'],
        [all.root, 'believes ../ goes back to the site root'],
        [`https://${host}/img/${file}`, 'believes ../ goes up two folders, one for the page file'],
        onPage,
      ],
      root: [
        [all.same, 'believes a path starting with a slash is relative to the current folder'],
        [all.up, 'believes a leading slash goes up one folder'],
        onPage,
      ],
      same: [
        [all.root, 'believes a relative path without ./ starts at the site root'],
        [all.up, 'believes a relative path resolves against the parent folder'],
        onPage,
      ],
    }
    return predict({
      code: `const link = new URL('${rel}', '${base}')\nconsole.log(link.href)`,
      key: all[form],
      wrong: wrongs[form],
    })
  }),
  family('searchparams-append-vs-set', (rng) => {
    const [p, v1, v2] = rng.pick([
      ['page', '1', '2'],
      ['tag', 'red', 'blue'],
      ['sort', 'price', 'date'],
    ] as const)
    const useSet = rng.next() < 0.5
    const code = `const url = new URL('https://example.com/list?${p}=${v1}')\nurl.searchParams.${useSet ? 'set' : 'append'}('${p}', '${v2}')\nconsole.log(url.searchParams.get('${p}'), url.searchParams.getAll('${p}').length)`
    return useSet
      ? predict({
          code,
          key: `${v2} 1`,
          wrong: [
            [`${v1} 2`, 'believes set adds another value, as append does'],
            [`${v1} 1`, 'believes set leaves an existing parameter alone'],
            [`${v2} 2`, 'believes set adds a value and get returns the newest'],
          ],
          combine: false,
        })
      : predict({
          code,
          key: `${v1} 2`,
          wrong: [
            [`${v2} 1`, 'believes append replaces an existing value'],
            [`${v2} 2`, 'believes get returns the last value of a repeated parameter'],
            [`${v1},${v2} 2`, 'believes get joins repeated values with commas'],
          ],
          combine: false,
        })
  }),
  family('remove-listener-needs-same-function', (rng) => {
    const [evt, label] = rng.pick([
      ['save', 'saved'],
      ['close', 'closed'],
      ['sync', 'synced'],
    ] as const)
    const same = rng.next() < 0.5
    const code = same
      ? `const bus = new EventTarget()\nconst onEvent = () => console.log('${label}')\nbus.addEventListener('${evt}', onEvent)\nbus.removeEventListener('${evt}', onEvent)\nbus.dispatchEvent(new Event('${evt}'))\nconsole.log('end')`
      : `const bus = new EventTarget()\nbus.addEventListener('${evt}', () => console.log('${label}'))\nbus.removeEventListener('${evt}', () => console.log('${label}'))\nbus.dispatchEvent(new Event('${evt}'))\nconsole.log('end')`
    return same
      ? predict({
          lines: true,
          code,
          key: 'end',
          wrong: [
            [`${label} end`, 'believes removeEventListener needs the options object too'],
            [`end ${label}`, 'believes dispatchEvent calls listeners later, as a timer does'],
            [throws('TypeError'), 'believes a removed listener cannot be dispatched to'],
          ],
        })
      : predict({
          lines: true,
          code,
          key: `${label} end`,
          wrong: [
            ['end', 'believes a listener is removed by an identical-looking new function'],
            [`end ${label}`, 'believes dispatchEvent calls listeners later, as a timer does'],
            [`${label} ${label} end`, 'believes the second function is added, not removed'],
          ],
        })
  }),
  family('once-and-stop-immediate', (rng) => {
    const [a, b, c] = several(rng, ['log', 'save', 'track', 'render', 'notify'], 3)
    const stop = rng.next() < 0.5
    const code = `const form = new EventTarget()\nform.addEventListener('submit', () => console.log('${a}'), { once: true })\nform.addEventListener('submit', (e) => {\n  console.log('${b}')${stop ? '\n  e.stopImmediatePropagation()' : ''}\n})\nform.addEventListener('submit', () => console.log('${c}'))\nform.dispatchEvent(new Event('submit'))\nform.dispatchEvent(new Event('submit'))`
    return stop
      ? predict({
          lines: true,
          code,
          key: `${a} ${b} ${b}`,
          wrong: [
            [
              `${a} ${b} ${c} ${b} ${c}`,
              'believes stopImmediatePropagation stops only bubbling to parents',
            ],
            [`${a} ${b} ${a} ${b}`, 'believes a once listener runs on every dispatch'],
            [
              `${a} ${b}`,
              'believes stopImmediatePropagation removes the listeners for later events',
            ],
            [
              `${a} ${b} ${c} ${b}`,
              'believes stopImmediatePropagation takes effect from the next dispatch',
            ],
            [`${b} ${b}`, 'believes a once listener is removed before its first event'],
          ],
          combine: false,
        })
      : predict({
          lines: true,
          code,
          key: `${a} ${b} ${c} ${b} ${c}`,
          wrong: [
            [`${a} ${b} ${c} ${a} ${b} ${c}`, 'believes a once listener runs on every dispatch'],
            [`${c} ${b} ${a} ${c} ${b}`, 'believes listeners run newest first'],
            [`${a} ${b} ${c}`, 'believes an event can be dispatched only once'],
            [`${b} ${c} ${b} ${c}`, 'believes a once listener is removed before its first event'],
            [`${b} ${c} ${a} ${b} ${c}`, 'believes a once listener runs after the ordinary ones'],
          ],
          combine: false,
        })
  }),
  family('prevent-default-needs-cancelable', (rng) => {
    const cancelable = rng.next() < 0.5
    const evt = rng.pick(['checkout', 'navigate', 'delete'])
    return predict({
      code: `const target = new EventTarget()\ntarget.addEventListener('${evt}', (e) => e.preventDefault())\nconst e = new Event('${evt}'${cancelable ? ', { cancelable: true }' : ''})\nconst result = target.dispatchEvent(e)\nconsole.log(result, e.defaultPrevented)`,
      key: cancelable ? 'false true' : 'true false',
      wrong: cancelable
        ? [
            ['true true', 'believes dispatchEvent always returns true'],
            ['true false', 'believes preventDefault has no effect on a synthetic event'],
            ['undefined true', 'believes dispatchEvent returns nothing'],
          ]
        : [
            ['false true', 'believes preventDefault works on an event not made cancelable'],
            ['true true', 'believes preventDefault marks the event even when it cannot cancel it'],
            ['undefined false', 'believes dispatchEvent returns nothing'],
          ],
    })
  }),
  family('abort-controller-signal', (rng) => {
    const given = rng.next() < 0.5
    const why = rng.pick(['user left', 'timeout', 'replaced'])
    return predict({
      code: `const controller = new AbortController()\nconst { signal } = controller\nconsole.log(signal.aborted)\ncontroller.abort(${given ? `'${why}'` : ''})\nconsole.log(signal.aborted, ${given ? 'signal.reason' : 'signal.reason.name'})`,
      lines: true,
      key: `false true ${given ? why : 'AbortError'}`,
      wrong: given
        ? [
            [
              'false true AbortError',
              'believes a reason given to abort is replaced by an AbortError',
            ],
            [
              `false false ${why}`,
              'believes the signal is marked aborted only once a request sees it',
            ],
            ['false true undefined', 'believes abort ignores its argument'],
          ]
        : [
            ['false true Error', 'believes the default abort reason is a plain Error'],
            [
              'false false AbortError',
              'believes the signal is marked aborted only once a request sees it',
            ],
            ['false true TimeoutError', 'believes abort without a reason reports a timeout'],
          ],
    })
  }),
  family('string-length-vs-bytes', (rng) => {
    const [word, chars, units, bytes] = rng.pick([
      ['café', 4, 4, 5],
      ['naïve', 5, 5, 6],
      ['👍ok', 3, 4, 6],
      ['€5', 2, 2, 4],
      ['日本', 2, 2, 6],
    ] as const)
    return predict({
      code: `const s = '${word}'\nconsole.log(s.length, [...s].length, new TextEncoder().encode(s).length)`,
      key: `${units} ${chars} ${bytes}`,
      wrong: [
        [`${chars} ${chars} ${chars}`, 'believes every character is one byte in UTF-8'],
        [`${bytes} ${chars} ${bytes}`, 'believes length counts UTF-8 bytes'],
        [
          `${units} ${units} ${units * 2}`,
          'believes TextEncoder writes UTF-16, two bytes per unit',
        ],
        [`${chars} ${chars} ${bytes}`, 'believes length counts characters, not UTF-16 code units'],
      ],
    })
  }),
  family('formdata-append-set', (rng) => {
    const [f, ...pair] = rng.pick([
      ['tag', 'red', 'blue'],
      ['size', 'M', 'XL'],
      ['topping', 'ham', 'olive'],
    ] as const)
    const [a, b] = rng.shuffle(pair)
    return predict({
      code: `const form = new FormData()\nform.append('${f}', '${a}')\nform.append('${f}', '${b}')\nconsole.log(form.get('${f}'), form.getAll('${f}').length)\nform.set('${f}', '${b}')\nconsole.log(form.getAll('${f}').length, form.get('qty'))`,
      lines: true,
      key: `${a} 2 1 null`,
      wrong: [
        [`${b} 1 1 null`, 'believes append replaces an existing value'],
        [`${b} 2 1 null`, 'believes get returns the last value of a repeated field'],
        [`${a} 2 2 null`, 'believes set adds a value as append does'],
        [`${a} 2 1 undefined`, 'believes a missing field reads as undefined'],
        [`${a},${b} 2 1 null`, 'believes get joins repeated values with commas'],
        [`${a} 2 0 null`, 'believes set removes a field that already has values'],
        [`${a} 1 1 null`, 'believes append ignores a name already present'],
      ],
    })
  }),
  family('structured-clone-limits', (rng) => {
    const [k, v] = rng.pick([
      ['total', 12],
      ['count', 3],
      ['score', 40],
    ] as const)
    const withFn = rng.next() < 0.5
    const obj = withFn
      ? `{ ${k}: ${v}, format() { return '#' } }`
      : `{ ${k}: ${v}, at: new Date(0) }`
    const code = `try {\n  const copy = structuredClone(${obj})\n  console.log('copied', copy.${k})\n} catch (e) {\n  console.log(e.name)\n}`
    return withFn
      ? predict({
          code,
          key: 'DataCloneError',
          wrong: [
            [`copied ${v}`, 'believes structuredClone skips functions, as JSON.stringify does'],
            ['TypeError', 'believes an uncloneable value raises a TypeError'],
            [
              'DOMException',
              'believes e.name gives the class of the error, DOMException, not its name',
            ],
            ['copied undefined', 'believes a failed clone gives an empty object'],
          ],
        })
      : predict({
          code,
          key: `copied ${v}`,
          wrong: [
            ['DataCloneError', 'believes structuredClone cannot copy a Date'],
            ['TypeError', 'believes structuredClone accepts only plain JSON values'],
            [
              'DOMException',
              'believes structuredClone cannot copy a Date, and that e.name gives the class DOMException',
            ],
            [
              'copied undefined',
              'believes a Date makes structuredClone give an empty copy instead of failing',
            ],
          ],
        })
  }),
  family('url-needs-a-base', (rng) => {
    const path = rng.pick(['/api/orders', 'reports/2026.csv', '?page=2'])
    const withBase = rng.next() < 0.5
    const code = `try {\n  const u = new URL('${path}'${withBase ? ", 'https://example.com/app/'" : ''})\n  console.log(u.pathname)\n} catch (e) {\n  console.log(e.name)\n}`
    // Resolved against https://example.com/app/ by the URL Standard's basic URL parser.
    const resolved = {
      '/api/orders': '/api/orders',
      'reports/2026.csv': '/app/reports/2026.csv',
      '?page=2': '/app/',
    }[path]!
    return withBase
      ? predict({
          code,
          key: resolved,
          wrong: [
            ['TypeError', 'believes the URL constructor rejects relative paths even with a base'],
            [
              path.startsWith('/') ? `/app${path}` : `/${path}`,
              path.startsWith('/')
                ? 'believes a leading slash resolves within the base’s folder'
                : 'believes a relative path resolves from the site root',
            ],
            [path, 'believes pathname gives the path as written'],
            ['SyntaxError', 'believes a URL without a scheme is a syntax error'],
          ],
        })
      : predict({
          code,
          key: 'TypeError',
          wrong: [
            [
              path.split('?')[0] || '/',
              'believes the URL constructor accepts a relative path alone',
            ],
            ['SyntaxError', 'believes a URL without a scheme is a syntax error'],
            ['URIError', 'believes URL failures raise URIError, as decodeURI does'],
            ['RangeError', 'believes an unparsable URL is a value out of range'],
          ],
        })
  }),
]
