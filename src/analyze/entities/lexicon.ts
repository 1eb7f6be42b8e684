// Word lists for entity spotting: titles/roles, organisation and place head words, stopwords.

/** Title phrases (lower-case, space-separated) -> normalised role. Stripped from names. */
export const TITLES: Record<string, string> = {
  president: 'president', 'vice president': 'vice president', 'prime minister': 'prime minister', premier: 'premier',
  chancellor: 'chancellor', king: 'king', queen: 'queen', prince: 'prince', 'crown prince': 'crown prince', emir: 'emir',
  sheikh: 'sheikh', sultan: 'sultan', pope: 'pope', ayatollah: 'ayatollah', 'supreme leader': 'supreme leader',
  general: 'general', gen: 'general', colonel: 'colonel', col: 'colonel', lieutenant: 'lieutenant', lt: 'lieutenant',
  admiral: 'admiral', marshal: 'marshal', commander: 'commander', major: 'major', captain: 'captain', capt: 'captain', sergeant: 'sergeant',
  'foreign minister': 'foreign minister', 'defence minister': 'defence minister', 'defense minister': 'defence minister',
  'interior minister': 'interior minister', 'finance minister': 'finance minister', 'economy minister': 'economy minister',
  'health minister': 'health minister', 'energy minister': 'energy minister', 'justice minister': 'justice minister', minister: 'minister',
  'deputy foreign minister': 'deputy foreign minister', 'deputy prime minister': 'deputy prime minister',
  'secretary of state': 'secretary of state', 'secretary-general': 'secretary-general', 'secretary general': 'secretary-general', secretary: 'secretary',
  spokesman: 'spokesman', spokeswoman: 'spokesman', spokesperson: 'spokesman', 'press secretary': 'spokesman',
  senator: 'senator', sen: 'senator', representative: 'representative', rep: 'representative', congressman: 'representative', congresswoman: 'representative',
  governor: 'governor', gov: 'governor', mayor: 'mayor', judge: 'judge', justice: 'judge', ambassador: 'ambassador', envoy: 'envoy',
  chairman: 'chairman', chairwoman: 'chairman', director: 'director', leader: 'leader', 'opposition leader': 'leader', 'minority leader': 'leader', 'majority leader': 'leader', deputy: 'deputy',
  mr: '', mrs: '', ms: '', miss: '', dr: '', prof: '', professor: '', sir: '', dame: '', lord: '', lady: '', mme: '', monsieur: '', madame: '',
  prosecutor: 'prosecutor', 'district attorney': 'prosecutor', attorney: 'attorney', 'attorney general': 'attorney general', lawyer: 'lawyer',
  sheriff: 'sheriff', detective: 'detective', officer: 'officer', inspector: 'inspector', agent: 'agent', coach: 'coach', chief: 'chief',
  'police chief': 'police chief', 'chief executive': 'chief executive', ceo: 'chief executive', bishop: 'bishop', father: 'father', rev: 'reverend',
  reverend: 'reverend', sheikha: 'sheikh', 'prime minister designate': 'prime minister', 'president-elect': 'president-elect', 'foreign secretary': 'foreign minister',
  'home secretary': 'interior minister', 'defence secretary': 'defence minister', 'defense secretary': 'defence minister', mp: 'member of parliament',
  'state councillor': 'state councillor', 'rear admiral': 'admiral', 'rear adm': 'admiral', 'vice admiral': 'admiral', 'vice adm': 'admiral', adm: 'admiral',
  'lieutenant general': 'general', 'lt gen': 'general', 'major general': 'general', 'maj gen': 'general', 'brigadier general': 'general', 'brig gen': 'general',
  'lieutenant colonel': 'colonel', 'lt col': 'colonel', 'lieutenant commander': 'commander', 'lt cmdr': 'commander', cmdr: 'commander', cdr: 'commander', maj: 'major', sgt: 'sergeant',
  'staff sergeant': 'sergeant', det: 'detective', supt: 'superintendent', superintendent: 'superintendent', insp: 'inspector', amb: 'ambassador', 'first lieutenant': 'lieutenant', 'second lieutenant': 'lieutenant', brigadier: 'brigadier', corporal: 'corporal', cpl: 'corporal', pvt: 'private',
  'deputy minister': 'deputy minister', 'trade minister': 'trade minister', 'education minister': 'education minister', 'labour minister': 'labour minister', 'labor minister': 'labour minister',
  'agriculture minister': 'agriculture minister', 'transport minister': 'transport minister', 'culture minister': 'culture minister', 'environment minister': 'environment minister',
  // Company officers, commissioners, judges in the plural ("Justices Ramos and Whitcombe"), Indian and
  // Australian government titles.
  'chief executive officer': 'chief executive', 'chief financial officer': 'chief financial officer', 'chief operating officer': 'chief operating officer',
  'chief technology officer': 'chief technology officer', 'chief economist': 'chief economist', commissioner: 'commissioner', 'police commissioner': 'commissioner',
  justices: 'judge', judges: 'judge', 'chief justice': 'chief justice', magistrate: 'magistrate', coroner: 'coroner', 'chief minister': 'chief minister',
  'deputy chief minister': 'deputy chief minister', 'first minister': 'first minister', treasurer: 'treasurer',
  // Occupations written as titles before a name ("Striker Luca Moretti", "Economist Ana Ruiz").
  striker: 'striker', midfielder: 'midfielder', defender: 'defender', goalkeeper: 'goalkeeper', winger: 'winger', quarterback: 'quarterback',
  pitcher: 'pitcher', batsman: 'batsman', bowler: 'bowler', singer: 'singer', actor: 'actor', actress: 'actor', author: 'author', novelist: 'novelist',
  economist: 'economist', analyst: 'analyst', activist: 'activist', businessman: 'businessman', businesswoman: 'businessman', billionaire: 'billionaire',
  entrepreneur: 'entrepreneur', rapper: 'rapper', comedian: 'comedian', presenter: 'presenter', broadcaster: 'broadcaster', historian: 'historian',
  // Party labels written before a name ("Democrat Ana Moreno defeated Republican Tom Whitaker"); fire-service ranks.
  democrat: '', republican: '', chair: 'chairman', chairperson: 'chairman', 'battalion chief': 'chief', 'fire chief': 'chief', 'deputy chief': 'chief',
  // Parliament speakers ("House Speaker Nancy Pelosi", "Speaker of the House" is a role phrase without a name).
  speaker: 'speaker', 'house speaker': 'speaker', 'deputy speaker': 'deputy speaker',
  'industry minister': 'industry minister', 'minister of state': 'minister', 'chief of staff': 'chief of staff', 'army chief': 'army chief', 'military spokesman': 'spokesman', patriarch: 'patriarch', archbishop: 'archbishop', cardinal: 'cardinal', rabbi: 'rabbi', imam: 'imam',
};
/** Abbreviations written with a period that stay inside a name run ("Gov. Hal Brenner", "St. Marta"). */
export const NAME_ABBREVS = new Set(['gov', 'adm', 'gen', 'lt', 'col', 'capt', 'sgt', 'rep', 'sen', 'prof', 'dr', 'st', 'mt', 'ft', 'cmdr', 'cdr', 'maj', 'mr', 'mrs', 'ms', 'rev', 'brig', 'pres', 'hon', 'cpl', 'pvt', 'supt', 'insp', 'det', 'amb']);
/** Longest title phrase in words. */
export const TITLE_MAX_WORDS = 3;

