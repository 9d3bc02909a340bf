package score

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func load(t *testing.T, name string) []Doc {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadJSONL(f, name)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// counts of a row: tp, fp, fn.
type tpfpfn [3]int

func rowCounts(rep *Report) map[string]tpfpfn {
	out := map[string]tpfpfn{}
	for _, r := range rep.Rows {
		out[r.Name] = tpfpfn{r.TP, r.FP, r.FN}
	}
	return out
}

func TestScoreTestdata(t *testing.T) {
	tests := []struct {
		kind     string
		opt      Options
		rows     map[string]tpfpfn
		headline float64
		values   map[string]float64 // other Value lookups
	}{
		{"e2e", Options{}, map[string]tpfpfn{
			"dates(text)": {2, 1, 2}, "dates(value)": {1, 2, 3}, "money": {2, 2, 0},
			"quotes": {2, 1, 0}, "quotes(attr)": {2, 1, 0}, "venues": {1, 0, 0},
			"entities PERSON": {3, 0, 1}, "entities ORG": {1, 0, 0}, "entities GPE/LOC": {2, 0, 1},
			"entities (micro)": {6, 0, 2}, "authors": {1, 1, 0},
		}, (2.0/7 + 2.0/3 + 0.8 + 1 + 6.0/7) / 5, map[string]float64{"title": 2.0 / 3, "published accuracy": 2.0 / 3, "dates": 2.0 / 7, "entities": 6.0 / 7}},
		{"timex", Options{}, map[string]tpfpfn{"strict": {2, 2, 2}, "relaxed": {3, 1, 1}, "typeF1": {3, 1, 1}, "valueF1": {2, 2, 2}},
			0.5, map[string]float64{"relaxed": 0.75, "value accuracy": 2.0 / 3}},
		{"ner", Options{}, map[string]tpfpfn{"PERSON": {1, 1, 1}, "GPE": {0, 0, 1}, "ALL": {1, 1, 2}}, 0.4, nil},
		{"ner", Options{NERMap: map[string]string{"LOC": "GPE"}}, map[string]tpfpfn{"PERSON": {1, 1, 1}, "GPE": {1, 0, 0}, "ALL": {2, 1, 1}}, 2.0 / 3, nil},
		{"quotes", Options{}, map[string]tpfpfn{"span_exact": {1, 1, 1}, "span_overlap": {2, 0, 0}, "attribution": {1, 1, 1}}, 0.5,
			map[string]float64{"attribution accuracy": 0.5}},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			gold, pred := load(t, tt.kind+"-gold.jsonl"), load(t, tt.kind+"-pred.jsonl")
			kind, err := Detect(gold)
			if err != nil || kind != tt.kind {
				t.Fatalf("Detect = %q, %v; want %q", kind, err, tt.kind)
			}
			rep, err := Score(kind, gold, pred, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.rows, rowCounts(rep)); diff != "" {
				t.Errorf("counts (-want +got):\n%s", diff)
			}
			if d := rep.Headline.Value - tt.headline; d > 1e-9 || d < -1e-9 {
				t.Errorf("%s = %.4f, want %.4f", rep.Headline.Name, rep.Headline.Value, tt.headline)
			}
			for name, want := range tt.values {
				if got, ok := rep.Value(name); !ok || got-want > 1e-9 || want-got > 1e-9 {
					t.Errorf("Value(%q) = %.4f, %v; want %.4f", name, got, ok, want)
				}
			}
		})
	}
}

