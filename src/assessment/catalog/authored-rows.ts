import type { Category } from '../category.js'
import type { EqfLevel } from '../test-definition.js'
import { authored, type CatalogRow, type DomainRef, row } from './catalog-row.js'

// One test per line: `id | title | EQF level | workload hours | domain; domain; …`. Domains share
// the weight equally (remainders to the first). These tests wait for their authored pools.
const TABLES: Readonly<Record<Category, string>> = {
  'Technology & IT': `
csharp | C# | 5 | 40 | Language fundamentals; LINQ and collections; Asynchronous programming; .NET runtime
cpp | C++ | 6 | 40 | Language fundamentals; Memory and resource management; Templates; Standard library
c-programming | C programming | 5 | 30 | Types and operators; Pointers and memory; Standard library
php | PHP | 5 | 30 | Language fundamentals; Web request handling; Databases from PHP
go | Go | 5 | 30 | Language fundamentals; Concurrency with goroutines and channels; Standard library
rust | Rust | 6 | 40 | Ownership and borrowing; Traits and generics; Error handling; Cargo and crates
ruby | Ruby | 5 | 30 | Language fundamentals; Blocks and iterators; Ruby standard library
kotlin | Kotlin | 5 | 30 | Language fundamentals; Null safety; Coroutines
swift | Swift | 5 | 30 | Language fundamentals; Optionals and error handling; Protocols and generics
angular | Angular | 5 | 30 | Components and templates; Dependency injection; RxJS and forms
vuejs | Vue.js | 5 | 25 | Components and reactivity; Composition API; Routing and state
nextjs | Next.js | 5 | 25 | Routing and rendering; Data fetching; Deployment
express | Express.js | 5 | 20 | Routing and middleware; Error handling; Security practices
django | Django | 5 | 30 | Models and ORM; Views and templates; Security and deployment
flask | Flask | 5 | 20 | Routing and views; Templates; Extensions and deployment
laravel | Laravel | 5 | 30 | Routing and controllers; Eloquent ORM; Blade and validation
spring-boot | Spring Boot | 6 | 40 | Configuration and beans; Web and REST; Data access
dotnet-core | ASP.NET Core | 6 | 40 | Middleware and routing; Dependency injection; Entity Framework Core
ruby-on-rails | Ruby on Rails | 5 | 30 | MVC and routing; Active Record; Testing Rails
html | HTML | 3 | 15 | Document structure; Forms; Semantics and accessibility
sass | Sass | 4 | 10 | Variables and nesting; Mixins and functions
tailwind-css | Tailwind CSS | 4 | 10 | Utility classes; Configuration and theming
jquery | jQuery | 4 | 10 | Selectors and DOM; Events; Ajax
wordpress-development | WordPress development | 4 | 25 | Themes; Plugins; Hooks and the REST API
shopify-development | Shopify theme development | 4 | 20 | Liquid templates; Theme architecture; Store settings
git | Git version control | 4 | 12 | Commits and history; Branching and merging; Remote collaboration
github-actions | GitHub Actions | 5 | 12 | Workflows and triggers; Jobs and runners; Secrets and security
terraform | Terraform | 6 | 25 | Configuration language; State; Modules and providers
aws-fundamentals | AWS cloud fundamentals | 5 | 30 | Compute and storage; Identity and access; Networking and pricing
azure-fundamentals | Microsoft Azure fundamentals | 5 | 30 | Cloud concepts; Core services; Governance and pricing
google-cloud-fundamentals | Google Cloud fundamentals | 5 | 30 | Compute and storage; IAM; Networking
powershell | PowerShell | 5 | 15 | Cmdlets and pipeline; Scripting; Remoting
windows-server | Windows Server administration | 5 | 40 | Active Directory; Group Policy; File and print services
mysql | MySQL | 5 | 25 | Queries; Indexes and performance; Administration
sql-server | Microsoft SQL Server | 5 | 30 | T-SQL queries; Indexes and plans; Administration
mongodb | MongoDB | 5 | 25 | Documents and queries; Aggregation pipeline; Indexes and replication
redis | Redis | 5 | 12 | Data structures; Persistence; Pub/sub and streams
database-design | Database design | 6 | 30 | Normalisation; Keys and constraints; Indexing
rest-api-design | REST API design | 5 | 20 | Resources and methods; Status codes; Versioning and errors
graphql | GraphQL | 5 | 15 | Schemas and types; Queries and mutations; Resolvers
web-security | Web application security | 6 | 30 | Injection; Authentication and sessions; Cross-site attacks
cybersecurity-fundamentals | Cybersecurity fundamentals | 5 | 30 | Threats and controls; Cryptography basics; Incident response
penetration-testing | Penetration testing | 6 | 40 | Reconnaissance; Exploitation; Reporting
software-testing | Software testing | 5 | 25 | Test design; Test levels; Defect management
test-automation-selenium | Test automation with Selenium | 5 | 20 | Locators; Waits and synchronisation; Page objects
jest-testing | JavaScript testing with Jest | 5 | 12 | Matchers; Mocks; Asynchronous tests
devops-practices | DevOps practices | 5 | 25 | Continuous integration; Continuous delivery; Monitoring
machine-learning | Machine learning fundamentals | 6 | 40 | Supervised learning; Model evaluation; Feature engineering
data-science-python | Data science with Python | 6 | 40 | pandas; Visualisation; Modelling
pandas | pandas | 5 | 20 | DataFrames; Grouping and joining; Time series
tableau | Tableau | 5 | 20 | Connecting data; Calculations; Dashboards
power-bi | Power BI | 5 | 20 | Data modelling; DAX; Reports
ios-development | iOS development | 5 | 40 | UIKit and SwiftUI; App lifecycle; Data and networking
flutter | Flutter | 5 | 30 | Widgets; State management; Platform integration
react-native | React Native | 5 | 30 | Components; Navigation; Native modules
unity | Unity game development | 5 | 40 | Scenes and GameObjects; C# scripting; Physics
salesforce-administration | Salesforce administration | 5 | 30 | Data model; Security; Automation
sap-basics | SAP fundamentals | 5 | 30 | Navigation; Modules; Master data
it-support | IT support | 4 | 25 | Hardware; Operating systems; Troubleshooting
network-administration | Network administration | 5 | 30 | Routing and switching; Network services; Monitoring
blockchain-basics | Blockchain fundamentals | 5 | 15 | Ledgers and consensus; Smart contracts
solidity | Solidity | 6 | 25 | Language; Contract security; Gas
technical-seo | Technical SEO | 5 | 15 | Crawling and indexing; Structured data; Performance
`,
  'Design & Creative': `
adobe-illustrator | Adobe Illustrator | 4 | 30 | Paths and shapes; Type; Export
adobe-indesign | Adobe InDesign | 4 | 30 | Layout and grids; Styles; Print output
adobe-after-effects | Adobe After Effects | 5 | 30 | Compositions; Keyframes; Rendering
adobe-premiere-pro | Adobe Premiere Pro | 4 | 30 | Editing; Audio; Export
adobe-lightroom | Adobe Lightroom | 4 | 15 | Catalogue; Develop module; Export
sketch | Sketch | 4 | 15 | Artboards; Symbols; Handoff
canva | Canva | 3 | 8 | Templates; Brand kits; Export
coreldraw | CorelDRAW | 4 | 20 | Objects; Text; Output
blender | Blender | 5 | 40 | Modelling; Materials; Rendering
autocad | AutoCAD | 5 | 40 | Drawing; Annotation; Layouts
sketchup | SketchUp | 4 | 20 | Modelling; Components; Presentation
3ds-max | 3ds Max | 5 | 40 | Modelling; Lighting; Rendering
maya | Autodesk Maya | 5 | 40 | Modelling; Rigging; Animation
cinema-4d | Cinema 4D | 5 | 30 | Modelling; MoGraph; Rendering
davinci-resolve | DaVinci Resolve | 5 | 30 | Editing; Colour grading; Delivery
final-cut-pro | Final Cut Pro | 4 | 25 | Editing; Effects; Export
logo-design | Logo design | 4 | 20 | Concepts; Typography; Files and formats
interaction-design | Interaction design | 5 | 25 | Patterns; Prototyping; Heuristics
brand-identity | Brand identity design | 5 | 25 | Strategy; Visual systems; Guidelines
illustration | Digital illustration | 4 | 30 | Drawing; Colour; Formats
photography | Photography | 4 | 30 | Exposure; Composition; Post-processing
product-photography | Product photography | 4 | 15 | Lighting; Set-up; Retouching
animation-2d | 2D animation | 5 | 30 | Principles of animation; Timing; Tools
game-art | Game art | 5 | 30 | Sprites and textures; 3D assets; Pipelines
packaging-design | Packaging design | 5 | 20 | Dielines; Materials; Regulations
presentation-design | Presentation design | 3 | 10 | Storytelling; Slide layout; Data visuals
infographic-design | Infographic design | 4 | 12 | Data visuals; Layout; Accessibility
audio-editing | Audio editing | 4 | 20 | Recording; Editing; Mastering
music-production | Music production | 5 | 40 | Arrangement; Mixing; Mastering
voice-over | Voice-over | 3 | 10 | Performance; Recording; Delivery
webflow | Webflow | 4 | 15 | Layout; CMS; Interactions
`,
  Finance: `
quickbooks | QuickBooks Online | 4 | 15 | Set-up; Transactions; Reports
xero | Xero | 4 | 15 | Set-up; Bank reconciliation; Reports
sage-accounting | Sage Accounting | 4 | 15 | Ledgers; Transactions; Reports
ifrs | IFRS reporting | 6 | 40 | Framework; Revenue and leases; Financial instruments
us-gaap | US GAAP | 6 | 40 | Framework; Revenue recognition; Disclosures
anti-money-laundering | Anti-money laundering | 5 | 15 | Regulation; Customer due diligence; Reporting
equity-research | Equity research | 6 | 40 | Valuation; Industry analysis; Reporting
cryptocurrency-fundamentals | Cryptocurrency fundamentals | 4 | 10 | Assets; Wallets; Risks
`,
  'Sales & Marketing': `
content-marketing | Content marketing | 4 | 20 | Strategy; Production; Distribution
community-management | Community management | 4 | 15 | Moderation; Engagement; Reporting
meta-ads | Meta ads | 4 | 15 | Audiences; Creative; Measurement
hubspot | HubSpot | 4 | 15 | CRM; Marketing hub; Workflows
salesforce-sales-cloud | Salesforce Sales Cloud | 4 | 20 | Leads and opportunities; Reports; Forecasting
mailchimp | Mailchimp | 3 | 8 | Audiences; Campaigns; Automation
cold-calling | Cold calling | 3 | 8 | Openers; Objection handling; Follow-up
lead-generation | Lead generation | 4 | 15 | Channels; Qualification; Nurturing
account-management | Account management | 5 | 20 | Onboarding; Growth; Retention
public-relations | Public relations | 5 | 25 | Media relations; Press releases; Crisis communication
brand-management | Brand management | 5 | 25 | Positioning; Architecture; Measurement
product-marketing | Product marketing | 5 | 25 | Positioning; Launches; Enablement
amazon-seller | Amazon marketplace selling | 4 | 20 | Listings; Advertising; Fulfilment
influencer-marketing | Influencer marketing | 4 | 12 | Selection; Contracts; Measurement
event-marketing | Event marketing | 4 | 15 | Planning; Promotion; Follow-up
customer-success | Customer success | 4 | 15 | Onboarding; Health scores; Renewals
negotiation | Negotiation | 5 | 15 | Preparation; Tactics; Agreements
`,
  'Virtual Assistant': `
microsoft-outlook | Microsoft Outlook | 3 | 8 | Mail; Calendar; Rules
google-workspace | Google Workspace | 3 | 12 | Gmail and Calendar; Docs and Drive; Sharing
email-management | Email management | 3 | 8 | Triage; Templates; Etiquette
customer-service | Customer service | 3 | 15 | Communication; Complaints; Service standards
live-chat-support | Live chat support | 3 | 8 | Tone; Concurrency; Escalation
zendesk | Zendesk | 3 | 10 | Tickets; Macros; Reporting
transcription | Transcription | 3 | 10 | Conventions; Accuracy; Tools
appointment-setting | Appointment setting | 3 | 8 | Scripts; Calendars; Follow-up
crm-administration | CRM data administration | 4 | 12 | Records; Deduplication; Reporting
social-media-assistance | Social media assistance | 3 | 10 | Scheduling; Engagement; Reporting
research-assistance | Online research | 4 | 12 | Sources; Evaluation; Summaries
project-management-tools | Project management tools | 3 | 10 | Asana and Trello; Workflows; Reporting
notion | Notion | 3 | 8 | Pages and databases; Templates; Sharing
slack | Slack | 2 | 4 | Channels; Integrations; Etiquette
typing-english | English typing | 2 | 4 | Speed; Accuracy
`,
  'Writing & Translation': `
english-spelling-usage | English spelling and usage | 3 | 10 | Spelling; Commonly confused words; Style
api-documentation | API documentation | 5 | 15 | Reference docs; Tutorials; OpenAPI
creative-writing | Creative writing | 4 | 25 | Narrative; Character; Dialogue
business-writing | Business writing | 4 | 15 | Emails and memos; Reports; Tone
academic-writing | Academic writing | 6 | 25 | Argument; Citation; Structure
grant-writing | Grant writing | 5 | 20 | Funders; Proposals; Budgets
seo-writing | SEO writing | 4 | 12 | Keywords; Structure; Readability
content-writing-web | Web content writing | 4 | 15 | Web style; Structure; Calls to action
ghostwriting | Ghostwriting | 5 | 20 | Voice; Interviews; Ethics
resume-writing | Résumé writing | 4 | 10 | Structure; Achievements; ATS
journalism | Journalism | 5 | 30 | News values; Reporting; Ethics
legal-translation | Legal translation | 7 | 40 | Legal systems; Terminology; Certification
medical-translation | Medical translation | 7 | 40 | Terminology; Regulation; Accuracy
cat-tools | Computer-assisted translation tools | 5 | 15 | Translation memory; Termbases; QA checks
machine-translation-post-editing | Machine translation post-editing | 5 | 12 | Light post-editing; Full post-editing; Quality metrics
`,
  Other: `
prince2-foundations | PRINCE2 foundations | 5 | 25 | Principles; Themes; Processes
recruiting | Recruiting | 4 | 15 | Sourcing; Screening; Interviewing
paralegal | Paralegal practice | 5 | 30 | Legal research; Documents; Procedure
medical-coding | Medical coding | 5 | 30 | ICD-10; CPT; Compliance
teaching-english | Teaching English as a foreign language | 5 | 40 | Lesson planning; Grammar teaching; Classroom management
online-tutoring | Online tutoring | 4 | 10 | Session design; Tools; Feedback
instructional-design | Instructional design | 6 | 30 | Analysis; Design models; Evaluation
real-estate-basics | Real estate fundamentals | 4 | 20 | Property types; Transactions; Law
logistics-management | Logistics management | 5 | 25 | Transport; Warehousing; Inventory
environmental-sustainability | Environmental sustainability | 5 | 20 | Frameworks; Carbon accounting; Reporting
entrepreneurship | Entrepreneurship | 5 | 25 | Opportunity; Business models; Funding
leadership | Leadership | 5 | 20 | Styles; Delegation; Feedback
creative-team-leadership | Creative team leadership | 5 | 15 | Briefing creative work; Critique; Creative process
`,
}

function domainsOf(list: string): DomainRef[] {
  const titles = list
    .split(';')
    .map((t) => t.trim())
    .filter((t) => t !== '')
  const share = Math.floor(100 / titles.length)
  return titles.map((title, i) => [
    authored(`${slug(title)}`, title),
    share + (i === 0 ? 100 - share * titles.length : 0),
  ])
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** Tests whose domains are authored; they become offered as their pools fill. */
export const AUTHORED_ROWS: readonly CatalogRow[] = Object.entries(TABLES).flatMap(
  ([category, table]) =>
    table
      .trim()
      .split('\n')
      .map((line) => {
        const [id, title, eqf, hours, domains] = line.split('|').map((cell) => cell.trim()) as [
          string,
          string,
          string,
          string,
          string,
        ]
        return row(
          id,
          title,
          category as Category,
          Number(eqf) as EqfLevel,
          Number(hours),
          domainsOf(domains),
        )
      }),
)
