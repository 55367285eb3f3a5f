package nlp

import (
	"testing"
	"time"
)

// TestWebTags checks the tag conventions of web text on our own
// sentences: each case names the first token with that text and the tag
// it must get.
func TestWebTags(t *testing.T) {
	a := newTestAnalyzer(t)
	cases := []tagCase{
		{"Write to jane.doe@example.org for details.", "jane.doe@example.org", "ADD"},
		{"See http://example.com/page for the form.", "http://example.com/page", "ADD"},
		{"The list is hosted at lists.example.net now.", "lists.example.net", "ADD"},
		{"The report is in Budget.doc today.", "Budget.doc", "NN"},
		{"Great to see you again :)", ":)", "NFP"},
		{"*** Please read this first ***", "***", "NFP"},
		{"Call me at 555-0134 tomorrow.", "555-0134", "CD"},
		{"I waited and waited ..", "..", "."},
		{"- Mark Twain", "-", "NFP"},
		{"The shop opens from 9 - 5 on weekdays.", "-", "SYM"},
		{"What kind of dog is that?", "What", "WDT"},
		{"What is that?", "What", "WP"},
		{"It was expensive though.", "though", "RB"},
		{"It costs about 40 dollars.", "about", "RB"},
		{"We talked about the plan.", "about", "IN"},
		{"She ate all the cake.", "all", "PDT"},
		{"I really appreciate that.", "that", "DT"},
		{"They waived the fees that we paid.", "that", "WDT"},
		{"He told the committee that the agency expects cuts.", "that", "IN"},
		{"The fighters of al-Qaeda fled.", "al-Qaeda", "NNP"},
		{"GREAT FOOD AND FRIENDLY STAFF", "FOOD", "NN"},
		{"Great Food And Friendly Staff", "Food", "NN"},
		{"The service was VERY slow.", "VERY", "RB"},
		{"Regards, Trevor", "Trevor", "NNP"},
		{"We will interview the candidates next week.", "interview", "VB"},
		{"Try the soup.", "Try", "VB"},
		{"Thank you for the help.", "Thank", "VBP"},
		{"Pyongyang threatened to launch missiles.", "launch", "VB"},
		{"The flight was late due to bad weather.", "bad", "JJ"},
		{"The meeting is over.", "over", "RB"},
		{"Please turn it off.", "off", "RP"},
		{"Iraqis voted on Sunday.", "Iraqis", "NNPS"},
		{"He fought in World War II before college.", "II", "CD"},
		{"Yep, that works for me.", "Yep", "UH"},
		{"I waited .. and waited.", "..", ","},
		{"The summer of '68 was hot.", "'68", "CD"},
		{"This is the best one.", "one", "NN"},
		{"One of them left.", "One", "CD"},
		{"The library was closed by the council.", "closed", "VBN"},
		{"I was very pleased with the room.", "pleased", "JJ"},
		{"We got involved last year.", "involved", "JJ"},
		{"The show was awesome.", "awesome", "JJ"},
		{"They know the answer.", "know", "VBP"},
		{"Do you know the answer?", "know", "VB"},
		{"Let them know soon.", "know", "VB"},
		{"Don't drink the water.", "Do", "VB"},
		{"Hope you enjoy the trip.", "Hope", "VBP"},
		{"Is there any news?", "there", "EX"},
		{"No, I did not.", "No", "UH"},
		{"Well, that was fast.", "Well", "UH"},
		{"It was such a mess.", "such", "PDT"},
		{"I gave her a book and thanked her.", "her", "PRP"},
		{"The food was ok.", "ok", "JJ"},
		{"I like the new design.", "like", "VBP"},
		{"People like us never win.", "like", "IN"},
		{"What a view!", "What", "WDT"},
		{"The office is next to the bank.", "to", "IN"},
		{"He ranked # 2 in the list.", "#", "NN"},
		{"Thanks, Mike", "Mike", "NNP"},
		{"President Putin said so.", "President", "NNP"},
		{"We moved to mexico last year.", "mexico", "NNP"},
		{"see you on saturday then", "saturday", "NNP"},
		{"They shop in Beverly Hills.", "Hills", "NNPS"},
		{"I never liked that kind of job.", "that", "DT"},
		{"He said that peace talks would resume.", "that", "IN"},
		{"I have a suspicion that he knows.", "that", "IN"},
		{"My tip: don't drink the water.", "do", "VB"},
		{"The players' union met.", "'", "POS"},
		{"The fair opens on the 14th of May.", "14th", "NN"},
		{"Please sign the attached form.", "attached", "VBN"},
		{"Just returned from a week there.", "returned", "VBD"},
		{"Really liked the staff.", "liked", "VBD"},
		{"The old policy changed in the spring.", "changed", "VBD"},
		{"Two men arrested in Leeds", "arrested", "VBN"},
		{"The man arrested in Leeds was released.", "arrested", "VBN"},
		{"When was the bridge opened?", "opened", "VBN"},
		{"Have you visited the museum?", "visited", "VBN"},
		{"Somebody in the office knows.", "Somebody", "NN"},
		{"Everyone loved the show.", "Everyone", "NN"},
		{"What are the best places to eat?", "What", "WP"},
		{"There are some nice shops out there.", "out", "RB"},
		{"Have a good weekend.", "Have", "VB"},
		{"Have you seen the new menu?", "Have", "VBP"},
		{"What will your friends say?", "say", "VB"},
		{"Click the link and enter your name.", "enter", "VB"},
		{"They fixed the voice mail system.", "voice", "NN"},
		{"The waiter was rude.", "rude", "JJ"},
		{"The nuclear programme worries them.", "nuclear", "JJ"},
		{"Tom Baker", "Tom", "NNP"},
		{"The chapter was written by the Methodists.", "Methodists", "NNPS"},
		{"Sounds great to me.", "Sounds", "VBZ"},
		{"The view from the top was amazing.", "amazing", "JJ"},
		{"It was coming.", "coming", "VBG"},
		{"We signed a consulting contract.", "consulting", "NN"},
		{"The rooms were pretty small.", "pretty", "RB"},
		{"The new version is much better.", "much", "RB"},
		{"PS: bring a coat.", "PS", "NN"},
		{"The terms set out herein apply.", "herein", "RB"},
		{"They drove home after dinner.", "home", "RB"},
		{"Their home was damaged.", "home", "NN"},
		{"Share the good news!", "Share", "VB"},
		{"We flew to North Korea last spring.", "North", "NNP"},
		{"Bring pens, paper, etc.", "etc.", "FW"},
		{"The staff were friendly and fast.", "friendly", "JJ"},
		{"The deal was partly funded by the bank.", "partly", "RB"},
		{"They acted quickly.", "quickly", "RB"},
		{"How do you open this box?", "do", "VBP"},
		{"Love this little cafe!", "Love", "VBP"},
		{"See sections II and IV of the contract.", "IV", "CD"},
		{"The museum is well worth a visit.", "worth", "JJ"},
		{"Dear Anna, thank you.", "Dear", "JJ"},
		{"It was the least useful answer.", "least", "RBS"},
		{"It costs at least ten dollars.", "least", "JJS"},
		{"Well we tried our best.", "Well", "UH"},
		{"We had it repaired last week.", "repaired", "VBN"},
		{"I ve never visited Rome.", "visited", "VBN"},
		{"We went to dinner with friends.", "to", "IN"},
		{"They want to wear red.", "to", "TO"},
		{"I suggest you take the train.", "take", "VB"},
		{"Wouldn't you agree?", "agree", "VB"},
		{"It was a harmless joke.", "harmless", "JJ"},
		{"He met with senior UN officials.", "officials", "NNS"},
		{"If Israel attacks, the region burns.", "attacks", "VBZ"},
		{"For details please contact Maria.", "contact", "VB"},
		{"There are groups that attack tourists.", "attack", "VBP"},
		{"Our local paper reveals that the mayor resigned.", "reveals", "VBZ"},
	}
	checkTags(t, a, cases)
}

// TestEmoticonSentences checks that a text face stays one token and
// belongs to the sentence it closes.
func TestEmoticonSentences(t *testing.T) {
	a := newTestAnalyzer(t)
	cases := []struct {
		text string
		want []string
	}{
		{"Thanks for the tip :) See you soon.", []string{"Thanks for the tip :)", "See you soon."}},
		{"Great work! :) We start on Monday.", []string{"Great work! :)", "We start on Monday."}},
	}
	for _, c := range cases {
		d := a.Analyze(c.text, time.Time{})
		var got []string
		for _, s := range d.Sentences {
			got = append(got, c.text[s.Start:s.End])
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: sentences %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: sentences %q, want %q", c.text, got, c.want)
				break
			}
		}
	}
}
