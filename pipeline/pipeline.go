// Package pipeline wires Herald's stages for one article: language layer,
// actor resolution and event coding. Reading and extraction happen before
// it (packages source and article); writing and storing after it.
//
// Data flows one way: article.Article -> nlp.Document -> []actor.Mention ->
// []event.Event. A Pipeline is built once and is safe for concurrent use.
package pipeline

import (
	"fmt"
	"io"
	"time"

	"github.com/heraldevents/herald/actor"
	"github.com/heraldevents/herald/article"
	"github.com/heraldevents/herald/coder"
	"github.com/heraldevents/herald/event"
	"github.com/heraldevents/herald/nlp"
)

// Options configure a Pipeline.
type Options struct {
	// Actors configures actor resolution (user dictionaries).
	Actors actor.Options
	// Coder configures event coding (user pattern dictionaries).
	Coder coder.Options
	// Published is the publication date used for an article that gives
	// none ("yesterday" resolves against it). Zero leaves such dates
	// unresolved.
	Published time.Time
}

// Pipeline codes articles into events.
type Pipeline struct {
	analyzer  *nlp.Analyzer
	resolver  *actor.Resolver
	coder     *coder.Coder
	published time.Time
}

// New loads the models and dictionaries once. A dictionary that cannot be
// loaded stops here, before any coding starts.
func New(opts Options) (*Pipeline, error) {
	an, err := nlp.New()
	if err != nil {
		return nil, fmt.Errorf("language layer: %w", err)
	}
	res, err := actor.NewResolver(opts.Actors)
	if err != nil {
		return nil, fmt.Errorf("actor dictionaries: %w", err)
	}
	cod, err := coder.New(opts.Coder)
	if err != nil {
		return nil, fmt.Errorf("event patterns: %w", err)
	}
	return &Pipeline{analyzer: an, resolver: res, coder: cod, published: opts.Published}, nil
}

// prepare fills in the fallback publication date and analyses the text.
func (p *Pipeline) prepare(art article.Article) coder.Input {
	if art.Published.IsZero() && !p.published.IsZero() {
		art.Published = p.published
		art.DateSource = "flag"
	}
	doc := p.analyzer.Analyze(art.CodingText(), art.Published)
	return coder.Input{Article: art, Doc: doc, Mentions: p.resolver.Resolve(doc)}
}

// Code returns the events of one article.
func (p *Pipeline) Code(art article.Article) []event.Event {
	return p.coder.Code(p.prepare(art))
}

// Explain codes one article and writes a readable trace of every step to w:
// the sentences and their structure, each actor mention and how it was
// resolved, each pattern tried and why it matched or not.
func (p *Pipeline) Explain(art article.Article, w io.Writer) []event.Event {
	return p.coder.Explain(p.prepare(art), w)
}
