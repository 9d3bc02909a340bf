package pipeline

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func TestDecodeHTML(t *testing.T) {
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(`<p>Grüße aus Köln</p>`)
	latin1, _ := charmap.ISO8859_1.NewEncoder().String(`<meta charset="iso-8859-1"><p>Grüße aus Köln</p>`)
	cp1252, _ := charmap.Windows1252.NewEncoder().String(`<p>“Grüße” aus Köln</p>`)
	tests := []struct {
		name, in, ct, want string
	}{
		{"utf-8 page declaring latin-1 stays utf-8", `<meta charset="iso-8859-1"><p>Grüße aus Köln</p>`, "", "Grüße aus Köln"},
		{"utf-8 BOM", "\ufeff<p>Grüße aus Köln</p>", "", "Grüße aus Köln"},
		{"utf-16 BOM", utf16, "", "Grüße aus Köln"},
		{"latin-1 from meta", latin1, "", "Grüße aus Köln"},
		{"latin-1 from header", latin1, "text/html; charset=ISO-8859-1", "Grüße aus Köln"},
		{"undeclared legacy bytes are windows-1252", cp1252, "", "“Grüße” aus Köln"},
		{"header says utf-8, bytes are not", cp1252, "text/html; charset=utf-8", "“Grüße” aus Köln"},
		{"a few broken bytes in utf-8", "<p>Grüße aus Köln " + strings.Repeat("und so weiter ", 20) + "\xff</p>", "", "Grüße aus Köln"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := decodeHTML([]byte(tt.in), tt.ct)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(got), tt.want) {
				t.Errorf("decodeHTML = %q, want it to contain %q", got, tt.want)
			}
		})
	}
}

func TestCheckBinaryUTF16(t *testing.T) {
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(`<p>text</p>`)
	if err := checkBinary([]byte(utf16)); err != nil {
		t.Errorf("UTF-16 page rejected: %v", err)
	}
	if err := checkBinary([]byte("PK\x03\x04\x00\x00binary")); err == nil {
		t.Error("binary input accepted")
	}
}
