package actor

import (
	"strings"
	"testing"
	"time"
)

// TestContextRules checks the rules that read the whole text or the
// clause around a mention (our own sentences, analysed by package nlp):
// names that may mean two countries, the seat of the international
// courts, ethnic and religious adjectives, diplomats' posts, bound
// institutions, armed-group acronyms, lists after "from", possessive and
// personal pronouns. want is the codes joined by "+", or "-" when the
// text must not be an actor mention; nth picks the nth mention with that
// text (0 the first).
func TestContextRules(t *testing.T) {
	r, err := NewResolver(Options{})
	if err != nil {
		t.Fatal(err)
	}
	when := time.Date(2004, 12, 20, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, text, mention string
		nth                 int
		want                string
	}{
		{"Congo plain is the Democratic Republic", "Fighting in Congo forced thousands to flee. The Congolese army retook the town.", "The Congolese army", 0, "CODMIL"},
		{"Congo with eastern cues", "Rebels attacked Goma in North Kivu. Congo said it would send troops.", "Congo", 0, "COD"},
		{"Congo with Brazzaville cues", "President Denis Sassou Nguesso flew to Pointe-Noire. Congo signed an oil deal with China.", "Congo", 0, "COG"},
		{"Congolese refugees", "Congolese refugees crossed into Uganda on Monday.", "Congolese refugees", 0, "CODREF"},
		{"full names stay", "The Republic of Congo and the Democratic Republic of Congo share a river.", "The Republic of Congo", 0, "COG"},
		{"The Hague as a court", "The prosecutor asked for a warrant. The Hague ruled that the former commander must stand trial.", "The Hague", 0, "IGOICC"},
		{"The Hague takes the court named", "The International Court of Justice heard the case in March. The Hague rejected the claim in July.", "The Hague", 0, "IGOUNOICJ"},
		{"The Hague as a place", "Ministers met in The Hague to discuss fishing quotas.", "The Hague", 0, "-"},
		{"judges in The Hague", "Judges in The Hague convicted the former militia leader.", "Judges", 0, "JUD"},
		{"troops from a list", "Troops from Chad and Niger entered the town.", "Troops from Chad and Niger", 0, "TCDMIL+NERMIL"},
		{"troops withdrawn from a country are no troops of it", "Britain will withdraw all of its troops from Iraq next year.", "Iraq", 0, "IRQ"},
		{"troops pulled from a country", "Washington pulled 2,000 troops from Syria on Monday.", "troops", 0, "MIL"},
		{"refugees from a list", "The ban covers refugees from Somalia, Yemen and Sudan.", "refugees from Somalia, Yemen and Sudan", 0, "SOMREF+YEMREF+SDNREF"},
		{"Congress is the US Congress", "Members of Congress criticised the US arms sale to Turkey.", "Congress", 0, "USALEG"},
		{"Congress with no country at all", "He urged Congress to cut spending.", "Congress", 0, "USALEG"},
		{"the country's Congress in a text never naming the US", "Brazil's bankruptcy law was approved by the country's Congress. Brazil hopes borrowing will get cheaper.", "Congress", 0, "BRALEG"},
		{"Congress in a text about another country", "Members of Congress criticised the arms sale to Turkey.", "Congress", 0, "USALEG"},
		{"a named Congress", "The Peruvian Congress voted to impeach the president.", "The Peruvian Congress", 0, "PERLEG"},
		{"Congress ending another name", "The Trade Unions Congress welcomed the rise.", "Congress", 0, "-"},
		{"community forces are a militia", "Moslem forces in Bosnia shelled the town overnight.", "Moslem forces in Bosnia", 0, "BIHREB"},
		{"community leaders", "A group of Kurdish leaders met the Iraqi president.", "Kurdish leaders", 0, "CVL"},
		{"community with nationality", "Syrian Kurdish fighters took the town.", "Syrian Kurdish fighters", 0, "SYRREB"},
		{"community adjective before a thing", "Turkish forces entered the Kurdish enclave of Afrin.", "Kurdish", 0, "-"},
		{"community before an adjectival agent", "Ankara fears the Kurdish separatist movement.", "Kurdish", 0, "-"},
		{"ambassador's post before the name", "Russian ambassador to Britain Alexander Yakovenko denied the claims.", "Russian ambassador to Britain Alexander Yakovenko", 0, "RUSGOV"},
		{"ambassador's post before an apposition", "The Russian ambassador to the UK, Alexander Yakovenko, denied the claims.", "Alexander Yakovenko", 0, "RUSGOV"},
		{"ambassador's post after the name", "Alexander Yakovenko, the Russian ambassador to London, denied the claims.", "London", 0, "-"},
		{"ambassador's post after the name, the title", "Alexander Yakovenko, the Russian ambassador to London, denied the claims.", "the Russian ambassador to London", 0, "RUSGOV"},
		{"armed-group acronym without its country", "The FSA fined the bank for mis-selling pensions to savers.", "The FSA", 0, "-"},
		{"armed-group acronym with its country", "Syrian rebels said the FSA had lost ten fighters.", "the FSA", 0, "SYRREBFSA"},
		{"kin community", "Bosnian Serbs said their forces had withdrawn.", "Bosnian Serbs", 0, "BIHCVL"},
		{"kin community's forces", "Bosnian Serbs said their forces had withdrawn.", "their forces", 0, "BIHMIL"},
		{"kin community before a title", "Bosnian Serb forces shelled the town.", "Bosnian Serb forces", 0, "BIHMIL"},
		{"diaspora", "Cuban Americans protested in Miami.", "Cuban Americans", 0, "USACVL"},
		{"honorific before a known surname", "Mr Putin met the Turkish president in Sochi.", "Mr Putin", 0, "RUSGOV"},
		{"honorific with a full name", "On Monday Mr Jack Straw flew to Brussels.", "Mr Jack Straw", 0, "GBRGOV"},
		{"honorific before a person out of role keeps the country", "On Monday Mrs Theresa May flew to Brussels.", "Mrs Theresa May", 0, "GBR"},
		{"honorific after a preposition", "The plan was drawn up by Mr Blair and his staff.", "Mr Blair", 0, "GBRGOV"},
		{"honorific before an unknown name", "Mr Pembury met the Turkish president in Sochi.", "Mr Pembury", 0, "-"},
		{"two nationalities before a thing", "Russian Ukrainian talks failed.", "Ukrainian", 0, "UKR"},
		{"the rebels: the same sector just named", "Rebels in Congo attacked the town. The rebels then seized Goma.", "The rebels", 0, "CODREB"},
		{"the rebels: nothing to refer to", "The rebels then seized the town.", "The rebels", 0, "REB"},
		{"in tail after a compass word", "Militants in northern Iraq attacked a checkpoint.", "Militants in northern Iraq", 0, "IRQREB"},
		{"a possessor's ally", "The deputy chief of Israel's militia ally in southern Lebanon was killed.", "Israel's militia ally in southern Lebanon", 0, "LBNREB"},
		{"an organisation's modified title", "Hamas's political leader Khaled Meshaal rejected the offer.", "Hamas's political leader Khaled Meshaal", 0, "PSEINSHMS"},
		{"an organisation's title before an apposition", "Mike Nattrass, UKIP's deputy leader, made the comments. But he denied it.", "he", 0, "GBRPTYUKI"},
		{"she: not a man", "Mr Blunkett spoke to reporters. She said the meeting was private.", "She", 0, "-"},
		{"he: a man named with Mr", "Tony Blair met Mrs Quinn in London. He said the talks were useful.", "He", 0, "GBRGOV"},
		{"its: not a region", "Turkey guards Europe's borders, so nobody objected when its army entered Afrin.", "its army", 0, "TURMIL"},
		{"its: a named group", "The PKK said its fighters would withdraw.", "its fighters", 0, "IMGPKK"},
		{"its: an organisation", "The UN said its peacekeepers would stay in Mali.", "its peacekeepers", 0, "IGOUNO"},
		{"he: not a body", "The Syrian government rejected the plan. He said it was a trap.", "He", 0, "-"},
		{"he: not a bare title inside a quote", "Jack Straw spoke to reporters. \"The Iranian foreign minister is wrong,\" he told the BBC.", "he", 0, "GBRGOV"},
		{"he: an unknown person named since", "Jack Straw defended the ruling. But Lord Fairweather disagreed. He said the ruling was an embarrassment.", "He", 0, "-"},
		{"he: the subject of the sentence before", "Jack Straw met Lord Fairweather in London. He said the talks were useful.", "He", 0, "GBRGOV"},
		{"role, for-phrase, name: the role's holder", "The party's spokesman for health Daniel Morrow attacked the plan.", "Daniel Morrow", 0, "PTY"},
		{"role, for-phrase, name: no mention in the for-phrase", "The Green Party's spokeswoman for children Helen Marsh criticised the cuts.", "children", 0, "-"},
		{"role, for-phrase, name: an organisation's role", "The Liberal Democrats' spokesman for women Peter Hale welcomed the plan.", "Peter Hale", 0, "GBRPTYLDM"},
		{"intelligence as information after other", "The United States is sending satellite images and other military intelligence to Kenya.", "military intelligence", 0, "-"},
		{"intelligence as a verb's object", "Britain shared intelligence with France about the plot.", "intelligence", 0, "-"},
		{"intelligence after new", "The new intelligence suggested an attack was near.", "intelligence", 0, "-"},
		{"a body's possessive before a title", "The army's spokesman denied the report.", "The army's spokesman", 0, "MIL"},
		{"a body's possessive with a nationality", "The Syrian army's commander visited the front.", "The Syrian army's commander", 0, "SYRMIL"},
		{"a possessive inside a party's name", "The opposition Pakistan People's Party won the vote.", "Party", 0, "PTY"},
		{"a portfolio before the holder's name", "The Federal Minister for Trade Imran Qadir Shah met Pakistani traders in Lahore.", "The Federal Minister for Trade Imran Qadir Shah", 0, "PAKGOV"},
		{"opposition groups in a country", "Opposition groups in Kenya are demanding new elections.", "Opposition groups in Kenya", 0, "KENOPP"},
		{"refugees fleeing a war in a country", "Aid workers met refugees fleeing the civil war in Somalia.", "refugees fleeing the civil war in Somalia", 0, "SOMREF"},
		{"refugees fleeing towards a country", "Refugees fleeing to Kenya said the camps were full.", "Refugees", 0, "REF"},
		{"intelligence before a common noun", "Intelligence reports suggested the attack was planned in Syria.", "Intelligence", 0, "-"},
		{"acting on intelligence", "The army acted on intelligence about a planned attack.", "intelligence", 0, "-"},
		{"the intelligence community", "The intelligence community warned the president.", "The intelligence", 0, "SPY"},
		{"a country's military intelligence", "Pakistan's military intelligence denied the report.", "Pakistan's military intelligence", 0, "PAKSPY"},
		{"the military intelligence service", "The military intelligence service detained two men.", "The military intelligence service", 0, "SPY"},
		{"military intelligence as an object", "The army accused military intelligence of torture.", "military intelligence", 0, "SPY"},
		{"X-led forces are X's", "Ethiopian-led forces retook the border town.", "Ethiopian-led forces", 0, "ETHMIL"},
		{"X-backed forces are not X's", "Iranian-backed forces retook the border town.", "forces", 0, "MIL"},
		{"a community of one country", "Igbo leaders said they would back the governor.", "Igbo leaders", 0, "NGACVL"},
		{"a community of one country's fighters", "Zulu fighters attacked the hostel overnight.", "Zulu fighters", 0, "ZAFREB"},
		{"a province's government", "The government of Balochistan province banned the rally.", "The government of Balochistan province", 0, "PAKGOV"},
		{"police in a province", "Police in Helmand arrested four men.", "Police in Helmand", 0, "AFGCOP"},
		{"a province alone is no actor", "Government jets bombed Idlib overnight.", "Idlib", 0, "-"},
		{"a province's governor", "Helmand's governor met tribal leaders.", "Helmand's governor", 0, "AFGGOV"},
		{"forces from a province are not its country's", "Fighters from Idlib crossed the border.", "Fighters", 0, "REB"},
		{"rival militias: the sentence's country", "Rival militias fought for control of the port in Somalia.", "militias", 0, "SOMREB"},
		{"rival militias: no country", "Rival militias fought for control of the port.", "militias", 0, "REB"},
		{"Tripoli as a town: militias there", "Gunmen from rival militias fought in Tripoli, the main city of northern Lebanon.", "militias in Tripoli", 0, "-"},
		{"Tripoli in northern Lebanon is no actor", "Gunmen attacked Tripoli in northern Lebanon.", "Tripoli", 0, "-"},
		{"a town's militias", "The army sent troops to separate militias in Tripoli after clashes in the north Lebanese port.", "militias in Tripoli", 0, "LBNREB"},
		{"Tripoli in a Libyan text", "Tripoli rejected the plan, Libyan officials said.", "Tripoli", 0, "LBYGOV"},
		{"he: not the reporter", "President Assad met the envoy. Our correspondent says he was received coldly.", "he", 0, "-"},
	}
	for _, c := range cases {
		ms := r.Resolve(analyse(t, c.text, when))
		var got []string
		n := 0
		found := false
		for _, m := range ms {
			if m.Text != c.mention {
				continue
			}
			if n < c.nth {
				n++
				continue
			}
			for _, a := range m.Actors {
				got = append(got, a.Code)
			}
			found = true
			break
		}
		g := strings.Join(got, "+")
		if !found {
			g = "-"
		}
		if g != c.want {
			var all []string
			for _, m := range ms {
				var cs []string
				for _, a := range m.Actors {
					cs = append(cs, a.Code)
				}
				all = append(all, m.Text+"="+strings.Join(cs, "+"))
			}
			t.Errorf("%s: %q in %q = %s, want %s (mentions: %s)", c.name, c.mention, c.text, g, c.want, strings.Join(all, "; "))
		}
	}
}

