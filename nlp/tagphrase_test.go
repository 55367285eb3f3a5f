package nlp

import (
	"testing"
)

// TestPhraseTags checks the rules of tagphrase.go on our own sentences:
// each case names the first token with that text and the tag it must
// get.
func TestPhraseTags(t *testing.T) {
	a := newTestAnalyzer(t)
	cases := []tagCase{
		// A participle that opens the object of a base-form verb.
		{"Please see attached file for the figures.", "attached", "VBN"},
		{"Please find enclosed documents for your review.", "enclosed", "VBN"},
		{"Please review attached notes before the call.", "attached", "VBN"},
		// Adjectives without a verb of their own keep JJ.
		{"Chickens can lay unfertilized eggs.", "unfertilized", "JJ"},
		{"We found a sophisticated design.", "sophisticated", "JJ"},
		// Capitalised adverbs in -ly are adverbs, not names.
		{"Great coffee and cake Highly recommend Cafe Luna.", "Highly", "RB"},
		{"$ 300 Paid Directly to your bank", "Directly", "RB"},
		// An -ing word after an adverb, ending its phrase, is a verb.
		{"Just kidding, the party is still on.", "kidding", "VBG"},
		{"The kids are not simply copying.", "copying", "VBG"},
		{"Fast shipping, great seller.", "shipping", "NN"},
		{"There was really nothing.", "nothing", "NN"},
		// After "please", a word that can be a verb is the command.
		{"PLEASE NOTE: the office closes at noon.", "NOTE", "VB"},
		{"PLEASE NOTE: the office closes at noon.", "PLEASE", "UH"},
		{"Please review invoice and sign where marked.", "review", "VB"},
		{"Please advise, the shipment is late.", "advise", "VB"},
		{"Two coffees please.", "coffees", "NNS"},
		// A second command or infinitive after and/or.
		{"Please print the report and file it tonight.", "file", "VB"},
		{"They want to repaint the hall and floor it with oak.", "floor", "VB"},
		{"Log in to the site and type in your code.", "type", "VB"},
		{"Any trouble or delay in March costs us money.", "delay", "NN"},
		{"Bring a map and something to eat.", "something", "NN"},
		// A drawn-out adverb read as a name.
		{"Soooo tasty, the best tacos in town!", "Soooo", "RB"},
		{"The staff were VERYYY helpful.", "VERYYY", "RB"},
		{"Abbb Corp opened a new plant.", "Abbb", "NNP"},
		// An adverb between a determiner and a participle.
		{"Send the above mentioned forms to the bank.", "above", "RB"},
		{"We sold the state owned land.", "state", "NN"},
		// A verb reading of a word that is no verb.
		{"They lack money (or knowledge about it).", "knowledge", "NN"},
		{"The flat is close to orchestra hall and the park.", "orchestra", "NN"},
		{"I feed it twice a day.", "feed", "VBP"},
		// A passive participle opening a line after symbols.
		{"----== Posted via MailHub Online - fast news ==----", "Posted", "VBN"},
		{"She posted via the web form.", "posted", "VBD"},
		// Names in -ly keep their name tag.
		{"Kelly said the meeting was over.", "Kelly", "NNP"},
		{"The Washington Monthly's editor resigned.", "Monthly", "NNP"},
		{"Pilgrims visited the Holy Land.", "Holy", "NNP"},
		// A capitalised first word that is only a verb opens a command.
		{"Write (or call) the office near you.", "Write", "VB"},
		{"Write (or phone) us for a brochure.", "Write", "VB"},
		{"Come early, the line gets long.", "Come", "VB"},
		{"Come visit chat room:", "Come", "VB"},
		{"Come join book club:", "Come", "VB"},
		{"Wait staff is friendly.", "staff", "NN"},
		{"Clean rooms and a good breakfast.", "Clean", "JJ"},
		{"Free parking for guests.", "Free", "JJ"},
		// A prenominal -ing word the lexicon knows as a participle.
		{"Please read the following notes before the meeting.", "following", "VBG"},
		{"We booked the remaining seats on the bus.", "remaining", "VBG"},
		{"We had an amazing meal there.", "amazing", "JJ"},
		{"It was an interesting idea.", "interesting", "JJ"},
		// An adjective, not an adverb, completes a linking verb.
		{"The owners are VERY dishonest, sadly.", "dishonest", "JJ"},
		{"The cooks are VERY sloppy, as well.", "sloppy", "JJ"},
		{"The staff were SO rude, and slow.", "rude", "JJ"},
		{"The rooms are always spotless, though.", "spotless", "JJ"},
		{"Our guide was VERY knowledgable about the ruins.", "knowledgable", "JJ"},
		{"The bus is there, by the gate.", "there", "RB"},
		{"She is doing well.", "well", "RB"},
	}
	checkTags(t, a, cases)
}
