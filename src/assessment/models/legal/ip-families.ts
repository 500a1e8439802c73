import type { UsageFamily } from '../editing/editing-model.js'

const US = 'Under the US Copyright Act (17 U.S.C.),'
const UK = 'Under the UK Copyright, Designs and Patents Act 1988,'

/**
 * Who owns what a freelancer creates, as the US Copyright Act and the UK Copyright, Designs and
 * Patents Act state it: first ownership, works made for hire, assignment versus licence and the
 * writing each needs, moral rights, and terms. Each key is a rule written in the statute; each
 * distractor the named belief that paying for work buys its copyright, or a formality misplaced.
 */
export const IP_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'us-commissioned-logo-ownership',
    stem: `${US} a freelancer (not an employee) designs a logo for a client, who pays in full; there is no written agreement about copyright. Who owns the copyright?`,
    frames: [
      '⟦The freelancer, as author|The client, because it paid for the work=takes payment for a transfer of copyright|The client, as a work made for hire=applies work for hire to a non-employee without its conditions|Neither; logos are in the public domain once paid for=invents a public-domain rule⟧',
    ],
  },
  {
    id: 'us-work-for-hire-categories',
    stem: `${US} a client and a freelance illustrator sign an agreement calling a standalone logo a "work made for hire". Is it one?`,
    frames: [
      '⟦No; a logo is not among the commissioned-work categories the Act lists|Yes; a signed agreement makes any commissioned work, of any kind, a work for hire=ignores the list of nine categories|Yes, once the client registers it=treats registration as creating authorship|No, because work-for-hire agreements must be notarised=invents a notarisation rule⟧',
    ],
  },
  {
    id: 'us-work-for-hire-employee',
    stem: `${US} who is the author of a work prepared by an employee within the scope of their employment?`,
    frames: [
      '⟦The employer|The employee=ignores the work-made-for-hire rule for employees|The employee and employer jointly=invents joint authorship|Whoever registers it first=treats registration as deciding authorship⟧',
    ],
  },
  {
    id: 'us-transfer-in-writing',
    stem: `${US} what does a transfer of copyright ownership (an assignment) need to be valid?`,
    frames: [
      '⟦A writing signed by the owner of the rights conveyed|An oral agreement between the parties and full payment of the price=thinks payment replaces the signed writing|Registration with the Copyright Office=takes recording for a condition of validity|A signature by the party receiving the rights=has the wrong party sign⟧',
    ],
  },
  {
    id: 'us-nonexclusive-licence-writing',
    stem: `${US} which grant is left out of "transfer of copyright ownership", so the signed-writing rule for transfers does not cover it?`,
    frames: [
      '⟦A nonexclusive licence|An exclusive licence=forgets exclusive licences count as transfers|An assignment of all rights=names the plainest transfer|A mortgage of the copyright=forgets the Act lists mortgages as transfers⟧',
    ],
  },
  {
    id: 'us-object-versus-copyright',
    stem: `${US} a client buys a freelancer’s original painting. What does the client own?`,
    frames: [
      '⟦The painting, but not its copyright|The painting and its copyright=thinks owning the object conveys the copyright|The copyright, but not the painting=reverses object and copyright|Only a licence to display it for 5 years=invents a limited licence⟧',
    ],
  },
  {
    id: 'us-termination-of-transfer',
    stem: `${US} an author assigned copyright in a work (not a work made for hire) in 2020. From when may the author, as a rule, terminate the grant?`,
    frames: [
      '⟦During a five-year period starting 35 years after the grant|At any time after the grant, on 30 days’ written notice to the assignee=reads termination as at will|Never; an assignment is permanent=ignores the termination right|After 70 years=confuses it with the copyright term⟧',
    ],
  },
  {
    id: 'us-term-individual',
    stem: `${US} how long does copyright last in a work created in 2026 by one individual author, not for hire?`,
    frames: [
      '⟦The author’s life plus 70 years|The author’s life plus 50 years=takes the older international minimum|95 years from publication=applies the work-for-hire term|28 years, renewable once=takes the 1909 Act term⟧',
    ],
  },
  {
    id: 'us-term-work-for-hire',
    stem: `${US} how long does copyright last in a work made for hire created in 2026?`,
    frames: [
      '⟦95 years from publication or 120 from creation, whichever ends first|The life of the employee who created it plus 70 years=applies the individual term|95 years from publication or 120 from creation, whichever ends last=reverses the earlier-of rule|Forever, while the company exists=invents a perpetual term⟧',
    ],
  },
  {
    id: 'us-ideas-not-protected',
    stem: `${US} a freelancer pitches an idea for an app to a client, who then builds it with another developer. What does copyright protect?`,
    frames: [
      '⟦The expression, such as the written pitch, not the idea itself|The idea itself, once it has been written down in the pitch=thinks writing an idea protects the idea|The idea, if it was pitched in confidence=confuses confidentiality with copyright|Nothing, unless the pitch was registered=takes registration for a condition of protection⟧',
    ],
  },
  {
    id: 'us-registration-before-suit',
    stem: `${US} before suing for infringement of a United States work, what must the copyright owner, as a rule, have?`,
    frames: [
      '⟦A registration, or a refused application, for the work|A copyright notice on every copy=takes the notice for a condition of suit|Nothing more; copyright protection arises on creation of the work=confuses existence of copyright with the right to sue|A written warning sent to the infringer=invents a notice requirement⟧',
    ],
  },
  {
    id: 'us-statutory-damages-registration',
    stem: `${US} a freelancer’s unpublished photo was infringed before it was registered. Can the freelancer recover statutory damages for that infringement?`,
    frames: [
      '⟦No; registration must come before the infringement|Yes, as long as the freelancer registers the photo before suing=ignores the timing rule for statutory damages|Yes, always, up to $150,000=ignores the registration condition|Only if the photo carried a copyright notice=confuses notice with registration⟧',
    ],
  },
  {
    id: 'uk-first-owner-commissioned',
    stem: `${UK} a client commissions and pays a freelance photographer; the contract says nothing about copyright. Who is the first owner of the copyright?`,
    frames: [
      '⟦The photographer, as author|The client, as commissioner=applies a commissioner rule the Act does not have|The client, as the employer=treats a freelancer as an employee|The client and photographer jointly=invents joint ownership⟧',
    ],
  },
  {
    id: 'uk-employee-first-owner',
    stem: `${UK} who is, as a rule, the first owner of copyright in a work made by an employee in the course of employment?`,
    frames: [
      '⟦The employer|The employee=ignores the employment rule|The employer, only after a written assignment=adds an assignment the Act does not need|The client the work was made for=confuses the client with the employer⟧',
    ],
  },
  {
    id: 'uk-assignment-writing',
    stem: `${UK} when is an assignment of copyright effective?`,
    frames: [
      '⟦When it is in writing signed by or on behalf of the assignor|When the price has been paid=takes payment for the formality|When it is in writing signed by the assignee=has the wrong party sign|When it has been registered at the Intellectual Property Office=invents a registration step⟧',
    ],
  },
  {
    id: 'uk-exclusive-licence-writing',
    stem: `${UK} besides excluding everyone else, the owner included, what form must a licence take to be an exclusive licence?`,
    frames: [
      '⟦A writing signed by or on behalf of the copyright owner|An oral promise by the owner not to license the work to anyone else=drops the signed writing|A payment above the market rate=takes price for the formality|A clause in the licensee’s terms of business=lets the wrong party set it⟧',
    ],
  },
  {
    id: 'uk-moral-right-assertion',
    stem: `${UK} what must an author do before others infringe the right to be identified as author?`,
    frames: [
      '⟦Assert the right|Register the right with the Intellectual Property Office=invents a registration step|Nothing; it applies automatically=forgets the right must be asserted|Sign a licence with each user=confuses moral rights with licensing⟧',
    ],
  },
  {
    id: 'uk-moral-rights-assignment',
    stem: `${UK} a client’s contract says the freelancer assigns their moral rights to the client. What is the effect?`,
    frames: [
      '⟦None; moral rights cannot be assigned, though they may be waived|The client now holds the moral rights=treats moral rights as assignable|The moral rights end, because the clause is read as waiving them=reads an invalid assignment as a waiver|The whole contract is void=overstates the effect of one invalid term⟧',
    ],
  },
  {
    id: 'uk-future-copyright',
    stem: `${UK} a freelancer signs, before starting, an agreement assigning the copyright in work not yet created. What happens when the work is made?`,
    frames: [
      '⟦The copyright vests in the client as assignee|The freelancer owns it until a second assignment is signed=ignores prospective ownership|The agreement is void because the work did not exist=denies that future copyright can be assigned|Client and freelancer share it=invents joint ownership⟧',
    ],
  },
]