// TestAltAndCuesAttributes checks the dictionary attributes of names
// that may mean two countries.
func TestAltAndCuesAttributes(t *testing.T) {
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"country COD Congo ; adj=Congolese ; alt=COG", true},
		{"country COG Republic of Congo ; cues=Pointe-Noire|Sassou Nguesso", true},
		{"capital NLD The Hague ; flags=courts", true},
		{"agent CVL Kurdish ; flags=capital,community", true},
		{"agent GOV minister ; alt=COG", false},
		{"country COD Congo ; alt=Congo", false},
		{"adj COD Congolese ; cues=Goma", false},
		{"country SYR Idlib ; flags=place", true},
		{"agent GOV governor ; flags=place", false},
	} {
		_, err := parseHeraldLine(c.line)
		if (err == nil) != c.ok {
			t.Errorf("%q: error %v, want ok=%v", c.line, err, c.ok)
		}
	}
	es, err := parseHeraldLine("country COD Congo ; adj=Congolese ; alt=COG")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.Alt != "COG" {
			t.Errorf("%s %q: Alt %q, want COG", e.Kind, e.Phrase, e.Alt)
		}
	}
}

// TestMediaActs checks when a news outlet or reporter is an actor rather
// than a reporting source (our own sentences, analysed by package nlp).
func TestMediaActs(t *testing.T) {
	r, err := NewResolver(Options{})
	if err != nil {
		t.Fatal(err)
	}
	when := time.Date(2004, 12, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text, mention string
		agency        bool
	}{
		{"An official Iraqi newspaper called on Arabs to boycott the talks.", "An official Iraqi newspaper", false},
		{"A Jordanian newspaper accused Israel of stalling the talks.", "A Jordanian newspaper", false},
		{"Police arrested two journalists in Cairo.", "two journalists", false},
		{"The government closed the opposition newspaper for a month.", "the opposition newspaper", false},
		{"A state-owned Egyptian newspaper said Libya would hand over the suspects.", "A state-owned Egyptian newspaper", true},
		{"He told the newspaper that the talks had failed.", "the newspaper", true},
		{"The minister apologised to the newspaper for the raid.", "the newspaper", false},
		{"An aide leaked the memo to the newspaper.", "the newspaper", true},
		{"The newspaper has learned that the minister will resign.", "The newspaper", true},
		{"As first reported by the newspaper, Canada and Mexico struck a deal.", "the newspaper", true},
	} {
		ms := r.Resolve(analyse(t, c.text, when))
		found := false
		for _, m := range ms {
			if m.Text == c.mention {
				found = true
				if m.Agency != c.agency {
					t.Errorf("%q in %q: agency %v, want %v", c.mention, c.text, m.Agency, c.agency)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", c.text, c.mention)
		}
	}
}
