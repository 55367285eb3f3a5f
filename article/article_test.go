package article

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/heraldevents/herald/internal/testcorpus"

	"golang.org/x/text/encoding/charmap"

	"github.com/heraldevents/herald/source"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"nfc", "Cafe\u0301 in Zu\u0308rich", "Café in Zürich"},
		{"spaces", "  a\u00a0b\u2009c\t\td  ", "a b c d"},
		{"paragraphs", "one\r\n\r\n\r\ntwo\nthree", "one\n\ntwo\n\nthree"},
		{"invisible", "co\u00adop\u200beration\ufeff", "cooperation"},
		{"low quotes", "„Wort“ und ‚Wort‘", "“Wort” und ‘Wort‘"},
		{"keep typographic", "“Quartet” meeting, he said ‘no’", "“Quartet” meeting, he said ‘no’"},
		{"mojibake", "Itâ€™s the ministerâ€™s cafÃ© â€“ â€œyesâ€\u009d", "It’s the minister’s café – “yes”"},
		{"latin1 kept", "café naïve Zürich", "café naïve Zürich"},
		{"controls", "a\x00b\x07c", "abc"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("%s: Normalize(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestRepairMojibakeLeavesCleanTextAlone(t *testing.T) {
	for _, s := range []string{"Ελληνικά", "Русский текст", "日本語のテキスト", "Ärger über Öl", "Â£5 is wrong but ÂÂ"} {
		got := RepairMojibake(s)
		if s == "Â£5 is wrong but ÂÂ" {
			if !strings.HasPrefix(got, "£5") {
				t.Errorf("RepairMojibake(%q) = %q, want the pound sign repaired", s, got)
			}
			continue
		}
		if got != s {
			t.Errorf("RepairMojibake(%q) = %q, want it unchanged", s, got)
		}
	}
}

func TestClean(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		keep, drop []string
	}{
		{
			name: "script tail",
			in: "Talks resumed on Monday in Geneva between the two delegations.\n\nThe minister said the meeting was useful and constructive.\n\n" +
				"(function(d, s, id){\nvar js, fjs = d.getElementsByTagName(s)[0];\nif (d.getElementById(id)) return;\njs = d.createElement(s); js.id = id;\njs.src = \"//connect.facebook.net/en_US/sdk.js\";\nfjs.parentNode.insertBefore(js, fjs);\n}(document, 'script', 'facebook-jssdk'));",
			keep: []string{"Talks resumed on Monday", "useful and constructive."},
			drop: []string{"function", "getElementsByTagName", "facebook-jssdk", "js.src"},
		},
		{
			name: "widgets and captions",
			in: "Home\nWorld\nPolitics\nBusiness\nSport\n\nShare on Facebook\nTweet\n\nRebels agree to ceasefire\n\nBy Jane Reporter\n\n" +
				"The rebels agreed to a ceasefire on Sunday, officials said, after two weeks of talks.\n\n" +
				"Photo: Reuters/John Smith\n\n" +
				"The agreement takes effect at midnight and will be monitored by observers.\n\nRead more\n\n" +
				"We use cookies to give you the best experience on our website.\n\nSubscribe to our newsletter\n\n© 2023 Example News",
			keep: []string{"Rebels agree to ceasefire", "By Jane Reporter", "The rebels agreed to a ceasefire", "takes effect at midnight"},
			drop: []string{"Share on Facebook", "Tweet", "Photo: Reuters", "Read more", "cookies", "Subscribe", "© 2023", "Politics"},
		},
		{
			name: "repeated navigation",
			in: "Latest news\nSign in\n\nPresident visits flooded region\n\n" +
				"The president visited the flooded region on Tuesday and promised aid to the victims.\n\n" +
				"Latest news\n\nThe government said 2,000 homes had been damaged by the water.\n\nLatest news",
			keep: []string{"President visits flooded region", "promised aid", "2,000 homes"},
			drop: []string{"Latest news", "Sign in"},
		},
		{
			name: "prose mentioning cookies and functions is kept",
			in:   "The committee examined the function of the new agency (its budget is $2 million) in detail.\n\nShe said the bakery sold cookies to the soldiers every morning during the siege.",
			keep: []string{"function of the new agency", "sold cookies to the soldiers"},
		},
		{
			name: "comment section cut, quotes introduced by said: kept",
			in:   "Storm hits the coast\n\nThe storm reached the coast on Monday night, the weather service said.\n\nThe mayor said:\n\n“We are ready for the worst and have opened three shelters in the city.”\n\nPower was cut to 20,000 homes in the region, officials added.\n\n12 Comments\n\njohn says:\n\nThis is a terrible storm and I hope everyone stays safe tonight.",
			keep: []string{"The mayor said:", "opened three shelters", "20,000 homes"},
			drop: []string{"12 Comments", "john says", "everyone stays safe"},
		},
		{
			name: "author biography at the end",
			in:   "The senate passed the bill on Tuesday by a wide margin, ending months of debate.\n\nThe president is expected to sign it this week, aides said.\n\nMeg James is a corporate media reporter for the Example Times, covering the business of television.",
			keep: []string{"passed the bill", "expected to sign it"},
			drop: []string{"Meg James"},
		},
		{
			name: "time stamps, vote counts and image captions",
			in:   "The ministers met in Brussels on Friday and agreed on a common position.\n\nImage caption The ministers arrived in Brussels early on Friday morning\n\n2 days ago at 07:52 am\n\nRating: 36 Votes\n\nThe deal still needs approval by the national parliaments.",
			keep: []string{"common position.", "national parliaments."},
			drop: []string{"Image caption", "07:52", "Rating"},
		},
		{
			name: "no prose at all",
			in:   "Short note\nAnother line",
			keep: []string{"Short note", "Another line"},
		},
	}
	for _, tt := range tests {
		got := Clean(tt.in)
		for _, k := range tt.keep {
			if !strings.Contains(got, k) {
				t.Errorf("%s: lost %q\n--- got:\n%s", tt.name, k, got)
			}
		}
		for _, d := range tt.drop {
			if strings.Contains(got, d) {
				t.Errorf("%s: kept %q\n--- got:\n%s", tt.name, d, got)
			}
		}
	}
}

