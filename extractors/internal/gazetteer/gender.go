package gazetteer

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/lede-project/lede/extractors/internal/lex"
)

// givenGenderData lists common given names by usual gender (data/README.md).
//
//go:embed data/given_names_gender.txt
var givenGenderData string

var (
	givenGenderOnce sync.Once
	givenGender     map[string]byte
)

// GivenNameGender returns 'm' or 'f' when name (any case) is a given name
// usually borne by a man or by a woman, from data/given_names_gender.txt,
// else 0. Names used for both are not listed. Safe for concurrent use.
func GivenNameGender(name string) byte {
	givenGenderOnce.Do(func() {
		s := lex.Sections(givenGenderData)
		givenGender = map[string]byte{}
		for n := range s["male"] {
			givenGender[n] = 'm'
		}
		for n := range s["female"] {
			givenGender[n] = 'f'
		}
	})
	return givenGender[strings.ToLower(name)]
}
