package depparse

import "testing"

func TestFeatureCounts(t *testing.T) {
	ws := make([]wordHashes, 4)
	var buf []byte
	for i, w := range []string{"The", "deal", "was", "dead"} {
		buf = hashWord(w, &ws[i], buf)
	}
	tags := []int32{0, 1, 2, 3}
	if n := len(tagFeatures(ws, tags, 1, nil)); n != numTagFeats {
		t.Errorf("tagFeatures gives %d features, numTagFeats = %d", n, numTagFeats)
	}
	var s state
	s.reset(len(ws))
	s.apply(shift, -1)
	s.apply(shift, -1)
	if n := len(parseFeatures(&s, ws, tags, nil)); n != numParseFeats {
		t.Errorf("parseFeatures gives %d features, numParseFeats = %d", n, numParseFeats)
	}
	if n := len(labelFeatures(&s, ws, tags, 2, 1, nil)); n != numLabelFeats {
		t.Errorf("labelFeatures gives %d features, numLabelFeats = %d", n, numLabelFeats)
	}
}

func TestHashWordHugeAndOdd(t *testing.T) {
	var a, b wordHashes
	hashWord(string(make([]byte, 10000)), &a, nil)
	hashWord("\xff\xfe", &b, nil)
	if a.lower == b.lower {
		t.Error("different words hash alike")
	}
}