// TestCleanQuartetExample: the project's example scraped article keeps
// every sentence and loses its JavaScript tail.
func TestCleanQuartetExample(t *testing.T) {
	p := testcorpus.Shared(t, "examples", "quartet-phone-call.txt")
	raw, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(source.Document{Origin: p, Body: raw}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Title, "Al-Miqdad and Abdullahian discuss by phone") {
		t.Errorf("title = %q", a.Title)
	}
	text := a.CodingText()
	for _, js := range []string{"function(", "getElementsByTagName", "facebook-jssdk", "parentNode", "js.src"} {
		if strings.Contains(text, js) {
			t.Errorf("JavaScript %q left in the text", js)
		}
	}
	// Every prose line of the input must survive.
	for _, line := range strings.Split(Normalize(string(raw)), "\n\n") {
		if wordCount(line) >= 8 && !strings.Contains(line, "getElement") && !strings.Contains(line, "function(") {
			if !strings.Contains(text, line) {
				t.Errorf("sentence lost: %q", line)
			}
		}
	}
	if a.Language != "en" {
		t.Errorf("language = %q", a.Language)
	}
}

func TestExtractErrors(t *testing.T) {
	tests := []struct {
		name string
		doc  source.Document
		want error
		text string
	}{
		{"empty", source.Document{Origin: "e.txt", Body: []byte(" \n\t")}, ErrEmpty, "e.txt: empty input"},
		{"binary", source.Document{Origin: "b.bin", Body: []byte("PK\x03\x04\x00\x00binary")}, ErrBinary, "b.bin: binary"},
		{"utf8", source.Document{Origin: "l.txt", Body: []byte("caf\xe9 au lait"), Kind: source.Text}, ErrInvalidUTF, "l.txt: invalid UTF-8 at byte 3"},
		{"source error", source.Document{Origin: "x.warc#2", Err: errors.New("bad record")}, nil, "x.warc#2: bad record"},
		{"no text", source.Document{Origin: "s.html", Body: []byte("<html><head><script>var a=1;</script></head><body></body></html>")}, ErrNoText, "s.html: no article text"},
	}
	for _, tt := range tests {
		_, err := Extract(tt.doc, Options{})
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if tt.want != nil && !errors.Is(err, tt.want) {
			t.Errorf("%s: error %v does not wrap %v", tt.name, err, tt.want)
		}
		if !strings.HasPrefix(err.Error(), tt.text) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error %q, want one line starting %q", tt.name, err, tt.text)
		}
	}
}

