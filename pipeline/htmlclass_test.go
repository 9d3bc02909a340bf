package pipeline

import "testing"

func TestClassKinds(t *testing.T) {
	tests := []struct {
		ci   string
		want uint8
	}{
		{"share-bar", kindJunk},
		{"sharebar", kindJunk},
		{"related-stories", kindJunk},
		{"read-more", kindJunk},
		{"c-readmore", kindJunk},
		{"most_popular", kindJunk},
		{"comments", kindJunk | kindWeak},
		{"commentary", kindWeak},
		{"ad-slot", kindJunk | kindWeak},
		{"ad", kindWeak},
		{"head", 0},
		{"shadow", 0},
		{"article-body", kindContent},
		{"articlebody", kindContent},
		{"story-date", kindWeak | kindContent},
		{"content-with-sidebar-wrp", kindJunk | kindContent},
		{"oddrow player-row", 0},
		{"rollover-people-block", kindHover},
		{"title", kindWeak},
		{"subtitle", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := classKinds(tt.ci); got != tt.want {
			t.Errorf("classKinds(%q) = %04b, want %04b", tt.ci, got, tt.want)
		}
	}
}

func BenchmarkClassKinds(b *testing.B) {
	names := []string{"article-body entry-content", "share-bar social", "col-sm-24 col-md-17 leftcolumn", "oddrow player-2020-580"}
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range names {
			classKinds(n)
		}
	}
}

func TestCollapseSpace(t *testing.T) {
	for in, want := range map[string]string{
		"":                       "",
		" ":                      "",
		"a":                      "a",
		"a b":                    "a b",
		" a  b ":                 "a b",
		"a\nb\tc":                "a b c",
		"caf\u00e9 au\u00a0lait": "caf\u00e9 au lait",
		"a\u2003b":               "a b",
	} {
		if got := collapseSpace(in); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", in, got, want)
		}
	}
}
