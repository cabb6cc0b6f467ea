"""Word lists for people and speaker resolution: titles, name order, organisations.

Everything is lower-case; callers compare ``token.casefold()``.  The lists are
small on purpose (the wire register, not an encyclopedia) and generic: they
describe how news copy names people, never one article's people.
"""

from __future__ import annotations

from typing import Final

# Honorifics written before a name; the period is optional ("Mr" / "Mr.").
HONORIFICS: Final[frozenset[str]] = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady",
        "rev", "fr", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
        "adm", "cmdr", "cdr", "brig", "cpl", "pres", "insp", "supt", "amb", "hon", "sheikh",
        "imam", "rabbi", "madame", "mme", "monsieur", "herr", "frau", "atty", "judge", "justice",
    }
)  # fmt: skip

# Honorifics that tell the person's sex, used only to keep "she" off a "Mr." and back.
FEMALE_HONORIFICS: Final[frozenset[str]] = frozenset(
    {"mrs", "ms", "miss", "madame", "mme", "dame", "lady", "frau"}
)
MALE_HONORIFICS: Final[frozenset[str]] = frozenset({"mr", "sir", "lord", "monsieur", "herr"})

# Office and role nouns: a run of these before a name is its title ("Prime Minister").
TITLE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "president", "vice", "premier", "prime", "minister", "chancellor", "king", "queen",
        "prince", "princess", "emperor", "secretary", "secretary-general", "general",
        "governor", "mayor", "senator", "congressman", "congresswoman", "representative",
        "speaker", "chairman", "chairwoman", "chairperson", "chair", "chief", "director",
        "director-general", "commissioner", "ambassador", "envoy", "consul", "spokesman",
        "spokeswoman", "spokesperson", "negotiator", "coordinator", "head", "leader",
        "deputy", "acting", "senior", "assistant", "under-secretary", "undersecretary",
        "minister-counselor", "counselor", "adviser", "advisor", "officer", "commander",
        "manager", "executive", "ceo", "cfo", "founder", "captain", "coach", "judge",
        "justice", "attorney", "prosecutor", "inspector", "superintendent", "sheriff",
        "marshal", "admiral", "colonel", "major", "lieutenant", "sergeant", "corporal",
        "brigadier", "abbot", "bishop", "archbishop", "cardinal", "pope", "patriarch",
        "ayatollah", "mufti", "professor", "doctor", "dean", "principal", "editor",
        "correspondent", "reporter", "analyst", "economist", "researcher", "scientist",
        "expert", "official", "delegate", "delegation", "mediator", "administrator",
        "commanding", "foreign", "defense", "defence", "finance", "interior", "trade",
        "health", "state", "affairs", "designated", "designate", "elect", "former",
        "first", "lady", "crown", "opposition", "party", "national", "security", "nuclear",
        "police", "army", "military", "ministry", "treasurer", "chief-of-staff",
        "presidential", "candidate", "nominee", "spokes", "monk", "member", "lawmaker",
        "legislator", "mp", "mep", "dg", "vp", "coo", "chairman-elect", "president-elect",
        "law", "home", "industry", "commerce", "education", "culture", "agriculture", "labor",
        "labour", "transport", "energy", "environment", "information", "tourism",
    }
)  # fmt: skip

# Of TITLE_WORDS, the ones that alone make a title (the others only qualify one).
TITLE_HEADS: Final[frozenset[str]] = frozenset(
    {
        "president", "premier", "minister", "chancellor", "king", "queen", "prince",
        "princess", "emperor", "secretary", "secretary-general", "general", "governor",
        "mayor", "senator", "congressman", "congresswoman", "representative", "speaker",
        "chairman", "chairwoman", "chairperson", "chair", "chief", "director",
        "director-general", "commissioner", "ambassador", "envoy", "consul", "spokesman",
        "spokeswoman", "spokesperson", "negotiator", "coordinator", "head", "leader",
        "counselor", "adviser", "advisor", "officer", "commander", "manager", "executive",
        "ceo", "cfo", "founder", "captain", "coach", "judge", "justice", "attorney",
        "prosecutor", "inspector", "superintendent", "sheriff", "marshal", "admiral",
        "colonel", "major", "lieutenant", "sergeant", "corporal", "brigadier", "abbot",
        "bishop", "archbishop", "cardinal", "pope", "patriarch", "ayatollah", "mufti",
        "professor", "doctor", "dean", "principal", "editor", "correspondent", "reporter",
        "analyst", "economist", "researcher", "scientist", "expert", "official", "delegate",
        "mediator", "administrator", "treasurer", "chief-of-staff", "candidate", "nominee",
        "monk", "member", "lawmaker", "legislator", "mp", "mep", "president-elect",
    }
)  # fmt: skip

