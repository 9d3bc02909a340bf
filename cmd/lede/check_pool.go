package main

import (
	"context"
	"runtime"
	"sync"
)

// ordered runs work(0..n-1) on a few goroutines and calls emit with the
// results in index order. It stops at the first emit error or when ctx
// ends.
func ordered(ctx context.Context, n int, work func(int) any, emit func(any) error) error {
	results := make([]chan any, n)
	for i := range results {
		results[i] = make(chan any, 1)
	}
	next := make(chan int)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] <- work(i)
			}
		}()
	}
	go func() {
		defer close(next)
		for i := range n {
			select {
			case next <- i:
			case <-done:
				return
			case <-ctx.Done():
				return
			}
		}
	}()
	defer wg.Wait()
	defer close(done)
	for i := range n {
		select {
		case v := <-results[i]:
			if err := emit(v); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return ctx.Err()
}
