package pipeline

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"testing"
	"time"
)

func TestZZProf(t *testing.T) {
	path := os.Getenv("LEDE_PROF")
	if path == "" {
		t.Skip()
	}
	p, _ := New(Config{MaxBytes: 1 << 30})
	done := make(chan struct{})
	go func() {
		defer close(done)
		if _, err := p.Process(context.Background(), Input{Source: path}); err != nil {
			t.Error(err)
		}
	}()
	best := uint64(0)
	for i := 0; ; i++ {
		select {
		case <-done:
			fmt.Println("max heap inuse", best>>20, "MB")
			return
		case <-time.After(100 * time.Millisecond):
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		if ms.HeapInuse > best {
			best = ms.HeapInuse
			f, _ := os.Create("/tmp/heap-peak.out")
			pprof.WriteHeapProfile(f)
			f.Close()
		}
	}
}
