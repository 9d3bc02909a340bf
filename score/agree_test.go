package score

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The agreement tests run the Python scorers of ../shared/tools and this
// package on the same gold and predictions, and require the same counts
// and scores (the brief allows 0.01; they agree exactly). Predictions are
// the gold of ../shared/corpora perturbed at random with a fixed seed:
// dropped, shifted, relabelled and re-valued items, changed speakers,
// spurious items. They are skipped when python3 or ../shared is missing.
// lede's own output is compared too, in cmd/lede's TestEvalAgreesWithPython.

const shared = "../../shared"

func needPython(t *testing.T, files ...string) {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(shared, f)); err != nil {
			t.Skipf("%s not found", f)
		}
	}
}

func readGold(t *testing.T, rel string) []Doc {
	t.Helper()
	f, err := os.Open(filepath.Join(shared, rel))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadJSONL(f, rel)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func writeJSONL(t *testing.T, docs []Doc) string {
	t.Helper()
	var buf bytes.Buffer
	for _, d := range docs {
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	p := filepath.Join(t.TempDir(), "pred.jsonl")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func python(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command("python3", args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("python3 %v: %v\n%s", args, err, errb.String())
	}
	return out.String()
}

// roundTrip re-decodes docs as the command would read them from a file.
func roundTrip(t *testing.T, path string) []Doc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadJSONL(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func checkRow(t *testing.T, rep *Report, name string, tp, fp, fn int, p, r, f float64) {
	t.Helper()
	for _, row := range rep.Rows {
		if row.Name == name {
			if row.TP != tp || row.FP != fp || row.FN != fn || !near(row.P, p) || !near(row.R, r) || !near(row.F1, f) {
				t.Errorf("%s: Go %d/%d/%d P %.4f R %.4f F1 %.4f, Python %d/%d/%d P %.4f R %.4f F1 %.4f",
					name, row.TP, row.FP, row.FN, row.P, row.R, row.F1, tp, fp, fn, p, r, f)
			}
			return
		}
	}
	t.Errorf("no row %q in the Go report", name)
}

// perturb returns a changed copy of a decoded JSON value.
type perturber struct{ r *rand.Rand }

func (pt perturber) chance(p float64) bool { return pt.r.Float64() < p }

func copyDoc(d Doc) Doc {
	b, _ := json.Marshal(d)
	var out Doc
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	dec.Decode(&out)
	return out
}

func (pt perturber) text(s string) string {
	w := strings.Fields(s)
	switch {
	case len(w) > 2 && pt.chance(0.3):
		return strings.Join(w[1:], " ")
	case pt.chance(0.2):
		return "early " + s
	case pt.chance(0.1):
		return strings.ToUpper(s)
	}
	return s
}

func (pt perturber) e2e(g Doc) Doc {
	p := Doc{}
	id := DocID(g)
	switch {
	case pt.chance(0.2):
		p["source"] = "pages/" + id + ".html"
	case pt.chance(0.1):
		p["id"] = id[:10]
	default:
		p["id"] = id
	}
	if pt.chance(0.7) {
		p["title"] = g["title"]
	} else if pt.chance(0.5) {
		p["title"] = strings.ToUpper(pyStr(g["title"])) + " "
	}
	switch {
	case pt.chance(0.6):
		p["published"] = g["published"]
	case pt.chance(0.5):
		p["published"] = pyStr(g["published"]) + "T10:00:00Z"
	default:
		p["published"] = "2019-01-01"
	}
	var authors []any
	for _, a := range asList(g["authors"]) {
		if pt.chance(0.7) {
			authors = append(authors, a)
		}
	}
	if pt.chance(0.3) {
		authors = append(authors, "Staff Writer")
	}
	p["authors"] = authors
	list := func(field string, change func(Doc)) {
		var out []any
		for _, x := range dicts(g[field]) {
			if pt.chance(0.2) {
				continue
			}
			y := copyDoc(x)
			delete(y, "optional")
			change(y)
			out = append(out, y)
			if pt.chance(0.1) {
				out = append(out, copyDoc(y)) // duplicate: a false positive
			}
		}
		p[field] = out
	}
	list("dates", func(d Doc) {
		d["text"] = pt.text(pyStr(d["text"]))
		if pt.chance(0.2) {
			d["value"] = "2019-11-18"
		}
	})
	list("money", func(d Doc) {
		a, _ := toFloat(d["amount"])
		switch {
		case pt.chance(0.2):
			d["amount"] = json.Number(strconv.FormatFloat(a*1.003, 'f', -1, 64))
		case pt.chance(0.2):
			d["amount"] = json.Number(strconv.FormatFloat(a*1.1, 'f', -1, 64))
		case pt.chance(0.2):
			d["amount"] = strconv.FormatFloat(a, 'f', -1, 64)
		}
		if pt.chance(0.3) {
			d["currency"] = "$"
		}
	})
	list("quotes", func(d Doc) {
		w := strings.Fields(pyStr(d["text"]))
		if pt.chance(0.3) && len(w) > 3 {
			d["text"] = strings.Join(w[:len(w)*2/3], " ")
		}
		sp := pyStr(d["speaker"])
		switch {
		case pt.chance(0.2):
			f := strings.Fields(sp)
			if len(f) > 0 {
				d["speaker"] = f[len(f)-1] + "'s"
			}
		case pt.chance(0.2):
			d["speaker"] = "he"
		case pt.chance(0.1):
			d["speaker"] = nil
		case pt.chance(0.1):
			d["speaker"] = "a spokesperson for the company"
		}
	})
	list("venues", func(d Doc) {
		switch {
		case pt.chance(0.3):
			d["text"] = "the " + pyStr(d["text"]) + " stadium"
		case pt.chance(0.2):
			d["text"] = "Springfield"
		}
	})
	var ents []any
	if m, ok := g["entities"].(map[string]any); ok {
		for _, lab := range []string{"PERSON", "ORG", "GPE", "LOC"} {
			for _, n := range asList(m[lab]) {
				name, label := pyStr(n), lab
				switch {
				case pt.chance(0.2):
					continue
				case lab == "PERSON" && pt.chance(0.4):
					f := strings.Fields(name)
					name = f[len(f)-1]
				case pt.chance(0.1):
					label = "PERSON"
				case lab == "GPE" && pt.chance(0.3):
					label = "LOCATION"
				case pt.chance(0.1):
					name = "The " + name + "'s"
				}
				ents = append(ents, Doc{"text": name, "label": label})
			}
		}
	}
	ents = append(ents, Doc{"text": "Nowhere Corp", "label": "ORGANIZATION"}, Doc{"text": "Monday", "label": "DATE"})
	p["entities"] = ents
	return p
}

// augment adds optional and alternative annotations to a gold article.
func (pt perturber) augment(g Doc) Doc {
	g = copyDoc(g)
	if pt.chance(0.4) {
		g["published_alt"] = []any{"2019-01-01"}
	}
	if pt.chance(0.3) {
		g["title_alt"] = []any{"Another title", strings.ToUpper(pyStr(g["title"]))}
	}
	for _, d := range dicts(g["dates"]) {
		if pt.chance(0.3) {
			d["value_alt"] = []any{"2019-11-18", "XXXX"}
		}
		if pt.chance(0.1) {
			d["optional"] = true
		}
	}
	for _, field := range []string{"money", "venues"} {
		for _, d := range dicts(g[field]) {
			if pt.chance(0.15) {
				d["optional"] = true
			}
		}
	}
	for _, q := range dicts(g["quotes"]) {
		switch {
		case pt.chance(0.2):
			q["speaker_aliases"] = []any{"the spokesperson", "He"}
		case pt.chance(0.15):
			q["speaker_kind"] = "description"
		case pt.chance(0.1):
			q["speaker_kind"] = "name"
		case pt.chance(0.1):
			q["optional"] = true
		}
	}
	aliases := Doc{}
	if m, ok := g["entities"].(map[string]any); ok {
		for _, n := range asList(m["PERSON"]) {
			if f := strings.Fields(pyStr(n)); len(f) > 1 && pt.chance(0.3) {
				aliases["Mr. "+f[len(f)-1]] = n
			}
		}
		for _, n := range asList(m["ORG"]) {
			if pt.chance(0.2) {
				aliases[strings.ToUpper(pyStr(n))] = n
			}
		}
	}
	g["entity_aliases"] = aliases
	g["entities_optional"] = Doc{"ORG": []any{"Nowhere Corp"}, "GPE": []any{"Springfield"}}
	return g
}

func TestE2EAgreesWithPython(t *testing.T) {
	needPython(t, "tools/score_e2e.py", "corpora/e2e-dev/gold.jsonl")
	orig := readGold(t, "corpora/e2e-dev/gold.jsonl")
	for seed := range uint64(6) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			pt := perturber{rand.New(rand.NewPCG(seed, 9))}
			var pred []Doc
			for i, g := range orig {
				if seed > 0 && i%7 == int(seed) {
					continue // a gold article without prediction
				}
				pred = append(pred, pt.e2e(g))
			}
			path := writeJSONL(t, pred)
			// From seed 2 on, the gold uses the annotation features the
			// e2e-dev file itself does not: optional items, value_alt,
			// published_alt, title_alt, speaker_aliases, speaker_kind,
			// entity_aliases and entities_optional.
			goldPath := filepath.Join(shared, "corpora/e2e-dev/gold.jsonl")
			gold := orig
			if seed >= 2 {
				gold = nil
				for _, g := range orig {
					gold = append(gold, pt.augment(g))
				}
				goldPath = writeJSONL(t, gold)
				gold = roundTrip(t, goldPath)
			}
			out := python(t, filepath.Join(shared, "tools/score_e2e.py"), goldPath, path, "--json")
			var py map[string]any
			for _, line := range strings.Split(out, "\n") {
				if strings.HasPrefix(line, "{") {
					if err := json.Unmarshal([]byte(line), &py); err != nil {
						t.Fatal(err)
					}
				}
			}
			if len(py) < 10 {
				t.Fatalf("no JSON result from score_e2e.py:\n%s", out)
			}
			rep, err := E2E(gold, roundTrip(t, path), Options{Errors: true})
			if err != nil {
				t.Fatal(err)
			}
			for name, v := range py {
				switch v := v.(type) {
				case map[string]any:
					checkRow(t, rep, name, int(v["tp"].(float64)), int(v["fp"].(float64)), int(v["fn"].(float64)),
						v["p"].(float64), v["r"].(float64), v["f1"].(float64))
				case float64:
					want := map[string]string{"macroF1": "macro", "title_accuracy": "title", "published_accuracy": "published"}[name]
					if got, ok := rep.Value(want); !ok || !near(got, v) {
						t.Errorf("%s: Go %v (%v), Python %v", name, got, ok, v)
					}
				}
			}
			t.Logf("macroF1 %.4f", rep.Headline.Value)
		})
	}
}

func TestTimexAgreesWithPython(t *testing.T) {
	needPython(t, "tools/score_timex.py", "corpora/timex/dev.jsonl")
	gold := readGold(t, "corpora/timex/dev.jsonl")
	pt := perturber{rand.New(rand.NewPCG(1, 2))}
	var pred []Doc
	for i, g := range gold {
		if i%9 == 4 {
			continue
		}
		var ts []any
		for _, x := range dicts(g["timexes"]) {
			if pt.chance(0.2) {
				continue
			}
			y := copyDoc(x)
			s, _ := pyInt(y["start"])
			e, _ := pyInt(y["end"])
			switch {
			case pt.chance(0.2):
				y["start"] = s + 1
			case pt.chance(0.2):
				y["end"] = e + 3
			case pt.chance(0.1):
				y["end"] = s // empty: ignored
			}
			if pt.chance(0.2) {
				y["value"] = "PRESENT_REF"
			}
			if pt.chance(0.1) {
				y["type"] = "duration"
			}
			ts = append(ts, y)
		}
		if pt.chance(0.3) {
			ts = append(ts, Doc{"start": 0, "end": 5, "type": "DATE", "value": "2007"})
		}
		pred = append(pred, Doc{"id": g["id"], "timexes": ts})
	}
	path := writeJSONL(t, pred)
	out := python(t, filepath.Join(shared, "tools/score_timex.py"), filepath.Join(shared, "corpora/timex/dev.jsonl"), path)
	rep, err := Timex(gold, roundTrip(t, path), Options{Errors: true})
	if err != nil {
		t.Fatal(err)
	}
	rows := regexp.MustCompile(`(?m)^(strict|relaxed) +P ([0-9.]+) +R ([0-9.]+) +F1 ([0-9.]+)`).FindAllStringSubmatch(out, -1)
	if len(rows) != 2 {
		t.Fatalf("cannot read score_timex.py output:\n%s", out)
	}
	for _, m := range rows {
		for _, row := range rep.Rows {
			if row.Name == m[1] && (fmt.Sprintf("%.3f %.3f %.3f", row.P, row.R, row.F1) != m[2]+" "+m[3]+" "+m[4]) {
				t.Errorf("%s: Go P %.3f R %.3f F1 %.3f, Python %s %s %s", m[1], row.P, row.R, row.F1, m[2], m[3], m[4])
			}
		}
	}
	for _, m := range regexp.MustCompile(`(?m)^(typeF1|valueF1) ([0-9.]+)|typeF1 ([0-9.]+)`).FindAllStringSubmatch(out, -1) {
		name, v := m[1], m[2]
		if name == "" {
			name, v = "typeF1", m[3]
		}
		got, _ := rep.Value(name)
		if fmt.Sprintf("%.3f", got) != v {
			t.Errorf("%s: Go %.3f, Python %s", name, got, v)
		}
	}
	t.Logf("valueF1 %.4f\n%s", rep.Headline.Value, out)
}

func TestNERAgreesWithPython(t *testing.T) {
	needPython(t, "tools/score_ner.py", "corpora/ner/dev.jsonl")
	gold := readGold(t, "corpora/ner/dev.jsonl")
	pt := perturber{rand.New(rand.NewPCG(3, 4))}
	var pred []Doc
	for _, g := range gold {
		var es []any
		for _, x := range dicts(g["entities"]) {
			if pt.chance(0.2) {
				continue
			}
			y := Doc{"start": x["start"], "end": x["end"], "label": x["label"]}
			switch {
			case pt.chance(0.15):
				s, _ := pyInt(x["start"])
				y["start"] = s + 1
			case pt.chance(0.15):
				y["label"] = map[any]string{"GPE": "LOCATION", "LOC": "GPE", "ORG": "ORGANIZATION", "PERSON": "ORG"}[x["label"]]
			}
			es = append(es, y)
		}
		es = append(es, Doc{"start": 0, "end": 3, "label": "DATE"}, Doc{"start": 1, "end": 4, "label": "FACILITY"})
		pred = append(pred, Doc{"id": g["id"], "entities": es})
	}
	path := writeJSONL(t, pred)
	for _, m := range []string{"", "prose"} {
		jsonOut := filepath.Join(t.TempDir(), "ner.json")
		args := []string{filepath.Join(shared, "tools/score_ner.py"), filepath.Join(shared, "corpora/ner/dev.jsonl"), path, "--json", jsonOut}
		var opt Options
		if m != "" {
			args = append(args, "--map", m)
			opt.NERMap, _ = ParseNERMap(m)
		}
		python(t, args...)
		b, err := os.ReadFile(jsonOut)
		if err != nil {
			t.Fatal(err)
		}
		var py struct {
			PerLabel map[string]struct {
				Gold, Pred, TP int
				P, R, F1       float64
			} `json:"per_label"`
			Overall struct {
				Gold, Pred, TP int
				P, R, F1       float64
			}
		}
		if err := json.Unmarshal(b, &py); err != nil {
			t.Fatal(err)
		}
		rep, err := NER(gold, roundTrip(t, path), opt)
		if err != nil {
			t.Fatal(err)
		}
		for lab, v := range py.PerLabel {
			checkRow(t, rep, lab, v.TP, v.Pred-v.TP, v.Gold-v.TP, v.P, v.R, v.F1)
		}
		o := py.Overall
		checkRow(t, rep, "ALL", o.TP, o.Pred-o.TP, o.Gold-o.TP, o.P, o.R, o.F1)
	}
}

func TestQuotesAgreesWithPython(t *testing.T) {
	needPython(t, "tools/score_quotes.py", "corpora/quotes/synthetic_patterns.jsonl")
	gold := readGold(t, "corpora/quotes/synthetic_patterns.jsonl")
	pt := perturber{rand.New(rand.NewPCG(5, 6))}
	var pred []Doc
	for i, g := range gold {
		if i == 3 {
			continue
		}
		var qs []any
		for _, x := range dicts(g["quotes"]) {
			if pt.chance(0.15) {
				continue
			}
			y := Doc{"start": x["start"], "end": x["end"], "speaker": x["speaker"]}
			s, _ := pyInt(x["start"])
			switch {
			case pt.chance(0.2):
				y["start"] = s - 1
			case pt.chance(0.2):
				y["start"] = s + 4
			}
			switch {
			case pt.chance(0.2):
				y["speaker"] = "he"
			case pt.chance(0.2):
				f := strings.Fields(pyStr(x["speaker"]))
				y["speaker"] = "Mr. " + f[len(f)-1]
			case pt.chance(0.1):
				y["speaker"] = nil
			}
			qs = append(qs, y)
		}
		if pt.chance(0.3) {
			qs = append(qs, Doc{"start": 0, "end": 10, "speaker": "Nobody"}, Doc{"start": "x", "end": 3})
		}
		pred = append(pred, Doc{"id": g["id"], "quotes": qs})
	}
	path := writeJSONL(t, pred)
	for _, direct := range []bool{false, true} {
		args := []string{filepath.Join(shared, "tools/score_quotes.py"), filepath.Join(shared, "corpora/quotes/synthetic_patterns.jsonl"), path, "--json"}
		if direct {
			args = append(args, "--direct-only")
		}
		out := python(t, args...)
		var py map[string]map[string]float64
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, "{") {
				var raw map[string]any
				json.Unmarshal([]byte(line), &raw)
				py = map[string]map[string]float64{}
				for k, v := range raw {
					if m, ok := v.(map[string]any); ok && k != "counts" {
						py[k] = map[string]float64{}
						for kk, vv := range m {
							py[k][kk], _ = vv.(float64)
						}
					}
				}
			}
		}
		if len(py) != 3 {
			t.Fatalf("cannot read score_quotes.py --json output:\n%s", out)
		}
		rep, err := Quotes(gold, roundTrip(t, path), Options{DirectOnly: direct, Errors: true})
		if err != nil {
			t.Fatal(err)
		}
		for name, v := range py {
			for _, row := range rep.Rows {
				if row.Name == name && (!near(row.P, v["p"]) || !near(row.R, v["r"]) || !near(row.F1, v["f1"])) {
					t.Errorf("direct-only %v %s: Go P %.4f R %.4f F1 %.4f, Python %v", direct, name, row.P, row.R, row.F1, v)
				}
			}
		}
		if acc, _ := rep.Value("attribution accuracy"); !near(acc, py["attribution"]["accuracy"]) {
			t.Errorf("attribution accuracy: Go %.4f, Python %.4f", acc, py["attribution"]["accuracy"])
		}
	}
}
