import { ANDROID_DOCS, type AndroidFamily } from './android-family.js'

const COMPOSE = `${ANDROID_DOCS}/develop/ui/compose`
const STATE = `${COMPOSE}/state`
const EFFECTS = `${COMPOSE}/side-effects`

/**
 * Jetpack Compose state and effects: what survives recomposition and re-creation, where state
 * is hoisted and which effect API fits a job. Each distractor is the API or behaviour a
 * developer picks when carrying a View-system habit or another effect's contract over.
 */
export const COMPOSE_FAMILIES: readonly AndroidFamily[] = [
  {
    id: 'remember-lost-on-recreation',
    source: `${STATE}#restore-ui-state`,
    stem: 'A screen holds a counter in var count by remember { mutableStateOf(0) }. The user taps it up to 5, then rotates the device and the activity is re-created. What does the counter show?',
    frames: [
      '⟦0: remember does not survive re-creation|5, since remember survives configuration changes=confuses remember with rememberSaveable|5 until the process dies, then 0=confuses remember with saved instance state|The app crashes reading the lost state=thinks lost state is an error⟧',
    ],
  },
  {
    id: 'remember-saveable-bundle-types',
    source: `${STATE}#ways-to-store`,
    stem: 'Which value can rememberSaveable store with no custom Saver?',
    frames: [
      '⟦Any @Parcelize data class|A plain class with var properties=thinks any object can go into the saved state Bundle|A Flow of the screen’s items=confuses a stream with a saveable value|The screen’s ViewModel instance=confuses saved state with ViewModel scoping⟧',
    ],
  },
  {
    id: 'hoisted-text-field-parameters',
    source: `${STATE}#state-hoisting`,
    stem: 'Following the state hoisting pattern, which parameters should a stateless NameField composable that wraps a TextField take?',
    frames: [
      '⟦value: String, onValueChange: (String) -> Unit|None; it keeps the text in its own remember { }=leaves the state inside, so the caller cannot control it|The screen’s ViewModel, which it reads and writes directly=ties a reusable composable to one screen’s ViewModel|A global var holding the current text=shares state outside composition instead of hoisting it⟧',
    ],
  },
  {
    id: 'composables-any-order',
    source: `${COMPOSE}/mental-model#any-order`,
    stem: 'What does “Thinking in Compose” say about the order in which composable functions execute?',
    frames: [
      '⟦In any order, possibly in parallel|Always top to bottom, in source order=assumes code order is execution order|Exactly once each per frame, in order=confuses composition with drawing|Parents always finish before any child begins=assumes a strict tree traversal the runtime does not promise⟧',
    ],
  },
  {
    id: 'launched-effect-key-change',
    source: `${EFFECTS}#launchedeffect`,
    stem: 'A composable calls LaunchedEffect(userId) { loadProfile(userId) }. What happens when userId changes while it is in the composition?',
    frames: [
      '⟦The old coroutine is cancelled and a new one launched with the new userId|The old block keeps running and a second one starts=ignores that a key change cancels the old coroutine|Nothing; the block runs once per entry into composition=ignores the key|The block restarts on every recomposition=confuses a keyed effect with code in the body⟧',
    ],
  },
  {
    id: 'launched-effect-constant-key',
    source: `${EFFECTS}#launchedeffect`,
    stem: 'A composable must run a suspend function once when it enters the composition, cancelled when it leaves. Which call fits?',
    frames: [
      '⟦LaunchedEffect(Unit) wrapping the call|A SideEffect block=runs after every recomposition and cannot suspend|rememberCoroutineScope().launch { … } in the body=launches again on every recomposition|DisposableEffect(Unit) { … }=cannot call suspend functions in its block⟧',
    ],
  },
  {
    id: 'remember-coroutine-scope-onclick',
    source: `${EFFECTS}#remembercoroutinescope`,
    stem: 'A button’s onClick must start a coroutine that scrolls a list, cancelled when the composable leaves the composition. What should the code use?',
    frames: [
      '⟦rememberCoroutineScope(), launched in onClick|LaunchedEffect inside the onClick lambda=calls a composable from a non-composable callback|GlobalScope.launch { … } inside the onClick lambda=outlives the composable, so it is never cancelled|runBlocking inside onClick=blocks the main thread⟧',
    ],
  },
  {
    id: 'disposable-effect-cleanup',
    source: `${EFFECTS}#disposableeffect`,
    stem: 'A composable adds a LifecycleObserver to the lifecycle owner and must remove it when it leaves the composition or the owner changes. Which API fits?',
    frames: [
      '⟦DisposableEffect(lifecycleOwner), removing the observer in onDispose|SideEffect, which runs after each recomposition=has no cleanup when leaving the composition|remember { owner.lifecycle.addObserver(observer) }=has no hook to remove the observer|derivedStateOf { … }=mistakes derived state for an effect⟧',
    ],
  },
  {
    id: 'remember-updated-state',
    source: `${EFFECTS}#rememberupdatedstate`,
    stem: 'LaunchedEffect(true) { delay(3_000); onTimeout() } must call the latest onTimeout lambda the caller passed, without restarting the delay. What should the code do?',
    frames: [
      '⟦Keep it in rememberUpdatedState(onTimeout)|Pass onTimeout as the LaunchedEffect key=restarts the delay whenever the lambda changes|Call onTimeout as written, which always reads the latest lambda=forgets the effect captured the first lambda|Store onTimeout in rememberSaveable=thinks lambdas can be saved to the Bundle⟧',
    ],
  },
  {
    id: 'derived-state-of-threshold',
    source: `${EFFECTS}#derivedstateof`,
    stem: 'val showTop = listState.firstVisibleItemIndex > 0 makes the composable recompose on every scrolled item. Which form recomposes only when showTop itself changes?',
    frames: [
      '⟦val showTop by remember { derivedStateOf { listState.firstVisibleItemIndex > 0 } }|val showTop by rememberSaveable { mutableStateOf(listState.firstVisibleItemIndex > 0) }=saves a value computed once|val showTop by remember { mutableStateOf(listState.firstVisibleItemIndex > 0) }=computes once and never updates|LaunchedEffect(listState) { showTop = listState.firstVisibleItemIndex > 0 }=assigns once instead of deriving⟧',
    ],
  },
  {
    id: 'snapshot-flow',
    source: `${EFFECTS}#snapshotFlow`,
    stem: 'Inside a LaunchedEffect, you need a Flow that emits whenever listState.firstVisibleItemIndex changes, to log analytics. Which API converts the state reads into a Flow?',
    frames: [
      '⟦snapshotFlow { listState.firstVisibleItemIndex }|listState.interactionSource.interactions=emits touch and drag interactions, not index changes|produceState(0) { listState.firstVisibleItemIndex }=turns a source into State, not a Flow|derivedStateOf { listState.firstVisibleItemIndex }=gives State, not a Flow⟧',
    ],
  },
  {
    id: 'collect-as-state-with-lifecycle',
    source: `${STATE}#use-other-types-of-state-in-jetpack-compose`,
    stem: 'A composable collects a StateFlow from its ViewModel and should stop collecting while the app is in the background. Which call do the Android docs recommend?',
    frames: [
      '⟦collectAsStateWithLifecycle()|collectAsState()=ignores the lifecycle, collecting in the background|observeAsState() from the LiveData artifact=applies the LiveData adapter to a Flow|collectAsState(Dispatchers.IO)=thinks a background context stops collection in the background⟧',
    ],
  },
  {
    id: 'mutable-list-in-state',
    source: STATE,
    stem: 'A composable keeps items in val items = remember { mutableStateOf(mutableListOf<String>()) } and a click calls items.value.add("x"). What does the UI do?',
    frames: [
      '⟦Stale data: changes inside the list are not observed as state writes|It recomposes every composable that reads items=thinks mutating the list counts as a state write|It throws a ConcurrentModificationException=confuses observation with iteration|It recomposes only the new row=thinks Compose diffs the list itself⟧',
    ],
  },
  {
    id: 'remember-with-key',
    source: `${COMPOSE}/performance/bestpractices#use-remember`,
    stem: 'val sorted = remember(contacts) { contacts.sortedBy { it.name } }. When is the sort run again?',
    frames: [
      '⟦When contacts changes, or on re-entering composition|On every recomposition, since the lambda is simply run again=ignores that remember caches the result|Never again after the first composition=ignores the key argument|Only after a configuration change re-creates it=confuses remember with rememberSaveable⟧',
    ],
  },
  {
    id: 'modifier-order',
    source: `${COMPOSE}/modifiers#order-modifier-matters`,
    stem: 'A Box has Modifier.padding(16.dp).background(Color.Red). What does the red background cover?',
    frames: [
      '⟦Red shows inside the padding only|Red covers the padding as well, as order does not matter=ignores that modifiers apply in order|Red fills just the padding ring around the content=reads padding as where the background goes|Nothing red is drawn, as the order is invalid=thinks a misordered chain is ignored⟧',
    ],
  },
  {
    id: 'lazy-list-item-keys',
    source: `${COMPOSE}/lists#item-keys`,
    stem: 'What does passing key = { it.id } to items() in a LazyColumn achieve?',
    frames: [
      '⟦Each item’s state follows it on reorder|The list is sorted by id before it is displayed=confuses a key with a sort order|Items whose id repeats are dropped from the list=thinks keys filter the data|Nothing shows unless every item has a key=thinks keys are required⟧',
    ],
  },
  {
    id: 'screen-state-in-viewmodel',
    source: `${COMPOSE}/state-hoisting#viewmodels-as-state-owner`,
    stem: 'Screen UI state is produced from the data layer by business logic and must survive configuration changes. Where do the docs place it?',
    frames: [
      '⟦A screen-level ViewModel exposing it|In rememberSaveable in the leaf composables=keeps business logic in UI elements that cannot reach the data layer|In a top-level var of a Kotlin file=uses global mutable state Compose does not observe|In a CompositionLocal provided by the activity=confuses implicit dependencies with state ownership⟧',
    ],
  },
  {
    id: 'side-effect-publish-state',
    source: `${EFFECTS}#sideeffect-publish`,
    stem: 'After every successful recomposition, a composable must copy the current user type into an analytics library that is not managed by Compose. Which API fits?',
    frames: [
      '⟦SideEffect { analytics.setUserProperty(…) }|LaunchedEffect(Unit) around the same call=runs once, so later values are never published|The bare call in the composable body=publishes even when the recomposition is discarded|DisposableEffect(user) with an empty onDispose=ties publishing to key changes, not to each successful recomposition⟧',
    ],
  },
  {
    id: 'defer-state-reads-lambda-modifier',
    source: `${COMPOSE}/performance/bestpractices#defer-reads`,
    stem: 'A header moves as the list scrolls. Why do the performance docs prefer Modifier.offset { IntOffset(0, scroll.value) } over Modifier.offset(y = scroll.value.dp)?',
    frames: [
      '⟦It reads the state only in the layout phase, so scrolling skips recomposition|The lambda version’s value is cached across configuration changes=confuses deferred reads with saved state|Only the lambda version compiles with Int values=thinks the choice is about types|The dp version draws on a background thread=invents threading for modifiers⟧',
    ],
  },
  {
    id: 'skipping-stable-inputs',
    source: `${COMPOSE}/lifecycle#skipping`,
    stem: 'During a recomposition, when may Compose skip calling a composable function again?',
    frames: [
      '⟦When its inputs are unchanged since last time|When its body calls no side-effect APIs=confuses skipping with effect handling|Never; every composable re-runs on every recomposition=thinks recomposition repeats the whole tree|Whenever its parent recomposes=reverses the condition for skipping⟧',
    ],
  },
]