# Surnames written first (Chinese, Korean, Vietnamese): "Li" names "Li Qiang".
SURNAME_FIRST: Final[frozenset[str]] = frozenset(
    {
        # Chinese (pinyin, with common Cantonese / Taiwanese spellings)
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu",
        "sun", "ma", "zhu", "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie",
        "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong",
        "yuan", "pan", "yu", "jiang", "cai", "du", "ye", "cheng", "wei", "su", "lu", "ding",
        "ren", "shen", "yao", "jin", "fan", "fu", "zou", "xiong", "qin", "qi", "bai", "meng",
        "wan", "qiu", "shi", "hou", "yan", "xue", "lei", "long", "duan", "hao", "kong",
        "shao", "mao", "chang", "wen", "tan", "lai", "kang", "jia", "xia", "gu", "dai",
        "fang", "gong", "zhong", "cui", "tao", "mo", "ge", "luan", "pang", "bao", "bo",
        "zhan", "niu", "qian", "xing", "hua", "ni", "yin", "shang", "ji", "geng", "rao",
        "lou", "wong", "chan", "cheung", "leung", "lam", "ng", "tsang", "chow", "ho",
        "kwok", "lau", "yip", "tsai", "hsieh", "chiang", "koo", "lien", "soong", "teo",
        "goh", "lee", "tay", "ong", "koh", "lim",
        # Korean
        "kim", "park", "choi", "jung", "jeong", "cho", "yoon", "yun", "jang",
        "shin", "oh", "seo", "kwon", "hwang", "ahn", "an", "moon", "ban", "roh", "chun",
        "yoo", "ryu", "nam", "baek", "paek", "hong", "chung", "pyo", "ri", "pak", "choe",
        # Vietnamese
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui",
        "do", "ngo", "duong", "ly", "trinh", "truong", "dinh", "mai",
    }
)  # fmt: skip

# Lower-case name particles that may sit inside a name ("Osama bin Laden").
NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    {"al", "el", "bin", "ibn", "bint", "abu", "van", "von", "der", "den", "de", "del", "della",
     "da", "di", "dos", "das", "du", "la", "le", "ter", "ben", "mac", "st"}
)  # fmt: skip

# Head nouns of organisations: "the ministry said", "Regional Transit Office".
ORG_HEADS: Final[frozenset[str]] = frozenset(
    {
        "ministry", "department", "commission", "committee", "council", "government",
        "administration", "office", "agency", "bureau", "authority", "authorities",
        "police", "army", "military", "navy", "force", "forces", "guard", "company",
        "corporation", "corp", "co", "ltd", "inc", "llc", "plc", "group", "association",
        "federation", "union", "league", "party", "front", "movement", "organization",
        "organisation", "institute", "institution", "university", "college", "academy",
        "school", "center", "centre", "laboratory", "lab", "bank", "fund", "court",
        "tribunal", "parliament", "congress", "senate", "assembly", "cabinet", "embassy",
        "consulate", "mission", "radio", "television", "tv", "newspaper", "daily", "times",
        "post", "news", "service", "services", "network", "society", "foundation", "club",
        "board", "secretariat", "presidency", "palace", "house", "kremlin", "pentagon",
        "coalition", "alliance", "tigers", "brigades", "jihad", "hamas", "hezbollah",
        "taliban", "delegation", "team", "campaign", "exchange", "firm", "industries",
        "airlines", "airways", "hospital", "station", "headquarters", "command",
        "nations", "community", "commune", "municipality", "province",
        "county", "city", "republic", "kingdom", "emirates", "junta", "regime", "cooperative", "trust", "body",
        "panel", "website", "magazine", "journal", "channel", "broadcaster", "observatory",
    }
)  # fmt: skip

# Documents that "say" things: "the statement said", "according to the report".
DOCUMENT_HEADS: Final[frozenset[str]] = frozenset(
    {
        "statement", "report", "agreement", "document", "communique", "declaration",
        "letter", "study", "survey", "research", "resolution", "plan", "roadmap", "paper",
        "leaflet", "draft", "notice", "circular", "announcement", "release", "editorial",
        "commentary", "article", "poll", "analysis", "memo", "bulletin", "forecast",
        "message", "treaty", "accord", "law", "bill", "proposal", "white", "complaint",
        "petition", "lawsuit", "ruling", "verdict", "filing", "motion", "decree", "tweet",
    }
)  # fmt: skip

