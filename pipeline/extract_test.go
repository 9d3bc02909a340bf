package pipeline

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSelectExtractors checks how --only and --skip resolve: what runs
// (prerequisites included, in run order) and what is reported.
func TestSelectExtractors(t *testing.T) {
	for _, tc := range []struct {
		only, skip   []string
		run, reports []string
	}{
		{run: ExtractorNames(), reports: ExtractorNames()},
		{only: []string{"money", "dates"}, run: []string{"dates", "money"}, reports: []string{"dates", "money"}},
		{only: []string{"venues"}, run: []string{"entities", "dates", "venues"}, reports: []string{"venues"}},
		{only: []string{"quotes"}, run: []string{"entities", "quotes"}, reports: []string{"quotes"}},
		{skip: []string{"entities", "venues"}, run: []string{"entities", "dates", "money", "quotes"}, reports: []string{"dates", "money", "quotes"}},
		{only: []string{"dates"}, skip: []string{"dates"}},
	} {
		sel, err := selectExtractors(tc.only, tc.skip)
		if err != nil {
			t.Fatal(err)
		}
		var run, reports []string
		for _, x := range sel.run {
			run = append(run, x.Name())
		}
		for _, n := range ExtractorNames() {
			if sel.report[n] {
				reports = append(reports, n)
			}
		}
		if diff := cmp.Diff(tc.run, run); diff != "" {
			t.Errorf("only %v skip %v: run (-want +got):\n%s", tc.only, tc.skip, diff)
		}
		if diff := cmp.Diff(tc.reports, reports); diff != "" {
			t.Errorf("only %v skip %v: reports (-want +got):\n%s", tc.only, tc.skip, diff)
		}
	}
	if _, err := selectExtractors([]string{"moneys"}, nil); err == nil {
		t.Error("--only moneys: no error")
	}
}

// TestExtractorNamesMatch keeps the run order's names equal to what each
// extractor calls itself (the JSON field, the testdata folder).
func TestExtractorNamesMatch(t *testing.T) {
	for _, s := range runOrder {
		if got := s.new().Name(); got != s.name {
			t.Errorf("run order says %q, extractor says %q", s.name, got)
		}
	}
}

// TestOnlyAndExplain runs the seed article with --only dates,money and with
// --explain: the other fields are empty, the reported ones equal a full
// run's, and --explain adds evidence without changing anything else.
func TestOnlyAndExplain(t *testing.T) {
	ctx := context.Background()
	in := seedInput(t, "../testdata/presstv-us-russia-talks.txt", true)
	full, err := testPipeline(t).Process(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	p, err := New(Config{Only: []string{"dates", "money"}})
	if err != nil {
		t.Fatal(err)
	}
	only, err := p.Process(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	if len(only.Entities)+len(only.Quotes)+len(only.Reported)+len(only.Venues)+len(only.People) != 0 {
		t.Errorf("--only dates,money reported other findings: %d entities, %d quotes, %d venues",
			len(only.Entities), len(only.Quotes), len(only.Venues))
	}
	if diff := cmp.Diff(full.Dates, only.Dates); diff != "" {
		t.Errorf("dates differ under --only (-full +only):\n%s", diff)
	}
	if diff := cmp.Diff(full.Money, only.Money); diff != "" {
		t.Errorf("money differs under --only (-full +only):\n%s", diff)
	}

	px, err := New(Config{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	ex, err := px.Process(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	withEvidence := 0
	for i := range ex.Dates {
		if len(ex.Dates[i].Evidence) > 0 {
			withEvidence++
		}
		ex.Dates[i].Evidence = nil
	}
	for i := range ex.Entities {
		if len(ex.Entities[i].Evidence) > 0 {
			withEvidence++
		}
		ex.Entities[i].Evidence = nil
	}
	for i := range ex.Quotes {
		if len(ex.Quotes[i].Evidence) > 0 {
			withEvidence++
		}
		ex.Quotes[i].Evidence = nil
	}
	for i := range ex.Reported {
		ex.Reported[i].Evidence = nil
	}
	for i := range ex.Money {
		ex.Money[i].Evidence = nil
	}
	for i := range ex.Venues {
		ex.Venues[i].Evidence = nil
	}
	if withEvidence == 0 {
		t.Error("--explain: no entity, date or quote carries evidence")
	}
	if diff := cmp.Diff(full, ex); diff != "" {
		t.Errorf("--explain changed more than evidence (-plain +explain):\n%s", diff)
	}
}
