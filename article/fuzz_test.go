package article

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/heraldevents/herald/source"
)

func FuzzClean(f *testing.F) {
	f.Add("Headline\n\nA sentence of the article that is long enough.\n\n(function(d){var js = d.createElement('script');}(document));")
	f.Add("Home\nWorld\nSport\nNews\n\nShare\n\nPhoto: AP\n\nText.")
	f.Add("")
	f.Add("}\n{\n;\n\n\n")
	f.Add("We use cookies.\n© 2023\nRead more »")
	f.Fuzz(func(t *testing.T, in string) {
		out := Clean(in)
		if utf8.ValidString(in) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of valid input")
		}
		// Clean only removes lines: every paragraph out is a line in.
		norm := make(map[string]bool)
		for _, l := range splitLines(in) {
			norm[l] = true
		}
		for _, p := range strings.Split(out, "\n\n") {
			if p != "" && !norm[p] {
				t.Fatalf("paragraph %q is not a line of the input", p)
			}
		}
	})
}

func FuzzNormalize(f *testing.F) {
	f.Add("Itâ€™s cafÃ©\u00a0„x“\r\n\r\nb")
	f.Add("\u0065\u0301\u200b")
	f.Fuzz(func(t *testing.T, in string) {
		out := Normalize(in)
		if !utf8.ValidString(in) {
			return
		}
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from valid input")
		}
		if strings.Contains(out, "\n\n\n") || strings.Contains(out, "  ") || strings.Contains(out, "\r") {
			t.Fatalf("layout not normalised: %q", out)
		}
	})
}

func FuzzExtract(f *testing.F) {
	f.Add([]byte("<html><head><title>T - Site</title></head><body><article><p>Some text of the article that is long enough to be kept by the extractor.</p></article></body></html>"), "https://x.org/2023/01/02/a")
	f.Add([]byte("<p>fragment &amp; entity</p>"), "")
	f.Add([]byte("Title line\n\nBody sentence here."), "")
	f.Add([]byte("<meta charset=\"shift_jis\"><p>\x82\xa0\x82\xa2</p>"), "")
	f.Add([]byte("\xff\xfe<\x00h\x00"), "::bad url")
	f.Add([]byte("<table><tr><td>a<td>b</table><svg><script>x</script>"), "")
	f.Fuzz(func(t *testing.T, body []byte, u string) {
		if len(body) > 1<<16 {
			return
		}
		for _, kind := range []source.Kind{source.Unknown, source.HTML, source.Text} {
			a, err := Extract(source.Document{Origin: "fuzz", Body: body, URL: u, Kind: kind}, Options{FastDate: true})
			if err != nil {
				if !strings.HasPrefix(err.Error(), "fuzz: ") || strings.Contains(err.Error(), "\n") {
					t.Fatalf("error %q does not name the input in one line", err)
				}
				continue
			}
			if strings.TrimSpace(a.Body) == "" || !utf8.ValidString(a.Body) || !utf8.ValidString(a.Title) {
				t.Fatalf("bad article: %+v", a)
			}
			if a.ID != ContentID(a.Body) {
				t.Fatalf("ID is not the body's hash")
			}
		}
	})
}
