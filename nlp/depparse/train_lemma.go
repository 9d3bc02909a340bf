package depparse

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// trainLemmatizer learns suffix rules by tag from the distinct (form, tag,
// lemma) triples of the data, then keeps in the table only the training
// words whose most frequent lemma the rules get wrong.
func trainLemmatizer(sents []Sentence) lemmatizer {
	lemmaCounts := map[string]map[string]int{} // form \x00 tag → lemma → count
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "" || w.Lemma == "_" && w.Form != "_" {
				continue
			}
			k := w.Form + "\x00" + w.XPOS
			if lemmaCounts[k] == nil {
				lemmaCounts[k] = map[string]int{}
			}
			lemmaCounts[k][w.Lemma]++
		}
	}
	best := map[string]string{}
	for k, c := range lemmaCounts {
		best[k] = mostFrequent(c)
	}
	ruleCounts := map[string]map[string]int{} // tag \x00 ending → rule → count
	for _, k := range sortedKeys(best) {
		form, tag, _ := strings.Cut(k, "\x00")
		r := ruleFor(form, best[k])
		low := []byte(lowerString(form))
		for i := range min(utf8.RuneCount(low), maxLemmaSuffix) + 1 {
			rk := tag + "\x00" + string(suffixRunes(low, i))
			if ruleCounts[rk] == nil {
				ruleCounts[rk] = map[string]int{}
			}
			ruleCounts[rk][encodeRule(r)]++
		}
	}
	l := lemmatizer{table: map[string]string{}, rules: map[string]lemmaRule{}}
	for rk, c := range ruleCounts {
		total := 0
		for _, n := range c {
			total += n
		}
		_, end, _ := strings.Cut(rk, "\x00")
		if total >= 2 || end == "" {
			l.rules[rk] = decodeRule(mostFrequent(c))
		}
	}
	l.index()
	var buf lemmaBuf
	for _, k := range sortedKeys(best) {
		form, tag, _ := strings.Cut(k, "\x00")
		if l.lemma(form, tag, &buf) != best[k] {
			l.table[k] = best[k]
		}
	}
	l.index()
	return l
}

// mostFrequent returns the key with the highest count, the smallest key on
// ties.
func mostFrequent(c map[string]int) string {
	best, n := "", -1
	for k, v := range c {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	return best
}

// ruleFor returns the rule turning form into lemma with the least
// stripping, preferring not to lowercase.
func ruleFor(form, lemma string) lemmaRule {
	r := diffRule(form, lemma)
	if low := lowerString(form); low != form {
		if r2 := diffRule(low, lemma); r2.strip < r.strip {
			r2.lower = true
			return r2
		}
	}
	return r
}

func diffRule(w, lemma string) lemmaRule {
	cp := 0
	for cp < len(w) && cp < len(lemma) && w[cp] == lemma[cp] {
		cp++
	}
	for cp > 0 && cp < len(w) && !utf8.RuneStart(w[cp]) {
		cp--
	}
	return lemmaRule{strip: len(w) - cp, add: lemma[cp:]}
}

func encodeRule(r lemmaRule) string {
	return fmt.Sprintf("%t\x00%d\x00%s", r.lower, r.strip, r.add)
}

func decodeRule(s string) lemmaRule {
	var r lemmaRule
	parts := strings.SplitN(s, "\x00", 3)
	r.lower = parts[0] == "true"
	fmt.Sscan(parts[1], &r.strip)
	r.add = parts[2]
	return r
}
