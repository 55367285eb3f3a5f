package article

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Clean removes the junk that scraped plain text carries around an
// article while keeping every sentence of it:
//
//   - leftover script, style and code blocks (a Facebook SDK loader, a
//     dataLayer push, CSS rules), found by the density of code tokens;
//   - share, cookie, subscription and login widgets, "Read more" and
//     "Related" links, advertisement labels, copyright lines;
//   - photo captions and credits ("Photo: Reuters", "(AP Photo/...)");
//   - navigation: lines repeated in the text, runs of short menu lines,
//     and the short lines before the first and after the last paragraph of
//     prose (except the headline, byline and dateline just above it).
//
// A line that reads as a sentence (several words ending in terminal
// punctuation) is kept unless it is code or a cookie or subscription
// notice. The result has one paragraph per line group, separated by blank
// lines; text is not otherwise rewritten (see Normalize).
func Clean(text string) string {
	lines := splitLines(text)
	if len(lines) == 0 {
		return ""
	}
	kinds := make([]lineKind, len(lines))
	for i, l := range lines {
		kinds[i] = classify(l)
	}
	markCodeBlocks(lines, kinds)
	markRepeated(lines, kinds)
	markMenuRuns(lines, kinds)
	markComments(lines, kinds)
	markMinorBlocks(lines, kinds)
	markBio(lines, kinds)
	markOutsideProse(lines, kinds)

	var b strings.Builder
	for i, l := range lines {
		if kinds[i] == lineDrop || kinds[i] == lineCode || l == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(l)
	}
	return b.String()
}

type lineKind uint8

const (
	lineShort lineKind = iota // short line: heading, byline, menu item
	lineProse                 // a sentence or paragraph
	lineCode                  // script, style, markup
	lineDrop                  // widget, caption, navigation
)