# Plural groups that stay unresolved ("officials said", "witnesses said").
GROUP_HEADS: Final[frozenset[str]] = frozenset(
    {
        "officials", "sources", "witnesses", "eyewitnesses", "analysts", "experts",
        "observers", "residents", "villagers", "people", "critics", "insiders", "monitors",
        "demonstrators", "protesters", "protestors", "petitioners", "investigators",
        "diplomats", "delegates", "participants", "leaders", "members", "lawmakers",
        "legislators", "voters", "supporters", "opponents", "activists", "citizens",
        "scientists", "researchers", "doctors", "economists", "traders", "dealers",
        "reports", "media", "organizers", "organisers", "authorities",
        "spokesmen", "negotiators", "officers", "ministers", "firms", "companies",
        "countries", "parties", "groups", "students", "workers", "farmers", "others",
        "many", "some", "both", "all", "most", "several", "few", "those", "pamphlets",
        "placards", "rumors", "rumours", "polls", "relatives", "families", "fans",
        "players", "survivors", "victims", "soldiers", "troops", "rebels", "militants",
        "insurgents", "agencies", "governments", "nations", "states",
        "republicans", "democrats", "conservatives", "liberals", "millennials",
        "opposition", "public", "crowd", "men", "women", "children",
    }
)  # fmt: skip

# Personal pronouns by what they can refer to.
PERSON_PRONOUNS: Final[frozenset[str]] = frozenset(
    {"he", "she", "him", "her", "his", "hers", "i", "me", "my"}
)
PLURAL_PRONOUNS: Final[frozenset[str]] = frozenset({"they", "them", "their", "we", "us", "our"})
POSSESSIVE_PRONOUNS: Final[frozenset[str]] = frozenset({"his", "her", "their", "its", "my", "our", "your"})
# Adverbs a detector may leave at the end of a mention ("Muyakwa thus said").
TRAILING_ADVERBS: Final[frozenset[str]] = frozenset(
    {"thus", "also", "further", "then", "later", "earlier", "again", "still", "however",
     "meanwhile", "too", "already", "previously", "recently", "once", "first", "finally",
     "yesterday", "today", "tonight", "separately", "repeatedly", "reportedly", "himself",
     "herself", "themselves", "itself"}
)  # fmt: skip
THING_PRONOUNS: Final[frozenset[str]] = frozenset({"it", "its", "this"})
RELATIVE_PRONOUNS: Final[frozenset[str]] = frozenset({"who", "which", "that", "whom", "whose"})
FEMALE_PRONOUNS: Final[frozenset[str]] = frozenset({"she", "her", "hers"})
MALE_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "him", "his"})

DETERMINERS: Final[frozenset[str]] = frozenset(
    {"the", "a", "an", "one", "another", "this", "that", "these", "those"}
)
INDEFINITES: Final[frozenset[str]] = frozenset(
    {
        "a",
        "an",
        "one",
        "another",
        "some",
        "any",
        "several",
        "many",
        "few",
        "most",
        "all",
        "both",
        "two",
        "three",
    }
)

# Heads that never name someone in particular, even after "the" ("the person familiar with ...").
ANONYMOUS_HEADS: Final[frozenset[str]] = frozenset(
    {"person", "man", "woman", "individual", "someone", "anyone", "somebody", "boy", "girl",
     "child", "resident", "witness", "eyewitness", "villager", "passenger", "driver", "student"}
)  # fmt: skip

# Adjectives a wire agency puts before an organisation's name ("the official Merovian news agency").
ORG_PREMODIFIERS: Final[frozenset[str]] = frozenset(
    {"official", "semi-official", "state-run", "state-owned", "government-run", "private"}
)

# Capitalised words that start sentences but never start names.
NOT_NAME_WORDS: Final[frozenset[str]] = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we",
        "i", "you", "his", "her", "its", "their", "our", "my", "your", "in", "on", "at",
        "for", "from", "with", "by", "of", "to", "as", "after", "before", "during", "since",
        "under", "over", "about", "among", "between", "but", "and", "or", "so", "yet",
        "however", "meanwhile", "also", "although", "though", "while", "when", "where",
        "if", "because", "according", "last", "next", "earlier", "later", "now", "then",
        "there", "here", "some", "many", "most", "all", "both", "each", "other", "such",
        "no", "not", "local", "only", "what", "which", "who", "why", "how", "one", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "today", "yesterday", "tomorrow", "noting",
        "speaking", "asked", "despite", "besides", "like", "unlike", "following", "amid",
        "against", "through", "without", "within", "into", "upon", "once", "just",
        "even", "still", "further", "furthermore", "moreover", "thus", "therefore",
        "instead", "currently", "recently", "previously", "already",
        "tonight", "morning", "afternoon", "evening", "night", "week", "year", "month",
        "xinhua", "reuters", "ap", "afp", "upi", "enditem", "photo", "file", "said",
        "says", "told", "added", "more", "less", "neither", "either", "every", "any",
    }
)  # fmt: skip

