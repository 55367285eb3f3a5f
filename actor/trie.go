package actor

// trie is a token trie over normalised pieces. Matching walks it from
// each start position, so the cost per sentence depends on sentence
// length and the longest phrase, never on the number of phrases.
type trie struct {
	root *trieNode
	size int // number of phrases
}

type trieNode struct {
	next    map[string]*trieNode
	entries []int // indices into Dictionary.entries
}

func newTrie() *trie { return &trie{root: &trieNode{}} }

// insert adds the entry index under the key sequence.
func (t *trie) insert(keys []string, entry int) {
	if len(keys) == 0 {
		return
	}
	n := t.root
	for _, k := range keys {
		if n.next == nil {
			n.next = make(map[string]*trieNode)
		}
		c := n.next[k]
		if c == nil {
			c = &trieNode{}
			n.next[k] = c
		}
		n = c
	}
	if len(n.entries) == 0 {
		t.size++
	}
	n.entries = append(n.entries, entry)
}

// step follows one text piece: the acronym form first, then lower case.
func (n *trieNode) step(p piece) *trieNode {
	if n == nil || n.next == nil {
		return nil
	}
	if p.upper != "" {
		if c := n.next[p.upper]; c != nil {
			return c
		}
	}
	return n.next[p.lower]
}

// tokPieces are the pieces of each token of a sentence.
type tokPieces [][]piece

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
		if j > i && tp[j][0].poss && (n.next == nil || n.next["s"] == nil) {
			// "People 's Republic": a possessive split off by the
			// tokenizer inside a phrase whose key dropped it.
			continue
		}
		for _, p := range tp[j] {
			n = n.step(p)
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
			for _, p := range tp[j] {
				node = node.step(p)
				if node == nil {
					break walk
				}
				n++
			}
		}
	}
	return n
}
