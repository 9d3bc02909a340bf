package pipeline

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWindows analyses three copies of the seed article in windows of one
// copy each: every window's dates, money and quotes equal the single
// article's, shifted; offsets stay valid; the people summary adds up.
func TestWindows(t *testing.T) {
	b, err := os.ReadFile("../testdata/presstv-us-russia-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	one := strings.TrimSpace(string(b))
	three := one + "\n\n" + one + "\n\n" + one
	in := func(s string) Input {
		i := seedInput(t, "x.txt", true)
		i.Data, i.Format = []byte(s), "text"
		return i
	}
	p := testPipeline(t)
	single, err := p.Process(context.Background(), in(one))
	if err != nil {
		t.Fatal(err)
	}
	defer func(n int) { windowBytes = n }(windowBytes)
	windowBytes = len(one) + 1
	res, err := p.Process(context.Background(), in(three))
	if err != nil {
		t.Fatal(err)
	}
	checkOffsets(t, res)
	step := len([]rune(one)) + 2
	if len(res.Dates) != 3*len(single.Dates) || len(res.Money) != 3*len(single.Money) || len(res.Quotes) != 3*len(single.Quotes) {
		t.Fatalf("dates %d, money %d, quotes %d: want three times %d, %d, %d",
			len(res.Dates), len(res.Money), len(res.Quotes), len(single.Dates), len(single.Money), len(single.Quotes))
	}
	for k := range 3 {
		for i, d := range single.Dates {
			d.Start, d.End = d.Start+k*step, d.End+k*step
			if diff := cmp.Diff(d, res.Dates[k*len(single.Dates)+i]); diff != "" {
				t.Errorf("copy %d, date %d (-single +windowed):\n%s", k, i, diff)
			}
		}
	}
	if len(res.People) != len(single.People) || res.People[0].Mentions != 3*single.People[0].Mentions {
		t.Errorf("people %+v, want %+v with three times the mentions", res.People, single.People)
	}
}
