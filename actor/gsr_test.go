package actor

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/heraldevents/herald/internal/testcorpus"
)

// gsrActor is a source or target of a PLOVER gold-standard record.
type gsrActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
	Sector    string `json:"sector"`
}

// gsrActors reads a "source"/"target" field: a list of actors or "".
func gsrActors(raw json.RawMessage) []gsrActor {
	var as []gsrActor
	if err := json.Unmarshal(raw, &as); err != nil {
		return nil
	}
	return as
}

// TestPloverGSRActors measures actor codes on the PLOVER gold-standard
// records (third-party, read from ../shared when present): for each gold
// source or target, the mention whose text contains the actor text must
// carry the gold code (country, or country+sector when the gold gives a
// sector). The shares are reported in BENCHMARKS.md; a floor is enforced.
func TestPloverGSRActors(t *testing.T) {
	p := testcorpus.Shared(t, "corpora", "plover-gsr-dev", "PLOVER_GSR_dev.json")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	var recs []struct {
		Date   string          `json:"date"`
		Text   string          `json:"text"`
		Source json.RawMessage `json:"source"`
		Target json.RawMessage `json:"target"`
	}
	if err := json.Unmarshal(data, &recs); err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	r, err := NewResolver(Options{})
	if err != nil {
		t.Fatal(err)
	}
	total, found, country, exact := 0, 0, 0, 0
	for _, rec := range recs {
		if rec.Text == "" {
			continue
		}
		when, _ := time.Parse("2006-01-02", rec.Date)
		ms := r.Resolve(analyse(t, rec.Text, when))
		for _, g := range append(gsrActors(rec.Source), gsrActors(rec.Target)...) {
			if g.ActorText == "" || g.Code == "" {
				continue
			}
			total++
			want := g.Code + g.Sector
			var best *Mention
			for i := range ms {
				if strings.Contains(ms[i].Text, g.ActorText) || strings.Contains(g.ActorText, ms[i].Text) {
					best = &ms[i]
					break
				}
			}
			if best == nil {
				if testing.Verbose() {
					t.Logf("missed %q (%s) in %q", g.ActorText, want, rec.Text)
				}
				continue
			}
			found++
			okC, okE := false, false
			for _, a := range best.Actors {
				if a.Country == g.Code || strings.HasPrefix(a.Code, g.Code) {
					okC = true
				}
				if a.Code == want {
					okE = true
				}
			}
			if okC {
				country++
			}
			if okE {
				exact++
			} else if testing.Verbose() {
				t.Logf("%q = %s, gold %s", best.Text, codesOf(*best), want)
			}
		}
	}
	pct := func(n int) float64 { return 100 * float64(n) / float64(max(total, 1)) }
	t.Logf("PLOVER GSR actors: %d gold; mention found %d (%.1f%%); country right %d (%.1f%%); exact code %d (%.1f%%)",
		total, found, pct(found), country, pct(country), exact, pct(exact))
	if pct(country) < 50 {
		t.Errorf("country right for only %.1f%% of gold actors, want >= 50%%", pct(country))
	}
}
