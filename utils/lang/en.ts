/** English lexicon: reporting verbs with tone, sourcing phrases, pronouns, role nouns, nationalities. */
import type { LangLexicon } from './types';
import { englishIng, englishRegular, table, verbTable, words, type VerbSpec } from './build';

const reg = englishRegular;

const VERBS: VerbSpec[] = [
  ['say', 'neutral', 'say says said'],
  ['tell', 'neutral', 'tell tells told'],
  ['add', 'neutral', 'adds added'],
  ['state', 'neutral', 'states stated'],
  ['note', 'neutral', 'note notes noted'],
  ['explain', 'neutral', reg('explain')],
  ['announce', 'neutral', reg('announce'), true],
  ['report', 'neutral', 'report reported'],
  ['write', 'neutral', 'write writes wrote written'],
  ['respond', 'neutral', reg('respond')],
  ['reply', 'neutral', reg('reply')],
  ['comment', 'neutral', 'commented'],
  ['observe', 'neutral', reg('observe')],
  ['describe', 'neutral', reg('describe'), true],
  ['mention', 'neutral', 'mentioned'],
  ['indicate', 'neutral', reg('indicate')],
  ['confirm', 'neutral', reg('confirm'), true],
  ['estimate', 'neutral', 'estimate estimates estimated'],
  ['predict', 'neutral', reg('predict')],
  ['promise', 'neutral', reg('promise')],
  ['pledge', 'neutral', reg('pledge')],
  ['recall', 'neutral', reg('recall')],
  ['stress', 'neutral', reg('stress')],
  ['emphasize', 'neutral', reg('emphasize')],
  ['emphasise', 'neutral', reg('emphasise')],
  ['continue', 'neutral', 'continued'],
  ['recount', 'neutral', reg('recount')],
  ['believe', 'neutral', 'believe believes'],
  ['think', 'neutral', 'think thinks'],
  ['hope', 'neutral', 'hopes'],
  ['welcome', 'neutral', reg('welcome'), true],
  ['praise', 'neutral', reg('praise'), true],
  ['ask', 'neutral', reg('ask')],
  ['call', 'neutral', 'called calls', 'for'],
  ['urge', 'neutral', reg('urge')],
  ['suggest', 'neutral', reg('suggest')],
  ['acknowledge', 'neutral', reg('acknowledge'), true],
  ['point out', 'neutral', 'pointed'],
  ['conclude', 'neutral', reg('conclude')],
  ['testify', 'neutral', reg('testify')],
  ['recommend', 'neutral', reg('recommend')],
  ['caution', 'neutral', reg('caution'), 'against'],
  ['reckon', 'neutral', reg('reckon')],
  ['claim', 'loaded', reg('claim')],
  ['insist', 'loaded', reg('insist')],
  ['admit', 'loaded', 'admit admits admitted', true],
  ['concede', 'loaded', reg('concede')],
  ['boast', 'loaded', reg('boast')],
  ['deny', 'loaded', reg('deny'), true],
  ['allege', 'loaded', reg('allege')],
  ['argue', 'loaded', reg('argue')],
  ['contend', 'loaded', reg('contend')],
  ['maintain', 'loaded', reg('maintain')],
  ['assert', 'loaded', reg('assert')],
  ['warn', 'loaded', reg('warn'), 'of about against'],
  ['accuse', 'loaded', reg('accuse'), true],
  ['blast', 'loaded', 'blasted', true],
  ['slam', 'loaded', 'slammed', true],
  ['criticize', 'loaded', reg('criticize'), true],
  ['criticise', 'loaded', reg('criticise'), true],
  ['condemn', 'loaded', reg('condemn'), true],
  ['dismiss', 'loaded', 'dismissed', true],
  ['reject', 'loaded', 'rejected', true],
  ['retort', 'loaded', reg('retort')],
  ['quip', 'loaded', 'quipped'],
  ['vow', 'loaded', reg('vow')],
  ['confess', 'loaded', reg('confess')],
  ['complain', 'loaded', reg('complain')],
  ['lament', 'loaded', reg('lament')],
  ['charge', 'loaded', 'charged'],
  ['fume', 'loaded', 'fumed'],
  ['scoff', 'loaded', reg('scoff')],
  ['declare', 'loaded', reg('declare')],
  ['proclaim', 'loaded', reg('proclaim')],
  ['threaten', 'loaded', 'threatened'],
  ['swear', 'loaded', 'swore sworn'],
  ['find', 'neutral', 'found finds'],
  ['blame', 'loaded', reg('blame'), true],
  ['tweet', 'neutral', reg('tweet')],
  ['disclose', 'neutral', reg('disclose')],
  ['reveal', 'neutral', reg('reveal')],
  ['remark', 'neutral', reg('remark')],
  ['assure', 'neutral', 'assured assures'],
  ['hint', 'neutral', 'hinted hints'],
  ['speculate', 'neutral', reg('speculate')],
  ['demand', 'loaded', reg('demand'), true],
  ['joke', 'loaded', 'joked jokes'],
];

