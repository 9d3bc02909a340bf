package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/lede-project/lede/pipeline"
)

// articleOptions are per-article extraction options, read from a
// directory's lede.json and from an article's sidecar <name>.lede.json:
//
//	{"published": "2021-12-28", "input_format": "text", "clean": false, "skip": false}
//
// A nil field is unset and leaves the outer value alone.
type articleOptions struct {
	Published   *string `json:"published,omitempty"`    // reference date, YYYY-MM-DD or RFC 3339
	InputFormat *string `json:"input_format,omitempty"` // auto, html or text
	Clean       *bool   `json:"clean,omitempty"`        // drop site chrome lines from plain text
	Skip        *bool   `json:"skip,omitempty"`         // not an article to check (fixtures of bad input)
}

// merge overrides o's fields with the ones set in p.
func (o *articleOptions) merge(p articleOptions) {
	if p.Published != nil {
		o.Published = p.Published
	}
	if p.InputFormat != nil {
		o.InputFormat = p.InputFormat
	}
	if p.Clean != nil {
		o.Clean = p.Clean
	}
	if p.Skip != nil {
		o.Skip = p.Skip
	}
}

// readOptions reads one options file; a missing file is no options.
func readOptions(path string) (articleOptions, error) {
	var o articleOptions
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return o, nil
	}
	if err != nil {
		return o, fmt.Errorf("read options %s: %w", path, bareErr(err))
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&o); err != nil {
		return o, fmt.Errorf("options %s: %v (want {\"published\",\"input_format\",\"clean\",\"skip\"})", path, err)
	}
	if o.Published != nil {
		if _, err := pipeline.ParseDate(*o.Published); err != nil {
			return o, fmt.Errorf("options %s: published: %v", path, err)
		}
	}
	if o.InputFormat != nil {
		switch *o.InputFormat {
		case "auto", "html", "text":
		default:
			return o, fmt.Errorf("options %s: input_format %q: want auto, html or text", path, *o.InputFormat)
		}
	}
	return o, nil
}

// optionsResolver finds the options of each article: the command-line
// flags, overridden by every lede.json from the checked root down to the
// article's directory (nearer wins), overridden by the article's sidecar.
type optionsResolver struct {
	dirs map[string]articleOptions // cache of merged per-directory options
}

func newOptionsResolver() *optionsResolver {
	return &optionsResolver{dirs: map[string]articleOptions{}}
}

// dir returns the merged options of directory d below root.
func (r *optionsResolver) dir(root, d string) (articleOptions, error) {
	if o, ok := r.dirs[d]; ok {
		return o, nil
	}
	var o articleOptions
	if d != root {
		if parent := filepath.Dir(d); parent != d && strings.HasPrefix(d, root) {
			p, err := r.dir(root, parent)
			if err != nil {
				return o, err
			}
			o = p
		}
	}
	own, err := readOptions(filepath.Join(d, "lede.json"))
	if err != nil {
		return o, err
	}
	o.merge(own)
	r.dirs[d] = o
	return o, nil
}

// article returns the options of the article at path, found below root.
func (r *optionsResolver) article(root, path string) (articleOptions, error) {
	o, err := r.dir(root, filepath.Dir(path))
	if err != nil {
		return o, err
	}
	for _, side := range sidecars(path) {
		if _, err := os.Stat(side); err == nil {
			s, err := readOptions(side)
			if err != nil {
				return o, err
			}
			o.merge(s)
			break
		}
	}
	return o, nil
}

// sidecars lists the possible sidecar files of an article, most specific
// first: a.txt.lede.json, then a.lede.json.
func sidecars(path string) []string {
	return []string{path + ".lede.json", strings.TrimSuffix(path, filepath.Ext(path)) + ".lede.json"}
}

// input builds the pipeline Input of one article with its options.
func (o articleOptions) input(path string) (pipeline.Input, error) {
	in := pipeline.Input{Source: path}
	if o.Published != nil {
		t, err := pipeline.ParseDate(*o.Published)
		if err != nil {
			return in, err
		}
		in.Published = t
	}
	if o.InputFormat != nil && *o.InputFormat != "auto" {
		in.Format = *o.InputFormat
	}
	return in, nil
}