/** Lower-case role nouns usable as "the Russian president" (mapped to roles). */
export const ROLE_NOUNS: Record<string, string> = {
  president: 'president', leader: 'leader', 'prime minister': 'prime minister', premier: 'premier', chancellor: 'chancellor',
  'foreign minister': 'foreign minister', 'defence minister': 'defence minister', 'defense minister': 'defence minister',
  'head of state': 'leader', king: 'king', 'supreme leader': 'supreme leader', 'top diplomat': 'foreign minister', 'secretary of state': 'secretary of state',
};
/** Roles that count as "leader" of a country. */
export const HEAD_ROLES = new Set(['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'supreme leader', 'leader', 'emir', 'sultan', 'crown prince', 'pope']);

export const ORG_HEADS = new Set([
  'ministry', 'army', 'forces', 'force', 'party', 'council', 'committee', 'agency', 'organization', 'organisation', 'union', 'bank',
  'group', 'front', 'corporation', 'company', 'inc', 'ltd', 'llc', 'plc', 'university', 'commission', 'court', 'parliament', 'assembly',
  'institute', 'office', 'department', 'service', 'services', 'guard', 'guards', 'navy', 'brigade', 'brigades', 'battalion', 'movement', 'alliance',
  'coalition', 'fund', 'foundation', 'association', 'federation', 'news', 'television', 'tv', 'radio', 'times', 'post', 'journal',
  'observatory', 'government', 'presidency', 'duma', 'senate', 'congress', 'cabinet', 'church', 'airlines', 'airways', 'club', 'network',
  'center', 'centre', 'academy', 'authority', 'board', 'bureau', 'police', 'command', 'staff', 'militia', 'division', 'regiment',
  'corps', 'patrol', 'ministry', 'administration', 'secretariat', 'tribunal', 'embassy', 'consulate', 'mission', 'programme', 'program', 'press', 'media',
  'railways', 'railway', 'terminals', 'workers', 'ports', 'shipping', 'lines', 'motors', 'energy', 'oil', 'petroleum', 'telecom', 'holdings',
  'partners', 'capital', 'trust', 'exchange', 'chamber', 'league', 'confederation', 'syndicate', 'cooperative', 'institution', 'foundation',
  'gazette', 'herald', 'telegraph', 'tribune', 'daily', 'weekly', 'magazine', 'broadcasting', 'mobilization', 'mobilisation', 'units', 'jazeera', 'hospital', 'school', 'college', 'systems', 'industries', 'group',
  // Business-sector last words of company names ("Halvorsen Foods", "Tovar Pharmaceuticals"); only words
  // that are not also common surnames or given names ("Power", "Steel" are left out).
  'foods', 'beverages', 'brands', 'pharmaceuticals', 'pharma', 'therapeutics', 'biotech', 'technologies', 'labs', 'laboratories',
  'logistics', 'electronics', 'chemicals', 'solutions', 'enterprises', 'ventures', 'investments', 'insurance', 'bancorp', 'financial',
  'resources', 'retail', 'stores', 'software', 'semiconductor', 'semiconductors', 'automotive', 'aerospace', 'breweries', 'brewery',
  'textiles', 'properties', 'realty', 'utilities', 'robotics', 'studios', 'entertainment', 'hotels', 'resorts', 'airline', 'mining', 'refining',
  'metals', 'minerals', 'plastics', 'fertilisers', 'fertilizers', 'cement', 'dairies', 'distillers', 'apparel', 'packaging', 'pipelines',
  'biosciences', 'diagnostics', 'shipyards', 'shipbuilding', 'freight', 'survey', 'corp', 'gmbh', 'devices', 'instruments', 'materials',
  'networks', 'dynamics', 'microsystems', 'analytics', 'computing',
  // Telecoms, transport and wire-service last words ("Helix Mobile", "Northline Rail", "Meridian Wire", "Western Grid").
  'mobile', 'telecoms', 'communications', 'broadband', 'rail', 'wire', 'grid', 'agri',
  // "Velta Motor Co.", "the Metropolitan Constabulary".
  'co', 'motor', 'constabulary',
  // Institution heads ("the Federal Reserve", "the Planning Inspectorate", "the Army Reserve"); a
  // nature or game reserve is a place (PLACE_COMPOUND_HEADS).
  'reserve', 'inspectorate', 'directorate', 'judiciary', 'legislature', 'commissariat',
]);
/** Organisation heads that are also common nouns of a status: after a participle they head no organisation ("placed on Injured Reserve"). */
export const PARTICIPLE_BEFORE_HEADS = new Set(['reserve']);
/** Two last words that make a place although the last alone heads organisations ("Kelmoor Nature Reserve"). */
export const PLACE_COMPOUND_HEADS = new Set(['nature reserve', 'game reserve', 'wildlife reserve', 'marine reserve', 'forest reserve', 'biosphere reserve', 'bird reserve', 'nature park', 'wildlife park']);
/** Organisation heads that are a name of their own when alone ("Mobile" the city, "Grid"): heads only after another word. */
export const HEADS_AFTER_A_NAME = new Set(['mobile', 'rail', 'wire', 'grid', 'agri']);
export const PLACE_HEADS = new Set([
  'city', 'province', 'region', 'county', 'district', 'island', 'islands', 'sea', 'river', 'ocean', 'mountains', 'mount', 'valley', 'bay',
  'strait', 'peninsula', 'desert', 'lake', 'street', 'square', 'airport', 'airbase', 'base', 'port', 'governorate', 'oblast', 'krai',
  'republic', 'state', 'territory', 'territories', 'heights', 'plain', 'gulf', 'canal', 'coast', 'village', 'town', 'camp', 'crossing', 'border',
  'avenue', 'road', 'bridge', 'palace', 'stadium', 'park', 'hills', 'hill', 'gorge', 'plateau', 'basin', 'delta', 'prefecture',
  'beach', 'springs', 'falls', 'harbor', 'harbour', 'point', 'creek', 'fjord', 'archipelago', 'quarter', 'neighbourhood', 'neighborhood',
]);

/** Capitalised words that are not names (sentence starters, function words, calendar words). */
export const STOP = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'as',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'hers', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'there', 'here', 'however', 'meanwhile', 'moreover', 'nevertheless', 'nonetheless', 'furthermore', 'also', 'since', 'after', 'before',
  'while', 'when', 'where', 'why', 'how', 'what', 'who', 'whom', 'which', 'whose', 'according', 'last', 'next', 'both', 'all', 'some', 'many',
  'most', 'several', 'other', 'another', 'such', 'each', 'every', 'no', 'not', 'yes', 'only', 'even', 'still', 'then', 'thus', 'therefore',
  'although', 'though', 'because', 'until', 'unless', 'despite', 'during', 'over', 'under', 'about', 'into', 'through', 'between', 'among',
  'regrettably', 'unfortunately', 'naturally', 'indeed', 'instead', 'later', 'earlier', 'today', 'yesterday', 'tomorrow', 'tonight',
  'now', 'once', 'twice', 'first', 'second', 'third', 'finally', 'also', 'in', 'via', 'read', 'more', 'subscribe', 'share', 'click', 'see', 'watch',
  'photo', 'video', 'image', 'file', 'updated', 'posted', 'published', 'copyright', 'follow', 'advertisement', 'related', 'news', 'world',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'am', 'pm', 'gmt', 'utc', 'est', 'edt', 'bst', 'cet', 'msk',
  'western', 'eastern', 'northern', 'southern', 'central', 'north', 'south', 'east', 'west', 'northwestern', 'northeastern', 'southwestern',
  'southeastern', 'northwest', 'northeast', 'southwest', 'southeast', 'former', 'ex', 'acting',
  'neither', 'either', 'nor', 'whether', 'amid', 'unlike', 'like', 'following', 'speaking', 'addressing', 'having', 'being', 'without',
  'within', 'throughout', 'upon', 'asked', 'meanwhile', 'besides', 'overall', 'initially', 'eventually', 'currently', 'recently',
  'chapter', 'section', 'part', 'page', 'vol', 'no', 'q', 'a',
  // Capitalised auxiliaries open sentences and quotes ("Had Veloria not acted ..."); never part of a name.
  'had', 'has', 'have', 'was', 'were', 'is', 'are', 'did', 'does', 'do', 'should', 'could', 'would', 'shall', 'must', 'let',
]);