// splitLines splits text into trimmed lines with single spaces; blank
// lines are kept as "" to mark paragraph breaks.
func splitLines(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	raw := strings.Split(text, "\n")
	out := make([]string, 0, len(raw))
	for _, l := range raw {
		out = append(out, strings.Join(strings.Fields(l), " "))
	}
	// Drop leading and trailing blank lines.
	for len(out) > 0 && out[0] == "" {
		out = out[1:]
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

// cleanPatterns are the regular expressions of the cleaner, compiled once.
type cleanPatterns struct {
	code        *regexp.Regexp // strong signs of script or style
	widget      *regexp.Regexp // whole short lines that are widgets
	notice      *regexp.Regexp // cookie/subscription notices, at any length
	caption     *regexp.Regexp // caption and credit lines
	captionTail *regexp.Regexp // credit in brackets at the end of a short line
	comments    *regexp.Regexp // the start of a reader-comment section
	bio         *regexp.Regexp // an author's biography line
	stamp       *regexp.Regexp // a bare time stamp or vote count (comment and teaser lists)
}

var patterns = sync.OnceValue(func() *cleanPatterns {
	return &cleanPatterns{
		code:        regexp.MustCompile(`(?i)(\bfunction\s*\(|\bvar\s+[\w$]+\s*[=,;]|\b(let|const)\s+[\w$]+\s*=|\bdocument\.(get|create|write|querySelector|body|head|cookie)|\bwindow\.[\w$]+|getElementsBy|createElement|\.(src|href|async|innerHTML)\s*=|parentNode|insertBefore|addEventListener|\breturn\s*[;}]|=>\s*[{(]|^\s*[{}]\s*[);,]*\s*$|^\s*\}\s*(else|catch|\))|\)\s*\{\s*$|\}\s*\)\s*\(|\}\s*\(\s*document|\]\s*=\s*\[|\|\|\s*\[\]|<\/?(script|style|iframe|noscript|div|span)\b|@media\b|@import\b|!important|^\s*[.#]?[\w-]+\s*\{[^}]*$|^\s*[\w-]+\s*:\s*[^;]{1,60};\s*$|\bgoogletag\.|\bdataLayer\b|\bfbq\(|\bgtag\(|\b_gaq\b|\bjQuery\b|\$\(\s*['"\w])`),
		widget:      regexp.MustCompile(`(?i)^[\W_]*(share( (this|on|via|article|story))?( on)?( (facebook|twitter|x|linkedin|whatsapp|email|reddit|pinterest|telegram))*|(tweet|email|print|whatsapp|facebook|twitter|linkedin|pinterest|reddit|telegram|copy link|copy|link copied|save|comment|comments|\d+ comments?|show comments|view comments|leave a comment|post a comment|add a comment|reply)|read (more|also|next|full story|full article|the full story|the full article|more about)|(see|show|load|view) (more|all|also)|more (on|about|from) this (story|topic)|related( (articles?|stories|posts|content|news|topics?|coverage|links?|reading))?|recommended( for you)?|most (read|popular|viewed|shared)|trending( now)?|you (may|might) (also )?like|also read|advertisement|advertising|ad|sponsored( content)?|promoted|skip to (main )?(content|navigation)|jump to|back to top|top of page|menu|main menu|navigation|home|search|log ?in|sign ?in|sign ?up|register|subscribe( now)?|subscribe( to [\w ]+)?|follow us( on \w+)?|like us on facebook|download (the|our) app|get the app|newsletter|sign up for (our|the) [\w ]*newsletter|cookie (settings|policy|preferences)|accept( all)?( cookies)?|privacy (policy|settings)|terms (of use|of service|and conditions)|all rights reserved\.?|contact us|about us|click here( to [\w ]+)?|tap here( to [\w ]+)?|continue reading|loading\.*|please wait\.*|close|open|next( article| story| post)?|previous( article| story| post)?|prev|more|tags?|topics?|filed under|image|photo|video|watch|listen|play|audio|gallery|enlarge|zoom|caption|credit)[\W_]*(\d+)?[\W_]*$`),
		notice:      regexp.MustCompile(`(?i)(\b(we|this (web)?site|our (web)?site|this page) (uses?|places?) cookies\b|\bby (continuing to (use|browse)|using) (this|our) (web)?site\b.*\bcookies?\b|\bcookies? (policy|settings|consent)\b.*\b(accept|agree|continue)\b|\byou have reached (your|the) (limit|maximum)\b|\b(subscribe|sign up|register) (now |today )?(to|for) (continue|keep) reading\b|\bto continue reading,? (please )?(subscribe|log ?in|sign ?in|register)\b|\bthis (content|article) is (only )?(available|reserved) (only )?(to|for) (subscribers|members)\b|\balready (a subscriber|have an account)\?|\bsign up for (our|the) [\w ]*newsletter\b|\b(get|receive) (our|the) [\w ]*newsletter\b|\benter your e-?mail( address)?\b|\bplease (enable|turn on) javascript\b|\byour browser (does not|doesn't) support\b|\bcopyright \d{4}\b.*\ball rights reserved\b|^©.{0,80}$|\ball rights reserved\.?\s*$|\b(stock )?quotes?( data)? (are )?(delayed|provided by)\b|\bmarket data (is )?provided by\b|\b(updated|read|review|agree to|accept) (our|the) (privacy|cookie) (policy|notice|statement)\b|\bby (signing up|subscribing|clicking)\b.{0,40}\b(agree|accept|consent)\b)`),
		caption:     regexp.MustCompile(`(?i)^image (caption|copyright) \S.{0,200}$|^[\W_]*(image (copyright|caption|source|credit)|photo(graph)?( credit)?|picture|pic|credit|source|file photo|caption|illustration|video|watch|graphic)s?\s*[:|–—-]\s*\S.{0,150}$|^\(?\s*(ap|afp|reuters|getty|epa|anadolu|xinhua|sana|irna|tass|shutterstock|istock)( images?)?( photo)?\s*(/|:)\s*[^.]{0,80}\)?\s*$|^[^.]{0,120}\((ap|afp|reuters|epa|xinhua|getty images|photo)[^)]{0,80}\)\s*$`),
		comments:    regexp.MustCompile(`(?i)^(\d+\s+(comments?|responses?|replies|reactions)( to\b.*)?|(top rated |reader |show |view |latest |most recent )?comments?( \(\d+\))?|leave a (reply|comment)|post a comment|add (a|your) comment|comments are closed\.?|you must (be )?log(ged)? ?in to post a comment\.?|join the (discussion|conversation)|discussion|what do you think\??|\S+( \S+){0,2} says:|.{1,60} on \w+ \d{1,2},? \d{4},? at \d{1,2}:\d\d ?([ap]\.?m\.?)? (said|says|wrote):?)$`),
		stamp:       regexp.MustCompile(`(?i)^(updated:? |posted:? |published:? )?(\d+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago(,? (at )?\d{1,2}[:.]\d\d( ?[ap]\.?m\.?)?)?|(\p{L}+\.? \d{1,2},? \d{4}|\d{1,2} \p{L}+\.? \d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d\d-\d\d|yesterday|today)(,? (at )?\d{1,2}[:.]\d\d( ?[ap]\.?m\.?)?( [a-z]{2,4})?)?|\d{1,2}:\d\d( ?[ap]\.?m\.?)?|rating: -?\d+ votes?|\d+ (votes?|likes?|points?|replies|shares))$`),
		bio:         regexp.MustCompile(`^(\p{Lu}[\p{L}.'’-]*\s){1,3}(\([^)]{1,40}\)\s)?(is|has been|was) (a|an|the) [^.]{0,100}\b(reporter|writer|editor|correspondent|contributor|columnist|journalist|host|producer|author|blogger|freelancer|analyst at|fellow at)s?\b`),
		captionTail: regexp.MustCompile(`(?i)(\b(photo|image|picture|credit)s?\s*(by|:)\s*[^.]{0,60}|\b(getty images|shutterstock|istock(photo)?|ap photo|afp photo|reuters/[^)]{0,40}))\)?\s*$`),
	}
})

// classify gives a line its first kind from its own text.
func classify(l string) lineKind {
	if l == "" {
		return lineShort
	}
	p := patterns()
	words := wordCount(l)
	if isCode(l, words) {
		return lineCode
	}
	if words <= 150 && mayBeNotice(l) && p.notice.MatchString(l) {
		return lineDrop
	}
	if words <= 8 && mayBeWidget(l) && p.widget.MatchString(l) {
		return lineDrop
	}
	if words <= 8 && strings.ContainsAny(l, "0123456789") && p.stamp.MatchString(l) {
		return lineDrop
	}
	capt := words <= 40 && mayBeCaption(l)
	if capt && strings.HasPrefix(strings.ToLower(l), "image c") && p.caption.MatchString(l) {
		return lineDrop
	}
	if doubled(l) {
		return lineDrop // a teaser: the same headline twice in one line
	}
	if capt && words <= 30 && strings.ContainsAny(l, ":|–—-/()") {
		if p.caption.MatchString(l) && (!endsSentence(l) || words <= 20 && captionish(l)) {
			return lineDrop
		}
	}
	if capt && words <= 25 && p.captionTail.MatchString(l) && !endsSentence(strings.TrimRight(l, ") ")) {
		return lineDrop
	}
	if isProse(l, words) {
		return lineProse
	}
	return lineShort
}

// captionWords are the words without which a line cannot be a caption
// or credit; they spare the caption patterns most lines.
var captionWords = []string{"image", "photo", "picture", "pic", "credit", "source", "caption", "illustration", "video", "watch", "graphic",
	"afp", "reuters", "getty", "epa", "anadolu", "xinhua", "sana", "irna", "tass", "shutterstock", "istock", "ap/", "ap:", "(ap", "ap photo", "ap "}

func mayBeCaption(l string) bool { return containsAnyOf(strings.ToLower(l), captionWords) }

// doubled says whether a line is one text written twice ("Title Title"),
// as teaser links with a hidden duplicate label come out.
func doubled(l string) bool {
	if len(l) < 20 || len(l)%2 == 0 {
		return false
	}
	h := len(l) / 2
	return l[h] == ' ' && l[:h] == l[h+1:]
}

// noticeWords are the words without which a line cannot be a notice: each
// alternative of the notice pattern contains one of them (lower-cased), so
// a line without any is spared the pattern. They are the alternatives'
// rarest parts ("continue reading", not "reading"), since ordinary prose
// reaches the pattern whenever it holds one.
var noticeWords = []string{"cookie", "you have reached", "continue reading", "keep reading", "this content", "this article",
	"subscri", "have an account", "newsletter", "enter your e", "javascript", "your browser", "reserved", "©", "delayed",
	"provided by", "privacy", "signing up", "clicking"}

func mayBeNotice(l string) bool { return containsAnyOf(strings.ToLower(l), noticeWords) }

// captionish says whether a line that matched the caption pattern is a
// caption and not a sentence that happens to start with "Photo:" text.
func captionish(l string) bool {
	return strings.Contains(l, ":") || strings.Contains(l, "/") || strings.HasSuffix(l, ")")
}

// isProse: a paragraph line of at least six words ending in terminal
// punctuation, or a long line of words.
func isProse(l string, words int) bool {
	if words < 40 && (strings.HasSuffix(l, "...") || strings.HasSuffix(l, "…")) {
		return false // a cut-off teaser
	}
	if words >= 6 && endsSentence(l) {
		return true
	}
	return words >= 16 && letterShare(l) > 0.6
}

func endsSentence(l string) bool {
	l = strings.TrimRight(l, " \"'”’»)]*")
	if l == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l)
	switch r {
	case '.', '!', '?', '…', ':', ';', '。', '！', '？', '؟', '۔', '।':
		return true
	}
	return false
}

func wordCount(l string) int {
	n := 0
	in := false
	for _, r := range l {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !in {
				n++
			}
			in = true
		} else if unicode.IsSpace(r) {
			in = false
		}
	}
	return n
}

