package article

import (
	"path/filepath"
	"regexp"
	"testing"

	"github.com/heraldevents/herald/internal/testcorpus"
)

// checkOwnLines checks that the pattern re matches each of our own lines
// and that its gate lets each through.
func checkOwnLines(t *testing.T, name string, re *regexp.Regexp, gate func(string) bool, own []string) {
	t.Helper()
	for _, l := range own {
		if !re.MatchString(l) {
			t.Errorf("%s pattern does not match %q", name, l)
		}
		if !gate(l) {
			t.Errorf("%s gate stops %q", name, l)
		}
	}
}

// checkCorpusLines checks that the gate lets through every one of lines
// that the pattern re matches, and returns how many it matches.
func checkCorpusLines(t *testing.T, name string, re *regexp.Regexp, gate func(string) bool, lines []string) int {
	t.Helper()
	n := 0
	for _, l := range lines {
		if re.MatchString(l) {
			n++
			if !gate(l) {
				t.Errorf("%s gate stops %q", name, l)
			}
		}
	}
	return n
}

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
	checkOwnLines(t, "code", p.code, mayBeCode, codeLines)
	for _, l := range []string{"Profits rose to $5bn; sales fell.", "The vote was close; the party won.", "<Example Corp> said net profit rose.", "Shares = 5; see below."} {
		if mayBeCode(l) {
			t.Errorf("gate lets prose through: %q", l)
		}
	}
	lines := wholePageLines(t)
	// Raw markup with inline scripts and styles: the lines of 20 pages.
	pages, _ := filepath.Glob(filepath.Join(testcorpus.Shared(t, "corpora", "article-extraction-benchmark"), "html", "*.html.gz"))
	for _, f := range pages[:min(20, len(pages))] {
		for _, l := range splitLines(Normalize(string(gunzipFile(t, f)))) {
			if len(l) <= 2000 {
				lines = append(lines, l)
			}
		}
	}
	code := checkCorpusLines(t, "code", p.code, mayBeCode, lines)
	t.Logf("%d corpus lines, %d code lines, all through the gate", len(lines), code)
}

// wholePageLines returns the lines of the whole-page texts (menus,
// notices, footers and all) of the extraction benchmark's 181 real pages.
func wholePageLines(t *testing.T) []string {
	whole := readOutputJSON(t, filepath.Join(testcorpus.Shared(t, "corpora", "article-extraction-benchmark"), "output-reference", "html-text.json"))
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
	checkOwnLines(t, "notice", p.notice, mayBeNotice, noticeLines)
	var lines []string
	for _, l := range wholePageLines(t) {
		if wordCount(l) <= 150 { // classify does not try the pattern on longer lines
			lines = append(lines, l)
		}
	}
	notices := checkCorpusLines(t, "notice", p.notice, mayBeNotice, lines)
	t.Logf("%d corpus lines, %d notices, all through the gate", len(lines), notices)
}

// widgetLines has one line of our own for each alternative of the widget
// pattern.
var widgetLines = []string{
	"Share this on Facebook", "Tweet", "Email", "Print", "WhatsApp", "Copy link", "Link copied", "Save",
	"Comments", "12 comments", "Show comments", "Leave a comment", "Post a comment", "Add a comment", "Reply",
	"Read more", "See all", "More on this story", "Related articles", "Recommended for you", "Most read",
	"Trending now", "You may also like", "Also read", "Advertisement", "Advertising", "Ad", "Sponsored content",
	"Promoted", "Skip to main content", "Jump to", "Back to top", "Top of page", "Menu", "Main menu",
	"Navigation", "Home", "Search", "Log in", "Login", "Sign in", "Sign up", "Register", "Subscribe now",
	"Subscribe to our podcast", "Follow us on Instagram", "Like us on Facebook", "Download the app",
	"Get the app", "Newsletter", "Sign up for our weekly newsletter", "Cookie settings", "Accept all cookies",
	"Privacy policy", "Terms of use", "All rights reserved.", "Contact us", "About us", "Click here to vote",
	"Tap here to listen", "Continue reading", "Loading...", "Please wait", "Close", "Open", "Next article",
	"Previous story", "Prev", "More", "Tags", "Topics", "Filed under", "» Image", "Photo 3", "Video",
	"Watch", "Listen", "Play", "Audio", "Gallery", "Enlarge", "Zoom", "Caption", "Credit",
}

// commentLines has one line of our own for each alternative of the
// reader-comment pattern.
var commentLines = []string{
	"34 comments", "12 responses to this story", "Reader comments (8)", "Leave a reply", "Post a comment",
	"Add your comment", "Comments are closed.", "You must be logged in to post a comment.",
	"Join the conversation", "Discussion", "What do you think?", "jane doe says:",
	"Peter on March 3, 2019 at 7:52 pm said:",
}

// TestWidgetAndCommentGates checks the gates in front of the widget and
// reader-comment patterns as TestNoticeGate does.
func TestWidgetAndCommentGates(t *testing.T) {
	p := patterns()
	checkOwnLines(t, "widget", p.widget, mayBeWidget, widgetLines)
	checkOwnLines(t, "comment", p.comments, mayBeComment, commentLines)
	for _, l := range []string{"Shares in Example Corp rose 5%.", "The company said profits rose."} {
		if mayBeWidget(l) && mayBeComment(l) {
			t.Errorf("both gates let prose through: %q", l)
		}
	}
	lines := wholePageLines(t)
	widgets := checkCorpusLines(t, "widget", p.widget, mayBeWidget, lines)
	comments := checkCorpusLines(t, "comment", p.comments, mayBeComment, lines)
	t.Logf("%d corpus lines: %d widget lines, %d comment lines, all through the gates", len(lines), widgets, comments)
}
