package ordered

import (
	"context"
	"errors"
	"runtime"
	"testing"
)

func TestMapKeepsOrder(t *testing.T) {
	for _, workers := range []int{0, 1, 3, 8} {
		var got []int
		err := Map(context.Background(), workers,
			func(send func(int) bool) error {
				for i := range 500 {
					if !send(i) {
						return nil
					}
				}
				return nil
			},
			func(i int) int {
				if i%7 == 0 {
					runtime.Gosched() // let later items overtake
				}
				return i * i
			},
			func(r int) error { got = append(got, r); return nil })
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 500 {
			t.Fatalf("workers=%d: %d results, want 500", workers, len(got))
		}
		for i, r := range got {
			if r != i*i {
				t.Fatalf("workers=%d: result %d = %d, want %d", workers, i, r, i*i)
			}
		}
	}
}

func TestMapStopsOnEmitError(t *testing.T) {
	stop := errors.New("disk full")
	n := 0
	err := Map(context.Background(), 4,
		func(send func(int) bool) error {
			for i := 0; ; i++ {
				if !send(i) {
					return nil
				}
			}
		},
		func(i int) int { return i },
		func(r int) error {
			n++
			if r == 10 {
				return stop
			}
			return nil
		})
	if !errors.Is(err, stop) || n != 11 {
		t.Fatalf("err=%v after %d emits; want %v after 11", err, n, stop)
	}
}

func TestMapProducerError(t *testing.T) {
	bad := errors.New("bad glob")
	err := Map(context.Background(), 2,
		func(send func(int) bool) error { send(1); return bad },
		func(i int) int { return i },
		func(int) error { return nil })
	if !errors.Is(err, bad) {
		t.Fatalf("err = %v, want %v", err, bad)
	}
}

func TestMapCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	err := Map(ctx, 2,
		func(send func(int) bool) error {
			for i := 0; ; i++ {
				if !send(i) {
					return nil
				}
			}
		},
		func(i int) int { return i },
		func(r int) error {
			if r == 5 {
				cancel()
			}
			return nil
		})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}
