package pipeline

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/dates"
	"github.com/lede-project/lede/extractors/entities"
	"github.com/lede-project/lede/extractors/money"
	"github.com/lede-project/lede/extractors/quotes"
	"github.com/lede-project/lede/extractors/venues"
)

// extractorSpec is one extractor in the run order, with the extractors
// whose findings it reads and whether it reads the dependency parse
// (Text.Parse), which makes the pipeline load the parser.
type extractorSpec struct {
	name   string
	new    func() extractors.Extractor
	needs  []string
	parses bool
}

// runOrder is the order extractors must run in: entities first (quotes and
// venues read them), dates before venues (a venue links to its event's
// date).
var runOrder = []extractorSpec{
	{name: "entities", new: func() extractors.Extractor { return entities.New() }},
	{name: "dates", new: func() extractors.Extractor { return dates.New() }, parses: true},
	{name: "money", new: func() extractors.Extractor { return money.New() }},
	{name: "quotes", new: func() extractors.Extractor { return quotes.New() }, needs: []string{"entities"}, parses: true},
	{name: "venues", new: func() extractors.Extractor { return venues.New() }, needs: []string{"entities", "dates"}, parses: true},
}

// ExtractorNames lists the extractors in run order: the names --only and
// --skip take, and the JSON fields they fill.
func ExtractorNames() []string {
	out := make([]string, len(runOrder))
	for i, s := range runOrder {
		out[i] = s.name
	}
	return out
}

// selection is the extractors a Pipeline runs and the ones whose findings
// it reports. An extractor another one needs runs even when it was not
// selected; its findings are then left out of the result.
type selection struct {
	run      []extractors.Extractor
	report   map[string]bool
	parses   bool // an extractor in run reads the dependency parse
	entities bool // the entity extractor runs (it reads the entity tagger)
}

// CheckExtractorNames returns an error naming the first of names that is
// not an extractor.
func CheckExtractorNames(names []string) error {
	known := ExtractorNames()
	for _, n := range names {
		if !slices.Contains(known, n) {
			return fmt.Errorf("no extractor %q: want one of %s", n, strings.Join(known, ", "))
		}
	}
	return nil
}

// selectExtractors resolves Config.Only and Config.Skip against runOrder.
func selectExtractors(only, skip []string) (selection, error) {
	if err := CheckExtractorNames(append(slices.Clone(only), skip...)); err != nil {
		return selection{}, err
	}
	known := ExtractorNames()
	report := map[string]bool{}
	for _, n := range known {
		if (len(only) == 0 || slices.Contains(only, n)) && !slices.Contains(skip, n) {
			report[n] = true
		}
	}
	need := map[string]bool{}
	for i := len(runOrder) - 1; i >= 0; i-- {
		s := runOrder[i]
		if report[s.name] || need[s.name] {
			need[s.name] = true
			for _, d := range s.needs {
				need[d] = true
			}
		}
	}
	var sel selection
	sel.report = report
	for _, s := range runOrder {
		if need[s.name] {
			sel.run = append(sel.run, s.new())
			sel.parses = sel.parses || s.parses
			sel.entities = sel.entities || s.name == "entities"
		}
	}
	return sel, nil
}

// drop empties the findings of extractors that ran only because another
// one needed them.
func (s selection) drop(f *extractors.Findings) {
	if !s.report["entities"] {
		f.Entities, f.People, f.Organizations, f.Places = nil, nil, nil, nil
	}
	if !s.report["dates"] {
		f.Dates = nil
	}
	if !s.report["money"] {
		f.Money = nil
	}
	if !s.report["quotes"] {
		f.Quotes, f.Reported = nil, nil
	}
	if !s.report["venues"] {
		f.Venues = nil
	}
}