# Countries, nationality adjectives and other place names that open a descriptor
# ("Kazakh Prime Minister ...", "Governor of the US state of California ...").
PLACES: Final[frozenset[str]] = frozenset(
    {
        "afghan", "afghanistan", "africa", "african", "albania", "albanian", "algeria",
        "algerian", "america", "american", "angola", "angolan", "argentina", "argentine",
        "armenia", "armenian", "asia", "asian", "australia", "australian", "austria",
        "austrian", "azerbaijan", "azerbaijani", "bahrain", "bangladesh", "bangladeshi",
        "belarus", "belarusian", "belgian", "belgium", "bolivia", "bolivian", "bosnia",
        "bosnian", "brazil", "brazilian", "britain", "british", "bulgaria", "bulgarian",
        "burma", "burmese", "cambodia", "cambodian", "cameroon", "canada", "canadian",
        "chile", "chilean", "china", "chinese", "colombia", "colombian", "congo",
        "congolese", "croatia", "croatian", "cuba", "cuban", "cyprus", "cypriot", "czech",
        "denmark", "danish", "dutch", "ecuador", "egypt", "egyptian", "england",
        "english", "eritrea", "ethiopia", "ethiopian", "eu", "europe", "european",
        "finland", "finnish", "france", "french", "georgia", "georgian", "german",
        "germany", "ghana", "ghanaian", "greece", "greek", "guatemala", "haiti",
        "haitian", "hungary", "hungarian", "iceland", "india", "indian", "indonesia",
        "indonesian", "iran", "iranian", "iraq", "iraqi", "ireland", "irish", "israel",
        "israeli", "italian", "italy", "jamaica", "japan", "japanese", "jordan",
        "jordanian", "kazakh", "kazakhstan", "kenya", "kenyan", "korea", "korean",
        "kuwait", "kuwaiti", "kyrgyz", "kyrgyzstan", "laos", "lao", "latvia", "lebanon",
        "lebanese", "liberia", "libya", "libyan", "lithuania", "malaysia", "malaysian",
        "mexican", "mexico", "moldova", "mongolia", "mongolian", "morocco", "moroccan",
        "mozambique", "myanmar", "namibia", "nepal", "nepalese", "netherlands", "zealand",
        "nicaragua", "niger", "nigeria", "nigerian", "norway", "norwegian", "oman",
        "pakistan", "pakistani", "palestine", "palestinian", "panama", "paraguay", "peru",
        "peruvian", "philippine", "philippines", "filipino", "poland", "polish",
        "portugal", "portuguese", "qatar", "qatari", "romania", "romanian", "russia",
        "russian", "rwanda", "saudi", "arabia", "scotland", "scottish", "senegal",
        "serbia", "serbian", "singapore", "singaporean", "slovak", "slovakia", "slovenia",
        "somalia", "somali", "spain", "spanish", "sri", "lanka", "lankan", "sudan",
        "sudanese", "sweden", "swedish", "swiss", "switzerland", "syria", "syrian",
        "taiwan", "tajik", "tajikistan", "tanzania", "tanzanian", "thai", "thailand",
        "tunisia", "tunisian", "turkey", "turkish", "turkmen", "turkmenistan", "uganda",
        "ugandan", "ukraine", "ukrainian", "uk", "un", "us", "usa", "u.s.", "u.n.", "u.k.",
        "uruguay", "uzbek", "uzbekistan", "venezuela", "venezuelan", "vietnam",
        "vietnamese", "welsh", "yemen", "yemeni", "zambia", "zambian", "zimbabwe",
        "zimbabwean", "dprk", "rok", "prc", "beijing", "washington", "moscow", "tokyo",
        "london", "paris", "berlin", "seoul", "pyongyang", "taipei", "hong", "kong",
        "macao", "shanghai", "hunan", "guangdong", "tibet", "xinjiang", "gaza", "kashmir",
        "california", "texas", "florida", "new", "york", "ohio", "virginia", "iowa",
        "alabama", "alaska", "arizona", "arkansas", "colorado", "connecticut", "delaware",
        "hawaii", "idaho", "illinois", "indiana", "kansas", "kentucky", "louisiana",
        "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
        "missouri", "montana", "nebraska", "nevada", "hampshire", "jersey", "carolina",
        "dakota", "oklahoma", "oregon", "pennsylvania", "rhode", "tennessee", "utah",
        "vermont", "wisconsin", "wyoming", "manitoba", "ontario", "quebec", "alberta",
        "western", "eastern", "northern", "southern", "central", "north", "south", "east",
        "west", "republican", "democrat", "democratic", "gop", "conservative", "labour",
        "socialist", "communist", "arab", "islamic", "muslim", "catholic", "latin", "nordic", "baltic",
        "gulf", "middle", "mideast", "world", "international", "global", "regional",
    }
)  # fmt: skip
