package prosefast

import (
	"testing"

	"github.com/mingrammer/commonregex"
)

// TestCommonregexPatterns checks that the copied patterns are commonregex's
// (the module prose itself uses), so that isLinkOrEmail stays prose's test.
func TestCommonregexPatterns(t *testing.T) {
	if linkPattern != commonregex.LinkPattern {
		t.Errorf("linkPattern differs from commonregex.LinkPattern")
	}
	if emailPattern != commonregex.EmailPattern {
		t.Errorf("emailPattern differs from commonregex.EmailPattern")
	}
	for _, w := range []string{"example.com", "http://x.org/a(b)", "jane@example.org", "e.g.", "U.S.", "Jane"} {
		got := isLinkOrEmail(w)
		want := commonregex.LinkRegex.MatchString(w) || commonregex.EmailRegex.MatchString(w)
		if got != want {
			t.Errorf("isLinkOrEmail(%q) = %v, commonregex says %v", w, got, want)
		}
	}
}
