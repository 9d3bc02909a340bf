package pipeline

import (
	"bytes"
	"context"
	"os"
	"sync"
	"testing"
	"time"
)

// TestProcessConcurrent runs one Pipeline from many goroutines over the
// seed (text and HTML) and checks every result is byte-identical to a
// sequential run. Run it with -race: go test -race ./pipeline -run Concurrent
func TestProcessConcurrent(t *testing.T) {
	p := testPipeline(t)
	var inputs []Input
	for _, path := range []string{"../testdata/presstv-us-russia-talks.txt", "../testdata/presstv-us-russia-talks.html"} {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, Input{Source: path, Data: b, Published: time.Date(2021, 12, 28, 0, 0, 0, 0, time.UTC)})
	}
	inputs = append(inputs, Input{Source: "odd.txt", Data: []byte("“Yes,” said Ann Lee in Rome on 3 May 2020, paying €5m.\n\nShe added that talks would go on.")})
	want := make([][]byte, len(inputs))
	for i, in := range inputs {
		res, err := p.Process(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		if want[i], err = Marshal(res, ""); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 3; k++ {
				i := (g + k) % len(inputs)
				res, err := p.Process(context.Background(), inputs[i])
				if err != nil {
					errs <- err.Error()
					return
				}
				if got, _ := Marshal(res, ""); !bytes.Equal(got, want[i]) {
					errs <- inputs[i].Source + ": concurrent result differs from the sequential one"
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
