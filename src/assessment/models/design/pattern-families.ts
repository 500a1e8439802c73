import type { UsageFamily } from '../editing/editing-model.js'

/**
 * Interaction patterns and usability heuristics: which of Nielsen's ten heuristics a design
 * breaks, and which control suits a job; each wrong answer is a neighbouring heuristic or a
 * control that fits a different job.
 */
export const PATTERN_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'heuristic-system-status',
    stem: 'An upload runs for a minute with no progress bar or message. Which of Nielsen’s heuristics does that break?',
    frames: [
      '⟦Visibility of system status|Error prevention=nothing here is an error to prevent|Aesthetic and minimalist design=the problem is missing feedback, not clutter|Recognition rather than recall=nothing must be remembered⟧',
    ],
  },
  {
    id: 'heuristic-real-world-match',
    stem: 'A travel app labels its button “Execute itinerary transaction” instead of “Book trip”. Which heuristic does that break?',
    frames: [
      '⟦Match between the system and the real world|Consistency and standards=the issue is the user’s language, not internal consistency|Visibility of system status=the issue is wording, not feedback|Flexibility and efficiency of use=the issue is wording, not shortcuts⟧',
    ],
  },
  {
    id: 'heuristic-user-control',
    stem: 'Deleting an email cannot be undone and there is no way back out of a multi-step wizard. Which heuristic does that break?',
    frames: [
      '⟦User control and freedom|Help and documentation=the issue is escape and undo, not help|Match between the system and the real world=the issue is escape and undo, not wording|Aesthetic and minimalist design=the issue is escape and undo, not clutter⟧',
    ],
  },
  {
    id: 'heuristic-consistency',
    stem: 'The Save button is green on one screen and grey on the next, and called “Store” on a third. Which heuristic does that break?',
    frames: [
      '⟦Consistency and standards|Visibility of system status=the issue is inconsistency, not feedback|Error prevention=the issue is inconsistency, not error-prone design|Help and documentation=the issue is inconsistency, not help⟧',
    ],
  },
  {
    id: 'heuristic-error-prevention',
    stem: 'A date-of-travel field accepts dates in the past and only complains after submission. Which heuristic does that break first?',
    frames: [
      '⟦Error prevention|Help users recognise, diagnose and recover from errors=that concerns messages after an error, not preventing it|User control and freedom=the issue is prevention, not undo|Recognition rather than recall=nothing must be remembered⟧',
    ],
  },
  {
    id: 'heuristic-recognition',
    stem: 'A command-driven tool makes users remember the exact name of every report to type it in. Which heuristic does that break?',
    frames: [
      '⟦Recognition rather than recall|Flexibility and efficiency of use=that concerns shortcuts for experts|Visibility of system status=the issue is memory load, not feedback|Match between the system and the real world=the issue is memory load, not wording⟧',
    ],
  },
  {
    id: 'heuristic-flexibility',
    stem: 'Expert users of a spreadsheet tool have no keyboard shortcuts and must use menus for every action. Which heuristic does that break?',
    frames: [
      '⟦Flexibility and efficiency of use|Recognition rather than recall=menus already support recognition|Consistency and standards=the issue is speed for experts, not consistency|User control and freedom=the issue is speed for experts, not undo⟧',
    ],
  },
  {
    id: 'heuristic-minimalist',
    stem: 'A sign-in screen shows the login form among promotions, a news feed and six banners. Which heuristic does that break?',
    frames: [
      '⟦Aesthetic and minimalist design|Visibility of system status=the issue is clutter, not feedback|Error prevention=the issue is clutter, not error-prone design|Match between the system and the real world=the issue is clutter, not wording⟧',
    ],
  },
  {
    id: 'heuristic-error-recovery',
    stem: 'A payment fails with the message “Error 0x80040154”. Which heuristic does that break?',
    frames: [
      '⟦Help users recognise, diagnose and recover from errors|Error prevention=the error has already happened; the issue is the message|Visibility of system status=the system did report a status; it is unusable|Consistency and standards=the issue is an unusable message, not inconsistency⟧',
    ],
  },
  {
    id: 'heuristic-help-docs',
    stem: 'A complex tax tool offers no searchable help or task-based guidance anywhere. Which heuristic does that break?',
    frames: [
      '⟦Help and documentation|Recognition rather than recall=the issue is missing help, not memory load|User control and freedom=the issue is missing help, not undo|Aesthetic and minimalist design=the issue is missing help, not clutter⟧',
    ],
  },
  {
    id: 'radio-for-few-choices',
    stem: 'Users must choose exactly one of three delivery speeds. Which control suits that best?',
    frames: [
      '⟦Three radio buttons, all visible|Three checkboxes=checkboxes allow several choices|A drop-down menu=hides three options that could all be visible|A toggle switch=a switch has only two states⟧',
    ],
  },
  {
    id: 'switch-versus-checkbox',
    stem: 'A setting should take effect the moment the user changes it, with no Save button. Which control fits?',
    frames: [
      '⟦A toggle switch|A checkbox=a checkbox implies a choice submitted later with a form|A radio button on its own=a single radio button cannot be turned off|A drop-down with On and Off=two states need no menu⟧',
    ],
  },
  {
    id: 'visible-navigation',
    stem: 'A desktop site with five main sections hides them all behind a hamburger icon. What is the main cost?',
    frames: [
      '⟦Users see the sections less, so they discover and use them less|None: the icon is universally understood=recognising the icon does not make hidden items visible|Slower page loads=a menu icon has no effect on load time|Lower contrast of the links=hiding the links is the problem, not contrast⟧',
    ],
  },
  {
    id: 'inline-validation-timing',
    stem: 'When should a form field’s format error (for example an email without @) first appear?',
    frames: [
      '⟦When the user leaves the field|As soon as the user types the first character=flags the field before the user has had a chance to finish|Only after the whole form is submitted=delays feedback until the user has moved on|Never: the server will reject it=leaves the user without feedback⟧',
    ],
  },
  {
    id: 'progressive-disclosure',
    stem: 'An export dialog has six common options and twenty rarely used ones. Which design applies progressive disclosure?',
    frames: [
      '⟦Show the six common options; put the rest behind an Advanced section|Show all twenty-six at once, in alphabetical order=overwhelms users with rare options|Hide all twenty-six behind a Settings button=hides the common options too|Drop the twenty rare options from the product=removes features instead of deferring them⟧',
    ],
  },
  {
    id: 'skeleton-for-known-layout',
    stem: 'A feed takes about two seconds to load and always has the same layout. Which loading indicator suits it?',
    frames: [
      '⟦A skeleton screen showing the layout’s shape|No indicator: two seconds is too short to matter=leaves users unsure whether anything is happening|A full-page modal spinner with a percentage=a precise percentage is not known here and the modal blocks the page|A message asking the user to refresh=puts the work on the user⟧',
    ],
  },
  {
    id: 'empty-state',
    stem: 'A new user opens a project dashboard that has no projects yet. What should the empty state show?',
    frames: [
      '⟦A short explanation and a button to create the first project|A blank page, since there is nothing to show=leaves new users with no way forward|An error message saying no data was found=treats a normal state as an error|Sample charts filled with fake numbers=fake data misleads users about their account⟧',
    ],
  },
]
