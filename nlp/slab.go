package nlp

// slab hands out the per-sentence slices of one analysed document (its
// clauses, arguments, entities, time expressions, ...) from a few shared
// backing arrays instead of one small allocation per slice. Every slice
// handed out has its capacity cut to its length, so that a caller
// appending to one sentence's slice copies it rather than writing over
// the next sentence's elements.
type slab[T any] struct {
	buf []T
}

// reserve makes room for at least need more elements without moving the
// elements already handed out; a new backing array holds at least est.
func (s *slab[T]) reserve(need, est int) {
	if cap(s.buf)-len(s.buf) < need {
		s.buf = make([]T, 0, max(need, est))
	}
}

// mark returns the position of the next element, for cut.
func (s *slab[T]) mark() int { return len(s.buf) }

// push appends v. When the backing array is full, the elements from
// start on (the slice being built) move to a new array of at least est
// elements, and the new start (0) is returned; otherwise start is
// returned unchanged.
func (s *slab[T]) push(start int, v T, est int) int {
	if len(s.buf) == cap(s.buf) {
		cur := s.buf[start:]
		nb := make([]T, len(cur), max(2*len(cur)+4, est))
		copy(nb, cur)
		s.buf = nb
		start = 0
	}
	s.buf = append(s.buf, v)
	return start
}

// cut returns the elements from start on as a slice of their own (nil
// when there are none).
func (s *slab[T]) cut(start int) []T {
	if len(s.buf) == start {
		return nil
	}
	return s.buf[start:len(s.buf):len(s.buf)]
}

// copyOf returns a copy of src held in the slab (nil when src is empty).
func (s *slab[T]) copyOf(src []T, est int) []T {
	if len(src) == 0 {
		return nil
	}
	s.reserve(len(src), est)
	start := len(s.buf)
	s.buf = append(s.buf, src...)
	return s.cut(start)
}
