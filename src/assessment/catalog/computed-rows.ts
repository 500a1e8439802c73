import { authored, type CatalogRow, row } from './catalog-row.js'

// ESCO skill URIs taken only from the EU's own published sample credential (Annex I sample);
// every other test leaves the URI absent until it is matched against the ESCO release.
const ESCO_DEVELOP_DIGITAL_CONTENT =
  'http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a'
const ESCO_COMMUNICATE_WITH_TARGET_COMMUNITY =
  'http://data.europa.eu/esco/skill/80f308e6-0e09-404a-80cd-ec5f50f6f304'
const ESCO_ESTABLISH_COLLABORATIVE_RELATIONS =
  'http://data.europa.eu/esco/skill/326809fc-238d-40c2-881e-40042f7f2f0d'

const TECH = 'Technology & IT'
const FIN = 'Finance'
const MKT = 'Sales & Marketing'
const DES = 'Design & Creative'
const VA = 'Virtual Assistant'
const WRI = 'Writing & Translation'
const OTH = 'Other'

const nodeRuntime = authored(
  'node-runtime',
  'Node.js runtime and modules',
  'Explain the Node.js module system, event loop phases and core modules',
)
const reactComponents = authored(
  'react-components',
  'React components and hooks',
  'Build React components with props, state and hooks that follow the rules of hooks',
)

/**
 * Tests whose blueprints draw (mostly) on item models: each row was reviewed so the domains
 * really are what the skill needs, not just what can be generated.
 */
