package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestOutputNames(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{relName("archive", filepath.Join("archive", "2021", "a.html")), "2021/a.html"},
		{relName("archive", "other/a.html"), "a.html"},
		{relName("archive", "archive"), "archive"},
		{globRoot(filepath.Join("archive", "20*", "*.html")), "archive"},
		{globRoot("*.html"), "."},
		{safeName("2021/04/story?id=7"), "2021_04_story_id_7"},
		{safeName("../../etc/passwd"), ".._.._etc_passwd"},
		{safeName(".."), ""},
		{safeName(""), ""},
		{urlName("https://example.com/news/a-b.html?x=1"), "example.com_news_a-b.html_x_1"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}

// FuzzSafeName checks that a record id never names a path outside --out.
//
//	go test ./cmd/lede -run '^$' -fuzz FuzzSafeName -fuzztime 30s
func FuzzSafeName(f *testing.F) {
	f.Add("a/b")
	f.Add("..")
	f.Add("\x00é/..\\")
	f.Fuzz(func(t *testing.T, id string) {
		n := safeName(id)
		if n == "" {
			return
		}
		if strings.ContainsAny(n, `/\`) || strings.Trim(n, ".") == "" || len(n) > 203 {
			t.Fatalf("safeName(%q) = %q: not one safe file name", id, n)
		}
		root := filepath.Join("out", "x")
		if p := filepath.Join(root, n+".json"); filepath.Dir(p) != root {
			t.Fatalf("safeName(%q) = %q escapes %s", id, n, root)
		}
	})
}
