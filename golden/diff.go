package golden

import (
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
)

// Op says what happened to a value between the golden and the new output.
type Op int

// The kinds of Change.
const (
	Changed Op = iota // a value differs
	Added             // an item or field exists only in the new output
	Removed           // an item or field exists only in the golden
	Moved             // array items whose start/end shifted, nothing else
)

// Change is one difference between a golden and a new document.
type Change struct {
	Field string // top-level field: "dates", "title"
	Path  string // where: "title", "dates", "quotes[3].speaker"
	Op    Op
	Old   string // rendered golden value ("" for Added)
	New   string // rendered new value ("" for Removed)
	// Item names the array item a Changed path belongs to, for context:
	// `"January 10 will be…" @431`.
	Item string
}

// String renders c on one line: `title: "a" → "b"`, `dates: + "late
// Monday" 2021-12-27 @120`, `quotes[3].speaker: "Ryabkov" → "he"  ("…" @431)`.
func (c Change) String() string {
	switch c.Op {
	case Added:
		return c.Path + ": + " + c.New
	case Removed:
		return c.Path + ": - " + c.Old
	case Moved:
		return c.Path + ": " + c.New
	}
	s := c.Path + ": " + c.Old + " → " + c.New
	if c.Item != "" {
		s += "  (" + c.Item + ")"
	}
	return s
}

// Selector picks the fields to compare. The zero value keeps all.
type Selector struct {
	Fields []string // when non-empty, only these top-level fields
	// Ignore lists fields never compared nor written: top-level ("sentences")
	// or a key of every item of one ("dates.rule", "quotes.speaker_start").
	Ignore []string
}

// Keep reports whether field name is compared.
func (s Selector) Keep(name string) bool {
	if slices.Contains(s.Ignore, name) {
		return false
	}
	return len(s.Fields) == 0 || slices.Contains(s.Fields, name)
}

// strip returns d without the ignored sub-fields ("dates.rule"): a copy
// where needed, d itself when nothing is ignored below the top level.
func (s Selector) strip(d Doc) Doc {
	var out Doc
	for _, ig := range s.Ignore {
		field, key, ok := strings.Cut(ig, ".")
		if !ok {
			continue
		}
		v, present := d[field]
		if !present {
			continue
		}
		if out == nil {
			out = maps.Clone(d)
		}
		out[field] = dropKey(v, key)
	}
	if out == nil {
		return d
	}
	return out
}

// dropKey removes key from an object, or from every object in an array,
// copying what it changes.
func dropKey(v any, key string) any {
	switch v := v.(type) {
	case map[string]any:
		if _, ok := v[key]; !ok {
			return v
		}
		c := maps.Clone(v)
		delete(c, key)
		return c
	case []any:
		c := make([]any, len(v))
		for i, x := range v {
			c[i] = dropKey(x, key)
		}
		return c
	}
	return v
}

// fieldOrder is the lede/v1 field order; other fields follow, sorted.
var fieldOrder = []string{"schema", "id", "source", "error", "title", "authors", "published", "site",
	"url", "language", "text", "sentences", "entities", "dates", "money", "venues", "quotes",
	"people", "organizations", "places", "warnings"}

// FieldOrder returns the lede/v1 top-level fields in output order.
func FieldOrder() []string { return slices.Clone(fieldOrder) }

// SortFields sorts field names in lede/v1 order; unknown names follow,
// sorted.
func SortFields(names []string) {
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(a, b))
	})
}

func rank(k string) int {
	if i := slices.Index(fieldOrder, k); i >= 0 {
		return i
	}
	return len(fieldOrder)
}

// fields lists the selected keys of want and got in output order.
func fields(want, got Doc, sel Selector) []string {
	var names []string
	for _, d := range []Doc{want, got} {
		for k := range d {
			if sel.Keep(k) && !slices.Contains(names, k) {
				names = append(names, k)
			}
		}
	}
	SortFields(names)
	return names
}

