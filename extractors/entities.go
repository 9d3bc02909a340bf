package extractors

// Entities refines the statistical model's mentions into labelled entities.
type Entities struct{}

// NewEntities returns the entity extractor.
func NewEntities() *Entities { return &Entities{} }

// Name implements Extractor.
func (*Entities) Name() string { return "entities" }

// Extract implements Extractor.
func (*Entities) Extract(t *Text, f *Findings) {
	for _, m := range t.Mentions {
		m.Rule = "model"
		f.Entities = append(f.Entities, m)
	}
}
