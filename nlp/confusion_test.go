package nlp

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

func TestUDConfusion(t *testing.T) {
	if os.Getenv("NLP_CONFUSION") == "" {
		t.Skip("set NLP_CONFUSION=1 to print the tag confusion on UD EWT")
	}
	sents := loadUD(t)
	a := newTestAnalyzer(t)
	conf := map[string]int{}
	words := map[string]int{}
	for _, s := range sents {
		toks, lower := udTokens(s)
		a.tagger.tagSentence(toks, lower)
		for i, w := range s.words {
			if toks[i].Tag != w.xpos {
				conf[w.xpos+" -> "+toks[i].Tag]++
				words[w.form+" "+w.xpos+" -> "+toks[i].Tag]++
			}
		}
	}
	type kv struct {
		k string
		v int
	}
	for _, m := range []map[string]int{conf, words} {
		var l []kv
		for k, v := range m {
			l = append(l, kv{k, v})
		}
		sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v })
		for i := 0; i < 40 && i < len(l); i++ {
			fmt.Println(l[i].v, l[i].k)
		}
		fmt.Println()
	}
}
