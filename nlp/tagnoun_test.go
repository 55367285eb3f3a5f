package nlp

import (
	"testing"
)

// TestNounTags checks the noun and name rules of tagnoun.go on our own
// sentences: each case names the first token with that text and the tag
// it must get.
func TestNounTags(t *testing.T) {
	a := newTestAnalyzer(t)
	cases := []tagCase{
		// A capitalised adjective after "the" opens a name.
		{"The talks were held with the European Commission in May.", "European", "NNP"},
		{"He joined the Iraqi National Congress last year.", "Iraqi", "NNP"},
		{"Officers of the Mexican Navy arrested him.", "Mexican", "NNP"},
		// Without the article it modifies the name.
		{"Iraqi Prime Minister Allawi spoke on Monday.", "Iraqi", "JJ"},
		// A hyphenated compound describes the name.
		{"They are fighting the Iran-backed Houthi rebels.", "Iran-backed", "JJ"},
		// A common noun after the adjective: no name.
		{"The voters rejected the French proposal.", "French", "JJ"},
		// A capitalised plural after a name is the plural head of the
		// name, in titles too; surnames that look like plurals stay NNP.
		{"The Kerala Chronicles", "Chronicles", "NNPS"},
		{"Welcome To The Delhi Diaries", "Diaries", "NNPS"},
		{"Senator Hughes spoke to Karen Hughes on Friday.", "Hughes", "NNP"},
		{"Best Dallas Burgers", "Burgers", "NNS"},
		// A capitalised plural outside any name is a common plural.
		{"Looking for Books about gardening.", "Books", "NNS"},
		{"She spoke in the House of Commons today.", "Commons", "NNPS"},
		{"The Beatles played in Hamburg.", "Beatles", "NNP"},
		{"He wrote to the Ministry of Roads and Bridges last week.", "Bridges", "NNP"}, // stays a name
		// A newsgroup name is one singular noun.
		{"I posted it to rec.pets.cats and nobody replied.", "rec.pets.cats", "NN"},
		{"Try sci.physics.theoretical for that question.", "sci.physics.theoretical", "NN"},
		{"Read more at www.example.com today.", "www.example.com", "ADD"},
		// A capitalised first word before a one-word capitalised name
		// opens the name; an imperative, a word in "s" and a noun before
		// a name of two words do not.
		{"Gina Marlowe", "Gina", "NNP"},
		{"Cedar Ridge park was closed for repairs.", "Cedar", "NNP"},
		{"Trout Creek has the best fishing around.", "Trout", "NNP"},
		{"Visit Lisbon in the spring.", "Visit", "VB"},
		{"Thanks Marco!", "Thanks", "NN"},
		// A number with a plural "s" names a decade or a group: NNS.
		{"Prices fell in the 1980s and rose again.", "1980s", "NNS"},
		{"He bought 1980 shares.", "1980", "CD"},
		// Digits with letters name a model or a code: NN.
		{"Does this phone work on 4G in Canada?", "4G", "NN"},
		{"We leased 2400SF of office space.", "2400SF", "NN"},
		{"Veteran Labour MP and former minister Tom Hale will step down.", "Veteran", "NN"},
		// The capitalised words before a company suffix are its name.
		{"Please send it to Northwind Power Source, Inc. today.", "Power", "NNP"},
		{"Please send it to Northwind Power Source, Inc. today.", "Source", "NNP"},
		{"He works for Acme Data Services, Inc. in Dallas.", "Services", "NNPS"},
		{"The deal closed with Harbor Light Partners, L.P. yesterday.", "L.P.", "NNP"},
		{"She joined The Blue Finch Company, LLC last year.", "The", "DT"},
		// A house number, capitalised words and a street word: a street.
		{"Our new office is at 220 Orchard Lane in Springfield.", "Orchard", "NNP"},
		{"Mail it to 18 Mill Pond Rd, Salem.", "Pond", "NNP"},
		{"We sold 20 Big Macs on Main Street.", "20", "CD"},
	}
	checkTags(t, a, cases)
}
