import type { UsageFamily } from '../editing/editing-model.js'

/**
 * Working with macros and the knowledge base, and protecting customer data when verifying
 * identity or handling what customers send. The rule each case needs is stated in the stem;
 * each wrong action is a named slip: a macro sent unedited or off-topic, a stale article left as
 * it is, data asked for or repeated beyond what the process allows, a verification step skipped.
 */
export const KNOWLEDGE_PRIVACY_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'macro-placeholder-filled',
    stem: 'A macro reads "Hi {{first_name}}, your refund of {{amount}} is on its way." The customer is Dana and the refund is $42. What does the agent send?',
    frames: [
      '⟦Hi Dana, your refund of $42 is on its way.|Hi {{first_name}}, your refund of {{amount}} is on its way.=sends the macro with its placeholders unfilled|Hi Dana, your refund of {{amount}} is on its way.=fills one placeholder and leaves the other|Hi Customer, your refund is on its way.=drops the name and the amount the customer needs⟧',
    ],
  },
  {
    id: 'macro-answers-every-question',
    stem: 'A customer asks two things: how to change their plan and why last month’s invoice was higher. The "Change plan" macro answers the first. What does the agent send?',
    frames: [
      '⟦The macro, plus an answer about the invoice|The macro alone, since it matches the ticket=answers one of two questions|Only an answer about the invoice=drops the plan question|The macro and a request to send the invoice question separately=makes the customer ask again⟧',
    ],
  },
  {
    id: 'macro-wrong-issue',
    stem: 'A customer reports that a package arrived damaged. The closest macro found is "Package delayed in transit". What does the agent do?',
    frames: [
      '⟦Write a reply about the damage|Send the delay macro, since both are about packages=sends a macro for a different issue|Send the delay macro and change only the greeting=personalises the wrong content|Close the ticket without a reply, since no macro in the library matches=treats a missing macro as no answer⟧',
    ],
  },
  {
    id: 'kb-outdated-article-flag',
    stem: 'A knowledge-base article tells customers to click "Export" in the Reports menu, but the button moved to Settings last week. A customer asks how to export. What does the agent do?',
    frames: [
      '⟦Give the current steps and flag the article|Send the article link as it is=sends instructions the agent knows are wrong|Give the current steps and say nothing about the article=leaves the stale article for the next customer|Tell the customer that exporting is no longer possible in the product=misreads a moved button as a removed feature⟧',
    ],
  },
  {
    id: 'kb-article-task-title',
    stem: 'Which title best fits a knowledge-base article that explains how customers reset their password?',
    frames: [
      '⟦How to reset your password|Password module, version 3 release notes=titles the article by internal release|Important information for all users=gives a title that names no task|Credentials FAQ (authentication subsystem)=titles it in internal jargon⟧',
    ],
  },
  {
    id: 'kb-answer-plus-link',
    stem: 'A customer asks how to add a team member; a knowledge-base article covers it in three steps. Which reply is best?',
    frames: [
      '⟦The three steps, with the article linked|Only the article link, with no other text=makes the customer dig for the answer|"Please search our help centre."=points to the help centre without an answer|The whole article pasted into the reply, including its unrelated sections=buries the answer in unrelated text⟧',
    ],
  },
  {
    id: 'kb-new-article-from-repeats',
    stem: 'Process: a question answered by hand five or more times a week gets a knowledge-base article. Agents answered "how to change the invoice address" by hand 12 times this week. What does the agent do?',
    frames: [
      '⟦Propose a new article for it under the process|Keep answering by hand, since answers are working=ignores the threshold the process sets|Create a macro only, never an article=replaces the article the process asks for|Wait until the question comes 50 times a week=invents a higher threshold⟧',
    ],
  },
  {
    id: 'macro-sets-wrong-status',
    stem: 'Statuses: Open – the team must act; Pending – waiting for the customer; Solved – resolved. A macro asks the customer for a screenshot and also sets the status to Solved. What does the agent do after applying it?',
    frames: [
      '⟦Change the status to Pending before sending|Send it as it is, leaving the status Solved=closes a ticket still waiting on the customer|Change the status to Open=puts a ticket waiting on the customer in the team’s queue|Delete the macro from the shared library=removes a macro others rely on instead of fixing the ticket⟧',
    ],
  },
  {
    id: 'verify-code-before-email-change',
    stem: 'Process: before changing the account email, send a one-time code to the current email on file and ask the customer to read it back. A chat customer asks to change their account email. What does the agent do first?',
    frames: [
      '⟦Send the code to the email on file|Change the email at once, since the customer is in chat=skips verification before an account change|Send the code to the new email the customer gives=verifies an address not on file|Ask the customer to type their account password into the chat instead=asks for a secret agents never request⟧',
    ],
  },
  {
    id: 'card-last-four-only',
    stem: 'Process: to confirm a card payment, agents may ask for the last four digits of the card and never for the full number or security code. Which question may the agent ask?',
    frames: [
      '⟦What are the last four digits of the card?|What is the full number of the card you used?=asks for the full card number|What is the three-digit security code on the back?=asks for the security code|Please send us a photo of both sides of the card you used.=asks for the full card data in an image⟧',
    ],
  },
  {
    id: 'two-of-three-identity-checks',
    stem: 'Process: verify a caller with two of these: billing postcode, date of the last order, last four card digits. A caller gives their full name and email address. What does the agent do next?',
    frames: [
      '⟦Ask for two of the three listed details|Treat name and email as verification=accepts details the process does not list|Ask for one of the three listed details=stops at one check where two are needed|Ask for their date of birth and mother’s maiden name=asks for checks the process does not use⟧',
    ],
  },
  {
    id: 'card-number-posted-redact',
    stem: 'Policy: full card numbers are never stored in tickets; agents redact them. A customer pastes their full card number into the chat. What does the agent do?',
    frames: [
      '⟦Redact the number and advise against sharing it|Copy the full number into an internal note so billing can check the payment=stores the card number the policy forbids|Repeat the number back to confirm it=spreads the card number further|Leave it, since the customer chose to share it=keeps data the policy requires removed⟧',
    ],
  },
  {
    id: 'password-sent-by-customer',
    stem: 'Policy: agents never use a customer’s password; a password seen in a ticket is redacted and the customer is advised to change it. A customer emails their password "so you can log in and fix it". What does the agent do?',
    frames: [
      '⟦Redact it, advise a password change, and help|Log in with it to fix the problem quickly=uses a password the policy forbids|Keep it in an internal note in case the team needs to log in later=stores a credential|Reply with the password to confirm it was received=repeats a secret by email⟧',
    ],
  },
  {
    id: 'erasure-request-forward',
    stem: 'Policy: requests to delete personal data go to the privacy team within 1 business day, and the agent confirms receipt to the customer. A customer asks support to delete all their data. What does the agent do?',
    frames: [
      '⟦Confirm receipt and forward it to the privacy team|Delete the customer’s account and tickets at once=acts on a request the privacy team must handle|Tell the customer to write to the privacy team themselves=hands the customer off instead of forwarding|Ask the customer to explain why they want their data deleted before anything else=makes the request depend on a reason⟧',
    ],
  },
  {
    id: 'misdirected-email-report',
    stem: 'Policy: any personal data sent to the wrong person is reported to the privacy lead at once. An agent notices they emailed one customer’s invoice to another customer. What does the agent do?',
    frames: [
      '⟦Report it to the privacy lead at once|Ask the wrong recipient to delete it and tell nobody=handles a data incident alone and unreported|Wait to see whether anyone complains=delays a report the policy makes immediate|Send the invoice to the right customer and move on=fixes the delivery but not the disclosure⟧',
    ],
  },
  {
    id: 'minimum-data-in-notes',
    stem: 'Guideline: internal notes hold only what the case needs. A customer asking for a delivery delay mentions they are in hospital for surgery. Which internal note fits?',
    frames: [
      '⟦"Customer asked to delay delivery to 14 May."|"Customer having surgery; delay delivery to 14 May."=records health data the case does not need|"Customer in hospital, sounds unwell and stressed."=records health details and a judgment|No note at all about the new date=loses the one fact the case needs⟧',
    ],
  },
  {
    id: 'phone-change-sms-to-old-number',
    stem: 'Process: a phone number change is confirmed by a code sent to the number on file, or by the email on file if that number is lost. A customer says their old phone was stolen and wants the number changed. What does the agent do?',
    frames: [
      '⟦Verify by a code to the email on file, then change it|Change it at once, since the phone was stolen=skips verification because the story is urgent|Send the code to the new number the customer gives=verifies with a number not on file|Send the verification code by text message to the stolen phone’s number=sends the code where a thief may read it⟧',
    ],
  },
  {
    id: 'urgent-executive-pressure',
    stem: 'Process: an account’s login email is changed only after verification through the email on file. A caller says they are the client company’s CEO, that it is urgent, and wants the login email changed to a new address now. What does the agent do?',
    frames: [
      '⟦Verify through the email on file first|Change it, since the CEO has the authority=lets claimed rank replace verification|Change it now, then run the verification process afterwards=verifies after the harm is possible|Refuse to help the caller at all=refuses even the verified path⟧',
    ],
  },
  {
    id: 'screenshot-with-other-data',
    stem: 'Guideline: share only the customer’s own data. The agent wants to show a customer where a setting is, and the screenshot at hand shows another customer’s account. What does the agent do?',
    frames: [
      '⟦Use a test-account screenshot, or describe the steps|Send the screenshot, since it only shows a setting=shares another customer’s data|Blur the other customer’s name and leave their email and orders=leaves personal data visible|Send the screenshot and ask the customer to delete it once they have read it=discloses first, then relies on the customer⟧',
    ],
  },
]
