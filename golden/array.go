package golden

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// array compares two arrays of items (usually objects with text, start and
// end). Items are paired in passes, most certain first: identical items,
// then the same text at the same span, the same text and start, the same
// text anywhere (the nearest one, as after an edit earlier in the text),
// and finally the same span with another text. Paired items
// that differ give Changed lines; the rest are Added or Removed.
func (d *differ) array(field, path string, w, g []any) {
	pairW := make([]int, len(w)) // index into g, or -1
	pairG := make([]int, len(g))
	for i := range pairW {
		pairW[i] = -1
	}
	for i := range pairG {
		pairG[i] = -1
	}
	pair := func(same func(i, j int) bool) {
		for i, a := range w {
			if pairW[i] >= 0 {
				continue
			}
			best := -1
			for j, b := range g {
				if pairG[j] >= 0 || !same(i, j) {
					continue
				}
				if best < 0 || distance(a, b) < distance(a, g[best]) {
					best = j
				}
			}
			if best >= 0 {
				pairW[i], pairG[best] = best, i
			}
		}
	}
	// Items are known by their text; items without one (sentences) by the
	// part of the document text they cover.
	tw, tg := d.keys(w, d.want), d.keys(g, d.got)
	same := func(i, j int, keys ...string) bool {
		return tw[i] != nil && tg[j] != nil && *tw[i] == *tg[j] && sameKey(w[i], g[j], keys...)
	}
	pair(func(i, j int) bool { return equal(w[i], g[j]) })
	pair(func(i, j int) bool { return same(i, j, "start", "end") })
	pair(func(i, j int) bool { return same(i, j, "start") })
	pair(func(i, j int) bool { return same(i, j) })
	pair(func(i, j int) bool { return sameKey(w[i], g[j], "start", "end") })

	type line struct {
		pos int
		c   Change
	}
	var lines []line
	var shifts []int // of items that only moved
	firstMoved := -1
	for i, a := range w {
		j := pairW[i]
		if j < 0 {
			lines = append(lines, line{position(a), Change{Field: field, Path: path, Op: Removed, Old: d.describe(a, d.want)}})
			continue
		}
		if equal(a, g[j]) {
			continue
		}
		ao, okA := a.(map[string]any)
		bo, okB := g[j].(map[string]any)
		if okA && okB && moved(ao, bo) {
			if firstMoved < 0 {
				firstMoved = position(a)
			}
			shifts = append(shifts, position(g[j])-position(a))
			continue
		}
		sub := differ{want: d.want, got: d.got}
		p := fmt.Sprintf("%s[%d]", path, i)
		if okA && okB {
			sub.object(field, p, d.label(ao, d.want), ao, bo)
		} else {
			sub.value(field, p, a, g[j])
		}
		for _, c := range sub.out {
			lines = append(lines, line{position(a), c})
		}
	}
	for j, b := range g {
		if pairG[j] < 0 {
			lines = append(lines, line{position(b), Change{Field: field, Path: path, Op: Added, New: d.describe(b, d.got)}})
		}
	}
	if len(shifts) > 0 {
		lines = append(lines, line{firstMoved, Change{Field: field, Path: path, Op: Moved, New: movedSummary(shifts)}})
	}
	if len(lines) == 0 { // the same items in another order
		lines = append(lines, line{-1, Change{Field: field, Path: path, Op: Moved, New: "same items, other order"}})
	}
	slices.SortStableFunc(lines, func(x, y line) int { return cmp.Compare(x.pos, y.pos) })
	for _, l := range lines {
		d.add(l.c)
	}
}

// sameKey reports whether two items are objects with equal values, all
// present, under every key.
func sameKey(a, b any, keys ...string) bool {
	ao, okA := a.(map[string]any)
	bo, okB := b.(map[string]any)
	if !okA || !okB {
		return false
	}
	for _, k := range keys {
		x, inA := ao[k]
		y, inB := bo[k]
		if !inA || !inB || !equal(x, y) {
			return false
		}
	}
	return true
}