/** Lower-case particles allowed inside a capitalised name ("Bosnia and Herzegovina", "bin Salman"). */
/** Lower-case particles inside people's names ("de la Vega", "van der Berg", "bin Salman"). */
export const NAME_PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el']);
export const CONNECTORS = new Set(['of', 'the', 'and', ...NAME_PARTICLES, 'y', 'for', 'on']);

/** Verbs that signal a person when right after a name ("X said"). */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'stressed', 'stresses', 'emphasized', 'emphasised',
  'warned', 'warns', 'declared', 'declares', 'announced', 'announces', 'explained', 'explains', 'asked', 'asks', 'replied', 'replies',
  'insisted', 'insists', 'claimed', 'claims', 'argued', 'argues', 'wrote', 'writes', 'tweeted', 'tweets', 'recalled', 'recalls',
  'underlined', 'underlines', 'highlighted', 'highlights', 'urged', 'urges', 'vowed', 'vows', 'promised', 'promises', 'admitted',
  'admits', 'acknowledged', 'acknowledges', 'confirmed', 'confirms', 'denied', 'denies', 'suggested', 'suggests', 'continued', 'continues',
  'observed', 'observes', 'remarked', 'remarks', 'reiterated', 'reiterates', 'thanked', 'thanks', 'praised', 'praises', 'hailed', 'hails',
  'believes', 'believed', 'thinks', 'thought', 'quipped', 'joked', 'concluded', 'concludes', 'pointed', 'points', 'commented', 'comments',
  'assured', 'assures', 'cautioned', 'cautions', 'complained', 'complains', 'accused', 'accuses', 'described', 'describes', 'called', 'calls',
  'voiced', 'voices', 'slammed', 'slams', 'criticised', 'criticized', 'criticises', 'criticizes', 'recounted', 'estimated', 'estimates', 'predicted', 'predicts',
  'condemned', 'condemns', 'denounced', 'denounces', 'branded', 'brands',
  'reported', 'reports', 'announced', 'agreed', 'agrees', 'met', 'meets', 'visited', 'visits', 'congratulated', 'congratulates', 'expressed', 'expresses', 'reportedly', 'also',
]);

