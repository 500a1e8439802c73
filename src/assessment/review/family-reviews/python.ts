import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `python` test (Python 3.11 semantics, read as a
 * senior Python developer): 95 submitted, 93 kept, each drawn several times and read (stem, key,
 * every distractor and its named mistake), keys worked by hand on drawn variants and, for 60 draws
 * a family, run by the key test in a real Python 3 (each wrong answer shown not to be what Python
 * prints; version specifiers checked with `packaging`, pytest assertions run under pytest).
 * Deleted (2): the zero-index truthiness and the default-bound-at-definition families, whose key
 * stayed the option most like the others (0.59 and 0.61) once their invented distractors went.
 * Fixed in place (25 families). Combined mistakes (the probe's "X, and also Y"): they were formed
 * word by word, which mixed parts of two nested-list or dict answers into output no one predicts
 * (grid rows, shallow copy, starred unpacking) and joined contradictory beliefs ("or returns its
 * last operand, and also its first"); predicted-output families now say whether mistakes combine
 * and which pairs never do, and 15 families lost such answers. Mistake names: the weak ones added
 * to hide cues rewritten or dropped (the numpy ambiguous-truth ValueError, "get cannot feed its own
 * assignment", invented __name__ spellings, a three-number print of two sums, answers that would
 * raise at the next line); new distractors are real habits (Java's bool-only conditions, C++
 * diamond ambiguity, the Counter order, the call-site star). Cues: no family over 0.50 on any rule
 * at 300 draws, every rule's mean at most 0.28. Shared change checked: `aimKeyPlaces` is opt-in and
 * only the six py-dev models set it; other tests' fingerprints are unchanged. Runner: one python3
 * per model; between programs every logger (not only the root) and the decimal context are reset,
 * each namespace is emptied and collected while its output is still captured, and stray output
 * goes to a sink, so no program's output can reach another's. 93 ok against 90 needed for a
 * 30-item form.
 */
export const PYTHON_REVIEW: TestFamilyReview = {
  testId: 'python',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-04',
  families: {
    'py-dev-core/alias-append-then-rebind': {
      verdict: 'ok',
      fingerprint: 'd3ddb5951e4f0ac7',
      note: 'aliasing then rebinding by concatenation, key run in Python; three mistake names rewritten (the one naming a variable b the code never has; "thrown away" and "append undone" now the append-returns-a-new-list and not-augmented beliefs)',
    },
    'py-dev-core/int-and-list-arguments': {
      verdict: 'ok',
      fingerprint: 'ab1f3989818f97de',
      note: 'int parameter rebound, list mutated: caller sees the append only; three distractors are the pass-by-value/reference beliefs',
    },
    'py-dev-core/truthy-values-kept': {
      verdict: 'ok',
      fingerprint: '7066b6f3a732294a',
      note: 'truth of blank, zero-digit, False strings, [0] and empty values; the numpy ambiguous-truth ValueError removed (no Python list behaves so), the bool-only condition named as the Java habit it is, the two-drop distractor named by its two beliefs',
    },
    'py-dev-core/equality-and-identity': {
      verdict: 'ok',
      fingerprint: 'ddcaa51d6379e83c',
      note: '== versus is on equal lists and an alias; the combined answer of "equal containers are one object" with "== compares identity" (incoherent: == would then be True) no longer formed',
    },
    'py-dev-core/floor-division-negative': {
      verdict: 'ok',
      fingerprint: 'd6837377fdb15927',
      note: 'floor division and modulo of a negative dividend worked by hand; truncation (C, Java) and mixed mistakes',
    },
    'py-dev-core/float-sum-compare': {
      verdict: 'ok',
      fingerprint: 'a780635af4ab9bed',
      note: 'repr of a binary float sum and == against the literal; 17-digit repr is the old Python 2.6 display',
    },
    'py-dev-core/global-rebind-in-function': {
      verdict: 'ok',
      fingerprint: '78cb7ed3ccc003cd',
      note: 'global statement lets += rebind the module name; print evaluates bump() before reading the name',
    },
    'py-dev-core/late-binding-closures': {
      verdict: 'ok',
      fingerprint: '94ad2b9c802b55ba',
      note: 'lambdas in a comprehension close over the variable, all see its last value; capture-at-creation is the classic mistake',
    },
    'py-dev-core/nonlocal-counters': {
      verdict: 'ok',
      fingerprint: '9d17d3e76672bfcc',
      note: 'two closures keep separate counts; reset, shared and pre-increment readings',
    },
    'py-dev-core/and-or-return-operands': {
      verdict: 'ok',
      fingerprint: 'a522dda2769aa661',
      note: 'and/or return an operand; "or returns its last" with "or returns its first" (contradictory) no longer combined',
    },
    'py-dev-core/tuple-assignment-step': {
      verdict: 'ok',
      fingerprint: '1854706dd51c24dc',
      note: 'simultaneous tuple assignment in a Fibonacci-like step; sequential assignment and range off-by-one mistakes',
    },
    'py-dev-core/grid-rows-shared-or-not': {
      verdict: 'ok',
      fingerprint: '67bb3559d16b8589',
      note: "list multiplication shares rows, a comprehension does not; word-by-word mixes of two nested-list answers (no one's answer) no longer formed, the all-cells answer named as rows and zeros both shared",
    },
    'py-dev-core/shallow-and-deep-copy': {
      verdict: 'ok',
      fingerprint: '6f00f2fa03396b6a',
      note: 'copy.copy shares the nested list, deepcopy does not, the name key is rebound on the copy only; incoherent word mixes of two dict answers no longer formed',
    },
    'py-dev-core/sort-returns-none': {
      verdict: 'ok',
      fingerprint: '34931af44149ba09',
      note: 'list.sort sorts in place and returns None',
    },
    'py-dev-core/parenthesised-value-is-not-tuple': {
      verdict: 'ok',
      fingerprint: '74a7fcc3b29935aa',
      note: 'parentheses alone do not make a tuple, the trailing comma does; the contradictory combined answers (trailing comma both ignored and adding an element) no longer formed',
    },
    'py-dev-collections/count-with-get-default': {
      verdict: 'ok',
      fingerprint: '9a25b86ea515e6f1',
      note: 'dict.get with a default counts in first-seen order; the weak "get cannot feed its own assignment" now get-returns-None, an order-by-count (Counter habit) distractor added (was 0.50 most similar)',
    },
    'py-dev-collections/iterate-dict-gives-keys': {
      verdict: 'ok',
      fingerprint: '150d3f3f4c2c2a0f',
      note: 'iterating a dict gives keys in insertion order',
    },
    'py-dev-collections/slice-stop-excluded': {
      verdict: 'ok',
      fingerprint: '1d11290ad42e75e6',
      note: 'slice stop excluded, positions from 0, a list slice is a list',
    },
    'py-dev-collections/set-difference-and-intersection': {
      verdict: 'ok',
      fingerprint: 'af09157af6c2203b',
      note: 'a - b and a & b worked by hand on drawn sets; sorted lists make the output deterministic',
    },
    'py-dev-collections/comprehension-filter-then-map': {
      verdict: 'ok',
      fingerprint: 'fd9d4a858d05bdfb',
      note: 'the condition tests each item before the expression maps it',
    },
    'py-dev-collections/enumerate-start-argument': {
      verdict: 'ok',
      fingerprint: '370effa6eea36b5b',
      note: 'enumerate(start) counts from the given number; step and order mistakes',
    },
    'py-dev-collections/dict-comprehension-repeated-key': {
      verdict: 'ok',
      fingerprint: '253374c5cc6e26dc',
      note: "a repeated key keeps the last value at the first key's place",
    },
    'py-dev-collections/remove-while-iterating': {
      verdict: 'ok',
      fingerprint: 'ac44b31f938d478c',
      note: 'removing during iteration skips the next item; key recomputed by hand on draws and run in Python',
    },
    'py-dev-collections/sort-reverse-keeps-ties': {
      verdict: 'ok',
      fingerprint: '6aafbd5fe49f5b17',
      note: 'sorted(reverse=True) is stable: ties keep input order',
    },
    'py-dev-collections/defaultdict-grouping': {
      verdict: 'ok',
      fingerprint: 'ba94260cafb797c3',
      note: 'defaultdict(list) grouping in first-seen order, printed through dict()',
    },
    'py-dev-collections/counter-most-common-ties': {
      verdict: 'ok',
      fingerprint: 'd8c027e1dd5477ec',
      note: 'most_common breaks ties by first insertion',
    },
    'py-dev-collections/append-versus-extend': {
      verdict: 'ok',
      fingerprint: '06ec44f4768b393e',
      note: 'append nests the list, extend adds its items; len counts top-level items',
    },
    'py-dev-collections/starred-unpacking': {
      verdict: 'ok',
      fingerprint: '85de090ccdcf3f19',
      note: 'the starred target takes a list of the middle items; the tuple-and-every-target-a-list mix no longer formed, two real mistakes added (a tuple of everything after the first; the star spreading as in a call)',
    },
    'py-dev-collections/dict-merge-later-wins': {
      verdict: 'ok',
      fingerprint: '38bb430801c077f4',
      note: "{**a, **b}: the later value wins at the earlier key's place",
    },
    'py-dev-collections/membership-in-dict': {
      verdict: 'ok',
      fingerprint: '28fe9a4b6399f270',
      note: 'in on a dict tests keys, on values() the values; a list-the-view-first distractor added (was 0.51 on the cross-out rule)',
    },
    'py-dev-strings/format-thousands-and-percent': {
      verdict: 'ok',
      fingerprint: '1a57272ea35ec5fd',
      note: 'the , separator and .2f, the % type multiplies by 100; the combined answers mix independent parts',
    },
    'py-dev-strings/split-default-versus-space': {
      verdict: 'ok',
      fingerprint: 'f82ad045ce77e87b',
      note: "split() merges runs of blanks, split(' ') keeps empty strings",
    },
    'py-dev-strings/strip-takes-a-set-of-characters': {
      verdict: 'ok',
      fingerprint: '9ffb5252e3de463f',
      note: 'strip takes a set of characters from both ends (the removesuffix confusion is the lead distractor)',
    },
    'py-dev-strings/utf8-length-in-bytes': {
      verdict: 'ok',
      fingerprint: 'd8e2f9b3ebb01190',
      note: 'len of text counts code points, of UTF-8 bytes the bytes; the incoherent one-byte-per-character with len-counts-bytes mix no longer formed',
    },
    'py-dev-strings/negative-index-and-step': {
      verdict: 'ok',
      fingerprint: 'ad28014eff7c5573',
      note: 'negative start and negative step slices worked by hand',
    },
    'py-dev-strings/string-methods-return-new-strings': {
      verdict: 'ok',
      fingerprint: '30a554620c5df5fd',
      note: 'str methods return new strings; the unkept results leave the name unchanged',
    },
    'py-dev-strings/sorted-strings-capitals-first': {
      verdict: 'ok',
      fingerprint: 'daad5b653dd94e92',
      note: 'default sort by code point puts capitals first',
    },
    'py-dev-strings/int-of-a-decimal-string': {
      verdict: 'ok',
      fingerprint: 'd1fc8d74186b9f79',
      note: "int(float(s)) truncates; int('31.9') raises ValueError",
    },
    'py-dev-strings/utf8-bytes-read-as-latin1': {
      verdict: 'ok',
      fingerprint: '90d3ba3ab24dbd0d',
      note: 'UTF-8 bytes decoded as Latin-1 give mojibake, never an error',
    },
    'py-dev-strings/print-list-and-unpacked': {
      verdict: 'ok',
      fingerprint: '8427df572cd7208d',
      note: 'print of a list shows repr of its items; *list with sep; the no-quotes-with-star mix (incoherent) no longer formed, sep-after-the-last and list-as-bare-items distractors added (was 1.00 most similar once the mix went)',
    },
    'py-dev-strings/find-returns-minus-one': {
      verdict: 'ok',
      fingerprint: '71d7f2db903888c0',
      note: 'find gives -1 when missing, index raises',
    },
    'py-dev-strings/bytes-index-and-slice': {
      verdict: 'ok',
      fingerprint: '64dfdc0e622949ab',
      note: 'indexing bytes gives an int, slicing gives bytes',
    },
    'py-dev-strings/zero-padded-width': {
      verdict: 'ok',
      fingerprint: '1242b3d8786ea8c5',
      note: 'the 0 flag pads to the total width',
    },
    'py-dev-strings/title-after-apostrophes': {
      verdict: 'ok',
      fingerprint: '2cfe54fa4d3bf52d',
      note: 'title capitalises after any non-letter, so the s after an apostrophe',
    },
    'py-dev-functions/mutable-default-shared': {
      verdict: 'ok',
      fingerprint: 'a571338d68c99b74',
      note: 'one default list shared by calls that do not pass one; the invented "passed list becomes the default and the first result is copied" removed',
    },
    'py-dev-functions/star-args-and-kwargs': {
      verdict: 'ok',
      fingerprint: '01227c39cbaf05d4',
      note: '*args a tuple, **kwargs a dict',
    },
    'py-dev-functions/keyword-arguments-by-name': {
      verdict: 'ok',
      fingerprint: '0a2c18524e3f1957',
      note: 'keywords bind by name in any order; the incoherent "both calls swap" removed, the contradictory default mix no longer formed, a keywords-out-of-order-are-a-syntax-error distractor added',
    },
    'py-dev-functions/generator-used-twice': {
      verdict: 'ok',
      fingerprint: 'aa4ae01bab0709c3',
      note: 'a generator is spent after one sum; the invented three-number answer removed and the incoherent adds-to-first with gives-nothing mix no longer formed',
    },
    'py-dev-functions/generator-body-runs-lazily': {
      verdict: 'ok',
      fingerprint: 'd6103d3cdb26d1bf',
      note: 'calling a generator function runs nothing; next runs to the first yield',
    },
    'py-dev-functions/stacked-decorators-order': {
      verdict: 'ok',
      fingerprint: '6968da9e4a1337b3',
      note: 'the decorator nearest the function wraps first, so the top one is outermost',
    },
    'py-dev-functions/decorator-name-with-and-without-wraps': {
      verdict: 'ok',
      fingerprint: '7849b67c1ee2df27',
      note: "functools.wraps copies __name__; without it the wrapper's name shows; three invented names (logged.x, logged(f), f.x) removed, the __qualname__ confusion kept",
    },
    'py-dev-functions/sort-key-tuple-descending': {
      verdict: 'ok',
      fingerprint: 'f1a3db6655f9fe9a',
      note: 'a (-score, name) key sorts score descending, name ascending',
    },
    'py-dev-functions/function-without-return': {
      verdict: 'ok',
      fingerprint: 'd21d28a34d46dccf',
      note: "no return gives None, rebinding a parameter leaves the caller's name; two invented answers and all mixes removed, the UnboundLocalError confusion added, half the prices written as floats (key was always the shortest)",
    },
    'py-dev-functions/yield-from-flattens': {
      verdict: 'ok',
      fingerprint: '4a94a553cd3ba1bf',
      note: "yield from yields each row's items",
    },
    'py-dev-functions/partial-int-base': {
      verdict: 'ok',
      fingerprint: 'b9235f933c4e0b52',
      note: 'partial(int, base=2) parses binary',
    },
    'py-dev-functions/all-and-any-of-nothing': {
      verdict: 'ok',
      fingerprint: 'a037773bb36c9242',
      note: 'all of nothing True, any False, len test False; the mixed answers combine beliefs about separate parts',
    },
    'py-dev-functions/max-with-key-ties': {
      verdict: 'ok',
      fingerprint: 'a45c6e34af29f2e8',
      note: 'max with a key returns the first of equal maxima',
    },
    'py-dev-classes/class-attribute-list-shared': {
      verdict: 'ok',
      fingerprint: '96de04614827ac02',
      note: 'a class-level list is shared through self; two invented answers (len printed twice, last instance replaces) removed, a reach-it-only-through-the-class distractor added',
    },
    'py-dev-classes/instance-attribute-shadows-class': {
      verdict: 'ok',
      fingerprint: '2e5610066f5be014',
      note: 'an instance attribute shadows the class one; the contradictory instance-changes-class with class-overrides-instance mix no longer formed',
    },
    'py-dev-classes/super-follows-the-mro': {
      verdict: 'ok',
      fingerprint: '503968933f234321',
      note: "super() follows the MRO of the instance's class, B, Csv, Root; a diamond-is-ambiguous (C++ habit) distractor added",
    },
    'py-dev-classes/eq-without-hash-in-a-set': {
      verdict: 'ok',
      fingerprint: 'd124a03bf3bd565d',
      note: 'defining __eq__ sets __hash__ to None, so a set of them raises TypeError',
    },
    'py-dev-classes/str-and-repr-in-containers': {
      verdict: 'ok',
      fingerprint: 'f1a346133884d260',
      note: 'print uses str, a list shows repr of its items, !r uses repr',
    },
    'py-dev-classes/try-except-else-finally-order': {
      verdict: 'ok',
      fingerprint: '6eae349c733d3b37',
      note: 'else then finally, the returned value kept, both branches drawn',
    },
    'py-dev-classes/first-matching-handler-wins': {
      verdict: 'ok',
      fingerprint: '68cd677dc0635eb1',
      note: 'the first matching except clause handles, a base class catches its subclasses',
    },
    'py-dev-classes/except-name-unbound-after-block': {
      verdict: 'ok',
      fingerprint: '83abca065c364430',
      note: 'the except target is deleted at the end of the handler, so using it after raises NameError',
    },
    'py-dev-classes/exit-return-value-suppresses': {
      verdict: 'ok',
      fingerprint: 'afe91fb6917b724e',
      note: '__exit__ returning True suppresses the exception',
    },
    'py-dev-classes/property-setter-guards-augmented-assignment': {
      verdict: 'ok',
      fingerprint: '5e05e62b16f0bdcc',
      note: 'augmented assignment goes through the property setter, which refuses before storing',
    },
    'py-dev-classes/subclass-init-skips-parent': {
      verdict: 'ok',
      fingerprint: 'c8cd4b25ef15b1cc',
      note: "a subclass __init__ without super().__init__ leaves the parent's attribute unset",
    },
    'py-dev-classes/classmethod-cls-is-the-subclass': {
      verdict: 'ok',
      fingerprint: '38e52347ff5ed85a',
      note: 'cls is the class the method is called on; the contradictory mix no longer formed, subclasses-do-not-inherit-classmethods and cls()-gives-the-class distractors added (was 1.00 most similar)',
    },
    'py-dev-classes/len-decides-truth': {
      verdict: 'ok',
      fingerprint: 'd92bae1af49a9e85',
      note: '__len__ decides truth when __bool__ is absent',
    },
    'py-dev-classes/sum-needs-radd-or-a-start': {
      verdict: 'ok',
      fingerprint: 'ee4f825b70cfd5ff',
      note: 'sum starts from 0 and int + Money needs __radd__, so TypeError',
    },
    'py-dev-classes/custom-exception-caught-by-parent': {
      verdict: 'ok',
      fingerprint: '7e3b7ccb33296fed',
      note: 'a parent handler catches the subclass; the object keeps its class; str shows the message',
    },
    'py-dev-classes/dataclass-list-default': {
      verdict: 'ok',
      fingerprint: 'b4b72e3dadb91d13',
      note: 'default_factory gives each instance its own list',
    },
    'py-dev-stdlib/groupby-needs-sorted-input': {
      verdict: 'ok',
      fingerprint: '173cf6a54ee580d1',
      note: 'groupby groups consecutive runs only',
    },
    'py-dev-stdlib/islice-of-count': {
      verdict: 'ok',
      fingerprint: '31e602ab0471c922',
      note: 'count(start, step) sliced to n items',
    },
    'py-dev-stdlib/date-plus-timedelta': {
      verdict: 'ok',
      fingerprint: 'f08d836560e1fd93',
      note: 'date plus days across month ends, checked in Python; the incoherent counts-both-ends answer removed',
    },
    'py-dev-stdlib/weekday-numbering': {
      verdict: 'ok',
      fingerprint: 'eb030d3f9e8b9cc2',
      note: 'weekday Monday 0, isoweekday Monday 1, %A the English name; mixes combine beliefs about separate parts',
    },
    'py-dev-stdlib/strptime-day-first': {
      verdict: 'ok',
      fingerprint: '59ed6f13d9da1421',
      note: '%d/%m/%Y read day first, %B full month name, %d zero-padded',
    },
    'py-dev-stdlib/path-stem-suffix-parent': {
      verdict: 'ok',
      fingerprint: '81050a2464c60ba1',
      note: 'stem keeps all but the last suffix, suffix keeps its dot, parent.name is one part',
    },
    'py-dev-stdlib/path-join-absolute-part': {
      verdict: 'ok',
      fingerprint: 'c319fe2fdc65a9d5',
      note: 'the / operator joins parts with the separator',
    },
    'py-dev-stdlib/json-dumps-python-values': {
      verdict: 'ok',
      fingerprint: '4bd7d6b3479d6b4b',
      note: 'dumps writes true, null and a tuple as an array',
    },
    'py-dev-stdlib/json-int-keys-come-back-as-text': {
      verdict: 'ok',
      fingerprint: '83f28b7934f1852d',
      note: 'int keys come back as strings; the contradictory in-finds-the-int with in-never-matches mix no longer formed',
    },
    'py-dev-stdlib/namedtuple-replace-returns-new': {
      verdict: 'ok',
      fingerprint: '2aef52a293dd1075',
      note: '_replace returns a new tuple; the contradictory mix no longer formed, the AttributeError now named as the in-place-returns-None belief it is, a namedtuple-immutable-so-it-refuses distractor added (was 1.00 most similar)',
    },
    'py-dev-stdlib/counter-subtraction-drops-non-positive': {
      verdict: 'ok',
      fingerprint: '2d33f9d5b9732340',
      note: 'Counter subtraction drops counts at or below zero',
    },
    'py-dev-stdlib/float-and-decimal-rounding': {
      verdict: 'ok',
      fingerprint: 'ff5a33b6f9d9cfc9',
      note: "round on the float's stored value, Decimal rounds half to even; key run in Python",
    },
    'py-dev-stdlib/logging-level-threshold': {
      verdict: 'ok',
      fingerprint: '82979f3279b10a0c',
      note: 'the level is the lowest shown; the runner now resets every logger, not only the root, between programs',
    },
    'py-dev-stdlib/argparse-defaults-and-types': {
      verdict: 'ok',
      fingerprint: '4ac2a87c339dcb81',
      note: 'store_true defaults False, type=int converts, the command line beats the default',
    },
    'py-dev-stdlib/csv-reader-quoted-comma': {
      verdict: 'ok',
      fingerprint: 'ddfc46d8ae9a4f35',
      note: 'the reader honours quotes and keeps text',
    },
    'py-dev-stdlib/re-match-anchors-at-start': {
      verdict: 'ok',
      fingerprint: '99ada95e711a251e',
      note: 'match anchors at the start, search does not; two incoherent answers removed ("None None" and "400 None" would raise at s.group())',
    },
    'py-dev-stdlib/compatible-release-specifier': {
      verdict: 'ok',
      fingerprint: 'e65b4ce2a03e3824',
      note: '~= allows later patch releases only, pre-releases excluded; checked with packaging (now imported directly, not through pip); minor-rises and series-without-patch distractors added (was 0.50 most similar)',
    },
    'py-dev-stdlib/range-specifier-excludes-prereleases': {
      verdict: 'ok',
      fingerprint: 'a0c6b31ad478ab0f',
      note: '>=,< range excludes the bound and pre-releases (PEP 440); checked with packaging',
    },
    'py-dev-stdlib/pytest-approx-for-floats': {
      verdict: 'ok',
      fingerprint: '91aefd8e94b0e626',
      note: "pytest.approx passes; abs=0 alone drops the relative tolerance (pytest's documented rule); every option run under pytest",
    },
    'py-dev-stdlib/pytest-raises-context': {
      verdict: 'ok',
      fingerprint: '9a45a5aabcef04d6',
      note: 'pytest.raises as a context manager; calling the code as an argument raises before raises can catch it',
    },
  },
}