// keys returns the text each item of a is known by: its text or name, or
// else the part of doc's text it covers; nil when it has none.
func (d *differ) keys(a []any, doc Doc) []*string {
	out := make([]*string, len(a))
	var runes []rune
	for i, v := range a {
		m, ok := v.(map[string]any)
		if !ok {
			continue
		}
		for _, k := range []string{"text", "name"} {
			if s, ok := m[k].(string); ok {
				out[i] = &s
				break
			}
		}
		if out[i] != nil {
			continue
		}
		if runes == nil {
			t, _ := doc["text"].(string)
			runes = []rune(t)
		}
		if s, e, ok := span(m); ok && e <= len(runes) {
			k := string(runes[s:e])
			out[i] = &k
		}
	}
	return out
}

// span returns an item's start and end when both are valid offsets.
func span(m map[string]any) (start, end int, ok bool) {
	s, okS := m["start"].(json.Number)
	e, okE := m["end"].(json.Number)
	if !okS || !okE {
		return 0, 0, false
	}
	si, errS := strconv.Atoi(s.String())
	ei, errE := strconv.Atoi(e.String())
	if errS != nil || errE != nil || si < 0 || si > ei {
		return 0, 0, false
	}
	return si, ei, true
}

// position is an item's start offset, or -1.
func position(v any) int {
	if m, ok := v.(map[string]any); ok {
		if n, ok := m["start"].(json.Number); ok {
			if i, err := strconv.Atoi(n.String()); err == nil {
				return i
			}
		}
	}
	return -1
}

// distance is how far apart two items are, by start offset.
func distance(a, b any) int {
	d := position(a) - position(b)
	if d < 0 {
		return -d
	}
	return d
}

// keyFields are the attributes that say what an item found, by field
// family; describe shows the first ones present after the text.
var keyFields = []string{"label", "type", "value", "amount", "currency", "speaker", "event", "mentions"}

// describe renders an added or removed item: its text and main attributes,
// then its position: `"late Monday" DATE 2021-12-27 @120`. An item with no
// text (a sentence) shows an excerpt of the document text it covers.
func (d *differ) describe(v any, doc Doc) string {
	m, ok := v.(map[string]any)
	if !ok {
		return render(v)
	}
	parts := []string{d.text(m, doc)}
	for _, k := range keyFields {
		x, ok := m[k]
		if !ok {
			continue
		}
		switch x := x.(type) {
		case string:
			parts = append(parts, x)
		default:
			parts = append(parts, render(x))
		}
	}
	if _, ok := m["start"]; ok {
		parts = append(parts, at(m))
	}
	return strings.Join(parts, " ")
}

// label is an item's text (quoted, cut short) and position.
func (d *differ) label(m map[string]any, doc Doc) string {
	t := d.text(m, doc)
	if _, ok := m["start"]; ok {
		t += " " + at(m)
	}
	return strings.TrimSpace(t)
}

// text is an item's text or name, quoted and cut short; for an item with
// neither, the part of the document text it covers.
func (d *differ) text(m map[string]any, doc Doc) string {
	if t, ok := m["text"].(string); ok {
		return render(t)
	}
	if t, ok := m["name"].(string); ok {
		return render(t)
	}
	if text, ok := doc["text"].(string); ok {
		if s, e, ok := span(m); ok {
			if r := []rune(text); e <= len(r) {
				return render(string(r[s:e]))
			}
		}
	}
	return ""
}

// movedSummary sums up items that only moved: "3 items moved (offsets +2)"
// or "(offsets -4 to +9)" when they moved by different amounts.
func movedSummary(shifts []int) string {
	lo, hi := slices.Min(shifts), slices.Max(shifts)
	n := "1 item"
	if len(shifts) > 1 {
		n = fmt.Sprintf("%d items", len(shifts))
	}
	if lo == hi {
		return fmt.Sprintf("%s moved (offsets %+d), otherwise unchanged", n, lo)
	}
	return fmt.Sprintf("%s moved (offsets %+d to %+d), otherwise unchanged", n, lo, hi)
}
