package prosefast

// table is an immutable open-addressing hash table from byte-string keys to
// dense ids 0..n-1, built by gen and stored in model.bin. Keys live in one
// string (the embedded file itself, so loading copies nothing). A slot
// holds the key's 32-bit hash fingerprint in its high half and id+1 in its
// low half (0: empty), so a probe rarely touches a key that does not
// match. Lookups never allocate.
type table struct {
	blob  string   // all keys, concatenated in id order
	off   []uint32 // key i is blob[off[i]:off[i+1]]
	slots []uint64 // len is a power of two
}

// hashKey is the table's hash: 8 bytes at a time, multiply-xorshift mixed
// (deterministic across processes, since gen places keys with it).
func hashKey[T string | []byte](s T) uint64 {
	const (
		m1 = 0x9E3779B97F4A7C15
		m2 = 0xBF58476D1CE4E5B9
		m3 = 0x94D049BB133111EB
	)
	h := uint64(len(s)) * m1
	i := 0
	for ; i+8 <= len(s); i += 8 {
		v := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		h = (h ^ v) * m2
		h ^= h >> 31
	}
	var v uint64
	for j := 0; i < len(s); i, j = i+1, j+8 {
		v |= uint64(s[i]) << j
	}
	h = (h ^ v) * m2
	h ^= h >> 30
	h *= m3
	h ^= h >> 31
	return h
}

// find returns the id of key, or -1.
func (t *table) find(key []byte) int {
	mask := uint64(len(t.slots) - 1)
	h := hashKey(key)
	fp := h >> 32
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return -1
		}
		if s>>32 == fp {
			id := uint32(s) - 1
			if t.blob[t.off[id]:t.off[id+1]] == string(key) {
				return int(id)
			}
		}
	}
}

// findString is find for a string key.
func (t *table) findString(key string) int {
	mask := uint64(len(t.slots) - 1)
	h := hashKey(key)
	fp := h >> 32
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return -1
		}
		if s>>32 == fp {
			id := uint32(s) - 1
			if t.blob[t.off[id]:t.off[id+1]] == key {
				return int(id)
			}
		}
	}
}

// len returns the number of keys.
func (t *table) len() int { return len(t.off) - 1 }

// buildTable places keys (distinct, in id order) into a table with a load
// factor of at most one half. gen and tests use it.
func buildTable(keys []string) *table {
	n := 2
	for n < 2*len(keys) {
		n *= 2
	}
	t := &table{off: make([]uint32, 0, len(keys)+1), slots: make([]uint64, n)}
	var blob []byte
	for _, k := range keys {
		t.off = append(t.off, uint32(len(blob)))
		blob = append(blob, k...)
	}
	t.off = append(t.off, uint32(len(blob)))
	t.blob = string(blob)
	mask := uint64(n - 1)
	for id, k := range keys {
		h := hashKey(k)
		i := h & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = h>>32<<32 | uint64(id+1)
	}
	return t
}
