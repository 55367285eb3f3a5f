package cameo

import (
	"sort"
	"strings"
	"testing"
)

func TestTableLoads(t *testing.T) {
	if err := Err(); err != nil {
		t.Fatalf("embedded table: %v", err)
	}
}

func TestCounts(t *testing.T) {
	roots := Roots()
	if len(roots) != 20 {
		t.Fatalf("got %d roots, want 20", len(roots))
	}
	for i, r := range roots {
		want := []string{"01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
			"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}[i]
		if r.Code != want {
			t.Errorf("root %d = %s, want %s", i, r.Code, want)
		}
	}
	var n3, n4 int
	for _, c := range All() {
		switch len(c.Code) {
		case 3:
			n3++
		case 4:
			n4++
		}
	}
	// These counts pin our table (CAMEO 1.1b3 plus 1213/1214, see codes.tsv);
	// a change to the table must change them deliberately.
	if n3 != 147 || n4 != 149 {
		t.Errorf("counts: %d three-digit, %d four-digit; want 147 and 149", n3, n4)
	}
	t.Logf("%d roots, %d three-digit, %d four-digit, %d in all", len(roots), n3, n4, len(All()))
}

func TestStructure(t *testing.T) {
	all := All()
	if !sort.SliceIsSorted(all, func(i, j int) bool { return all[i].Code < all[j].Code }) {
		t.Error("All() is not sorted")
	}
	for _, c := range all {
		if c.Root != c.Code[:2] {
			t.Errorf("%s: root %q", c.Code, c.Root)
		}
		if _, ok := Lookup(c.Root); !ok {
			t.Errorf("%s: root %s missing", c.Code, c.Root)
		}
		if len(c.Code) == 4 {
			if _, ok := Lookup(c.Code[:3]); !ok {
				t.Errorf("%s: 3-digit parent %s missing", c.Code, c.Code[:3])
			}
		}
		if c.Name == "" {
			t.Errorf("%s: empty name", c.Code)
		}
		if c.Goldstein < -10 || c.Goldstein > 10 {
			t.Errorf("%s: goldstein %v", c.Code, c.Goldstein)
		}
		r, _ := Lookup(c.Root)
		if c.QuadClass != r.QuadClass {
			t.Errorf("%s: quad %d differs from its root's %d", c.Code, c.QuadClass, r.QuadClass)
		}
		// Conflict roots (10-20) all score below zero.
		if c.QuadClass >= VerbalConflict && c.Goldstein >= 0 {
			t.Errorf("%s: conflict code with goldstein %v", c.Code, c.Goldstein)
		}
	}
	// Every root's "not specified" code carries the root's score.
	for _, r := range Roots() {
		c, ok := Lookup(r.Code + "0")
		if !ok {
			t.Errorf("root %s has no %s0 code", r.Code, r.Code)
			continue
		}
		if r.Code != "13" && c.Goldstein != r.Goldstein {
			t.Errorf("root %s goldstein %v, %s %v", r.Code, r.Goldstein, c.Code, c.Goldstein)
		}
	}
}

func TestKnownValues(t *testing.T) {
	tests := []struct {
		code, name, root string
		goldstein        float64
		quad             int
	}{
		{"041", "Discuss by telephone", "04", 1.0, 1},
		{"020", "Make an appeal or request, not specified below", "02", 3.0, 1},
		{"036", "Express intent to meet or negotiate", "03", 4.0, 1},
		{"042", "Make a visit", "04", 1.9, 1},
		{"043", "Host a visit", "04", 2.8, 1},
		{"057", "Sign formal agreement", "05", 8.0, 1},
		{"073", "Provide humanitarian aid", "07", 7.4, 2},
		{"0874", "Retreat or surrender militarily", "08", 10.0, 2},
		{"090", "Investigate, not specified below", "09", -2.0, 2},
		{"1056", "Demand de-escalation of military engagement", "10", -5.0, 3},
		{"111", "Criticize or denounce", "11", -2.0, 3},
		{"138", "Threaten to use military force, not specified below", "13", -7.0, 3},
		{"145", "Protest violently, riot, not specified below", "14", -7.5, 3},
		{"163", "Impose embargo, boycott, or sanctions", "16", -8.0, 4},
		{"173", "Arrest, detain, or charge with legal action", "17", -5.0, 4},
		{"190", "Use conventional military force, not specified below", "19", -10.0, 4},
		{"195", "Employ aerial weapons, not specified below", "19", -10.0, 4},
		{"2042", "Detonate nuclear weapons", "20", -10.0, 4},
	}
	for _, tt := range tests {
		c, ok := Lookup(tt.code)
		if !ok {
			t.Errorf("Lookup(%q): missing", tt.code)
			continue
		}
		if c.Name != tt.name || c.Root != tt.root || c.Goldstein != tt.goldstein || c.QuadClass != tt.quad {
			t.Errorf("Lookup(%q) = %+v, want name %q root %s goldstein %v quad %d",
				tt.code, c, tt.name, tt.root, tt.goldstein, tt.quad)
		}
	}
	// The brief's example "Use conventional military force" is the 190 name's stem.
	if c, _ := Lookup("190"); !strings.HasPrefix(c.Name, "Use conventional military force") {
		t.Errorf("190 name %q", c.Name)
	}
}

func TestLookupInvalid(t *testing.T) {
	for _, s := range []string{"", "0", "00", "21", "99", "0411", "abc", "04a", "12345", "1057", "197"} {
		if Valid(s) {
			t.Errorf("Valid(%q) = true", s)
		}
	}
	if !Valid(" 041 ") {
		t.Error("Valid trims space")
	}
}

func TestResolve(t *testing.T) {
	tests := []struct{ in, want string }{
		{"041", "041"},
		{"0411", "041"},
		{"1713", "171"},
		{"197", "19"},
		{"19", "19"},
	}
	for _, tt := range tests {
		c, ok := Resolve(tt.in)
		if !ok || c.Code != tt.want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", tt.in, c.Code, ok, tt.want)
		}
	}
	for _, bad := range []string{"", "99", "x"} {
		if _, ok := Resolve(bad); ok {
			t.Errorf("Resolve(%q) ok", bad)
		}
	}
}

