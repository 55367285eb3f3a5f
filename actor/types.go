package actor

// The types in this file are the contract between actor resolution and the
// coder. Token indices refer to nlp.Sentence.Tokens of sentence Sentence.

// Actor is a resolved actor.
type Actor struct {
	Code    string   // CAMEO-style code: "SYRGOV", "IRN", "IGOUNO", "NGOAMN"
	Country string   // ISO 3166 alpha-3, "" for international bodies
	Sectors []string // "GOV", "MIL", "REB", ...
	Name    string   // canonical name when known ("Faisal Mekdad")
	Role    string   // role or office from the text or dictionary ("foreign minister")
}

// Mention is a span of a sentence that refers to one or more actors.
type Mention struct {
	Sentence   int // sentence index
	Start, End int // token span [Start, End)
	Head       int // head token index
	Text       string
	// Actors: one for a simple mention; several for a compound ("Syria,
	// Russia, Iran and Turkey") or a plural that coreference resolved
	// ("the two ministers").
	Actors []Actor
	// Basis says how it was resolved: "dictionary", "title+nationality",
	// "apposition", "coreference", "metonym", "compound", "user-dictionary";
	// also "title+context" (a title whose country is the document's),
	// "title+person" (a title before a dictionary person out of role at
	// the date: the person's country, "President Obama" in 2000),
	// "title+organisation" ("UN envoy X"), and "modifier": a nationality or
	// country that modifies another noun ("an Indian proposal", "the UK
	// economy"), which a coder may skip.
	Basis string
	// Agency is true when the mention is a news agency or outlet: it is a
	// reporting source, never an actor of an event.
	Agency bool
	// Rule names the dictionary entry (file:line or built-in id) that matched.
	Rule string
}
