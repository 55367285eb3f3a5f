package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/heraldevents/herald/internal/testcorpus"

	whatlanggo "github.com/RadhiFadlillah/whatlanggo"
	"github.com/heraldevents/herald/source"
)

func TestDetectLanguage(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"english news", "The foreign minister of the republic said on Tuesday that talks with the " +
			"neighbouring government would resume next week, and that both sides had agreed to " +
			"release the prisoners who were taken during the border clashes of the spring.", "en"},
		{"french news", "Le ministre des affaires étrangères a déclaré mardi que les négociations avec " +
			"le gouvernement voisin reprendraient la semaine prochaine et que les deux parties " +
			"avaient accepté de libérer les prisonniers capturés pendant les affrontements.", "fr"},
		{"german news", "Der Außenminister der Republik sagte am Dienstag, die Gespräche mit der " +
			"Regierung des Nachbarlandes würden in der nächsten Woche fortgesetzt, und beide " +
			"Seiten hätten vereinbart, die Gefangenen der Grenzgefechte freizulassen.", "de"},
		{"spanish news", "El ministro de asuntos exteriores dijo el martes que las conversaciones con " +
			"el gobierno vecino se reanudarán la próxima semana y que ambas partes acordaron " +
			"liberar a los prisioneros capturados durante los enfrentamientos fronterizos.", "es"},
		{"too short", "The talks resumed.", ""},
	}
	for _, tt := range tests {
		if got := detectLanguage(tt.text); got != tt.want {
			t.Errorf("%s: detectLanguage = %q, want %q", tt.name, got, tt.want)
		}
	}
	for _, tt := range tests[1:4] {
		if looksEnglish(tt.text) {
			t.Errorf("%s: looksEnglish = true", tt.name)
		}
	}
	if !looksEnglish(tests[0].text) {
		t.Errorf("english news: looksEnglish = false")
	}
}

// TestLooksEnglishAgreesWithDetector checks the English shortcut against
// the full detector on every text of the shared corpora: the shortcut may
// leave English to the detector, but must never call "en" a text that the
// detector places in another language or finds unreliable.
func TestLooksEnglishAgreesWithDetector(t *testing.T) {
	root := testcorpus.Shared(t, "corpora")
	var files []string
	for _, g := range []string{"bbc-news-2225/politics/*.txt", "bbc-news-2225/business/*.txt", "newspaper4k-testdata/txt/*.txt", "conflibert-pretrain-samples/*"} {
		fs, _ := filepath.Glob(filepath.Join(root, g))
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Skip("no corpus texts found under " + root)
	}
	shortcut, detector := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil || !utf8.Valid(b) {
			continue
		}
		body := Clean(string(b))
		if wordCount(body) < 20 {
			continue
		}
		body = languageSample(body)
		info := whatlanggo.Detect(body)
		full := ""
		if info.Lang >= 0 && info.IsReliable() {
			full = info.Lang.Iso6391()
		}
		if full == "en" {
			detector++
		}
		if looksEnglish(body) {
			shortcut++
			if full != "en" {
				t.Errorf("%s: shortcut says en, detector %q", f, full)
			}
		}
	}
	t.Logf("%d texts: detector en %d, shortcut en %d", len(files), detector, shortcut)
	if shortcut < detector*9/10 {
		t.Errorf("shortcut takes only %d of %d English texts", shortcut, detector)
	}
}

// BenchmarkDetectLanguage compares detectLanguage (English shortcut, then
// the detector) with the detector alone, on BBC politics articles.
func BenchmarkDetectLanguage(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(testcorpus.Shared(b, "corpora"), "bbc-news-2225", "politics", "*.txt"))
	if len(files) == 0 {
		b.Skip("bbc-news-2225 absent")
	}
	var bodies []string
	for _, f := range files {
		if x, err := os.ReadFile(f); err == nil {
			bodies = append(bodies, strings.ToValidUTF8(Clean(string(x)), ""))
		}
	}
	b.Run("detector", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			whatlanggo.Detect(languageSample(bodies[i%len(bodies)]))
		}
	})
	b.Run("herald", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			detectLanguage(bodies[i%len(bodies)])
		}
	})
}

func TestNoLanguageOption(t *testing.T) {
	body := []byte("The foreign minister of the republic said on Tuesday that talks with the neighbouring " +
		"government would resume next week, and that both sides had agreed to release the prisoners.")
	doc := source.Document{Origin: "talks.txt", Body: body, Kind: source.Text}
	a, err := Extract(doc, Options{})
	if err != nil || a.Language != "en" {
		t.Fatalf("detected language %q, err %v; want en", a.Language, err)
	}
	a, err = Extract(doc, Options{NoLanguage: true})
	if err != nil || a.Language != "" {
		t.Errorf("NoLanguage: language %q, err %v; want none", a.Language, err)
	}
	doc.Language = "fr"
	if a, _ = Extract(doc, Options{NoLanguage: true}); a.Language != "fr" {
		t.Errorf("NoLanguage: declared language %q lost", a.Language)
	}
}
