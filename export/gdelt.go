package export

import (
	"hash/fnv"
	"strconv"
	"strings"
	"time"

	"github.com/heraldevents/herald/event"
)

// gdeltRow lays an event out in the 61 columns of the GDELT 2.0 event table
// (GLOBALEVENTID, SQLDATE, MonthYear, Year, FractionDate, 10 Actor1 fields,
// 10 Actor2 fields, IsRootEvent, EventCode, EventBaseCode, EventRootCode,
// QuadClass, GoldsteinScale, NumMentions, NumSources, NumArticles, AvgTone,
// 8 Actor1Geo, 8 Actor2Geo, 8 ActionGeo fields, DATEADDED, SOURCEURL).
// Fields Herald does not produce (tone, geo feature ids, ADM codes) are empty.
func gdeltRow(e *event.Event) []string {
	row := make([]string, 0, 61)
	row = append(row, strconv.FormatUint(gdeltID(e.ID), 10))
	sqlDate, monthYear, year, frac := "", "", "", ""
	if t, err := time.Parse("2006-01-02", e.Date); err == nil {
		sqlDate = t.Format("20060102")
		monthYear = t.Format("200601")
		year = t.Format("2006")
		frac = strconv.FormatFloat(float64(t.Year())+float64(t.YearDay())/365.0, 'f', 4, 64)
	}
	row = append(row, sqlDate, monthYear, year, frac)
	row = append(row, gdeltActor(e.Source)...)
	row = append(row, gdeltActor(e.Target)...)
	base := e.CAMEO.Code
	if len(base) > 3 {
		base = base[:3]
	}
	isRoot := "0"
	if e.Evidence.SentenceIndex == 0 {
		isRoot = "1"
	}
	row = append(row, isRoot, e.CAMEO.Code, base, e.CAMEO.Root,
		strconv.Itoa(e.QuadClass), formatFloat(e.Goldstein), "1", "1", "1", "")
	row = append(row, make([]string, 16)...) // Actor1Geo_*, Actor2Geo_*: Herald locates the action only
	row = append(row, gdeltGeo(e.Location)...)
	added := strings.ReplaceAll(e.Article.Published, "-", "")
	if added != "" {
		added += "000000"
	}
	row = append(row, added, e.Article.URL)
	return row
}

// gdeltID maps Herald's hex id to the unsigned integer GDELT expects.
func gdeltID(id string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	return h.Sum64() >> 1
}

func gdeltActor(a *event.Actor) []string {
	out := make([]string, 10)
	if a == nil {
		return out
	}
	out[0] = a.Code
	out[1] = strings.ToUpper(firstNonEmpty(a.Name, a.Text))
	out[2] = a.Country
	for i, s := range a.Sectors {
		if i == 3 {
			break
		}
		out[7+i] = s
	}
	return out
}

func gdeltGeo(l *event.Location) []string {
	out := make([]string, 8)
	if l == nil {
		return out
	}
	out[0] = "1" // country-level
	out[1] = l.Text
	out[2] = l.Country
	if l.Lat != nil && l.Lon != nil {
		out[5] = strconv.FormatFloat(*l.Lat, 'f', 4, 64)
		out[6] = strconv.FormatFloat(*l.Lon, 'f', 4, 64)
	}
	return out
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
