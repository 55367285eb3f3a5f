package actor

// trie is a token trie over normalised pieces. Matching walks it from
// each start position, so the cost per sentence depends on sentence
// length and the longest phrase, never on the number of phrases.
type trie struct {
	root *trieNode
	size int // number of phrases
}

// trieNode is one node of the trie. Most nodes have a few children,
// kept in two parallel slices that a short scan searches (cheaper than
// hashing the key); a node with many children (the root) keeps a map.
type trieNode struct {
	keys    []string    // keys of the children, while there are few
	kids    []*trieNode // the children of keys, in the same order
	next    map[string]*trieNode
	entries []int // indices into Dictionary.entries
	// filter, on the root only, tells most keys that start no phrase
	// (nine tokens in ten) without a look-up in the root's large map.
	filter *keyFilter
}

// keyFilter is a Bloom filter over the keys of a node's children: two
// bits of a 64K-bit table per key. A key whose bits are not both set is
// not a child.
type keyFilter [1024]uint64

// keyHash is the FNV-1a hash of a key, from which a keyFilter takes its
// bits.
func keyHash(k string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(k); i++ {
		h ^= uint32(k[i])
		h *= fnvPrime
	}
	return h
}

// FNV-1a parameters (32 bits).
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// filterBits returns the two bit positions of a key of hash h.
func filterBits(h uint32) (uint32, uint32) {
	return h & 0xffff, (h>>16 ^ (h&0xff)<<8) & 0xffff
}

func (f *keyFilter) add(k string) {
	a, b := filterBits(keyHash(k))
	f[a>>6] |= 1 << (a & 63)
	f[b>>6] |= 1 << (b & 63)
}

// mayHave reports whether a key of hash h may be one that was added.
func (f *keyFilter) mayHave(h uint32) bool {
	a, b := filterBits(h)
	return f[a>>6]&(1<<(a&63)) != 0 && f[b>>6]&(1<<(b&63)) != 0
}

// maxScanKids is the number of children above which a node keeps a map.
const maxScanKids = 8

// child returns the child under key k of hash h (keyHash), or nil.
func (n *trieNode) child(k string, h uint32) *trieNode {
	if n.filter != nil && !n.filter.mayHave(h) {
		return nil
	}
	if n.next != nil {
		return n.next[k]
	}
	for i, key := range n.keys {
		if key == k {
			return n.kids[i]
		}
	}
	return nil
}

// addChild adds c under key k (not yet a child).
func (n *trieNode) addChild(k string, c *trieNode) {
	if n.filter != nil {
		n.filter.add(k)
	}
	if n.next == nil && len(n.keys) < maxScanKids {
		n.keys = append(n.keys, k)
		n.kids = append(n.kids, c)
		return
	}
	if n.next == nil {
		n.next = make(map[string]*trieNode, 2*maxScanKids)
		for i, key := range n.keys {
			n.next[key] = n.kids[i]
		}
		n.keys, n.kids = nil, nil
	}
	n.next[k] = c
}

// leaf reports whether the node has no children.
func (n *trieNode) leaf() bool { return n.next == nil && len(n.keys) == 0 }

func newTrie() *trie { return &trie{root: &trieNode{filter: new(keyFilter)}} }

// insert adds the entry index under the key sequence.
func (t *trie) insert(keys []string, entry int) {
	if len(keys) == 0 {
		return
	}
	n := t.root
	for _, k := range keys {
		c := n.child(k, keyHash(k))
		if c == nil {
			c = &trieNode{}
			n.addChild(k, c)
		}
		n = c
	}
	if len(n.entries) == 0 {
		t.size++
	}
	n.entries = append(n.entries, entry)
}

// step follows one text piece: the acronym form first, then lower case.
func (n *trieNode) step(p *piece) *trieNode {
	if n == nil || n.leaf() {
		return nil
	}
	if p.upper != "" {
		if c := n.child(p.upper, keyHash(p.upper)); c != nil {
			return c
		}
	}
	return n.child(p.lower, p.h)
}

// hashS is keyHash("s"), the key of a possessive.
var hashS = keyHash("s")

// tokPieces are the pieces of each token of a sentence.
type tokPieces [][]piece

// mayStart reports whether a phrase may start with a token of pieces
// ps; false means that none does (longestAt would find nothing), told
// by the root's filter (newTrie always makes one) without a call.
func (t *trie) mayStart(ps []piece) bool {
	return len(ps) > 0 && (ps[0].upper != "" || t.root.filter.mayHave(ps[0].h))
}

// longestAt returns the end token (exclusive) and node of the longest
// match starting at token i whose boundaries fall on token boundaries, or
// (i, nil) when nothing matches. Tokens without pieces (punctuation that
// normalises to nothing) stop the walk.
func (t *trie) longestAt(tp tokPieces, i int) (int, *trieNode) {
	return t.longestBefore(tp, i, len(tp))
}

// longestBefore is longestAt for matches ending at or before limit.
func (t *trie) longestBefore(tp tokPieces, i, limit int) (int, *trieNode) {
	bestEnd := i
	var best *trieNode
	n := t.root
	for j := i; j < limit; j++ {
		if len(tp[j]) == 0 {
			break
		}
		if j > i && tp[j][0].poss && n.child("s", hashS) == nil {
			// "People 's Republic": a possessive split off by the
			// tokenizer inside a phrase whose key dropped it.
			continue
		}
		for k := range tp[j] {
			n = n.step(&tp[j][k])
			if n == nil {
				return bestEnd, best
			}
		}
		if len(n.entries) > 0 {
			bestEnd, best = j+1, n
		}
	}
	return bestEnd, best
}

// visits counts the trie nodes a full left-to-right scan of a sentence
// touches (each start position walks until no child matches): the work
// of matching, which depends on the sentence and the longest phrase only.
func (t *trie) visits(tp tokPieces) int {
	n := 0
	for i := range tp {
		node := t.root
	walk:
		for j := i; j < len(tp); j++ {
			for k := range tp[j] {
				node = node.step(&tp[j][k])
				if node == nil {
					break walk
				}
				n++
			}
		}
	}
	return n
}
