package pipeline

import (
	"slices"

	"github.com/lede-project/lede/extractors"
)

// windowBytes is the size of text analysed at once. A text longer than
// this (a whole archive in one file, say; news articles are tens of KB) is
// analysed in windows of about this size, cut at paragraph breaks, so that
// the memory the NLP stage and the extractors hold is proportional to the
// window, not the text. Entities are then merged, and quote speakers and
// date anchors resolved, within each window only.
var windowBytes = 1 << 20 // a variable so that tests can use small windows

// analyseWindows runs the NLP stage, the parser and the extractors over t,
// filling t.Paragraphs, t.Sentences and t.Syntax (t.Tokens and t.Mentions
// too when t is one window) and f.
func (p *Pipeline) analyseWindows(t *extractors.Text, f *extractors.Findings) error {
	if len(t.Text) <= windowBytes {
		return p.analyseWhole(t, f)
	}
	paras := paragraphs(t.Text)
	for i := 0; i < len(paras); {
		j := i + 1
		for j < len(paras) && paras[j].End-paras[i].Start <= windowBytes {
			j++
		}
		lo, hi := paras[i].Start, paras[j-1].End
		wt := &extractors.Text{Text: t.Text[lo:hi], Title: t.Title, Site: t.Site, Language: t.Language,
			Published: t.Published, PublishedHasTime: t.PublishedHasTime}
		wf := &extractors.Findings{Explain: f.Explain}
		if err := p.analyseWhole(wt, wf); err != nil {
			return err
		}
		addWindow(t, f, wt, wf, lo)
		i = j
	}
	mergeSummaries(f)
	return nil
}

// analyseWhole runs the stages on the whole of t.
func (p *Pipeline) analyseWhole(t *extractors.Text, f *extractors.Findings) error {
	if err := p.nlp.analyse(t); err != nil {
		return err
	}
	if p.parser != nil {
		t.Parser = p.parser // sentences parsed when an extractor asks
	}
	if p.tagger != nil {
		t.Tagger = p.tagger // the entity extractor decides with the tagger
	}
	if p.cfg.Syntax {
		p.parser.parse(t) // the whole parse, to report (--syntax)
	}
	for _, x := range p.sel.run { // extractors, in dependency order
		x.Extract(t, f)
	}
	p.sel.drop(f) // findings not asked for
	return nil
}

// addWindow adds the analysis of the window wt, which starts at byte lo of
// t.Text, to t and f, shifting its offsets. The window's tokens are not
// kept: they are what made the text's memory grow.
func addWindow(t *extractors.Text, f *extractors.Findings, wt *extractors.Text, wf *extractors.Findings, lo int) {
	for _, r := range wt.Paragraphs {
		t.Paragraphs = append(t.Paragraphs, extractors.Range{Start: r.Start + lo, End: r.End + lo})
	}
	for _, r := range wt.Sentences {
		t.Sentences = append(t.Sentences, extractors.Range{Start: r.Start + lo, End: r.End + lo})
	}
	if wt.Syntax != nil {
		base := len(t.Syntax)
		for _, sx := range wt.Syntax {
			sx.Start, sx.End = sx.Start+lo, sx.End+lo
			if sx.Head >= 0 {
				sx.Head += base
			}
			t.Syntax = append(t.Syntax, sx)
		}
	}
	shift := func(s *extractors.Span) { s.Start, s.End = s.Start+lo, s.End+lo }
	for _, e := range wf.Entities {
		shift(&e.Span)
		f.Entities = append(f.Entities, e)
	}
	for _, d := range wf.Dates {
		shift(&d.Span)
		f.Dates = append(f.Dates, d)
	}
	for _, m := range wf.Money {
		shift(&m.Span)
		f.Money = append(f.Money, m)
	}
	for _, v := range wf.Venues {
		shift(&v.Span)
		f.Venues = append(f.Venues, v)
	}
	f.Quotes = append(f.Quotes, shiftQuotes(wf.Quotes, lo)...)
	f.Reported = append(f.Reported, shiftQuotes(wf.Reported, lo)...)
	f.People = append(f.People, wf.People...)
	f.Organizations = append(f.Organizations, wf.Organizations...)
	f.Places = append(f.Places, wf.Places...)
	for _, w := range wf.Warnings {
		if !slices.Contains(f.Warnings, w) {
			f.Warnings = append(f.Warnings, w)
		}
	}
}

// shiftQuotes moves quotes (and the mentions of their speakers) by lo bytes.
func shiftQuotes(qs []extractors.Quote, lo int) []extractors.Quote {
	for i := range qs {
		q := &qs[i]
		q.Start, q.End = q.Start+lo, q.End+lo
		if q.SpeakerStart != nil && q.SpeakerEnd != nil {
			s, e := *q.SpeakerStart+lo, *q.SpeakerEnd+lo
			q.SpeakerStart, q.SpeakerEnd = &s, &e
		}
	}
	return qs
}

// mergeSummaries adds up the windows' summaries of one entity (same name
// and label) and orders them as the entity extractor does: most mentions
// first, then first seen.
func mergeSummaries(f *extractors.Findings) {
	for _, list := range []*[]extractors.Summary{&f.People, &f.Organizations, &f.Places} {
		type key struct{ name, label string }
		at := map[key]int{}
		var out []extractors.Summary
		for _, s := range *list {
			k := key{s.Name, s.Label}
			if i, ok := at[k]; ok {
				out[i].Mentions += s.Mentions
				continue
			}
			at[k] = len(out)
			out = append(out, s)
		}
		slices.SortStableFunc(out, func(a, b extractors.Summary) int { return b.Mentions - a.Mentions })
		*list = out
	}
}
