import type { UsageFamily } from '../editing/editing-model.js'

/**
 * Find-the-bug families: a short function with its docstring, edit points holding the correct
 * code first and each bug with the misconception behind it. `check` passes on the correct
 * version and fails on every buggy one; the tests run it in Python 3.
 */
export const PYTHON_DEBUGGING_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'range-stop-excluded',
    frames: [
      `def total(n):
    """Return 1 + 2 + ... + n."""
    return ⟦sum|len=len counts the numbers instead of adding them⟧(range(⟦1, n + 1|n=range(n) starts at 0 and stops before n|1, n=range excludes its stop, so n is left out⟧))`,
    ],
    check: 'assert total(4) == 10 and total(1) == 1',
  },
  {
    id: 'mutable-default-argument',
    frames: [
      `def add_tag(tag, tags=⟦None|[]=a mutable default list is shared by every call⟧):
    """Append tag to tags (a new list when none is given) and return the list."""
    if tags is None:
        tags = []
    tags.⟦append(tag)|extend(tag)=extend adds each character of a string|add(tag)=lists have no add method (sets do)⟧
    return tags`,
    ],
    check: "assert add_tag('red') == ['red'] and add_tag('blue') == ['blue']",
  },
  {
    id: 'true-division',
    frames: [
      `def mean(xs):
    """Return the arithmetic mean of a non-empty list of numbers."""
    return sum(xs) ⟦/|//=floor division truncates the mean⟧ ⟦len(xs)|(len(xs) - 1)=divides by n - 1, the sample variance's denominator⟧`,
    ],
    check: 'assert mean([1, 2]) == 1.5 and mean([2, 4, 6]) == 4',
  },
  {
    id: 'reverse-returns-none',
    frames: [
      `def reverse_words(text):
    """Return the words of text in reverse order, separated by single spaces."""
    return ' '.join(text.split()⟦[::-1]|[:-1]=a slice to -1 drops the last word instead of reversing|[-1]=index -1 takes only the last word|.reverse()=list.reverse() reverses in place and returns None⟧)`,
    ],
    check: "assert reverse_words('a b c') == 'c b a'",
  },
  {
    id: 'dict-get-default',
    frames: [
      `def count_words(words):
    """Return a dict mapping each word to how many times it occurs."""
    counts = {}
    for w in ⟦words|set(words)=iterates over distinct words, so repeats are never counted⟧:
        counts[w] = ⟦counts.get(w, 0) + 1|counts.get(w) + 1=get without a default returns None for a new key|1=overwrites the count instead of adding to it⟧
    return counts`,
    ],
    check: "assert count_words(['a', 'b', 'a']) == {'a': 2, 'b': 1}",
  },
  {
    id: 'last-index',
    frames: [
      `def last_item(xs):
    """Return the last element of a non-empty list."""
    return xs[⟦-1|len(xs)=len(xs) indexes one past the end|0=index 0 is the first element|1=counts positions from 1⟧]`,
    ],
    check: 'assert last_item([3, 5, 7]) == 7',
  },
  {
    id: 'strings-are-immutable',
    frames: [
      `def clean(name):
    """Return name without surrounding spaces, in title case."""
    ⟦name = name.strip()|name.strip()=string methods return a new string; the result is discarded⟧
    return name.⟦title()|capitalize()=capitalize lowers every letter after the first|upper()=upper capitalises every letter⟧`,
    ],
    check: "assert clean('  ada lovelace ') == 'Ada Lovelace'",
  },
  {
    id: 'early-return-in-loop',
    frames: [
      `def contains_negative(xs):
    """Return True if any number in xs is negative."""
    for x in xs:
        if x < 0:
            return True⟦^|
        else:
            return False=returns after checking only the first element⟧
    return ⟦False|True=the fall-through answer inverted⟧`,
    ],
    check: 'assert contains_negative([1, -2]) is True and contains_negative([1, 2]) is False',
  },
  {
    id: 'all-versus-any',
    frames: [
      `def all_positive(xs):
    """Return True if every number in xs is greater than zero."""
    return ⟦all|any=any is true when a single element passes⟧(x ⟦>|>==includes zero, which is not positive⟧ 0 for x in xs)`,
    ],
    check:
      'assert all_positive([1, 2]) is True and all_positive([1, 0]) is False and all_positive([-1, 2]) is False',
  },
  {
    id: 'f-string-interpolation',
    frames: [
      `def label(count):
    """Return for example 'Items: 3' for count 3."""
    return ⟦f'Items: {count}'|'Items: {count}'=a string without the f prefix does not interpolate|'Items: ' + count=concatenates a str and an int (a TypeError)|'Items: ', count=a comma builds a tuple, not a string⟧`,
    ],
    check: "assert label(3) == 'Items: 3'",
  },
  {
    id: 'parse-before-adding',
    frames: [
      `def add_strings(a, b):
    """Return the sum of two integers given as strings: '2' and '3' give 5."""
    return ⟦int(a) + int(b)|a + b=adding strings concatenates them|int(a + b)=concatenates before converting|int(a) + b=converts only one operand (a TypeError)⟧`,
    ],
    check: "assert add_strings('2', '3') == 5",
  },
  {
    id: 'aliasing-not-copying',
    frames: [
      `def with_extra(row):
    """Return a copy of the list row with 0 appended, leaving row unchanged."""
    copy = ⟦list(row)|row=assignment binds a second name to the same list⟧
    copy.⟦append(0)|extend(0)=extend needs an iterable|insert(0)=insert takes an index and a value⟧
    return copy`,
    ],
    check: 'r = [1]\nassert with_extra(r) == [1, 0] and r == [1]',
  },
  {
    id: 'range-step',
    frames: [
      `def evens_up_to(n):
    """Return the even numbers from 0 to n inclusive."""
    return list(range(0, ⟦n + 1|n=the stop is excluded, so an even n is lost⟧, ⟦2|1=steps by one, listing odd numbers too⟧))`,
    ],
    check: 'assert evens_up_to(4) == [0, 2, 4]',
  },
  {
    id: 'sort-in-place-returns-none',
    frames: [
      `def sorted_names(names):
    """Return the names in alphabetical order without changing the argument."""
    return ⟦sorted(names)|names.sort()=list.sort() sorts in place and returns None|sorted(names, reverse=True)=sorts in descending order|names[::-1]=reverses instead of sorting⟧`,
    ],
    check:
      "n = ['b', 'c', 'a']\nassert sorted_names(n) == ['a', 'b', 'c'] and n == ['b', 'c', 'a']",
  },
  {
    id: 'format-precision',
    frames: [
      `def price(amount):
    """Return amount as text with two decimals: 3.5 gives '3.50'."""
    return ⟦f'{amount:.2f}'|f'{amount:.2}'=.2 without f means two significant digits|str(round(amount, 2))=round does not pad with zeros|f'{amount:2f}'=2f sets a width of 2, not a precision⟧`,
    ],
    check: "assert price(3.5) == '3.50' and price(10) == '10.00'",
  },
  {
    id: 'while-loop-bounds',
    frames: [
      `def countdown(n):
    """Return [n, n - 1, ..., 1]."""
    out = []
    while n ⟦> 0|>= 0=the loop runs once more, down to 0⟧:
        out.append(⟦n|n - 1=appends the next value instead of the current one⟧)
        n -= 1
    return out`,
    ],
    check: 'assert countdown(3) == [3, 2, 1]',
  },
  {
    id: 'global-assignment',
    frames: [
      `count = 0


def bump():
    """Add 1 to the module-level count and return it."""
    ⟦global count|nonlocal count=nonlocal names an enclosing function's variable, not a module's|^=assigning to count makes it local (UnboundLocalError)⟧
    count ⟦+= 1|= 1=sets count to 1 instead of adding⟧
    return count`,
    ],
    check: 'assert bump() == 1 and bump() == 2',
  },
  {
    id: 'exception-type',
    frames: [
      `def to_int(text):
    """Return text as an int, or None when it is not a whole number."""
    try:
        return int(text)
    except ⟦ValueError|TypeError=int('abc') raises ValueError, not TypeError|KeyError=KeyError is for missing dict keys|IndexError=IndexError is for positions out of range⟧:
        return None`,
    ],
    check: "assert to_int('12') == 12 and to_int('x') is None",
  },
  {
    id: 'first-character-index',
    frames: [
      `def initials(first, last):
    """Return the initials: 'Ada', 'Lovelace' give 'A.L.'."""
    return ⟦first[0]|first[1]=indexes from 1⟧ + '.' + ⟦last[0]|last[-1]=index -1 is the last letter, not the first⟧ + '.'`,
    ],
    check: "assert initials('Ada', 'Lovelace') == 'A.L.'",
  },
  {
    id: 'one-element-tuple',
    frames: [
      `def as_tuple(x):
    """Return a tuple holding the single value x."""
    return ⟦(x,)|(x)=parentheses alone do not make a tuple|tuple(x)=tuple() iterates over its argument|[x]=square brackets make a list, not a tuple⟧`,
    ],
    check: "assert as_tuple(5) == (5,) and as_tuple('ab') == ('ab',)",
  },
  {
    id: 'dict-iteration',
    frames: [
      `def total_value(prices):
    """Return the sum of the values of the dict prices."""
    return sum(⟦prices.values()|prices=iterating over a dict yields its keys|prices.keys()=keys() yields the keys, not the values|prices.items()=items() yields (key, value) pairs⟧)`,
    ],
    check: "assert total_value({'a': 2, 'b': 3}) == 5",
  },
  {
    id: 'chained-comparison',
    frames: [
      `def in_range(x):
    """Return True when x is between 1 and 10, both included."""
    return ⟦1 <= x <= 10|1 < x < 10=strict comparisons exclude both ends|x >= 1 or x <= 10=or is true for every number|1 <= x < 10=a strict upper comparison excludes 10⟧`,
    ],
    check: 'assert in_range(1) and in_range(10) and not in_range(0) and not in_range(11)',
  },
  {
    id: 'case-insensitive-membership',
    frames: [
      `def vowel_count(word):
    """Return how many vowels (a, e, i, o, u) word has, in either case."""
    return sum(1 for ch in word⟦.lower()|^=compares without lowering the case, so capitals are missed⟧ if ch ⟦in|not in=not in counts the consonants⟧ 'aeiou')`,
    ],
    check: "assert vowel_count('Apple') == 2",
  },
  {
    id: 'enumerate-start',
    frames: [
      `def numbered(items):
    """Return lines like '1. milk' for the items, numbered from 1."""
    return [f'{i}. {item}' for ⟦i, item|item, i=enumerate yields (index, item) in that order⟧ in enumerate(items⟦, 1|^=enumerate counts from 0 by default⟧)]`,
    ],
    check: "assert numbered(['milk', 'tea']) == ['1. milk', '2. tea']",
  },
  {
    id: 'remainder-and-power',
    frames: [
      `def squares_of_evens(xs):
    """Return the squares of the even numbers in xs, in order."""
    return [⟦x ** 2|x ^ 2=^ is bitwise xor, not a power|x * 2=doubles instead of squaring⟧ for x in xs if x ⟦% 2 == 0|% 2=keeps the odd numbers (a remainder of 1 is true)|/ 2 == 0=tests a quotient, not the remainder⟧]`,
    ],
    check: 'assert squares_of_evens([1, 2, 3, 4]) == [4, 16]',
  },
  {
    id: 'join-needs-strings',
    frames: [
      `def csv_line(values):
    """Return the numbers in values joined by commas: [1, 2] gives '1,2'."""
    return ⟦','|', '=join inserts its separator exactly, spaces included⟧.join(⟦str(v) for v in values|values=join needs strings, not numbers|repr(values)=repr turns the whole list into one string⟧)`,
    ],
    check: "assert csv_line([1, 2]) == '1,2'",
  },
]
