package pipeline

import (
	"time"

	"github.com/lede-project/lede/extractors"
)

// Config controls a Pipeline. The zero value works.
type Config struct {
	// Published is the reference date for relative dates when the article
	// gives none; the article's own date wins. Zero: none.
	Published time.Time
	// InputFormat is "auto" (default, ""), "html" or "text". It says how to
	// read bytes whose Input does not name a format.
	InputFormat string
	// MaxBytes caps the size of one input. Default 32 MiB.
	MaxBytes int64
	// FetchTimeout bounds reading one file or fetching one URL. Default 30s.
	FetchTimeout time.Duration
	// Clean drops site chrome lines ("SHARE THIS ARTICLE") from plain-text
	// input. Default false: plain text is analysed verbatim.
	Clean bool
	// Only names the extractors whose findings are reported (ExtractorNames;
	// --only). Empty: all. An extractor another one needs still runs, and
	// its findings are left out.
	Only []string
	// Skip names extractors whose findings are left out (--skip).
	Skip []string
	// SiteRules is the path of a site-rules JSON file (--site-rules): CSS
	// selectors per host that override the title, authors, date and main
	// text the heuristics find (see SiteRule). Default "": none.
	SiteRules string
	// Explain fills each finding's evidence (--explain). Default false.
	Explain bool
	// Syntax parses every sentence (universal part of speech, lemma, head
	// and relation of each token) and reports it as the Result's Tokens
	// (--syntax, --format conllu). Default false: the parse is not
	// reported, and sentences are parsed only when an extractor asks
	// (Text.Parse).
	Syntax bool
	// EntityRules finds entities by the entity extractor's rules alone,
	// without the statistical tagger (nlp/ner) that otherwise decides with
	// the rules' labels as hints. It is how the tagger's training hints are
	// made. Default false.
	EntityRules bool
	// EntityTagger, when set, replaces the statistical tagger: it is how
	// training collects the rules' hints for the tagger (it then sees
	// exactly what the tagger sees). Default nil.
	EntityTagger extractors.EntityTagger
}

const (
	defaultMaxBytes     = 32 << 20
	defaultFetchTimeout = 30 * time.Second
)

func (c Config) maxBytes() int64 {
	if c.MaxBytes > 0 {
		return c.MaxBytes
	}
	return defaultMaxBytes
}

func (c Config) fetchTimeout() time.Duration {
	if c.FetchTimeout > 0 {
		return c.FetchTimeout
	}
	return defaultFetchTimeout
}
