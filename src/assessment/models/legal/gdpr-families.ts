import type { UsageFamily } from '../editing/editing-model.js'

const GDPR = 'Under the EU General Data Protection Regulation (GDPR),'

/**
 * The GDPR as it reaches a freelancer handling client data: controller and processor roles,
 * the Article 28 processor contract, breach notification, lawful bases, data subject requests
 * and records. Each key is a rule written in the Regulation's articles; each distractor a named
 * misreading of it.
 */
export const GDPR_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'controller-definition',
    stem: `${GDPR} who is the controller of personal data?`,
    frames: [
      '⟦Whoever determines the purposes and means of the processing|Whoever stores the data on its own servers=takes hosting for control|Whoever processes the personal data on another organisation’s behalf=describes the processor instead|Whoever the data is about=confuses the controller with the data subject⟧',
    ],
  },
  {
    id: 'freelancer-as-processor',
    stem: `${GDPR} a freelancer cleans a client’s customer list only as the client instructs, for the client’s marketing. What is the freelancer’s role?`,
    frames: [
      '⟦Processor|Controller=takes handling the data for deciding its purposes|Joint controller=treats working on the data as deciding it jointly|Data subject=confuses the handler with the people in the list⟧',
    ],
  },
  {
    id: 'processor-written-contract',
    stem: `${GDPR} how must processing by a processor be governed?`,
    frames: [
      '⟦By a contract or other legal act binding the processor to the controller|By an oral agreement between the two, if both sides trust each other=drops the binding written terms|By the processor’s own privacy policy=replaces the contract with a notice|No agreement is needed for short projects=invents a project-length exemption⟧',
    ],
  },
  {
    id: 'processor-documented-instructions',
    stem: `${GDPR} under the processor contract, on whose instructions does the processor process the personal data?`,
    frames: [
      '⟦Only on documented instructions from the controller|On its own judgment of what the project needs=lets the processor set purposes|On instructions from any client employee, even verbal and unrecorded=drops the documented-instruction rule|On the data subjects’ instructions=confuses the data subject with the controller⟧',
    ],
  },
  {
    id: 'sub-processor-authorisation',
    stem: `${GDPR} may a freelance processor hand part of the work to another freelancer (a sub-processor)?`,
    frames: [
      '⟦Only with the controller’s prior specific or general written authorisation|Yes, freely, as long as the sub-processor is also established in the EU=invents a location test instead of authorisation|Yes, if the controller is told afterwards=replaces prior authorisation with notice|Never, under any circumstances=reads authorised sub-processing as banned⟧',
    ],
  },
  {
    id: 'processor-end-of-contract',
    stem: `${GDPR} the processing work ends. What does the Article 28 contract require of the processor, at the controller’s choice?`,
    frames: [
      '⟦Delete or return all the personal data|Keep the data for its own future projects=turns the processor into a controller|Keep a copy for at least 5 years=invents a retention period|Sell the data back to the controller=invents a commercial term⟧',
    ],
  },
  {
    id: 'processor-confidentiality',
    stem: `${GDPR} what must the processor ensure about the people it authorises to process the data?`,
    frames: [
      '⟦They have committed to confidentiality or are under a statutory duty of it|They are EU citizens=invents a nationality rule|They each hold a recognised data protection certificate or qualification=invents a certification rule|They are employees, never subcontractors=invents an employment rule⟧',
    ],
  },
  {
    id: 'breach-notify-authority',
    stem: `${GDPR} a controller becomes aware of a personal data breach likely to result in a risk to people. When must it notify the supervisory authority?`,
    frames: [
      '⟦Without undue delay and, where feasible, within 72 hours|Within 24 hours, without exception=invents a shorter fixed deadline|Within 30 days=confuses it with a response period|Only once the internal investigation of the breach is complete=waits for certainty the rule does not require⟧',
    ],
  },
  {
    id: 'breach-processor-to-controller',
    stem: `${GDPR} a freelance processor discovers a breach of the client’s data. Whom must it notify, and when?`,
    frames: [
      '⟦The controller, without undue delay|The supervisory authority directly, within 72 hours=takes on the controller’s duty|The affected people directly, within 72 hours=takes on the controller’s duty to data subjects|Nobody, if the processor fixed the cause=invents a fixed-cause exemption⟧',
    ],
  },
  {
    id: 'breach-no-risk-exemption',
    stem: `${GDPR} when need a controller not notify the supervisory authority of a breach?`,
    frames: [
      '⟦When the breach is unlikely to result in a risk to people’s rights and freedoms|When fewer than 100 people are affected=invents a size threshold|When the data was on a lost laptop that was later found, whatever was on it=assumes recovery removes all risk|When the controller is a sole trader=invents a small-business exemption⟧',
    ],
  },
  {
    id: 'breach-tell-data-subjects',
    stem: `${GDPR} when must a controller tell the affected people about a breach without undue delay?`,
    frames: [
      '⟦When it is likely to result in a high risk to their rights and freedoms|Always, for every breach=ignores the high-risk threshold|Never; only the authority is told=ignores the duty to data subjects|Only if the supervisory authority formally orders the controller to tell them=treats the authority’s order as the only trigger⟧',
    ],
  },
  {
    id: 'breach-documented',
    stem: `${GDPR} which breaches must the controller document internally?`,
    frames: [
      '⟦Every personal data breach, notified or not|Only breaches notified to the authority=skips unnotified breaches|Only breaches affecting more than 1,000 people=invents a size threshold|None; documenting breaches is optional=ignores the documentation duty⟧',
    ],
  },
  {
    id: 'lawful-bases-count',
    stem: `${GDPR} how many lawful bases for processing does Article 6(1) list?`,
    frames: [
      '⟦Six|One: consent=takes consent for the only basis|Three=drops bases from the list|Eight=confuses the bases with the data subject rights⟧',
    ],
  },
  {
    id: 'lawful-basis-contract',
    stem: `${GDPR} a freelancer stores a client contact’s email address to send invoices under their service contract with that person. Which lawful basis fits?`,
    frames: [
      '⟦Performance of a contract with the data subject|Vital interests=applies the life-or-death basis to billing|Consent, which must be collected first=assumes consent is always required|Public task, since invoicing is required=applies a public-authority basis to a private business⟧',
    ],
  },
  {
    id: 'consent-withdrawal',
    stem: `${GDPR} how easy must it be for a person to withdraw consent?`,
    frames: [
      '⟦As easy as it was to give consent|Possible only in writing by post=makes withdrawal harder than giving consent|Possible only after 12 months=invents a lock-in period|Not possible once the data has been used by the controller=reads consent as irrevocable⟧',
    ],
  },
  {
    id: 'consent-withdrawal-past-processing',
    stem: `${GDPR} a person withdraws consent. What happens to processing done before the withdrawal?`,
    frames: [
      '⟦It stays lawful; withdrawal does not affect it|It becomes unlawful from the start=reads withdrawal as retroactive|It must be reported as a breach=treats withdrawal as a data breach|It must be compensated at the person’s request=invents compensation for past processing⟧',
    ],
  },
  {
    id: 'access-request-deadline',
    stem: `${GDPR} a person asks a controller for a copy of their data. Within what time must the controller respond, as a rule?`,
    frames: [
      '⟦One month of receipt, extendable by two further months where necessary|72 hours=confuses it with breach notification|Three months, with no extension possible=invents a longer fixed period|40 days=takes a repealed national period for the Regulation⟧',
    ],
  },
  {
    id: 'access-request-fee',
    stem: `${GDPR} may a controller charge a fee for the first copy of a person’s data, when the request is neither manifestly unfounded nor excessive?`,
    frames: [
      '⟦No; the first copy is free|Yes, a reasonable fee is always allowed=ignores that the first copy is free|Yes, a small fixed fee for every request=invents a standard request fee|Yes, at cost for digital copies=invents a charge for the first digital copy⟧',
    ],
  },
  {
    id: 'special-category-health',
    stem: `${GDPR} which of these is a special category of personal data?`,
    frames: [
      '⟦Data on health|An email address=takes ordinary contact data as special|A job title=takes ordinary work data as special|An IP address=takes an online identifier as special⟧',
    ],
  },
  {
    id: 'territorial-scope',
    stem: `${GDPR} a freelancer based outside the EU offers services to people in the EU and processes their data to do so. Does the GDPR apply to that processing?`,
    frames: [
      '⟦Yes; offering goods or services to people in the EU brings it into scope|No; only businesses established in the EU are covered=ignores the targeting rule|Only if the personal data is stored on servers in the EU=ties scope to storage location|Only if the freelancer has over 250 staff=invents a size threshold⟧',
    ],
  },
  {
    id: 'fine-ceiling-upper-tier',
    stem: `${GDPR} what is the upper ceiling of an administrative fine for breaching the basic principles of processing, for an undertaking?`,
    frames: [
      '⟦EUR 20 million or 4 % of worldwide annual turnover, whichever is higher|EUR 10 million or 2 % of worldwide annual turnover, whichever is higher=applies the lower tier|EUR 20 million or 4 % of turnover, whichever is lower=reverses the higher-of rule|EUR 1 million, whatever the turnover=invents a flat ceiling⟧',
    ],
  },
  {
    id: 'processor-fine-tier',
    stem: `${GDPR} a processor breaches its Article 28 obligations. Up to what ceiling may it be fined, as an undertaking?`,
    frames: [
      '⟦EUR 10 million or 2 % of worldwide annual turnover, whichever is higher|Nothing; only controllers can be fined=exempts processors from fines|EUR 20 million or 4 % of worldwide annual turnover, whichever is higher=applies the upper tier|EUR 10 million or 2 % of turnover, whichever is lower=reverses the higher-of rule⟧',
    ],
  },
  {
    id: 'data-minimisation',
    stem: `${GDPR} which principle requires personal data to be adequate, relevant and limited to what is necessary for the purposes?`,
    frames: [
      '⟦Data minimisation|Storage limitation=confuses it with the limit on how long data is kept|Purpose limitation=confuses it with the limit on further use|Accuracy=confuses it with keeping data correct⟧',
    ],
  },
  {
    id: 'right-to-object-direct-marketing',
    stem: `${GDPR} a person objects to processing of their data for direct marketing. What must the controller do?`,
    frames: [
      '⟦Stop processing it for direct marketing|Weigh the objection against its legitimate interests=applies the general balancing test to marketing|Continue until the contract ends=invents a contract-term delay|Ask the person to justify the objection=demands grounds the rule does not require⟧',
    ],
  },
]
