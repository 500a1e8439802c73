import { describeGuessingPart } from '../../support/guessing-shard.js'

// The item models and offered tests whose ids fall in part 3 (test/support/guessing-shard.ts).
describeGuessingPart(2)
