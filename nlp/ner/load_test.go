package ner

import (
	"testing"
	"time"
)

// TestLoadTime reports how long decoding the embedded model takes, wall
// and (for the first call) as a budget check with generous slack for busy
// machines: Load must stay well under a second.
func TestLoadTime(t *testing.T) {
	start := time.Now()
	if _, err := Decode(embedded); err != nil {
		t.Fatal(err)
	}
	d := time.Since(start)
	t.Logf("decoded %d bytes in %v", len(embedded), d)
	if d > time.Second {
		t.Errorf("decoding took %v", d)
	}
}
