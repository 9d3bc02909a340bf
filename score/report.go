package score

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Report is the outcome of scoring one prediction set against one gold set.
type Report struct {
	Kind       string     `json:"kind"`      // e2e, timex, ner or quotes
	Docs       int        `json:"docs"`      // gold documents
	Predicted  int        `json:"predicted"` // gold documents with a prediction line
	Rows       []Row      `json:"fields"`
	Accuracies []Accuracy `json:"accuracies,omitempty"`
	// Headline is the one number the matching Python scorer prints last
	// (macroF1, valueF1, F1, attributionF1).
	Headline Metric   `json:"headline"`
	Errors   []Error  `json:"errors,omitempty"`   // with Options.Errors
	Warnings []string `json:"warnings,omitempty"` // unmatched predictions, missing lines
	Notes    []string `json:"notes,omitempty"`    // extra diagnostics printed by the Python scorer
}

// Row is precision, recall and F1 of one field, from pooled counts.
type Row struct {
	Name string  `json:"name"`
	TP   int     `json:"tp"`
	FP   int     `json:"fp"`
	FN   int     `json:"fn"`
	P    float64 `json:"p"`
	R    float64 `json:"r"`
	F1   float64 `json:"f1"`
}

// Accuracy is a share of correct items.
type Accuracy struct {
	Name    string  `json:"name"`
	Correct int     `json:"correct"`
	Total   int     `json:"total"`
	Value   float64 `json:"value"`
}

// Metric is one named number.
type Metric struct {
	Name  string  `json:"name"`
	Value float64 `json:"value"`
}

// Error is one miss, false hit or wrong value, for --errors.
type Error struct {
	Doc    string `json:"doc"`
	Field  string `json:"field"`
	Kind   string `json:"kind"` // FN (missed), FP (false hit), VALUE, SPEAKER, ...
	Detail string `json:"detail"`
}

// Options tune scoring. The zero value scores like the Python scorers with
// no flags.
type Options struct {
	Errors     bool              // collect Errors
	DirectOnly bool              // quotes: score only gold quotes of type "direct"
	NERMap     map[string]string // ner: rename predicted labels (upper-case keys)
}

// Value looks up a number by name, as --min-f1 does: a field's F1
// ("dates(value)", "entities (micro)"), an accuracy ("title accuracy"), or
// the headline ("macroF1"). Case, spaces and a trailing "f1" are ignored,
// and a few short names are accepted ("dates", "entities", "title",
// "macro").
func (r *Report) Value(name string) (float64, bool) {
	key := func(s string) string {
		s = strings.ToLower(strings.ReplaceAll(s, " ", ""))
		return strings.TrimSuffix(s, "f1")
	}
	want := key(name)
	if alias, ok := aliases[r.Kind][want]; ok {
		want = key(alias)
	}
	if want == key(r.Headline.Name) || want == "macro" || want == "headline" {
		return r.Headline.Value, true
	}
	for _, row := range r.Rows {
		if key(row.Name) == want {
			return row.F1, true
		}
	}
	for _, a := range r.Accuracies {
		if k := key(a.Name); k == want || k == want+"accuracy" {
			return a.Value, true
		}
	}
	return 0, false
}

// aliases maps short field names onto report names, per kind.
var aliases = map[string]map[string]string{
	"e2e":    {"dates": "dates(value)", "entities": "entities (micro)", "attribution": "quotes(attr)"},
	"timex":  {"timex": "valueF1"},
	"ner":    {"all": "F1", "entities": "F1"},
	"quotes": {"attr": "attributionF1", "quotes": "span_overlap", "span": "span_overlap"},
}

// Names lists the names Value accepts, for error messages.
func (r *Report) Names() []string {
	names := []string{r.Headline.Name}
	for _, row := range r.Rows {
		names = append(names, row.Name)
	}
	for _, a := range r.Accuracies {
		names = append(names, a.Name)
	}
	return names
}

// ReadJSONL reads one JSON object per non-blank line. name is used in
// errors ("gold.jsonl:12: bad JSON: ...").
func ReadJSONL(r io.Reader, name string) ([]Doc, error) {
	var docs []Doc
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			dec := json.NewDecoder(bytes.NewReader(line))
			dec.UseNumber()
			var v any
			if derr := dec.Decode(&v); derr != nil {
				return nil, fmt.Errorf("%s:%d: bad JSON: %v", name, n, derr)
			}
			d, ok := v.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("%s:%d: not a JSON object", name, n)
			}
			docs = append(docs, d)
		}
		if errors.Is(err, io.EOF) {
			return docs, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
	}
}

// Detect names the kind of a gold set from its first document: e2e (dates,
// money, venues or an entities object), timex (timexes), ner (an entities
// list) or quotes (quotes with a text).
func Detect(gold []Doc) (string, error) {
	if len(gold) == 0 {
		return "", errors.New("gold has no documents")
	}
	d := gold[0]
	_, ents := d["entities"].(map[string]any)
	for _, k := range []string{"dates", "money", "venues"} {
		if _, ok := d[k]; ok {
			ents = true
		}
	}
	switch {
	case ents:
		return "e2e", nil
	case d["timexes"] != nil:
		return "timex", nil
	case isList(d["entities"]):
		return "ner", nil
	case isList(d["quotes"]) && d["text"] != nil:
		return "quotes", nil
	}
	return "", errors.New("cannot tell the gold format from its first line (want e2e-dev, timex, ner or quotes JSONL; use --kind)")
}

func isList(v any) bool { _, ok := v.([]any); return ok }

// Score scores pred against gold as kind ("e2e", "timex", "ner", "quotes").
func Score(kind string, gold, pred []Doc, opt Options) (*Report, error) {
	switch kind {
	case "e2e":
		return E2E(gold, pred, opt)
	case "timex":
		return Timex(gold, pred, opt)
	case "ner":
		return NER(gold, pred, opt)
	case "quotes":
		return Quotes(gold, pred, opt)
	}
	return nil, fmt.Errorf("unknown kind %q: want e2e, timex, ner or quotes", kind)
}

// WriteText prints r as a table, then the errors grouped by document, then
// the headline line last.
func (r *Report) WriteText(w io.Writer) {
	fmt.Fprintf(w, "%s: %d gold documents, %d with predictions\n", r.Kind, r.Docs, r.Predicted)
	fmt.Fprintf(w, "%-20s %5s %5s %5s %7s %7s %7s\n", "field", "TP", "FP", "FN", "P", "R", "F1")
	for _, row := range r.Rows {
		fmt.Fprintf(w, "%-20s %5d %5d %5d %7.3f %7.3f %7.3f\n", row.Name, row.TP, row.FP, row.FN, row.P, row.R, row.F1)
	}
	for _, a := range r.Accuracies {
		fmt.Fprintf(w, "%-20s %11s %17s %7.3f\n", a.Name, fmt.Sprintf("%d/%d", a.Correct, a.Total), "", a.Value)
	}
	for _, n := range r.Notes {
		fmt.Fprintln(w, n)
	}
	if len(r.Errors) > 0 {
		fmt.Fprintln(w, "errors by document:")
		last := "\x00"
		for _, e := range r.Errors {
			if e.Doc != last {
				fmt.Fprintf(w, "  %s\n", e.Doc)
				last = e.Doc
			}
			fmt.Fprintf(w, "    %s %s %s\n", e.Field, e.Kind, e.Detail)
		}
	}
	fmt.Fprintf(w, "%s %.3f\n", r.Headline.Name, r.Headline.Value)
}
