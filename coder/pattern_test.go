package coder

import (
	"os"
	"strings"
	"testing"

	"github.com/heraldevents/herald/cameo"
)

func TestParseHerald(t *testing.T) {
	d := newDictionary()
	b, err := os.ReadFile("testdata/patterns.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := d.parseHerald("patterns.txt", b, cameo.Valid); err != nil {
		t.Fatal(err)
	}
	p := d.ids["041.phone-call-between"]
	if p == nil || !p.Noun || !p.Both || p.Code != "041" || p.anchor != 1 {
		t.Fatalf("041.phone-call-between compiled wrong: %+v", p)
	}
	if got := len(p.elems[0].alts); got != 2 {
		t.Errorf("&phone expanded to %d alternatives, want 2", got)
	}
	if q := d.ids["041.discuss-by-phone"]; q == nil || !q.elems[1].optional || q.Noun {
		t.Errorf("optional element not compiled: %+v", q)
	}
	if q := d.ids["discard.fire-employee"]; q == nil || !q.Discard || q.Code != "" {
		t.Errorf("discard not compiled: %+v", q)
	}
	if q := d.ids["087.withdrawal-of"]; q == nil || !q.NoTarget {
		t.Errorf("notarget option lost: %+v", q)
	}
	if len(d.verbs["fire"]) != 2 || len(d.nouns["call"]) != 1 {
		t.Errorf("index: fire=%d call=%d", len(d.verbs["fire"]), len(d.nouns["call"]))
	}
}

func TestParseHeraldErrors(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"unknown code", "[999] Nothing\n999.x: *go\n", "unknown CAMEO code"},
		{"duplicate id", "[041] T\n041.a: *call\n041.a: *phone\n", "duplicate pattern id"},
		{"undefined set", "[041] T\n041.a: *call &nothing\n", "undefined synonym set"},
		{"redefined set", "&a = x|y\n&a = z\n", "redefined"},
		{"before section", "041.a: *call\n", "before any [CODE] section"},
		{"two anchors", "[041] T\n041.a: *call @phone\n", "two anchors"},
		{"bad option", "[041] T\n041.a: *call ; sideways\n", "unknown option"},
		{"garbage", "[041] T\nthis is not a pattern\n", "cannot read line"},
		{"optional anchor", "[041] T\n041.a: (*call)\n", "cannot be optional"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := newDictionary().parseHerald("x.txt", []byte(c.text), cameo.Valid)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want it to contain %q", err, c.want)
			}
			if !strings.Contains(err.Error(), "x.txt:") {
				t.Errorf("error does not name file:line: %v", err)
			}
		})
	}
}

