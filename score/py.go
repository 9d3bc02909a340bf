package score

import (
	"encoding/json"
	"math"
	"path"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Doc is one JSONL document, decoded with json.Number for numbers.
type Doc = map[string]any

// This file holds Go versions of the Python idioms the scorers rely on.

// pyStr is Python's str() of a decoded JSON value.
func pyStr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case string:
		return v
	case json.Number:
		s := v.String()
		if !strings.ContainsAny(s, ".eE") {
			if i, err := strconv.ParseInt(s, 10, 64); err == nil {
				return strconv.FormatInt(i, 10)
			}
			return s
		}
		f, err := v.Float64()
		if err != nil {
			return s
		}
		return pyFloat(f)
	case float64:
		return pyFloat(v)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// pyFloat is Python's repr of a float.
func pyFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	if a := math.Abs(f); a == 0 || (a >= 1e-4 && a < 1e16) {
		s := strconv.FormatFloat(f, 'f', -1, 64)
		if !strings.Contains(s, ".") {
			s += ".0"
		}
		return s
	}
	return strconv.FormatFloat(f, 'e', -1, 64)
}

// truthy is Python's bool() of a decoded JSON value.
func truthy(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case string:
		return v != ""
	case json.Number:
		f, err := v.Float64()
		return err != nil || f != 0
	case []any:
		return len(v) > 0
	case map[string]any:
		return len(v) > 0
	}
	return true
}

// orEmpty is Python's str(v or "").
func orEmpty(v any) string {
	if !truthy(v) {
		return ""
	}
	return pyStr(v)
}

// asList is the scorers' as_list: None -> [], a list as is, else [x].
func asList(v any) []any {
	switch v := v.(type) {
	case nil:
		return nil
	case []any:
		return v
	}
	return []any{v}
}

// dicts keeps the objects of a list (isinstance(x, dict)).
func dicts(v any) []Doc {
	var out []Doc
	for _, x := range asList(v) {
		if m, ok := x.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

// toFloat is score_e2e.py's to_float.
func toFloat(v any) (float64, bool) {
	switch v := v.(type) {
	case nil:
		return 0, false
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	case json.Number:
		f, err := v.Float64()
		return f, err == nil
	case float64:
		return v, true
	case string:
		return parsePyFloat(strings.ReplaceAll(v, ",", ""))
	}
	return 0, false
}

// parsePyFloat parses like Python's float(str).
func parsePyFloat(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	switch strings.ToLower(strings.TrimLeft(s, "+-")) {
	case "inf", "infinity", "nan":
	default:
		if strings.ContainsAny(strings.ToLower(s), "xp") { // no hex floats in Python
			return 0, false
		}
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	return f, err == nil
}

// pyInt is Python's int() of a decoded JSON value (floats truncate).
func pyInt(v any) (int, bool) {
	switch v := v.(type) {
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	case json.Number:
		if i, err := strconv.Atoi(v.String()); err == nil {
			return i, true
		}
		f, err := v.Float64()
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			return 0, false
		}
		return int(f), true
	case float64:
		return int(v), true
	case string:
		i, err := strconv.Atoi(strings.TrimSpace(v))
		return i, err == nil
	}
	return 0, false
}

// isWord is Python's \w for str patterns: alphanumerics and "_".
func isWord(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) }

// isAlnum is Python's [^\W_]: \w without "_".
func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// wordRuns returns the maximal runs of runes for which in is true.
func wordRuns(s string, in func(rune) bool) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !in(r) })
}

// nfkcLower is unicodedata.normalize("NFKC", s).lower().
func nfkcLower(s string) string { return strings.ToLower(norm.NFKC.String(s)) }

// words is score_e2e.py's words(): NFKC, lower case, [^\W_]+ runs.
func words(v any) []string { return wordRuns(nfkcLower(orEmpty(v)), isAlnum) }

// collapseNonWord is re.sub(r"[^\w]+", " ", s) then " ".join(s.split()).
func collapseNonWord(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !isWord(r) || unicode.IsSpace(r) }), " ")
}

// dropPossessive is re.sub(r"['’]s\b", "", s).
func dropPossessive(s string) string {
	r := []rune(s)
	var b strings.Builder
	for i := 0; i < len(r); i++ {
		if (r[i] == '\'' || r[i] == '’') && i+1 < len(r) && r[i+1] == 's' && (i+2 == len(r) || !isWord(r[i+2])) {
			i++
			continue
		}
		b.WriteRune(r[i])
	}
	return b.String()
}

// trimLeadingThe drops a leading "the" and the whitespace after it
// (re.sub(r"^the\s+", "", s)); with lead, leading whitespace first.
func trimLeadingThe(s string, lead bool) string {
	t := s
	if lead {
		t = strings.TrimLeftFunc(t, unicode.IsSpace)
	}
	if rest, ok := strings.CutPrefix(t, "the"); ok {
		if r := strings.TrimLeftFunc(rest, unicode.IsSpace); len(r) < len(rest) {
			return r
		}
	}
	return s
}

// splitExt is Python's os.path.splitext(os.path.basename(p))[0].
func splitExt(p string) string {
	base := p
	if i := strings.LastIndex(p, "/"); i >= 0 {
		base = p[i+1:]
	}
	ext := path.Ext(base)
	if ext == "" || strings.TrimLeft(base, ".") == strings.TrimLeft(ext, ".") {
		return base
	}
	return strings.TrimSuffix(base, ext)
}
