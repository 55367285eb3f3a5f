package nlp

import (
	"testing"
	"time"
)

// TestNameTags checks the proper and common noun rules (tagname.go and
// the name rules of tagSentence) on our own sentences: each case names a
// token by its text and its n-th occurrence (0 for the first) and the tag
// it must get.
func TestNameTags(t *testing.T) {
	a := newTestAnalyzer(t)
	cases := []struct {
		text, word string
		nth        int
		tag        string
	}{
		// Places and given names written in lower case.
		{"we spent a week in kerala and loved it.", "kerala", 0, "NNP"},
		{"my cousin moved to delaware last year.", "delaware", 0, "NNP"},
		{"i flew from san diego to chicago.", "san", 0, "NNP"},
		{"i flew from san diego to chicago.", "diego", 0, "NNP"},
		{"i flew from san diego to chicago.", "chicago", 0, "NNP"},
		{"how big is afghanistan compared to texas?", "afghanistan", 0, "NNP"},
		{"ask jenny about the tickets.", "jenny", 0, "NNP"},
		{"i told lisa and she laughed.", "lisa", 0, "NNP"},
		{"he was in a bad mood , but carol was fine.", "carol", 0, "NNP"},
		{"we sent the china back to the shop.", "china", 0, "NN"},
		{"the turkey was dry.", "turkey", 0, "NN"},
		// A first word that is a name.
		{"Monday was the busiest day.", "Monday", 0, "NNP"},
		{"September 12 is her birthday.", "September", 0, "NNP"},
		{"March 3 was cold.", "March", 0, "NNP"},
		{"May I ask a question?", "May", 0, "MD"},
		{"Laura and I went to the fair.", "Laura", 0, "NNP"},
		{"Jacques is ready to sign.", "Jacques", 0, "NNP"},
		{"Kelly", "Kelly", 0, "NNP"},
		{"Sean Boyle", "Sean", 0, "NNP"},
		{"Ratings is a sore subject.", "Ratings", 0, "NNS"},
		{"Brown told reporters the plan would work.", "Brown", 0, "NNP"},
		{"Hunt also said the hospitals were safe.", "Hunt", 0, "NNP"},
		{"Police said two men were held.", "Police", 0, "NNS"},
		{"Someone said hello.", "Someone", 0, "NN"},
		{"Nobody told me.", "Nobody", 0, "NN"},
		{"Mark's bakery opens early.", "Mark", 0, "NNP"},
		// An acronym read as an adjective.
		{"UN inspectors left Iraq.", "UN", 0, "NNP"},
		{"Get your FREE download now.", "FREE", 0, "JJ"},
		// A capitalised noun that goes on a name, a middle initial.
		{"We moved to the Heritage Office Building last May.", "Building", 0, "NNP"},
		{"Please call Kevin A. Boone tomorrow.", "A.", 0, "NNP"},
		// A capitalised adjective alone among lower-case words.
		{"The school has a Diverse student body.", "Diverse", 0, "JJ"},
		{"We took Private buses to the airport.", "Private", 0, "JJ"},
		{"Kids loved the World's Fair rides.", "Fair", 0, "NNP"},
		// A word written letter by letter.
		{"- N O T I C E -", "O", 0, "GW"},
		// A mail address of the Lotus Notes kind, written with a space.
		{"Mary Jones@ACME on 05/04/2001", "Mary", 0, "GW"},
		{"Forwarded by Paul Kim@GLOBEX TRADING on 05/04/2001", "TRADING", 0, "ADD"},
		// A capitalised plural inside a name.
		{"Soldiers of the Israel Defense Forces crossed the border.", "Forces", 0, "NNPS"},
		// In a title, a word after a name or a given name stays a name.
		// Title-case headlines: the verb after a name or an acronym is
		// shown to the model in lower case.
		{"Iran Condemns US Strikes On Syrian Bases", "Condemns", 0, "VBZ"},
		{"Chile And Peru Agree To Hold Military Talks", "Agree", 0, "VBP"},
		{"Minutes From Pam Butler", "Butler", 0, "NNP"},
		{"Great Food And Friendly Staff", "Staff", 0, "NN"},
		// A capitalised word after the preposition "to".
		{"Please welcome our new colleague to Acmetron today.", "Acmetron", 0, "NNP"},
		{"The town was handed over to Turkish troops.", "Turkish", 0, "JJ"},
		// Single capitals and acronyms used as common nouns.
		{"If X happens before Y, then Y is caused by X.", "X", 0, "NN"},
		{"If X happens before Y, then Y is caused by X.", "Y", 1, "NN"},
		{"Press C to clear the screen.", "C", 0, "NN"},
		{"He got a DUI and lost his licence.", "DUI", 0, "NN"},
		{"Jeffrey T Hodge signed it.", "T", 0, "NNP"},
		{"His memoir is called 'A Promise to Keep'.", "A", 0, "DT"},
		{"We played D & D all night.", "D", 0, "NNP"},
		{"He was a BBC reporter.", "BBC", 0, "NNP"},
		// Capitalised words after "a" or "an" that end the noun phrase.
		{"We adopted a Siberian Forest Cat that sheds a lot.", "Cat", 0, "NN"},
		{"She is a Professor of Law in Leeds.", "Professor", 0, "NN"},
		{"A Foreign Office spokesman declined to comment.", "Office", 0, "NNP"},
		{"He won a Nobel Peace Prize in 1990.", "Prize", 0, "NNP"},
		{"He has been a Democrat all his life.", "Democrat", 0, "NNP"},
	}
	for _, c := range cases {
		d := a.Analyze(c.text, time.Time{})
		got, seen := "", 0
		for _, s := range d.Sentences {
			for _, tk := range s.Tokens {
				if tk.Text == c.word {
					if seen == c.nth {
						got = tk.Tag
					}
					seen++
				}
			}
		}
		if seen <= c.nth {
			t.Errorf("%q: no token %q (%d)", c.text, c.word, c.nth)
		} else if got != c.tag {
			t.Errorf("%q: %q (%d) tagged %s, want %s", c.text, c.word, c.nth, got, c.tag)
		}
	}
}
