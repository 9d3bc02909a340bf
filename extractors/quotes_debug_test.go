package extractors

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
)

func debugTag(tx *Text) {
	doc, err := prose.NewDocument(tx.Text, prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return
	}
	pos := 0
	for _, tok := range doc.Tokens() {
		w := strings.ReplaceAll(tok.Text, "\"", "")
		if w == "" {
			continue
		}
		i := strings.Index(tx.Text[pos:], w)
		if i < 0 || i > 40 {
			continue
		}
		tx.Tokens = append(tx.Tokens, Token{Text: w, Tag: tok.Tag, Start: pos + i, End: pos + i + len(w)})
		pos += i + len(w)
	}
}

func TestQuotesDebug(t *testing.T) {
	path := os.Getenv("QDEBUG")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	var rec struct{ Text string }
	if json.Unmarshal(b, &rec) != nil {
		rec.Text = string(b)
	}
	tx := &Text{Text: rec.Text}
	debugTag(tx)
	paras := qParagraphs(tx)
	spans := qFindSpans(tx)
	sents := qSegment(tx, paras, spans)
	events := qFindEvents(sents)
	f := &Findings{}
	r := newQResolver(tx, f, sents, spans)
	items := qLocate(sents, spans)
	qLink(tx.Text, sents, events, items)
	items = qFilter(tx.Text, sents, events, items)
	qInherit(tx.Text, sents, events, items)
	r.resolveAll(events, items)
	for _, ev := range events {
		fmt.Printf("EV s%d %q m=%q kind=%d after=%v -> %q | %q\n", ev.sent, tx.Text[ev.cueS:ev.cueE], ev.m.text, ev.m.kind, ev.after, ev.speaker, tx.Text[sents[ev.sent].Start:min(sents[ev.sent].End, sents[ev.sent].Start+120)])
	}
}
