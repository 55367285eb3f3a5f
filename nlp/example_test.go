package nlp_test

import (
	"fmt"
	"os"
	"time"

	"github.com/heraldevents/herald/nlp"
)

func ExampleAnalyzer_Analyze() {
	a, err := nlp.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	pub := time.Date(2023, 3, 3, 0, 0, 0, 0, time.UTC)
	d := a.Analyze("Iran's foreign minister said on Tuesday that Tehran plans to hold talks with Ankara.", pub)
	s := d.Sentences[0]
	span := func(x *nlp.Arg) string { return d.Text[s.Tokens[x.Start].Start:s.Tokens[x.End-1].End] }
	for _, cl := range s.Clauses {
		fmt.Printf("%s: subject=%q", cl.Verb.Lemma, span(cl.Subject))
		if cl.Object != nil {
			fmt.Printf(" object=%q", span(cl.Object))
		}
		for _, p := range cl.Preps {
			fmt.Printf(" %s=%q", p.Prep, span(&p))
		}
		fmt.Printf(" markers=%v reporting=%v parent=%d\n", cl.Verb.Markers, cl.Reporting, cl.Parent)
	}
	for _, t := range s.Times {
		fmt.Println(t.Text, t.Value.Format("2006-01-02"), t.Precision)
	}
	// Output:
	// say: subject="Iran's foreign minister" markers=[] reporting=true parent=-1
	// plan: subject="Tehran" markers=[plans to] reporting=false parent=0
	// hold: subject="Tehran" object="talks" with="Ankara" markers=[plans to] reporting=false parent=1
	// Tuesday 2023-02-28 day
}

func ExampleAnalyzer_Explain() {
	a, err := nlp.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	d := a.Analyze("The convoy was attacked by gunmen.", time.Time{})
	if err := a.Explain(d, os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// [0] bytes 0-34
	//   The convoy was attacked by gunmen.
	//   tokens: The/DT convoy/NN was/VBD(be) attacked/VBN(attack) by/IN gunmen/NNS(gunman) ./.
	//   chunk #0 NP "The convoy" head="convoy"
	//   chunk #1 VG "was attacked" head="attacked"
	//   chunk #2 PP "by" head="by"
	//   chunk #3 NP "gunmen" head="gunmen"
	//   clause 0: verb "was attacked" lemma=attack tense=past passive
	//     subject "gunmen"
	//     surface subject "The convoy"
	//     object "The convoy"
}
