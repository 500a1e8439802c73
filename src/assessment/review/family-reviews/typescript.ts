import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `typescript` test (TypeScript, read as a senior
 * TypeScript developer against the TypeScript handbook and the tsconfig reference): 96 submitted,
 * 96 kept, none deleted. Each family drawn several times over two seeds and read (stem, key,
 * every distractor and its named mistake), and every pool row of the 80 "which of lines 1-3
 * error" families listed with the mistake its flipped verdict names. The author's key test runs
 * the real compiler (TypeScript 7.0.2) on the key and on each distractor, independently of the
 * generator (it compiles the shown code and reads tsc's diagnostics line by line, or checks type
 * identity); the same test was also run outside the project against TypeScript 5.9.3 with the
 * same options, 30 draws a family: every key matched there too, so no answer depends on
 * TypeScript 7-only behaviour. The stems said "TypeScript 7" and left out the target, lib and
 * module options the checks use, which matter to a TypeScript 5 reader (5.9's default target
 * ES5 lacks Object.values; its default CommonJS module makes every import an error under
 * verbatimModuleSyntax); every stem now says "TypeScript 5.9 or 7, which report the same errors
 * here; target and lib ES2022, module esnext; every file is a module". Stems state each
 * compiler option that matters (strict and every flag the item turns on or off) as its
 * tsconfig. Fixed in place: 6 families (plus the shared preface): a fallthrough row whose error
 * was a top-level return; a mistake name given to two opposite verdicts in literal-widening; the
 * Exclude case's mistake name that did not produce its option; combined answers and a "gives back
 * its argument" distractor in record-type and returntype-and-parameters; the weak keyof "length"
 * and Extract "Input & Function" distractors. Kept after judging: "index" in keyof-operator (the
 * parameter-name belief is real), void in returntype (a beginner's reading of an unannotated
 * function), the unused module-level function row (modules report it). Answers cannot hold "|",
 * so union types never appear as options. Options read over the draws for "both", "all/none of
 * the above" and letter references: none. Cues at 300 draws a family: no family over 0.50 on any
 * rule (maxima 0.50 longest option in record-type, most similar in returntype-and-parameters,
 * avoid impossible in awaited-type); rule means 0.24 longest, 0.25 middle value, 0.24 most
 * similar, 0.25 avoid impossible, 0.25 all of the above, 0.23 shortest, 0.18 least similar, 0.25
 * cross out longest and most similar.
 */
