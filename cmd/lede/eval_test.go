package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

const scoreData = "../../score/testdata"

func TestEvalPredFile(t *testing.T) {
	gold, pred := filepath.Join(scoreData, "e2e-gold.jsonl"), filepath.Join(scoreData, "e2e-pred.jsonl")
	tests := []struct {
		name     string
		args     []string
		code     int
		out, err string // substrings
	}{
		{"table", []string{"--gold", gold, pred}, exitOK, "money                    2     2     0   0.500   1.000   0.667\n", `prediction "zzz" matches no gold article`},
		{"headline last", []string{"--gold", gold, pred}, exitOK, "title accuracy", ""},
		{"errors", []string{"--gold", gold, "--errors", pred}, exitOK, "errors by document:\n  alpha-001\n", ""},
		{"min-f1 met", []string{"--gold", gold, "--min-f1", "macro=0.7", "--min-f1", "venues=1", pred}, exitOK, "macroF1 0.722\n", ""},
		{"min-f1 not met", []string{"--gold", gold, "--min-f1", "money=0.9", "--min-f1", "dates=0.2", pred}, exitFailed, "macroF1", "money 0.667 < 0.900"},
		{"min-f1 unknown field", []string{"--gold", gold, "--min-f1", "bogus=0.5", pred}, exitUsage, "", "no such field"},
		{"min-f1 bad value", []string{"--gold", gold, "--min-f1", "money=2", pred}, exitUsage, "", "want FIELD=X"},
		{"kind given", []string{"--gold", filepath.Join(scoreData, "ner-gold.jsonl"), "--kind", "ner", "--ner-map", "LOC=GPE", filepath.Join(scoreData, "ner-pred.jsonl")}, exitOK, "F1 0.667\n", ""},
		{"no gold", []string{pred}, exitUsage, "", "--gold is required"},
		{"no pred", []string{"--gold", gold}, exitUsage, "", "want one PRED.jsonl"},
		{"missing pred", []string{"--gold", gold, "nope.jsonl"}, exitFailed, "", "open nope.jsonl"},
		{"bad kind", []string{"--gold", gold, "--kind", "bogus", pred}, exitFailed, "", "unknown kind"},
		{"save without run", []string{"--gold", gold, "--save", "x", pred}, exitUsage, "", "--save needs --run"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runLede(t, append([]string{"eval"}, tt.args...)...)
			if code != tt.code || !strings.Contains(out, tt.out) || !strings.Contains(errs, tt.err) {
				t.Errorf("exit %d (want %d)\nstdout:\n%s\nstderr:\n%s\nwant stdout ⊇ %q, stderr ⊇ %q", code, tt.code, out, errs, tt.out, tt.err)
			}
			if tt.name == "headline last" && !strings.HasSuffix(out, "macroF1 0.722\n") {
				t.Errorf("last line is not the headline:\n%s", out)
			}
		})
	}
}

func TestEvalJSON(t *testing.T) {
	code, out, _ := runLede(t, "eval", "--json", "--gold", filepath.Join(scoreData, "timex-gold.jsonl"), filepath.Join(scoreData, "timex-pred.jsonl"))
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	var rep struct {
		Kind     string
		Docs     int
		Headline struct {
			Name  string
			Value float64
		}
		Fields []struct {
			Name       string
			TP, FP, FN int
			F1         float64
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if rep.Kind != "timex" || rep.Docs != 2 || rep.Headline.Name != "valueF1" || rep.Headline.Value != 0.5 || len(rep.Fields) != 4 || rep.Fields[1].TP != 3 {
		t.Errorf("report: %+v", rep)
	}
}

func TestEvalRun(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the NLP models")
	}
	// Kinds with texts in the gold: extract each gold text.
	save := filepath.Join(t.TempDir(), "pred.jsonl")
	code, out, errs := runLede(t, "eval", "--run", "--save", save, "--gold", filepath.Join(scoreData, "quotes-gold.jsonl"))
	if code != exitOK || !strings.Contains(out, "quotes: 1 gold documents, 1 with predictions") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	if b, err := os.ReadFile(save); err != nil || !strings.Contains(string(b), `"id":"q1"`) {
		t.Errorf("--save: %v %s", err, b)
	}
	// e2e: the articles are given; a directory keeps the files named after gold ids.
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"alpha-001.txt": "Harbor deal signed in Valmora\n\nThe deal, worth $40 million, was signed on Friday.\n",
		"other.txt":     "Not in the gold.\n",
	})
	code, out, errs = runLede(t, "eval", "--run", "--published", "2021-03-05", "--gold", filepath.Join(scoreData, "e2e-gold.jsonl"), dir)
	if code != exitOK || !strings.Contains(out, "e2e: 3 gold documents, 1 with predictions") || strings.Contains(errs, "other") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	// e2e from JSONL records, as the extractors-in-isolation recipe does.
	writeFiles(t, dir, map[string]string{"records.jsonl": `{"id":"beta-0002","text":"A storm closed every school in Dunmore on Thursday.","published":"2021-04-01"}` + "\n"})
	code, out, errs = runLede(t, "eval", "--run", "--input-format", "jsonl", "--gold", filepath.Join(scoreData, "e2e-gold.jsonl"), filepath.Join(dir, "records.jsonl"))
	if code != exitOK || !strings.Contains(out, "e2e: 3 gold documents, 1 with predictions") {
		t.Fatalf("jsonl records: exit %d\n%s\n%s", code, out, errs)
	}
	if code, _, errs = runLede(t, "eval", "--run", "--gold", filepath.Join(scoreData, "e2e-gold.jsonl")); code != exitUsage {
		t.Errorf("e2e --run without articles: exit %d, %s", code, errs)
	}
	if code, _, errs = runLede(t, "eval", "--run", "--gold", filepath.Join(scoreData, "ner-gold.jsonl"), dir); code != exitUsage {
		t.Errorf("ner --run with articles: exit %d, %s", code, errs)
	}
}

