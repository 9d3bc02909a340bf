package score

import (
	"math"
	"strings"
	"testing"
)

// FuzzScore feeds arbitrary gold and prediction lines to every scorer:
// none may panic, and every P, R and F1 must lie in [0, 1] with
// non-negative counts.
//
//	go test -fuzz=FuzzScore -fuzztime=30s ./score
func FuzzScore(f *testing.F) {
	f.Add(`{"id":"a","dates":[{"text":"Monday","value":"2021-01-04"}],"money":[{"text":"$5","amount":5,"currency":"USD"}],"entities":{"PERSON":["Ann Lee"]}}`,
		`{"id":"a","dates":[{"text":"monday","value":"2021-01-04"}],"money":[{"amount":"5.01","currency":"$"}],"entities":[{"text":"Lee","label":"PER"}]}`)
	f.Add(`{"id":"t","text":"On Monday.","timexes":[{"start":3,"end":9,"type":"DATE","value":"X"}]}`, `{"id":"t","dates":[{"start":0,"end":4}]}`)
	f.Add(`{"id":"n","text":"Ann Lee","entities":[{"start":0,"end":7,"label":"PERSON"}]}`, `{"id":"n","entities":[{"start":0,"end":7,"label":"PERSON"}]}`)
	f.Add(`{"id":"q","text":"\"Hi,\" he said.","quotes":[{"start":1,"end":4,"speaker":"Bo Li"}]}`, `{"id":"q","quotes":[{"start":0,"end":5,"speaker":"Li"}]}`)
	f.Add(`{"id":1,"quotes":[{"speaker":null,"text":null,"optional":true}],"venues":[1,"x"]}`, `{"source":"a/1.html","quotes":{"text":"x"},"authors":"Ann"}`)
	f.Fuzz(func(t *testing.T, goldLine, predLine string) {
		gold, err := ReadJSONL(strings.NewReader(goldLine), "gold")
		if err != nil {
			return
		}
		pred, err := ReadJSONL(strings.NewReader(predLine), "pred")
		if err != nil {
			return
		}
		for _, kind := range []string{"e2e", "timex", "ner", "quotes"} {
			rep, err := Score(kind, gold, pred, Options{Errors: true, NERMap: map[string]string{"PER": "PERSON"}})
			if err != nil {
				continue
			}
			for _, r := range rep.Rows {
				for _, v := range []float64{r.P, r.R, r.F1} {
					if v < 0 || v > 1 || math.IsNaN(v) {
						t.Fatalf("%s %s: P %v R %v F1 %v", kind, r.Name, r.P, r.R, r.F1)
					}
				}
				if r.TP < 0 || r.FN < 0 {
					t.Fatalf("%s %s: negative counts %+v", kind, r.Name, r)
				}
			}
			if h := rep.Headline.Value; h < 0 || h > 1 || math.IsNaN(h) {
				t.Fatalf("%s headline %v", kind, h)
			}
		}
	})
}
