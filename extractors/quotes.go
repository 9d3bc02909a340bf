package extractors

import (
	"regexp"
	"strings"
)

// Quotes finds direct quotations and attributes them to a speaker.
type Quotes struct{}

// NewQuotes returns the quote extractor.
func NewQuotes() *Quotes { return &Quotes{} }

// Name implements Extractor.
func (*Quotes) Name() string { return "quotes" }

var (
	quoteRE = regexp.MustCompile(`["“”]([^"“”\n]{2,})["“”]`)
	cueRE   = regexp.MustCompile(`\b(said|says|told|added|was quoted as saying)\b`)
)

// Extract implements Extractor.
func (*Quotes) Extract(t *Text, f *Findings) {
	for _, m := range quoteRE.FindAllStringSubmatchIndex(t.Text, -1) {
		start, end := m[2], m[3]
		content := strings.TrimSpace(t.Text[start:end])
		if len(strings.Fields(content)) < 3 {
			continue
		}
		start += strings.Index(t.Text[start:end], content)
		end = start + len(content)
		q := Quote{Text: content, Kind: "direct", Start: start, End: end, Rule: "marks"}
		si := t.SentenceAt(start)
		if si >= 0 {
			s := t.Sentences[si]
			if c := cueRE.FindStringIndex(t.Text[s.Start:s.End]); c != nil {
				q.Cue = t.Text[s.Start+c[0] : s.Start+c[1]]
				q.Speaker = NullString(nearestPerson(f.Entities, start))
			}
		}
		f.Quotes = append(f.Quotes, q)
	}
}

// nearestPerson returns the last PERSON mention before off, or "".
func nearestPerson(ents []Entity, off int) string {
	name := ""
	for _, e := range ents {
		if e.Start >= off {
			break
		}
		if e.Label == "PERSON" {
			name = e.Text
		}
	}
	return name
}
