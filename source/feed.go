package source

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"
)

// summaryLen is the length under which a feed item's content is taken for
// a summary: with fetching enabled, the linked page is read instead.
const summaryLen = 600

// feed reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed; each item becomes a
// Document named "origin#N" (1-based item number).
func (r *reader) feed(origin string, body []byte) error {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return r.fail(origin, fmt.Errorf("bad feed: %w", err))
	}
	if len(f.Items) == 0 {
		r.opts.logger().Debug("feed has no items", "origin", origin)
		return nil
	}
	for i, it := range f.Items {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		if it == nil {
			continue
		}
		rec := fmt.Sprintf("%s#%d", origin, i+1)
		if err := r.emit(r.feedItem(rec, f, it)); err != nil {
			return err
		}
	}
	return nil
}

func (r *reader) feedItem(origin string, f *gofeed.Feed, it *gofeed.Item) Document {
	d := Document{
		Origin:   origin,
		Title:    strings.TrimSpace(it.Title),
		URL:      strings.TrimSpace(it.Link),
		Outlet:   strings.TrimSpace(f.Title),
		Language: NormLang(f.Language),
	}
	if d.URL == "" && len(it.Links) > 0 {
		d.URL = strings.TrimSpace(it.Links[0])
	}
	if a := itemAuthor(it); a != "" {
		d.Author = a
	}
	switch {
	case it.PublishedParsed != nil && !it.PublishedParsed.IsZero():
		d.Published, d.DateSource = it.PublishedParsed.UTC(), "feed"
	case it.UpdatedParsed != nil && !it.UpdatedParsed.IsZero():
		d.Published, d.DateSource = it.UpdatedParsed.UTC(), "feed"
	}
	content := strings.TrimSpace(it.Content)
	if content == "" {
		content = strings.TrimSpace(it.Description)
	}
	if r.opts.Fetch && isURL(d.URL) && len(content) < summaryLen {
		page, err := r.fetch(d.URL)
		if err == nil {
			d.Body, d.Kind, d.ContentType = page.body, DetectKind(page.body), page.contentType
			if page.finalURL != "" {
				d.URL = page.finalURL
			}
			return d
		}
		if content == "" {
			d.Err = fmt.Errorf("fetching linked page %s: %w", d.URL, err)
			return d
		}
		r.opts.logger().Debug("linked page not fetched; using the item summary", "origin", origin, "url", d.URL, "err", err)
	}
	if content == "" {
		d.Err = errors.New("feed item has no content (enable fetching to read the linked page)")
		return d
	}
	d.Body = []byte(content)
	d.Kind = DetectKind(d.Body)
	if d.Kind == Text && strings.ContainsAny(content, "<&") {
		// Feed descriptions are HTML fragments more often than not; a
		// fragment with entities or a lone tag still needs HTML decoding.
		d.Kind = HTML
	}
	return d
}

func itemAuthor(it *gofeed.Item) string {
	var names []string
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			names = append(names, strings.TrimSpace(p.Name))
		}
	}
	if len(names) == 0 && it.Author != nil {
		if n := strings.TrimSpace(it.Author.Name); n != "" {
			names = append(names, n)
		}
	}
	if len(names) == 0 && it.DublinCoreExt != nil {
		for _, c := range it.DublinCoreExt.Creator {
			if c = strings.TrimSpace(c); c != "" {
				names = append(names, c)
			}
		}
	}
	return strings.Join(names, ", ")
}

// NormLang reduces a language tag such as "en-US" to its ISO 639-1 part
// ("en"), or "" when the tag does not start with a two-letter code.
func NormLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if len(s) != 2 {
		return ""
	}
	for _, c := range s {
		if c < 'a' || c > 'z' {
			return ""
		}
	}
	return s
}
