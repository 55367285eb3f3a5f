// Package event holds the Event record: the contract between the coder and
// every consumer of Herald's output (writers, stores, the API, users).
//
// An Event says who (Source) did what (CAMEO, PLOVER) to whom (Target),
// when (Date), where (Location), according to whom (Attribution), and on
// what evidence (Evidence, Rule). Field by field documentation lives in
// docs/EVENT.md; the JSON Schema in event/schema.json.
package event

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
)

// Actor is one side of an event.
type Actor struct {
	// Text is the mention as written in the sentence ("his Iranian counterpart").
	Text string `json:"text"`
	// Code is the CAMEO-style actor code: country (ISO 3166 alpha-3) or
	// organisation prefix followed by sector codes, e.g. "SYRGOV", "IGOUNO".
	Code string `json:"code"`
	// Country is the ISO 3166 alpha-3 code of the actor's country, if any.
	Country string `json:"country,omitempty"`
	// Sectors are the CAMEO sector/agent codes ("GOV", "MIL", "REB", ...).
	Sectors []string `json:"sectors,omitempty"`
	// Name is the canonical name when the actor is a known person or body.
	Name string `json:"name,omitempty"`
	// Role is the office or role named in the text ("foreign minister").
	Role string `json:"role,omitempty"`
	// Basis says how the code was found: "dictionary", "title+nationality",
	// "coreference", "metonym", ... (see docs/EVENT.md).
	Basis string `json:"basis,omitempty"`
}

// CAMEO is the CAMEO classification of the action.
type CAMEO struct {
	Code string `json:"code"` // "041"
	Root string `json:"root"` // "04"
	Name string `json:"name"` // "Discuss by telephone"
}

// PLOVER is the PLOVER classification of the action.
type PLOVER struct {
	Type    string   `json:"type"`              // "CONSULT"
	Mode    string   `json:"mode,omitempty"`    // "phone"
	Context []string `json:"context,omitempty"` // "diplomatic", ...
}

// Modality values: what the text says of the action.
const (
	Asserted     = "asserted"     // it happened or is happening
	Intended     = "intended"     // an actor says it intends to do it
	Planned      = "planned"      // it is scheduled / being prepared
	Hypothetical = "hypothetical" // conditional, possible
	Negated      = "negated"      // the text says it did not happen
	Denied       = "denied"       // an actor denies it happened
	Demanded     = "demanded"     // someone calls for it
)

// Attribution is who the information comes from. A news agency that
// "said" or "reported" is attribution, never an actor of the event.
type Attribution struct {
	// Outlet is the publication the article appeared in.
	Outlet string `json:"outlet,omitempty"`
	// ReportedBy is the agency or outlet the article cites ("IRNA").
	ReportedBy string `json:"reported_by,omitempty"`
	// SaidBy is the person or body whose statement carries the event.
	SaidBy string `json:"said_by,omitempty"`
	// Quoted is true when the event comes from a direct quotation.
	Quoted bool `json:"quoted,omitempty"`
	// Anonymous is true when the source is unnamed ("a diplomatic source").
	Anonymous bool `json:"anonymous,omitempty"`
}

// Location is where the event took place, when the sentence says so.
type Location struct {
	Text    string   `json:"text"`
	Country string   `json:"country,omitempty"`
	Lat     *float64 `json:"lat,omitempty"`
	Lon     *float64 `json:"lon,omitempty"`
}

// Span is a half-open byte range [Start, End) in the article's coding text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Spans locate the parts of an event in the article text.
type Spans struct {
	Source *Span `json:"source,omitempty"`
	Verb   *Span `json:"verb,omitempty"`
	Target *Span `json:"target,omitempty"`
}

// Evidence is what a person needs to check the event.
type Evidence struct {
	ArticleID     string `json:"article_id"`
	SentenceIndex int    `json:"sentence_index"`
	Sentence      string `json:"sentence"`
	// SentenceSpan locates the sentence in the article's coding text.
	SentenceSpan Span  `json:"sentence_span"`
	Spans        Spans `json:"spans"`
}

// ArticleRef identifies the article an event came from.
type ArticleRef struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD
	Origin    string `json:"origin,omitempty"`    // file path or record the article was read from
}

// Date precisions and bases.
const (
	PrecisionDay     = "day"
	PrecisionWeek    = "week"
	PrecisionMonth   = "month"
	PrecisionYear    = "year"
	PrecisionUnknown = "unknown"

	BasisExplicit  = "explicit"  // an absolute date in the sentence
	BasisRelative  = "relative"  // "yesterday" resolved against the publication date
	BasisPublished = "published" // no time expression: the publication date
	BasisNone      = "none"      // no date could be given
)

// Event is one coded event: who did what to whom, when, where, according to
// whom, and the evidence.
type Event struct {
	ID            string      `json:"id"`
	Date          string      `json:"date,omitempty"`
	DatePrecision string      `json:"date_precision"`
	DateBasis     string      `json:"date_basis"`
	DateText      string      `json:"date_text,omitempty"`
	Source        *Actor      `json:"source,omitempty"`
	Target        *Actor      `json:"target,omitempty"`
	CAMEO         CAMEO       `json:"cameo"`
	Goldstein     float64     `json:"goldstein"`
	QuadClass     int         `json:"quad_class"`
	PLOVER        PLOVER      `json:"plover"`
	Modality      string      `json:"modality"`
	Attribution   Attribution `json:"attribution"`
	Location      *Location   `json:"location,omitempty"`
	Issues        []string    `json:"issues,omitempty"`
	Evidence      Evidence    `json:"evidence"`
	Rule          string      `json:"rule"`
	Article       ArticleRef  `json:"article"`
}

// MakeID returns the stable id of an event: a hash of the article, the
// sentence, the source and target codes and the CAMEO code. Re-coding the
// same input gives the same ids.
func MakeID(articleID string, sentence int, source, target, code string) string {
	h := sha256.New()
	h.Write([]byte(strings.Join([]string{articleID, strconv.Itoa(sentence), source, target, code}, "\x1f")))
	return hex.EncodeToString(h.Sum(nil))[:20]
}

// SetID fills e.ID from its article, sentence, actors and code.
func (e *Event) SetID() {
	var s, t string
	if e.Source != nil {
		s = e.Source.Code
	}
	if e.Target != nil {
		t = e.Target.Code
	}
	e.ID = MakeID(e.Article.ID, e.Evidence.SentenceIndex, s, t, e.CAMEO.Code)
}