func letterShare(l string) float64 {
	letters, total := 0, 0
	for _, r := range l {
		if unicode.IsSpace(r) {
			continue
		}
		total++
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if total == 0 {
		return 0
	}
	return float64(letters) / float64(total)
}

// codeSymbols are characters frequent in code and rare in prose.
const codeSymbols = "{}();=<>[]$_|&\\/+*"

// isCode says whether a line is script, style or markup: it matches a
// strong code pattern and has a code-like share of symbols, or is made
// mostly of symbols.
func isCode(l string, words int) bool {
	sym, nonSpace := 0, 0
	for _, r := range l {
		if unicode.IsSpace(r) {
			continue
		}
		nonSpace++
		if strings.ContainsRune(codeSymbols, r) {
			sym++
		}
	}
	if nonSpace == 0 {
		return false
	}
	share := float64(sym) / float64(nonSpace)
	// Every strong code pattern needs one of these characters: test for
	// them before running the pattern.
	if strings.ContainsAny(l, "{};=$<>|") && mayBeCode(l) && patterns().code.MatchString(l) {
		// Prose that mentions a "function (" or ends with "{" still reads
		// as prose: demand some symbol density unless the line is short.
		return share >= 0.06 || words <= 6
	}
	return share >= 0.3 && nonSpace >= 4 && !endsSentence(l)
}

// codeWords are words of the code pattern's alternatives that need
// neither a brace, a closing bracket, "||" nor ":" with ";" (see
// mayBeCode).
var codeWords = []string{"var", "return", "function", "document.", "window.", "getelementsby", "createelement",
	"parentnode", "insertbefore", "addeventlistener", "googletag.", "datalayer", "fbq(", "gtag(", "_gaq", "jquery", "$("}

// codeTags are the tags of the code pattern's markup alternative.
var codeTags = []string{"<script", "</script", "<style", "</style", "<iframe", "</iframe", "<noscript", "</noscript",
	"<div", "</div", "<span", "</span"}

// codeAssign are the parts of the code pattern's alternatives that need an
// "=" (let/const declarations, property assignments, arrow functions).
var codeAssign = []string{"let", "const", ".src", ".href", ".async", ".innerhtml", "=>"}

// mayBeCode says whether the code pattern can match a line. Each of its
// alternatives needs a brace, a closing bracket, "||", both ":" and ";" (a
// style rule), one of codeWords, a markup tag of codeTags, "@media" or
// "@import", "!important", or an "=" with one of codeAssign; a line
// without any of them (prose with "$5bn", a semicolon or "<Ticker Inc>")
// is spared the pattern. Lines with other than ASCII go to the pattern,
// whose case-insensitive matching folds some letters to ASCII.
func mayBeCode(l string) bool {
	colon, semi, lt, eq, at, bang := false, false, false, false, false, false
	for i := 0; i < len(l); i++ {
		switch c := l[i]; c {
		case '{', '}', ']':
			return true
		case '|':
			if i+1 < len(l) && l[i+1] == '|' {
				return true
			}
		case ':':
			colon = true
		case ';':
			semi = true
		case '<':
			lt = true
		case '=':
			eq = true
		case '@':
			at = true
		case '!':
			bang = true
		default:
			if c >= utf8.RuneSelf {
				return true
			}
		}
	}
	if colon && semi {
		return true
	}
	low := strings.ToLower(l)
	return containsAnyOf(low, codeWords) ||
		lt && containsAnyOf(low, codeTags) ||
		eq && containsAnyOf(low, codeAssign) ||
		at && (strings.Contains(low, "@media") || strings.Contains(low, "@import")) ||
		bang && strings.Contains(low, "!important")
}

// containsAnyOf says whether s contains one of subs.
func containsAnyOf(s string, subs []string) bool {
	for _, w := range subs {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// widgetFirst are the first words of the widget pattern's alternatives.
var widgetFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`share tweet email print whatsapp facebook twitter linkedin pinterest reddit telegram
		copy link save comment comments show view leave post add reply read see load more related recommended most
		trending you also advertisement advertising ad sponsored promoted skip jump back top menu main navigation home
		search log login sign signin signup register subscribe follow like download get newsletter cookie accept
		privacy terms all contact about click tap continue loading please close open next previous prev tag tags
		topic topics filed image photo video watch listen play audio gallery enlarge zoom caption credit`) {
		m[w] = true
	}
	return m
}()

// mayBeWidget says whether the widget pattern can match a line: after
// the leading symbols it skips, the line must start with a digit ("12
// comments") or with the first word of one of its alternatives. Lines
// with other than ASCII go to the pattern.
func mayBeWidget(l string) bool {
	i := 0
	for i < len(l) && !isASCIILetter(l[i]) && (l[i] < '0' || l[i] > '9') {
		if l[i] >= utf8.RuneSelf {
			return true
		}
		i++
	}
	if i == len(l) || l[i] >= '0' && l[i] <= '9' {
		return i < len(l)
	}
	j := i
	for j < len(l) && isASCIILetter(l[j]) {
		j++
	}
	for k := j; k < len(l); k++ {
		if l[k] >= utf8.RuneSelf {
			return true
		}
	}
	if j-i > 13 {
		return false
	}
	var low [13]byte
	for k := i; k < j; k++ {
		low[k-i] = l[k] | 0x20
	}
	return widgetFirst[string(low[:j-i])]
}

// commentWords are words of the reader-comment pattern's alternatives;
// its last alternative ("jane on May 3, 2019 at 7:52 pm said:") needs a
// colon and said, says or wrote instead.
var commentWords = []string{"comment", "response", "replies", "reply", "reaction", "discussion", "conversation", "think", "says:"}

// mayBeComment says whether the reader-comment pattern can match a line.
func mayBeComment(l string) bool {
	for i := 0; i < len(l); i++ {
		if l[i] >= utf8.RuneSelf {
			return true
		}
	}
	low := strings.ToLower(l)
	return containsAnyOf(low, commentWords) ||
		strings.Contains(low, ":") && containsAnyOf(low, []string{"said", "says", "wrote"})
}

// markCodeBlocks extends code to the lines inside a block: a short line
// between two code lines (a lone "js.src = ..." fragment, "}") is code.
func markCodeBlocks(lines []string, kinds []lineKind) {
	for i := range lines {
		if kinds[i] != lineShort || lines[i] == "" {
			continue
		}
		prev, next := -1, -1
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if kinds[j] == lineCode {
				prev = j
				break
			}
			if kinds[j] == lineProse {
				break
			}
		}
		for j := i + 1; j < len(lines) && j <= i+3; j++ {
			if kinds[j] == lineCode {
				next = j
				break
			}
			if kinds[j] == lineProse {
				break
			}
		}
		if prev >= 0 && next >= 0 {
			kinds[i] = lineCode
		}
	}
}