export const COMPUTED_ROWS: readonly CatalogRow[] = [
  // Technology & IT
  row('javascript-modern', 'Modern JavaScript (ES2015+)', TECH, 5, 20, [
    ['jsSemantics', 50],
    ['jsArrays', 30],
    ['jsStrings', 20],
  ]),
  row('javascript-debugging', 'JavaScript code reading and debugging', TECH, 5, 20, [
    ['jsSemantics', 45],
    ['jsArrays', 35],
    ['jsStrings', 20],
  ]),
  row('nodejs', 'Node.js', TECH, 5, 30, [
    ['jsArrays', 30],
    ['jsSemantics', 30],
    ['jsStrings', 20],
    [nodeRuntime, 20],
  ]),
  row('react', 'React', TECH, 5, 30, [
    ['jsSemantics', 35],
    ['jsArrays', 35],
    ['jsStrings', 10],
    [reactComponents, 20],
  ]),
  row('front-end-development', 'Front-end development', TECH, 5, 40, [
    ['jsArrays', 25],
    ['jsStrings', 15],
    ['cssSpecificity', 25],
    ['colour', 15],
    ['gitCommands', 20],
  ]),
  row('full-stack-javascript-sql', 'Full-stack JavaScript and SQL', TECH, 6, 40, [
    ['jsArrays', 25],
    ['jsSemantics', 25],
    ['sqlAggregation', 25],
    ['sqlJoins', 25],
  ]),
  row('back-end-typescript-sql', 'Back-end development with TypeScript and SQL', TECH, 6, 40, [
    ['tsTypes', 40],
    ['sqlJoins', 30],
    ['sqlAggregation', 30],
  ]),
  row('javascript-data-wrangling', 'Data wrangling with JavaScript', TECH, 5, 20, [
    ['jsArrays', 45],
    ['jsStrings', 25],
    ['regexReplace', 30],
  ]),
  row('regular-expressions', 'Regular expressions', TECH, 5, 12, [
    ['regexQuantifiers', 40],
    ['regexValidation', 35],
    ['regexReplace', 25],
  ]),
  row('sql-data-analysis', 'Data analysis with SQL', TECH, 5, 30, [
    ['sqlAggregation', 40],
    ['sqlNullsWindows', 35],
    ['statistics', 25],
  ]),
  row('business-intelligence-reporting', 'Business intelligence reporting', TECH, 5, 30, [
    ['sqlAggregation', 30],
    ['sqlNullsWindows', 25],
    ['statistics', 25],
    ['percentages', 20],
  ]),
  row('sql-window-functions', 'SQL window functions and NULL handling', TECH, 6, 12, [
    ['sqlNullsWindows', 60],
    ['sqlAggregation', 40],
  ]),
  row('it-fundamentals', 'IT fundamentals', TECH, 4, 25, [
    ['numberBases', 25],
    ['dataSizes', 25],
    ['permissions', 25],
    ['subnets', 25],
  ]),
  row('linux-administration-basics', 'Linux administration basics', TECH, 4, 25, [
    ['permissions', 40],
    ['subnets', 30],
    ['dataSizes', 30],
  ]),
  row('cloud-network-planning', 'Cloud network address planning', TECH, 5, 15, [
    ['subnets', 75],
    ['numberBases', 25],
  ]),
  row('css', 'CSS', TECH, 4, 25, [
    ['cssSpecificity', 50],
    ['colour', 25],
    ['designUnits', 25],
  ]),
  row('javascript-text-processing', 'Text processing in JavaScript', TECH, 5, 15, [
    ['jsStrings', 35],
    ['regexQuantifiers', 35],
    ['regexReplace', 30],
  ]),
  row('python-fundamentals', 'Python fundamentals: reading and fixing code', TECH, 4, 15, [
    ['pyDebugging', 50],
    ['pyNumbers', 25],
    ['pySequences', 25],
  ]),
  row('log-analysis', 'Log analysis with regular expressions', TECH, 5, 15, [
    ['regexQuantifiers', 40],
    ['regexReplace', 30],
    ['timeZones', 30],
  ]),
  // Finance
  row('accounting-fundamentals', 'Accounting fundamentals', FIN, 4, 40, [
    ['vat', 25],
    ['depreciation', 25],
    ['ratios', 25],
    ['pricing', 25],
  ]),
  row('financial-accounting', 'Financial accounting', FIN, 5, 40, [
    ['depreciation', 35],
    ['ratios', 35],
    ['vat', 30],
  ]),
  row('financial-analysis', 'Financial analysis', FIN, 6, 40, [
    ['ratios', 40],
    ['npv', 30],
    ['percentages', 30],
  ]),
  row('excel-for-finance', 'Excel for finance', FIN, 5, 25, [
    ['sheetLookup', 30],
    ['sheetRounding', 20],
    ['npv', 25],
    ['loans', 25],
  ]),
  row('small-business-finance', 'Small business finance', FIN, 4, 25, [
    ['breakEven', 30],
    ['pricing', 35],
    ['vat', 35],
  ]),
  row('spreadsheet-financial-functions', 'Spreadsheet financial functions', FIN, 5, 15, [
    ['loans', 35],
    ['npv', 35],
    ['sheetRounding', 30],
  ]),
  row('finance-data-analysis-sql', 'Finance data analysis with SQL', FIN, 6, 25, [
    ['sqlAggregation', 40],
    ['sqlNullsWindows', 30],
    ['percentages', 30],
  ]),
  row('capital-budgeting', 'Capital budgeting', FIN, 6, 20, [
    ['npv', 50],
    ['depreciation', 25],
    ['compounding', 25],
  ]),
  // Sales & Marketing
  row('digital-marketing-analytics', 'Digital marketing analytics', MKT, 5, 30, [
    ['adMetrics', 40],
    ['experiments', 30],
    ['percentages', 30],
  ]),
  row(
    'social-media-advertising',
    'Social media advertising',
    MKT,
    4,
    20,
    [
      ['adMetrics', 55],
      ['experiments', 25],
      ['customerValue', 20],
    ],
    { escoUri: ESCO_COMMUNICATE_WITH_TARGET_COMMUNITY, label: 'communicate with target community' },
  ),
  row('growth-marketing', 'Growth marketing', MKT, 5, 30, [
    ['customerValue', 35],
    ['experiments', 35],
    ['adMetrics', 30],
  ]),
  row('marketing-analytics', 'Marketing analytics', MKT, 5, 30, [
    ['adMetrics', 35],
    ['customerValue', 30],
    ['statistics', 35],
  ]),
  row('performance-marketing', 'Performance marketing', MKT, 5, 30, [
    ['adMetrics', 45],
    ['experiments', 25],
    ['customerValue', 30],
  ]),
  row('e-commerce-management', 'E-commerce management', MKT, 5, 30, [
    ['adMetrics', 35],
    ['pricing', 35],
    ['vat', 30],
  ]),
  row('market-research-analysis', 'Market research data analysis', MKT, 5, 25, [
    ['statistics', 40],
    ['percentages', 30],
    ['sheetLookup', 30],
  ]),
  row(
    'international-sales',
    'International sales coordination',
    MKT,
    4,
    20,
    [
      ['timeZones', 35],
      ['localeFormats', 30],
      ['salesMath', 35],
    ],
    { escoUri: ESCO_ESTABLISH_COLLABORATIVE_RELATIONS, label: 'establish collaborative relations' },
  ),
  row('marketing-spreadsheets', 'Spreadsheets for marketers', MKT, 4, 12, [
    ['sheetLookup', 50],
    ['adMetrics', 50],
  ]),
  row('online-advertising-budgets', 'Online advertising budget management', MKT, 4, 15, [
    ['adMetrics', 60],
    ['percentages', 40],
  ]),
  // Design & Creative
  row(
    'web-design',
    'Web design',
    DES,
    5,
    40,
    [
      ['cssSpecificity', 30],
      ['colour', 25],
      ['contrast', 25],
      ['designUnits', 20],
    ],
    { escoUri: ESCO_DEVELOP_DIGITAL_CONTENT, label: 'develop digital content' },
  ),
  row('motion-graphics', 'Motion graphics', DES, 5, 30, [
    ['timecode', 50],
    ['designUnits', 50],
  ]),
  row('digital-imaging', 'Digital image basics', DES, 4, 15, [
    ['designUnits', 45],
    ['dataSizes', 25],
    ['colour', 30],
  ]),
  row('accessible-design', 'Accessible design and markup', DES, 5, 20, [
    ['htmlAccessibility', 50],
    ['contrast', 35],
    ['colour', 15],
  ]),
  row('web-video-production', 'Video production for the web', DES, 4, 20, [
    ['timecode', 40],
    ['dataSizes', 35],
    ['designUnits', 25],
  ]),
  row('front-end-styling', 'Front-end styling', DES, 4, 20, [
    ['cssSpecificity', 55],
    ['colour', 45],
  ]),
  row('brand-colour-systems', 'Brand colour systems', DES, 4, 10, [
    ['colour', 55],
    ['contrast', 45],
  ]),
  // Virtual Assistant
  row('spreadsheet-data-entry', 'Spreadsheet data entry', VA, 3, 10, [
    ['sheetLookup', 40],
    ['units', 30],
    ['dates', 30],
  ]),
  row('bookkeeping-support', 'Bookkeeping support', VA, 3, 15, [
    ['vat', 50],
    ['sheetRounding', 25],
    ['percentages', 25],
  ]),
  row('data-collection-reporting', 'Data collection and reporting', VA, 4, 15, [
    ['sheetLookup', 40],
    ['statistics', 30],
    ['percentages', 30],
  ]),
  row('customer-support-reporting', 'Customer support: policies and reporting', VA, 3, 10, [
    ['supportPolicy', 50],
    ['percentages', 30],
    ['statistics', 20],
  ]),
  row('remote-team-coordination', 'Remote team coordination', VA, 3, 10, [
    ['timeZones', 65],
    ['dates', 35],
  ]),
  row('spreadsheet-formulas', 'Spreadsheet formulas', VA, 4, 12, [
    ['sheetLookup', 55],
    ['sheetRounding', 45],
  ]),
  row('office-administration', 'Office administration', VA, 3, 20, [
    ['sheetLookup', 40],
    ['dates', 30],
    ['percentages', 30],
  ]),
  // Writing & Translation
  row('software-localisation', 'Software localisation', WRI, 5, 20, [
    ['localeFormats', 55],
    ['plurals', 45],
  ]),
  row('localisation-engineering', 'Localisation engineering', WRI, 5, 25, [
    ['localeFormats', 35],
    ['plurals', 35],
    ['regexReplace', 30],
  ]),
  row('website-localisation', 'Website localisation', WRI, 5, 20, [
    ['falseFriends', 40],
    ['localeFormats', 30],
    ['plurals', 15],
    ['dates', 15],
  ]),
  row(
    'technical-translation-conventions',
    'Technical translation: units and conventions',
    WRI,
    5,
    15,
    [
      ['units', 50],
      ['localeFormats', 50],
    ],
  ),
  row('numerical-fact-checking', 'Fact-checking numbers', WRI, 4, 10, [
    ['percentages', 40],
    ['statistics', 30],
    ['units', 30],
  ]),
  row('financial-writing', 'Financial writing', WRI, 5, 20, [
    ['percentages', 40],
    ['compounding', 30],
    ['ratios', 30],
  ]),
  row('translation-project-management', 'Translation project management', WRI, 5, 20, [
    ['dates', 35],
    ['timeZones', 30],
    ['localeFormats', 35],
  ]),
  // Other
  row('quantitative-reasoning', 'Quantitative reasoning', OTH, 4, 20, [
    ['percentages', 40],
    ['statistics', 30],
    ['units', 30],
  ]),
  row('data-literacy', 'Data literacy', OTH, 4, 15, [
    ['statistics', 40],
    ['percentages', 30],
    ['sheetLookup', 30],
  ]),
]
