package nlp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"
	"time"
)

// TestFuncWordTags checks the tags of function words and punctuation on
// our own sentences: each case names the first token with that text and
// the tag it must get.
func TestFuncWordTags(t *testing.T) {
	a := newTestAnalyzer(t)
	cases := []tagCase{
		// Correlative conjunctions.
		{"The plan was backed by both Russian and Iranian forces.", "both", "CC"},
		{"We need both patience and money.", "both", "CC"},
		{"You can either call or write.", "either", "CC"},
		{"Neither the mayor nor his deputy came.", "Neither", "CC"},
		{"Both sides agreed and signed the deal.", "Both", "DT"},
		{"Both of them left early.", "Both", "DT"},
		{"The two leaders have both urged calm.", "both", "RB"},
		// "about": preposition or approximator.
		{"I have not thought about writing a book.", "about", "IN"},
		{"What are you talking about?", "about", "IN"},
		{"The trip took about a month.", "about", "RB"},
		{"We waited about an hour in line.", "about", "RB"},
		{"They spent about $ 20,000 on repairs.", "about", "RB"},
		// Particles and adverbs without an object.
		{"Two of them were calling in and asking questions.", "in", "RB"},
		{"I came in to buy a ticket.", "in", "RB"},
		{"We put it in the box.", "in", "IN"},
		{"Later on we went home.", "on", "RB"},
		// "to" without its verb, or before a quotation.
		{"You can leave early if you need to.", "to", "TO"},
		{"Call them if you want to and ask for a refund.", "to", "TO"},
		{"We went to the beach.", "to", "IN"},
		{"I have never been to.", "to", "IN"},
		{"She was new to \"The Times\" then.", "to", "IN"},
		{"I used to email him every week.", "to", "TO"},
		{"They lost a second helicopter to hostile fire.", "to", "IN"},
		{"After lunch we went to zorbino.", "to", "IN"},
		{"Click here to unsubscribe.", "to", "TO"},
		{"They hope to kickstart peace talks.", "to", "TO"},
		{"They are more used to humidity now.", "to", "IN"},
		{"Farmers would have to undertake reforms.", "undertake", "VB"},
		{"This will take time.", "will", "MD"},
		{"Many will say no.", "will", "MD"},
		{"The plan has all but collapsed.", "but", "CC"},
		{"New Zealand's broadly defined money supply rose.", "'s", "POS"},
		{"They aimed to drive out the rebels.", "out", "RP"},
		{"If u need help just ask.", "u", "PRP"},
		{"If u need help just ask.", "need", "VBP"},
		{"Keep ur wallet close.", "ur", "PRP$"},
		{"Yet we did not give up.", "Yet", "CC"},
		{"He has yet another plan.", "yet", "RB"},
		{"Plus, we can walk there.", "Plus", "CC"},
		{"> Thanks for the notes.", ">", "SYM"},
		{"The fighting could go on raging for years.", "on", "RP"},
		{"We went on a trip.", "on", "IN"},
		{"We are going out tonight.", "out", "RB"},
		{"Let Them Speak for Themselves", "Themselves", "PRP"},
		{"cos I said so", "cos", "IN"},
		// Direction after a verb of motion.
		{"He walked out when they started.", "out", "RB"},
		{"Why not come over?", "over", "RB"},
		{"Fighting broke out in the north.", "out", "RP"},
		// The pronoun "that".
		{"Nobody knows what that means.", "that", "DT"},
		{"That alone makes it worth a visit.", "That", "DT"},
		// "'s" as "is" or "has".
		{"Here's the list you asked for.", "'s", "VBZ"},
		{"It is the worst storm the world's ever seen.", "'s", "VBZ"},
		{"The food's okay, but the service is slow.", "'s", "VBZ"},
		{"The flag's red, white and black stripes hung there.", "'s", "POS"},
		{"The company's new plan failed.", "'s", "POS"},
		// Replies, modals as nouns, pronouns.
		{"Hell no!", "no", "UH"},
		{"No, no I don't think so.", "no", "UH"},
		{"There is no reason to stay.", "no", "DT"},
		{"Is this okay with you?", "okay", "JJ"},
		{"Whatever you need, just ask.", "Whatever", "WP"},
		{"See what you can find.", "what", "WP"},
		{"The museum is a must for every visitor.", "must", "NN"},
		{"They fired him at will.", "will", "NN"},
		{"The plan reflects the national will.", "will", "NN"},
		{"If one looks closely, one would see the flaw.", "one", "PRP"},
		{"I have nothing but praise for the staff.", "but", "IN"},
		{"I especially like the curry.", "like", "VBP"},
		{"The offer came upon request.", "upon", "IN"},
		{"I left early b/c it was raining.", "b/c", "IN"},
		{"The steak was over cooked.", "over", "AFX"},
		{"The dispute over stolen goods grew.", "over", "IN"},
		{"Call me once you get there.", "once", "IN"},
		{"We meet once a week.", "once", "RB"},
		{"Up to 40 rockets were fired.", "Up", "IN"},
		{"What have you been up to?", "up", "IN"},
		{"Our hotel is next to the station.", "next", "RB"},
		{"You're coming, right?", "right", "UH"},
		{"Er, I am not sure.", "Er", "UH"},
		{"Like, in Paris dinner starts late.", "Like", "UH"},
		{"Their plight is like that of refugees.", "that", "DT"},
		{"Israel has over 200 warheads.", "over", "RB"},
		{"The pizza is not that great.", "that", "RB"},
		// Punctuation and list markers.
		{"Read the notes and / or the slides.", "/", "SYM"},
		{"<< File: notes.doc >>", "<<", "-LRB-"},
		{"<< File: notes.doc >>", ">>", "-RRB-"},
		{"The club is for ages 18 + only.", "+", "SYM"},
		{"1) Bring a coat.", "1", "LS"},
	}
	checkTags(t, a, cases)
}

