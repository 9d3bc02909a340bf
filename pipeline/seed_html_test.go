package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSeedHTML checks that the HTML rendering of the seed article gives the
// same paragraphs as the plain-text seed cleaned of its site chrome, and
// the page's metadata.
func TestSeedHTML(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "testdata", "presstv-us-russia-talks.html"))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := os.ReadFile(filepath.Join("..", "testdata", "presstv-us-russia-talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := parseHTML(page, "")
	if err != nil {
		t.Fatal(err)
	}
	paras := func(s string) []string {
		var out []string
		for _, p := range strings.Split(s, "\n") {
			if p = collapseSpace(p); p != "" {
				out = append(out, p)
			}
		}
		return out
	}
	// The plain seed opens with the page's breadcrumb, headline and photo
	// caption; the HTML stage drops those, and cleaning plain text keeps
	// them (it only drops chrome lines it can tell by their words).
	want := paras(cleanText(string(plain)))
	if len(want) < 4 || !strings.HasPrefix(want[3], "American and Russian officials") {
		t.Fatalf("plain seed does not start as expected: %q", want[:min(4, len(want))])
	}
	want = want[3:]
	if diff := cmp.Diff(want, paras(d.Text)); diff != "" {
		t.Errorf("HTML seed text differs from the cleaned plain seed (-want +got):\n%s", diff)
	}
	got := []string{d.Title, formatPublished(d.Published, d.HasTime), d.Site, d.Canonical, strings.Join(d.Authors, ";")}
	wantMeta := []string{"US, Russia expected to hold talks on Jan 10 over Ukraine", "2021-12-28T06:12:00+03:30", "Press TV", "https://www.presstv.ir/Detail/2021/12/28/673522/US-Russia-talks-Jan-10", ""}
	if diff := cmp.Diff(wantMeta, got); diff != "" {
		t.Errorf("metadata (-want +got):\n%s", diff)
	}
}
