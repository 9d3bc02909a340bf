package golden

import (
	"testing"
)

// FuzzDiff checks Diff's invariants on arbitrary JSON objects: no panic, a
// document has no differences from itself, Diff is empty exactly when the
// documents are equal, and a golden written by Update matches the output
// it was made from. Canonical must be idempotent.
//
//	go test -fuzz=FuzzDiff -fuzztime=30s ./golden
func FuzzDiff(f *testing.F) {
	f.Add([]byte(base), []byte(`{"title":"x","dates":[{"text":"Monday","start":1,"end":7}]}`))
	f.Add([]byte(`{"a":[1,2],"b":{"c":"d"}}`), []byte(`{"a":[2,1],"b":{"c":null}}`))
	f.Add([]byte(`{"s":[{"start":0,"end":3},{"start":4,"end":9}],"text":"abc defgh"}`), []byte(`{"s":[{"start":4,"end":9}],"text":"abc"}`))
	f.Add([]byte(`{"n":1.0}`), []byte(`{"n":1}`))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		da, errA := Decode(a)
		db, errB := Decode(b)
		if errA != nil || errB != nil {
			return
		}
		if d := Diff(da, da, Selector{}); len(d) != 0 {
			t.Fatalf("Diff(a, a) = %v", d)
		}
		d := Diff(da, db, Selector{})
		if (len(d) == 0) != equal(da, db) {
			t.Fatalf("Diff = %v but equal = %v", d, equal(da, db))
		}
		for _, c := range d {
			_ = c.String()
		}
		if d := Diff(Update(da, db, Selector{}), db, Selector{}); len(d) != 0 {
			t.Fatalf("after Update: %v", d)
		}
		c, err := Canonical(a)
		if err != nil {
			t.Fatal(err)
		}
		if c2, err := Canonical(c); err != nil || string(c2) != string(c) {
			t.Fatalf("Canonical not idempotent: %q -> %q (%v)", c, c2, err)
		}
	})
}