// Lower-case role nouns a capitalised modifier may stand before ("the Kelby coach", "Dunmere mayor"):
// the modifier names the club, firm or place the role belongs to, not a person or a thing of its own.
// Value: what the modifier is when the article names nothing else by it.
export const MODIFIER_ROLES: Record<string, 'place' | 'organisation'> = {
  mayor: 'place', governor: 'place', minister: 'place', ministers: 'place', president: 'place', premier: 'place',
  ambassador: 'place', envoy: 'place', police: 'place', councillor: 'place', councillors: 'place', council: 'place', residents: 'place',
  coach: 'organisation', manager: 'organisation', captain: 'organisation', spokesman: 'organisation', spokeswoman: 'organisation',
  spokesperson: 'organisation', chairman: 'organisation', chairwoman: 'organisation', director: 'organisation', boss: 'organisation',
  chief: 'organisation', striker: 'organisation', goalkeeper: 'organisation', midfielder: 'organisation', defender: 'organisation',
  squad: 'organisation', fans: 'organisation', supporters: 'organisation', executive: 'organisation', executives: 'organisation',
  owner: 'organisation', owners: 'organisation', official: 'organisation', officials: 'organisation',
  coordinator: 'organisation', organiser: 'organisation', organizer: 'organisation', founder: 'organisation', volunteers: 'organisation',
  volunteer: 'organisation', activists: 'organisation', candidate: 'organisation', leader: 'organisation', members: 'organisation',
  citizens: 'place', nationals: 'place', nationality: 'place',
};

