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
	// Whole-page texts (menus, notices, footers and all) of 181 real pages.
	whole := readOutputJSON(t, filepath.Join(sharedPath(t, "corpora", "article-extraction-benchmark"), "output-reference", "html-text.json"))
	lines, notices := 0, 0
	for id, text := range whole {
		for _, l := range splitLines(Normalize(text)) {
			if wordCount(l) > 150 {
				continue // classify does not try the pattern on these
			}
			lines++
			if p.notice.MatchString(l) {
				notices++
				if !mayBeNotice(l) {
					t.Errorf("page %s: gate stops the notice %q", id, l)
				}
			}
		}
	}
	t.Logf("%d corpus lines, %d notices, all through the gate", lines, notices)
}
