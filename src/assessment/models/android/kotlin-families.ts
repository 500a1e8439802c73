import { type AndroidFamily, KOTLIN_DOCS } from './android-family.js'

const NULL_SAFETY = `${KOTLIN_DOCS}/null-safety.html`
const SCOPE = `${KOTLIN_DOCS}/scope-functions.html`

/**
 * The Kotlin an Android freelancer reads and writes every day: null safety, data and sealed
 * classes, `when`, scope functions and property initialisation. Distractors are Java habits or
 * the behaviour of a neighbouring operator or function.
 */
export const KOTLIN_FAMILIES: readonly AndroidFamily[] = [
  {
    id: 'safe-call-elvis',
    source: `${NULL_SAFETY}#elvis-operator`,
    stem: 'In Kotlin, a function parameter s: String? receives null. What does s?.length ?: -1 evaluate to?',
    frames: [
      '⟦-1|null=forgets the Elvis operator replaces null|0=thinks a safe call on null gives zero|A NullPointerException is thrown=confuses ?. with !!⟧',
    ],
  },
  {
    id: 'not-null-assertion',
    source: `${NULL_SAFETY}#not-null-assertion-operator`,
    stem: 'In Kotlin, a function parameter s: String? receives null. What does s!!.length do?',
    frames: [
      '⟦Throws a NullPointerException|Returns null=confuses !! with the safe call ?.|Fails to compile, as s is nullable=thinks !! is rejected on a nullable type|Returns 0=thinks a null string has length zero⟧',
    ],
  },
  {
    id: 'smart-cast-var-property',
    source: `${KOTLIN_DOCS}/typecasts.html#smart-cast-prerequisites`,
    stem: 'In Kotlin, after if (x is String), in which case does the compiler not smart-cast x to String?',
    frames: [
      '⟦x is a var property of a class|x is a local val=thinks smart casts need an explicit cast|x is a local var not changed between the check and the use=thinks no var can ever be smart-cast|x is a private val property with no custom getter, in the same module=thinks properties can never be smart-cast⟧',
    ],
  },
  {
    id: 'data-class-body-property',
    source: `${KOTLIN_DOCS}/data-classes.html#properties-declared-in-the-class-body`,
    stem: 'data class User(val name: String) { var age: Int = 0 }. Two instances have the same name and different ages. What does equals() return?',
    frames: [
      '⟦true, as age is declared in the class body|false, as equals compares every property=thinks body properties join the generated equals|false, as data classes compare references=confuses data classes with plain classes|It does not compile, as body properties are forbidden=thinks data classes allow no body⟧',
    ],
  },
  {
    id: 'data-class-copy-shallow',
    source: `${KOTLIN_DOCS}/data-classes.html#copying`,
    stem: 'A Kotlin data class holds a MutableList property. What does copy() with no arguments produce?',
    frames: [
      '⟦Another instance, referencing the same list|A new instance with a deep copy of the list=thinks copy() clones nested objects|The same instance, as nothing changed=confuses copy with identity|A compile error, as copy() needs an argument=thinks copy() requires a change⟧',
    ],
  },
  {
    id: 'when-statement-exhaustive-sealed',
    source: `${KOTLIN_DOCS}/compatibility-guide-16.html#make-when-statements-with-enum-sealed-and-boolean-subjects-exhaustive-by-default`,
    stem: 'Since Kotlin 1.7, a when statement (not used as an expression) on a sealed class subject misses one subclass and has no else branch. What happens?',
    frames: [
      '⟦It fails to compile|It compiles, as only when expressions must be exhaustive=applies the rule before Kotlin 1.7|It compiles and throws at run time for the missing case=thinks the check is deferred to run time|It compiles and silently does nothing for that case=thinks missing branches are always allowed⟧',
    ],
  },
  {
    id: 'sealed-when-no-else',
    source: `${KOTLIN_DOCS}/sealed-classes.html#use-sealed-classes-with-when-expression`,
    stem: 'A Kotlin when expression over a sealed interface has a branch for every direct subtype. Is an else branch needed?',
    frames: [
      '⟦No, the compiler sees it is exhaustive|Yes, as every when expression needs an else branch=ignores that sealed types are exhaustive|Only if the subtypes are in another file=thinks file location affects exhaustiveness|Only when the subtypes are data classes=thinks exhaustiveness depends on data classes⟧',
    ],
  },
  {
    id: 'sealed-subclass-location',
    source: `${KOTLIN_DOCS}/sealed-classes.html#inheritance`,
    stem: 'Since Kotlin 1.5, where must the direct subclasses of a sealed class be declared?',
    frames: [
      '⟦Its module and package|In the same file only=applies the rule before Kotlin 1.5|Nested inside the sealed class only=applies the rule before Kotlin 1.1|Anywhere, in any module=thinks sealed classes are open to all⟧',
    ],
  },
  {
    id: 'scope-let',
    source: `${SCOPE}#function-selection`,
    stem: 'Which Kotlin scope function refers to the object as it and returns the lambda result?',
    frames: [
      '⟦let|apply=refers to this and returns the object|also=returns the object, not the lambda result|run=refers to the object as this⟧',
    ],
  },
  {
    id: 'scope-also',
    source: `${SCOPE}#function-selection`,
    stem: 'Which Kotlin scope function refers to the object as it and returns the object itself, as for logging in a call chain?',
    frames: [
      '⟦also|apply=refers to the object as this|let=returns the lambda result|with=is not an extension and returns the lambda result⟧',
    ],
  },
  {
    id: 'lateinit-uninitialised',
    source: `${KOTLIN_DOCS}/properties.html#late-initialized-properties-and-variables`,
    stem: 'A Kotlin class reads its lateinit var adapter: Adapter before assigning it. What happens?',
    frames: [
      '⟦It throws an exception naming the property|It reads null, like a nullable property=thinks lateinit means nullable|It fails to compile=thinks the compiler tracks lateinit assignment|A default Adapter() instance is created and returned=thinks lateinit creates a default⟧',
    ],
  },
  {
    id: 'lateinit-primitive',
    source: `${KOTLIN_DOCS}/properties.html#late-initialized-properties-and-variables`,
    stem: 'May a Kotlin property be declared lateinit var count: Int?',
    frames: [
      '⟦No, not on a primitive type|Yes; it starts at 0 until assigned=thinks lateinit gives a default|Yes, if it is private=thinks visibility lifts the restriction|Only inside an object declaration=invents a placement rule⟧',
    ],
  },
  {
    id: 'lazy-default-synchronized',
    source: `${KOTLIN_DOCS}/delegated-properties.html#lazy-properties`,
    stem: 'val config by lazy { load() } in Kotlin, with no mode argument. How is load() run?',
    frames: [
      '⟦Only once, guarded by a lock, at first use|At construction of the enclosing object=confuses lazy with an initialiser|On every access of config=confuses lazy with a custom getter|On first access, possibly more than once across threads=applies the PUBLICATION mode as default⟧',
    ],
  },
  {
    id: 'structural-equality',
    source: `${KOTLIN_DOCS}/equality.html`,
    stem: 'For two Kotlin object references a and b, what does a == b check?',
    frames: [
      '⟦Structural equality, via equals()|Referential identity, like Java’s ===confuses it with the triple-equals identity check|Only that both are non-null=confuses equality with a null check|Equal hash codes=confuses equality with hashing⟧',
    ],
  },
  {
    id: 'extension-resolved-statically',
    source: `${KOTLIN_DOCS}/extensions.html#extension-or-member-functions`,
    stem: 'fun Shape.name() = "Shape" and fun Rectangle.name() = "Rectangle", where Rectangle extends Shape. A function takes s: Shape and is passed a Rectangle. What does s.name() return?',
    frames: [
      '⟦"Shape"|"Rectangle"=thinks extensions are dispatched on the runtime type|It fails to compile with two candidates=thinks the two extensions clash|"ShapeRectangle"=thinks both extensions run in turn⟧',
    ],
  },
]
