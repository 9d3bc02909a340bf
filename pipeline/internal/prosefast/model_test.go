package prosefast

import (
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"github.com/jdkato/prose/v2"
)

// TestModelFileIsGenerated checks that the embedded model.bin is exactly
// what gen makes from prose's assets (run go generate when it fails).
func TestModelFileIsGenerated(t *testing.T) {
	m, err := FromProseAssets(prose.Asset)
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != modelBin {
		t.Fatalf("model.bin is stale (%d bytes, gen makes %d): run go generate ./pipeline/internal/prosefast", len(modelBin), len(b))
	}
}

// TestUnmarshalDamaged checks that a truncated or altered model gives an
// error, never a panic.
func TestUnmarshalDamaged(t *testing.T) {
	for _, n := range []int{0, 5, len(magic), len(magic) + 3, 1000, len(modelBin) / 2, len(modelBin) - 1} {
		if _, err := Unmarshal(modelBin[:n]); err == nil {
			t.Errorf("truncated to %d bytes: no error", n)
		}
	}
	if _, err := Unmarshal(modelBin + "x"); err == nil {
		t.Error("trailing byte: no error")
	}
	// Flip bytes across the file; each result must load cleanly or fail
	// with an error.
	b := []byte(modelBin)
	for i := len(magic); i < len(b); i += len(b) / 97 {
		c := append([]byte(nil), b...)
		c[i] ^= 0xFF
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("byte %d flipped: panic %v", i, r)
				}
			}()
			if m, err := Unmarshal(string(c)); err == nil {
				m.Analyse("Sergei Ryabkov met officials in Geneva on Monday.", nil)
			}
		}()
	}
}

// TestUnmarshalUnaligned checks the copying path of view: a model whose
// data does not start at an aligned address is decoded into copies and
// analyses exactly as the embedded one, which is used in place.
func TestUnmarshalUnaligned(t *testing.T) {
	shifted := (" " + modelBin)[1:]
	if uintptr(unsafe.Pointer(unsafe.StringData(shifted)))%8 == 0 {
		t.Skip("the shifted copy happens to be aligned")
	}
	copied, err := Unmarshal(shifted)
	if err != nil {
		t.Fatal(err)
	}
	inPlace, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if &copied.feats.slots[0] == &inPlace.feats.slots[0] {
		t.Fatal("the shifted model shares the embedded one's slots")
	}
	for _, s := range cornerCases {
		if got, want := copied.Analyse(s, nil), inPlace.Analyse(s, nil); !cmp.Equal(got, want) {
			t.Errorf("%q: copied model gives %v, in-place model %v", s, got, want)
		}
	}
}
