package main

import (
	"reflect"
	"strings"

	"github.com/lede-project/lede/pipeline"
)

// isResultField reports whether name is a top-level field of a lede/v1
// result ("dates") or, when withKey, also a key of that field's items
// ("dates.rule", "quotes.speaker").
func isResultField(name string, withKey bool) bool {
	top, key, hasKey := strings.Cut(name, ".")
	f, ok := jsonField(reflect.TypeFor[pipeline.Result](), top)
	if !ok {
		return false
	}
	if !hasKey {
		return true
	}
	if !withKey || f.Type.Kind() != reflect.Slice || f.Type.Elem().Kind() != reflect.Struct {
		return false
	}
	_, ok = jsonField(f.Type.Elem(), key)
	return ok
}

// jsonField finds the field of struct type t whose JSON name is name,
// looking into embedded structs as encoding/json does.
func jsonField(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && tag == "" && f.Type.Kind() == reflect.Struct {
			if g, ok := jsonField(f.Type, name); ok {
				return g, true
			}
			continue
		}
		if tag == name {
			return f, true
		}
	}
	return reflect.StructField{}, false
}
