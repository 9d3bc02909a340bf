package prosefast

// table is an immutable open-addressing hash table from byte-string keys to
// dense ids 0..n-1, built by gen and stored in model.bin. Keys live in one
// string (the embedded file itself, so loading copies nothing); slots hold
// id+1, 0 marking an empty slot. Lookups hash with 64-bit FNV-1a and probe
// linearly; they never allocate.
type table struct {
	blob  string   // all keys, concatenated in id order
	off   []uint32 // key i is blob[off[i]:off[i+1]]
	slots []uint32 // len is a power of two
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashBytes is 64-bit FNV-1a; gen uses the same function to place keys.
func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// find returns the id of key, or -1.
func (t *table) find(key []byte) int {
	if len(t.slots) == 0 {
		return -1
	}
	mask := uint64(len(t.slots) - 1)
	for i := hashBytes(key) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return -1
		}
		id := s - 1
		if t.blob[t.off[id]:t.off[id+1]] == string(key) {
			return int(id)
		}
	}
}

// findString is find for a string key.
func (t *table) findString(key string) int {
	if len(t.slots) == 0 {
		return -1
	}
	mask := uint64(len(t.slots) - 1)
	for i := hashString(key) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return -1
		}
		id := s - 1
		if t.blob[t.off[id]:t.off[id+1]] == key {
			return int(id)
		}
	}
}

// len returns the number of keys.
func (t *table) len() int { return len(t.off) - 1 }

// key returns key id.
func (t *table) key(id int) string { return t.blob[t.off[id]:t.off[id+1]] }

// buildTable places keys (distinct, in id order) into a table with a load
// factor of at most one half. gen and tests use it.
func buildTable(keys []string) *table {
	n := 1
	for n < 2*len(keys) {
		n *= 2
	}
	t := &table{off: make([]uint32, 0, len(keys)+1), slots: make([]uint32, n)}
	var blob []byte
	for _, k := range keys {
		t.off = append(t.off, uint32(len(blob)))
		blob = append(blob, k...)
	}
	t.off = append(t.off, uint32(len(blob)))
	t.blob = string(blob)
	mask := uint64(n - 1)
	for id, k := range keys {
		i := hashString(k) & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = uint32(id + 1)
	}
	return t
}
