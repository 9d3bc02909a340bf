package extractors

import (
	"cmp"
	"slices"
)

// Entity is one mention of a named entity.
type Entity struct {
	Text  string `json:"text"`
	Label string `json:"label"` // PERSON, ORG, GPE, LOC, NORP, FAC, ...
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Entity is the canonical name of the article-level entity this mention
	// belongs to ("Joe Biden" for a mention "Biden"); "" when not merged.
	Entity string `json:"entity,omitempty"`
	Rule   string `json:"rule,omitempty"` // what produced it
}

// Date is one TimeML TIMEX3 temporal expression.
type Date struct {
	Text  string `json:"text"`
	Type  string `json:"type"`  // DATE, TIME, DURATION or SET
	Value string `json:"value"` // TIMEX3 value: 2022-01-10, 2022-W02, P3D, PRESENT_REF, XXXX-01-10...
	Start int    `json:"start"`
	End   int    `json:"end"`
	Rule  string `json:"rule,omitempty"` // the rule that produced it
}

// Amount is one monetary amount.
type Amount struct {
	Text     string  `json:"text"`
	Amount   float64 `json:"amount"`   // in units of Currency
	Currency string  `json:"currency"` // ISO 4217 code
	Approx   bool    `json:"approx,omitempty"`
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Rule     string  `json:"rule,omitempty"`
}

// Venue is a place where a reported event takes, took or will take place.
type Venue struct {
	Text  string `json:"text"`
	Event string `json:"event"` // short description or trigger phrase of the event
	// Date is the TIMEX3 value of the event's date when the sentence gives one.
	Date  string `json:"date,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Rule  string `json:"rule,omitempty"`
}

// Quote is a direct quotation or a piece of reported speech.
type Quote struct {
	Text string `json:"text"` // content without the quote marks
	// Speaker is the most informative name the article gives for the source;
	// "" (JSON null) when no source can be determined.
	Speaker      NullString `json:"speaker"`
	SpeakerTitle string     `json:"speaker_title,omitempty"` // "Deputy Foreign Minister"
	// SpeakerStart/SpeakerEnd locate the mention that names the speaker,
	// when it is in the text.
	SpeakerStart *int   `json:"speaker_start,omitempty"`
	SpeakerEnd   *int   `json:"speaker_end,omitempty"`
	Cue          string `json:"cue"`  // reporting verb or phrase as written; "" when none
	Kind         string `json:"kind"` // "direct" or "indirect"
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Rule         string `json:"rule,omitempty"`
}

// Summary is one article-level entity: all its mentions merged.
type Summary struct {
	Name     string `json:"name"`  // canonical name, the fullest form in the text
	Label    string `json:"label"` // PERSON, ORG, GPE, LOC, FAC...
	Mentions int    `json:"mentions"`
}

// NullString is a string that encodes as JSON null when empty.
type NullString string

// MarshalJSON implements json.Marshaler.
func (s NullString) MarshalJSON() ([]byte, error) {
	if s == "" {
		return []byte("null"), nil
	}
	return marshalString(string(s))
}

// Findings collects what the extractors found in one article. Extractors run
// in a fixed order (see Default) and later ones may read earlier findings.
type Findings struct {
	Entities []Entity
	Dates    []Date
	Money    []Amount
	Venues   []Venue
	Quotes   []Quote
	// Reported holds reported (indirect) speech, Kind "indirect": a cue,
	// its source and the reported content, with no quote marks. It is kept
	// apart from the direct quotations in Quotes.
	Reported []Quote
	// People, Organizations and Places summarise the article-level entities:
	// one item per merged entity, with its canonical name and mention count.
	People        []Summary
	Organizations []Summary
	Places        []Summary
	// Warnings are human-readable notes about the analysis ("language is
	// de: English-only stages skipped").
	Warnings []string
}

// Sort orders every list by start offset (then end), so output is
// deterministic whatever order the extractors appended in.
func (f *Findings) Sort() {
	slices.SortStableFunc(f.Entities, func(a, b Entity) int { return byPos(a.Start, a.End, b.Start, b.End) })
	slices.SortStableFunc(f.Dates, func(a, b Date) int { return byPos(a.Start, a.End, b.Start, b.End) })
	slices.SortStableFunc(f.Money, func(a, b Amount) int { return byPos(a.Start, a.End, b.Start, b.End) })
	slices.SortStableFunc(f.Venues, func(a, b Venue) int { return byPos(a.Start, a.End, b.Start, b.End) })
	slices.SortStableFunc(f.Quotes, func(a, b Quote) int { return byPos(a.Start, a.End, b.Start, b.End) })
	slices.SortStableFunc(f.Reported, func(a, b Quote) int { return byPos(a.Start, a.End, b.Start, b.End) })
}

func byPos(as, ae, bs, be int) int {
	if c := cmp.Compare(as, bs); c != 0 {
		return c
	}
	return cmp.Compare(ae, be)
}
