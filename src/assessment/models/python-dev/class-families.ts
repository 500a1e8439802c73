import { family, type PyFamily, predict, raises, several, WORDS } from './probe.js'

const strs = (xs: readonly string[]): string => `[${xs.map((x) => `'${x}'`).join(', ')}]`

/**
 * Classes and exceptions as found in a client's code base: class versus instance attributes,
 * inheritance and super, dunder methods, properties, context managers and the flow of
 * try/except/else/finally.
 */
export const CLASS_FAMILIES: readonly PyFamily[] = [
  family('class-attribute-list-shared', (rng) => {
    const [p, q] = several(rng, WORDS, 2)
    const cls = rng.pick(['Cart', 'Basket', 'Batch', 'Queue'])
    return predict({
      code: `class ${cls}:\n    items = []\n\n    def add(self, item):\n        self.items.append(item)\n\na = ${cls}()\nb = ${cls}()\na.add('${p}')\nb.add('${q}')\nprint(a.items, len(${cls}.items))`,
      key: `${strs([p, q])} 2`,
      wrong: [
        [`${strs([p])} 0`, 'believes each instance gets its own copy of a class attribute'],
        [`${strs([p, q])} 0`, 'believes the class keeps a list apart from the one instances use'],
        [`${strs([p])} 2`, 'believes an instance sees only the items it added to a shared list'],
        [
          raises('AttributeError'),
          'believes a class attribute can be reached only through the class, not through self',
        ],
      ],
    })
  }),
  family('instance-attribute-shadows-class', (rng) => {
    const cls = rng.pick(['Config', 'Settings', 'Policy'])
    const attr = rng.pick(['retries', 'timeout', 'limit'])
    const [c0, a1, c2] = several(rng, [3, 5, 7, 9, 12, 30], 3)
    return predict({
      code: `class ${cls}:\n    ${attr} = ${c0}\n\na = ${cls}()\nb = ${cls}()\na.${attr} = ${a1}\n${cls}.${attr} = ${c2}\nprint(a.${attr}, b.${attr})`,
      key: `${a1} ${c2}`,
      wrong: [
        [`${a1} ${a1}`, 'believes setting an attribute on an instance changes the class'],
        [`${c2} ${c2}`, 'believes a class assignment overrides instance attributes'],
        [`${a1} ${c0}`, 'believes instances copy class attributes when they are created'],
      ],
      apart: [['changes the class', 'overrides instance attributes']],
    })
  }),
  family('super-follows-the-mro', (rng) => {
    const [x, y] = several(rng, ['A', 'B', 'Csv', 'Json', 'Log', 'Auth'], 2)
    const base = rng.pick(['Base', 'Root', 'Core'])
    return predict({
      code: `class ${base}:\n    def name(self):\n        return '${base}'\n\nclass ${x}(${base}):\n    def name(self):\n        return '${x}' + super().name()\n\nclass ${y}(${base}):\n    def name(self):\n        return '${y}' + super().name()\n\nclass Both(${x}, ${y}):\n    pass\n\nprint(Both().name())`,
      key: `${x}${y}${base}`,
      wrong: [
        [`${x}${base}${y}${base}`, 'believes each parent’s super reaches the base separately'],
        [
          `${x}${base}`,
          'believes super() calls the parent named in the class line, skipping the sibling',
        ],
        [`${y}${x}${base}`, 'believes the last base class is searched first'],
        [
          raises('TypeError'),
          'believes two parents sharing one base make the method ambiguous, as in C++',
        ],
      ],
    })
  }),
  family('eq-without-hash-in-a-set', (rng) => {
    const [a, b] = [rng.int(1, 9), rng.int(1, 9)]
    const cls = rng.pick(['Point', 'Sku', 'Pair'])
    return predict({
      code: `class ${cls}:\n    def __init__(self, x, y):\n        self.x, self.y = x, y\n\n    def __eq__(self, other):\n        return (self.x, self.y) == (other.x, other.y)\n\nprint(${cls}(${a}, ${b}) == ${cls}(${a}, ${b}))\nprint(len({${cls}(${a}, ${b}), ${cls}(${a}, ${b})}))`,
      lines: true,
      key: `True ${raises('TypeError')}`,
      wrong: [
        ['True 1', 'believes defining __eq__ is enough for a set to merge equal objects'],
        ['True 2', 'believes a set still hashes by identity when __eq__ is defined'],
        [
          `False ${raises('TypeError')}`,
          'believes the equality operator compares identity even with __eq__ defined',
        ],
        ['False 2', 'believes objects compare by identity and a set keeps both'],
        [raises('TypeError'), 'believes defining __eq__ alone breaks comparison too'],
      ],
    })
  }),
  family('str-and-repr-in-containers', (rng) => {
    const v = rng.int(2, 99)
    const cls = rng.pick(['Money', 'Amount', 'Price'])
    return predict({
      code: `class ${cls}:\n    def __init__(self, v):\n        self.v = v\n\n    def __str__(self):\n        return f'€{self.v}'\n\n    def __repr__(self):\n        return f'${cls}({self.v})'\n\nm = ${cls}(${v})\nprint(m, [m], f'{m!r}')`,
      key: `€${v} [${cls}(${v})] ${cls}(${v})`,
      wrong: [
        [`€${v} [€${v}] ${cls}(${v})`, 'believes a list prints its items with str'],
        [`${cls}(${v}) [${cls}(${v})] ${cls}(${v})`, 'believes print uses repr'],
        [`€${v} [${cls}(${v})] €${v}`, 'believes !r in an f-string still uses str'],
      ],
    })
  }),
  family('try-except-else-finally-order', (rng) => {
    const good = rng.next() < 0.5
    const n = rng.int(10, 99)
    const input = good ? String(n) : rng.pick(['x', 'n/a', '1,5', ''])
    const code = `def parse(text):\n    try:\n        n = int(text)\n    except ValueError:\n        print('bad')\n        return 0\n    else:\n        print('ok')\n        return n\n    finally:\n        print('done')\n\nprint(parse('${input}'))`
    return good
      ? predict({
          code,
          lines: true,
          key: `ok done ${n}`,
          wrong: [
            [`ok ${n}`, 'believes return skips the finally block'],
            [`ok ${n} done`, 'believes finally runs after the caller prints the result'],
            [`done ok ${n}`, 'believes finally runs before else'],
            [`ok done None`, 'believes finally discards the value returned in else'],
            [`done ok ${n} done`, 'believes finally runs both on entering and on leaving'],
          ],
        })
      : predict({
          code,
          lines: true,
          key: 'bad done 0',
          wrong: [
            ['bad 0', 'believes return skips the finally block'],
            ['bad 0 done', 'believes finally runs after the caller prints the result'],
            ['bad ok done 0', 'believes else runs whether or not an exception was raised'],
            ['done bad 0', 'believes finally runs before the except block'],
            ['bad done None', 'believes finally discards the value returned in except'],
          ],
        })
  }),
  family('first-matching-handler-wins', (rng) => {
    const [code, parent, child] = rng.pick([
      ["{}['sku']", 'LookupError', 'KeyError'],
      ['[][3]', 'LookupError', 'IndexError'],
      ['1 / 0', 'ArithmeticError', 'ZeroDivisionError'],
      ["open('missing.txt')", 'OSError', 'FileNotFoundError'],
    ] as const)
    const [p, c] = several(rng, ['lookup', 'fallback', 'handled', 'retry', 'skip'], 2)
    return predict({
      code: `try:\n    ${code}\nexcept ${parent}:\n    print('${p}')\nexcept ${child}:\n    print('${c}')`,
      lines: true,
      key: p,
      wrong: [
        [`${p} ${c}`, 'believes every matching handler runs'],
        [c, 'believes the most specific handler wins wherever it is listed'],
        [raises(child), 'believes a handler for a base class does not catch its subclasses'],
        [`${p} ${raises(child)}`, 'believes a handled exception is raised again after its handler'],
      ],
    })
  }),
  family('except-name-unbound-after-block', (rng) => {
    const msg = rng.pick(['failed', 'skipped', 'invalid'])
    const v = rng.pick(['err', 'exc', 'problem'])
    return predict({
      code: `try:\n    int('${rng.pick(['x', 'ten', '4.5'])}')\nexcept ValueError as ${v}:\n    status = '${msg}'\nprint(status, type(${v}).__name__)`,
      key: raises('NameError'),
      wrong: [
        [`${msg} ValueError`, 'believes the except name stays bound after the block'],
        [`${msg} NoneType`, 'believes the except name is set to None after the block'],
        [raises('ValueError'), 'believes the caught exception is raised again after the block'],
      ],
    })
  }),
  family('exit-return-value-suppresses', (rng) => {
    const suppress = rng.next() < 0.5
    const cls = rng.pick(['Guard', 'Session', 'Lock'])
    const exc = rng.pick(['ValueError', 'KeyError', 'RuntimeError'])
    const code = `class ${cls}:\n    def __enter__(self):\n        print('enter')\n        return self\n\n    def __exit__(self, kind, value, tb):\n        print('exit')\n        return ${suppress ? 'True' : 'None'}\n\nwith ${cls}():\n    print('body')\n    raise ${exc}\nprint('after')`
    return suppress
      ? predict({
          code,
          lines: true,
          key: 'enter body exit after',
          wrong: [
            [`enter body exit ${raises(exc)}`, 'believes __exit__ cannot stop an exception'],
            [`enter body ${raises(exc)}`, 'believes __exit__ is skipped when the body raises'],
            ['enter body after exit', 'believes __exit__ runs at the end of the script'],
            ['enter body after', 'believes __exit__ is skipped when it returns True'],
            ['enter exit body after', 'believes __exit__ runs as soon as the with line is done'],
          ],
        })
      : predict({
          code,
          lines: true,
          key: `enter body exit ${raises(exc)}`,
          wrong: [
            ['enter body exit after', 'believes a with block always swallows the exception'],
            [`enter body ${raises(exc)}`, 'believes __exit__ is skipped when the body raises'],
            [`enter body ${raises(exc)} exit`, 'believes __exit__ runs after the traceback'],
            ['enter body exit', 'believes the script stops quietly once __exit__ has run'],
            [
              `enter exit body ${raises(exc)}`,
              'believes __exit__ runs as soon as the with line is done',
            ],
          ],
        })
  }),
  family('property-setter-guards-augmented-assignment', (rng) => {
    const x = rng.int(10, 40)
    const y = rng.int(x + 5, x + 30)
    return predict({
      code: `class Account:\n    def __init__(self, balance):\n        self.balance = balance\n\n    @property\n    def balance(self):\n        return self._balance\n\n    @balance.setter\n    def balance(self, value):\n        if value < 0:\n            raise ValueError('negative')\n        self._balance = value\n\nacct = Account(${x})\ntry:\n    acct.balance -= ${y}\nexcept ValueError:\n    print('refused')\nprint(acct.balance)`,
      lines: true,
      key: `refused ${x}`,
      wrong: [
        [String(x - y), 'believes augmented assignment bypasses the property setter'],
        [`refused ${x - y}`, 'believes the value is stored before the check raises'],
        [`refused 0`, 'believes a refused change resets the balance to zero'],
      ],
    })
  }),
  family('subclass-init-skips-parent', (rng) => {
    const name = rng.pick(['export', 'backup', 'resize', 'mailer'])
    const calls = rng.next() < 0.5
    const code = `class Task:\n    def __init__(self):\n        self.ready = True\n\nclass Job(Task):\n    def __init__(self, name):\n${calls ? '        super().__init__()\n' : ''}        self.name = name\n\njob = Job('${name}')\nprint(job.name, job.ready)`
    return calls
      ? predict({
          code,
          key: `${name} True`,
          wrong: [
            [raises('AttributeError'), 'believes super().__init__() must come last to take effect'],
            [`${name} None`, 'believes attributes set in the parent read as None in a child'],
            [raises('TypeError'), 'believes super().__init__() needs the child’s arguments'],
          ],
        })
      : predict({
          code,
          key: raises('AttributeError'),
          wrong: [
            [`${name} True`, 'believes the parent __init__ runs by itself before the child’s'],
            [`${name} None`, 'believes a missing attribute reads as None'],
            [`${name} False`, 'believes a missing boolean attribute reads as False'],
          ],
        })
  }),
  family('classmethod-cls-is-the-subclass', (rng) => {
    const [base, sub] = rng.pick([
      ['Shape', 'Square'],
      ['Report', 'PdfReport'],
      ['Client', 'ApiClient'],
    ] as const)
    return predict({
      code: `class ${base}:\n    @classmethod\n    def create(cls):\n        return cls()\n\nclass ${sub}(${base}):\n    pass\n\nprint(type(${sub}.create()).__name__, type(${base}.create()).__name__)`,
      key: `${sub} ${base}`,
      wrong: [
        [`${base} ${base}`, 'believes cls is always the class the method is written in'],
        [raises('TypeError'), 'believes a classmethod must be called on an instance'],
        [raises('AttributeError'), 'believes a subclass does not inherit classmethods'],
        ['type type', 'believes cls() gives back the class itself, not an instance'],
        [`${sub} ${sub}`, 'believes cls is the most recently defined subclass'],
      ],
      apart: [['the class the method is written in', 'most recently defined subclass']],
    })
  }),
  family('len-decides-truth', (rng) => {
    const cls = rng.pick(['Basket', 'Inbox', 'Batch'])
    const [full, empty] = rng.pick([
      ['full', 'empty'],
      ['busy', 'idle'],
      ['has mail', 'no mail'],
    ] as const)
    const zero = rng.pick(['0', "''", 'None'])
    return predict({
      code: `class ${cls}:\n    def __init__(self, items):\n        self.items = items\n\n    def __len__(self):\n        return len(self.items)\n\nprint('${full}' if ${cls}([]) else '${empty}', bool(${cls}([${zero}])))`,
      key: `${empty} True`,
      wrong: [
        [`${full} True`, 'believes an object is truthy unless it defines __bool__'],
        [`${empty} False`, 'believes an object’s truth looks at the items it holds'],
        [`${full} False`, 'reads __len__ the wrong way round, zero as true'],
      ],
    })
  }),
  family('sum-needs-radd-or-a-start', (rng) => {
    const [a, b] = [rng.int(2, 40), rng.int(2, 40)]
    const start = rng.next() < 0.5
    const code = `class Money:\n    def __init__(self, cents):\n        self.cents = cents\n\n    def __add__(self, other):\n        return Money(self.cents + other.cents)\n\n    def __repr__(self):\n        return f'Money({self.cents})'\n\nprint(sum([Money(${a}), Money(${b})]${start ? ', Money(0)' : ''}))`
    return start
      ? predict({
          code,
          key: `Money(${a + b})`,
          wrong: [
            [raises('TypeError'), 'believes sum works only on numbers'],
            [`Money(${b})`, 'believes sum keeps only the last item it adds'],
            ['Money(0)', 'believes sum returns its start value when that is an object'],
            [String(a + b), 'believes sum returns a plain number'],
          ],
        })
      : predict({
          code,
          key: raises('TypeError'),
          wrong: [
            [`Money(${a + b})`, 'believes sum starts from the first item, not from 0'],
            [
              raises('AttributeError'),
              'believes Python calls __add__ with 0 and fails reading cents',
            ],
            [
              raises('NotImplementedError'),
              'believes a missing __radd__ raises NotImplementedError',
            ],
            ['Money(0)', 'believes sum starts from an empty Money'],
            [String(a + b), 'believes sum returns a plain number'],
          ],
        })
  }),
  family('custom-exception-caught-by-parent', (rng) => {
    const n = rng.int(100, 999)
    const [parent, child] = rng.pick([
      ['AppError', 'NotFound'],
      ['BillingError', 'CardDeclined'],
      ['SyncError', 'Conflict'],
    ] as const)
    const what = rng.pick(['order', 'invoice', 'record'])
    return predict({
      code: `class ${parent}(Exception):\n    pass\n\nclass ${child}(${parent}):\n    pass\n\ntry:\n    raise ${child}('${what} ${n}')\nexcept ${parent} as e:\n    print(type(e).__name__, e)`,
      key: `${child} ${what} ${n}`,
      wrong: [
        [`${parent} ${what} ${n}`, 'believes the caught exception takes the handler’s class'],
        [`${child} ('${what} ${n}',)`, 'believes printing an exception shows its args tuple'],
        [raises(child), 'believes a handler for a parent class misses its subclasses'],
      ],
    })
  }),
  family('dataclass-list-default', (rng) => {
    const t = rng.pick(WORDS)
    const factory = rng.next() < 0.5
    const code = `from dataclasses import dataclass, field\n\n@dataclass\nclass Order:\n    id: int\n    tags: list = ${factory ? 'field(default_factory=list)' : '[]'}\n\na = Order(1)\nb = Order(2)\na.tags.append('${t}')\nprint(a.tags, b.tags)`
    return factory
      ? predict({
          code,
          key: `['${t}'] []`,
          wrong: [
            [`['${t}'] ['${t}']`, 'believes default_factory makes one list for every instance'],
            [raises('ValueError'), 'believes a dataclass refuses any list field'],
            [raises('TypeError'), 'believes field() must be given a default value too'],
          ],
        })
      : predict({
          code,
          key: raises('ValueError'),
          wrong: [
            [
              `['${t}'] ['${t}']`,
              'believes a dataclass shares the default list, as a function default does',
            ],
            [`['${t}'] []`, 'believes a dataclass copies a list default for each instance'],
            [raises('TypeError'), 'believes the error comes when append is called'],
          ],
        })
  }),
]