const PARTICIPLE_LEMMAS: [string, VerbSpec[1]][] = [
  ['say', 'neutral'], ['add', 'neutral'], ['note', 'neutral'], ['explain', 'neutral'], ['argue', 'loaded'],
  ['insist', 'loaded'], ['claim', 'loaded'], ['warn', 'loaded'], ['stress', 'neutral'], ['admit', 'loaded'],
  ['acknowledge', 'neutral'], ['deny', 'loaded'], ['predict', 'neutral'], ['promise', 'neutral'], ['accuse', 'loaded'],
  ['suggest', 'neutral'], ['point', 'neutral'], ['vow', 'loaded'], ['describe', 'neutral'], ['call', 'neutral'],
  ['allege', 'loaded'], ['cite', 'neutral'], ['emphasize', 'neutral'], ['emphasise', 'neutral'], ['complain', 'loaded'], ['maintain', 'loaded'],
];

const NATIONALITIES = `russian=RU; iranian=IR; israeli=IL; american=US; u.s=US; french=FR; british=GB; english=GB;
german=DE; italian=IT; spanish=ES; portuguese=PT; chinese=CN; japanese=JP; ukrainian=UA; moroccan=MA; algerian=DZ;
tunisian=TN; egyptian=EG; turkish=TR; syrian=SY; lebanese=LB; saudi=SA; qatari=QA; emirati=AE; indian=IN;
pakistani=PK; afghan=AF; canadian=CA; mexican=MX; brazilian=BR; argentine=AR; argentinian=AR; belgian=BE; swiss=CH;
dutch=NL; polish=PL; swedish=SE; norwegian=NO; danish=DK; finnish=FI; greek=GR; iraqi=IQ; jordanian=JO;
palestinian=PS; nigerian=NG; south african=ZA; senegalese=SN; ivorian=CI; malian=ML; australian=AU;
south korean=KR; north korean=KP; korean=KR; vietnamese=VN; armenian=AM; azerbaijani=AZ; georgian=GE;
belarusian=BY; hungarian=HU; romanian=RO; austrian=AT; irish=IE; kenyan=KE; ethiopian=ET; venezuelan=VE;
cuban=CU; chilean=CL; colombian=CO; peruvian=PE; scottish=GB; welsh=GB; us=US`;

