import { describeEditingKeyPart } from '../../support/editing-key-checks.js'

// The editing item models whose ids fall in part 3 (test/support/editing-key-checks.ts).
describeEditingKeyPart(2)
