package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// compileSchema compiles SchemaJSON.
func compileSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(SchemaJSON))
	if err != nil {
		t.Fatalf("schema.json: %v", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("lede-v1.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("lede-v1.json")
	if err != nil {
		t.Fatalf("schema.json: %v", err)
	}
	return s
}

// validate checks one JSON document against the schema.
func validate(t *testing.T, s *jsonschema.Schema, name string, b []byte) {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if err := s.Validate(v); err != nil {
		t.Errorf("%s does not follow lede/v1: %v", name, err)
	}
}

// TestSchemaValidatesOutput validates every golden of the repository, a
// fresh result with --explain-style evidence and JSONL meta, and the error
// records of bad inputs against the lede/v1 schema; and checks that the
// schema rejects what lede never writes.
func TestSchemaValidatesOutput(t *testing.T) {
	s := compileSchema(t)
	var goldens []string
	for _, pat := range []string{"../testdata/*.golden.json", "../testdata/*/*.golden.json", "testdata/*/*.golden.json"} {
		m, _ := filepath.Glob(pat)
		goldens = append(goldens, m...)
	}
	if len(goldens) == 0 {
		t.Fatal("no goldens found")
	}
	for _, g := range goldens {
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		var v map[string]any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
		if _, ok := v["schema"]; !ok {
			continue // a golden pinning only some fields (lede check --fields)
		}
		validate(t, s, g, b)
	}

	p, err := New(Config{Explain: true, Syntax: true})
	if err != nil {
		t.Fatal(err)
	}
	in, err := ParseRecord([]byte(`{"id":"r1","text":"The mayor, Jane Roe, said on Monday: \"We will spend $5 million in Springfield.\"","batch":7}`), "in.jsonl:1")
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Process(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Marshal(res, "")
	if len(res.Tokens) == 0 {
		t.Fatal("no tokens with Syntax")
	}
	validate(t, s, "a result with meta, evidence and tokens", b)

	for _, bad := range []Input{
		{Source: "missing.txt"},
		{Source: "empty.txt", Data: []byte{}},
		{Source: "bin.html", Data: []byte("PK\x03\x04\x00\x00")},
	} {
		_, err := p.Process(context.Background(), bad)
		if err == nil {
			t.Fatalf("%s: no error", bad.Source)
		}
		b, _ := Marshal(ErrorRecord{Source: bad.Source, Error: err.Error()}, "")
		validate(t, s, "the error record of "+bad.Source, b)
	}

	for name, doc := range map[string]string{
		"no schema":       `{"source":"a"}`,
		"unknown field":   `{"source":"a","error":"x","colour":"red"}`,
		"empty error":     `{"source":"a","error":""}`,
		"offset negative": `{"schema":"lede/v1","source":"a","title":"","authors":[],"published":"","site":"","language":"en","text":"","sentences":[{"start":-1,"end":0}],"entities":[],"dates":[],"money":[],"venues":[],"quotes":[],"reported":[],"people":[],"organizations":[],"places":[],"warnings":[]}`,
	} {
		v, _ := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(doc)))
		if s.Validate(v) == nil {
			t.Errorf("the schema accepts %s: %s", name, doc)
		}
	}
}
