import { ANDROID_DOCS, type AndroidFamily } from './android-family.js'

const SHRINK = `${ANDROID_DOCS}/build/shrink-code`
const VERSIONING = `${ANDROID_DOCS}/studio/publish/versioning`

/**
 * Building and shipping a release: build types and flavours, shrinking with R8, version codes,
 * SDK levels and Google Play's rules (the stem names the date a Play rule applies from).
 * Distractors mix up the settings a release build has or apply an earlier year's Play rule.
 */
export const RELEASE_FAMILIES: readonly AndroidFamily[] = [
  {
    id: 'version-code-increases',
    source: `${VERSIONING}#versioningsettings`,
    stem: 'A freelancer uploads an update of a client’s app to Google Play. What must the new build’s versionCode be?',
    frames: [
      '⟦A positive integer higher than the previous upload’s versionCode|The same as before, as long as versionName changed=thinks versionName identifies the upload|Any value, as Play reads versionName=confuses the user-facing name with the internal number|Greater than minSdk=confuses the version code with the SDK level⟧',
    ],
  },
  {
    id: 'version-code-maximum',
    source: `${VERSIONING}#versioningsettings`,
    stem: 'What is the greatest versionCode Google Play allows?',
    frames: [
      '⟦2100000000|2147483647=takes the maximum of a signed 32-bit int|4294967295=takes the maximum of an unsigned 32-bit int|65535=takes the limit of an unsigned 16-bit value⟧',
    ],
  },
  {
    id: 'variant-names',
    source: `${ANDROID_DOCS}/build/build-variants#product-flavors`,
    stem: 'A module has the build types debug and release and, in one flavour dimension, the product flavours free and paid. Which build variants does Gradle create?',
    frames: [
      '⟦freeDebug, freeRelease, paidDebug, paidRelease|debugFree, debugPaid, releaseFree and releasePaid=puts the build type before the flavour|free, paid, debug and release=treats each flavour and type as a variant|freeDebug and paidRelease only=pairs each flavour with one type⟧',
    ],
  },
  {
    id: 'minify-enables-r8',
    source: SHRINK,
    stem: 'In an Android Gradle Plugin 8 project, what does isMinifyEnabled = true in the release build type turn on?',
    frames: [
      '⟦R8, which shrinks, obfuscates and optimises the app’s code|Resource shrinking only=confuses it with isShrinkResources|Signing the APK with the release key=confuses shrinking with signing|ProGuard, since R8 is used only for debug builds=reverses which tool AGP uses⟧',
    ],
  },
  {
    id: 'shrink-resources-needs-minify',
    source: `${SHRINK}#shrink-resources`,
    stem: 'A release build type sets isShrinkResources = true. What else must it set for resource shrinking to work?',
    frames: [
      '⟦isMinifyEnabled = true as well|isDebuggable = false=thinks shrinking depends on a non-debuggable build|Nothing; resource shrinking works alone=ignores that it relies on code shrinking|isCrunchPngs = false=confuses PNG crunching with resource shrinking⟧',
    ],
  },
  {
    id: 'keep-rule-reflection',
    source: `${SHRINK}#keep-code`,
    stem: 'A release build crashes because R8 removed a class the app loads only by reflection. What is the fix the docs give?',
    frames: [
      '⟦A -keep rule for the class in the module’s ProGuard rules file|Make the class and its constructor public=thinks visibility stops shrinking|Turn off R8 in the debug build type only=changes the wrong build|Annotate the class and its members with @JvmStatic=confuses a Kotlin interop annotation with a keep rule⟧',
    ],
  },
  {
    id: 'mapping-file-retrace',
    source: `${SHRINK}#decode-stack-trace`,
    stem: 'Crash stack traces from an obfuscated release are unreadable in Play Console. Which file from that build should be uploaded to de-obfuscate them?',
    frames: [
      '⟦mapping.txt|usage.txt=lists removed code, not renamed names|seeds.txt=lists kept entry points, not renamed names|proguard-rules.pro=holds the rules, not the result of renaming⟧',
    ],
  },
  {
    id: 'application-id-suffix',
    source: `${ANDROID_DOCS}/build/build-variants#change-app-id`,
    stem: 'The debug build type sets applicationIdSuffix = ".debug". What does that allow?',
    frames: [
      '⟦Debug and release installed side by side|Renaming the Kotlin package of the debug sources=confuses the application ID with the code namespace|Uploading the debug build to Play as the same app=thinks the suffix keeps the Play identity|Signing the debug build with the release key=confuses the ID with signing⟧',
    ],
  },
  {
    id: 'app-bundle-new-apps',
    source: `${ANDROID_DOCS}/guide/app-bundle`,
    stem: 'Since August 2021, in what format must new apps be published on Google Play?',
    frames: [
      '⟦Android App Bundle (.aab)|A universal APK=applies the rule before August 2021|Split APKs built and uploaded by hand=confuses what Play generates with what you upload|An instant app ZIP=confuses instant apps with the publishing format⟧',
    ],
  },
  {
    id: 'play-target-api-2025',
    source: `${ANDROID_DOCS}/google/play/requirements/target-sdk`,
    stem: 'Under Google Play’s target API level requirement from 31 August 2025, which API level must new phone apps and app updates target at least?',
    frames: [
      '⟦Android 15 (API level 35)|Android 14 (API level 34)=applies the requirement from August 2024|Android 13 (API level 33)=applies the requirement from August 2023|Android 16 (API level 36)=applies a later requirement early⟧',
    ],
  },
  {
    id: 'target-sdk-behaviour-changes',
    source: `${ANDROID_DOCS}/guide/topics/manifest/uses-sdk-element`,
    stem: 'Which Gradle setting opts an app in to the behaviour changes a new Android version applies to apps that target it?',
    frames: [
      '⟦targetSdk|compileSdk=only controls which APIs the code compiles against|minSdk=only sets the lowest version that can install the app|versionCode=confuses the app’s own version with the platform’s⟧',
    ],
  },
  {
    id: 'min-sdk-install',
    source: `${ANDROID_DOCS}/guide/topics/manifest/uses-sdk-element`,
    stem: 'An app sets minSdk = 26. What happens on a device running API level 24?',
    frames: [
      '⟦The app cannot be installed there|It installs and crashes at launch=thinks minSdk is checked at run time|It installs with features above 24 turned off=thinks the system disables APIs for you|It installs if targetSdk is high enough=confuses minSdk with targetSdk⟧',
    ],
  },
  {
    id: 'play-app-signing-keys',
    source: `${ANDROID_DOCS}/studio/publish/app-signing#app-signing-google-play`,
    stem: 'With Play App Signing, which key signs the APKs Google Play delivers to users’ devices?',
    frames: [
      '⟦The app signing key Google manages|The upload key the developer signs the bundle with=confuses the upload key with the app signing key|The debug keystore of the developer’s machine=thinks debug signing reaches users|No key; Play serves unsigned APKs=thinks Play strips signatures⟧',
    ],
  },
]
