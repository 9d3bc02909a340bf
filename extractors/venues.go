package extractors

import "regexp"

// Venues finds places where reported events happen.
type Venues struct{}

// NewVenues returns the venue extractor.
func NewVenues() *Venues { return &Venues{} }

// Name implements Extractor.
func (*Venues) Name() string { return "venues" }

var venueCueRE = regexp.MustCompile(`\b(held|met|meet|meeting|talks|summit|launched|played|took place|will take place)\b[^.]{0,40}?\b(?:in|at)\s$`)

// Extract implements Extractor.
func (*Venues) Extract(t *Text, f *Findings) {
	for _, e := range f.Entities {
		if e.Label != "GPE" && e.Label != "LOC" && e.Label != "FAC" {
			continue
		}
		from := max(0, e.Start-60)
		if m := venueCueRE.FindStringSubmatchIndex(t.Text[from:e.Start]); m != nil {
			f.Venues = append(f.Venues, Venue{Text: e.Text, Event: t.Text[from+m[2] : from+m[3]],
				Start: e.Start, End: e.End, Rule: "event-in-place"})
		}
	}
}