func TestExtractPlainText(t *testing.T) {
	body := "Ministers agree new border talks\n\nThe foreign ministers of both countries agreed on Sunday to open new talks on the border.\n\nThe talks will begin next month in Vienna."
	a, err := Extract(source.Document{Origin: "t.txt", Body: []byte(body), URL: "https://news.example.org/world/2023/05/14/border-talks"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Ministers agree new border talks" {
		t.Errorf("title = %q", a.Title)
	}
	if strings.HasPrefix(a.Body, "Ministers agree") {
		t.Errorf("title left in body: %q", a.Body)
	}
	if got := a.CodingText(); !strings.HasPrefix(got, "Ministers agree new border talks\n\nThe foreign ministers") {
		t.Errorf("CodingText = %q", got)
	}
	if a.Published != time.Date(2023, 5, 14, 0, 0, 0, 0, time.UTC) || a.DateSource != "url" {
		t.Errorf("date = %v %q", a.Published, a.DateSource)
	}
	if a.Outlet != "news.example.org" {
		t.Errorf("outlet = %q", a.Outlet)
	}
	if len(a.ID) != 64 || a.ID != ContentID(a.Body) {
		t.Errorf("ID = %q", a.ID)
	}
	// The same article again, with different junk around it, has the same ID.
	b, err := Extract(source.Document{Origin: "u.txt", Body: []byte(body + "\n\nShare on Facebook\nTweet\n")}, Options{})
	if err != nil || b.ID != a.ID {
		t.Errorf("same article, ID %q vs %q (%v)", b.ID, a.ID, err)
	}
	// A first line ending with a period is a sentence, not a title.
	c, err := Extract(source.Document{Origin: "v.txt", Body: []byte("Talks resumed today.\n\nMore talks follow tomorrow in the capital city.")}, Options{})
	if err != nil || c.Title != "" || !strings.HasPrefix(c.Body, "Talks resumed today.") {
		t.Errorf("sentence first line: title %q body %q (%v)", c.Title, c.Body, err)
	}
}

func TestExtractDatePriority(t *testing.T) {
	feedDate := time.Date(2023, 6, 1, 8, 30, 0, 0, time.UTC)
	flag := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	body := []byte("Headline here\n\nA full sentence of article text that is long enough to count.")
	tests := []struct {
		name string
		doc  source.Document
		opts Options
		want time.Time
		src  string
	}{
		{"feed beats url", source.Document{Body: body, URL: "https://x.org/2019/02/03/a", Published: feedDate, DateSource: "feed"}, Options{}, feedDate, "feed"},
		{"url beats warc", source.Document{Body: body, URL: "https://x.org/2019/02/03/a", Published: feedDate, DateSource: "warc"}, Options{}, time.Date(2019, 2, 3, 0, 0, 0, 0, time.UTC), "url"},
		{"warc beats flag", source.Document{Body: body, Published: feedDate, DateSource: "warc"}, Options{Published: flag}, feedDate, "warc"},
		{"flag last", source.Document{Body: body}, Options{Published: flag}, flag, "flag"},
		{"none", source.Document{Body: body}, Options{}, time.Time{}, ""},
	}
	for _, tt := range tests {
		tt.doc.Origin = tt.name
		a, err := Extract(tt.doc, tt.opts)
		if err != nil {
			t.Fatal(err)
		}
		if !a.Published.Equal(tt.want) || a.DateSource != tt.src {
			t.Errorf("%s: %v %q, want %v %q", tt.name, a.Published, a.DateSource, tt.want, tt.src)
		}
	}
}

func TestDateFromURL(t *testing.T) {
	tests := []struct {
		url  string
		want string
	}{
		{"https://www.nytimes.com/2019/11/19/opinion/x.html", "2019-11-19"},
		{"http://www.news.cn/fortune/2023-11/17/c_1129981476.htm", "2023-11-17"},
		{"https://x.org/news/2021-03-09-talks", "2021-03-09"},
		{"https://x.org/20230514/story", "2023-05-14"},
		{"https://x.org/2023/02/31/bad", ""},
		{"https://x.org/story-12345678", ""},
		{"https://x.org/a/2019/11/", ""},
	}
	for _, tt := range tests {
		got, ok := DateFromURL(tt.url)
		s := ""
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != tt.want {
			t.Errorf("DateFromURL(%q) = %q, want %q", tt.url, s, tt.want)
		}
	}
}

func TestExtractHTML(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="windows-1252">
<title>Parliament passes budget | Daily Example</title>
<meta property="og:site_name" content="Daily Example">
<meta name="author" content="Ana Writer">
<meta property="article:published_time" content="2023-03-02T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Parliament passes budget</h1>
<p>The parliament passed the budget on Thursday after a long debate, the speaker said.</p>
<p>Opposition parties voted against it and called for new elections before the summer.</p>
<p>The finance minister welcomed the vote and said the ` + "\x93" + `difficult` + "\x94" + ` reforms would continue next year.</p>
</article><footer>Copyright Daily Example</footer><script>var x = 1;</script></body></html>`
	a, err := Extract(source.Document{Origin: "p.html", Body: []byte(page), URL: "https://daily.example/politics/budget"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Parliament passes budget" || a.Outlet != "Daily Example" || a.Author != "Ana Writer" {
		t.Errorf("metadata: title %q outlet %q author %q", a.Title, a.Outlet, a.Author)
	}
	if a.Published.Format("2006-01-02") != "2023-03-02" || a.DateSource != "page" {
		t.Errorf("date %v %q", a.Published, a.DateSource)
	}
	if !strings.Contains(a.Body, "“difficult” reforms") {
		t.Errorf("windows-1252 quotes not decoded: %q", a.Body)
	}
	if strings.Contains(a.Body, "var x") || strings.Contains(a.Body, "Home") {
		t.Errorf("boilerplate in body: %q", a.Body)
	}
	if strings.Count(a.Body, "\n\n") < 2 {
		t.Errorf("paragraphs not kept apart: %q", a.Body)
	}
	if a.Language != "en" {
		t.Errorf("language %q", a.Language)
	}

	// A feed-item fragment is too small for the extractor: its text is kept.
	frag, err := Extract(source.Document{Origin: "feed#1", Body: []byte("<p>Talks resumed on Monday &amp; went on late.</p>"), Kind: source.HTML}, Options{})
	if err != nil || frag.Body != "Talks resumed on Monday & went on late." {
		t.Errorf("fragment: %q %v", frag.Body, err)
	}
}

func TestDecodeHTMLLatin1(t *testing.T) {
	enc, err := charmap.ISO8859_1.NewEncoder().String("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Zürich señor</p></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeHTML([]byte(enc), "")
	if err != nil || !strings.Contains(got, "Zürich señor") {
		t.Errorf("decodeHTML = %q, %v", got, err)
	}
	// Declared Latin-1 but really UTF-8: taken as UTF-8.
	got, err = decodeHTML([]byte(`<meta charset="iso-8859-1"><p>Zürich</p>`), "")
	if err != nil || !strings.Contains(got, "Zürich") {
		t.Errorf("mislabelled UTF-8 = %q, %v", got, err)
	}
	// Content-Type header wins over sniffing.
	got, err = decodeHTML([]byte(enc), "text/html; charset=ISO-8859-1")
	if err != nil || !strings.Contains(got, "señor") {
		t.Errorf("header charset = %q, %v", got, err)
	}
}

func TestTrimSiteName(t *testing.T) {
	tests := []struct{ title, outlet, host, want string }{
		{"Obama admits US gun laws are his 'biggest frustration' - BBC News", "BBC News", "bbc.co.uk", "Obama admits US gun laws are his 'biggest frustration'"},
		{"Reuters | Talks collapse", "Reuters", "reuters.com", "Talks collapse"},
		{"Talks collapse - Al-Watan", "", "alwatan.sy", "Talks collapse"},
		{"Talks collapse - Al-Watan", "", "example.org", "Talks collapse - Al-Watan"},
		{"Talks collapse | Example", "", "example.com", "Talks collapse"},
		{"Left - right debate", "Daily", "daily.example", "Left - right debate"},
	}
	for _, tt := range tests {
		if got := trimSiteName(tt.title, tt.outlet, tt.host); got != tt.want {
			t.Errorf("trimSiteName(%q, %q, %q) = %q, want %q", tt.title, tt.outlet, tt.host, got, tt.want)
		}
	}
}
