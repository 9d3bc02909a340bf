package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// TestOnlySkipExplainFlags runs lede extract with --only, --skip and
// --explain on a short text, and an unknown extractor name as a usage error.
func TestOnlySkipExplainFlags(t *testing.T) {
	const text = "Jane Roe, the mayor of Springfield, said on Monday the city would spend $5 million on roads."
	type out struct {
		Entities []json.RawMessage `json:"entities"`
		Dates    []json.RawMessage `json:"dates"`
		Money    []struct {
			Evidence []string `json:"evidence"`
		} `json:"money"`
	}
	run := func(args ...string) (int, out, string) {
		t.Helper()
		args = append([]string{"extract", "--published", "2024-03-06"}, args...)
		code, stdout, stderr := runCLI(context.Background(), strings.NewReader(text), args...)
		var o out
		if code == 0 {
			if err := json.Unmarshal(stdout, &o); err != nil {
				t.Fatalf("%v: %v\n%s", args, err, stdout)
			}
		}
		return code, o, string(stderr)
	}
	if code, o, _ := run("--only", "money"); code != 0 || len(o.Money) != 1 || len(o.Entities)+len(o.Dates) != 0 {
		t.Errorf("--only money: exit %d, %d money, %d entities, %d dates", code, len(o.Money), len(o.Entities), len(o.Dates))
	}
	if code, o, _ := run("--skip", "entities,dates"); code != 0 || len(o.Money) != 1 || len(o.Entities)+len(o.Dates) != 0 {
		t.Errorf("--skip entities,dates: exit %d, %d money, %d entities, %d dates", code, len(o.Money), len(o.Entities), len(o.Dates))
	}
	if code, o, _ := run(); code != 0 || len(o.Entities) == 0 || len(o.Dates) == 0 || len(o.Money[0].Evidence) != 0 {
		t.Errorf("no flags: exit %d, %d entities, %d dates, money %+v", code, len(o.Entities), len(o.Dates), o.Money)
	}
	if code, o, _ := run("--explain", "--only", "money"); code != 0 || len(o.Money) != 1 || len(o.Money[0].Evidence) == 0 {
		t.Errorf("--explain: exit %d, money %+v, want evidence", code, o.Money)
	}
	if code, _, stderr := run("--only", "mony"); code != 2 || !strings.Contains(stderr, `"mony"`) {
		t.Errorf("--only mony: exit %d, stderr %q; want 2 naming the extractor", code, stderr)
	}
}
