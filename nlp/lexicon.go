package nlp

import (
	"strings"
	"sync"
)

// This file holds the word tables of the language layer. They are
// written by us from common English usage, built once and never modified.

// abbrevKind says how an abbreviation behaves at a possible sentence end.
type abbrevKind uint8

const (
	// abbrevTitle never ends a sentence: a name or a number follows
	// ("Dr.", "Gen.", "Feb.", "No.").
	abbrevTitle abbrevKind = iota + 1
	// abbrevOther may end a sentence ("Inc.", "etc.", "Jr.").
	abbrevOther
)

// words parses a space-separated word list.
func words(s string) []string { return strings.Fields(s) }

func setOf(lists ...string) map[string]struct{} {
	m := make(map[string]struct{})
	for _, l := range lists {
		for _, w := range words(l) {
			m[w] = struct{}{}
		}
	}
	return m
}

// abbreviations maps lower-case abbreviations (without the final period)
// to their kind.
var abbreviations = sync.OnceValue(func() map[string]abbrevKind {
	m := make(map[string]abbrevKind)
	for _, w := range words(`mr mrs ms dr gen col lt sgt capt cpl pvt prof rev sen rep gov pres
		st mt maj adm cmdr brig hon messrs mme mlle sr jr fr gen lt-gen maj-gen ft
		no nos vol fig art sec ch pp jan feb mar apr jun jul aug sep sept oct nov dec
		approx vs v cf al ca est dept univ ave blvd rd`) {
		m[w] = abbrevTitle
	}
	for _, w := range words(`inc ltd corp co bros plc etc jr sr esq llc ph.d a.m p.m u.s u.k u.n e.u i.e e.g`) {
		m[w] = abbrevOther
	}
	// "sr"/"jr" end names, and names may end sentences.
	m["jr"] = abbrevOther
	m["sr"] = abbrevOther
	return m
})

// sentenceStarters are lower-case words that, capitalised after an
// abbreviation such as "Inc." or "U.S.", show that a new sentence began.
var sentenceStarters = sync.OnceValue(func() map[string]struct{} {
	return setOf(`the a an he she it they we i you this that these those there his her its their our
		but and or so yet however meanwhile in on at for after before when while if although though
		as since what who where why how mr mrs ms dr some many most all no one two three both each
		officials police he's it's they're`)
})

// reportingVerbs are lemmas of verbs of saying; their complement carries
// the reported content.
var reportingVerbs = sync.OnceValue(func() map[string]struct{} {
	return setOf(`say report state tell announce add quote indicate point reveal explain note
		confirm claim insist declare warn stress emphasize emphasise affirm assert comment write
		reiterate acknowledge admit allege argue believe suggest mention disclose tweet post
		told inform underline underscore remark reply respond answer clarify deny`)
})

// modalLemmas maps modal auxiliaries to their canonical lemma.
var modalLemmas = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"will": "will", "'ll": "will", "’ll": "will", "wo": "will", "shall": "shall",
		"would": "would", "'d": "would", "’d": "would", "could": "could", "can": "can", "ca": "can",
		"may": "may", "might": "might", "must": "must", "should": "should", "ought": "should",
	}
})