export const TYPESCRIPT_REVIEW: TestFamilyReview = {
  testId: 'typescript',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'ts-dev-assignability/ts-dev-excess-property-checks': {
      verdict: 'ok',
      fingerprint: '6996f16aa1886807',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-assignability/ts-dev-structural-typing': {
      verdict: 'ok',
      fingerprint: '9c91e3a23e42ad68',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-assignability/ts-dev-readonly-properties': {
      verdict: 'ok',
      fingerprint: 'e67bff6a2d268dd3',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-assignability/ts-dev-literal-widening': {
      verdict: 'ok',
      fingerprint: 'e765a858c8cea355',
      note: 'two pool rows carried one mistake name (a let keeps its initial literal) for opposite verdicts; the reassignment row now names its own belief (a let may only be given its initial string again); three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-assignability/ts-dev-tuple-assignability': {
      verdict: 'ok',
      fingerprint: '3c53d7171cd31187',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-assignability/ts-dev-function-assignability': {
      verdict: 'ok',
      fingerprint: '9679670bd36e20c4',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-assignability/ts-dev-void-vs-undefined': {
      verdict: 'ok',
      fingerprint: '59e2115ba6463cda',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-assignability/ts-dev-optional-vs-undefined-property': {
      verdict: 'ok',
      fingerprint: '9725b169d22e3219',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-assignability/ts-dev-index-signatures': {
      verdict: 'ok',
      fingerprint: 'e49a99bdb91871aa',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-assignability/ts-dev-union-assignability': {
      verdict: 'ok',
      fingerprint: 'c601cb77535abca0',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-assignability/ts-dev-any-unknown-never-assign': {
      verdict: 'ok',
      fingerprint: '252fd7aed57b343e',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-assignability/ts-dev-enum-assignability': {
      verdict: 'ok',
      fingerprint: '90d82d87697e9082',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-assignability/ts-dev-object-vs-record-types': {
      verdict: 'ok',
      fingerprint: '10876fb5e5b314ac',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-assignability/ts-dev-generic-container-variance': {
      verdict: 'ok',
      fingerprint: '4574dd3aaae470e3',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-assignability/ts-dev-intersection-conflicts': {
      verdict: 'ok',
      fingerprint: 'fcfb1a255a293c21',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-assignability/ts-dev-optional-parameters-and-overloads': {
      verdict: 'ok',
      fingerprint: '16e8ffb149f3948c',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-narrowing/typeof-guards': {
      verdict: 'ok',
      fingerprint: 'd43b07976d9d3ad0',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-narrowing/truthiness-narrowing': {
      verdict: 'ok',
      fingerprint: '3c64d2ea315d6b86',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-narrowing/in-operator-narrowing': {
      verdict: 'ok',
      fingerprint: 'f9077cb40ab9de13',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-narrowing/instanceof-narrowing': {
      verdict: 'ok',
      fingerprint: 'fcd36e437665b27f',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-narrowing/discriminated-unions': {
      verdict: 'ok',
      fingerprint: '10a273f89d28c6ab',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-narrowing/exhaustive-never-check': {
      verdict: 'ok',
      fingerprint: '12e68fce100671a9',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-narrowing/type-predicates': {
      verdict: 'ok',
      fingerprint: '9bd04887b1d98d5c',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-narrowing/assertion-functions': {
      verdict: 'ok',
      fingerprint: 'c23196f6b3d65374',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-narrowing/narrowing-lost-in-callbacks': {
      verdict: 'ok',
      fingerprint: '0222d5b5edba27b5',
      note: 'depends on narrowing kept in closures after the last assignment (TypeScript 5.4 on); the stem’s ’TypeScript 5.9 or 7’ covers it and 5.9.3 agrees; three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-narrowing/equality-narrowing': {
      verdict: 'ok',
      fingerprint: '1f655b684cb79273',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-narrowing/array-isarray-narrowing': {
      verdict: 'ok',
      fingerprint: '6a7b120c38e7e65b',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-narrowing/non-null-assertion': {
      verdict: 'ok',
      fingerprint: '2046b596c47495ca',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-narrowing/optional-chaining-types': {
      verdict: 'ok',
      fingerprint: 'cf3af63249cc83c0',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-narrowing/control-flow-assignments': {
      verdict: 'ok',
      fingerprint: '51d7e38668e3d8df',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-narrowing/unknown-narrowing': {
      verdict: 'ok',
      fingerprint: 'a12a000e5de458f9',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-narrowing/switch-true-and-return-narrowing': {
      verdict: 'ok',
      fingerprint: 'dc0e773955133b4c',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-generics/extends-constraints': {
      verdict: 'ok',
      fingerprint: 'f79d267136dbff21',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-generics/keyof-constraints': {
      verdict: 'ok',
      fingerprint: 'a63a46a5049a261b',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-generics/unconstrained-type-parameter': {
      verdict: 'ok',
      fingerprint: '9ca1713c24bf3ebb',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-generics/generic-return-inference': {
      verdict: 'ok',
      fingerprint: 'cdb9f184ee518632',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-generics/generic-defaults': {
      verdict: 'ok',
      fingerprint: '9294ec7d3a32905a',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-generics/const-type-parameters': {
      verdict: 'ok',
      fingerprint: 'f59620a41ecbc666',
      note: 'const type parameters (TypeScript 5.0 on); 5.9.3 and 7.0 agree; three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-generics/generic-classes': {
      verdict: 'ok',
      fingerprint: 'eb213a0298f15f0b',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-generics/inference-from-multiple-arguments': {
      verdict: 'ok',
      fingerprint: '79ba479ab55bf6bf',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-generics/generic-constraints-on-objects': {
      verdict: 'ok',
      fingerprint: 'b9c5acbe0ad5c6b2',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-generics/generic-callbacks-and-map': {
      verdict: 'ok',
      fingerprint: 'dec7887e7f5b443a',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-generics/promise-generics': {
      verdict: 'ok',
      fingerprint: '9df595bb675712b7',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-generics/generic-type-aliases': {
      verdict: 'ok',
      fingerprint: '3b31bafdadaeef18',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-generics/satisfies-with-generics': {
      verdict: 'ok',
      fingerprint: '81b80adbc96433ee',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-generics/generic-parameter-inference-from-return': {
      verdict: 'ok',
      fingerprint: 'aea58e0bc6edb481',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-generics/recursive-and-conditional-constraints': {
      verdict: 'ok',
      fingerprint: '184190c3f601836c',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-generics/generic-overloads-vs-union': {
      verdict: 'ok',
      fingerprint: 'e8d808c456a9fbd1',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-type-operators/partial-and-required': {
      verdict: 'ok',
      fingerprint: 'dd54db5a67cd3eaf',
      note: 'each case’s written type and its distractors read; the key is identical to tsc’s type and each distractor is not, under tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-type-operators/pick-and-omit': {
      verdict: 'ok',
      fingerprint: '23bebafe9e8bf401',
      note: 'each case’s written type and its distractors read; the key is identical to tsc’s type and each distractor is not, under tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-type-operators/record-type': {
      verdict: 'ok',
      fingerprint: '4619bc98cd9c20ec',
      note: 'two combined answers (optional and readonly at once; readonly index signature) and the readonly key-word option removed; the string case’s readonly distractor replaced by { [x: string]: string } to keep the key from being the most similar option (cue 0.60 before, 0.50 after); each case’s written type and its distractors read; the key is identical to tsc’s type and each distractor is not, under tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-type-operators/readonly-and-mutable-mapped': {
      verdict: 'ok',
      fingerprint: '3326dfee25006ac0',
      note: 'each case’s written type and its distractors read; the key is identical to tsc’s type and each distractor is not, under tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-type-operators/keyof-operator': {
      verdict: 'ok',
      fingerprint: 'c8cee79efc6e56a2',
      note: 'the number-index-signature case’s weak "length" distractor replaced with PropertyKey (keyof any’s answer); "index" kept as the real belief that the signature’s parameter name is a key; the first case’s conditional wrapper read and kept; each case’s written type and its distractors read; the key is identical to tsc’s type and each distractor is not, under tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-type-operators/indexed-access-types': {
      verdict: 'ok',
      fingerprint: '4c28fd925bb69e66',
      note: 'each case’s written type and its distractors read; the key is identical to tsc’s type and each distractor is not, under tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-type-operators/typeof-type-query': {
      verdict: 'ok',
      fingerprint: 'ff684a0c6fa1180e',
      note: 'each case’s written type and its distractors read; the key is identical to tsc’s type and each distractor is not, under tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-type-operators/returntype-and-parameters': {
      verdict: 'ok',
      fingerprint: '5867bcec294dccb8',
      note: 'the ’gives back the type it is passed’ distractors (typeof makeUser, typeof send) removed as answers nobody reaches; void kept (the beginner belief that an unannotated function returns void); each case’s written type and its distractors read; the key is identical to tsc’s type and each distractor is not, under tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-type-operators/awaited-type': {
      verdict: 'ok',
      fingerprint: 'a084d080ff132cd9',
      note: 'each case’s written type and its distractors read; the key is identical to tsc’s type and each distractor is not, under tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-type-operators/exclude-and-extract': {
      verdict: 'ok',
      fingerprint: '3e001935c4455988',
      note: 'the Exclude case’s "scroll" was named ’keeps the first listed member, as Extract would’ though Extract would keep two members; the case now excludes one member so "scroll" is exactly the Extract answer; the weak Input & Function distractor removed (union options cannot be shown, so the Exclude-for-Extract answer could not replace it); each case’s written type and its distractors read; the key is identical to tsc’s type and each distractor is not, under tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-type-operators/distributive-conditional-types': {
      verdict: 'ok',
      fingerprint: 'ce778b43c9f3b0ea',
      note: 'each case’s written type and its distractors read; the key is identical to tsc’s type and each distractor is not, under tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-type-operators/infer-in-conditional-types': {
      verdict: 'ok',
      fingerprint: 'f45f7a19876cdc0e',
      note: 'each case’s written type and its distractors read; the key is identical to tsc’s type and each distractor is not, under tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-type-operators/template-literal-types': {
      verdict: 'ok',
      fingerprint: 'ce8e263a2c35a6a0',
      note: 'each case’s written type and its distractors read; the key is identical to tsc’s type and each distractor is not, under tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-type-operators/key-remapping-mapped-types': {
      verdict: 'ok',
      fingerprint: '55438896aafd7b41',
      note: 'each case’s written type and its distractors read; the key is identical to tsc’s type and each distractor is not, under tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-type-operators/literal-and-widening-inference': {
      verdict: 'ok',
      fingerprint: 'b8ba6cf6e88fa55a',
      note: 'each case’s written type and its distractors read; the key is identical to tsc’s type and each distractor is not, under tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-type-operators/conditional-type-evaluation': {
      verdict: 'ok',
      fingerprint: 'b8a1a9759df20fbf',
      note: 'each case’s written type and its distractors read; the key is identical to tsc’s type and each distractor is not, under tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-strict-flags/strict-null-checks-on': {
      verdict: 'ok',
      fingerprint: 'deef220ad1616f50',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-strict-flags/strict-null-checks-off': {
      verdict: 'ok',
      fingerprint: '0139267cd60041a6',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-strict-flags/no-implicit-any': {
      verdict: 'ok',
      fingerprint: 'f8c3d047868332c8',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-strict-flags/implicit-any-off': {
      verdict: 'ok',
      fingerprint: 'b731d13962f75636',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-strict-flags/no-unchecked-indexed-access': {
      verdict: 'ok',
      fingerprint: 'bbdf511c79adf4b2',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-strict-flags/exact-optional-property-types': {
      verdict: 'ok',
      fingerprint: '4bc7945a691fe37c',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-strict-flags/no-implicit-returns': {
      verdict: 'ok',
      fingerprint: '7088f5f3236d9d05',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-strict-flags/no-implicit-override': {
      verdict: 'ok',
      fingerprint: 'b686ad506955e8e0',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-strict-flags/no-property-access-from-index-signature': {
      verdict: 'ok',
      fingerprint: '23bb96d8d999ba09',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-strict-flags/catch-variable-unknown': {
      verdict: 'ok',
      fingerprint: '002b5ad673f53fce',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-strict-flags/catch-variable-any': {
      verdict: 'ok',
      fingerprint: '38f6a5420ec1c752',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-strict-flags/strict-property-initialization': {
      verdict: 'ok',
      fingerprint: '44b11180a63d4074',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-strict-flags/verbatim-module-syntax': {
      verdict: 'ok',
      fingerprint: 'b8f952436efc3718',
      note: 'verdicts depend on ES module output, now stated in the stem (module esnext); 5.9.3 and 7.0 agree; three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-strict-flags/erasable-syntax-only': {
      verdict: 'ok',
      fingerprint: 'e0b3bcf565c2467d',
      note: 'erasableSyntaxOnly exists from TypeScript 5.8; 5.9.3 and 7.0 agree on every row; three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-strict-flags/no-fallthrough-cases': {
      verdict: 'ok',
      fingerprint: 'b0eb2c7fae6c7dac',
      note: 'one pool row put a bare return in a top-level switch, so its error was ’return outside a function’, not fallthrough; the row now sits in a function and is clean (a case ending in return inside a block does not fall through); three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-strict-flags/no-unused-locals-and-parameters': {
      verdict: 'ok',
      fingerprint: 'dac939473d9345ce',
      note: 'the flagged ’unused module-level function’ row kept: in a module a non-exported unused function is reported under noUnusedLocals, and believing the flag covers only function-local names is a common reading; three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-data/unknown-versus-any': {
      verdict: 'ok',
      fingerprint: '3df0acc18f25910d',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-data/json-parse-results': {
      verdict: 'ok',
      fingerprint: '83e961427abcb9fa',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-data/satisfies-versus-annotation': {
      verdict: 'ok',
      fingerprint: '05f4cb0952e1c290',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-data/const-assertions': {
      verdict: 'ok',
      fingerprint: '426b8853aaf01962',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-data/enum-kinds': {
      verdict: 'ok',
      fingerprint: 'fc973e4961376a52',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-data/declaration-file-modules': {
      verdict: 'ok',
      fingerprint: '03dd4fcf4f431554',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-data/ambient-declarations': {
      verdict: 'ok',
      fingerprint: 'a81e5acdf4953f87',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-data/inferred-type-predicates': {
      verdict: 'ok',
      fingerprint: '60fa3054594a1769',
      note: 'depends on inferred type predicates (TypeScript 5.5 on); the stem’s ’TypeScript 5.9 or 7’ covers it and 5.9.3 agrees; three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-data/declaration-merging': {
      verdict: 'ok',
      fingerprint: 'a711591fd87c3414',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-data/object-keys-and-entries': {
      verdict: 'ok',
      fingerprint: 'c1503610926699de',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-data/branded-types': {
      verdict: 'ok',
      fingerprint: 'ac852cb7a1ff55ac',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-data/implements-clauses': {
      verdict: 'ok',
      fingerprint: '391cb7b8e3146aca',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-data/readonly-array-apis': {
      verdict: 'ok',
      fingerprint: 'cfec1812e350ec86',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-data/this-parameters-and-methods': {
      verdict: 'ok',
      fingerprint: '3e8fca03bd39d73f',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-data/abstract-classes': {
      verdict: 'ok',
      fingerprint: 'ff51e764c83848d5',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
    'ts-dev-data/index-signature-versus-record-keys': {
      verdict: 'ok',
      fingerprint: '1922751b260d995b',
      note: 'three lines drawn from the pool, every pool row and its flipped-verdict mistake read; keys and each distractor compiled by tsc 7.0.2 (key test) and 5.9.3 (same options, 30 draws a family)',
    },
  },
}
