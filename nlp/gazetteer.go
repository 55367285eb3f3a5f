package nlp

import (
	"strings"
	"sync"
)

// gazetteerData lists countries and territories as
// "name|name variants|demonyms|cities", written by us from public facts.
// The actor package has the full dictionaries; this small list only lets
// the language layer tell places and nationalities from other names.
const gazetteerData = `
Afghanistan||Afghan|Kabul,Kandahar,Herat
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Angola||Angolan|Luanda
Argentina||Argentine,Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra,Sydney,Melbourne
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani,Azeri|Baku
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Belarus||Belarusian|Minsk
Belgium||Belgian|Brussels
Bolivia||Bolivian|La Paz
Bosnia|Bosnia and Herzegovina|Bosnian|Sarajevo
Brazil||Brazilian|Brasilia,Rio de Janeiro,Sao Paulo
Bulgaria||Bulgarian|Sofia
Burma|Myanmar|Burmese|Yangon,Naypyidaw
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaounde
Canada||Canadian|Ottawa,Toronto,Montreal
Chad||Chadian|N'Djamena
Chile||Chilean|Santiago
China|People's Republic of China|Chinese|Beijing,Shanghai,Hong Kong
Colombia||Colombian|Bogota
Congo|Democratic Republic of Congo,DRC|Congolese|Kinshasa,Brazzaville
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish,Dane|Copenhagen
Egypt||Egyptian|Cairo,Alexandria
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Ethiopia||Ethiopian|Addis Ababa
Finland||Finnish,Finn|Helsinki
France||French|Paris
Georgia||Georgian|Tbilisi
Germany||German|Berlin,Munich,Frankfurt
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Hungary||Hungarian|Budapest
India||Indian|New Delhi,Delhi,Mumbai
Indonesia||Indonesian|Jakarta
Iran|Islamic Republic of Iran|Iranian,Persian|Tehran,Teheran,Isfahan
Iraq||Iraqi|Baghdad,Basra,Mosul,Erbil,Kirkuk
Ireland||Irish|Dublin
Israel||Israeli|Jerusalem,Tel Aviv
Italy||Italian|Rome,Milan
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana,Almaty
Kenya||Kenyan|Nairobi
Kosovo||Kosovar|Pristina
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Lao,Laotian|Vientiane
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Libya||Libyan|Tripoli,Benghazi
Lithuania||Lithuanian|Vilnius
Malaysia||Malaysian|Kuala Lumpur
Mali||Malian|Bamako
Mexico||Mexican|Mexico City
Moldova||Moldovan|Chisinau
Mongolia||Mongolian|Ulaanbaatar
Morocco||Moroccan|Rabat,Casablanca
Mozambique||Mozambican|Maputo
Nepal||Nepalese,Nepali|Kathmandu
Netherlands|Holland|Dutch|Amsterdam,The Hague
New Zealand||New Zealander|Wellington,Auckland
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja,Lagos
North Korea|DPRK|North Korean|Pyongyang
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad,Karachi,Lahore
Palestine|Palestinian Territories,West Bank,Gaza,Gaza Strip|Palestinian|Ramallah
Panama||Panamanian|Panama City
Peru||Peruvian|Lima
Philippines||Filipino,Philippine|Manila
Poland||Polish,Pole|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow,St Petersburg
Rwanda||Rwandan|Kigali
Saudi Arabia|Saudi|Saudi|Riyadh,Jeddah,Mecca
Senegal||Senegalese|Dakar
Serbia||Serbian,Serb|Belgrade
Singapore||Singaporean|
Slovakia||Slovak|Bratislava
Slovenia||Slovenian,Slovene|Ljubljana
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria,Johannesburg,Cape Town
South Korea|Korea|South Korean,Korean|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish,Spaniard|Madrid,Barcelona
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Sweden||Swedish,Swede|Stockholm
Switzerland||Swiss|Bern,Geneva,Zurich
Syria|Syrian Arab Republic|Syrian|Damascus,Aleppo,Homs,Idlib,Raqqa,Deir ez-Zor,Latakia
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma,Dar es Salaam
Thailand||Thai|Bangkok
Tunisia||Tunisian|Tunis
Turkey|Turkiye,Türkiye|Turkish,Turk|Ankara,Istanbul
Turkmenistan||Turkmen|Ashgabat
Uganda||Ugandan|Kampala
Ukraine||Ukrainian|Kyiv,Kiev,Kharkiv,Odesa,Odessa
United Arab Emirates|UAE,Emirates|Emirati|Abu Dhabi,Dubai
United Kingdom|UK,U.K.,Britain,Great Britain,England,Scotland,Wales|British,Briton,English,Scottish,Welsh|London
United States|US,U.S.,USA,U.S.A.,America,United States of America|American|Washington,New York
Uzbekistan||Uzbek|Tashkent
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi,Ho Chi Minh City
Yemen||Yemeni|Sanaa,Aden,Hodeidah
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
Europe||European|
Africa||African|
Asia||Asian|
Middle East|Mideast|Middle Eastern|
Crimea||Crimean|Sevastopol
Kurdistan||Kurdish,Kurd|
Arab world||Arab|
`

