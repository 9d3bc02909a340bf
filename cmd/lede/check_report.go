package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/lede-project/lede/golden"
)

// report prints one article's outcome; a matching article prints nothing.
func report(w io.Writer, r checkResult) {
	g := filepath.Base(r.golden)
	switch {
	case r.err != nil:
		// pipeline errors name the input already
		fmt.Fprintf(w, "%s: error: %s\n", r.path, strings.TrimPrefix(r.err.Error(), r.path+": "))
		return
	case r.written && r.missing:
		fmt.Fprintf(w, "%s: created %s\n", r.path, g)
		return
	case r.missing:
		fmt.Fprintf(w, "%s: no golden %s (lede check --update creates it)\n", r.path, g)
		return
	case r.written && len(r.changes) == 0:
		fmt.Fprintf(w, "%s: rewrote %s in canonical form\n", r.path, g)
		return
	case len(r.changes) == 0:
		return
	case r.written:
		fmt.Fprintf(w, "%s: updated %s, accepting %s:\n", r.path, g, plural(len(r.changes), "change"))
	default:
		fmt.Fprintf(w, "%s: %s from %s:\n", r.path, plural(len(r.changes), "difference"), g)
	}
	for _, c := range r.changes {
		fmt.Fprintf(w, "  %s\n", c)
	}
}

// summarize prints the summary line and returns the error that sets the
// exit status.
func summarize(w io.Writer, results []checkResult, skipped int, update bool) error {
	var changed, missing, failed int
	var fields []string
	count := map[string]int{}
	for _, r := range results {
		switch {
		case r.err != nil:
			failed++
		case r.missing:
			missing++
		case len(r.changes) > 0:
			changed++
			seen := map[string]bool{}
			for _, c := range r.changes {
				if !seen[c.Field] {
					seen[c.Field] = true
					if count[c.Field] == 0 {
						fields = append(fields, c.Field)
					}
					count[c.Field]++
				}
			}
		}
	}
	golden.SortFields(fields)
	verb, without := "changed", fmt.Sprintf("%d without golden", missing)
	if update {
		verb, without = "updated", plural(missing, "golden")+" created"
	}
	line := fmt.Sprintf("check: %s, %d %s, %s, %d failed", plural(len(results), "article"), changed, verb, without, failed)
	if skipped > 0 {
		line += fmt.Sprintf(", %d skipped", skipped)
	}
	if len(fields) > 0 {
		var parts []string
		for _, f := range fields {
			parts = append(parts, fmt.Sprintf("%s (%d)", f, count[f]))
		}
		line += "; fields affected: " + strings.Join(parts, ", ")
	}
	fmt.Fprintln(w, line)
	if failed > 0 || (!update && changed+missing > 0) {
		return errCheckFailed
	}
	return nil
}

// errCheckFailed says that lede check found differences, missing goldens or
// failures; the details are already on stdout.
var errCheckFailed = errors.New("check failed: see the summary above")

func plural(n int, s string) string {
	if n == 1 {
		return "1 " + s
	}
	return fmt.Sprintf("%d %ss", n, s)
}
