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
// span, and finally the same text anywhere (the nearest one). Paired items
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
	pair := func(same func(a, b any) bool) {
		for i, a := range w {
			if pairW[i] >= 0 {
				continue
			}
			best := -1
			for j, b := range g {
				if pairG[j] >= 0 || !same(a, b) {
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
	pair(equal)
	pair(func(a, b any) bool { return sameKey(a, b, "text", "start", "end") })
	pair(func(a, b any) bool { return sameKey(a, b, "text", "start") })
	pair(func(a, b any) bool { return sameKey(a, b, "start", "end") })
	pair(func(a, b any) bool { return sameKey(a, b, "text") })
	// Items without text (sentences) are known by their position only.
	pair(func(a, b any) bool { return noText(a) && noText(b) && sameKey(a, b, "start") })
	pair(func(a, b any) bool { return noText(a) && noText(b) && sameKey(a, b, "end") })

	type line struct {
		pos int
		c   Change
	}
	var lines []line
	for i, a := range w {
		j := pairW[i]
		if j < 0 {
			lines = append(lines, line{position(a), Change{Field: field, Path: path, Op: Removed, Old: d.describe(a, d.want)}})
			continue
		}
		if equal(a, g[j]) {
			continue
		}
		sub := differ{want: d.want, got: d.got}
		p := fmt.Sprintf("%s[%d]", path, i)
		ao, okA := a.(map[string]any)
		bo, okB := g[j].(map[string]any)
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

// noText reports whether v is an object without a text or name.
func noText(v any) bool {
	m, ok := v.(map[string]any)
	if !ok {
		return false
	}
	_, t := m["text"]
	_, n := m["name"]
	return !t && !n
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
		s, e := position(m), -1
		if n, ok := m["end"].(json.Number); ok {
			e, _ = strconv.Atoi(n.String())
		}
		if r := []rune(text); 0 <= s && s <= e && e <= len(r) {
			return render(string(r[s:e]))
		}
	}
	return ""
}