// gazEntry is what the gazetteer knows about a lower-case word sequence.
type gazEntry struct {
	kind EntityKind // Place or Nationality
}

// gazetteer maps lower-case names (single words or multiword names
// joined by one space) to their entry, and records the longest name in
// words.
type gazetteerT struct {
	names   map[string]gazEntry
	maxLen  int
	firstWd map[string]struct{}
	// first screens words for firstWd (and so for the one-word names,
	// each its own first word) by their shape.
	first *wordSet
}

var gazetteer = sync.OnceValue(func() *gazetteerT {
	g := &gazetteerT{names: map[string]gazEntry{}, firstWd: map[string]struct{}{}}
	add := func(name string, k EntityKind) {
		name = strings.TrimSpace(strings.ToLower(name))
		if name == "" {
			return
		}
		if _, ok := g.names[name]; ok && k == Nationality {
			return // a name is a place before it is a demonym ("Saudi")
		}
		g.names[name] = gazEntry{kind: k}
		f := strings.Fields(name)
		if len(f) > g.maxLen {
			g.maxLen = len(f)
		}
		g.firstWd[f[0]] = struct{}{}
	}
	for _, line := range strings.Split(gazetteerData, "\n") {
		parts := strings.Split(line, "|")
		if len(parts) != 4 {
			continue
		}
		add(parts[0], Place)
		for _, v := range strings.Split(parts[1], ",") {
			add(v, Place)
		}
		for _, c := range strings.Split(parts[3], ",") {
			add(c, Place)
		}
		for _, d := range strings.Split(parts[2], ",") {
			add(d, Nationality)
			d = strings.TrimSpace(d)
			if d == "" {
				continue
			}
			if !strings.HasSuffix(d, "ese") && !strings.HasSuffix(d, "ish") && !strings.HasSuffix(d, "ch") && !strings.HasSuffix(d, "s") && !strings.HasSuffix(d, "i") || strings.HasSuffix(d, "i") && len(d) > 4 {
				add(d+"s", Nationality)
			}
		}
	}
	// Religious and ethnic groups are NORP as well.
	for _, w := range strings.Fields(religiousGroups) {
		add(w, Nationality)
	}
	g.first = newWordSet(g.firstWd)
	return g
})

// religiousGroups lists religious and ethnic adjectives (with their
// plural nouns) that name groups of people.
const religiousGroups = `Sunni Sunnis Shiite Shiites Shia Shi'ite Muslim Muslims Christian
Christians Jewish Jew Jews Arab Arabs Alawite Alawites Druze Catholic Catholics Protestant
Protestants Orthodox Hindu Hindus Buddhist Buddhists Sikh Sikhs Yazidi Yazidis Pashtun Pashtuns
Tamil Tamils Hutu Tutsi Uighur Uighurs Uyghur Uyghurs Rohingya Baloch Coptic Copts Maronite`
