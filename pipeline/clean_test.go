package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCleanText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "verbatim prose is kept",
			in:   "First paragraph.\n\nSecond paragraph, with a quote: \"Yes.\"\n",
			want: "First paragraph.\n\nSecond paragraph, with a quote: \"Yes.\"\n",
		},
		{
			name: "trailing chrome and the short lines after it",
			in:   "The talks start on Monday.\n\n\nThe site can also be accessed at the following alternate addresses:\n\nwww.example.co.uk\n\nSHARE THIS ARTICLE\nExample News Roku",
			want: "The talks start on Monday.",
		},
		{
			name: "chrome lines inside the text",
			in:   "Officials met in Geneva.\n\nADVERTISEMENT\n\nThey will meet again.\nRead more: Talks end without a deal\n\nFollow us on Twitter\n",
			want: "Officials met in Geneva.\n\nThey will meet again.\n",
		},
		{
			name: "a short last line of prose stays",
			in:   "The vote was close.\n\nIt passed.\n",
			want: "The vote was close.\n\nIt passed.\n",
		},
		{
			name: "copyright line",
			in:   "Markets fell.\n\n© 2021 Example Media. All rights reserved.\n",
			want: "Markets fell.\n",
		},
		{
			name: "share in prose is not chrome",
			in:   "Shareholders will share the profits this year.\n",
			want: "Shareholders will share the profits this year.\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, cleanText(tt.in)); diff != "" {
				t.Errorf("cleanText (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCleanSeed checks --clean on the seed article: the chrome at its end
// goes, its last sentence stays.
func TestCleanSeed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "presstv-us-russia-talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got := cleanText(string(b))
	for _, absent := range []string{"SHARE THIS ARTICLE", "alternate addresses", "www.presstv.co.uk", "Roku"} {
		if strings.Contains(got, absent) {
			t.Errorf("cleaned seed still contains %q", absent)
		}
	}
	if want := "without Ukraine being involved."; !strings.HasSuffix(got, want) {
		t.Errorf("cleaned seed ends %q, want suffix %q", got[max(0, len(got)-60):], want)
	}
	if !strings.HasPrefix(got, string(b[:200])) {
		t.Error("cleaning changed the start of the seed")
	}
}