// markRepeated drops short lines that occur more than once: site menus
// and widget labels repeat, an article's own short lines rarely do.
func markRepeated(lines []string, kinds []lineKind) {
	count := make(map[string]int)
	for i, l := range lines {
		if kinds[i] == lineShort && l != "" {
			count[strings.ToLower(l)]++
		}
	}
	for i, l := range lines {
		if kinds[i] == lineShort && l != "" && count[strings.ToLower(l)] > 1 {
			kinds[i] = lineDrop
		}
	}
}

// markMenuRuns drops runs of four or more consecutive very short lines
// (at most three words each, none ending a sentence; blank and dropped
// lines between them do not end a run): menus, tag lists, share bars.
func markMenuRuns(lines []string, kinds []lineKind) {
	short := func(i int) bool {
		if lines[i] == "" || kinds[i] == lineDrop {
			return false
		}
		return kinds[i] == lineShort && wordCount(lines[i]) <= 3 && !endsSentence(lines[i])
	}
	i := 0
	for i < len(lines) {
		if !short(i) {
			i++
			continue
		}
		j, n := i, 0
		for j < len(lines) && (short(j) || lines[j] == "" || kinds[j] == lineDrop) {
			if short(j) {
				n++
			}
			j++
		}
		if n >= 4 {
			for k := i; k < j; k++ {
				if short(k) {
					kinds[k] = lineDrop
				}
			}
		}
		i = j
	}
}

