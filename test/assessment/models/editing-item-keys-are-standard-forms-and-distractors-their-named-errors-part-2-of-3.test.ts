import { describeEditingKeyPart } from '../../support/editing-key-checks.js'

// The editing item models whose ids fall in part 2 (test/support/editing-key-checks.ts).
describeEditingKeyPart(1)