// TestFuncQuotes checks that a straight double quote ending a quotation
// that began in an earlier sentence closes, from the spaces around it.
func TestFuncQuotes(t *testing.T) {
	a := newTestAnalyzer(t)
	d := a.Analyze("He said: \"We will stay. We will not leave.\" Then he left.", time.Time{})
	var tags []string
	for _, s := range d.Sentences {
		for _, tk := range s.Tokens {
			if tk.Text == "\"" {
				tags = append(tags, tk.Tag)
			}
		}
	}
	if len(tags) != 2 || tags[0] != "``" || tags[1] != "''" {
		t.Errorf("quote tags %v, want [`` '']", tags)
	}
}

// TestFuncWordGate checks that every word of a case of fixFuncWords'
// outer switch passes the funcWordLens gate, so that a case added to
// the switch is not silently turned away.
func TestFuncWordGate(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "tagfunc.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	ast.Inspect(f, func(n ast.Node) bool {
		fd, ok := n.(*ast.FuncDecl)
		if !ok || fd.Name.Name != "fixFuncWords" {
			return true
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			sw, ok := n.(*ast.SwitchStmt)
			if !ok {
				return true
			}
			if id, ok := sw.Tag.(*ast.Ident); !ok || id.Name != "lw" {
				return true
			}
			for _, st := range sw.Body.List {
				for _, e := range st.(*ast.CaseClause).List {
					if bl, ok := e.(*ast.BasicLit); ok {
						w, _ := strconv.Unquote(bl.Value)
						words = append(words, w)
					}
				}
			}
			return false
		})
		return false
	})
	if len(words) < 20 {
		t.Fatalf("found only %d case words", len(words))
	}
	for _, w := range words {
		if funcWordLens[w[0]]&(1<<len(w)) == 0 {
			t.Errorf("case word %q is turned away by funcWordLens: add it to funcWords", w)
		}
	}
}