// markComments drops a reader-comment section: everything from the first
// comment marker ("34 Comments", "Leave a Reply", "jane says:") that
// comes after two prose lines of the largest prose block (the article, or
// the article and its comments run together). Markers before it belong to
// menus and teasers.
func markComments(lines []string, kinds []lineKind) {
	blocks := proseBlocks(lines, kinds)
	if len(blocks) == 0 {
		return
	}
	main := blocks[0]
	for _, b := range blocks[1:] {
		if b.words > main.words {
			main = b
		}
	}
	prose := 0
	for i := main.start; i < len(lines); i++ {
		l := lines[i]
		if kinds[i] == lineProse {
			prose++
			continue
		}
		if prose < 2 || l == "" || wordCount(l) > 16 || !mayBeComment(l) || !patterns().comments.MatchString(l) {
			continue
		}
		for j := i; j < len(lines); j++ {
			kinds[j] = lineDrop
		}
		return
	}
}

// blockGap is how many other lines may stand between two prose lines of
// one block (a subheading, a caption, a share bar, an embedded link).
const blockGap = 8

// proseBlock is a run of prose lines with at most blockGap other
// non-blank lines between neighbours.
type proseBlock struct{ start, end, words int }

func proseBlocks(lines []string, kinds []lineKind) []proseBlock {
	var blocks []proseBlock
	cur := proseBlock{start: -1}
	gap := 0
	for i, l := range lines {
		switch {
		case kinds[i] == lineProse:
			if cur.start >= 0 && gap > blockGap {
				blocks = append(blocks, cur)
				cur = proseBlock{start: -1}
			}
			if cur.start < 0 {
				cur.start = i
			}
			cur.end = i
			cur.words += wordCount(l)
			gap = 0
		case l != "":
			gap++
		}
	}
	if cur.start >= 0 {
		blocks = append(blocks, cur)
	}
	return blocks
}

