import { ANDROID_DOCS, type AndroidFamily } from './android-family.js'

const LIFECYCLE = `${ANDROID_DOCS}/guide/components/activities/activity-lifecycle`
const FRAGMENTS = `${ANDROID_DOCS}/guide/fragments/lifecycle`
const VIEWMODEL = `${ANDROID_DOCS}/topic/libraries/architecture/viewmodel`
const INTENTS = `${ANDROID_DOCS}/guide/components/intents-filters`

/**
 * Activity and fragment lifecycles, saved state, ViewModel scope and the intents that start
 * components: what happens on rotation, Back and process death, each distractor the behaviour a
 * developer expects when carrying over a rule from another case.
 */
export const LIFECYCLE_FAMILIES: readonly AndroidFamily[] = [
  {
    id: 'rotation-recreates-activity',
    source: `${ANDROID_DOCS}/guide/topics/resources/runtime-changes`,
    stem: 'An activity that does not declare android:configChanges is resumed when the user rotates the device. Leaving out the state-saving callbacks, what lifecycle calls follow?',
    frames: [
      '⟦onPause, onStop, onDestroy, then onCreate, onStart, onResume anew|onConfigurationChanged on the same instance=assumes the activity handles the change itself|onPause and then onResume on the same instance=thinks a rotation only pauses the activity|onStop, onRestart, onStart and onResume on the same instance, which is kept=confuses a rotation with returning from another app⟧',
    ],
  },
  {
    id: 'save-instance-state-after-stop',
    source: `${ANDROID_DOCS}/reference/android/app/Activity#onSaveInstanceState(android.os.Bundle)`,
    stem: 'For an app targeting Android 9 (API level 28) or higher, when is Activity.onSaveInstanceState() called, if it is called?',
    frames: [
      '⟦After onStop()|Before onStop(), either side of onPause()=applies the rule for apps targeting earlier versions|Only in onDestroy(), once the activity is finishing=thinks state is saved when the user leaves for good|Before onCreate() of the next instance=thinks the new instance asks for the state⟧',
    ],
  },
  {
    id: 'back-on-root-launcher-activity',
    source: `${ANDROID_DOCS}/about/versions/12/behavior-changes-all#back-press`,
    stem: 'On Android 12 (API level 31) or higher, the user presses Back on the root launcher activity of its task, which has no custom back handling. What does the system do by default?',
    frames: [
      '⟦Moves the task to the background; the activity is kept, not finished|Finishes the activity, calling onPause(), onStop() and onDestroy()=applies the behaviour of Android 11 and lower|Kills the app process at once=confuses leaving an app with process death|Recreates the activity so it starts fresh next time=confuses Back with a configuration change⟧',
    ],
  },
  {
    id: 'back-finishes-non-root-activity',
    source: `${LIFECYCLE}#ondestroy`,
    stem: 'The user presses Back on an activity that is not the root of its task and has no custom back handling. What happens to that activity?',
    frames: [
      '⟦It is finished: onPause(), onStop(), then onDestroy()|It is stopped and kept on the back stack to resume later=confuses Back with pressing Home|It only receives onPause(), staying visible behind the previous one=confuses Back with a partial covering|It receives onSaveInstanceState() so the user can come back to it=thinks a finished activity saves its state⟧',
    ],
  },
  {
    id: 'process-death-restores-bundle',
    source: `${ANDROID_DOCS}/topic/libraries/architecture/saving-states`,
    stem: 'The system kills an app’s process while one of its activities is stopped in the background. When the user navigates back to it, what does the re-created activity get?',
    frames: [
      '⟦The instance state Bundle it saved before the process died, in onCreate()|Its previous ViewModel, with every field as it was=thinks a ViewModel outlives its process|Nothing: the app restarts at its launcher activity with no state=ignores that the system restores saved state|The same activity object, reattached from memory=confuses process death with a stop⟧',
    ],
  },
  {
    id: 'viewmodel-survives-rotation',
    source: `${VIEWMODEL}#lifecycle`,
    stem: 'An activity gets its ViewModel with by viewModels(). Which of these events does that ViewModel instance survive?',
    frames: [
      '⟦A rotation that re-creates the activity|The system killing the app’s process in the background=thinks a ViewModel outlives its process|The user pressing Back to finish the activity=thinks a ViewModel outlives a finished owner|A force stop from the system settings=thinks ViewModel state is persisted to disk⟧',
    ],
  },
  {
    id: 'viewmodel-on-cleared',
    source: `${VIEWMODEL}#lifecycle`,
    stem: 'When is onCleared() called on a ViewModel scoped to an activity?',
    frames: [
      '⟦Only when its owner finishes permanently|On every rotation, before the new activity is created=thinks the ViewModel is re-created with the activity|Whenever the activity reaches onStop()=ties the ViewModel to visibility|When the process is killed in the background=expects a callback at process death⟧',
    ],
  },
  {
    id: 'saved-state-handle',
    source: `${ANDROID_DOCS}/topic/libraries/architecture/viewmodel/viewmodel-savedstate`,
    stem: 'A ViewModel must keep a search query across both rotation and system-initiated process death. Where should it keep the query?',
    frames: [
      '⟦In the SavedStateHandle from its constructor|In a plain property of the ViewModel=thinks a ViewModel outlives process death|In a companion object of the ViewModel class itself=thinks static fields outlive the process|In a lateinit var of the Application class=thinks the Application object survives process death⟧',
    ],
  },
  {
    id: 'fragment-view-lifecycle-owner',
    source: FRAGMENTS,
    stem: 'A fragment observes LiveData in onViewCreated() to update views it inflated in onCreateView(). Which LifecycleOwner should it pass to observe()?',
    frames: [
      '⟦viewLifecycleOwner|this, the fragment itself=outlives the view, so observers pile up when the view is re-created|requireActivity(), the host activity=keeps updating views after the fragment’s view is destroyed|ProcessLifecycleOwner.get(), the app process=observes for as long as the app process lives⟧',
    ],
  },
  {
    id: 'fragment-replaced-on-back-stack',
    source: `${FRAGMENTS}#states`,
    stem: 'A fragment transaction replaces fragment A with fragment B and calls addToBackStack(). Which callbacks does A reach?',
    frames: [
      '⟦onDestroyView() but not onDestroy()|onDestroyView(), onDestroy() and onDetach()=ignores that the back stack keeps the fragment instance|Only onPause(), as its view stays under B=thinks a replaced fragment keeps its view|None; A stays resumed under B=confuses replace with add⟧',
    ],
  },
  {
    id: 'fragment-binding-cleared',
    source: `${ANDROID_DOCS}/topic/libraries/view-binding#fragments`,
    stem: 'A fragment keeps its view binding in a nullable property. In which callback should it set that property to null?',
    frames: [
      '⟦onDestroyView()|onDestroy()=outlives the view, so the binding leaks while on the back stack|onStop()=clears the binding while the view may still be shown again|onSaveInstanceState()=mistakes state saving for the end of the view⟧',
    ],
  },
  {
    id: 'bind-service-implicit-intent',
    source: `${INTENTS}#Types`,
    stem: 'On Android 5.0 (API level 21) or higher, an app calls bindService() with an implicit intent. What happens?',
    frames: [
      '⟦The system throws an exception|The system binds the first matching service=applies implicit resolution to services|The system shows a chooser of matching services=confuses services with activities|The call returns false and logs a warning only=thinks the restriction is advisory⟧',
    ],
  },
  {
    id: 'implicit-intent-no-handler',
    source: `${INTENTS}#ExampleSend`,
    stem: 'An app calls startActivity() with an implicit intent that no installed app can handle, and does not catch anything. What happens?',
    frames: [
      '⟦ActivityNotFoundException is thrown and the app crashes|The call is silently ignored and nothing is shown=thinks the system drops unresolved intents|An empty chooser dialog is shown with no apps in it=thinks the chooser always appears|Google Play opens to suggest an app that could handle it=invents a store fallback⟧',
    ],
  },
  {
    id: 'package-visibility-queries',
    source: `${ANDROID_DOCS}/training/package-visibility/declaring`,
    stem: 'An app targeting Android 11 (API level 30) calls queryIntentActivities() to list apps that handle a custom intent. What must its manifest declare for those apps to be visible?',
    frames: [
      '⟦<queries> naming the intent or packages|An <intent-filter> for that intent on one of its own activities=confuses receiving an intent with seeing its handlers|android:exported="true" on one of its own activities=confuses its own exposure with visibility of others|A <uses-library> element for each of those packages=confuses shared libraries with other apps⟧',
    ],
  },
  {
    id: 'single-top-on-new-intent',
    source: `${ANDROID_DOCS}/guide/components/activities/tasks-and-back-stack#TaskLaunchModes`,
    stem: 'An activity with launchMode="singleTop" is already at the top of the task when an intent starts it again. What happens?',
    frames: [
      '⟦The existing instance gets the intent via onNewIntent()|A new instance is created on top of the existing one=applies the standard launch mode|The whole task is cleared and the activity is created again=confuses singleTop with FLAG_ACTIVITY_CLEAR_TASK|The intent is dropped, as the activity is already shown=thinks a shown activity ignores intents⟧',
    ],
  },
  {
    id: 'register-for-activity-result-timing',
    source: `${ANDROID_DOCS}/training/basics/intents/result#register`,
    stem: 'Using the AndroidX Activity Result APIs, when should a fragment call registerForActivityResult()?',
    frames: [
      '⟦Unconditionally, before the fragment is created, e.g. when a property is initialised|Inside the click listener, right before the call to launch()=registers after the lifecycle has passed CREATED|In onResume(), so it is fresh each time=registers after CREATED and again on every resume|Once the result arrives, in onActivityResult()=mixes the deprecated callback with the new API⟧',
    ],
  },
  {
    id: 'activity-result-replaces-request-codes',
    source: `${ANDROID_DOCS}/training/basics/intents/result`,
    stem: 'With AndroidX Activity 1.2 or later, how do the docs recommend getting a result back from a started activity?',
    frames: [
      '⟦registerForActivityResult() with a contract|startActivityForResult() with a request code=uses the API the Activity Result APIs replace|A BroadcastReceiver that the started activity notifies=invents a side channel for results|Reading the result Intent in onResume()=thinks the result arrives with the resume⟧',
    ],
  },
  {
    id: 'heavy-shutdown-in-on-stop',
    source: `${LIFECYCLE}#onstop`,
    stem: 'Where do the activity lifecycle docs say to perform relatively CPU-intensive shutdown work, such as saving information to a database?',
    frames: [
      '⟦onStop()|onPause(), which is too brief for it=ignores that onPause() must finish quickly|onDestroy(), which may not be reached=relies on a call the system may skip|onSaveInstanceState()=mistakes the transient UI state Bundle for persistent storage⟧',
    ],
  },
  {
    id: 'multi-resume-in-multi-window',
    source: `${ANDROID_DOCS}/develop/adaptive-apps/guides/support-multi-window-mode`,
    stem: 'On Android 10 (API level 29) or higher, two apps share the screen in multi-window mode and the user taps the other app. What state is your visible activity in?',
    frames: [
      '⟦Still resumed, though no longer top resumed|Paused, since only one activity may be resumed at a time=applies the rule of Android 9 and lower|Stopped, as it lost the focus=confuses losing focus with being hidden|Destroyed, and re-created once it is resumed=confuses focus changes with configuration changes⟧',
    ],
  },
  {
    id: 'partly-covered-activity-paused',
    source: `${LIFECYCLE}#onpause`,
    stem: 'Your app starts one of its own translucent, dialog-themed activities, which partly covers the current activity; that activity stays partly visible. Which state does it enter?',
    frames: [
      '⟦Paused: it receives onPause() but not onStop(), as it is still visible|Stopped: it receives onPause() and then onStop()=thinks any new activity hides the old one|Destroyed, to free memory for the dialog=confuses covering with finishing|Still resumed; nothing is called=thinks a partial cover changes nothing⟧',
    ],
  },
  {
    id: 'explicit-intent-inside-app',
    source: `${INTENTS}#Types`,
    stem: 'An app starts one of its own activities, which has no intent filter. Which intent do the docs say to use?',
    frames: [
      '⟦One that names the activity class|An implicit intent with a custom action=expects an activity without an intent filter to resolve|A PendingIntent sent to itself=confuses deferring an intent with starting one|A broadcast intent the activity listens for=confuses activities with receivers⟧',
    ],
  },
]
