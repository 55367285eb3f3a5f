package nlp

import "time"

// The types in this file are the contract between the language layer and
// the stages after it (actor, coder). All token indices are indices into
// Sentence.Tokens; all byte offsets are offsets into Document.Text.

// Token is one word or punctuation mark.
type Token struct {
	Text  string // as written
	Start int    // byte offset of the first byte in Document.Text
	End   int    // byte offset one past the last byte
	Tag   string // Penn Treebank part-of-speech tag ("NNP", "VBD", ...)
	Lemma string // lower-case lemma ("discuss" for "discussed")
}

// EntityKind is the kind of a named-entity span.
type EntityKind string

// Entity kinds.
const (
	Person      EntityKind = "PERSON"
	Org         EntityKind = "ORG"
	Place       EntityKind = "PLACE"
	Nationality EntityKind = "NORP" // nationality or demonym: "Iranian", "Syrian"
	DateEntity  EntityKind = "DATE"
)

// Entity is a named-entity span over tokens [Start, End).
type Entity struct {
	Kind  EntityKind
	Start int
	End   int
}

// ChunkKind is the kind of a phrase chunk.
type ChunkKind string

// Chunk kinds.
const (
	NP ChunkKind = "NP" // noun phrase
	VG ChunkKind = "VG" // verb group: auxiliaries, negation, adverbs, main verb, particle
	PP ChunkKind = "PP" // preposition (its object is the following NP)
)

// Chunk is a phrase over tokens [Start, End) with the index of its head token.
type Chunk struct {
	Kind  ChunkKind
	Start int
	End   int
	Head  int
	// Apposition is the index (in Sentence.Chunks) of an NP in apposition to
	// this one ("Faisal Al-Miqdad, the Minister of ..."), or -1. A role
	// followed by its for/of/on phrase and a name without a comma ("the
	// party's spokeswoman for women Sandra Gidley") points from the role
	// NP ("spokeswoman") to the name NP ("Sandra Gidley").
	Apposition int
	// Possessor is the index of an NP that possesses this one
	// ("Syria's foreign minister": the NP "Syria" for "foreign minister"), or -1.
	Possessor int
	// Conjuncts lists the chunk indices of a coordination this NP heads
	// ("Syria, Russia, Iran and Turkey"): non-empty only on the first
	// conjunct; the members are the conjunct NPs themselves.
	Conjuncts []int
}

// Tense of a verb group.
type Tense string

// Tenses.
const (
	Past    Tense = "past"
	Present Tense = "present"
	Future  Tense = "future"
)

// VerbGroup describes the verb of a clause and the markers around it.
type VerbGroup struct {
	Start int // first token of the group (auxiliaries included)
	End   int // one past the last token
	Head  int // token index of the main verb
	Lemma string
	// Particle is the token index of a phrasal-verb particle ("carry out"), or -1.
	Particle int
	Passive  bool
	Negated  bool   // "did not", "never", "no longer"
	Modal    string // lemma of a modal auxiliary: "will", "would", "could", "may", "must", "should", "can", "might"
	Tense    Tense
	// Markers are the modality and intent markers found around the verb,
	// as lower-case canonical strings: "plans to", "efforts under way",
	// "called for", "if", "denied", "intends to", "agreed to", "threatened to",
	// "seeks to", "ready to", "expected to", "aim to", ...; "in order to"
	// marks an infinitive of purpose ("sent troops to secure the border",
	// "in order to", "so as to"), as against the complement of a verb of
	// intent ("plans to", "agreed to").
	Markers []string
}

// Arg is a clause argument: a noun phrase span [Start, End) with its head
// token, and for prepositional attachments the lower-case preposition.
type Arg struct {
	Start int
	End   int
	Head  int
	Prep  string // "" for subject and object; "with", "on", "against", "between", ...
	Chunk int    // index into Sentence.Chunks of the NP, or -1
}

// Clause is one verb with its arguments.
type Clause struct {
	Verb    VerbGroup
	Subject *Arg // logical subject: for a passive, the "by" agent when present
	Object  *Arg // logical object: for a passive, the surface subject
	// SurfaceSubject is the grammatical subject as written (for passives
	// it differs from Subject).
	SurfaceSubject *Arg
	Preps          []Arg // prepositional attachments after the verb, in order
	// Parent is the index of the clause this one is embedded in (the
	// complement of a reporting verb, an infinitive after "plans"), or -1.
	Parent int
	// Reporting is true for verbs of saying ("said", "reported", "stated",
	// "quoted", "indicated") whose complement carries the content.
	Reporting bool
	// Relative is true for a relative clause ("which was confirmed by
	// ..."). In a subject relative its SurfaceSubject is the antecedent
	// noun phrase; in an object relative ("the deal that Moscow rejected")
	// the subject is the relative's own and the antecedent is its Object
	// (none after a verb of saying: "an outcome that Ankara says it
	// cannot accept").
	Relative bool
}

// Quote is a direct quotation in the document.
type Quote struct {
	Start, End int // byte offsets of the quoted text (without the marks)
	// Speaker is the speaker's span as byte offsets, or zero when unknown.
	SpeakerStart, SpeakerEnd int
	// SpeakerSentence is the sentence index of the speaker mention, or -1.
	SpeakerSentence int
}

// Attribution is a source of information marked in the sentence:
// "according to X", "X said", "X reported", "X quoted Y as saying".
type Attribution struct {
	Cue   string // "according to", "said", "reported", "quoted", ...
	Start int    // token span of the source NP
	End   int
}

// Precision of a time expression.
type Precision string

// Precisions.
const (
	Day   Precision = "day"
	Week  Precision = "week"
	Month Precision = "month"
	Year  Precision = "year"
)

// Timex is a time expression. When the expression is relative and no
// publication date was given, Resolved is false and Value is zero.
type Timex struct {
	Start, End int // token span
	Text       string
	Value      time.Time
	Precision  Precision
	Relative   bool // "yesterday", "last week", "a few days ago"
	Resolved   bool
}

// Sentence is one sentence with all analyses.
type Sentence struct {
	Index        int
	Start, End   int // byte offsets in Document.Text
	Text         string
	Tokens       []Token
	Entities     []Entity
	Chunks       []Chunk
	Clauses      []Clause
	Times        []Timex
	Attributions []Attribution
	// Headline is true for a title line (often without final punctuation
	// and in present tense for past events).
	Headline bool
}

// Document is an analysed text.
type Document struct {
	Text      string
	Published time.Time // zero when unknown
	Sentences []Sentence
	Quotes    []Quote
}

// FiniteTag reports whether a Penn tag marks a finite verb or a modal
// (VBD, VBZ, VBP, MD): the verb that carries a clause's tense.
func FiniteTag(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}
