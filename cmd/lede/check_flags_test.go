package main

import (
	"flag"
	"io"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseInterspersed(t *testing.T) {
	tests := []struct {
		args   []string
		pos    []string
		update bool
		fields string
	}{
		{[]string{"a", "b"}, []string{"a", "b"}, false, ""},
		{[]string{"--update", "a"}, []string{"a"}, true, ""},
		{[]string{"a", "--update", "b", "--fields", "title"}, []string{"a", "b"}, true, "title"},
		{[]string{"a", "--", "--update"}, []string{"a", "--update"}, false, ""},
		{nil, nil, false, ""},
	}
	for _, tt := range tests {
		fs := flag.NewFlagSet("x", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		update := fs.Bool("update", false, "")
		fields := fs.String("fields", "", "")
		pos, err := parseInterspersed(fs, tt.args)
		if err != nil {
			t.Fatalf("%q: %v", tt.args, err)
		}
		if diff := cmp.Diff(tt.pos, pos); diff != "" || *update != tt.update || *fields != tt.fields {
			t.Errorf("%q: update %v fields %q, positional (-want +got):\n%s", tt.args, *update, *fields, diff)
		}
	}
}
