package depparse

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func readTiny(t testing.TB) []Sentence {
	t.Helper()
	data, err := os.ReadFile("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	sents, err := ReadCoNLLU(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func TestReadCoNLLU(t *testing.T) {
	sents := readTiny(t)
	if len(sents) != 5 {
		t.Fatalf("got %d sentences, want 5", len(sents))
	}
	s := sents[3]
	if got := s.Comment("text"); got != "Smith's team won it." {
		t.Errorf("text comment = %q", got)
	}
	var forms []string
	for _, w := range s.Words {
		forms = append(forms, w.Form)
	}
	// The range 1-2 and the empty node 5.1 are dropped.
	if diff := cmp.Diff([]string{"Smith", "'s", "team", "won", "it", "."}, forms); diff != "" {
		t.Errorf("forms (-want +got):\n%s", diff)
	}
	if w := s.Words[0]; w.Head != 3 || w.Deprel != "nmod:poss" || w.XPOS != "NNP" {
		t.Errorf("first word = %+v", w)
	}
}

func TestWriteCoNLLURoundTrip(t *testing.T) {
	sents := readTiny(t)
	var buf bytes.Buffer
	if err := WriteCoNLLU(&buf, sents); err != nil {
		t.Fatal(err)
	}
	again, err := ReadCoNLLU(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sents, again); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	for _, in := range []string{
		"1\tA\ta\tDET\tDT\t_\t0\troot\t_\n",     // nine columns
		"x\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n",  // bad id
		"2\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n",  // out of sequence
		"1\tA\ta\tDET\tDT\t_\t-3\troot\t_\t_\n", // negative head
	} {
		if _, err := ReadCoNLLU(strings.NewReader(in)); err == nil {
			t.Errorf("ReadCoNLLU(%q): no error", in)
		}
	}
}

// Run with: go test ./nlp/depparse -run '^$' -fuzz FuzzReadCoNLLU
func FuzzReadCoNLLU(f *testing.F) {
	data, _ := os.ReadFile("testdata/tiny.conllu")
	f.Add(string(data))
	f.Add("1-2\tx\n1.1\t\t\t\t\t\t\t\t\t\n\n#\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLLU(strings.NewReader(in))
		for _, s := range sents {
			for i, w := range s.Words {
				if w.ID != i+1 {
					t.Fatalf("word %d has id %d", i, w.ID)
				}
			}
		}
		if err == nil {
			var buf bytes.Buffer
			if err := WriteCoNLLU(&buf, sents); err != nil {
				t.Fatal(err)
			}
		}
	})
}
