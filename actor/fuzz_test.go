package actor

import (
	"strings"
	"testing"
	"time"
)

// FuzzHeraldDictionary feeds arbitrary bytes to the Herald-format reader:
// it must never panic, and every loaded entry must have a phrase with keys.
func FuzzHeraldDictionary(f *testing.F) {
	f.Add([]byte("country SYR Syria ; adj=Syrian ; capital=Damascus\n"))
	f.Add([]byte("person TURGOV Ibrahim Kalin ; from=2014-12-01 ; to=2023-06-04 ; role=spokesman\n"))
	f.Add([]byte("agent GOV minister | ministry ; flags=generic,noplural\n"))
	f.Add([]byte("igo IGOX | | ;\n;;;\ncountry\x00"))
	f.Add([]byte("media USAMED AP ; flags=agency ; from=2030-01-01 ; to=2020-01-01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := newDictionary()
		_, _ = d.loadHerald("fuzz", strings.NewReader(string(data)), true)
		for _, e := range d.entries {
			if len(e.keys) == 0 {
				t.Fatalf("entry without keys: %+v", e)
			}
		}
	})
}

// FuzzPetrarchDictionary feeds arbitrary bytes to the PETRARCH/TABARI
// reader and the format detector.
func FuzzPetrarchDictionary(f *testing.F) {
	f.Add([]byte("FREEDONIA_ [FRE]\n+FREEDONIAN_\n"))
	f.Add([]byte("FIREFLY_\n\t[FREGOV 330101-331231]\n\t[FREELI]\n"))
	f.Add([]byte("TRENTINO_ [SYLGOV >330601] [SYLELI <330531]\n"))
	f.Add([]byte("!MINIST! = MINISTER, MINISTRY\nWAR_!MINIST! [~GOV]\nPOLICE {} [~COP]\n"))
	f.Add([]byte("&SET\n+A_B\n&SET [X]\n<!-- open comment\n"))
	f.Add([]byte("X_ [ABC 999999-000000]\n[ \n+\n{}{}[[]]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := newDictionary()
		_, _ = d.loadBytes("fuzz.actors", data, true)
		for _, e := range d.entries {
			if len(e.keys) == 0 {
				t.Fatalf("entry without keys: %+v", e)
			}
		}
	})
}

// FuzzResolveText resolves arbitrary text: no panic, spans inside the
// sentence, actors on every mention.
func FuzzResolveText(f *testing.F) {
	r, err := NewResolver(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Turkish presidential spokesman Ibrahim Kalin said he would meet the two ministers.")
	f.Add("the Minister of Foreign Affairs and Expatriates, Faisal Al-Miqdad, and his Iranian counterpart, Hussein Amir Abdullahian")
	f.Add("Syria, Russia, Iran and Turkey , , and and 's 's U.S. the the two")
	f.Add("\u201cNovosti\u201d \u2019s Al-\u00c7 \xff\xfe ...")
	f.Fuzz(func(t *testing.T, text string) {
		doc := DocumentFromText(text, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC))
		for _, m := range r.Resolve(doc) {
			if m.Sentence < 0 || m.Sentence >= len(doc.Sentences) {
				t.Fatalf("sentence %d out of range", m.Sentence)
			}
			n := len(doc.Sentences[m.Sentence].Tokens)
			if m.Start < 0 || m.End > n || m.Start >= m.End || m.Head < m.Start || m.Head >= m.End {
				t.Fatalf("bad span %d..%d head %d of %d tokens", m.Start, m.End, m.Head, n)
			}
			if len(m.Actors) == 0 {
				t.Fatalf("mention %q without actors", m.Text)
			}
		}
		_ = r.Lookup(text, time.Time{})
	})
}

// FuzzTokenize checks that tokens are in order, inside the text and
// non-empty.
func FuzzTokenize(f *testing.F) {
	f.Add("Syria's U.S.-backed rebels, \u201cthe SDF\u201d, said T. Firefly.")
	f.Add("a\u2019s 's' -- .. \xff")
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, tk := range Tokenize(text) {
			if tk.Start < last || tk.End <= tk.Start || tk.End > len(text) || text[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v (last end %d) in %q", tk, last, text)
			}
			last = tk.End
		}
	})
}
