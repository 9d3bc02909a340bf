package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestExtractFormatHTML(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"extract", "--format", "html", "--published", "2021-12-28", "../../testdata/presstv-us-russia-talks.txt"}, nil, &out, &errb)
	page := out.String()
	if code != 0 || !strings.HasPrefix(page, "<!doctype html>") {
		t.Fatalf("exit %d, stderr %s, page %.200s", code, errb.String(), page)
	}
	for _, want := range []string{`data-entity="Sergei Ryabkov"`, `>$300 million</span>`, `class="by"`, `<ol class="timeline"`, "<style>", "<script>"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	for _, bad := range []string{"<form", `src="http`, `href="http`, "<link"} {
		if strings.Contains(page, bad) {
			t.Errorf("standalone page has %q (it must work offline, without a server)", bad)
		}
	}

	out.Reset()
	if code := run(context.Background(), []string{"extract", "--format", "html", "-"}, strings.NewReader("  \n"), &out, &errb); code != exitFailed || !strings.Contains(out.String(), `role="alert"`) {
		t.Errorf("empty input: exit %d, want %d and a page with the error", code, exitFailed)
	}
	for _, args := range [][]string{
		{"extract", "--format", "html", "a.txt", "b.txt"},
		{"extract", "--format", "html", "--out", t.TempDir(), "a.txt"},
		{"extract", "--format", "html", "../../testdata/check"},
		{"extract", "--format", "xml", "a.txt"},
	} {
		if code := run(context.Background(), args, nil, &out, &errb); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
	}
}