// Plural common nouns for groups of people that open sentences capitalised ("Workers walked out",
// "Residents said"): never a name on their own at a sentence start.
export const GENERIC_PLURALS = new Set([
  'workers', 'residents', 'officials', 'protesters', 'protestors', 'demonstrators', 'police', 'authorities', 'voters', 'critics',
  'supporters', 'opponents', 'fans', 'analysts', 'experts', 'investigators', 'prosecutors', 'witnesses', 'villagers', 'farmers',
  'students', 'teachers', 'doctors', 'nurses', 'patients', 'passengers', 'drivers', 'shoppers', 'consumers', 'investors', 'traders',
  'employees', 'staff', 'union', 'unions', 'lawmakers', 'legislators', 'soldiers', 'troops', 'rebels', 'militants', 'activists',
  'diplomats', 'negotiators', 'leaders', 'ministers', 'members', 'locals', 'citizens', 'people', 'families', 'parents', 'children',
  'survivors', 'rescuers', 'firefighters', 'medics', 'scientists', 'researchers', 'officers', 'guards', 'stewards', 'miners',
  'strikers', 'organisers', 'organizers', 'sources', 'reporters', 'journalists', 'tenants', 'landlords', 'owners',
  'managers', 'executives', 'bosses', 'players', 'coaches', 'spectators', 'visitors', 'tourists', 'refugees', 'migrants', 'settlers',
  'rivals', 'hosts', 'holders', 'neighbours', 'neighbors', 'allies', 'partners', 'lenders', 'regulators', 'judges', 'justices',
]);