// TestEvalAgreesWithPython runs lede eval --run on each corpus of
// ../shared, then the matching Python scorer on the saved predictions, and
// requires the same headline number (the brief allows 0.01).
func TestEvalAgreesWithPython(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts four corpora")
	}
	const shared = "../../../shared"
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	if _, err := os.Stat(shared); err != nil {
		t.Skip("../shared not found")
	}
	// last reads the headline; rows reads (name, F1) of the table lines.
	tests := []struct {
		kind, gold, tool string
		args             []string
		last, rows       *regexp.Regexp
	}{
		{"e2e", "corpora/e2e-dev/gold.jsonl", "score_e2e.py", []string{shared + "/corpora/article-extraction/html"},
			regexp.MustCompile(`e2e macroF1 ([0-9.]+)\s*$`),
			regexp.MustCompile(`(?m)^(\S.*?)\s+\d+\s+\d+\s+\d+\s+[0-9.]+\s+[0-9.]+\s+([0-9.]+)$`)},
		{"timex", "corpora/timex/dev.jsonl", "score_timex.py", nil,
			regexp.MustCompile(`valueF1 ([0-9.]+)\s*$`),
			regexp.MustCompile(`(?m)^(strict|relaxed)\s+P [0-9.]+\s+R [0-9.]+\s+F1 ([0-9.]+)`)},
		{"ner", "corpora/ner/dev.jsonl", "score_ner.py", nil,
			regexp.MustCompile(`F1 ([0-9.]+)\s*$`),
			regexp.MustCompile(`(?m)^(\S+)\s+\d+\s+\d+\s+\d+\s+[0-9.]+\s+[0-9.]+\s+([0-9.]+)$`)},
		{"quotes", "corpora/quotes/synthetic_patterns.jsonl", "score_quotes.py", nil,
			regexp.MustCompile(`attributionF1 ([0-9.]+)\s*$`),
			regexp.MustCompile(`(?m)^(span_exact|span_overlap|attribution)\s.*F1 ([0-9.]+)`)},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			gold := filepath.Join(shared, tt.gold)
			save := filepath.Join(t.TempDir(), "pred.jsonl")
			args := append([]string{"eval", "--json", "--run", "--save", save, "--gold", gold}, tt.args...)
			code, out, errs := runLede(t, args...)
			if code != exitOK {
				t.Fatalf("lede eval: exit %d\n%s", code, errs)
			}
			var rep struct {
				Headline struct{ Value float64 }
				Fields   []struct {
					Name string
					F1   float64
				}
			}
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatal(err)
			}
			pred := save
			if tt.kind == "timex" { // score_timex.py reads "timexes"; lede writes "dates"
				pred = renameField(t, save, "dates", "timexes")
			}
			py, err := exec.Command("python3", filepath.Join(shared, "tools", tt.tool), gold, pred).Output()
			if err != nil {
				t.Fatalf("python3 %s: %v", tt.tool, err)
			}
			m := tt.last.FindSubmatch(py)
			if m == nil {
				t.Fatalf("cannot read %s output:\n%s", tt.tool, py)
			}
			want, _ := strconv.ParseFloat(string(m[1]), 64)
			if d := rep.Headline.Value - want; d > 0.0005 || d < -0.0005 {
				t.Errorf("lede eval %.4f, %s %.3f", rep.Headline.Value, tt.tool, want)
			}
			rows := tt.rows.FindAllSubmatch(py, -1)
			if len(rows) < 2 {
				t.Fatalf("cannot read the rows of %s output:\n%s", tt.tool, py)
			}
			for _, r := range rows {
				name := string(r[1])
				f1, _ := strconv.ParseFloat(string(r[2]), 64)
				found := false
				for _, f := range rep.Fields {
					if f.Name == name {
						found = true
						if d := f.F1 - f1; d > 0.0005 || d < -0.0005 {
							t.Errorf("%s F1: lede eval %.4f, %s %.3f", name, f.F1, tt.tool, f1)
						}
					}
				}
				if !found {
					t.Errorf("lede eval has no row %q", name)
				}
			}
			t.Logf("%s: lede eval %.4f, %s %.3f (%d rows compared)", tt.kind, rep.Headline.Value, tt.tool, want, len(rows))
		})
	}
}

// renameField rewrites a JSONL file with one top-level field renamed.
func renameField(t *testing.T, path, from, to string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var d map[string]any
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatal(err)
		}
		d[to] = d[from]
		delete(d, from)
		nb, _ := json.Marshal(d)
		out = append(out, string(nb))
	}
	p := path + "." + to
	if err := os.WriteFile(p, []byte(strings.Join(out, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