// intentMarkers maps the lemma of a verb, adjective or noun that takes an
// infinitive ("plans to hold") to the canonical marker put on the verb of
// the infinitive.
var intentMarkers = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, p := range [][2]string{
		{"plan", "plans to"}, {"intend", "intends to"}, {"aim", "aim to"}, {"seek", "seeks to"},
		{"agree", "agreed to"}, {"threaten", "threatened to"}, {"prepare", "prepare"},
		{"expect", "expected to"}, {"want", "wants to"}, {"hope", "hopes to"}, {"try", "tries to"},
		{"attempt", "attempts to"}, {"promise", "promised to"}, {"pledge", "pledged to"},
		{"vow", "vowed to"}, {"decide", "decided to"}, {"refuse", "refused to"}, {"offer", "offered to"},
		{"propose", "proposed to"}, {"wish", "wishes to"}, {"ready", "ready to"}, {"set", "set to"},
		{"due", "due to"}, {"likely", "likely to"}, {"willing", "willing to"}, {"able", "able to"},
		{"unable", "unable to"}, {"fail", "failed to"}, {"call", "called for"}, {"urge", "urged to"},
		{"demand", "demanded"}, {"ask", "asked to"}, {"effort", "efforts under way"},
		{"continue", "continues to"}, {"begin", "began to"}, {"start", "started to"},
		{"need", "needs to"}, {"have", "has to"}, {"going", "going to"}, {"about", "about to"},
		{"determined", "determined to"}, {"eager", "eager to"}, {"keen", "keen to"},
		{"prepared", "ready to"}, {"scheduled", "scheduled to"}, {"poised", "poised to"},
		{"deny", "denied"}, {"reject", "rejected"}, {"consider", "considering"},
		{"mean", "intends to"}, {"intention", "intends to"}, {"bid", "seeks to"},
		{"move", "move to"}, {"order", "ordered to"}, {"allow", "allowed to"}, {"permit", "allowed to"},
		{"encourage", "urged to"}, {"invite", "invited to"}, {"appeal", "called for"}, {"stop", "stopped"},
		{"avoid", "avoided"}, {"postpone", "postponed"}, {"cancel", "cancelled"}, {"delay", "postponed"},
	} {
		m[p[0]] = p[1]
	}
	return m
})

// titleWords are role nouns and their modifiers that precede or stand for
// a person's name: they are kept out of PERSON spans.
var titleWords = sync.OnceValue(func() map[string]struct{} {
	return setOf(`president vice minister prime deputy foreign interior defence defense finance
		secretary general spokesman spokeswoman spokesperson chancellor king queen prince princess
		sheikh emir sultan ayatollah pope cardinal bishop archbishop imam mullah rabbi reverend
		senator congressman congresswoman representative governor mayor ambassador envoy
		commander chief colonel col general gen lieutenant lt major maj captain capt sergeant sgt
		admiral adm brigadier marshal officer director chairman chairwoman chair head leader
		premier president-elect counterpart assistant undersecretary under-secretary
		mr mrs ms miss dr prof professor judge justice attorney lawyer sir lord lady dame
		presidential parliamentary speaker senior former acting interim special top
		coordinator adviser advisor aide official officials negotiator delegate delegation
		crown supreme leader lt. gen. col. dr. mr. mrs. ms. prof. sen. rep. gov. maj. capt. sgt. adm. brig.
		economy trade justice health education energy oil agriculture environment culture
		information intelligence security national state affairs expatriates
		mp mep cabinet commissioner high representative`)
})

// titleSet and orgSet are titleWords and orgWords with a quick first
// test by shape, for the entity finder's look-ups of capitalised words;
// reportingSet is reportingVerbs so, for the clause finder.
var (
	reportingSet = sync.OnceValue(func() *wordSet { return newWordSet(reportingVerbs()) })
	titleSet     = sync.OnceValue(func() *wordSet { return newWordSet(titleWords()) })
	orgSet       = sync.OnceValue(func() *wordSet { return newWordSet(orgWords()) })
)

// orgWords mark a run of capitalised words as an organisation.
var orgWords = sync.OnceValue(func() map[string]struct{} {
	return setOf(`agency ministry council party union organization organisation army forces force
		bank company corp corporation inc ltd plc university committee association group front
		movement brigade brigades battalion regiment division command commission parliament
		assembly congress senate court tribunal institute foundation federation league alliance
		coalition news times post press television tv radio network channel service services
		office department bureau authority board fund trust church mosque hospital school
		college police guard guards militia government administration cabinet embassy
		consulate mission nations community secretariat directorate corps navy airways airlines
		exchange reuters observatory society centre center club federation
		lp llc ag sa nv gmbh co cos holdings industries airlines motors petroleum energy
		telecom systems technologies partners capital securities savings`)
})

