package pipeline

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

// FuzzProcess feeds arbitrary bytes, as HTML and as plain text, through the
// whole pipeline and checks the output contract: no panic (a recovered
// panic, an "internal error", fails), valid spans, sorted lists, valid JSON,
// byte-identical output for the same input twice, and never an empty
// success.
//
//	go test ./pipeline -run '^$' -fuzz FuzzProcess -fuzztime 10m
func FuzzProcess(f *testing.F) {
	for _, path := range []string{"../testdata/presstv-us-russia-talks.txt", "../testdata/presstv-us-russia-talks.html"} {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		// Small seeds (256 bytes): the fuzzer minimises each new input it
		// finds, one execution per byte it tries to drop, up to a minute.
		f.Add(b[:min(len(b), 256)], path[strings.LastIndexByte(path, '.')+1:] == "html")
	}
	f.Add([]byte(`He said "it's over" on Monday, paying $5 million in Paris.`), false)
	f.Add([]byte("<html><body><p>“Yes,” said Ann Lee in Rome on 3 May 2020.</p></body></html>"), true)
	f.Add([]byte("\ufeffÉlan 😀 $\u00a0 “ ” ‘ — 1,000,000 € \r\n\r\n x"), false)
	f.Add([]byte("<p>A<p>B<div><script>x</script>"), true)
	p := testPipeline(f)
	f.Fuzz(func(t *testing.T, data []byte, html bool) {
		format := "text"
		if html {
			format = "html"
		}
		in := Input{Source: "fuzz", Format: format, Data: data}
		res, err := p.Process(context.Background(), in)
		if isInternal(err) {
			t.Fatalf("%s input %q: %v", format, data, err)
		}
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz: ") {
				t.Errorf("error does not name the input: %v", err)
			}
			return
		}
		if strings.TrimSpace(res.Text) == "" {
			t.Errorf("%s input %q: success with empty text", format, data)
		}
		for _, b := range checkResult(res) {
			t.Errorf("%s input %q: %s", format, data, b)
		}
		again, err := p.Process(context.Background(), in)
		if err != nil {
			t.Fatalf("second run failed: %v", err)
		}
		j1, _ := Marshal(res, "")
		j2, _ := Marshal(again, "")
		if !bytes.Equal(j1, j2) {
			t.Errorf("%s input %q: two runs differ:\n%s\n%s", format, data, j1, j2)
		}
	})
}
