package nlp

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/heraldevents/herald/internal/testcorpus"
)

// Readers of the third-party corpora in ../shared, used only by tests and
// benchmarks. Nothing from them is copied into the repository.

// udWord is one syntactic word of a CoNLL-U sentence.
type udWord struct {
	form, lemma, xpos string
	spaceAfter        bool
}

// udSentence is one CoNLL-U sentence with its document and paragraph marks.
type udSentence struct {
	text string
	id   string
	// split is the file the sentence comes from: "dev" or "test".
	split          string
	words          []udWord
	newDoc, newPar bool
}

// readCoNLLU reads sentences from a CoNLL-U file. Multiword-token lines
// ("3-4") carry SpaceAfter for their last word; empty nodes are skipped.
func readCoNLLU(r io.Reader) ([]udSentence, error) {
	var out []udSentence
	var cur udSentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	mwtEnd, mwtSpace := -1, true
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if len(cur.words) > 0 {
				out = append(out, cur)
			}
			cur = udSentence{}
			mwtEnd = -1
		case strings.HasPrefix(line, "# newdoc"):
			cur.newDoc = true
		case strings.HasPrefix(line, "# newpar"):
			cur.newPar = true
		case strings.HasPrefix(line, "# sent_id = "):
			cur.id = strings.TrimPrefix(line, "# sent_id = ")
		case strings.HasPrefix(line, "# text = "):
			cur.text = strings.TrimPrefix(line, "# text = ")
		case strings.HasPrefix(line, "#"):
		default:
			f := strings.Split(line, "\t")
			if len(f) != 10 {
				continue
			}
			if strings.Contains(f[0], ".") {
				continue
			}
			if i := strings.IndexByte(f[0], '-'); i > 0 {
				var e int
				for _, c := range f[0][i+1:] {
					e = e*10 + int(c-'0')
				}
				mwtEnd, mwtSpace = e, !strings.Contains(f[9], "SpaceAfter=No")
				continue
			}
			var id int
			for _, c := range f[0] {
				id = id*10 + int(c-'0')
			}
			sp := !strings.Contains(f[9], "SpaceAfter=No")
			if mwtEnd >= 0 && id < mwtEnd {
				sp = false
			} else if id == mwtEnd {
				sp = mwtSpace
			}
			cur.words = append(cur.words, udWord{form: f[1], lemma: f[2], xpos: f[4], spaceAfter: sp})
		}
	}
	if len(cur.words) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}

func loadUD(tb testing.TB) []udSentence {
	dir := testcorpus.Shared(tb, "corpora", "ud-english-ewt")
	var all []udSentence
	for _, name := range []string{"en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			tb.Fatalf("open %s: %v", name, err)
		}
		s, err := readCoNLLU(f)
		f.Close()
		if err != nil {
			tb.Fatalf("read %s: %v", name, err)
		}
		split := strings.TrimSuffix(strings.TrimPrefix(name, "en_ewt-ud-"), ".conllu")
		for i := range s {
			s[i].split = split
		}
		all = append(all, s...)
	}
	return all
}

// loadBBC returns the texts of the BBC News corpus.
func loadBBC(tb testing.TB) []string {
	texts, err := testcorpus.BBCTexts(testcorpus.Shared(tb, "corpora", "bbc-news-2225"), 0)
	if err != nil {
		tb.Fatal(err)
	}
	return texts
}

// loadReuters returns the first n BODY texts of Reuters-21578 (all when
// n <= 0).
func loadReuters(tb testing.TB, n int) []string {
	texts, err := testcorpus.ReutersBodies(testcorpus.Shared(tb, "corpora", "reuters-21578"), n)
	if err != nil {
		tb.Fatal(err)
	}
	return texts
}
