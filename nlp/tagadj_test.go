package nlp

import (
	"testing"
)

// TestAdjTags checks the adjective and adverb rules of tagadj.go on our
// own sentences: each case names the first token with that text and the
// tag it must get.
func TestAdjTags(t *testing.T) {
	a := newTestAnalyzer(t)
	cases := []tagCase{
		// "close to", "prior to", "next to".
		{"The hotel is close to the station.", "close", "JJ"},
		{"We booked rooms close to the beach.", "close", "JJ"},
		{"Payment is due prior to delivery.", "prior", "JJ"},
		{"They live next to the school.", "next", "RB"},
		{"The next train leaves at noon.", "next", "JJ"},
		// "later" as a comparative adverb; before a verb it stays RB.
		{"Three weeks later, the shop closed.", "later", "RBR"},
		{"Talk to you later.", "later", "RBR"},
		{"The minister later said he was sorry.", "later", "RB"},
		// Degree adverbs before a word read as a noun.
		{"The nurses were very kind and patient.", "kind", "JJ"},
		{"The cakes were sooooo good.", "sooooo", "RB"},
		{"The results looked kinda weird, to be honest.", "weird", "JJ"},
		{"The results looked kinda weird, to be honest.", "kinda", "RB"},
		{"The very end of the film was sad.", "end", "NN"},
		// Predicative adjectives read as adverbs.
		{"The delivery was very fast.", "fast", "JJ"},
		{"The two plans are different and alike.", "alike", "JJ"},
		{"He drove very fast.", "fast", "RB"},
		{"The service is here.", "here", "RB"},
		// Adjectives read as nouns: in coordination, as the first word
		// of a fragment, after a linking verb.
		{"The staff were clean and polite.", "clean", "JJ"},
		{"Warm, friendly staff.", "Warm", "JJ"},
		{"The rooms were dark and cold.", "dark", "JJ"},
		{"The terrorist attacks shocked the city.", "terrorist", "NN"},
		// Nationalities keep their name reading.
		{"They backed Kurdish and Arab militias.", "Kurdish", "NNP"},
		// Adverbs read as adjectives or nouns, and the reverse.
		{"Please enter your first name below.", "first", "JJ"},
		{"The town lies 40 km west of the capital.", "west", "RB"},
		{"Rebels hold the west of the country.", "west", "NN"},
		{"We are busy right now.", "right", "RB"},
		{"They defended the right to vote.", "right", "NN"},
		{"I am looking forward to the trip.", "forward", "RB"},
		{"Prices rose and hence sales fell.", "hence", "RB"},
		// A word read as a participle that is none.
		{"The soup is superb and the bread is fresh.", "superb", "JJ"},
		{"The museum was closed on Monday.", "closed", "VBN"},
		{"The price has been cut.", "cut", "VBN"},
		// "well" as a predicate, nouns by their ending.
		{"I hope all is well.", "well", "JJ"},
		{"She sings well.", "well", "RB"},
		{"The plan is well known.", "well", "RB"},
		{"It brought contentment and calm.", "contentment", "NN"},
		// -ing adjectives.
		{"We stayed in a charming cottage.", "charming", "JJ"},
		{"The nurses were very caring.", "caring", "JJ"},
		{"They are building a charming cottage.", "building", "VBG"},
		// Nouns read as adjectives: letter compounds, possessive heads.
		{"Send your e-mail address to the office.", "e-mail", "NN"},
		{"Of all the songs, this one is my favorite.", "favorite", "NN"},
		{"I did it on my own.", "own", "JJ"},
		// Comparatives.
		{"The new plan looks much better.", "better", "JJR"},
		{"I know they can do better.", "better", "RBR"},
		{"The police arrested more protesters than last year.", "more", "JJR"},
		{"The new phone is more compact.", "more", "RBR"},
		// Superlatives.
		{"Best pizza in town!", "Best", "JJS"},
		{"We booked the cheapest room.", "cheapest", "JJS"},
		// Adjectives read as verbs and verbs read as adjectives.
		{"We are going to happy hour tonight.", "happy", "JJ"},
		{"We are going to happy hour tonight.", "to", "IN"},
		{"They want to clean the house.", "clean", "VB"},
		// "early" and "late" after a verb.
		{"They want to retire early.", "early", "RB"},
		{"It is early.", "early", "JJ"},
		{"We checked in late, but the room was ready.", "late", "RB"},
		{"Rinse the bowl weekly, please.", "weekly", "RB"},
		{"We hold a weekly meeting.", "weekly", "JJ"},
	}
	checkTags(t, a, cases)
}
