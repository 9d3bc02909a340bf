package extractors

import (
	"cmp"
	"slices"
)

// Span is the stretch of Text.Text a finding covers: byte offsets
// [Start, End) inside the extractors (the pipeline turns them into code
// points at the JSON edge) and the verbatim text, Text.Text[Start:End].
// Every finding embeds one.
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Trace says why a finding came out: the one rule that produced it and,
// when Findings.Explain is set, the evidence that rule weighed ("model:
// B-ORG", "gazetteer: place", "candidate speaker: Jane Roe (subject of
// said)"). Rule names are traces only: no code branches on them.
type Trace struct {
	Rule     string   `json:"rule,omitempty"`
	Evidence []string `json:"evidence,omitempty"`
}

// Entity is one mention of a named entity.
type Entity struct {
	Span
	Label string `json:"label"` // PERSON, ORG, GPE, LOC, NORP, FAC, ...
	// Entity is the canonical name of the article-level entity this mention
	// belongs to ("Joe Biden" for a mention "Biden"); "" when not merged.
	Entity string `json:"entity,omitempty"`
	Trace
}

// Date is one TimeML TIMEX3 temporal expression.
type Date struct {
	Span
	Type  string `json:"type"`  // DATE, TIME, DURATION or SET
	Value string `json:"value"` // TIMEX3 value: 2022-01-10, 2022-W02, P3D, PRESENT_REF, XXXX-01-10...
	Trace
}

// Amount is one monetary amount.
type Amount struct {
	Span
	Amount   float64 `json:"amount"`   // in units of Currency
	Currency string  `json:"currency"` // ISO 4217 code
	Approx   bool    `json:"approx,omitempty"`
	Trace
}

// Venue is a place where a reported event takes, took or will take place.
type Venue struct {
	Span
	Event string `json:"event"` // short description or trigger phrase of the event
	// Date is the TIMEX3 value of the event's date when the sentence gives one.
	Date string `json:"date,omitempty"`
	Trace
}

// Quote is a direct quotation or a piece of reported speech. Its Span is
// the content without the quote marks.
type Quote struct {
	Span
	// Speaker is the most informative name the article gives for the source;
	// "" (JSON null) when no source can be determined.
	Speaker      NullString `json:"speaker"`
	SpeakerTitle string     `json:"speaker_title,omitempty"` // "Deputy Foreign Minister"
	// SpeakerStart/SpeakerEnd locate the mention that names the speaker,
	// when it is in the text.
	SpeakerStart *int   `json:"speaker_start,omitempty"`
	SpeakerEnd   *int   `json:"speaker_end,omitempty"`
	Cue          string `json:"cue"`  // reporting verb or phrase as written; "" when none
	Kind         string `json:"kind"` // "direct", "partial" (a fragment inside reported speech) or "indirect"
	Trace
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
// in a fixed order (the pipeline's) and later ones may read earlier
// findings, never another extractor's internals.
type Findings struct {
	// Explain asks every extractor to fill Trace.Evidence: the evidence it
	// weighed for each item (lede extract --explain). It costs time; off by
	// default.
	Explain bool

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
	slices.SortStableFunc(f.Entities, func(a, b Entity) int { return ByPos(a.Start, a.End, b.Start, b.End) })
	slices.SortStableFunc(f.Dates, func(a, b Date) int { return ByPos(a.Start, a.End, b.Start, b.End) })
	slices.SortStableFunc(f.Money, func(a, b Amount) int { return ByPos(a.Start, a.End, b.Start, b.End) })
	slices.SortStableFunc(f.Venues, func(a, b Venue) int { return ByPos(a.Start, a.End, b.Start, b.End) })
	slices.SortStableFunc(f.Quotes, func(a, b Quote) int { return ByPos(a.Start, a.End, b.Start, b.End) })
	slices.SortStableFunc(f.Reported, func(a, b Quote) int { return ByPos(a.Start, a.End, b.Start, b.End) })
}

func ByPos(as, ae, bs, be int) int {
	if c := cmp.Compare(as, bs); c != 0 {
		return c
	}
	return cmp.Compare(ae, be)
}