// Diff lists the differences between the golden want and the new output
// got, field by field in lede/v1 order, restricted to the fields sel keeps.
// Arrays of objects are compared item by item, keyed by text and position;
// arrays of strings as sets. An empty result means the documents agree.
func Diff(want, got Doc, sel Selector) []Change {
	want, got = sel.strip(want), sel.strip(got)
	var out []Change
	for _, k := range fields(want, got, sel) {
		w, inW := want[k]
		g, inG := got[k]
		switch {
		case !inW:
			out = append(out, Change{Field: k, Path: k, Op: Added, New: "(new field) " + render(g)})
		case !inG:
			out = append(out, Change{Field: k, Path: k, Op: Removed, Old: "(field dropped) " + render(w)})
		default:
			d := differ{want: want, got: got}
			d.value(k, k, w, g)
			out = append(out, d.out...)
		}
	}
	return out
}

// Update returns the golden to write: with no old golden, got restricted
// to the selected fields; otherwise old with every selected field replaced
// by got's (or dropped when got lacks it), and the other fields kept.
func Update(old, got Doc, sel Selector) Doc {
	got = sel.strip(got)
	out := Doc{}
	for k, v := range old {
		if !sel.Keep(k) {
			out[k] = v
		}
	}
	for k, v := range got {
		if sel.Keep(k) {
			out[k] = v
		}
	}
	return out
}

// differ collects the Changes of one top-level field.
type differ struct {
	want, got Doc // whole documents, for excerpts of the text
	out       []Change
}

func (d *differ) add(c Change) { d.out = append(d.out, c) }

// value compares w and g found at path.
func (d *differ) value(field, path string, w, g any) {
	if equal(w, g) {
		return
	}
	wa, okW := w.([]any)
	ga, okG := g.([]any)
	if okW && okG {
		if allStrings(wa) && allStrings(ga) {
			d.stringSet(field, path, wa, ga)
		} else {
			d.array(field, path, wa, ga)
		}
		return
	}
	wo, okW := w.(map[string]any)
	go_, okG := g.(map[string]any)
	if okW && okG {
		d.object(field, path, "", wo, go_)
		return
	}
	ws, okW := w.(string)
	gs, okG := g.(string)
	if okW && okG && (len(ws) > maxShown || len(gs) > maxShown) {
		at, old, new := excerptDiff(ws, gs)
		d.add(Change{Field: field, Path: path, Op: Changed, Old: old, New: new, Item: fmt.Sprintf("at %d", at)})
		return
	}
	d.add(Change{Field: field, Path: path, Op: Changed, Old: render(w), New: render(g)})
}

