import { choose, family, screen, type TwFamily } from './tw-text.js'

/**
 * Topic types and documentation modes: DITA 1.3's task, concept, reference and troubleshooting
 * topics (OASIS DITA 1.3, Part 3, "Technical content") and the four modes of the Diátaxis
 * framework. The wrong answers are the confusions that make a topic fail its reader: steps
 * written as an essay, reference data inside a task, a tutorial used as a how-to guide.
 */
export const TOPIC_FAMILIES: readonly TwFamily[] = [
  family('topic-type-for-content', (rng) => {
    const s = screen(rng)
    const kind = rng.pick(['task', 'concept', 'reference', 'troubleshooting'] as const)
    const content = {
      task: `the numbered steps to ${s.goal} in ${s.app}`,
      concept: `an explanation of what the ${s.page} page is for and how it fits the rest of ${s.app}`,
      reference: `a table of every ${s.app} setting on the ${s.page} page with its type, range and default`,
      troubleshooting: `what to do when ${s.app} shows the “${s.banner}” banner: its cause and how to clear it`,
    }[kind]
    const name = {
      task: 'Task',
      concept: 'Concept',
      reference: 'Reference',
      troubleshooting: 'Troubleshooting',
    }
    const why = {
      task: 'treats steps as something to look up or understand rather than do',
      concept: 'treats background as something to do or look up',
      reference: 'treats look-up data as steps or background',
      troubleshooting: 'treats a problem and its remedy as ordinary content',
    }
    return choose(rng, {
      stem: `A writer structures ${s.app} help as DITA 1.3 topics. Which topic type holds ${content}?`,
      key: name[kind],
      wrong: (['task', 'concept', 'reference', 'troubleshooting'] as const)
        .filter((k) => k !== kind)
        .map((k) => [name[k], why[k]]),
      facts: { check: 'table', kind },
    })
  }),
  family('dita-task-element', (rng) => {
    const part = rng.pick(['prereq', 'result', 'postreq', 'context'] as const)
    const what = {
      prereq: 'what the reader must have or do before starting',
      result: 'what the reader sees once the steps are done',
      postreq: 'what the reader should do next, after finishing the task',
      context: 'background on why and when the task is done',
    }[part]
    const tag = {
      prereq: '<prereq>',
      result: '<result>',
      postreq: '<postreq>',
      context: '<context>',
    }
    const mix = {
      prereq: 'confuses what comes before the steps with what comes after',
      result: 'confuses the outcome with the next task',
      postreq: 'confuses the next task with the outcome',
      context: 'confuses background with requirements',
    }
    const wrong = (['prereq', 'result', 'postreq', 'context'] as const)
      .filter((p) => p !== part)
      .map((p) => [tag[p], mix[p]] as [string, string])
    return choose(rng, {
      stem: `In a DITA 1.3 task topic, which element holds ${what}?`,
      key: tag[part],
      wrong: [...wrong, ['<stepxmp>', 'puts task-level content in a single step’s example']],
      facts: { check: 'table', part },
      code: true,
    })
  }),
  family('troubleshooting-order', (rng) => {
    const s = screen(rng)
    const symptom = rng.pick([
      `the “${s.banner}” banner`,
      `error code E${rng.int(100, 999)} at sign-in`,
      `a ${s.page} page that loads blank`,
      `exports that stop at ${rng.int(2, 9)}0 %`,
    ])
    return choose(rng, {
      stem: `A DITA 1.3 troubleshooting topic covers ${symptom} in ${s.app}. In what order do its condition, cause and remedy come?`,
      key: 'Condition, cause, remedy',
      wrong: [
        [
          'Remedy, condition, cause',
          'gives the fix before the reader can tell it is their problem',
        ],
        ['Cause, remedy, condition', 'explains before naming the symptom the reader searched for'],
        ['Condition, remedy, cause', 'gives the fix before explaining the cause it removes'],
      ],
      facts: { check: 'table' },
    })
  }),
  family('diataxis-mode', (rng) => {
    const s = screen(rng)
    const mode = rng.pick(['tutorial', 'how-to', 'reference', 'explanation'] as const)
    const need = {
      tutorial: `a newcomer’s first guided lesson, building a sample project in ${s.app} step by step to learn it`,
      'how-to': `steps for an experienced user who already knows ${s.app} and needs to ${s.goal}`,
      reference: `a complete, neutral description of every option of the ${s.app} command-line tool`,
      explanation: `a discussion of why ${s.app} stores data the way it does and the trade-offs involved`,
    }[mode]
    const name = {
      tutorial: 'Tutorial',
      'how-to': 'How-to guide',
      reference: 'Reference',
      explanation: 'Explanation',
    }
    const why = {
      tutorial: 'takes a learning lesson for the answer to a work goal',
      'how-to': 'takes a goal-directed recipe for a lesson',
      reference: 'takes complete description for steps',
      explanation: 'takes discussion for instruction',
    }
    return choose(rng, {
      stem: `Under the Diátaxis framework, which kind of documentation is ${need}?`,
      key: name[mode],
      wrong: (['tutorial', 'how-to', 'reference', 'explanation'] as const)
        .filter((m) => m !== mode)
        .map((m) => [name[m], why[m]]),
      facts: { check: 'table', mode },
    })
  }),
  family('mixed-topic-fix', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `A ${s.app} task topic on how to ${s.goal} has three paragraphs on the history and design of the ${s.page} page between steps 2 and 3. What is the best fix in a topic-based help system?`,
      key: 'Move the paragraphs to a concept topic and link to it',
      wrong: [
        ['Turn the paragraphs into a note inside step 2', 'hides concept content in an admonition'],
        ['Number the paragraphs as extra steps', 'presents background as actions'],
        ['Leave them and bold the key sentences', 'keeps the interruption and adds emphasis noise'],
        ['Move the paragraphs into the steps’ result', 'mislabels background as an outcome'],
        [
          'Move the paragraphs to the end of the task topic, after the last step, under a History heading',
          'keeps concept content in the task, only moved',
        ],
        [
          'Keep the paragraphs where they are but set them in a smaller font so the steps stand out',
          'keeps the interruption and only changes its look',
        ],
      ],
      facts: { check: 'table' },
    })
  }),
  family('minimalism-meta-text', (rng) => {
    const s = screen(rng)
    const open = `To ${s.goal}, complete the following steps.`
    return choose(rng, {
      stem: `Which opening of the ${s.app} task topic follows minimalism (action first, no talk about the document itself)?`,
      key: open,
      wrong: [
        [
          `In this section, you will learn how to ${s.goal}. ${open}`,
          'opens with meta-text about the section',
        ],
        [
          `This topic describes the procedure to ${s.goal}, which is explained below.`,
          'describes the document instead of the task',
        ],
        [
          `Welcome! It is important to note that you can ${s.goal} in ${s.app}.`,
          'opens with a greeting and filler',
        ],
        [
          `As mentioned previously, ${s.app} lets you ${s.goal}. ${open}`,
          'refers back to text the reader may not have read',
        ],
        ['Welcome to the guide!', 'opens with a greeting instead of the task'],
        ['This topic describes the task.', 'describes the document instead of the task'],
      ],
      facts: { check: 'filler' },
    })
  }),
  family('filler-and-condescension', (rng) => {
    const s = screen(rng)
    const step = `select **${s.button}**`
    return choose(rng, {
      stem: `The Google developer documentation style guide asks writers to avoid “simply”, “just”, “easy” and “please” in instructions. Which step follows it?`,
      key: `To ${s.goal}, ${step}.`,
      wrong: [
        [`To ${s.goal}, simply ${step}.`, '“simply” belittles readers who find it hard'],
        [`To ${s.goal}, just ${step}.`, '“just” belittles readers who find it hard'],
        [`It’s easy to ${s.goal}: ${step}.`, 'calls the task easy'],
        [`To ${s.goal}, please ${step}.`, 'adds “please” to an instruction'],
        [`Simply ${step} and you’re done.`, '“simply” belittles readers who find it hard'],
        [`Just ${step}.`, '“just” belittles readers who find it hard'],
        [`It’s easy. Just ${step} and you’re all set.`, 'calls the task easy and adds “just”'],
      ],
      facts: { check: 'filler' },
    })
  }),
  family('second-person-present', (rng) => {
    const s = screen(rng)
    return choose(rng, {
      stem: `House style (as in the Microsoft and Google guides): address the reader as “you”, in the present tense and active voice. Which sentence follows it?`,
      key: `On the ${s.page} page, you can ${s.goal}.`,
      wrong: [
        [`On the ${s.page} page, the user can ${s.goal}.`, 'refers to the reader as “the user”'],
        [`On the ${s.page} page, you will be able to ${s.goal}.`, 'uses the future tense'],
        [
          `On the ${s.page} page, a ${s.goal.replace(/^\w+ (a |an )?/, '')} can be ${s.goal.split(' ')[0]}${s.goal.split(' ')[0]!.endsWith('e') ? 'd' : 'ed'}.`,
          'uses the passive voice',
        ],
        [`On the ${s.page} page, we can ${s.goal}.`, 'uses “we” for the reader'],
      ],
      facts: { check: 'voice' },
    })
  }),
  family('acronym-first-use', (rng) => {
    const [abbr, full] = rng.pick([
      ['SSO', 'single sign-on'],
      ['API', 'application programming interface'],
      ['RBAC', 'role-based access control'],
      ['SLA', 'service level agreement'],
      ['CSV', 'comma-separated values'],
    ] as const)
    const s = screen(rng)
    return choose(rng, {
      stem: `Where ${abbr} first appears in the ${s.app} admin guide, how should it be written (spell out on first use)?`,
      key: `${full} (${abbr})`,
      wrong: [
        [abbr, 'uses the abbreviation undefined'],
        [`${abbr} (${full})`, 'puts the abbreviation first and the spelled-out form in brackets'],
        [
          `${abbr} (see the glossary)`,
          'sends the reader to the glossary instead of spelling it out',
        ],
        [`${full.toUpperCase()}`, 'spells it out in capitals without giving the abbreviation'],
        [
          `${full} (${abbr}), also written ${abbr.toLowerCase()}`,
          'adds a second, lower-case form of the abbreviation',
        ],
        [`the ${abbr} (${full}) feature`, 'puts the abbreviation first and adds filler'],
      ],
      facts: { check: 'acronym', abbr, full },
    })
  }),
]