func TestParsePetrarch(t *testing.T) {
	b, err := os.ReadFile("testdata/petrarch_verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !isPetrarch(b) {
		t.Fatal("PETRARCH file not detected")
	}
	if h, _ := os.ReadFile("testdata/patterns.txt"); isPetrarch(h) {
		t.Fatal("Herald file detected as PETRARCH")
	}
	d := newDictionary()
	if err := d.parsePetrarch("petrarch_verbs.txt", strings.NewReader(string(b))); err != nil {
		t.Fatal(err)
	}
	byCode := map[string]*Pattern{}
	for _, p := range d.all {
		byCode[p.Code+"/"+p.Text] = p
	}
	// bare verbs: GRANT and GIVE share the block code, CONTRIBUTE has its own
	if len(d.verbs["grant"]) == 0 || len(d.verbs["give"]) == 0 || len(d.verbs["contribute"]) == 0 {
		t.Fatalf("verbs not indexed: %v", keys(d.verbs))
	}
	var cur *Pattern
	for _, p := range d.verbs["grant"] {
		if p.Code == "0711" {
			cur = p
		}
	}
	if cur == nil || len(cur.elems) != 2 || len(cur.elems[1].alts) != 3 || strings.Join(cur.elems[1].alts[1], " ") != "swiss francs" {
		t.Fatalf("synset pattern wrong: %+v", cur)
	}
	var leave *Pattern
	for _, p := range d.verbs["leave"] {
		if len(p.elems) > 1 {
			leave = p
		}
	}
	if leave == nil || leave.Code != "032" || leave.Pair != "033" {
		t.Fatalf("paired code wrong: %+v", leave)
	}
	var asylum *Pattern
	for _, p := range d.verbs["give"] {
		if p.Code == "075" {
			asylum = p
		}
	}
	if asylum == nil || !asylum.elems[2].adjacent || asylum.elems[3].kind != elTarget {
		t.Fatalf("joined words / target wrong: %+v", asylum)
	}
	disc := 0
	for _, p := range d.verbs["abandon"] {
		if p.Discard {
			disc++
		}
	}
	if disc != 1 {
		t.Errorf("abandon discards = %d, want 1 (the null-coded pattern; the bare verb has no code)", disc)
	}
	var spy *Pattern
	for _, p := range d.verbs["accuse"] {
		if p.Code == "1121" {
			spy = p
		}
	}
	if spy == nil || spy.anchor != 1 || spy.elems[0].kind != elSource || spy.elems[2].kind != elTarget {
		t.Fatalf("source/target slots wrong: %+v", spy)
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestCuesAndRecode(t *testing.T) {
	c, err := New(Options{NoBuiltin: true})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		words []string
		want  string
	}{
		{[]string{"plans", "to"}, "intended"},
		{[]string{"called", "for"}, "demanded"},
		{[]string{"denied"}, "denied"},
		{[]string{"would"}, "hypothetical"},
		{[]string{"efforts", "under", "way"}, "intended"},
		{[]string{"upcoming"}, "planned"},
		{[]string{"the"}, ""},
	}
	for _, cs := range cases {
		if got, _ := c.cues.lookupWords(cs.words); got != cs.want {
			t.Errorf("cue %v = %q, want %q", cs.words, got, cs.want)
		}
	}
	recodes := []struct{ code, mod, want string }{
		{"043", "intended", "036"},
		{"044", "planned", "036"},
		{"0874", "demanded", "1056"},
		{"087", "demanded", "1056"},
		{"041", "asserted", "041"},
		{"190", "intended", "1384"},
		{"190", "planned", "190"},
		{"061", "intended", "0311"},
		{"073", "demanded", "1033"},
		{"112", "demanded", "100"},
		{"190", "demanded", "190"},
	}
	for _, r := range recodes {
		if got, _ := recode(r.code, r.mod); got != r.want {
			t.Errorf("recode(%s, %s) = %s, want %s", r.code, r.mod, got, r.want)
		}
	}
	for from, to := range intentCodes {
		if !cameo.Valid(to) || !cameo.Valid(from) {
			t.Errorf("intent map %s -> %s: code not in CAMEO", from, to)
		}
	}
	for from, to := range demandCodes {
		if !cameo.Valid(to) || !cameo.Valid(from) {
			t.Errorf("demand map %s -> %s: code not in CAMEO", from, to)
		}
	}
}

func TestParseTabari(t *testing.T) {
	b, err := os.ReadFile("testdata/tabari.verbs")
	if err != nil {
		t.Fatal(err)
	}
	if !isPetrarch(b) {
		t.Fatal("TABARI file not detected")
	}
	d := newDictionary()
	if err := d.parsePetrarch("tabari.verbs", strings.NewReader(string(b))); err != nil {
		t.Fatal(err)
	}
	codes := map[string][]string{}
	for _, p := range d.all {
		codes[p.elems[p.anchor].alts[0][0]] = append(codes[p.elems[p.anchor].alts[0][0]], p.Code)
	}
	if got := strings.Join(codes["abandon"], ","); got != "160,161" {
		t.Errorf("abandon codes %q, want 160,161 (the bare verb is null)", got)
	}
	if got := strings.Join(codes["accuse"], ","); got != "112,1121" {
		t.Errorf("accuse codes %q", got)
	}
	if got := strings.Join(codes["attack"], ","); got != "190" {
		t.Errorf("attack codes %q", got)
	}
}
