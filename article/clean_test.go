package article

import (
	"path/filepath"
	"testing"
)

// noticeLines has one line of our own for each alternative of the notice
// pattern.
var noticeLines = []string{
	"We use cookies to improve your visit.",
	"By continuing to browse our site you agree to the use of cookies.",
	"Cookie settings: press accept to continue.",
	"You have reached your limit of free stories this month.",
	"Subscribe now to continue reading.",
	"To continue reading, please log in.",
	"This article is only available to subscribers.",
	"Already have an account?",
	"Sign up for our daily newsletter",
	"Get our weekly newsletter in your inbox",
	"Enter your email address",
	"Please enable JavaScript to view this page.",
	"Your browser does not support the video tag.",
	"Copyright 2024 Example Media. All rights reserved.",
	"© Example Media",
	"All rights reserved.",
	"Quotes delayed at least 15 minutes.",
	"Market data provided by an exchange partner.",
	"Read our privacy policy for details.",
	"By signing up you agree to our terms.",
}

// codeLines has one line of our own for each alternative of the code
// pattern.
var codeLines = []string{
	"function (e) { e.preventDefault();", "var count = 0;", "let total = 1", "const el = q",
	"document.getElementById('x')", "window.onload", "getElementsByTagName", "createElement",
	"img.src = url", "a.parentNode", "insertBefore", "addEventListener", "return;", "x => {",
	"});", "} else", "if (a) {", "})(", "}(document", "a[0] = [", "x || []", "<script async>",
	"@media print", "@import url", "color: red !important", ".menu {", "margin: 0 auto;",
	"googletag.cmd", "dataLayer", "fbq('init')", "gtag('js')", "_gaq", "jQuery", "$('#nav')",
}

// TestCodeGate checks that the character and word gate in front of the
// code pattern lets through every line the pattern matches.
func TestCodeGate(t *testing.T) {
	p := patterns()
	for _, l := range codeLines {
		if !p.code.MatchString(l) {
			t.Errorf("code pattern does not match %q", l)
		}
		if !mayBeCode(l) {
			t.Errorf("gate stops %q", l)
		}
	}
	for _, l := range []string{"Profits rose to $5bn; sales fell.", "The vote was close; the party won."} {
		if mayBeCode(l) {
			t.Errorf("gate lets prose through: %q", l)
		}
	}
	lines := wholePageLines(t)
	// Raw markup with inline scripts and styles: the lines of 20 pages.
	pages, _ := filepath.Glob(filepath.Join(sharedPath(t, "corpora", "article-extraction-benchmark"), "html", "*.html.gz"))
	for _, f := range pages[:min(20, len(pages))] {
		for _, l := range splitLines(Normalize(string(gunzipFile(t, f)))) {
			if len(l) <= 2000 {
				lines = append(lines, l)
			}
		}
	}
	code := 0
	for _, l := range lines {
		if p.code.MatchString(l) {
			code++
			if !mayBeCode(l) {
				t.Errorf("gate stops the code line %q", l)
			}
		}
	}
	t.Logf("%d corpus lines, %d code lines, all through the gate", len(lines), code)
}

// wholePageLines returns the lines of the whole-page texts (menus,
// notices, footers and all) of the extraction benchmark's 181 real pages.
func wholePageLines(t *testing.T) []string {
	whole := readOutputJSON(t, filepath.Join(sharedPath(t, "corpora", "article-extraction-benchmark"), "output-reference", "html-text.json"))
	var lines []string
	for _, text := range whole {
		lines = append(lines, splitLines(Normalize(text))...)
	}
	return lines
}

// TestNoticeGate checks that the word gate in front of the notice pattern
// lets through every line the pattern matches: our own line for each of
// its alternatives, and every line of the shared corpora when present.
func TestNoticeGate(t *testing.T) {
	p := patterns()
	for _, l := range noticeLines {
		if !p.notice.MatchString(l) {
			t.Errorf("notice pattern does not match %q", l)
		}
		if !mayBeNotice(l) {
			t.Errorf("gate stops %q", l)
		}
	}
	lines, notices := 0, 0
	for _, l := range wholePageLines(t) {
		if wordCount(l) > 150 {
			continue // classify does not try the pattern on these
		}
		lines++
		if p.notice.MatchString(l) {
			notices++
			if !mayBeNotice(l) {
				t.Errorf("gate stops the notice %q", l)
			}
		}
	}
	t.Logf("%d corpus lines, %d notices, all through the gate", lines, notices)
}
