import { ANDROID_DOCS, type AndroidFamily } from './android-family.js'

const REQUESTING = `${ANDROID_DOCS}/training/permissions/requesting`
const LOCATION = `${ANDROID_DOCS}/develop/sensors-and-location/location/permissions`
const MEDIA = `${ANDROID_DOCS}/training/data-storage/shared/media`
const CHANGES_12 = `${ANDROID_DOCS}/about/versions/12/behavior-changes-12`

/**
 * Permissions, privacy and exposure to other apps, each keyed to the Android version that
 * introduced the rule (named in the stem): distractors apply an older version's rule, confuse
 * install-time with runtime permissions, or over- or under-expose a component.
 */
export const PERMISSION_FAMILIES: readonly AndroidFamily[] = [
  {
    id: 'post-notifications-runtime',
    source: `${ANDROID_DOCS}/develop/ui/views/notifications/notification-permission`,
    stem: 'An app targeting Android 13 (API level 33) runs on an Android 13 device and wants to post notifications. What must it do?',
    frames: [
      '⟦Declare POST_NOTIFICATIONS and request it at runtime|Nothing; notifications need no permission=applies the rule of Android 12 and lower|Declare POST_NOTIFICATIONS in the manifest, granted at install=treats a runtime permission as a normal one|Ask the user to enable it under Special app access=confuses it with special permissions⟧',
    ],
  },
  {
    id: 'internet-normal-permission',
    source: `${ANDROID_DOCS}/guide/topics/permissions/overview#normal`,
    stem: 'An app needs network access. How does it get the INTERNET permission?',
    frames: [
      '⟦Only a <uses-permission> manifest entry; granted at install|Requested at runtime with a permission dialog=treats a normal permission as a dangerous one|Nothing; no declaration is needed at all=thinks network access is unrestricted|The user turns it on in system settings=confuses it with special app access⟧',
    ],
  },
  {
    id: 'rationale-after-one-denial',
    source: `${REQUESTING}#explain`,
    stem: 'When does shouldShowRequestPermissionRationale() return true for a runtime permission?',
    frames: [
      '⟦After the user denied an earlier request, but not permanently|Before the app has ever asked for it=thinks the rationale comes first every time|After the user denied it permanently=reverses the permanent-denial case|Whenever the permission is already granted=confuses rationale with grant status⟧',
    ],
  },
  {
    id: 'two-denials-permanent',
    source: `${REQUESTING}#handle-denial`,
    stem: 'On Android 11 (API level 30) or higher, the user taps Deny for the same permission more than once while the app stays installed on the device. What happens when the app requests it again?',
    frames: [
      '⟦No system dialog appears; the request is treated as denied|The dialog is shown again each time the app asks=applies the behaviour of Android 10 and lower|The permission is granted automatically after a week=invents an automatic grant|The app is prevented from calling requestPermissions() at all=confuses a silent denial with an error⟧',
    ],
  },
  {
    id: 'background-location-incremental',
    source: `${LOCATION}#request-background-location`,
    stem: 'An app targeting Android 11 (API level 30) requests foreground and background location in the same runtime request. What does the system do?',
    frames: [
      '⟦It ignores the request and grants neither of the two permissions|Grants both after one dialog=thinks one dialog may cover both permissions|Grants foreground location only=thinks the background part is simply dropped|Shows the “Allow all the time” option in the dialog=applies the behaviour of Android 10⟧',
    ],
  },
  {
    id: 'background-location-settings',
    source: `${LOCATION}#request-background-location`,
    stem: 'On Android 11 (API level 30) or higher, after the app already has foreground location, how does the user grant background location?',
    frames: [
      '⟦In Settings, choosing “Allow all the time”|In a runtime dialog with an “Allow all the time” button=applies the Android 10 dialog|It is granted at install with the foreground permission=treats a dangerous permission as install-time|By tapping the app’s notification=invents a notification grant⟧',
    ],
  },
  {
    id: 'approximate-location-both',
    source: `${LOCATION}#approximate-request`,
    stem: 'An app targeting Android 12 (API level 31) needs precise location but must let the user choose approximate. Which permissions should one runtime request ask for?',
    frames: [
      '⟦ACCESS_FINE_LOCATION plus ACCESS_COARSE_LOCATION|ACCESS_FINE_LOCATION alone=ignores that the user must be able to choose approximate|ACCESS_COARSE_LOCATION alone=cannot get precise location|ACCESS_BACKGROUND_LOCATION together with ACCESS_FINE_LOCATION=confuses precision with background access⟧',
    ],
  },
  {
    id: 'app-specific-external-files',
    source: `${ANDROID_DOCS}/training/data-storage/app-specific#external`,
    stem: 'On Android 10 (API level 29) or higher, which permission does an app need to write files in the directory getExternalFilesDir() returns?',
    frames: [
      '⟦No permission at all|WRITE_EXTERNAL_STORAGE=applies the rule of Android 4.3 and lower, before app-specific directories needed no permission|MANAGE_EXTERNAL_STORAGE=reaches for all-files access for the app’s own files|READ_MEDIA_IMAGES=confuses app files with shared media⟧',
    ],
  },
  {
    id: 'granular-media-permissions',
    source: `${MEDIA}#storage-permission`,
    stem: 'An app targeting Android 13 (API level 33) must read images that other apps saved to shared storage. Which permission does it request?',
    frames: [
      '⟦READ_MEDIA_IMAGES|READ_EXTERNAL_STORAGE=has no effect for apps targeting Android 13|WRITE_EXTERNAL_STORAGE=applies the permission of storage before scoped storage|ACCESS_MEDIA_LOCATION=confuses reading location metadata with reading media⟧',
    ],
  },
  {
    id: 'read-external-storage-android-12',
    source: `${MEDIA}#storage-permission`,
    stem: 'An app targeting Android 12 (API level 31) runs on Android 12 and reads images that other apps saved to MediaStore. Which permission does it need?',
    frames: [
      '⟦READ_EXTERNAL_STORAGE|None; scoped storage gives access to every app’s media=confuses access to its own media with others’|READ_MEDIA_IMAGES, which that version ignores=applies the Android 13 permission to an older device|ACCESS_MEDIA_LOCATION alone=confuses location metadata with the media itself⟧',
    ],
  },
  {
    id: 'photo-picker-no-permission',
    source: `${ANDROID_DOCS}/training/data-storage/shared/photopicker`,
    stem: 'An app targeting Android 13 (API level 33) lets the user choose a few photos to attach and should request no storage permission. What do the docs recommend?',
    frames: [
      '⟦The photo picker (PickVisualMedia contract)|Query MediaStore for every image with no permission=thinks scoped storage shows other apps’ media freely|MANAGE_EXTERNAL_STORAGE and a custom image gallery=reaches for all-files access the stem rules out|READ_MEDIA_IMAGES and a custom image gallery=needs the storage permission the stem rules out⟧',
    ],
  },
  {
    id: 'media-location-metadata',
    source: `${MEDIA}#location-info-photos`,
    stem: 'On Android 10 (API level 29) or higher, an app reads a photo’s EXIF location, which the system redacts by default. What does it need?',
    frames: [
      '⟦ACCESS_MEDIA_LOCATION plus setRequireOriginal()|ACCESS_FINE_LOCATION, granted at runtime=confuses device location with photo metadata|ACCESS_BACKGROUND_LOCATION=thinks reading metadata is background location access|Nothing, since the EXIF data is never redacted at all=ignores the redaction scoped storage added⟧',
    ],
  },
  {
    id: 'pending-intent-mutability-required',
    source: `${CHANGES_12}#pending-intent-mutability`,
    stem: 'An app targeting Android 12 (API level 31) creates a PendingIntent without FLAG_IMMUTABLE or FLAG_MUTABLE. What happens?',
    frames: [
      '⟦An IllegalArgumentException is thrown|It silently defaults to mutable, as in Android 11=applies the rule of Android 11 and lower|It defaults to immutable silently=thinks the new default is applied for you|Only a lint warning is shown=thinks the requirement is advisory⟧',
    ],
  },
  {
    id: 'pending-intent-mutable-inline-reply',
    source: `${CHANGES_12}#pending-intent-mutability`,
    stem: 'For an app targeting Android 12 (API level 31), which PendingIntent must be created with FLAG_MUTABLE?',
    frames: [
      '⟦One for a notification’s direct reply action|One that opens an activity when the notification is tapped=thinks every notification intent must be mutable|One for an alarm that starts a fixed service=thinks alarms fill in the intent|One for a widget button that launches the app=confuses launching with modifying the intent⟧',
    ],
  },
  {
    id: 'exported-explicit-api-31',
    source: `${CHANGES_12}#exported`,
    stem: 'An app targeting Android 12 (API level 31) declares an activity with an intent filter. What must that <activity> element have?',
    frames: [
      '⟦An explicit android:exported value|android:exported="true", as intent filters require it=thinks an intent filter forces export|Nothing; exported defaults to true when a filter is present=applies the default of Android 11 and lower|An android:permission attribute=confuses access control with the exported flag⟧',
    ],
  },
  {
    id: 'runtime-receiver-export-flag',
    source: `${ANDROID_DOCS}/about/versions/14/behavior-changes-14#runtime-receivers-exported`,
    stem: 'An app targeting Android 14 (API level 34) registers a BroadcastReceiver in code with Context.registerReceiver() for its own, non-system broadcasts. What must the call include?',
    frames: [
      '⟦RECEIVER_EXPORTED or RECEIVER_NOT_EXPORTED|Nothing; receivers registered in code are never visible to other apps=thinks runtime receivers are private by default|android:exported in the manifest=confuses runtime registration with a manifest receiver|The BROADCAST_STICKY permission=confuses sticky broadcasts with exported receivers⟧',
    ],
  },
  {
    id: 'exported-false-meaning',
    source: `${ANDROID_DOCS}/guide/topics/manifest/activity-element#exported`,
    stem: 'Which apps can start an <activity> declared with android:exported="false"?',
    frames: [
      '⟦Its own app, apps sharing its user ID, and privileged system components|Nobody, not even its own app, can start it=thinks the flag disables the activity|Other apps may still start it through an intent filter it declares=thinks an intent filter overrides the flag|Only system apps can start it=confuses the flag with a signature permission⟧',
    ],
  },
  {
    id: 'file-provider-content-uri',
    source: `${ANDROID_DOCS}/training/secure-file-sharing/setup-sharing`,
    stem: 'An app targeting Android 7.0 (API level 24) or higher shares a file from its internal storage with another app. How should it do it?',
    frames: [
      '⟦A FileProvider content:// URI with a read grant|A file:// URI pointing at the file, in the intent data=triggers FileUriExposedException on API 24 and higher|Make the file world-readable and send its absolute path=relies on modes removed for security|Copy the bytes into an intent extra=ignores the size limit on intent extras⟧',
    ],
  },
  {
    id: 'cleartext-disabled-by-default',
    source: `${ANDROID_DOCS}/privacy-and-security/security-config#CleartextTrafficPermitted`,
    stem: 'An app targeting Android 9 (API level 28) with no network security configuration opens an http:// URL. What happens?',
    frames: [
      '⟦The cleartext request is refused|It loads normally with only a lint warning=applies the default of Android 8.1 and lower|The system upgrades it to https:// itself=invents an automatic upgrade|It loads on Wi-Fi only=invents a network-type rule⟧',
    ],
  },
  {
    id: 'one-time-permissions',
    source: `${ANDROID_DOCS}/training/permissions/requesting#one-time`,
    stem: 'On Android 11 (API level 30) or higher, which permissions can the user grant “Only this time”?',
    frames: [
      '⟦The location, microphone and camera permissions|Contacts, calendar and SMS=guesses the most sensitive data instead|Storage, contacts and the calendar=overextends one-time grants to other dangerous permissions|Notifications only=confuses it with the Android 13 notification prompt⟧',
    ],
  },
  {
    id: 'auto-reset-unused-apps',
    source: `${REQUESTING}#auto-reset-permissions-unused-apps`,
    stem: 'An app targeting Android 11 (API level 30) runs on Android 11 and has not been used for a few months. What can the system do to its runtime permissions?',
    frames: [
      '⟦Reset them, as if they had never been granted|Nothing; granted permissions last until revoked by the user=ignores the auto-reset feature|Turn them into one-time grants=confuses auto-reset with one-time permissions|Uninstall the app=confuses auto-reset with removing the app⟧',
    ],
  },
]
