package source

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/temoto/robotstxt"
)

// robotsRules is the robots.txt verdict for one host (nil data: allow all).
type robotsRules struct {
	data *robotstxt.RobotsData
}

// robotsMax caps the size of a robots.txt file read (Google reads 500 KiB).
const robotsMax = 512 << 10

// page is one fetched HTTP response body.
type page struct {
	body         []byte
	contentType  string
	finalURL     string
	lastModified time.Time
	language     string
}

func (r *reader) httpClient() *http.Client {
	if r.client != nil {
		return r.client
	}
	if r.opts.HTTPClient != nil {
		r.client = r.opts.HTTPClient
		return r.client
	}
	timeout := r.opts.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	maxRedirects := r.opts.MaxRedirects
	if maxRedirects <= 0 {
		maxRedirects = DefaultMaxRedirects
	}
	r.client = &http.Client{
		Timeout: timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return fmt.Errorf("stopped after %d redirects", maxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to unsupported scheme %q", req.URL.Scheme)
			}
			return nil
		},
	}
	return r.client
}

func (r *reader) userAgent() string {
	if r.opts.UserAgent != "" {
		return r.opts.UserAgent
	}
	return DefaultUserAgent
}

// url reads one http(s) input. The response is read like a file: a feed
// gives its items, a WARC its records, a page one document.
func (r *reader) url(raw string) error {
	if !r.opts.Fetch {
		return r.fail(raw, errors.New("is a URL and fetching is disabled (use --fetch)"))
	}
	p, err := r.fetch(raw)
	if err != nil {
		return r.fail(raw, err)
	}
	// Dispatch on content, then stamp HTTP metadata on single documents.
	if r.robots == nil {
		r.robots = make(map[string]*robotsRules)
	}
	child := &reader{ctx: r.ctx, opts: r.opts, client: r.httpClient(), robots: r.robots}
	child.fn = func(d Document) error {
		if d.URL == "" {
			d.URL = p.finalURL
		}
		if d.ContentType == "" {
			d.ContentType = p.contentType
		}
		if d.Language == "" {
			d.Language = p.language
		}
		if d.Published.IsZero() && !p.lastModified.IsZero() && d.Err == nil {
			d.Published, d.DateSource = p.lastModified, "http"
		}
		return r.emit(d)
	}
	return child.stream(raw, bytes.NewReader(p.body), p.contentType)
}

// fetch GETs one URL within the limits, after checking robots.txt.
func (r *reader) fetch(raw string) (page, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return page{}, fmt.Errorf("not an http(s) URL: %q", raw)
	}
	if !r.opts.IgnoreRobots {
		ok, err := r.allowed(u)
		if err != nil {
			return page{}, err
		}
		if !ok {
			return page{}, errors.New("disallowed by robots.txt")
		}
	}
	resp, err := r.get(u.String())
	if err != nil {
		return page{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return page{}, fmt.Errorf("HTTP status %s", resp.Status)
	}
	if resp.ContentLength > r.opts.maxBytes() {
		return page{}, fmt.Errorf("%w: Content-Length %d > %d", ErrTooLarge, resp.ContentLength, r.opts.maxBytes())
	}
	body, err := r.readAll(resp.Body)
	if err != nil {
		return page{}, err
	}
	p := page{
		body:        body,
		contentType: resp.Header.Get("Content-Type"),
		finalURL:    resp.Request.URL.String(),
		language:    NormLang(resp.Header.Get("Content-Language")),
	}
	if lm := resp.Header.Get("Last-Modified"); lm != "" {
		if t, err := http.ParseTime(lm); err == nil {
			p.lastModified = t.UTC()
		}
	}
	return p, nil
}

func (r *reader) get(u string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(r.ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("bad request: %w", err)
	}
	req.Header.Set("User-Agent", r.userAgent())
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	resp, err := r.httpClient().Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch failed: %w", err)
	}
	return resp, nil
}

// allowed checks u against its host's robots.txt, read once per Read call.
// A robots.txt that cannot be fetched (network error, 4xx) allows all; a
// 5xx answer disallows all, as crawlers commonly do.
func (r *reader) allowed(u *url.URL) (bool, error) {
	key := u.Scheme + "://" + u.Host
	if r.robots == nil {
		r.robots = make(map[string]*robotsRules)
	}
	rules, ok := r.robots[key]
	if !ok {
		rules = r.loadRobots(key)
		r.robots[key] = rules
	}
	if rules.data == nil {
		return true, nil
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return rules.data.TestAgent(path, r.userAgent()), nil
}

func (r *reader) loadRobots(base string) *robotsRules {
	resp, err := r.get(base + "/robots.txt")
	if err != nil {
		r.opts.logger().Debug("robots.txt not read; allowing", "host", base, "err", err)
		return &robotsRules{}
	}
	defer resp.Body.Close()
	body, err := readLimited(resp.Body, robotsMax)
	if err != nil && !errors.Is(err, ErrTooLarge) {
		return &robotsRules{}
	}
	data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		r.opts.logger().Debug("robots.txt unreadable; allowing", "host", base, "err", err)
		return &robotsRules{}
	}
	return &robotsRules{data: data}
}