/**
 * Common nouns that open a sentence before a name ("Chipmaker Orbitek Corp said", "Rival Quantic
 * Devices"): not part of the name. True: the name is a company's; false: it may be anyone's.
 */
export const NAME_DESCRIPTORS: Record<string, boolean> = {
  chipmaker: true, carmaker: true, automaker: true, drugmaker: true, planemaker: true, shipbuilder: true, steelmaker: true, retailer: true,
  lender: true, insurer: true, miner: true, brewer: true, conglomerate: true, startup: true, 'start-up': true, supermarket: true, broadcaster: true,
  regulator: true, manufacturer: true, supplier: true, distributor: true, developer: true, operator: true, publisher: true, outsourcer: true,
  rival: false, newcomer: false, incumbent: false, challenger: false, defender: false, champion: false, veteran: false, compatriot: false,
  contender: false, nominee: false, candidate: false, opponent: false, campaigner: false, protester: false, organiser: false, organizer: false, coordinator: false, volunteer: false,
};

/**
 * Last words that only say a name is a company's ("Halvorsen Media Inc", "Summit Entertainment"), so
 * the first word alone may stand for it; institutional heads ("Surrey Police", "Boston Herald") name a
 * place's institution instead.
 */
export const COMPANY_WORDS = new Set([
  'inc', 'corp', 'ltd', 'llc', 'plc', 'co', 'gmbh', 'group', 'holdings', 'media', 'systems', 'entertainment', 'bank', 'airlines', 'airways',
  'motors', 'energy', 'oil', 'petroleum', 'telecom', 'capital', 'partners', 'industries', 'technologies', 'devices', 'instruments',
  'materials', 'networks', 'dynamics', 'microsystems', 'analytics', 'computing', 'foods', 'beverages', 'brands', 'pharmaceuticals',
  'pharma', 'therapeutics', 'biotech', 'labs', 'laboratories', 'logistics', 'electronics', 'chemicals', 'solutions', 'enterprises',
  'ventures', 'investments', 'insurance', 'bancorp', 'financial', 'resources', 'retail', 'stores', 'software', 'semiconductor',
  'semiconductors', 'automotive', 'aerospace', 'breweries', 'robotics', 'studios', 'hotels', 'resorts', 'mining', 'metals', 'shipping',
  'mobile', 'telecoms', 'communications', 'broadband', 'rail', 'agri', 'motor',
]);