func TestE2EErrorsAndWarnings(t *testing.T) {
	rep, err := E2E(load(t, "e2e-gold.jsonl"), load(t, "e2e-pred.jsonl"), Options{Errors: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Docs != 3 || rep.Predicted != 2 {
		t.Errorf("docs %d predicted %d, want 3 and 2", rep.Docs, rep.Predicted)
	}
	want := []string{`prediction "zzz" matches no gold article; ignored`}
	if diff := cmp.Diff(want, rep.Warnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	var got []string
	for _, e := range rep.Errors {
		got = append(got, e.Doc+" "+e.Field+" "+e.Kind+" "+e.Detail)
	}
	for _, w := range []string{
		`alpha-001 dates FP "next year"="2021"`,
		`alpha-001 dates FP "Monday"="2021-03-01"`,
		`alpha-001 dates FN "next year"="2022"`,
		`alpha-001 money FP "$5" 5 USD`,
		`alpha-001 quotes FP "Nothing to see here"`,
		`beta-0002 published DIFF "2021-04-02" != "2021-04-01"`,
		`beta-0002 entities LOC FN "river elk"`,
		`gamma-03 title DIFF "" != "Gamma"`,
		`gamma-03 entities PERSON FN "li wei"`,
	} {
		if !strings.Contains(strings.Join(got, "\n"), w) {
			t.Errorf("errors lack %q; have:\n%s", w, strings.Join(got, "\n"))
		}
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{`{"id":"a","dates":[],"entities":{}}`, "e2e"},
		{`{"id":"a","text":"x","timexes":[]}`, "timex"},
		{`{"id":"a","text":"x","entities":[]}`, "ner"},
		{`{"id":"a","text":"x","quotes":[]}`, "quotes"},
		{`{"id":"a"}`, ""},
	}
	for _, tt := range tests {
		docs, err := ReadJSONL(strings.NewReader(tt.line), "x")
		if err != nil {
			t.Fatal(err)
		}
		got, err := Detect(docs)
		if got != tt.want || (tt.want == "") != (err != nil) {
			t.Errorf("Detect(%s) = %q, %v; want %q", tt.line, got, err, tt.want)
		}
	}
}

func TestReadJSONLErrors(t *testing.T) {
	for in, want := range map[string]string{
		"{\"id\":1}\n{bad\n": "x.jsonl:2: bad JSON",
		"[1,2]\n":            "x.jsonl:1: not a JSON object",
	} {
		_, err := ReadJSONL(strings.NewReader(in), "x.jsonl")
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ReadJSONL(%q) = %v, want %q", in, err, want)
		}
	}
	docs, err := ReadJSONL(strings.NewReader("\n{\"a\":1}\n\n{\"b\":2}"), "x")
	if err != nil || len(docs) != 2 {
		t.Errorf("blank lines and no final newline: %d docs, %v", len(docs), err)
	}
}

func TestScoreErrors(t *testing.T) {
	g := []Doc{{"id": "a", "dates": []any{}}, {"id": "a", "dates": []any{}}}
	if _, err := E2E(g, nil, Options{}); err == nil || !strings.Contains(err.Error(), "duplicate gold id a") {
		t.Errorf("duplicate gold: %v", err)
	}
	if _, err := Timex([]Doc{{"id": "a", "timexes": []any{map[string]any{"start": "x"}}}}, nil, Options{}); err == nil {
		t.Errorf("timex without integer start: no error")
	}
	if _, err := Score("nope", nil, nil, Options{}); err == nil {
		t.Errorf("unknown kind: no error")
	}
	if _, err := ParseNERMap("prose,bogus"); err == nil {
		t.Errorf("ParseNERMap(bogus): no error")
	}
}

// Python's str(), truthiness and text helpers, which the ports rely on.
func TestPythonHelpers(t *testing.T) {
	num := func(s string) any { return json.Number(s) }
	strs := []struct {
		v    any
		want string
	}{
		{nil, "None"}, {true, "True"}, {"x", "x"}, {num("5"), "5"}, {num("2.50"), "2.5"},
		{num("100.0"), "100.0"}, {num("1e16"), "1e+16"}, {num("1e6"), "1000000.0"},
	}
	for _, s := range strs {
		if got := pyStr(s.v); got != s.want {
			t.Errorf("pyStr(%#v) = %q, want %q", s.v, got, s.want)
		}
	}
	got := map[string]any{
		"words":      words("Ｆｕｌｌ-width, don't_stop 42"),
		"normEnt":    normEnt("The U.S. Navy’s"),
		"normPlace":  normPlace("  the Caja Mágica, Madrid"),
		"normTitle":  normTitle("Storm &amp; “Floods” — Live"),
		"lastName":   lastNameToken("James Kennedy Jr.'s"),
		"possessive": dropPossessive("Biden's plan, the boss's_x"),
		"splitExt":   []string{splitExt("a/b/c.d.html"), splitExt(".bashrc"), splitExt("x")},
		"tokens":     sortedKeys(contentTokens("Mr. O'Neill's spokesman, Tim")),
	}
	want := map[string]any{
		"words":      []string{"full", "width", "don", "t", "stop", "42"},
		"normEnt":    "us navy",
		"normPlace":  "caja mágica madrid",
		"normTitle":  `storm & "floods" - live`,
		"lastName":   "kennedy",
		"possessive": "Biden plan, the boss's_x",
		"splitExt":   []string{"c.d", ".bashrc", "x"},
		"tokens":     []string{"o'neill", "tim"},
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("helpers (-want +got):\n%s", diff)
	}
}

func loadB(b *testing.B, name string) []Doc {
	b.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadJSONL(f, name)
	if err != nil {
		b.Fatal(err)
	}
	return docs
}

func loadShared(b *testing.B, rel string) []Doc {
	b.Helper()
	f, err := os.Open(filepath.Join(shared, rel))
	if err != nil {
		b.Skip(err)
	}
	defer f.Close()
	docs, err := ReadJSONL(f, rel)
	if err != nil {
		b.Fatal(err)
	}
	return docs
}