// monthNames maps lower-case month names and abbreviations to months 1..12.
var monthNames = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	full := words("january february march april may june july august september october november december")
	for i, w := range full {
		m[w] = i + 1
		if len(w) > 3 {
			m[w[:3]] = i + 1
			m[w[:3]+"."] = i + 1
		}
	}
	m["sept"] = 9
	m["sept."] = 9
	return m
})

// weekdayNames maps lower-case weekday names to time.Weekday values.
var weekdayNames = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for i, w := range words("sunday monday tuesday wednesday thursday friday saturday") {
		m[w] = i
	}
	return m
})

// numberWords maps small number words to their values.
var numberWords = sync.OnceValue(func() map[string]int {
	m := map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
		"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
		"fifteen": 15, "twenty": 20, "thirty": 30, "several": 3, "few": 3, "couple": 2}
	return m
})

// givenNames are common given names in news from many languages, so that
// "John Smith" is known to be a person without a title before it.
var givenNames = sync.OnceValue(func() map[string]struct{} {
	return setOf(`john james robert michael william david richard joseph thomas charles
		christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin
		brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
		stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander
		patrick jack dennis jerry tyler aaron henry peter douglas adam nathan zachary walter
		kyle harold carl jeremy keith roger gerald ethan arthur terry christian sean lawrence
		austin joe noah jesse albert bryan billy bruce willie jordan dylan alan ralph gabriel
		roy juan wayne eugene logan randy louis russell vincent philip bobby johnny bradley
		tony tom bill jim mike dave nick ben sam boris gordon nigel theresa angela emmanuel
		mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
		margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda
		melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley anna
		angela ruth brenda pamela nicole katherine virginia catherine christine samantha
		debra janet rachel carolyn emma maria heather diane julie joyce evelyn joan victoria
		kelly christina lauren frances martha judith cheryl megan andrea olivia ann jean alice
		jacqueline hannah doris kathryn gloria teresa sara janice marie julia grace judy
		hillary condoleezza madeleine ursula kamala nancy jacinda liz
		mohammed mohammad muhammad mohamed ahmed ahmad ali hassan hussein hussain omar umar
		khalid khaled abdullah abdul abdel abu ibrahim ismail youssef yusuf mahmoud mustafa
		mostafa karim tariq tarek walid faisal fahd saud salman bashar hafez hosni anwar gamal
		jamal nabil samir sami nasser hamad hamid majid bandar riyad saad saeed said sayed
		yasser yasir marwan fawaz hamza kamal nouri haider moqtada muqtada qassem qasem
		mahmud javad jawad hossein hassan mehdi reza ebrahim akbar ruhollah recep ahmet mevlut
		hakan ibrahim binali kemal abdulkadir bulent
		vladimir sergei sergey dmitry dmitri mikhail alexei alexey nikolai ivan yuri boris
		viktor andrei igor oleg pavel gennady ramzan yevgeny volodymyr petro oleksiy
		xi li wang zhang liu chen yang zhao wu zhou hu wen jiang deng mao
		shinzo fumio yoshihide junichiro kim moon park yoon
		narendra manmohan rahul sonia imran nawaz benazir shehbaz asif pervez
		benjamin yair naftali ehud ariel shimon yitzhak avigdor
		emmanuel francois nicolas jacques angela olaf gerhard helmut silvio mario matteo giorgia
		pedro jose luis carlos jorge manuel antonio francisco miguel juan luiz jair javier
		nelson jacob cyril thabo robert kofi ban antonio`)
})

// irregularPasts are irregular past-tense forms that are not also common
// nouns, so that one tagged as a noun in a sentence without a verb can
// be taken back as the verb.
var irregularPasts = sync.OnceValue(func() map[string]struct{} {
	return setOf(`withdrew fled fought struck met held told took gave sent led won began broke
		brought bought built caught chose came drove fell found flew forgot froze grew hid kept
		knew meant paid ran rose sold sought spoke spent stood stole swore threw understood
		woke wrote arose overtook undertook sank sat slid swept tore thrust became forbade
		forgave mistook overthrew withheld upheld overcame`)
})