// object compares two objects key by key; item labels the array item they
// are, for context.
func (d *differ) object(field, path, item string, w, g map[string]any) {
	keys := make([]string, 0, len(w)+len(g))
	for k := range w {
		keys = append(keys, k)
	}
	for k := range g {
		if _, ok := w[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	// A new position is one line, not two.
	_, _, okW := span(w)
	if _, _, okG := span(g); okW && okG && !(equal(w["start"], g["start"]) && equal(w["end"], g["end"])) {
		d.add(Change{Field: field, Path: path, Op: Changed, Old: at(w), New: at(g), Item: item})
		keys = slices.DeleteFunc(keys, func(k string) bool { return k == "start" || k == "end" })
	}
	for _, k := range keys {
		wv, inW := w[k]
		gv, inG := g[k]
		p := path + "." + k
		switch {
		case !inW:
			d.add(Change{Field: field, Path: p, Op: Changed, Old: "(absent)", New: render(gv), Item: item})
		case !inG:
			d.add(Change{Field: field, Path: p, Op: Changed, Old: render(wv), New: "(absent)", Item: item})
		case !equal(wv, gv):
			n := len(d.out)
			d.value(field, p, wv, gv)
			for i := n; i < len(d.out); i++ {
				if d.out[i].Item == "" {
					d.out[i].Item = item
				}
			}
		}
	}
}

// stringSet compares arrays of strings as sets, keeping their order.
func (d *differ) stringSet(field, path string, w, g []any) {
	for _, x := range w {
		if !slices.Contains(g, x) {
			d.add(Change{Field: field, Path: path, Op: Removed, Old: render(x)})
		}
	}
	for _, x := range g {
		if !slices.Contains(w, x) {
			d.add(Change{Field: field, Path: path, Op: Added, New: render(x)})
		}
	}
	if len(d.out) == 0 { // same members, other order or multiplicity
		d.add(Change{Field: field, Path: path, Op: Changed, Old: render(w), New: render(g)})
	}
}

// equal reports whether two decoded JSON values are the same, comparing
// numbers by value (1e3 == 1000).
func equal(a, b any) bool {
	an, okA := a.(json.Number)
	bn, okB := b.(json.Number)
	if okA && okB {
		if an == bn {
			return true
		}
		x, errX := an.Float64()
		y, errY := bn.Float64()
		return errX == nil && errY == nil && x == y
	}
	switch a := a.(type) {
	case []any:
		b, ok := b.([]any)
		if !ok || len(a) != len(b) {
			return false
		}
		for i := range a {
			if !equal(a[i], b[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		b, ok := b.(map[string]any)
		if !ok || len(a) != len(b) {
			return false
		}
		for k, v := range a {
			bv, ok := b[k]
			if !ok || !equal(v, bv) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(a, b)
}

func allStrings(a []any) bool {
	for _, x := range a {
		if _, ok := x.(string); !ok {
			return false
		}
	}
	return true
}

// moved reports whether two items differ in their start or end only.
func moved(w, g map[string]any) bool {
	if equal(w["start"], g["start"]) && equal(w["end"], g["end"]) {
		return false
	}
	for k, v := range w {
		if k != "start" && k != "end" && !equal(v, g[k]) {
			return false
		}
	}
	for k := range g {
		if _, ok := w[k]; !ok && k != "start" && k != "end" {
			return false
		}
	}
	return true
}

// at renders an item's position: "@12-20".
func at(m map[string]any) string {
	return fmt.Sprintf("@%v-%v", m["start"], m["end"])
}

// excerptDiff shows the part of two long strings where they differ, with
// some context, and the code-point offset where they start to differ.
func excerptDiff(old, new string) (at int, o, n string) {
	or, nr := []rune(old), []rune(new)
	pre := 0
	for pre < len(or) && pre < len(nr) && or[pre] == nr[pre] {
		pre++
	}
	suf := 0
	for suf < len(or)-pre && suf < len(nr)-pre && or[len(or)-1-suf] == nr[len(nr)-1-suf] {
		suf++
	}
	cut := func(s []rune) string {
		from, to := max(0, pre-context), min(len(s), len(s)-suf+context)
		mid := s[from:to]
		if len(mid) > maxShown+2*context {
			mid = append(append(slices.Clip(mid[:context+maxShown/2]), '…'), mid[len(mid)-context-maxShown/2:]...)
		}
		q := quote(string(mid))
		if from > 0 {
			q = "…" + q
		}
		if to < len(s) {
			q += "…"
		}
		return q
	}
	return pre, cut(or), cut(nr)
}

const (
	maxShown = 60 // runes of a string shown in full
	context  = 20 // runes of context around a change in a long string
)

// render shows a JSON value briefly: strings quoted and cut at maxShown
// runes, numbers as written, objects and arrays as compact JSON.
func render(v any) string {
	switch v := v.(type) {
	case string:
		r := []rune(v)
		if len(r) > maxShown {
			return quote(string(r[:maxShown-1])) + "…"
		}
		return quote(v)
	case nil:
		return "null"
	case json.Number:
		return v.String()
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	s := string(b)
	if r := []rune(s); len(r) > 2*maxShown {
		s = string(r[:2*maxShown-1]) + "…"
	}
	return s
}

// quote quotes s, keeping printable Unicode as is.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
