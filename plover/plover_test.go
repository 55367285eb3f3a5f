package plover

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/heraldevents/herald/internal/testcorpus"

	"github.com/heraldevents/herald/cameo"
)

func TestTablesLoad(t *testing.T) {
	if err := Err(); err != nil {
		t.Fatalf("embedded tables: %v", err)
	}
}

func TestTypes(t *testing.T) {
	want := []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
		"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
	types := Types()
	if len(types) != 16 {
		t.Fatalf("got %d types, want 16", len(types))
	}
	for i, ty := range types {
		if ty.Name != want[i] {
			t.Errorf("type %d = %s, want %s", i, ty.Name, want[i])
		}
		if ty.Description == "" || ty.QuadClass < 1 || ty.QuadClass > 4 {
			t.Errorf("%s: description %q quad %d", ty.Name, ty.Description, ty.QuadClass)
		}
	}
	modes := map[string][]string{
		"CONSULT":  {"visit", "third-party", "multilateral", "phone"},
		"RETREAT":  {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
		"REQUEST":  {"assist", "change", "yield", "meet"},
		"REJECT":   {"assist", "change", "yield", "meet"},
		"ACCUSE":   {"disapprove", "investigate", "allege"},
		"MOBILIZE": {"troops", "weapons", "police", "militia"},
		"AGREE":    nil,
	}
	for name, m := range modes {
		ty, ok := LookupType(name)
		if !ok || !slices.Equal(ty.Modes, m) {
			t.Errorf("%s modes = %v, want %v", name, ty.Modes, m)
		}
	}
	if ty, _ := LookupType("ASSAULT"); len(ty.Modes) != 15 || !ty.HasMode("drone") {
		t.Errorf("ASSAULT modes %v", ty.Modes)
	}
	for name, req := range map[string]bool{"COOPERATE": true, "AID": true, "SANCTION": true, "CONSULT": false, "ASSAULT": false} {
		if ty, _ := LookupType(name); ty.RequiresRecipient != req {
			t.Errorf("%s requires recipient = %v", name, ty.RequiresRecipient)
		}
	}
	// Types returns copies.
	types[1].Modes[0] = "changed"
	if ty, _ := LookupType("CONSULT"); ty.Modes[0] != "visit" {
		t.Error("Types shares storage")
	}
}

func TestContexts(t *testing.T) {
	c := Contexts()
	if len(c) != 37 {
		t.Errorf("got %d contexts, want 37", len(c))
	}
	for _, want := range []string{"diplomatic", "military", "political_institutions", "human_rights", "cbrn", "trafficking"} {
		if !ValidContext(want) {
			t.Errorf("context %q missing", want)
		}
	}
	if ValidContext("political institutions") || ValidContext("") {
		t.Error("ValidContext accepts a non-context")
	}
}

func TestFromCAMEOKnown(t *testing.T) {
	tests := []struct {
		code, typ, mode string
		ctx             string // one context that must be present, or ""
		dropped         bool
	}{
		{"041", "CONSULT", "phone", "diplomatic", false},
		{"042", "CONSULT", "visit", "", false},
		{"044", "CONSULT", "third-party", "", false},
		{"036", "AGREE", "", "diplomatic", false},
		{"057", "SUPPORT", "", "", false},
		{"055", "CONCEDE", "", "", false},
		{"0841", "RETREAT", "release", "", false},
		{"0874", "RETREAT", "withdraw", "military", false},
		{"0871", "CONCEDE", "", "", false},
		{"0356", "CONCEDE", "", "military", false},
		{"0831", "RETREAT", "resign", "executive", false},
		{"1056", "REQUEST", "yield", "military", false},
		{"106", "REQUEST", "meet", "", false},
		{"111", "ACCUSE", "disapprove", "", false},
		{"092", "ACCUSE", "investigate", "human_rights", false},
		{"116", "SANCTION", "convict", "legal", false},
		{"125", "REJECT", "meet", "", false},
		{"1384", "THREATEN", "violence", "", false},
		{"1423", "PROTEST", "hunger", "rights_freedoms", false},
		{"154", "MOBILIZE", "troops", "", false},
		{"163", "SANCTION", "discontinue", "economic", false},
		{"173", "COERCE", "arrest", "", false},
		{"1712", "ASSAULT", "destroy", "", false},
		{"186", "ASSAULT", "targeted", "", false},
		{"195", "ASSAULT", "aerial", "", false},
		{"1952", "ASSAULT", "drone", "", false},
		{"2041", "ASSAULT", "unconventional", "cbrn", false},
		{"016", "REJECT", "", "", true},
		{"020", "REQUEST", "", "", true},
		{"026", "REQUEST", "meet", "", true},
	}
	for _, tt := range tests {
		m, ok := FromCAMEO(tt.code)
		if !ok || m.Type != tt.typ || m.Mode != tt.mode || m.Dropped != tt.dropped {
			t.Errorf("FromCAMEO(%q) = %+v, %v; want %s/%s dropped=%v", tt.code, m, ok, tt.typ, tt.mode, tt.dropped)
		}
		if tt.ctx != "" && !slices.Contains(m.Context, tt.ctx) {
			t.Errorf("FromCAMEO(%q) contexts %v lack %q", tt.code, m.Context, tt.ctx)
		}
	}
}

func TestFromCAMEOFallback(t *testing.T) {
	tests := []struct{ in, typ, mode string }{
		{"0411", "CONSULT", "phone"},   // to 3-digit parent
		{"197", "ASSAULT", ""},         // to root 19
		{" 195 ", "ASSAULT", "aerial"}, // trimmed
	}
	for _, tt := range tests {
		m, ok := FromCAMEO(tt.in)
		if !ok || m.Type != tt.typ || m.Mode != tt.mode {
			t.Errorf("FromCAMEO(%q) = %+v, %v", tt.in, m, ok)
		}
	}
	for _, bad := range []string{"", "99", "abc", "2"} {
		if m, ok := FromCAMEO(bad); ok {
			t.Errorf("FromCAMEO(%q) = %+v, want not found", bad, m)
		}
	}
	m, _ := FromCAMEO("041")
	m.Context[0] = "changed"
	if m2, _ := FromCAMEO("041"); m2.Context[0] != "diplomatic" {
		t.Error("FromCAMEO shares storage")
	}
}

// TestEveryCAMEOCodeMaps checks that the crosswalk has an explicit row for
// every code of package cameo (no code relies on the fallback) and that the
// mapping is consistent with the manual's table 7.1 at the root level.
func TestEveryCAMEOCodeMaps(t *testing.T) {
	tab, err := load()
	if err != nil {
		t.Fatal(err)
	}
	// Root-level types from PLOVER manual table 7.1 (08 splits; 01/02 dropped).
	rootType := map[string][]string{
		"03": {"AGREE", "CONCEDE"}, "04": {"CONSULT"}, "05": {"SUPPORT", "CONCEDE"}, "06": {"COOPERATE"},
		"07": {"AID"}, "08": {"CONCEDE", "RETREAT"}, "09": {"ACCUSE"}, "10": {"REQUEST"},
		"11": {"ACCUSE", "SANCTION"}, "12": {"REJECT"}, "13": {"THREATEN"}, "14": {"PROTEST"},
		"15": {"MOBILIZE"}, "16": {"SANCTION"}, "17": {"COERCE", "ASSAULT"}, "18": {"ASSAULT"},
		"19": {"ASSAULT", "COERCE"}, "20": {"ASSAULT"},
	}
	for _, c := range cameo.All() {
		m, ok := tab.cross[c.Code]
		if !ok {
			t.Errorf("CAMEO %s (%s) has no crosswalk row", c.Code, c.Name)
			continue
		}
		if want, ok := rootType[c.Root]; ok && !slices.Contains(want, m.Type) {
			t.Errorf("CAMEO %s -> %s, root %s allows %v", c.Code, m.Type, c.Root, want)
		}
		if (c.Root == "01" || c.Root == "02") != m.Dropped {
			t.Errorf("CAMEO %s dropped = %v", c.Code, m.Dropped)
		}
	}
	for code := range tab.cross {
		if !cameo.Valid(code) {
			t.Errorf("crosswalk row %s is not a CAMEO code", code)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"CONSULT", "CONSULT"},
		{" consult ", "CONSULT"},
		{"DEMAND", "REQUEST"},
		{"DISAPPROVE", "ACCUSE"},
		{"INVESTIGATE", "ACCUSE"},
		{"FIGHT", "ASSAULT"},
		{"YIELD", ""},
		{"", ""},
		{"NONSENSE", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalizeEvent(t *testing.T) {
	tests := []struct{ typ, mode, wantType, wantMode string }{
		{"INVESTIGATE", "", "ACCUSE", "investigate"},
		{"DISAPPROVE", "", "ACCUSE", "disapprove"},
		{"FIGHT", "assassinate", "ASSAULT", "targeted"},
		{"FIGHT", "heavy-weapons", "ASSAULT", "heavy-weapons"},
		{"FIGHT", "deport", "COERCE", "deport"},
		{"COERCE", "destroy", "ASSAULT", "destroy"},
		{"COERCE", "detain", "COERCE", "arrest"},
		{"PROTEST", "strike-hun", "PROTEST", "hunger"},
		{"PROTEST", "demo-org", "PROTEST", "demo"},
		{"CONSULT", "host", "CONSULT", "visit"},
		{"DEMAND", "", "REQUEST", ""},
		{"AGREE", "nonsense", "AGREE", ""},
		{"YIELD", "", "", ""},
	}
	for _, tt := range tests {
		gt, gm := NormalizeEvent(tt.typ, tt.mode)
		if gt != tt.wantType || gm != tt.wantMode {
			t.Errorf("NormalizeEvent(%q, %q) = %q, %q; want %q, %q", tt.typ, tt.mode, gt, gm, tt.wantType, tt.wantMode)
		}
	}
}

func TestParseErrors(t *testing.T) {
	goodTypes := "CONSULT\t1\tno\tphone\tMeetings."
	bad := []struct{ types, ctx, cross string }{
		{"CONSULT\t1\tno", "", ""},              // too few type fields
		{"CONSULT\t9\tno\t\tx", "", ""},         // bad quad
		{goodTypes + "\n" + goodTypes, "", ""},  // duplicate type
		{goodTypes, "a\na", ""},                 // duplicate context
		{goodTypes, "", "041\tAGREE"},           // unknown type
		{goodTypes, "", "041\tCONSULT\tvisit"},  // unknown mode
		{goodTypes, "", "041\tCONSULT\t\tnope"}, // unknown context
		{goodTypes, "", "041\tCONSULT\t\t\tx"},  // unknown flag
		{goodTypes, "", "041\tCONSULT\n041\tCONSULT"},
	}
	for _, b := range bad {
		if _, err := parseAll(b.types, b.ctx, b.cross); err == nil {
			t.Errorf("parseAll(%q, %q, %q): no error", b.types, b.ctx, b.cross)
		}
	}
	if _, err := parseAll(goodTypes, "diplomatic", "041\tCONSULT\tphone\tdiplomatic"); err != nil {
		t.Errorf("good tables: %v", err)
	}
}

// TestAgreementWithPLOVERTable measures how often our crosswalk's TYPE
// agrees with the PLOVER project's own CAMEO2PLOVER table (draft 0.8,
// 2021), read from the shared corpora beside the repository. Our table was
// written from the manual's definitions, not from that file.
func TestAgreementWithPLOVERTable(t *testing.T) {
	path := testcorpus.Shared(t, "corpora", "plover-gsr-dev", "CAMEO2PLOVER-2021.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ref := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		code, rest, ok := strings.Cut(line, ":")
		code = strings.TrimSpace(code)
		if !ok || code == "" || strings.Trim(code, "0123456789") != "" {
			continue
		}
		typ := strings.TrimSpace(strings.Split(rest, ",")[0])
		if typ == "" || len(code) == 2 {
			continue // roots are listed as section headings, sometimes twice (08)
		}
		ref[code] = Normalize(typ)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	if len(ref) < 200 {
		t.Fatalf("parsed only %d codes from %s", len(ref), path)
	}
	var agree, total int
	var differ []string
	for code, want := range ref {
		m, ok := FromCAMEO(code)
		if !ok {
			t.Errorf("CAMEO %s in the PLOVER table is unknown to us", code)
			continue
		}
		total++
		if m.Type == want {
			agree++
		} else {
			differ = append(differ, code+":"+m.Type+"/"+want)
		}
	}
	slices.Sort(differ)
	rate := float64(agree) / float64(total)
	t.Logf("type agreement with CAMEO2PLOVER-2021: %d/%d = %.3f; differ (ours/theirs): %v", agree, total, rate, differ)
	if rate < 0.9 {
		t.Errorf("type agreement %.3f < 0.9", rate)
	}
}

func BenchmarkFromCAMEO(b *testing.B) {
	codes := []string{"041", "1056", "190", "0411", "195", "20"}
	for i := 0; b.Loop(); i++ {
		FromCAMEO(codes[i%len(codes)])
	}
}

// FuzzFromCAMEO feeds arbitrary code strings (codes come from user pattern
// files and PETRARCH dictionaries) and checks that any answer is coherent.
func FuzzFromCAMEO(f *testing.F) {
	for _, s := range []string{"041", "0411", "", "99", "1056", " 19 ", "\x00", "0000000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		m, ok := FromCAMEO(code)
		if !ok {
			return
		}
		ty, found := LookupType(m.Type)
		if !found {
			t.Fatalf("FromCAMEO(%q) type %q unknown", code, m.Type)
		}
		if m.Mode != "" && !ty.HasMode(m.Mode) {
			t.Fatalf("FromCAMEO(%q) mode %q not of %s", code, m.Mode, m.Type)
		}
		if _, valid := cameo.Resolve(code); !valid {
			t.Fatalf("FromCAMEO(%q) ok but cameo.Resolve fails", code)
		}
	})
}

// FuzzNormalize checks that Normalize returns a current type name or "".
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"DEMAND", "fight", "YIELD", "", "consult "} {
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, name, mode string) {
		n := Normalize(name)
		if n != "" {
			if _, ok := LookupType(n); !ok {
				t.Fatalf("Normalize(%q) = %q, not a type", name, n)
			}
		}
		nt, nm := NormalizeEvent(name, mode)
		if nt == "" && nm != "" {
			t.Fatalf("NormalizeEvent(%q, %q) = %q, %q", name, mode, nt, nm)
		}
	})
}

// BenchmarkParse measures building the tables from the embedded files (done
// once per process).
func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		if _, err := parseAll(typesTSV, contextsTXT, crosswalkTSV); err != nil {
			b.Fatal(err)
		}
	}
}
