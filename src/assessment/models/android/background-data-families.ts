import { ANDROID_DOCS, type AndroidFamily } from './android-family.js'

const WORK = `${ANDROID_DOCS}/develop/background-work/background-tasks/persistent`
const COROUTINES = `${ANDROID_DOCS}/kotlin/coroutines`
const ROOM = `${ANDROID_DOCS}/training/data-storage/room`
const DATASTORE = `${ANDROID_DOCS}/topic/libraries/architecture/datastore`

/**
 * Background work, coroutines and local data: WorkManager requests, dispatchers and scopes,
 * foreground service rules by version, Room and DataStore. Distractors pick the scope, dispatcher
 * or storage that fits a neighbouring job, or apply an older version's rule.
 */
export const BACKGROUND_DATA_FAMILIES: readonly AndroidFamily[] = [
  {
    id: 'workmanager-persistent-work',
    source: `${ANDROID_DOCS}/develop/background-work/background-tasks/persistent/getting-started`,
    stem: 'A photo upload may be deferred but must still run if the user leaves the app or the device restarts. What do the docs recommend?',
    frames: [
      '⟦A WorkManager work request|A coroutine launched in viewModelScope=is cancelled when the ViewModel is cleared|A Thread started from the Application class=dies with the process and is not rescheduled|An exact alarm from AlarmManager=confuses exact timing with persistent, deferrable work⟧',
    ],
  },
  {
    id: 'work-unmetered-constraint',
    source: `${WORK}/getting-started/define-work#work-constraints`,
    stem: 'A WorkManager sync must run only on an unmetered network, such as most Wi-Fi. Which NetworkType does it pass to setRequiredNetworkType()?',
    frames: [
      '⟦NetworkType.UNMETERED|NetworkType.METERED=reverses metered and unmetered|NetworkType.CONNECTED=allows metered mobile data too|NetworkType.NOT_ROAMING=still allows metered networks at home⟧',
    ],
  },
  {
    id: 'periodic-work-minimum-interval',
    source: `${WORK}/getting-started/define-work#schedule_periodic_work`,
    stem: 'What is the minimum repeat interval of a WorkManager PeriodicWorkRequest?',
    frames: [
      '⟦15 minutes|5 minutes=confuses the minimum flex interval with the repeat interval|Any interval at all, even a few seconds=thinks periodic work is exact and unrestricted|1 minute, like a repeating alarm=carries over an alarm habit⟧',
    ],
  },
  {
    id: 'expedited-work',
    source: `${WORK}/getting-started/define-work#expedited`,
    stem: 'Short work the user asked for, such as sending a message, should start as soon as possible through WorkManager. Which request fits?',
    frames: [
      '⟦setExpedited() on a OneTimeWorkRequest|A PeriodicWorkRequest every 15 minutes=cannot be expedited and repeats|setInitialDelay(0) on a PeriodicWorkRequest=thinks zero delay gives priority|A foreground service started from the background=leaves WorkManager for a service the background may not start⟧',
    ],
  },
  {
    id: 'unique-work-keep',
    source: `${WORK}/how-to/managing-work#unique-work`,
    stem: 'enqueueUniqueWork("sync", ExistingWorkPolicy.KEEP, request) is called while unfinished work named sync exists. What happens?',
    frames: [
      '⟦The new request is ignored and the existing work goes on unchanged|The existing work is cancelled and replaced by the new=describes the REPLACE policy|The new work runs after the existing work=describes the APPEND policy|The two requests run side by side=ignores what unique work is for⟧',
    ],
  },
  {
    id: 'dispatchers-io-blocking',
    source: `${COROUTINES}#use-coroutines-for-main-safety`,
    stem: 'A suspend function reads a large file with blocking java.io calls. Which dispatcher should it switch to with withContext?',
    frames: [
      '⟦Dispatchers.IO|Dispatchers.Main=blocks the UI thread|Dispatchers.Main.immediate=still runs on the UI thread|Dispatchers.Default=sizes its pool for CPU work, not blocking I/O⟧',
    ],
  },
  {
    id: 'dispatchers-default-cpu',
    source: `${COROUTINES}#use-coroutines-for-main-safety`,
    stem: 'A suspend function sorts a list of 100,000 items in memory. Which dispatcher do the docs recommend for it?',
    frames: [
      '⟦Dispatchers.Default|Dispatchers.IO, as it is not on the main thread=treats any off-main work as I/O|Dispatchers.Main.immediate=runs CPU-heavy work on the UI thread|Dispatchers.Unconfined=runs on whatever thread resumed it⟧',
    ],
  },
  {
    id: 'view-model-scope-cancelled',
    source: `${ANDROID_DOCS}/topic/libraries/architecture/coroutines#viewmodelscope`,
    stem: 'When is a coroutine launched in viewModelScope cancelled?',
    frames: [
      '⟦When the ViewModel is cleared, as its owner finishes for good|When the activity is rotated=thinks the ViewModel ends with the activity instance|When the activity reaches onStop()=ties ViewModel work to visibility|Never; it must be cancelled by hand=thinks viewModelScope is a global scope⟧',
    ],
  },
  {
    id: 'lifecycle-scope-rotation',
    source: `${ANDROID_DOCS}/topic/libraries/architecture/coroutines#lifecyclescope`,
    stem: 'An activity launches a download in lifecycleScope, and the user rotates the device while it runs. What happens to that coroutine?',
    frames: [
      '⟦It is cancelled when the old activity is destroyed|It continues, as work in viewModelScope would=confuses lifecycleScope with viewModelScope|It pauses and resumes in the new activity=thinks coroutines move between owners|It keeps running and updates the new activity’s views=thinks the scope follows the new instance⟧',
    ],
  },
  {
    id: 'repeat-on-lifecycle-started',
    source: `${ANDROID_DOCS}/topic/libraries/architecture/coroutines#restart`,
    stem: 'An activity must collect a Flow only while it is at least STARTED, stopping when it goes to the background and restarting when it returns. What should it write in onCreate()?',
    frames: [
      '⟦lifecycleScope.launch { repeatOnLifecycle(STARTED) { flow.collect { … } } }|lifecycleScope.launch { flow.collect { … } } started in onStart()=never cancels on stop, so collectors pile up|lifecycleScope.launch { flow.collect { … } }=keeps collecting while the activity is in the background|GlobalScope.launch(Dispatchers.Main) { flow.collect { … } } started in onStart()=outlives the activity and leaks it⟧',
    ],
  },
  {
    id: 'suspend-main-safety',
    source: `${COROUTINES}/coroutines-best-practices#main-safe`,
    stem: 'What do the Android coroutine best practices say about a suspend function that does blocking work?',
    frames: [
      '⟦Make it main-safe: it moves its own work off the main thread with withContext|Callers must wrap every call in withContext(Dispatchers.IO)=puts the threading burden on callers|It runs on a background thread because it is suspend=thinks suspend means background|It should block inside runBlocking=blocks the calling thread⟧',
    ],
  },
  {
    id: 'fgs-type-api-34',
    source: `${ANDROID_DOCS}/about/versions/14/changes/fgs-types-required`,
    stem: 'An app targeting Android 14 (API level 34) starts a foreground service. What must its manifest declare?',
    frames: [
      '⟦A service type, FOREGROUND_SERVICE and the type’s permission|FOREGROUND_SERVICE alone, as on earlier versions=applies the rule of Android 9 to 13|No manifest entries, since foreground services need none at all=ignores the permission and type requirements|POST_NOTIFICATIONS alone, as on earlier versions=confuses the notification permission with the service permission⟧',
    ],
  },
  {
    id: 'fgs-background-start-api-31',
    source: `${ANDROID_DOCS}/develop/background-work/services/fgs/restrictions-bg-start`,
    stem: 'An app targeting Android 12 (API level 31) calls startForegroundService() while it runs in the background, with no exemption. What happens?',
    frames: [
      '⟦The call throws a ForegroundServiceStartNotAllowedException|The service starts normally=applies the rule of Android 11 and lower|It starts as a background service instead=invents a silent downgrade|The call waits until the app returns to the foreground=invents a queue for the start⟧',
    ],
  },
  {
    id: 'room-entity-primary-key',
    source: `${ROOM}/defining-data#primary-key`,
    stem: 'What must every Room @Entity class define?',
    frames: [
      '⟦A primary key of one or more columns|A @ColumnInfo annotation on every field=thinks columns need explicit names|A no-argument constructor and Serializable=carries over a Java serialisation habit|A DAO method for each field=confuses entities with DAOs⟧',
    ],
  },
  {
    id: 'room-main-thread-query',
    source: `${ROOM}/async-queries`,
    stem: 'A DAO method that is not suspend and returns List<User> directly is called on the main thread, and the database was built without allowMainThreadQueries(). What happens?',
    frames: [
      '⟦Room throws an IllegalStateException|The query runs and may freeze the UI=thinks Room only warns about main-thread access|Room moves the query to a background thread=thinks Room makes blocking calls asynchronous|It returns an empty list until the data is loaded=confuses a blocking query with an observable one⟧',
    ],
  },
  {
    id: 'room-missing-migration',
    source: `${ROOM}/migrating-db-versions`,
    stem: 'An app raises its Room database version from 1 to 2, changes a table, and provides no Migration, no auto-migration and no destructive fallback. What happens on first open after the update?',
    frames: [
      '⟦Room throws an IllegalStateException when it opens the database|Room drops every table and re-creates it empty=describes what fallbackToDestructiveMigration() does|Room alters the table to match on its own=assumes automatic migration without declaring one|Room keeps opening the version 1 schema=thinks the version bump is ignored⟧',
    ],
  },
  {
    id: 'room-auto-migration-schema',
    source: `${ROOM}/migrating-db-versions#automated`,
    stem: 'A Room @Database declares autoMigrations = [AutoMigration(from = 1, to = 2)]. What does Room need for this to compile?',
    frames: [
      '⟦exportSchema = true and the version 1 schema file|Nothing else; Room infers version 1 from the entity classes=forgets the old schema is no longer in code|A Migration object with the SQL for 1 to 2=confuses automatic with manual migration|fallbackToDestructiveMigration() on the builder=confuses migration with wiping data⟧',
    ],
  },
  {
    id: 'room-flow-reemits',
    source: `${ROOM}/async-queries#observable`,
    stem: 'A DAO method is declared fun users(): Flow<List<User>> with a @Query. How does the Flow behave?',
    frames: [
      '⟦It emits the current rows, then again whenever a queried table changes|It emits the current rows once and completes=confuses an observable query with a one-shot query|It must be collected on the main thread=thinks Room queries are main-bound|It emits only after you call refresh() on the DAO=invents a manual refresh⟧',
    ],
  },
  {
    id: 'datastore-over-shared-preferences',
    source: DATASTORE,
    stem: 'Why do the Jetpack docs recommend DataStore over SharedPreferences for key-value data?',
    frames: [
      '⟦It stores data asynchronously and transactionally, exposing it as a Flow|It supports SQL queries and joins across files=confuses DataStore with Room|It allows several instances for one file in a process=reverses the single-instance rule|It reads synchronously on the UI thread, faster=reverses its asynchronous design⟧',
    ],
  },
  {
    id: 'datastore-single-instance',
    source: `${DATASTORE}#correct_usage`,
    stem: 'What rule do the DataStore docs give for instances of a DataStore that owns a given file?',
    frames: [
      '⟦At most one per file within a process|Create a new instance in every activity that reads it=breaks the single-instance rule|One instance per ViewModel, cleared with it=breaks the single-instance rule across screens|Share the file with SharedPreferences for reads=mixes two storage APIs on one file⟧',
    ],
  },
  {
    id: 'shared-preferences-apply',
    source: `${ANDROID_DOCS}/reference/android/content/SharedPreferences.Editor#apply()`,
    stem: 'What does SharedPreferences.Editor.apply() do with the edits?',
    frames: [
      '⟦It commits them to memory at once; the disk write happens in the background|Writes to disk synchronously, returning whether it succeeded=describes what commit() does|Keeps them in memory only until the process dies=thinks apply() never persists|Queues them until the next call to commit()=invents a dependency on commit()⟧',
    ],
  },
]
