package pipeline

import "strings"

// Class and id names say what an element is: "share-bar", "related",
// "article-body". They are read as words (runs of letters; "articleBody"
// lower-cased is one word), and a name matches a word, or two adjacent
// words run together ("read-more" as "readmore"), by prefix or exactly.

// Kinds of class and id strings, as bits.
const (
	kindJunk    = 1 << iota // boilerplate whatever else the name says
	kindWeak                // boilerplate unless the name also says content
	kindContent             // the article body
	kindHover               // a hover card
)

// classWords are the names of each kind: prefix matches, and exact words.
var classWords = []struct {
	kind          uint8
	prefix, exact []string
}{
	{kindJunk, strings.Fields(`share sharing social newsletter related caption byline cookie consent gdpr
		promo sidebar breadcrumb advert outbrain taboola popup modal subscri signup recirc trending
		mostpopular morestories readmore paywall skip sronly visuallyhidden screenreader donate
		authorbio biobox alsoread seealso youmay adslot adcontainer adwrap adsense dfp messenger
		excerpt standfirst`),
		strings.Fields(`comment comments`)},
	{kindWeak, strings.Fields(`banner footer header masthead menu nav pagination pager widget author
		credit timestamp toolbar tools print rss sponsor skyscraper shoutbox combx disqus comment
		community supplemental teaser rail inlinevideo videoplayer gallery slideshow carousel photo
		image img media embed thumb icon logo badge label headline kicker overlay`),
		strings.Fields(`ad ads tag tags meta date links hed title dek`)},
	{kindContent, strings.Fields(`article body content entry main post story text blog column prose rich`), nil},
}

// hoverWords name hover cards anywhere in a class or id.
var hoverWords = []string{"rollover", "popover", "tooltip", "hovercard", "hover-card"}

// classCache remembers the kinds of each class-and-id string of one page:
// pages repeat the same few class names on many elements.
type classCache map[string]uint8

// kinds returns the kind bits of a lower-cased class and id string.
func (cc classCache) kinds(ci string) uint8 {
	if k, ok := cc[ci]; ok {
		return k
	}
	k := classKinds(ci)
	cc[ci] = k
	return k
}

// classKinds computes the kind bits of a lower-cased class and id string.
func classKinds(ci string) uint8 {
	var k uint8
	var words [24]string
	n := 0
	for i := 0; i < len(ci) && n < len(words); {
		for i < len(ci) && (ci[i] < 'a' || ci[i] > 'z') {
			i++
		}
		j := i
		for j < len(ci) && ci[j] >= 'a' && ci[j] <= 'z' {
			j++
		}
		if j > i {
			words[n] = ci[i:j]
			n++
		}
		i = j
	}
	var joined [64]byte
	for i := 0; i < n; i++ {
		w := words[i]
		two := w
		if i+1 < n && len(w)+len(words[i+1]) <= len(joined) {
			two = string(append(append(joined[:0], w...), words[i+1]...))
		}
		for _, cw := range classWords {
			if k&cw.kind != 0 {
				continue
			}
			if hasWordPrefix(w, two, cw.prefix) || hasWord(w, cw.exact) {
				k |= cw.kind
			}
		}
	}
	for _, h := range hoverWords {
		if strings.Contains(ci, h) {
			k |= kindHover
			break
		}
	}
	return k
}

// hasWordPrefix reports whether w, or w run together with the next word,
// starts with one of prefixes.
func hasWordPrefix(w, two string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) || (len(two) > len(w) && strings.HasPrefix(two, p)) {
			return true
		}
	}
	return false
}

// hasWord reports whether w is one of words.
func hasWord(w string, words []string) bool {
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}