export const en: LangLexicon = {
  code: 'en',
  verbs: verbTable(VERBS),
  participles: verbTable(PARTICIPLE_LEMMAS.map(([lemma, tone]) => [lemma, tone, englishIng(lemma === 'admit' ? 'admitt' : lemma)])),
  phraseCues: [
    ['pointed out', 'neutral'], ['made clear', 'neutral'], ['made it clear', 'neutral'], ['went on', 'neutral'],
    ['sounded the alarm', 'loaded'], ['raised concerns', 'neutral'], ['pointing out', 'neutral'],
    // "posted on X that…"; a bare "posted" is too often "a video posted on…".
    // "Ms Hart's view is that…": the possessor holds the view.
    ['view is', 'neutral'], ['position is', 'neutral'], ['argument is', 'neutral'], ['belief is', 'neutral'],
    ['posted on x', 'neutral'], ['posted on social media', 'neutral'], ['posted on facebook', 'neutral'], ['posted on instagram', 'neutral'],
  ].map(([p, tone]) => ({ tokens: p.split(' '), entry: { lemma: p, tone: tone as VerbSpec[1] } })),
  auxiliaries: words('has have had would will was were is are did does do also has also had previously later then'),
  complementizers: words('that'),
  skippable: words(`not never also again later then previously earlier repeatedly publicly privately recently
    yesterday today tonight monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night
    last week month year on in at during this late early first once twice separately still already further
    afterwards afterward well
    had has have`),
  viaPrepositions: words('to on in'),
  viaPhrases: ['in a statement', 'in an interview', 'in a post', 'in a letter', 'in an email', 'in a speech', 'in a filing',
    'in a tweet', 'in remarks', 'in a note', 'in an emailed statement', 'in a written statement', 'in a video',
    'on social media', 'on x', 'on twitter', 'at a news conference', 'at a press conference', 'at a briefing',
    'on a call', 'in an op-ed', 'in a blog post', 'to reporters', 'to journalists', 'in writing', 'by phone',
    'by email', 'by telephone'].map((p) => p.split(' ')),
  relayMarkers: [['quoted', 'by'], ['as', 'quoted', 'by'], ['cited', 'by'], ['as', 'reported', 'by'], ['reported', 'by']],
  adverbials: ['for his part', 'for her part', 'for their part', 'in turn', 'once again', 'at one point'].map((p) => p.split(' ')),
  framingMarkers: [['for']],
  sourceMarkers: [['according', 'to'], ['in', 'the', 'words', 'of'], ['per']],
  strictSourceMarkers: words('per'),
  sourceBlockers: words('which whom what me us you'),
  pronouns: new Map([
    ['he', { gender: 'm', plural: false }], ['she', { gender: 'f', plural: false }],
    ['they', { gender: null, plural: true }], ['it', { gender: null, plural: false, neuter: true }],
    ['him', { gender: 'm', plural: false }], ['her', { gender: 'f', plural: false }],
    ['them', { gender: null, plural: true }],
    ['the latter', { gender: null, plural: false, latest: true }],
  ]),
  impersonal: words('i we you one this that there'),
  impersonalOpenings: [],
  relatives: words('who whom whose which that where'),
  definite: words('the this that these those'),
  indefinite: words('a an some several two three four many other one another'),
  possessives: words('his her their its our'),
  roleNouns: words(`minister president chief head spokesman spokeswoman spokesperson director secretary ambassador
    senator representative congressman congresswoman lawmaker mayor governor commissioner prosecutor judge lawyer
    attorney general colonel officer adviser advisor official officials executive ceo chairman chairwoman chair founder
    economist analyst expert researcher professor coach manager player captain striker goalkeeper defender candidate
    activist delegate envoy doctor witness resident opponent leader diplomat king queen prince pope bishop archbishop
    chancellor premier deputy administrator investor trader banker strategist scientist author journalist sociologist
    historian specialist consultant engineer farmer worker nurse treasurer owner partner counsel superintendent sheriff
    inspector negotiator mediator member vice-president councillor councilor speaker whip aide aides staffer staffers
    organizer organiser campaigner pupil assistant colleague friend neighbour neighbor economist teacher student parent shopkeeper driver pilot veteran survivor victim
    forward midfielder winger quarterback pitcher goalie forecaster meteorologist firefighter councilman councilwoman
    councilmember sponsor chairperson director-general president-elect analysts economists experts residents
    coach manager skipper champion athlete runner swimmer cyclist boxer tennis-player frenchman frenchwoman
    englishman englishwoman chief-executive cfo coo cto founder co-founder
    choreographer dancer actor actress singer musician writer novelist artist architect photographer filmmaker
    climber fisherman fisherwoman baker chef landlord tenant volunteer paramedic surgeon pharmacist vet veterinarian
    commuter passenger retiree pensioner homeowner broker contractor developer planner mechanic electrician
    plumber caregiver midwife therapist psychologist psychiatrist referee umpire sailor critic supporter protester protestor`),
  officeNouns: words(`president premier prime minister king queen pope chancellor mayor governor prosecutor senator
    congressman congresswoman ambassador ceo chairman chairwoman chair secretary commissioner judge director`),
  spokesNouns: words('spokesman spokeswoman spokesperson representative'),
  anonymousNouns: words('source sources people person insider insiders officials individuals familiar pal pals friends staff colleagues witnesses fan fans onlookers bystanders neighbours neighbors'),
  anonymityMarkers: words('anonymity anonymous unnamed unidentified'),
  documentNouns: words(`paper article book review assessment audit bulletin probe inquiry investigation statement report document documents filing filings study survey poll letter memo note data
    figures records record release transcript complaint lawsuit ruling decision order text draft estimates forecast
    forecasts projections analysis indictment affidavit minutes`),
  authoredDocumentNouns: words('report review study audit survey assessment paper book inquiry investigation'),
  voiceDocumentNouns: words('statement statements release letter memo note post tweet email message remarks testimony'),
  organizationNouns: words(`ministry government company firm group police department agency union party federation club
    army military bank court council committee office institute service services authorities administration cabinet
    carrier maker manufacturer lab laboratory hospital university school movement organization organisation foundation
    regulator regulators watchdog charity commission team board campaign embassy prosecutors ministry parliament senate congress
    house white kremlin pentagon league association utility operator airline retailer insurer lender automaker
    carmaker startup exchange network broadcaster publisher newspaper station franchise bureau agency union institute
    firm developer supplier manufacturer producer distributor chain store hospital school district council
    authority`),
  genericOrganizationHeads: words('agency organisation organization body association charity union club team company firm group business management maker carmaker automaker manufacturer retailer carrier airline lender insurer startup developer supplier producer operator chain utility authority regulator watchdog'),
  organizationSynonyms: [
    'company firm group business maker carmaker automaker manufacturer retailer carrier airline lender insurer startup developer supplier producer operator chain utility',
    'council city town municipality borough', 'court tribunal', 'club team side franchise', 'ministry department',
    'agency authority regulator watchdog', 'union federation',
  ].map((g) => g.split(' ')),
  organizationNameWords: words(`commission ministry agency union party council committee federation association bank
    group company office institute foundation organization organisation assembly senate court department corp inc ltd
    llc plc co airlines motors holdings partners capital fund university college league news times post journal
    nations nato un eu who imf fbi cia labs systems technologies industries alliance trust society authority network pharmaceuticals therapeutics logistics forum centre center coalition initiative fc afc rovers rangers wanderers athletic foods brands airways media pharma insurance`),
  feminineRoleWords: words('spokeswoman chairwoman congresswoman queen princess actress businesswoman mother daughter wife sister'),
  masculineRoleWords: words('spokesman chairman congressman king prince businessman father son husband brother'),
  titles: new Map<string, 'm' | 'f' | null>([
    ['mr', 'm'], ['mr.', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'], ['dr', null],
    ['dr.', null], ['prof', null], ['prof.', null], ['sen', null], ['sen.', null], ['rep', null], ['rep.', null],
    ['gov', null], ['gov.', null], ['gen', null], ['gen.', null], ['sir', 'm'], ['lady', 'f'], ['lord', 'm'],
    ['president', null], ['senator', null], ['judge', null], ['justice', null], ['mayor', null], ['governor', null],
  ]),
  nationalities: table(NATIONALITIES),
  functionWords: words(`the a an this that these those it its he she they we i you his her their our my your and or but
    so yet for nor if when while as at by in on of to from with without about after before during since until into
    over under between among against through despite per via than then there here also however meanwhile still even
    though although because unless whether not no yes all some many most few several each every both either neither
    what which who whom whose where why how according asked speaking monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november december mr mrs ms dr last
    next earlier later today yesterday tomorrow one two three`),
  nameParticles: words('de du des la le van von der den bin ben ibn al el da di dos das del della ter abu'),
  elisions: new Set(),
  anonymousSpeaker: 'Anonymous sources',
  interviewerLabels: words('q question questions interviewer reporter'),
  timeWords: words(`monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december yesterday today tonight tomorrow morning afternoon evening night
    week month year weekend last this next late early earlier later on in at during`),
  prepositions: words('of for at by from with to in on'),
  relayParticiples: words('seen reviewed obtained published cited quoted reported viewed'),
  // "would" stays out: "a spokesman would say only that…" reports words actually said.
  hypotheticalMarkers: words('will shall could might may should must can ’ll'),
  futureForm: null,
  infinitives: null,
  sayingLemmas: words(''),
  perfectAuxiliaries: words('has have had'),
  beingAuxiliaries: words('was were is are been be'),
  circumstancePrepositions: words('in on at during while after before from'),
  clauseCoordinators: words('and but or so yet'),
  placePrepositions: words('of from at in'),
  mediaNouns: words('newspaper agency broadcaster channel network station outlet paper magazine radio site'),
  pluralDeterminers: words('these those their'),
  bareClauseVerbs: words(`say tell add claim insist argue warn believe think note explain predict acknowledge admit concede
    suggest contend maintain assert estimate hope promise vow write allege reckon`),
  bareClauseOpeners: words('a an no some many most all this these those there every each both several few nobody everyone nothing everything'),
  objectPronouns: words('us me him her them you'),
  modals: words('could should might may can must would will'),
  contrastConjunctions: words('whereas while but'),
  queSubordinators: words(''),
  subordinators: words('because since although though unless if when as and or so'),
  quantifiers: words('any all every no each'),
  nothingSaidOpeners: words('comment respond elaborate speak whether'),
  descriptorStops: words('in on during after before at while when since who which that and but'),
  reporterPossessives: words('our my'),
  organizationHints: words('its which'),
  stopwords: words(`the of and to in is that for it with as was on be by at he she his they from said have has are
    were this but not had an which would their been its who will more after also about than when there what`),
};
