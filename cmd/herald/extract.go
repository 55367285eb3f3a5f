package main

import (
	"encoding/json"
	"fmt"
	"runtime"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/heraldevents/herald/article"
	"github.com/heraldevents/herald/internal/ordered"
	"github.com/heraldevents/herald/source"
)

// readFlags are the input-reading flags shared by every command that reads
// news (extract, code, ingest).
type readFlags struct {
	maxBytes     int64
	fetch        bool
	timeout      time.Duration
	userAgent    string
	ignoreRobots bool
	jsonlText    string
	jsonlTitle   string
	jsonlDate    string
	jsonlURL     string
	revisitIndex int
}

// register adds the reading flags to fs.
func (f *readFlags) register(fs *pflag.FlagSet) {
	fs.Int64Var(&f.maxBytes, "max-bytes", source.DefaultMaxBytes, "largest document (or JSONL line, WARC payload, HTTP body) read, in bytes; larger ones are reported and skipped")
	fs.BoolVar(&f.fetch, "fetch", false, "allow network access: read http(s) inputs and the pages that feed items link to")
	fs.DurationVar(&f.timeout, "timeout", source.DefaultTimeout, "time limit for one HTTP request (with --fetch)")
	fs.StringVar(&f.userAgent, "user-agent", source.DefaultUserAgent, "User-Agent sent with HTTP requests (with --fetch)")
	fs.BoolVar(&f.ignoreRobots, "ignore-robots", false, "do not check robots.txt before fetching (only for sites you have permission to crawl)")
	fs.StringVar(&f.jsonlText, "jsonl-text", "", "JSON Lines field holding the article text (default: text, body, content, articleBody, ...)")
	fs.StringVar(&f.jsonlTitle, "jsonl-title", "", "JSON Lines field holding the title (default: title, headline)")
	fs.StringVar(&f.jsonlDate, "jsonl-date", "", "JSON Lines field holding the publication date (default: date, published, publish_date, ...)")
	fs.StringVar(&f.jsonlURL, "jsonl-url", "", "JSON Lines field holding the article URL (default: url, link)")
	fs.IntVar(&f.revisitIndex, "revisit-index", source.DefaultRevisitIndex, "how many WARC captures to remember so that later revisit records can be resolved to them; 0 or less: skip revisits")
}

// options turns the flags into source.Options reading standard input from
// a.stdin and logging warnings to a.stderr.
func (f *readFlags) options(a *app) source.Options {
	max := f.maxBytes
	if max == 0 {
		max = -1 // --max-bytes 0: no limit
	}
	revisits := f.revisitIndex
	if revisits <= 0 {
		revisits = -1 // source: negative turns the index off
	}
	return source.Options{
		MaxBytes:     max,
		Fetch:        f.fetch,
		Timeout:      f.timeout,
		UserAgent:    f.userAgent,
		IgnoreRobots: f.ignoreRobots,
		JSONLText:    f.jsonlText,
		JSONLTitle:   f.jsonlTitle,
		JSONLDate:    f.jsonlDate,
		JSONLURL:     f.jsonlURL,
		RevisitIndex: revisits,
		Stdin:        a.stdin,
		Logger:       newLineLogger(a.stderr),
	}
}

// extractedArticle is the JSON Lines record of herald extract.
type extractedArticle struct {
	ID         string `json:"id"`
	Origin     string `json:"origin"`
	URL        string `json:"url,omitempty"`
	Outlet     string `json:"outlet,omitempty"`
	Title      string `json:"title,omitempty"`
	Author     string `json:"author,omitempty"`
	Published  string `json:"published,omitempty"`
	DateSource string `json:"date_source,omitempty"`
	Language   string `json:"language,omitempty"`
	Text       string `json:"text"`
}

func newExtractCmd(a *app) *cobra.Command {
	var (
		rf      readFlags
		date    string
		fast    bool
		workers int
	)
	cmd := &cobra.Command{
		Use:   "extract [INPUT]...",
		Short: "Print the clean article text and metadata Herald reads from its inputs (JSON Lines)",
		Long: `Extract reads news from files, directories, globs, standard input ("-", the
default), gzip, JSON Lines, RSS/Atom feeds, WARC/ARC archives and (with --fetch)
URLs, and prints one JSON object per article: id (content hash), origin, url,
outlet, title, author, published, date_source, language and text. This is the
text the coder sees.

An input or record that cannot be read is reported on stderr in one line naming
it and the reason; the others are still processed and the exit code is 1.`,
		Example: `  herald extract page.html
  herald extract --jsonl-text maintext dump.jsonl.gz
  herald extract crawl.warc.gz | jq -r .title
  herald extract --fetch https://example.org/feed.xml`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts := article.Options{NoFallback: fast, FastDate: fast}
			if date != "" {
				t, ok := source.ParseDate(date)
				if !ok {
					return usageError{fmt.Errorf("--date %q: want a date such as 2023-05-14", date)}
				}
				opts.Published = t
			}
			if len(args) == 0 {
				args = []string{"-"}
			}
			if workers < 1 {
				workers = 1
			}
			sopts := rf.options(a)
			enc := json.NewEncoder(a.stdout)
			enc.SetEscapeHTML(false)
			bad := 0
			type result struct {
				art article.Article
				err error
			}
			err := ordered.Map(cmd.Context(), workers,
				func(send func(source.Document) bool) error {
					return source.Read(cmd.Context(), args, sopts, func(d source.Document) error {
						if !send(d) {
							return cmd.Context().Err()
						}
						return nil
					})
				},
				func(d source.Document) result {
					art, err := article.Extract(d, opts)
					return result{art, err}
				},
				func(r result) error {
					if r.err != nil {
						bad++
						fmt.Fprintf(a.stderr, "herald: %v\n", r.err)
						return nil
					}
					return enc.Encode(toExtracted(r.art))
				})
			if err != nil {
				return fmt.Errorf("extract: %w", err)
			}
			if bad > 0 {
				return errInputs
			}
			return nil
		},
	}
	rf.register(cmd.Flags())
	cmd.Flags().StringVar(&date, "date", "", "publication date to assume when an article gives none (relative dates resolve against it)")
	cmd.Flags().BoolVar(&fast, "fast", false, "faster, slightly less thorough extraction (no fallback extractors, quick page-date search)")
	cmd.Flags().IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "articles extracted in parallel (output keeps input order)")
	return cmd
}

func toExtracted(a article.Article) extractedArticle {
	e := extractedArticle{
		ID:         a.ID,
		Origin:     a.Origin,
		URL:        a.URL,
		Outlet:     a.Outlet,
		Title:      a.Title,
		Author:     a.Author,
		DateSource: a.DateSource,
		Language:   a.Language,
		Text:       a.Body,
	}
	if !a.Published.IsZero() {
		e.Published = a.Published.Format(time.RFC3339)
	}
	return e
}
