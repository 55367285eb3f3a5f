// Package ordered runs a function over a stream of items on several
// goroutines and hands the results on in the order the items came in, with
// a bounded number of items in flight (memory stays flat in the length of
// the stream).
package ordered

import (
	"context"
	"sync"
)

type job[T any] struct {
	seq  int
	item T
}

type result[R any] struct {
	seq int
	out R
}

// Map calls produce, which feeds items to its send function until it
// returns; each item goes through fn on one of workers goroutines; emit
// receives the results one at a time, in input order. If emit returns an
// error, or ctx is cancelled, Map stops early and returns that error.
// send reports false when the consumer has stopped; produce should then
// return. At most 2*workers items are in flight at once.
func Map[T, R any](ctx context.Context, workers int, produce func(send func(T) bool) error, fn func(T) R, emit func(R) error) error {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan job[T])
	results := make(chan result[R], workers)
	slots := make(chan struct{}, 2*workers) // items in flight

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				out := fn(j.item)
				select {
				case results <- result[R]{j.seq, out}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}

	var prodErr error
	prodDone := make(chan struct{})
	go func() {
		defer close(prodDone)
		defer close(jobs)
		seq := 0
		prodErr = produce(func(item T) bool {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			select {
			case jobs <- job[T]{seq, item}:
				seq++
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	go func() {
		wg.Wait()
		<-prodDone
		close(results)
	}()

	pending := map[int]R{}
	next := 0
	var emitErr error
	for r := range results {
		if emitErr != nil {
			continue // drain
		}
		pending[r.seq] = r.out
		for {
			out, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if err := emit(out); err != nil {
				emitErr = err
				cancel()
				break
			}
		}
	}
	<-prodDone
	if emitErr != nil {
		return emitErr
	}
	if prodErr != nil {
		return prodErr
	}
	return ctx.Err()
}