// markMinorBlocks drops the prose of blocks much smaller than the largest:
// teaser lists, footers and boxes away from the article. A block is kept
// when it has at least a third of the largest block's words or more than
// 150 words.
func markMinorBlocks(lines []string, kinds []lineKind) {
	blocks := proseBlocks(lines, kinds)
	if len(blocks) < 2 {
		return
	}
	best := 0
	for _, b := range blocks {
		best = max(best, b.words)
	}
	for _, b := range blocks {
		if b.words*3 >= best || b.words > 150 {
			continue
		}
		for i := b.start; i <= b.end; i++ {
			if kinds[i] == lineProse || kinds[i] == lineShort {
				kinds[i] = lineDrop
			}
		}
	}
}

// markBio drops author biographies ("Meg James is a reporter for ...")
// among the last two prose lines of the text.
func markBio(lines []string, kinds []lineKind) {
	seen := 0
	for i := len(lines) - 1; i >= 0 && seen < 2; i-- {
		if kinds[i] != lineProse {
			continue
		}
		seen++
		if patterns().bio.MatchString(lines[i]) {
			kinds[i] = lineDrop
		}
	}
}

// markOutsideProse drops the short lines before the first and after the
// last prose line, keeping up to three non-blank short lines right above
// the first prose line (headline, byline, dateline). Text with no prose
// line at all is left as it is.
func markOutsideProse(lines []string, kinds []lineKind) {
	first, last := -1, -1
	for i := range lines {
		if kinds[i] == lineProse {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return
	}
	kept := 0
	for i := first - 1; i >= 0; i-- {
		if kinds[i] != lineShort || lines[i] == "" {
			continue
		}
		if kept < 3 && wordCount(lines[i]) >= 2 {
			kept++
			continue
		}
		kinds[i] = lineDrop
	}
	for i := last + 1; i < len(lines); i++ {
		if kinds[i] == lineShort {
			kinds[i] = lineDrop
		}
	}
}
