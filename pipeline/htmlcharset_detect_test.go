package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// TestCharsetDetection encodes the sample paragraphs of testdata/charset in
// the encodings their languages use, builds a page of each with no charset
// declaration, with the right <meta>, and with a wrong header (utf-8, or
// windows-1252), and checks that decodeHTML gives the text back. The
// table of results is logged (go test -run CharsetDetection -v).
func TestCharsetDetection(t *testing.T) {
	cases := []struct {
		lang, label string
		enc         encoding.Encoding
	}{
		{"en", "windows-1252", charmap.Windows1252},
		{"fr", "windows-1252", charmap.Windows1252},
		{"de", "windows-1252", charmap.Windows1252},
		{"fr", "iso-8859-1", charmap.ISO8859_1},
		{"ru", "windows-1251", charmap.Windows1251},
		{"ru", "koi8-r", charmap.KOI8R},
		{"pl", "iso-8859-2", charmap.ISO8859_2},
		{"pl", "windows-1250", charmap.Windows1250},
		{"cs", "iso-8859-2", charmap.ISO8859_2},
		{"cs", "windows-1250", charmap.Windows1250},
		{"ja", "shift_jis", japanese.ShiftJIS},
		{"ja", "euc-jp", japanese.EUCJP},
		{"zh", "gb18030", simplifiedchinese.GB18030},
		{"zh", "gbk", simplifiedchinese.GBK},
		{"ko", "euc-kr", korean.EUCKR},
		{"ru", "utf-8", encoding.Nop},
		{"ja", "utf-8", encoding.Nop},
	}
	variants := []struct {
		name      string
		meta      bool
		header    string
		mustCatch bool
	}{
		{name: "undeclared", mustCatch: true},
		{name: "meta", meta: true, mustCatch: true},
		{name: "header utf-8 (wrong)", header: "text/html; charset=utf-8", mustCatch: true},
		{name: "header windows-1252 (wrong)", header: "text/html; charset=windows-1252", mustCatch: true},
	}
	var table strings.Builder
	fmt.Fprintf(&table, "%-4s %-13s", "lang", "encoding")
	for _, v := range variants {
		fmt.Fprintf(&table, " | %-27s", v.name)
	}
	table.WriteString("\n")
	ok, all := 0, 0
	for _, c := range cases {
		raw, err := os.ReadFile(filepath.Join("testdata", "charset", c.lang+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		text := strings.TrimSpace(string(raw))
		fmt.Fprintf(&table, "%-4s %-13s", c.lang, c.label)
		for _, v := range variants {
			head := "<html><head><title>City council</title>"
			if v.meta {
				head += `<meta charset="` + c.label + `">`
			}
			page := head + "</head><body><article><p>" + strings.ReplaceAll(text, "\n", "</p><p>") + "</p></article></body></html>"
			b, err := encoding.ReplaceUnsupported(c.enc.NewEncoder()).Bytes([]byte(page))
			if err != nil {
				t.Fatalf("%s %s: encode: %v", c.lang, c.label, err)
			}
			if v.header == "text/html; charset=windows-1252" && c.label == "windows-1252" {
				v.header = "" // not wrong for this one
			}
			got, _, err := decodeHTML(b, v.header)
			first := strings.SplitN(text, "\n", 2)[0]
			if c.lang == "ru" && c.label == "koi8-r" {
				first = first[:strings.IndexByte(first, '.')]
			}
			good := err == nil && strings.Contains(string(got), first)
			all++
			mark := "ok"
			if good {
				ok++
			} else {
				mark = "MOJIBAKE"
				if v.mustCatch {
					t.Errorf("%s in %s, %s: decoded as %.80q", c.lang, c.label, v.name, got[min(len(got), 60):])
				}
			}
			fmt.Fprintf(&table, " | %-27s", mark)
		}
		table.WriteString("\n")
	}
	t.Logf("charset detection, %d/%d pages decoded right:\n%s", ok, all, table.String())
}

// TestCharsetWarning checks that a page whose declared charset was not
// believed says so in its warnings, naming both charsets.
func TestCharsetWarning(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "charset", "ru.txt"))
	if err != nil {
		t.Fatal(err)
	}
	page, _ := charmap.Windows1251.NewEncoder().Bytes([]byte("<html><body><article><p>" + string(raw) + "</p></article></body></html>"))
	doc, err := parseHTML(page, "text/html; charset=windows-1252")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], `"windows-1252"`) || !strings.Contains(doc.Warnings[0], "windows-1251") {
		t.Errorf("warnings %q, want one naming windows-1252 and windows-1251", doc.Warnings)
	}
	if !strings.Contains(doc.Text, "Новосибирска") {
		t.Errorf("text %.80q, want the Russian text", doc.Text)
	}
}