func TestChildrenAndCopies(t *testing.T) {
	kids := Children("04")
	if len(kids) != 7 { // 040..046
		t.Errorf("Children(04) = %d codes, want 7", len(kids))
	}
	if k := Children("195"); len(k) != 2 {
		t.Errorf("Children(195) = %v", k)
	}
	a := All()
	a[0].Name = "changed"
	if b := All(); b[0].Name == "changed" {
		t.Error("All returns shared storage")
	}
}

func TestParseErrors(t *testing.T) {
	bad := []string{
		"041\t1.0",                  // too few fields
		"04x\t1.0\tName",            // malformed
		"04\tabc\tName",             // goldstein
		"04\t11\tName",              // out of range
		"04\t1\tA\n04\t1\tB",        // duplicate
		"21\t1\tName",               // no such root
		"04\t1\tRoot\n0411\t1\tKid", // missing 3-digit parent
	}
	for _, b := range bad {
		if _, err := parse(b); err == nil {
			t.Errorf("parse(%q): no error", b)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	codes := []string{"041", "1056", "190", "20", "0874", "999"}
	for i := 0; b.Loop(); i++ {
		Lookup(codes[i%len(codes)])
	}
}

// FuzzLookup feeds arbitrary code strings (they come from user pattern
// files and PETRARCH dictionaries) to Lookup and Resolve.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"041", "0411", "", "99", "1056", " 19 ", "\xff", "20420"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		c, ok := Lookup(code)
		if ok && (c.Code != strings.TrimSpace(code) || !Valid(code)) {
			t.Fatalf("Lookup(%q) = %+v", code, c)
		}
		r, ok := Resolve(code)
		if ok && !strings.HasPrefix(strings.TrimSpace(code), r.Code) {
			t.Fatalf("Resolve(%q) = %s, not a prefix", code, r.Code)
		}
	})
}

// BenchmarkParse measures building the table from the embedded TSV (done
// once per process).
func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		if _, err := parse(codesTSV); err != nil {
			b.Fatal(err)
		}
	}
}
